"""Schema 5 (names across scripts and word forms):

- a person's other names (aliases) and contact details, as JSON lists. Both are private:
  forbidden text in appeals for everyone whose consent is not "named". Old vaults get
  empty lists; the free-text `contact` column stays and is still read.
- the full-text index gets a `names` column beside title and body: every word as a name
  key and its stem (one spelling across Cyrillic and Latin) and the event types' labels
  in every language (see casebook.vault.cases.search_names). The index is rebuilt with
  the same rowids, so cases.fts_rowid stays valid.
"""

from __future__ import annotations

from casebook.vault.db import Connection

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def apply(conn: Connection) -> None:
    from casebook.vault.cases import search_names

    conn.execute("ALTER TABLE people ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]'")
    conn.execute("ALTER TABLE people ADD COLUMN contacts TEXT NOT NULL DEFAULT '[]'")
    conn.execute(
        "CREATE VIRTUAL TABLE case_fts_new USING fts5("
        f"case_id UNINDEXED, title, body, names, {_TOKENIZE})"
    )
    types: dict[str, list[str]] = {}
    for case_id, kind in conn.execute("SELECT case_id, type FROM events"):
        types.setdefault(case_id, []).append(kind)
    rows = conn.execute("SELECT rowid, case_id, title, body FROM case_fts")
    while batch := rows.fetchmany(2000):
        conn.executemany(
            "INSERT INTO case_fts_new (rowid, case_id, title, body, names) VALUES (?, ?, ?, ?, ?)",
            [(r, c, t, b, search_names(t, b, types.get(c, ()))) for r, c, t, b in batch],
        )
    conn.execute("DROP TABLE case_fts")
    conn.execute("ALTER TABLE case_fts_new RENAME TO case_fts")
