"""The newest generation this computer has seen of a vault, kept outside the vault folder.

The header and the database both carry the generation (generation.py), so a database
older than its header is refused. A header and a database put back together from an
older copy agree with each other, though; what tells them apart is a record kept where
a copy of the vault folder does not reach: one small file per vault in the user's state
directory (`paths.state_dir()/generations`). A vault whose database is older than the
recorded number is refused like a database older than its header (`RolledBack`: the
message offers to open it read-only; nothing is changed or deleted).

A record says nothing but that some vault was used here: its file name is an HMAC of
the vault folder's path under a key derived from the data key (no name, no path, and
no way to tell which vault without the key); its content is the number sealed
(ChaCha20-Poly1305) under another derived key, with the file name as associated data.
Without the key nobody can read it, raise it to lock the user out, or move another
vault's record in its place: a record that does not open is taken as no record (and
replaced at the next write). Someone with the disk can still delete it, which turns
this check off until the vault is written again; the header check stays.

Kept per key and folder, so other vaults on the computer, a backup or a restored copy of
the same vault in another folder never interfere. Written (atomically: temporary file,
fsync, rename, fsync of the folder) when the generation has moved past the recorded one:
after a write transaction at most every INTERVAL seconds, and when the vault closes.
`restore` resets the record of the folder it restores into (an older generation on
purpose); `rekey` starts the record under the new key and raises the one under the old
key, so the copy of before under the old keys is refused here too.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casebook.i18n import translate
from casebook.vault import generation
from casebook.vault.db import Connection
from casebook.vault.fsutil import atomic_write, make_private_dir

FOLDER = "generations"
INTERVAL = 5.0  # seconds of writing between two record updates (and on close)
_MAGIC = b"CBG1"
_NAME_TAG = b"casebook-newest/1\0"
_THROWAWAY: set[bytes] = set()


def directory() -> Path:
    from casebook import paths

    return paths.state_dir() / FOLDER


def _keys(dek: bytes) -> tuple[bytes, bytes]:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=64, salt=None, info=b"casebook newest record")
    both = hkdf.derive(dek)
    return both[:32], both[32:]


def record_path(vault_dir: Path, dek: bytes) -> Path:
    """Where the record of the vault in `vault_dir` under `dek` is kept."""
    name_key, _seal_key = _keys(dek)
    name = hmac.new(name_key, _NAME_TAG + _where(vault_dir), hashlib.sha256).hexdigest()[:32]
    return directory() / name


def _where(vault_dir: Path) -> bytes:
    return os.fsencode(str(Path(vault_dir).resolve()))


def throwaway(vault_dir: Path) -> None:
    """No record for the vault in `vault_dir`, which is removed right after use (the
    selftest's): it leaves no trace in the user's state directory."""
    _THROWAWAY.add(_where(vault_dir))


def recorded(vault_dir: Path, dek: bytes) -> int | None:
    """The newest generation recorded for this vault here; None when there is none or it
    does not open under this key."""
    path = record_path(vault_dir, dek)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) != len(_MAGIC) + 12 + 8 + 16 or not data.startswith(_MAGIC):
        return None
    nonce, sealed = data[4:16], data[16:]
    try:
        plain = ChaCha20Poly1305(_keys(dek)[1]).decrypt(nonce, sealed, path.name.encode())
    except InvalidTag:
        return None
    return int.from_bytes(plain, "big")


def write(vault_dir: Path, dek: bytes, number: int) -> None:
    """Record `number` as the newest generation, whatever was recorded (restore)."""
    if _where(vault_dir) in _THROWAWAY:
        return
    path = record_path(vault_dir, dek)
    nonce = os.urandom(12)
    sealed = ChaCha20Poly1305(_keys(dek)[1]).encrypt(
        nonce, number.to_bytes(8, "big"), path.name.encode()
    )
    make_private_dir(path.parent)
    atomic_write(path, _MAGIC + nonce + sealed)


def raise_to(vault_dir: Path, dek: bytes, number: int) -> None:
    """Record `number` unless a newer generation is recorded already."""
    current = recorded(vault_dir, dek)
    if current is None or current < number:
        write(vault_dir, dek, number)


def after_rekey(vault_dir: Path, old_dek: bytes, new_dek: bytes, number: int) -> None:
    """The keys were replaced at generation `number`: the record under the new key starts
    there, and the one under the old key is raised to it, so that the copy of before (which
    the old keys open) is refused. Best effort: the keys are replaced whatever happens
    here, and the new recovery key must still be shown."""
    try:
        raise_to(vault_dir, old_dek, number)
        write(vault_dir, new_dek, number)
    except OSError:
        pass  # a read-only or full home: the record under the new key comes with a write


def check(vault_dir: Path, dek: bytes, in_db: int) -> None:
    """Raise RolledBack when the database is older than the newest generation recorded."""
    newest = recorded(vault_dir, dek)
    if newest is not None and in_db < newest:
        raise generation.RolledBack(
            translate(
                "vault", "the vault is older than the newest state this computer has seen of "
                "it (generation {db} of {newest}): it may have been put back from an old copy. "
                "Nothing was changed or deleted. You can open the vault read-only to look at "
                "it, or restore the newest backup",
            ).format(db=in_db, newest=newest)
        )  # fmt: skip


class Keeper:
    """Brings the record up to the database's generation: after a commit at most once per
    INTERVAL, and when asked to `flush` (on close). Nothing is written while the
    generation has not moved past `written` (a backup opened only to restore from it
    leaves no record)."""

    def __init__(self, vault_dir: Path, written: int) -> None:
        self.vault_dir = vault_dir
        self.written = written
        self.last = 0.0  # the first write of a session is recorded at once

    def after_commit(self, conn: Connection, dek: bytes) -> None:
        if time.monotonic() - self.last < INTERVAL:
            return
        try:
            self.flush(conn, dek)
        except OSError:  # a full or read-only home: the write is done, the record waits
            self.last = time.monotonic()

    def flush(self, conn: Connection, dek: bytes) -> None:
        number = generation.of_db(conn)
        if number <= self.written:
            return
        raise_to(self.vault_dir, dek, number)
        self.written = number
        self.last = time.monotonic()
