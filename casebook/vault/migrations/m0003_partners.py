"""Schema 3: partner organisations, and what was last exchanged with them per case.

partners        a partner's contact card (age recipient, Ed25519 signing key), the time
                it was added and the time its fingerprint was confirmed ('' if not yet).
case_sync       the versions of a case exchanged with partners: SHA-256 of the case's
                canonical casebook-case/1 JSON, with whom (the peer's signing key in
                hex, '' when not known), how (sent, received, ancestor, resolved) and
                when. Bundles are merged against it (services/bundle/merge.py).
case_conflicts  a version of a case received while the local one had changed too:
                kept beside the local case, with the sender's history of it, until a
                person resolves it.
"""

from __future__ import annotations

from casebook.vault.db import Connection

SCHEMA = """
CREATE TABLE partners (
    name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    organisation TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL UNIQUE,
    signing_key TEXT NOT NULL UNIQUE,
    added TEXT NOT NULL,
    confirmed TEXT NOT NULL DEFAULT ''
);

CREATE TABLE case_sync (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    hash TEXT NOT NULL,
    peer_key TEXT NOT NULL,
    direction TEXT NOT NULL,
    time TEXT NOT NULL,
    PRIMARY KEY (case_id, hash, peer_key, direction)
) WITHOUT ROWID;

CREATE TABLE case_conflicts (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    hash TEXT NOT NULL,
    peer_key TEXT NOT NULL,
    peer_name TEXT NOT NULL,
    received TEXT NOT NULL,
    case_json TEXT NOT NULL,
    history TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (case_id, hash)
) WITHOUT ROWID;
"""


def apply(conn: Connection) -> None:
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            conn.execute(statement)
