"""The file work of a backup: snapshot databases, evidence copies, tidying up.

Every file is written under a temporary name, synced and renamed; see backup.py for
the order that keeps the previous backup intact.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from casebook.i18n import translate
from casebook.vault import db, layout
from casebook.vault.errors import VaultDamaged
from casebook.vault.fsutil import fsync_dir
from casebook.vault.vault import EVIDENCE

NEW_SUFFIX = ".new"  # the snapshot being written: .DB.new beside the backup's DB


def new_db(dest: Path) -> Path:
    """Where the snapshot is written before it replaces the backup's database."""
    return dest / f".{layout.database_name(dest)}{NEW_SUFFIX}"


COPY_CHUNK = 8 * 1024 * 1024


def open_target(path: Path, key: bytes) -> db.Connection:
    """A new database file for the snapshot, keyed like the vault. No journal and no
    syncing while it is filled: it is only used after an fsync and a verification."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    conn: db.Connection = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in ("cipher_memory_security = ON", "temp_store = MEMORY",
                   "journal_mode = OFF", "synchronous = OFF"):  # fmt: skip
        conn.execute(f"PRAGMA {pragma}")
    return conn


def open_snapshot(path: Path, key: bytes) -> db.Connection:
    """A read-only connection that leaves the file's journal mode as it is."""
    conn: db.Connection = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA query_only = ON")
    return conn


def vault_id_of(path: Path, key: bytes) -> str:
    conn = open_snapshot(path, key)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        return str(row[0]) if row else ""
    except db.DatabaseError:
        return ""
    finally:
        conn.close()


def settle_wal(path: Path, key: bytes) -> None:
    """Fold a write-ahead log left by someone who opened the backup into its database, so
    that no stale log is ever replayed onto the snapshot that replaces it."""
    if not path.with_name(path.name + "-wal").exists():
        return
    try:
        conn = db.connect(path, key)
    except VaultDamaged:
        path.with_name(path.name + "-wal").unlink(missing_ok=True)
        return
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    path.with_name(path.name + "-wal").unlink(missing_ok=True)
    path.with_name(path.name + "-shm").unlink(missing_ok=True)


def is_header_part(name: str) -> bool:
    """What atomic_writer (vault.fsutil) leaves of the header when killed before renaming."""
    return re.fullmatch(r"\.header\.[0-9a-f]{8}\.part", name) is not None


def tidy(dest: Path) -> None:
    """Remove temporary files an interrupted backup left behind."""
    if dest.is_dir():
        for entry in dest.iterdir():
            if is_header_part(entry.name) and entry.is_file():
                entry.unlink(missing_ok=True)
    evidence = dest / EVIDENCE
    if evidence.is_dir():
        for entry in evidence.iterdir():
            if entry.name.startswith(".") and entry.is_file():
                entry.unlink(missing_ok=True)


def remove_new_db(dest: Path) -> None:
    """Remove a snapshot being written (under either database name: a first backup made
    by an earlier version may have been cut short before its database was in place)."""
    prefixes = tuple(f".{name}{NEW_SUFFIX}" for name in layout.DATABASE_NAMES)
    for entry in dest.iterdir():
        if entry.name.startswith(prefixes):
            entry.unlink(missing_ok=True)


def referenced_files(path: Path, key: bytes) -> list[str]:
    """The names of the evidence files the snapshot refers to."""
    conn = open_snapshot(path, key)
    try:
        rows = conn.execute("SELECT file_id FROM evidence ORDER BY file_id").fetchall()
    finally:
        conn.close()
    return [f"{r[0]}.age" for r in rows]


def snapshot_problems(
    path: Path, key: bytes, evidence: Path, files: list[str], *, pages_checked: bool = False
) -> list[str]:
    """What is wrong with a new snapshot: its database, or evidence files it lacks.

    The daily rule of `casebook verify` (page HMACs, quick_check, references): the
    complete integrity_check of a large vault is `casebook verify --full` on the backup.
    `pages_checked`: the snapshot is a page copy whose written pages were checked one by
    one (backup_pages.page_problems); it must still open and hold a schema."""
    conn = open_snapshot(path, key)
    try:
        problems = [] if pages_checked else db.integrity_problems(conn, full=False)
        if not problems and db.schema_version(conn) < 1:
            problems.append(translate("backup", "database: no schema"))
    finally:
        conn.close()
    missing = [name for name in files if not (evidence / name).is_file()]
    lacking = translate("backup", "evidence file {name} missing")
    return problems + [lacking.format(name=name) for name in missing]


def remove_unreferenced(evidence: Path, files: list[str]) -> int:
    keep = set(files)
    removed = 0
    for entry in evidence.iterdir():
        if entry.is_file() and entry.name not in keep:
            entry.unlink()
            removed += 1
    if removed:
        fsync_dir(evidence)
    return removed


def private_dir(path: Path) -> None:
    """A directory only the user can read, where the file system has permissions at all
    (FAT and exFAT USB sticks do not: there chmod fails and is not needed)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
    except PermissionError:
        pass


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_file(
    src: Path, target: Path, progress: Callable[[int], None], check_cancel: Callable[[], None]
) -> int:
    """Copy to a temporary name, fsync, rename. Returns the bytes copied."""
    tmp = target.with_name(f".{target.name}.tmp")
    done = 0
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
        while True:
            check_cancel()
            n = copy_chunk(fin.fileno(), fout.fileno())
            if not n:
                break
            done += n
            progress(done)
        fout.flush()
        os.fsync(fout.fileno())
    os.replace(tmp, target)
    return done


def copy_chunk(fin: int, fout: int) -> int:
    """Copy up to COPY_CHUNK bytes in the kernel where it can, else through a buffer."""
    try:
        return os.copy_file_range(fin, fout, COPY_CHUNK)
    except (OSError, AttributeError):  # another file system, or not Linux
        data = os.read(fin, COPY_CHUNK)
        view = memoryview(data)
        while view:
            view = view[os.write(fout, view) :]
        return len(data)
