"""Generations in backups: a backup never goes back in time, and carries its own.

`backup` refuses to overwrite a backup whose database is newer than the vault's (the
vault may itself be an old copy put back), and gives the backup a header whose sealed
generation is the one of its snapshot, not the one of the live header (which may have
moved on while the snapshot was taken), so the backup opens without being taken for a
rollback.

A backup also keeps the databases of its last K generations (default 3) beside the
current one, as ``DB.gen-NNNNNNNNNNNN`` (DB: the name of the backup's database, see
vault/layout.py), with the evidence files they refer to, so one bad backup (of a vault
that was itself damaged or rolled back) cannot destroy the good ones; `restore
--generation N` makes a working vault from one of them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from casebook.i18n import translate
from casebook.services import backup_files as bf
from casebook.vault import db, evidence_files, generation, keys, layout, newest
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
    """The kept older databases of a backup, newest first."""
    found = []
    prefix = evidence_files.generation_prefix(dest)
    for path in dest.glob(prefix + "*"):
        suffix = path.name[len(prefix) :]
        if suffix.isdigit():
            found.append((int(suffix), path))
    return sorted(found, reverse=True)


def keep_previous(dest: Path, key: bytes, new: Path, keep: int = KEEP) -> list[str]:
    """Before the snapshot `new` replaces the database of `dest`: keep the current one as a
    generation (unless it is the same generation), remove all but the newest keep-1,
    and return the evidence file names the kept ones refer to (they must stay)."""
    prefix = evidence_files.generation_prefix(dest)
    for leftover in dest.glob(prefix + "*.part"):  # a copy a kill cut short
        leftover.unlink(missing_ok=True)
    current = layout.database_path(dest)
    number = generation_of(current, key) if current.is_file() else None
    if number and number != generation_of(new, key):
        target = dest / f"{prefix}{number:012d}"
        if not target.exists():
            # A copy, not a hard link: the incremental backup brings its own link to the
            # previous database (backup_pages.base_db) up to date in place.
            part = target.with_name(target.name + ".part")
            shutil.copyfile(current, part)  # in the kernel (sendfile) on Linux
            with open(part, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(part, target)
    kept = [(n, p) for n, p in generations(dest) if _readable(p, key)]
    for _number, path in kept[max(keep - 1, 0) :]:
        path.unlink(missing_ok=True)
    fsync_dir(dest)
    names: list[str] = []
    for _number, path in kept[: max(keep - 1, 0)]:
        try:
            names += bf.referenced_files(path, key)
        except (db.DatabaseError, VaultError):
            continue  # under keys replaced since: its files are not kept for it
    return names


def _readable(path: Path, key: bytes) -> bool:
    """Whether a kept generation opens with `key`; one from before the keys were replaced
    is removed (it would keep the old keys useful)."""
    if generation_of(path, key) is not None:
        return True
    path.unlink(missing_ok=True)
    return False


class _OlderGeneration(Vault):
    """A backup opened on one of its kept generations (read-only), for `restore`."""

    def __init__(self, path: Path, dek: bytes, db_file: Path) -> None:
        self._db_file = db_file
        super().__init__(path, dek, _worker=True, read_only=True)

    @property
    def db_path(self) -> Path:
        return self._db_file


def open_generation(backup_vault: Vault, number: int) -> Vault:
    """The backup as it was at generation `number` (one of its kept ones)."""
    for found, path in generations(backup_vault.path):
        if found == number:
            return _OlderGeneration(backup_vault.path, backup_vault.data_key(), path)
    if generation_of(backup_vault.db_path, backup_vault.data_key()) == number:
        return _OlderGeneration(backup_vault.path, backup_vault.data_key(), backup_vault.db_path)
    listed = ", ".join(str(n) for n, _p in generations(backup_vault.path)) or "-"
    raise VaultError(
        translate(
            "backup", "the backup has no generation {number}; it keeps {listed} and the "
            "current one",
        ).format(number=number, listed=listed)
    )  # fmt: skip
