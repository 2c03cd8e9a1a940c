"""Evidence files without a database row, kept in quarantine/ instead of being deleted.

A file lands there when the vault opens and finds it in evidence/ with no row: an
import killed between the rename and the commit, or (worse) evidence written by a newer
database than the one now in place. The files stay age-encrypted; `verify` lists them,
and the user restores (once a row refers to the file again, say after restoring the
newest database from a backup) or purges them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from casebook.i18n import translate
from casebook.services.changes import Changes
from casebook.vault import evidence_files
from casebook.vault.errors import NotFound, VaultError
from casebook.vault.fsutil import fsync_dir
from casebook.vault.vault import Vault


@dataclass(frozen=True)
class QuarantinedFile:
    name: str
    size: int
    modified: float  # seconds since the epoch
    restorable: bool  # a row of the database refers to it


def list_quarantine(vault: Vault) -> list[QuarantinedFile]:
    found = []
    for path in evidence_files.quarantined(vault):
        st = path.stat()
        found.append(QuarantinedFile(path.name, st.st_size, st.st_mtime, _row_for(vault, path)))
    return found


def restore_quarantined(vault: Vault, name: str) -> Changes:
    """Put a quarantined file back into evidence/; only when a row refers to it."""
    _writable(vault)
    path = _find(vault, name)
    file_id = evidence_files.file_id_of(path.name)
    if not _row_for(vault, path):
        raise VaultError(
            translate(
                "quarantine", "no evidence item of this vault refers to {name}; restore the "
                "database it belongs to first (from the newest backup), or purge it",
            ).format(name=path.name)
        )  # fmt: skip
    target = evidence_files.final_path(vault, file_id)
    if target.exists():
        raise VaultError(
            translate(
                "quarantine", "evidence/{name} already exists; the quarantined copy was left "
                "where it is",
            ).format(name=target.name)
        )  # fmt: skip
    os.replace(path, target)
    fsync_dir(target.parent)
    fsync_dir(path.parent)
    return Changes(evidence=True)


def purge_quarantined(vault: Vault, names: list[str] | None = None) -> list[str]:
    """Delete the named quarantined files (all of them when `names` is None)."""
    _writable(vault)
    paths = evidence_files.quarantined(vault) if names is None else [_find(vault, n) for n in names]
    for path in paths:
        path.unlink(missing_ok=True)
    if paths:
        fsync_dir(evidence_files.quarantine_dir(vault))
    return [p.name for p in paths]


def _find(vault: Vault, name: str) -> Path:
    name = name.strip()
    for path in evidence_files.quarantined(vault):
        if path.name == name or (len(name) >= 4 and path.name.startswith(name)):
            return path
    raise NotFound(
        translate("quarantine", "no file {name} in quarantine").format(name=name or "''")
    )


def _row_for(vault: Vault, path: Path) -> bool:
    file_id = evidence_files.file_id_of(path.name)
    row = vault.conn.execute("SELECT 1 FROM evidence WHERE file_id = ?", (file_id,)).fetchone()
    return row is not None


def _writable(vault: Vault) -> None:
    if vault.read_only:
        raise VaultError(translate("vault", "the vault is open read-only; nothing can be changed"))


def quarantine_notes(vault: Vault) -> list[str]:
    """One line per quarantined file, for `casebook verify`. They are notes, not problems:
    the vault is whole, and the file waits for the user to restore or purge it."""
    line = translate(
        "quarantine", "quarantine/{name}: an evidence file without a database row, kept "
        "encrypted; restore or purge it with 'casebook evidence quarantine'",
    )  # fmt: skip
    return [line.format(name=f.name) for f in list_quarantine(vault)]
