"""Schema 1: cases with their people, organisations, events; evidence; custody; search."""

from __future__ import annotations

from casebook.vault.db import Connection

SCHEMA = """
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL);

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    background TEXT NOT NULL DEFAULT '',
    sensitivity TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',
    demands TEXT NOT NULL DEFAULT '[]',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    event_count INTEGER NOT NULL DEFAULT 0,
    last_event TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cases_updated ON cases(updated);
CREATE INDEX cases_title ON cases(title COLLATE NOCASE);
CREATE INDEX cases_status ON cases(status, updated);
CREATE INDEX cases_last_event ON cases(last_event);

CREATE TABLE case_tags (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (case_id, tag)
) WITHOUT ROWID;
CREATE INDEX case_tags_tag ON case_tags(tag);

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    pseudonym TEXT NOT NULL DEFAULT '',
    consent TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    profile TEXT NOT NULL DEFAULT '',
    private_notes TEXT NOT NULL DEFAULT '',
    risk TEXT NOT NULL,
    gender TEXT NOT NULL DEFAULT '',
    anonymous_description TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT ''
);
CREATE INDEX people_case ON people(case_id);

CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organisations_case ON organisations(case_id);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date_text TEXT NOT NULL,
    date_start TEXT NOT NULL,
    time TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_case ON events(case_id);
CREATE INDEX events_type ON events(type, case_id);
CREATE INDEX events_date ON events(date_start, case_id);

CREATE TABLE involvements (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    party_id TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    file_id TEXT NOT NULL UNIQUE,
    identity TEXT NOT NULL,
    original_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    metadata TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX evidence_case ON evidence(case_id);
CREATE INDEX evidence_sha ON evidence(case_id, sha256);

CREATE TABLE evidence_events (
    evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (evidence_id, event_id)
) WITHOUT ROWID;

-- Append-only; kept after the evidence row is deleted (no foreign key on purpose).
CREATE TABLE custody (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    evidence_id TEXT NOT NULL,
    case_id TEXT NOT NULL,
    time TEXT NOT NULL,
    action TEXT NOT NULL,
    actor TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    signature TEXT NOT NULL
);
CREATE INDEX custody_evidence ON custody(evidence_id, seq);
CREATE INDEX custody_case ON custody(case_id, seq);

CREATE VIRTUAL TABLE case_fts USING fts5(
    case_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
);
"""


def apply(conn: Connection) -> None:
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            conn.execute(statement)
