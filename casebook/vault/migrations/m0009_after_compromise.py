"""A generation counter against rollback, and a search index that forgets what is deleted.

`meta.generation` counts write transactions (see casebook/vault/generation.py). The
full-text index is switched to FTS5 `secure-delete`, so a deleted case leaves no
tokens of its names in the index's freed pages.
"""

from __future__ import annotations

from casebook.vault.db import Connection


def apply(conn: Connection) -> None:
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('generation', '0')")
    conn.execute("INSERT INTO case_fts(case_fts, rank) VALUES ('secure-delete', 1)")
