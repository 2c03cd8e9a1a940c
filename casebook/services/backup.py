"""Backup and restore: a backup is a directory that is itself a vault.

    DEST/header        the vault's header, byte for byte (same passphrase, recovery key)
    DEST/casebook.db   a consistent snapshot taken with SQLite's online backup API,
                       encrypted with the same data key
    DEST/evidence/     the evidence files, copied incrementally (they are immutable and
                       named by random ids: copy what is new, remove what was deleted)

Crash safety: the snapshot is written beside the old one (.casebook.db.new), the
evidence it refers to is copied (temporary name, fsync, rename) and the snapshot is
verified before it replaces the old database by a rename. Files that only the old
snapshot needs are removed after that. At every moment DEST holds a header and a
database that match, with every evidence file that database refers to.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import sqlcipher3

from casebook.domain.model import utc_now
from casebook.vault import db
from casebook.vault.errors import VaultDamaged, VaultError
from casebook.vault.fsutil import atomic_write, fsync_dir
from casebook.vault.vault import DATABASE, EVIDENCE, HEADER, Vault, is_vault

NEW_DB = ".casebook.db.new"
COPY_CHUNK = 8 * 1024 * 1024
SNAPSHOT_PAGES = 1024
DEFAULT_REMINDER_DAYS = 7
META_LAST_TIME = "backup.last_time"
META_LAST_DEST = "backup.last_destination"
META_REMINDER = "backup.reminder_days"

Progress = Callable[[int, int], None]


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


class BackupError(VaultError):
    """A backup or restore that cannot be done; the message says why."""


class Cancelled(VaultError):
    """The user cancelled; nothing was changed (the name is what ui.tasks looks for)."""


@dataclass(frozen=True)
class BackupReport:
    destination: Path
    created: bool  # a new backup (False: an existing one was updated)
    copied_files: int
    copied_bytes: int
    removed_files: int
    database_bytes: int
    evidence_files: int
    time: str


@dataclass(frozen=True)
class BackupStatus:
    last_time: str  # "" when never
    destination: str
    reminder_days: int
    overdue: bool


def raw_key(vault: Vault) -> bytes:
    """The data key of an unlocked vault, to key a snapshot with it (never written out).

    The Vault class keeps it private; a backup is the one place outside it that must
    open a second database file under the same key."""
    vault._require_open()
    return bytes(vault._dek)


# --- the backup ------------------------------------------------------------------------


def backup(
    vault: Vault, dest: Path, *, progress: Progress | None = None, cancel: CancelFlag | None = None
) -> BackupReport:
    """Write or update a backup of `vault` in `dest`; records the time in the vault."""
    report = _write_copy(vault, Path(dest), progress, cancel, allow_existing=True)
    vault.set_meta(META_LAST_TIME, report.time)
    vault.set_meta(META_LAST_DEST, str(report.destination))
    return report


def restore(
    backup_vault: Vault,
    target: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> BackupReport:
    """Create a working vault in `target` (new or empty) from an unlocked backup."""
    target = Path(target)
    if target.exists() and not target.is_dir():
        raise BackupError(f"{target} is a file; restore into a new or empty directory")
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"{target} is not empty; restore into a new or empty directory")
    return _write_copy(backup_vault, target, progress, cancel, allow_existing=False)


def _write_copy(
    vault: Vault, dest: Path, progress: Progress | None, cancel: CancelFlag | None,
    *, allow_existing: bool,
) -> BackupReport:  # fmt: skip
    key = raw_key(vault)
    dest = dest.expanduser().resolve()
    created = _check_destination(vault, dest, key, allow_existing)
    _private_dir(dest)
    _private_dir(dest / EVIDENCE)
    _tidy(dest)
    job = _Job(vault, dest, key, progress or (lambda _d, _t: None), cancel)
    try:
        return job.run(created)
    except BaseException:
        job.undo()
        raise


class _Job:
    def __init__(
        self, vault: Vault, dest: Path, key: bytes, progress: Progress, cancel: CancelFlag | None
    ) -> None:
        self.vault, self.dest, self.key = vault, dest, key
        self.progress, self.cancel = progress, cancel
        self.copied: list[Path] = []
        self.copied_names: list[str] = []
        self.copied_bytes = 0
        self.db_estimate = max(vault.db_path.stat().st_size, 1)
        self.new_db = dest / NEW_DB

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("backup cancelled; the previous backup is unchanged")

    def run(self, created: bool) -> BackupReport:
        files = self.snapshot_and_copy()
        self.check_cancel()
        _verify_snapshot(self.new_db, self.key, self.dest / EVIDENCE, files)
        db_bytes = self.new_db.stat().st_size
        _settle_wal(self.dest / DATABASE, self.key)
        os.replace(self.new_db, self.dest / DATABASE)
        fsync_dir(self.dest)
        self.copied = []  # from here on they belong to the new snapshot
        header = self.vault.header_path.read_bytes()
        target_header = self.dest / HEADER
        if not target_header.is_file() or target_header.read_bytes() != header:
            atomic_write(target_header, header)
        removed = _remove_unreferenced(self.dest / EVIDENCE, files)
        return BackupReport(
            self.dest, created, len(self.copied_names), self.copied_bytes, removed, db_bytes,
            len(files), utc_now(),
        )  # fmt: skip

    def snapshot_and_copy(self) -> list[str]:
        """Snapshot the database, then copy the evidence it refers to. A file can vanish
        when a case is deleted meanwhile: then the snapshot is taken once more."""
        for attempt in range(2):
            self.take_snapshot()
            files = _referenced_files(self.new_db, self.key)
            try:
                self.copy_evidence(files)
                return files
            except FileNotFoundError as exc:
                if attempt:
                    raise BackupError(
                        f"evidence file {Path(str(exc.filename)).name} is missing from the "
                        "vault; run 'casebook verify'"
                    ) from None
        raise AssertionError("unreachable")

    def take_snapshot(self) -> None:
        _remove_new_db(self.dest)
        target = _open_target(self.new_db, self.key)
        source = self.vault.connect()

        def step(_status: int, remaining: int, total: int) -> None:
            self.check_cancel()
            self.progress(self.db_estimate * (total - remaining) // max(total, 1), self.db_estimate)

        try:
            source.backup(target, pages=SNAPSHOT_PAGES, progress=step)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            source.close()
            target.close()
        _fsync_file(self.new_db)

    def copy_evidence(self, files: list[str]) -> None:
        source_dir, target_dir = self.vault.evidence_dir, self.dest / EVIDENCE
        todo = []
        for name in files:
            src = source_dir / name
            size = src.stat().st_size
            have = target_dir / name
            if not (have.is_file() and have.stat().st_size == size):
                todo.append((src, size))
        total = self.db_estimate + sum(size for _, size in todo)
        for src, _size in todo:
            target = target_dir / src.name
            existed = target.exists()  # a damaged copy: its replacement stays on undo
            self.copied_bytes += _copy_file(src, target, self._copy_progress(total), self.cancel)
            if not existed:
                self.copied.append(target)
            self.copied_names.append(src.name)
        fsync_dir(target_dir)

    def _copy_progress(self, total: int) -> Callable[[int], None]:
        base = self.db_estimate + self.copied_bytes

        def report(done: int) -> None:
            self.progress(base + done, total)

        return report

    def undo(self) -> None:
        """After a failure or cancel: leave the destination as it was."""
        for path in self.copied:
            path.unlink(missing_ok=True)
        _remove_new_db(self.dest)
        _tidy(self.dest)


# --- pieces ----------------------------------------------------------------------------


def _check_destination(vault: Vault, dest: Path, key: bytes, allow_existing: bool) -> bool:
    """Whether the backup is new; refuses places that are not ours to write."""
    source = vault.path.resolve()
    if dest == source or dest.is_relative_to(source) or source.is_relative_to(dest):
        raise BackupError("a backup cannot be written into the vault or around it")
    if dest.exists() and not dest.is_dir():
        raise BackupError(f"{dest} is a file; give a directory for the backup")
    if not dest.exists() or not any(dest.iterdir()):
        return True
    if not allow_existing:
        raise BackupError(f"{dest} is not empty")
    if not _only_backup_files(dest):
        raise BackupError(
            f"{dest} is not empty and not a Casebook backup; choose an empty directory"
        )
    has_db = (dest / DATABASE).is_file()
    if has_db and _vault_id_of(dest / DATABASE, key) != vault.get_meta("vault_id"):
        raise BackupError(f"{dest} holds a backup of another vault; choose another directory")
    if is_vault(dest) and not has_db:
        raise BackupError(f"{dest} has a vault header but no database; choose another directory")
    # without a header it is what an interrupted first backup left: a new backup
    return not is_vault(dest)


def _only_backup_files(dest: Path) -> bool:
    """Nothing but what a backup writes (the header is written last)."""
    names = {HEADER, DATABASE, *(DATABASE + s for s in ("-wal", "-shm", "-journal"))}
    for entry in dest.iterdir():
        if entry.name == EVIDENCE and entry.is_dir():
            continue
        if entry.name in names or entry.name.startswith((NEW_DB, DATABASE + ".before-v")):
            continue  # (a newer Casebook that opened the backup keeps a pre-upgrade copy)
        return False
    return True


def _open_target(path: Path, key: bytes) -> db.Connection:
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


def _open_snapshot(path: Path, key: bytes) -> db.Connection:
    """A read-only connection that leaves the file's journal mode as it is."""
    conn: db.Connection = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA query_only = ON")
    return conn


def _vault_id_of(path: Path, key: bytes) -> str:
    conn = _open_snapshot(path, key)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        return str(row[0]) if row else ""
    except db.DatabaseError:
        return ""
    finally:
        conn.close()


def _settle_wal(path: Path, key: bytes) -> None:
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


def _tidy(dest: Path) -> None:
    """Remove temporary files an interrupted backup left behind."""
    evidence = dest / EVIDENCE
    if evidence.is_dir():
        for entry in evidence.iterdir():
            if entry.name.startswith(".") and entry.is_file():
                entry.unlink(missing_ok=True)


def _remove_new_db(dest: Path) -> None:
    for entry in dest.iterdir():
        if entry.name.startswith(NEW_DB):
            entry.unlink(missing_ok=True)


def _referenced_files(path: Path, key: bytes) -> list[str]:
    """The names of the evidence files the snapshot refers to."""
    conn = _open_snapshot(path, key)
    try:
        rows = conn.execute("SELECT file_id FROM evidence ORDER BY file_id").fetchall()
    finally:
        conn.close()
    return [f"{r[0]}.age" for r in rows]


def _verify_snapshot(path: Path, key: bytes, evidence: Path, files: list[str]) -> None:
    conn = _open_snapshot(path, key)
    try:
        problems = db.integrity_problems(conn)
        if not problems and db.schema_version(conn) < 1:
            problems.append("database: no schema")
    finally:
        conn.close()
    missing = [name for name in files if not (evidence / name).is_file()]
    if problems or missing:
        detail = "; ".join(problems[:3] + [f"evidence file {m} missing" for m in missing[:3]])
        raise BackupError(f"the new snapshot did not verify ({detail}); the backup is unchanged")


def _remove_unreferenced(evidence: Path, files: list[str]) -> int:
    keep = set(files)
    removed = 0
    for entry in evidence.iterdir():
        if entry.is_file() and entry.name not in keep:
            entry.unlink()
            removed += 1
    if removed:
        fsync_dir(evidence)
    return removed


def _private_dir(path: Path) -> None:
    """A directory only the user can read, where the file system has permissions at all
    (FAT and exFAT USB sticks do not: there chmod fails and is not needed)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
    except PermissionError:
        pass


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_file(
    src: Path, target: Path, progress: Callable[[int], None], cancel: CancelFlag | None
) -> int:
    """Copy to a temporary name, fsync, rename. Returns the bytes copied."""
    tmp = target.with_name(f".{target.name}.tmp")
    done = 0
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled("backup cancelled; the previous backup is unchanged")
            n = _copy_chunk(fin.fileno(), fout.fileno())
            if not n:
                break
            done += n
            progress(done)
        fout.flush()
        os.fsync(fout.fileno())
    os.replace(tmp, target)
    return done


def _copy_chunk(fin: int, fout: int) -> int:
    """Copy up to COPY_CHUNK bytes in the kernel where it can, else through a buffer."""
    try:
        return os.copy_file_range(fin, fout, COPY_CHUNK)
    except (OSError, AttributeError):  # another file system, or not Linux
        data = os.read(fin, COPY_CHUNK)
        view = memoryview(data)
        while view:
            view = view[os.write(fout, view) :]
        return len(data)


# --- status and reminder ---------------------------------------------------------------


def backup_status(vault: Vault, now: datetime | None = None) -> BackupStatus:
    last = vault.get_meta(META_LAST_TIME)
    days = reminder_days(vault)
    overdue = True
    if last:
        when = datetime.fromisoformat(last.replace("Z", "+00:00"))
        overdue = (now or datetime.now(UTC)) - when > timedelta(days=days)
    return BackupStatus(last, vault.get_meta(META_LAST_DEST), days, overdue)


def reminder_days(vault: Vault) -> int:
    try:
        return max(1, int(vault.get_meta(META_REMINDER, str(DEFAULT_REMINDER_DAYS))))
    except ValueError:
        return DEFAULT_REMINDER_DAYS


def set_reminder_days(vault: Vault, days: int) -> None:
    if not 1 <= days <= 365:
        raise BackupError("the backup reminder must be between 1 and 365 days")
    vault.set_meta(META_REMINDER, str(days))
