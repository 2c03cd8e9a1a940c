"""The generation counter: a defence against an old copy of the database put back.

Every write transaction adds one to `meta.generation` inside the encrypted database
(see `db.transaction`). The header carries the last generation it saw, sealed (AEAD) under a
key derived from the data key, so nobody without the key can read, raise or forge it.
A database whose generation is lower than the header's is an older copy that someone
(or something) put in place of the current one: the vault refuses to open it for
writing, and nothing is deleted as an "orphan".

The header lags behind the database (it is rewritten at most once a second and when the
vault closes); a database newer than its header is normal after a crash and brings the
header up to date. In a format-2 header (header2.py) the number is one of the sealed
extra fields (authenticated and hidden by the header's own sealing); in a format-1 header
it is one small sealed JSON field kept through `LegacyHeader.extras`.
"""

from __future__ import annotations

import base64
import os
import time
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casebook.i18n import translate
from casebook.vault import keys
from casebook.vault.db import Connection, DatabaseError, is_damage
from casebook.vault.errors import VaultDamaged, VaultError

FIELD = "generation"
META_KEY = "generation"
# Once a header has carried the field, a header without it is a stripped one.
META_STAMPED = "generation_in_header"
HEADER_INTERVAL = 1.0  # seconds between two header rewrites while writing
_AAD = b"casebook-generation/1"


class RolledBack(VaultError):
    """The database is older than the header says; it can still be opened read-only."""


def _key(dek: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"casebook generation")
    return hkdf.derive(dek)


def seal(dek: bytes, number: int) -> str:
    """The number encrypted and authenticated (the header shows no count of writes)."""
    nonce = os.urandom(12)
    sealed = ChaCha20Poly1305(_key(dek)).encrypt(nonce, number.to_bytes(8, "big"), _AAD)
    return base64.b64encode(nonce + sealed).decode("ascii")


def _open_sealed(dek: bytes, text: object) -> int | None:
    if not isinstance(text, str):
        return None
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
        plain = ChaCha20Poly1305(_key(dek)).decrypt(raw[:12], raw[12:], _AAD)
    except (ValueError, InvalidTag, UnicodeEncodeError):
        return None
    return int.from_bytes(plain, "big") if len(plain) == 8 else None


def of_db(conn: Connection) -> int:
    """The database's generation (0 before the counter existed)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    except DatabaseError as exc:
        if is_damage(exc):
            raise
        return 0  # no table yet
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        return 0


def stamped_before(conn: Connection) -> bool:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_STAMPED,)).fetchone()
    except DatabaseError as exc:
        if is_damage(exc):
            raise
        return False
    return bool(row and row[0] == "1")


def of_header(header: keys.AnyHeader, dek: bytes) -> int | None:
    """The authenticated generation of the header, None when it carries none."""
    if not isinstance(header, keys.LegacyHeader):
        try:
            value = header.unseal(dek).extra.get(FIELD)
        except VaultDamaged:  # a sealed part this key does not open
            value = "unreadable"
        if value is None:
            return None
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
    elif FIELD not in header.extras:
        return None
    else:
        number = _open_sealed(dek, header.extras[FIELD])
    if number is None:
        raise VaultDamaged(
            translate(
                "vault", "the generation recorded in the vault header does not match this "
                "vault's key (the header was altered or belongs to another copy); nothing was "
                "changed",
            )
        )  # fmt: skip
    return number


def stamp(header: keys.AnyHeader, dek: bytes, number: int) -> None:
    if isinstance(header, keys.LegacyHeader):
        header.extras[FIELD] = seal(dek, number)
        return
    sealed = header.unseal(dek)
    sealed.extra[FIELD] = number
    header.seal(dek, sealed)


def unstamp(header: keys.AnyHeader, dek: bytes) -> None:
    """The header without a generation (for a copy made before the counter existed)."""
    if isinstance(header, keys.LegacyHeader):
        header.extras.pop(FIELD, None)
        return
    sealed = header.unseal(dek)
    if sealed.extra.pop(FIELD, None) is not None:
        header.seal(dek, sealed)


def carried(legacy: keys.LegacyHeader, dek: bytes) -> dict[str, int]:
    """The generation of a format-1 header, as the sealed extra field of format 2."""
    number = _open_sealed(dek, legacy.extras.get(FIELD)) if FIELD in legacy.extras else None
    return {} if number is None else {FIELD: number}


def check(header: keys.AnyHeader, conn: Connection, dek: bytes) -> tuple[int, int | None]:
    """(database generation, header generation); raises RolledBack when the database is
    older than the header, or the header lost its generation after it once had one."""
    in_db = of_db(conn)
    in_header = of_header(header, dek)
    if in_header is None and stamped_before(conn):
        raise RolledBack(
            translate(
                "vault", "the vault header has lost its generation record: it was replaced by "
                "an older or altered copy. Nothing was changed or deleted. You can open the "
                "vault read-only to look at it, or restore the newest backup",
            )
        )  # fmt: skip
    if in_header is not None and in_db < in_header:
        raise RolledBack(
            translate(
                "vault", "the vault database is older than its header (generation {db} of "
                "{header}): it may have been replaced with an old copy. Nothing was changed or "
                "deleted. You can open the vault read-only to look at it, or restore the "
                "newest backup",
            ).format(db=in_db, header=in_header)
        )  # fmt: skip
    return in_db, in_header


def bump(conn: Connection) -> None:
    """Add one to the generation, inside the caller's write transaction."""
    conn.execute(
        "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = ?",
        (META_KEY,),
    )


class HeaderStamper:
    """Brings the header's generation up to the database's: after a commit at most once
    per HEADER_INTERVAL, and always when asked to `flush` (on close)."""

    def __init__(self, header_path: Any, written: int | None) -> None:
        self.header_path = header_path
        self.written = written
        self.last = 0.0

    def after_commit(self, conn: Connection, dek: bytes) -> None:
        if time.monotonic() - self.last >= HEADER_INTERVAL:
            self.flush(conn, dek)

    def flush(self, conn: Connection, dek: bytes) -> None:
        number = of_db(conn)
        if number == 0 or (self.written is not None and number <= self.written):
            return
        header = keys.read_header(self.header_path)  # read just before: slots stay as they are
        stamp(header, dek, number)
        keys.write_header(self.header_path, header)
        if not stamped_before(conn):
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, '1')", (META_STAMPED,)
            )  # autocommit: this write does not count as a generation
        self.written = number
        self.last = time.monotonic()
