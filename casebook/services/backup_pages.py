"""The database of a backup, copied as encrypted pages and only where they changed.

SQLCipher encrypts each page on its own (its own IV and HMAC, the page number inside
the HMAC), and a page keeps its bytes until it is written again. So a byte copy of the
vault's encrypted database file is a valid database under the same key, and the pages
that differ from the previous backup's copy are exactly the ones written since: an
incremental backup compares and writes pages, and its cost grows with the change.
Nothing is decrypted or re-encrypted; no plaintext exists outside SQLCipher.

Consistency: the log is folded into the database file (wal_checkpoint(TRUNCATE)) and
a read transaction is opened while the log is empty. That reader holds SQLite's read
lock 0, which stops any checkpoint from writing into the database file until it ends,
so the file holds one committed state while it is copied (writers go on in the log).
When the checkpoint cannot complete (another connection is reading or writing) the
caller falls back to SQLite's backup API.

The previous generation is kept beside the backup's database (`base_db`), brought up to
the new state after each backup, so that the next one starts from a file that already
holds almost every page (this costs the size of the database once more on the backup's
disk).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from casebook.vault import db, layout

BASE_SUFFIX = ".base"  # the previous generation: .DB.base beside the backup's DB


def base_db(dest: Path) -> Path:
    """The previous generation the next backup to `dest` starts from."""
    return dest / f".{layout.database_name(dest)}{BASE_SUFFIX}"


BLOCK_PAGES = 256  # pages read and compared at once


@dataclass
class PageCopy:
    size: int  # bytes in the database file
    page_size: int
    changed: list[int] = field(default_factory=list)  # offsets of the pages written

    @property
    def written(self) -> int:
        return len(self.changed) * self.page_size


def consistent_copy(
    source: db.Connection, db_path: Path, target: Path, *,
    progress: Callable[[int, int], None], check_cancel: Callable[[], None],
) -> PageCopy | None:  # fmt: skip
    """Make `target` a byte copy of the database file `db_path` (opened as `source`) in
    one committed state, writing only the pages that differ; None when the database is
    busy and the caller should take its snapshot another way."""
    page_size = int(source.execute("PRAGMA page_size").fetchone()[0])
    busy = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        return None
    source.execute("BEGIN")
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read lock
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None  # a writer came in between: the file alone is not the state read
        return sync_pages(db_path, target, page_size, progress, check_cancel)
    finally:
        source.execute("ROLLBACK")


def sync_pages(
    source: Path, target: Path, page_size: int,
    progress: Callable[[int, int], None], check_cancel: Callable[[], None],
) -> PageCopy:  # fmt: skip
    """Write into `target` (created if missing) the pages of `source` that differ,
    cut it to the same length and fsync it."""
    block = page_size * BLOCK_PAGES
    fd_out = os.open(target, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        with open(source, "rb", buffering=0) as fin:
            size = os.fstat(fin.fileno()).st_size
            copy = PageCopy(size, page_size)
            offset = 0
            while offset < size:
                check_cancel()
                new = memoryview(fin.read(block))
                if not new:
                    break
                old = memoryview(os.pread(fd_out, len(new), offset))
                if new != old:
                    _write_changed(fd_out, offset, new, old, page_size, copy)
                offset += len(new)
                progress(offset, size)
            copy.size = offset
        os.ftruncate(fd_out, copy.size)
        os.fsync(fd_out)
    finally:
        os.close(fd_out)
    return copy


def _write_changed(
    fd: int, offset: int, new: memoryview, old: memoryview, page_size: int, copy: PageCopy
) -> None:
    for start in range(0, len(new), page_size):
        page = new[start : start + page_size]
        if page != old[start : start + page_size]:
            os.pwrite(fd, page, offset + start)
            copy.changed.append(offset + start)


def apply_pages(source: Path, target: Path, copy: PageCopy) -> None:
    """Bring `target`, which held the previous generation, to the state `copy` wrote:
    the same pages from `source`, the same length; fsynced."""
    fd_out = os.open(target, os.O_RDWR)
    try:
        with open(source, "rb", buffering=0) as fin:
            for offset in copy.changed:
                os.pwrite(fd_out, os.pread(fin.fileno(), copy.page_size, offset), offset)
        os.ftruncate(fd_out, copy.size)
        os.fsync(fd_out)
    finally:
        os.close(fd_out)


def keep_generation(database: Path, base: Path, copy: PageCopy) -> None:
    """Make `base` a copy of `database` for the next backup to start from: the previous
    generation (a hard link to it) brought up to date page by page, or, after the first
    page copy, a whole copy (private, like every file of a backup)."""
    if base.exists():
        apply_pages(database, base, copy)
        return
    part = base.with_name(base.name + ".part")  # removed by remove_leftovers if cut short
    part.unlink(missing_ok=True)
    fd_out = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(database, "rb") as fin:
            _copy_in_kernel(fin.fileno(), fd_out)
        os.fsync(fd_out)
    finally:
        os.close(fd_out)
    os.replace(part, base)


def _copy_in_kernel(fd_in: int, fd_out: int) -> None:
    """Copy a whole file without passing it through Python (copy_file_range: a reflink
    on file systems that have them), else in 8 MiB pieces."""
    size = os.fstat(fd_in).st_size
    done = 0
    try:
        while done < size:
            n = os.copy_file_range(fd_in, fd_out, size - done, done, done)
            if n == 0:
                break
            done += n
        if done == size:
            return
    except (AttributeError, OSError):
        pass  # another system, or across file systems where the kernel cannot
    while block := os.pread(fd_in, 8 * 1024 * 1024, done):
        os.pwrite(fd_out, block, done)
        done += len(block)


def remove_leftovers(dest: Path) -> None:
    """What an interrupted keep_generation left: a part-written copy."""
    for name in layout.DATABASE_NAMES:
        (dest / f".{name}{BASE_SUFFIX}.part").unlink(missing_ok=True)


# SQLCipher 4's page format (its defaults, which Casebook uses): the last 80 bytes of a
# page hold a 16-byte IV and a 64-byte HMAC-SHA512 over the encrypted bytes, the IV and
# the page number (4 bytes, little-endian); page 1 starts with the file's 16-byte salt.
# With a raw key, the HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 rounds).
_RESERVE, _IV, _MAC, _SALT = 80, 16, 64, 16
_LOCK_BYTE = 0x40000000  # SQLite's PENDING_BYTE: its page is left out of the database


def page_problems(path: Path, key: bytes, copy: PageCopy) -> list[int]:
    """The numbers of the pages written by `copy` (and page 1) whose HMAC does not
    verify in the file at `path`, read back from the disk. Two threads share the work
    (OpenSSL's HMAC runs without the GIL)."""
    with open(path, "rb", buffering=0) as f:
        salt = os.pread(f.fileno(), _SALT, 0)
        mac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
        # SQLite never writes the page that holds the lock byte (at 1 GiB): it has no HMAC
        offsets = sorted({0, *copy.changed} - {_LOCK_BYTE - _LOCK_BYTE % copy.page_size})
        half = len(offsets) // 2
        with ThreadPoolExecutor(max_workers=2) as pool:
            parts = pool.map(
                lambda part: _bad_pages(f.fileno(), mac_key, copy.page_size, part),
                (offsets[:half], offsets[half:]),
            )
            bad = [n for part in parts for n in part]
        if os.fstat(f.fileno()).st_size != copy.size:
            bad.append(0)
    return bad


def _bad_pages(fd: int, mac_key: bytes, size: int, offsets: list[int]) -> list[int]:
    bad = []
    for offset in offsets:
        page = os.pread(fd, size, offset)
        number = offset // size + 1
        start = _SALT if number == 1 else 0
        signed = page[start : size - _RESERVE + _IV] + number.to_bytes(4, "little")
        stored = page[size - _RESERVE + _IV : size - _RESERVE + _IV + _MAC]
        expected = hmac.digest(mac_key, signed, "sha512")  # OpenSSL's one-shot HMAC
        if len(page) != size or not hmac.compare_digest(stored, expected):
            bad.append(number)
    return bad
