"""Schema 2: appeals kept as sent, and each case's appeal settings."""

from __future__ import annotations

from casebook.vault.db import Connection

SCHEMA = """
CREATE TABLE appeal_settings (
    case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    settings TEXT NOT NULL,
    updated TEXT NOT NULL
);

CREATE TABLE appeals (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    reference TEXT NOT NULL,
    lang TEXT NOT NULL,
    settings TEXT NOT NULL,
    document TEXT NOT NULL,
    text TEXT NOT NULL,
    created TEXT NOT NULL,
    regenerated_from TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appeals_case ON appeals(case_id, created);
CREATE INDEX appeals_reference ON appeals(reference);

CREATE TABLE appeal_files (
    appeal_id TEXT NOT NULL REFERENCES appeals(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    format TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    exported TEXT NOT NULL,
    PRIMARY KEY (appeal_id, seq)
) WITHOUT ROWID;
"""


def apply(conn: Connection) -> None:
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            conn.execute(statement)
