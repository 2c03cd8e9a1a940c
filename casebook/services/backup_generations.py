"""Generations in backups: a backup never goes back in time, and carries its own.

`backup` refuses to overwrite a backup whose database is newer than the vault's (the
vault may itself be an old copy put back), and gives the backup a header whose sealed
generation is the one of its snapshot, not the one of the live header (which may have
moved on while the snapshot was taken), so the backup opens without being taken for a
rollback.

A backup also keeps its last K generations (default 3) beside the current one, with
the evidence files they refer to, so one bad backup (of a vault that was itself damaged
or rolled back) cannot destroy the good ones; `restore --generation N` makes a working
vault from one of them. A generation is kept as ``DB.gen-NNNNNNNNNNNN.pages`` (DB: the
name of the backup's database, see vault/layout.py): the journal of the backup that
replaced it, its pages that differ from the next one (vault/page_journal.py), so that
keeping it costs what changed, not the size of the database. Where a backup replaced
the database whole (the first after the vault's keys were replaced, or one taken with
SQLite's backup API), the old file itself is kept, renamed, as ``DB.gen-NNNNNNNNNNNN``;
so are the full copies that earlier versions kept.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from casebook.i18n import translate
from casebook.services import backup_files as bf
from casebook.vault import db, evidence_files, generation, keys, layout, newest, page_journal
from casebook.vault.errors import VaultError
from casebook.vault.fsutil import fsync_dir
from casebook.vault.vault import Vault


class NewerBackup(VaultError):
    pass


def generation_of(path: Path, key: bytes) -> int | None:
    """The generation of a database file under `key`; None if it cannot be read."""
    try:
        conn = bf.open_snapshot(path, key)
    except VaultError:
        return None
    try:
        return generation.of_db(conn)
    except db.DatabaseError:
        return None  # under another key (made before the keys were replaced) or damaged
    finally:
        conn.close()


def refuse_newer(vault: Vault, dest_db: Path, key: bytes) -> None:
    """Refuse to overwrite a backup that is newer than the vault."""
    theirs = generation_of(dest_db, key)
    ours = generation.of_db(vault.conn)
    if theirs is not None and theirs > ours:
        raise NewerBackup(
            translate(
                "backup", "{path} holds a newer backup of this vault (generation {theirs}, the "
                "vault is at {ours}): this vault may be an old copy. Nothing was written; "
                "restore from that backup, or choose another directory",
            ).format(path=dest_db.parent, theirs=theirs, ours=ours)
        )  # fmt: skip


def restored(target: Path, key: bytes) -> None:
    """A vault restored into `target` is at the generation of its backup: older, on
    purpose, than the newest this computer may have recorded for that folder (a vault
    that was there before). A folder with no record gets none until it is written."""
    if newest.recorded(target, key) is None:
        return
    try:
        newest.write(target, key, generation_of(layout.database_path(target), key) or 0)
    except OSError as exc:  # the restore is done; only opening it will be refused
        raise VaultError(
            translate(
                "backup", "the vault was restored to {path}, but the record of its newest "
                "generation on this computer could not be reset ({error}); it will be refused "
                "as an older copy until that file can be written",
            ).format(path=target, error=exc)
        ) from None  # fmt: skip


def header_for(vault: Vault, snapshot: Path, key: bytes) -> bytes:
    """The vault's header with the generation of `snapshot` sealed in it."""
    header = keys.read_header(vault.header_path)
    number = generation_of(snapshot, key)
    if number:
        generation.stamp(header, key, number)
    else:
        generation.unstamp(header, key)
    return header.to_bytes()


def rekeyed_since_last_backup(vault: Vault, dest: Path) -> bool:
    """Whether `dest`, whose database the vault's key cannot read, is the vault's own last
    backup made before its keys were replaced (then the next backup replaces it whole)."""
    from casebook.services.backup import META_LAST_DEST, META_LAST_TIME
    from casebook.services.rekey import META_REKEYED

    replaced, last = vault.get_meta(META_REKEYED), vault.get_meta(META_LAST_TIME)
    if not replaced or (last and last > replaced):
        return False
    last_dest = vault.get_meta(META_LAST_DEST)
    return bool(last_dest) and Path(last_dest).resolve() == dest.resolve()


KEEP = 3


def generations(dest: Path) -> list[tuple[int, Path]]:
    """The kept older generations of a backup (whole databases or page journals),
    newest first."""
    found = []
    prefix = evidence_files.generation_prefix(dest)
    for path in dest.glob(prefix + "*"):
        suffix = path.name[len(prefix) :].removesuffix(page_journal.PAGES)
        if suffix.isdigit():
            found.append((int(suffix), path))
    return sorted(found, reverse=True)


def _is_journal(path: Path) -> bool:
    return path.name.endswith(page_journal.PAGES)


def keep_replaced(dest: Path, key: bytes, new: Path) -> None:
    """Before the snapshot `new` replaces the database of `dest` whole: keep the current
    one, renamed, as a generation (unless it is the same generation, or under keys
    replaced since: it would keep the old keys useful)."""
    current = layout.database_path(dest)
    number = generation_of(current, key) if current.is_file() else None
    if number and number != generation_of(new, key):
        target = dest / f"{evidence_files.generation_prefix(dest)}{number:012d}"
        if not target.exists():
            os.link(current, target)  # stays when `new` replaces `current`
            fsync_dir(dest)


def keep_journal(dest: Path, journal: Path, old: int, new: int) -> None:
    """The backup updated in place is complete: its journal keeps generation `old` (or
    goes, when the database was at the same generation)."""
    target = page_journal.generation_path(layout.database_path(dest), old)
    if old and old != new and not target.exists():
        os.replace(journal, target)
    else:
        journal.unlink()
    fsync_dir(dest)


def prune(dest: Path, key: bytes, keep: int = KEEP) -> list[str]:
    """Remove all kept generations but the newest keep-1 (and those that cannot be read
    under `key`); the evidence file names the kept ones refer to (they must stay)."""
    prefix = evidence_files.generation_prefix(dest)
    for leftover in dest.glob(prefix + "*.part"):  # a copy an earlier version was cut short in
        leftover.unlink(missing_ok=True)
    kept = [(n, p) for n, p in generations(dest) if _readable(p, key)]
    for _number, path in kept[max(keep - 1, 0) :]:
        path.unlink(missing_ok=True)
    fsync_dir(dest)
    names: list[str] = []
    for _number, path in kept[: max(keep - 1, 0)]:
        names += _files_of(path, key)
    return names


def _files_of(path: Path, key: bytes) -> list[str]:
    try:
        if _is_journal(path):
            return page_journal.read(path, key).files
        return bf.referenced_files(path, key)
    except (db.DatabaseError, VaultError):
        return []  # under keys replaced since: its files are not kept for it


def _readable(path: Path, key: bytes) -> bool:
    """Whether a kept generation opens with `key`; one from before the keys were replaced
    is removed (it would keep the old keys useful)."""
    if _is_journal(path):
        try:
            page_journal.read(path, key)
            return True
        except page_journal.JournalError:
            path.unlink(missing_ok=True)
            return False
    if generation_of(path, key) is not None:
        return True
    path.unlink(missing_ok=True)
    return False


def materialize(dest: Path, key: bytes, number: int, scratch: Path) -> Path:
    """Generation `number` of the backup in `dest` as a whole database file, written to
    `scratch` (pages of the current database and of the journals between them: all
    encrypted as they are in the backup)."""
    found = dict(generations(dest))
    path = found.get(number)
    if path is None:
        raise KeyError(number)
    if not _is_journal(path):
        return path
    journal = page_journal.read(path, key)
    database = layout.database_path(dest)
    if generation_of(database, key) == journal.onto:
        source = database
    elif journal.onto in found:
        source = materialize(dest, key, journal.onto, scratch)
    else:
        raise VaultError(
            translate(
                "backup", "generation {number} of the backup cannot be rebuilt: the one "
                "after it ({onto}) is no longer kept",
            ).format(number=number, onto=journal.onto)
        )  # fmt: skip
    if source != scratch:
        scratch.unlink(missing_ok=True)
        fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, open(source, "rb") as fin:
            shutil.copyfileobj(fin, out, 1024 * 1024)
    page_journal.put_back(journal, scratch)
    return scratch


class _OlderGeneration(Vault):
    """A backup opened on one of its kept generations (read-only), for `restore`; a
    generation rebuilt from journals for it is removed when it is closed."""

    def __init__(self, path: Path, dek: bytes, db_file: Path, rebuilt: bool = False) -> None:
        self._db_file = db_file
        self._rebuilt = rebuilt
        super().__init__(path, dek, _worker=True, read_only=True)

    @property
    def db_path(self) -> Path:
        return self._db_file

    def close(self) -> None:
        super().close()
        if self._rebuilt:
            self._db_file.unlink(missing_ok=True)
            if self._db_file.parent != self.path:  # a temporary folder of its own
                self._db_file.parent.rmdir()


def open_generation(backup_vault: Vault, number: int) -> Vault:
    """The backup as it was at generation `number` (one of its kept ones)."""
    dest, key = backup_vault.path, backup_vault.data_key()
    if number in dict(generations(dest)):
        scratch = _scratch(dest, number)
        path = materialize(dest, key, number, scratch)
        return _OlderGeneration(dest, key, path, rebuilt=path == scratch)
    if generation_of(backup_vault.db_path, key) == number:
        return _OlderGeneration(dest, key, backup_vault.db_path)
    listed = ", ".join(str(n) for n, _p in generations(dest)) or "-"
    raise VaultError(
        translate(
            "backup", "the backup has no generation {number}; it keeps {listed} and the "
            "current one",
        ).format(number=number, listed=listed)
    )  # fmt: skip


def _scratch(dest: Path, number: int) -> Path:
    """Where a generation is rebuilt: beside the backup's database (a name the next
    backup removes, see backup_files.remove_new_db), else in the temporary folder when
    the backup cannot be written (its pages stay encrypted either way)."""
    name = f".{layout.database_name(dest)}{bf.NEW_SUFFIX}-gen-{number}"
    try:
        probe = dest / name
        probe.touch(mode=0o600)
        return probe
    except OSError:
        import tempfile

        return Path(tempfile.mkdtemp(prefix="gen-")) / name
