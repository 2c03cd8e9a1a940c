"""Evidence files on disk: names, and removal of files that have no database row."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebook.vault.vault import Vault


def remove_orphans(vault: Vault) -> list[str]:
    """Delete evidence files (and temporary files) without a row; returns their names.

    The write order is: temporary file, fsync, rename, then the row. A crash between
    the rename and the commit leaves a file without a row, which goes here.
    """
    directory = vault.evidence_dir
    if not directory.is_dir():
        return []
    known = {r[0] for r in vault.conn.execute("SELECT file_id FROM evidence")}
    removed = []
    for entry in directory.iterdir():
        name = entry.name
        if entry.is_file() and (name.startswith(".") or name.removesuffix(".age") not in known):
            entry.unlink(missing_ok=True)
            removed.append(name)
    return removed
