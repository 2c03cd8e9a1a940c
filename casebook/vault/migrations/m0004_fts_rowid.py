"""Schema 4: cases remember the rowid of their full-text index row.

Finding the index row by its UNINDEXED case_id column scanned the whole index on
every save and made a search filter read every matching row's text; by rowid both
are direct look-ups (measured in bench/bench_vault.py on 100,000 cases).
"""

from __future__ import annotations

from casebook.vault.db import Connection


def apply(conn: Connection) -> None:
    conn.execute("ALTER TABLE cases ADD COLUMN fts_rowid INTEGER")
    conn.execute("CREATE TEMP TABLE fts_map AS SELECT rowid AS r, case_id FROM case_fts")
    conn.execute("CREATE INDEX temp.fts_map_case ON fts_map(case_id)")
    conn.execute(
        "UPDATE cases SET fts_rowid = (SELECT r FROM temp.fts_map WHERE case_id = cases.id)"
    )
    conn.execute("DROP TABLE temp.fts_map")
    conn.execute("CREATE UNIQUE INDEX cases_fts_rowid ON cases(fts_rowid)")
