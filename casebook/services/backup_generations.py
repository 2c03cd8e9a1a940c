"""Generations in backups: a backup never goes back in time, and carries its own.

`backup` refuses to overwrite a backup whose database is newer than the vault's (the
vault may itself be an old copy put back), and gives the backup a header whose sealed
generation is the one of its snapshot, not the one of the live header (which may have
moved on while the snapshot was taken), so the backup opens without being taken for a
rollback.
"""

from __future__ import annotations

from pathlib import Path

from casebook.i18n import translate
from casebook.services import backup_files as bf
from casebook.vault import db, generation, keys
from casebook.vault.errors import VaultError
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


def header_for(vault: Vault, snapshot: Path, key: bytes) -> bytes:
    """The vault's header with the generation of `snapshot` sealed in it."""
    header = keys.read_header(vault.header_path)
    number = generation_of(snapshot, key)
    if number:
        generation.stamp(header, key, number)
    else:
        header.extras.pop(generation.FIELD, None)
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
