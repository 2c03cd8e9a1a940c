"""A backup's database brought up to date in place, behind a journal of the pages it
replaces; the same journal then keeps the older generation (issue 19).

A backup is updated where its encrypted pages differ from the vault's: only those are
written, so its cost grows with the change. Before the first of them is overwritten,
their old bytes are written to a journal beside the database (.DB.journal), synced and
sealed. Until the backup is complete and checked, that journal is "hot": whoever opens
the folder first puts the old pages back (`recover`), so a backup killed at any moment
leaves the previous one, whole. Once the backup is complete the journal becomes the
older generation itself (DB.gen-N.pages: the pages of generation N that differ from
the one after it, and its size); `materialize` rebuilds generation N from the current
database and the journals between them.

The pages are SQLCipher's own, encrypted and authenticated as they were: nothing is
decrypted here. The journal's index (where the pages go, the size, the generations,
the evidence files of the older generation, a SHA-256 of the pages) is sealed with
ChaCha20-Poly1305 under a key derived from the vault key, so the file says nothing to
someone browsing the disk and one made under other keys is told apart.

File: the old pages, one after the other; the sealed index; its length (8 bytes).
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casebook.vault import layout
from casebook.vault.errors import VaultError
from casebook.vault.fsutil import fsync_dir

JOURNAL = ".journal"  # .DB.journal: hot while a backup updates DB in place
PART = ".part"  # .DB.journal.part: being written; DB is not touched yet
PAGES = ".pages"  # DB.gen-N.pages: a kept older generation
_LENGTH = struct.Struct("<Q")
_INFO = b"casebook backup page journal v1"
_PIECE = 1024 * 1024  # bytes written to a file at once


class JournalError(VaultError):
    """A journal that cannot be read under this key, or is damaged."""


def journal_path(database: Path) -> Path:
    return database.with_name(f".{database.name}{JOURNAL}")


def generation_path(database: Path, number: int) -> Path:
    return database.with_name(f"{database.name}.gen-{number:012d}{PAGES}")


def _aead(key: bytes) -> ChaCha20Poly1305:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(key)
    return ChaCha20Poly1305(derived)


@dataclass
class Journal:
    """The index of a journal: the old pages are at `runs` (offset, pages), in order."""

    path: Path
    page_size: int
    size: int  # the database's length before the update
    generation: int  # of the database before the update (0: unknown)
    onto: int  # of the database the pages are put back into
    files: list[str] = field(default_factory=list)  # evidence of the older generation
    runs: list[tuple[int, int]] = field(default_factory=list)
    digest: str = ""

    @property
    def pages(self) -> int:
        return sum(n for _o, n in self.runs)


class JournalWriter:
    """Collects old pages into `.DB.journal.part`; seal() makes it hot."""

    def __init__(self, database: Path, page_size: int) -> None:
        self.database = database
        self.part = journal_path(database).with_name(journal_path(database).name + PART)
        self.part.unlink(missing_ok=True)
        fd = os.open(self.part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self.out = os.fdopen(fd, "wb", buffering=_PIECE)
        self.page_size = page_size
        self.runs: list[tuple[int, int]] = []
        self.sha = hashlib.sha256()

    def add(self, offset: int, pages: memoryview | bytes) -> None:
        """The old bytes of whole pages starting at `offset`."""
        count = len(pages) // self.page_size
        if self.runs:
            start, before = self.runs[-1]
            if start + before * self.page_size == offset:
                self.runs[-1] = (start, before + count)
                count = 0
        if count:
            self.runs.append((offset, count))
        self.sha.update(pages)
        self.out.write(pages)

    def seal(self, key: bytes, *, size: int, generation: int, onto: int, files: list[str]) -> Path:
        """Write the index, sync, and make the journal hot; its path."""
        index = json.dumps({
            "v": 1, "page_size": self.page_size, "size": size, "generation": generation,
            "onto": onto, "files": files, "runs": self.runs, "sha256": self.sha.hexdigest(),
        }).encode()  # fmt: skip
        nonce = os.urandom(12)
        sealed = nonce + _aead(key).encrypt(nonce, index, None)
        self.out.write(sealed)
        self.out.write(_LENGTH.pack(len(sealed)))
        self.out.flush()
        os.fsync(self.out.fileno())
        self.out.close()
        hot = journal_path(self.database)
        os.replace(self.part, hot)
        fsync_dir(hot.parent)
        return hot

    def abandon(self) -> None:
        self.out.close()
        self.part.unlink(missing_ok=True)


def read(path: Path, key: bytes) -> Journal:
    """The index of the journal at `path`; JournalError when it cannot be read with `key`
    (made under other keys) or is damaged."""
    try:
        with open(path, "rb") as f:
            end = f.seek(0, os.SEEK_END)
            if end < _LENGTH.size:
                raise JournalError(f"{path.name}: too short")
            f.seek(end - _LENGTH.size)
            (length,) = _LENGTH.unpack(f.read(_LENGTH.size))
            if length > end - _LENGTH.size or length < 12:
                raise JournalError(f"{path.name}: damaged")
            f.seek(end - _LENGTH.size - length)
            sealed = f.read(length)
        index = json.loads(_aead(key).decrypt(sealed[:12], sealed[12:], None))
    except InvalidTag:
        raise JournalError(f"{path.name}: not under this key, or damaged") from None
    journal = Journal(
        path, int(index["page_size"]), int(index["size"]), int(index["generation"]),
        int(index["onto"]), [str(n) for n in index["files"]],
        [(int(o), int(n)) for o, n in index["runs"]], str(index["sha256"]),
    )  # fmt: skip
    if journal.pages * journal.page_size != end - _LENGTH.size - length:
        raise JournalError(f"{path.name}: damaged")
    return journal


def _runs(journal: Journal) -> Iterator[tuple[int, bytes]]:
    """(offset, old bytes) of each run of pages, read in pieces of up to 1 MiB."""
    per = max(1, _PIECE // journal.page_size)
    with open(journal.path, "rb") as f:
        for offset, count in journal.runs:
            for first in range(0, count, per):
                n = min(per, count - first)
                data = f.read(n * journal.page_size)
                if len(data) != n * journal.page_size:
                    raise JournalError(f"{journal.path.name}: damaged")
                yield offset + first * journal.page_size, data


def check(journal: Journal) -> None:
    """Raise JournalError unless the pages are those the index was sealed with."""
    sha = hashlib.sha256()
    for _offset, data in _runs(journal):
        sha.update(data)
    if sha.hexdigest() != journal.digest:
        raise JournalError(f"{journal.path.name}: damaged")


def put_back(journal: Journal, database: Path) -> None:
    """Write the journal's pages into `database`, cut it to the journal's size, sync."""
    check(journal)
    fd = os.open(database, os.O_RDWR)
    try:
        for offset, data in _runs(journal):
            os.pwrite(fd, data, offset)
        os.ftruncate(fd, journal.size)
        os.fsync(fd)
    finally:
        os.close(fd)


def recover(folder: Path, key: bytes) -> bool:
    """Put back what a backup killed while updating the database of `folder` replaced;
    whether there was anything to do. A journal still being written is only removed
    (the database was not touched yet)."""
    database = layout.database_path(folder)
    hot = journal_path(database)
    part = hot.with_name(hot.name + PART)
    part.unlink(missing_ok=True)
    if not hot.exists():
        return False
    put_back(read(hot, key), database)
    for log in ("-wal", "-shm"):  # a log written onto the half-updated database
        database.with_name(database.name + log).unlink(missing_ok=True)
    hot.unlink()
    fsync_dir(folder)
    return True


def has_journal(folder: Path) -> bool:
    return journal_path(layout.database_path(folder)).exists()
