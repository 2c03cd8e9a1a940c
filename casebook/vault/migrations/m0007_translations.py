"""Translatable case texts: each case has an original language, and every translatable
field may have versions in other languages (casebook.domain.texts).

`case_texts` holds one row per field and language; `key` is a TextPath key
(``case/summary/``, ``event/description/<id>``). Evidence descriptions live outside the
case aggregate, so their versions are in `evidence_texts`, deleted with their item.
Existing cases get the language their title and summary are written in (guessed from
the share of Latin, Cyrillic and Kazakh letters).
"""

from __future__ import annotations

from casebook.domain.texts import guess_language
from casebook.vault.db import Connection


def apply(conn: Connection) -> None:
    conn.execute("ALTER TABLE cases ADD COLUMN language TEXT NOT NULL DEFAULT 'en'")
    conn.execute(
        "CREATE TABLE case_texts ("
        " case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " key TEXT NOT NULL,"
        " lang TEXT NOT NULL,"
        " text TEXT NOT NULL,"
        " original_hash TEXT NOT NULL,"
        " review INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (case_id, key, lang)"
        ") WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE evidence_texts ("
        " evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,"
        " lang TEXT NOT NULL,"
        " text TEXT NOT NULL,"
        " original_hash TEXT NOT NULL,"
        " review INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (evidence_id, lang)"
        ") WITHOUT ROWID"
    )
    rows = conn.execute("SELECT id, title, summary FROM cases").fetchall()
    updates = [(lang, r[0]) for r in rows if (lang := guess_language(r[1] + r[2])) != "en"]
    conn.executemany("UPDATE cases SET language = ? WHERE id = ?", updates)
