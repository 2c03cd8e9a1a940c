"""Partial exports to remove after a crash (issue 12; see casebook/vault/partials.py).

Where an export cannot be written to an unnamed file, the path of its hidden temporary
file is recorded here before the file is created, and forgotten once it is renamed into
place or removed; every opening of the vault removes what a kill left.
"""

from __future__ import annotations

from casebook.vault.db import Connection


def apply(conn: Connection) -> None:
    conn.execute("CREATE TABLE partial_files (path TEXT PRIMARY KEY, created TEXT NOT NULL)")
