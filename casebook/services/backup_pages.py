"""The database of a backup, copied as encrypted pages and only where they changed.

SQLCipher encrypts each page on its own (its own IV and HMAC, the page number inside
the HMAC), and a page keeps its bytes until it is written again. So a byte copy of the
vault's encrypted database file is a valid database under the same key, and the pages
that differ from the backup's copy are exactly the ones written since: an incremental
backup compares pages and writes those that differ, and what it writes grows with the
change. Nothing is decrypted or re-encrypted; no plaintext exists outside SQLCipher.

Consistency: the log is folded into the database file (wal_checkpoint(TRUNCATE)) and
a read transaction is opened while the log is empty. That reader holds SQLite's read
lock 0, which stops any checkpoint from writing into the database file until it ends,
so the file holds one committed state while it is copied (writers go on in the log).
When the checkpoint cannot complete (another connection is reading or writing) the
caller falls back to SQLite's backup API.

A first backup writes a new file (`sync_pages`); later ones update the backup's
database in place (`consistent_update`), behind a journal of the pages they replace
(vault/page_journal.py), which then keeps the older generation. Every page written is
read back and its HMAC checked; every other page was just compared equal to the vault's.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from casebook.vault import db, forked, generation, layout, page_journal

BASE_SUFFIX = ".base"  # where earlier versions kept the previous generation: .DB.base


def remove_bases(dest: Path) -> None:
    """The full copies of the previous generation earlier versions kept (.DB.base): the
    update in place needs none; they only took the size of the database once more."""
    for name in layout.DATABASE_NAMES:
        for suffix in ("", ".part"):
            (dest / f".{name}{BASE_SUFFIX}{suffix}").unlink(missing_ok=True)


BLOCK_PAGES = 256  # pages read and compared at once


@dataclass
class PageCopy:
    size: int  # bytes in the database file
    page_size: int
    changed: list[int] = field(default_factory=list)  # offsets of the pages written
    bad: list[int] | None = None  # page numbers whose HMAC failed, read back (key given)
    old_size: int = 0  # of the file that was brought up to date

    @property
    def written(self) -> int:
        return len(self.changed) * self.page_size


def consistent_copy(
    source: db.Connection, db_path: Path, target: Path, *,
    progress: Callable[[int, int], None], check_cancel: Callable[[], None],
    key: bytes | None = None,
) -> PageCopy | None:  # fmt: skip
    """Make `target` a byte copy of the database file `db_path` (opened as `source`) in
    one committed state, writing only the pages that differ; None when the database is
    busy and the caller should take its snapshot another way."""
    with _read_locked(source, db_path) as page_size:
        if page_size is None:
            return None
        return sync_pages(db_path, target, page_size, progress, check_cancel, key)


@contextmanager
def _read_locked(source: db.Connection, db_path: Path) -> Iterator[int | None]:
    """The page size, while `source` holds a read transaction in which the database file
    alone holds the committed state; None when the vault is busy."""
    page_size = int(source.execute("PRAGMA page_size").fetchone()[0])
    busy = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        yield None
        return
    source.execute("BEGIN")
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read lock
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            yield None  # a writer came in between: the file alone is not the state read
            return
        yield page_size
    finally:
        source.execute("ROLLBACK")


@dataclass
class Update:
    """What `consistent_update` did to the backup's database."""

    copy: PageCopy
    files: list[str]  # the evidence files the new state refers to
    journal: Path | None  # hot: the old pages, until the backup is complete


def consistent_update(
    source: db.Connection, db_path: Path, database: Path, key: bytes, *,
    old_generation: int, old_files: list[str],
    progress: Callable[[int, int], None], check_cancel: Callable[[], None],
) -> Update | None:  # fmt: skip
    """Bring the backup's `database` (of generation `old_generation`, referring to the
    evidence `old_files`) to the committed state of the vault's `db_path` in place,
    behind a hot journal of the pages replaced; None when the vault is busy. The pages
    written are read back and checked (Update.copy.bad). The caller completes the
    backup and then keeps or removes the journal, or puts it back on failure."""
    with _read_locked(source, db_path) as page_size:
        if page_size is None:
            return None
        onto = generation.of_db(source)
        files = [f"{r[0]}.age" for r in source.execute("SELECT file_id FROM evidence")]
        writer = page_journal.JournalWriter(database, page_size)
        try:
            copy = _compare(db_path, database, page_size, writer, progress, check_cancel)
            check_cancel()  # the last chance before the backup's database is written
        except BaseException:
            writer.abandon()
            raise
        if not copy.changed and copy.size == copy.old_size:
            writer.abandon()
            return Update(copy, sorted(files), None)
        journal = writer.seal(key, size=copy.old_size, generation=old_generation, onto=onto,
                              files=old_files)  # fmt: skip
        _apply(db_path, database, copy, key)
        return Update(copy, sorted(files), journal)


def _compare(
    source: Path, database: Path, page_size: int, writer: page_journal.JournalWriter,
    progress: Callable[[int, int], None], check_cancel: Callable[[], None],
) -> PageCopy:  # fmt: skip
    """The pages of `source` that differ from `database`; their old bytes (and those of
    pages past the end of `source`) go to the journal."""
    block = page_size * BLOCK_PAGES
    with open(source, "rb", buffering=0) as fin, open(database, "rb", buffering=0) as old_f:
        size = os.fstat(fin.fileno()).st_size
        old_size = os.fstat(old_f.fileno()).st_size
        copy = PageCopy(size, page_size, old_size=old_size)
        for offset in range(0, max(size, old_size), block):
            check_cancel()
            new = os.pread(fin.fileno(), block, offset)
            old = os.pread(old_f.fileno(), block, offset)
            if new != old:  # bytes: one memcmp
                _journal_changed(offset, new, old, page_size, copy, writer)
            progress(min(offset + block, size), size)
    return copy


def _journal_changed(
    offset: int, new: bytes, old: bytes, page_size: int, copy: PageCopy,
    writer: page_journal.JournalWriter,
) -> None:  # fmt: skip
    view = memoryview(old)
    for start in range(0, max(len(new), len(old)), page_size):
        end = start + page_size
        if new[start:end] == old[start:end]:
            continue
        if start < len(new):
            copy.changed.append(offset + start)
        if start < len(old):
            writer.add(offset + start, view[start:end])


def _apply(source: Path, database: Path, copy: PageCopy, key: bytes) -> None:
    """Write the changed pages of `source` into `database`, cut it to the new length,
    read the written pages back and check them (copy.bad), sync."""
    fd = os.open(database, os.O_RDWR)
    try:
        with open(source, "rb", buffering=0) as fin:
            checker = _Checker(fd, key, os.pread(fin.fileno(), _SALT, 0), copy.page_size)
            try:
                for offset, length in _runs(copy.changed, copy.page_size):
                    os.pwrite(fd, os.pread(fin.fileno(), length, offset), offset)
                    checker.check(offset, length)
                os.ftruncate(fd, copy.size)
                os.fsync(fd)  # while the helpers finish their checks
                copy.bad = checker.finish(copy.size)
            finally:
                checker.close()
    finally:
        os.close(fd)


def _runs(offsets: list[int], page_size: int) -> list[tuple[int, int]]:
    """Consecutive pages as (offset, length) runs of up to _RUN bytes."""
    runs: list[tuple[int, int]] = []
    for offset in offsets:
        if runs and sum(runs[-1]) == offset and runs[-1][1] < _RUN:
            runs[-1] = (runs[-1][0], runs[-1][1] + page_size)
        else:
            runs.append((offset, page_size))
    return runs


def sync_pages(
    source: Path, target: Path, page_size: int,
    progress: Callable[[int, int], None], check_cancel: Callable[[], None],
    key: bytes | None = None,
) -> PageCopy:  # fmt: skip
    """Write into `target` (created if missing) the pages of `source` that differ,
    cut it to the same length and fsync it. With `key`, the pages written are read back
    and their HMACs checked while the copy goes on (PageCopy.bad)."""
    block = page_size * BLOCK_PAGES
    fd_out = os.open(target, os.O_RDWR | os.O_CREAT, 0o600)
    checker: _Checker | None = None
    try:
        with open(source, "rb", buffering=0) as fin:
            size = os.fstat(fin.fileno()).st_size
            copy = PageCopy(size, page_size)
            if key is not None:
                checker = _Checker(fd_out, key, os.pread(fin.fileno(), _SALT, 0), page_size)
            offset = 0
            while offset < size:
                check_cancel()
                new = fin.read(block)
                if not new:
                    break
                old = os.pread(fd_out, len(new), offset)
                if new != old:  # bytes: one memcmp
                    _write_changed(fd_out, offset, new, old, page_size, copy, checker)
                offset += len(new)
                progress(offset, size)
            copy.size = offset
        os.ftruncate(fd_out, copy.size)
        os.fsync(fd_out)  # while the helpers finish their checks
        if checker is not None:
            copy.bad = checker.finish(copy.size)
    finally:
        if checker is not None:
            checker.close()
        os.close(fd_out)
    return copy


def _write_changed(
    fd: int, offset: int, new: bytes, old: bytes, page_size: int, copy: PageCopy,
    checker: _Checker | None,
) -> None:  # fmt: skip
    """Write the pages of `new` that differ from `old`, consecutive ones at once."""
    view = memoryview(new)
    run = -1  # start of the current run of changed pages, -1 for none
    for start in range(0, len(new) + page_size, page_size):
        end = start + page_size
        differs = start < len(new) and (end > len(old) or new[start:end] != old[start:end])
        if differs:
            copy.changed.append(offset + start)
            if run < 0:
                run = start
        elif run >= 0:
            os.pwrite(fd, view[run:start], offset + run)
            if checker is not None:
                checker.check(offset + run, min(start, len(new)) - run)
            run = -1


# SQLCipher 4's page format (its defaults, which Casebook uses): the last 80 bytes of a
# page hold a 16-byte IV and a 64-byte HMAC-SHA512 over the encrypted bytes, the IV and
# the page number (4 bytes, little-endian); page 1 starts with the file's 16-byte salt.
# With a raw key, the HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 rounds).
_RESERVE, _IV, _MAC, _SALT = 80, 16, 64, 16
_LOCK_BYTE = 0x40000000  # SQLite's PENDING_BYTE: its page is left out of the database


def page_problems(path: Path, key: bytes, copy: PageCopy) -> list[int]:
    """The numbers of the pages written by `copy` (and page 1) whose HMAC does not
    verify in the file at `path`, read back from the disk. Two threads share the work
    (OpenSSL's HMAC runs without the GIL). A copy made with the key was checked so
    while it was written (sync_pages)."""
    if copy.bad is not None:
        return copy.bad
    fd = os.open(path, os.O_RDONLY)
    checker = _Checker(fd, key, os.pread(fd, _SALT, 0), copy.page_size)
    try:
        for offset, length in _runs(sorted({0, *copy.changed}), copy.page_size):
            checker.check(offset, length)
        return checker.finish(copy.size)
    finally:
        checker.close()
        os.close(fd)


_RUN = 1024 * 1024  # bytes read back and checked at once


class _Checker:
    """Reads pages back from `fd` and checks their HMACs. A large check is shared by two
    helper processes (vault/forked.py): in threads the per-page work holds the GIL, and
    two threads checked no faster than one (2 GiB: 3.7 s in one thread, 4.1 s in two,
    2.0 s in two processes). A small one, or one where there are no helpers, is done
    here; so is the share of a helper that dies."""

    def __init__(self, fd: int, key: bytes, salt: bytes, page_size: int) -> None:
        self.fd, self.page_size = fd, page_size
        mac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
        self.mac = hmac.new(mac_key, digestmod="sha512")
        self.helpers: list[_Helper] = []
        self.turn = 0
        self.inline = 0  # bytes checked here so far
        self.bad: list[int] = []
        self.first_checked = False

    def check(self, offset: int, length: int) -> None:
        """Check the pages in [offset, offset + length), in pieces of up to _RUN."""
        self.first_checked = self.first_checked or offset == 0
        if not self.helpers and self.inline + length > _INLINE and forked.available():
            self.helpers = [_Helper(self) for _ in range(_HELPERS)]
            for helper in self.helpers:
                helper.start()
        for start in range(offset, offset + length, _RUN):
            end = min(offset + length, start + _RUN)
            if self.helpers:
                self.helpers[self.turn % len(self.helpers)].send(start, end - start)
                self.turn += 1
            else:
                self.inline += end - start
                self.bad += self.bad_pages(start, end - start)

    def finish(self, size: int) -> list[int]:
        """The bad page numbers (page 1 is always checked); 0 for a wrong file length."""
        if not self.first_checked:
            self.bad += self.bad_pages(0, self.page_size)
        for helper in self.helpers:
            self.bad += helper.result()
        self.helpers = []
        bad = sorted(self.bad)
        if os.fstat(self.fd).st_size != size:
            bad.append(0)
        return bad

    def close(self) -> None:
        for helper in self.helpers:
            helper.stop()
        self.helpers = []

    def bad_pages(self, offset: int, length: int) -> list[int]:
        size = self.page_size
        data = os.pread(self.fd, length, offset)
        view = memoryview(data)
        bad = []
        for start in range(0, length, size):
            number = (offset + start) // size + 1
            if offset + start == _LOCK_BYTE - _LOCK_BYTE % size:
                continue  # SQLite never writes the page holding the lock byte: no HMAC
            page = view[start : start + size]
            mac = self.mac.copy()
            mac.update(page[_SALT if number == 1 else 0 : size - _RESERVE + _IV])
            mac.update(number.to_bytes(4, "little"))
            stored = page[size - _RESERVE + _IV : size - _RESERVE + _IV + _MAC]
            if len(page) != size or not hmac.compare_digest(stored, mac.digest()):
                bad.append(number)
        return bad


_HELPERS = 2
_INLINE = 8 * 1024 * 1024  # a check this small is done in the calling thread
_JOB = struct.Struct("<qq")  # (offset, length); (-1, 0): report and end
_NUMBER = struct.Struct("<q")  # a bad page number; -1 ends the report


class _Helper:
    """One helper process of a _Checker: jobs in through one pipe, bad pages out."""

    def __init__(self, checker: _Checker) -> None:
        self.checker = checker
        self.jobs_r, self.jobs_w = os.pipe()
        self.out_r, self.out_w = os.pipe()
        self.sent: list[tuple[int, int]] = []  # checked here again if the helper dies
        self.pid = 0

    def start(self) -> None:
        self.pid = forked.start(self._serve, (self.checker.fd, self.jobs_r, self.out_w))
        os.close(self.jobs_r)
        os.close(self.out_w)

    def _serve(self) -> None:
        pending = b""
        bad: list[int] = []
        while True:
            data = os.read(self.jobs_r, _JOB.size * 256)
            if not data:
                return  # the caller is gone
            pending += data
            whole = len(pending) - len(pending) % _JOB.size
            for offset, length in _JOB.iter_unpack(pending[:whole]):
                if offset < 0:
                    report = b"".join(_NUMBER.pack(n) for n in [*bad, -1])
                    view = memoryview(report)
                    while view:
                        view = view[os.write(self.out_w, view) :]
                    return
                bad += self.checker.bad_pages(offset, length)
            pending = pending[whole:]

    def send(self, offset: int, length: int) -> None:
        self.sent.append((offset, length))
        try:
            os.write(self.jobs_w, _JOB.pack(offset, length))
        except BrokenPipeError:
            pass  # it died: its share is checked in result()

    def result(self) -> list[int]:
        """The bad pages of its share (checked here when the helper died)."""
        with suppress(BrokenPipeError):
            os.write(self.jobs_w, _JOB.pack(-1, 0))
        data = b""
        while not data.endswith(_NUMBER.pack(-1)) or len(data) % _NUMBER.size:
            part = os.read(self.out_r, 65536)
            if not part:
                break
            data += part
        self.stop()
        if data.endswith(_NUMBER.pack(-1)) and len(data) % _NUMBER.size == 0:
            return [n for (n,) in _NUMBER.iter_unpack(data[: -_NUMBER.size])]
        return [page for at, length in self.sent for page in self.checker.bad_pages(at, length)]

    def stop(self) -> None:
        for fd in (self.jobs_w, self.out_r):
            with suppress(OSError):
                os.close(fd)
        if self.pid:
            forked.end(self.pid)
            self.pid = 0
