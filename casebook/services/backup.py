"""Backup and restore: a backup is a directory that is itself a vault.

    DEST/header        the vault's header, byte for byte (same passphrase, recovery key)
    DEST/data          a consistent snapshot (a copy of the encrypted pages, or taken with
                       SQLite's online backup API), encrypted with the same data key; a
                       backup made before issue 13 keeps its casebook.db (vault/layout.py)
    DEST/evidence/     the evidence files, copied incrementally (they are immutable and
                       named by random ids: copy what is new, remove what was deleted)

Crash safety: the snapshot is written beside the old one (.data.new), the
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

from casebook.domain.model import utc_now
from casebook.i18n import translate
from casebook.services import backup_files as bf
from casebook.services import backup_generations
from casebook.services import backup_pages as bp
from casebook.vault import layout, page_journal
from casebook.vault.errors import VaultError
from casebook.vault.evidence_files import QUARANTINE
from casebook.vault.fsutil import atomic_write, fsync_dir
from casebook.vault.vault import EVIDENCE, HEADER, Vault, is_vault

# What atomic_write (vault.fsutil) leaves of the header when it is killed before renaming.
HEADER_TMP = f".{HEADER}.tmp"

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
    return vault.data_key()


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
        raise BackupError(
            translate("backup", "{path} is a file; restore into a new or empty directory").format(
                path=target
            )
        )
    if target.exists() and any(target.iterdir()) and not _clear_killed_restore(target):
        raise BackupError(
            translate(
                "backup", "{path} is not empty; restore into a new or empty directory"
            ).format(path=target)
        )
    report = _write_copy(backup_vault, target, progress, cancel, allow_existing=False)
    backup_generations.restored(report.destination, raw_key(backup_vault))
    return report


def _clear_killed_restore(target: Path) -> bool:
    """Empty what a killed restore left in `target` (backup files, no header yet: the
    header is written last); False when it holds anything else, which stays as it is."""
    if is_vault(target) or not _only_backup_files(target):
        return False
    for entry in target.iterdir():
        if entry.is_dir():  # evidence/: encrypted copies, fetched again
            for item in entry.iterdir():
                item.unlink()
            entry.rmdir()
        else:
            entry.unlink()
    fsync_dir(target)
    return True


def _write_copy(
    vault: Vault, dest: Path, progress: Progress | None, cancel: CancelFlag | None,
    *, allow_existing: bool,
) -> BackupReport:  # fmt: skip
    key = raw_key(vault)
    dest = dest.expanduser().resolve()
    if allow_existing and page_journal.has_journal(dest):
        _put_back(dest, key)  # a backup cut short while it updated the database in place
    created = _check_destination(vault, dest, key, allow_existing)
    bf.private_dir(dest)
    bf.private_dir(dest / EVIDENCE)
    bf.tidy(dest)
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
        self.database = layout.database_path(dest)  # the backup's own name for it
        self.new_db = bf.new_db(dest)
        self.pages: bp.PageCopy | None = None  # the snapshot is a page copy (backup_pages)
        self.journal: Path | None = None  # hot while the database is updated in place

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled(
                translate("backup", "backup cancelled; the previous backup is unchanged")
            )

    def run(self, created: bool) -> BackupReport:
        bp.remove_bases(self.dest)
        bf.remove_new_db(self.dest)  # what a backup cut short left, or a rebuilt generation
        names = self.update_in_place()
        if names is None:
            names = self.replace_whole()
        self.copied = []  # from here on they belong to the new snapshot
        older = backup_generations.prune(self.dest, self.key)
        header = backup_generations.header_for(self.vault, self.database, self.key)
        target_header = self.dest / HEADER
        if not target_header.is_file() or target_header.read_bytes() != header:
            atomic_write(target_header, header)
        (self.dest / HEADER_TMP).unlink(missing_ok=True)  # of a backup killed before
        removed = bf.remove_unreferenced(self.dest / EVIDENCE, names + older)
        return BackupReport(
            self.dest, created, len(self.copied_names), self.copied_bytes, removed,
            self.database.stat().st_size, len(names), utc_now(),
        )  # fmt: skip

    # --- an existing backup, brought up to date where it differs --------------------

    def update_in_place(self) -> list[str] | None:
        """Update the backup's database page by page behind a journal (page_journal);
        the evidence files the new state refers to. None when that cannot be done: a
        first backup, a database under keys replaced since, or a busy vault."""
        if not self.database.is_file():
            return None
        bf.settle_wal(self.database, self.key)
        old = backup_generations.generation_of(self.database, self.key)
        if old is None:
            return None  # under other keys, or damaged: replaced whole
        old_files = bf.referenced_files(self.database, self.key)
        update = None
        for attempt in range(2):
            update = self.update_pages(old, old_files)
            if update is None:
                return None
            try:
                self.copy_evidence(update.files)
                break
            except FileNotFoundError as exc:  # a case deleted meanwhile: once more
                self.put_back()
                if attempt:
                    raise _missing(exc) from None
        assert update is not None
        self.check_cancel()
        self.check(update.copy, self.database, update.files)
        if self.journal is not None:
            new = backup_generations.generation_of(self.database, self.key) or 0
            backup_generations.keep_journal(self.dest, self.journal, old, new)
            self.journal = None
        return update.files

    def update_pages(self, old: int, old_files: list[str]) -> bp.Update | None:
        source = self.vault.connect()
        try:
            update = bp.consistent_update(
                source, self.vault.db_path, self.database, self.key, old_generation=old,
                old_files=old_files, check_cancel=self.check_cancel,
                progress=lambda done, _total: self.progress(done, self.db_estimate),
            )  # fmt: skip
        finally:
            source.close()
        if update is not None:
            self.journal = update.journal
        return update

    def put_back(self) -> None:
        """Undo an update in place: the journal's pages go back."""
        if self.journal is not None:
            page_journal.recover(self.dest, self.key)
            self.journal = None

    def check(self, copy: bp.PageCopy | None, database: Path, files: list[str]) -> None:
        """The daily rule of `verify` for what this backup wrote: each page written read
        back with its HMAC checked (a page copy; every other page was compared equal to
        the vault's), or SQLite's quick_check of a snapshot taken through its backup
        API; the schema; the evidence files it refers to."""
        problems = []
        if copy is not None:
            damaged = translate("backup", "database: page {number} does not authenticate")
            problems += [damaged.format(number=n) for n in (copy.bad or [])[:3]]
        problems += bf.snapshot_problems(
            database, self.key, self.dest / EVIDENCE, files, pages_checked=copy is not None
        )
        if problems:
            detail = "; ".join(problems[:3])
            raise BackupError(
                translate(
                    "backup", "the new snapshot did not verify ({detail}); the backup is unchanged"
                ).format(detail=detail)
            )

    # --- a first backup, or one replacing the database whole -------------------------

    def replace_whole(self) -> list[str]:
        """A new snapshot file, checked, then put in the place of the database."""
        names = self.snapshot_and_copy()
        self.check_cancel()
        self.check(self.pages, self.new_db, names)
        bf.settle_wal(self.database, self.key)
        backup_generations.keep_replaced(self.dest, self.key, self.new_db)
        os.replace(self.new_db, self.database)
        fsync_dir(self.dest)
        return names

    def snapshot_and_copy(self) -> list[str]:
        """Snapshot the database, then copy the evidence it refers to. A file can vanish
        when a case is deleted meanwhile: then the snapshot is taken once more."""
        for attempt in range(2):
            self.take_snapshot()
            files = bf.referenced_files(self.new_db, self.key)
            try:
                self.copy_evidence(files)
                return files
            except FileNotFoundError as exc:
                if attempt:
                    raise _missing(exc) from None
        raise AssertionError("unreachable")

    def take_snapshot(self) -> None:
        bf.remove_new_db(self.dest)
        self.pages = self.copy_pages()
        if self.pages is not None:
            return
        bf.remove_new_db(self.dest)
        target = bf.open_target(self.new_db, self.key)
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
        bf.fsync_file(self.new_db)

    def copy_pages(self) -> bp.PageCopy | None:
        """The snapshot as a copy of the encrypted pages into a new file, each page read
        back and checked as it is written; None when the vault is busy."""
        source = self.vault.connect()
        try:
            return bp.consistent_copy(
                source, self.vault.db_path, self.new_db, check_cancel=self.check_cancel,
                progress=lambda done, _total: self.progress(done, self.db_estimate),
                key=self.key,
            )  # fmt: skip
        finally:
            source.close()

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
            progress = self._copy_progress(total)
            self.copied_bytes += bf.copy_file(src, target, progress, self.check_cancel)
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
        self.put_back()
        for path in self.copied:
            path.unlink(missing_ok=True)
        bf.remove_new_db(self.dest)
        bf.tidy(self.dest)


def _put_back(dest: Path, key: bytes) -> None:
    try:
        page_journal.recover(dest, key)
    except (OSError, VaultError) as exc:
        raise BackupError(
            translate(
                "backup", "{path} holds a backup that was interrupted while it was written, and "
                "its previous state could not be put back ({error}); nothing was written",
            ).format(path=dest, error=exc)
        ) from None  # fmt: skip


def _missing(exc: FileNotFoundError) -> BackupError:
    return BackupError(
        translate(
            "backup", "evidence file {name} is missing from the vault; run 'casebook verify'"
        ).format(name=Path(str(exc.filename)).name)
    )


# --- pieces ----------------------------------------------------------------------------


def _check_destination(vault: Vault, dest: Path, key: bytes, allow_existing: bool) -> bool:
    """Whether the backup is new; refuses places that are not ours to write."""
    source = vault.path.resolve()
    if dest == source or dest.is_relative_to(source) or source.is_relative_to(dest):
        raise BackupError(
            translate("backup", "a backup cannot be written into the vault or around it")
        )
    if dest.exists() and not dest.is_dir():
        raise BackupError(
            translate("backup", "{path} is a file; give a directory for the backup").format(
                path=dest
            )
        )
    if not dest.exists() or not any(dest.iterdir()):
        return True
    if not allow_existing:
        raise BackupError(translate("backup", "{path} is not empty").format(path=dest))
    if not _only_backup_files(dest):
        raise BackupError(
            translate(
                "backup", "{path} is not empty and not a Casebook backup; choose an empty directory"
            ).format(path=dest)
        )
    database = layout.database_path(dest)
    has_db = database.is_file()
    if (
        has_db
        and bf.vault_id_of(database, key) != vault.get_meta("vault_id")
        and not backup_generations.rekeyed_since_last_backup(vault, dest)
    ):
        raise BackupError(
            translate(
                "backup", "{path} holds a backup of another vault; choose another directory"
            ).format(path=dest)
        )
    if has_db:
        backup_generations.refuse_newer(vault, database, key)
    if is_vault(dest) and not has_db:
        raise BackupError(
            translate(
                "backup", "{path} has a vault header but no database; choose another directory"
            ).format(path=dest)
        )
    # without a header it is what an interrupted first backup left: a new backup
    return not is_vault(dest)


def _only_backup_files(dest: Path) -> bool:
    """Nothing but what a backup writes (the header is written last), by this version or
    an earlier one (whose database was casebook.db)."""
    names = {HEADER, HEADER_TMP}
    for entry in dest.iterdir():
        if entry.name == EVIDENCE and entry.is_dir():
            continue
        if entry.name == QUARANTINE and entry.is_dir():
            continue  # made when someone opened the backup as a vault
        if bf.is_header_part(entry.name):
            continue  # a first backup killed while its header was written
        if entry.name in names or layout.belongs_to_database(entry.name):
            continue  # the database, its snapshot, base and kept older generations (and
            # the pre-upgrade copy a newer Casebook that opened the backup keeps)
        return False
    return True


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
        raise BackupError(translate("backup", "the backup reminder must be between 1 and 365 days"))
    vault.set_meta(META_REMINDER, str(days))
