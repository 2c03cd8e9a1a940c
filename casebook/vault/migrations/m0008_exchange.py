"""Partner exchange that asks before it changes anything (bundle format 2).

bundles_received  every bundle imported: the signer's key, the bundle id, its per-sender
                  sequence number (NULL for format 1) and when; older or repeated bundles
                  from the same sender are refused with it.
bundles_sent      every bundle written: its id, sequence number and recipients. Custody
                  entries name only the bundle id ("sent to the recipient of this bundle"),
                  so who got it is kept here, never in the custody log that travels.
case_versions     the history of each case: version (SHA-256 of its canonical JSON), the
                  version it was based on, how it came (own, bundle, proposal, update), who
                  (a partner's name), from which bundle, when, and the version's JSON (so
                  a proposal shows only what the partner changed since the common base).
case_proposals    a received version that a person has to review: it touches the protected
                  list, was changed on both sides, or is of a case deleted here. `fields`
                  is the JSON list of fields already decided as "keep ours". No foreign key:
                  the case may be deleted here.
case_tombstones   a case deleted here: when, its last version and the partners it had been
                  exchanged with (signing keys), to whom the deletion travels as a tombstone.
case_origin       where a case came from when it was first received (partner, bundle, time)
                  and whether the signer was an unverified source.
Pending rows of case_conflicts (schema 3) become proposals.
"""

from __future__ import annotations

import secrets

from casebook.vault.db import Connection

SCHEMA = """
CREATE TABLE bundles_received (
    signer TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    sequence INTEGER,
    digest TEXT NOT NULL,
    time TEXT NOT NULL,
    PRIMARY KEY (signer, bundle_id)
) WITHOUT ROWID;

CREATE TABLE bundles_sent (
    bundle_id TEXT NOT NULL PRIMARY KEY,
    sequence INTEGER NOT NULL,
    recipients TEXT NOT NULL,
    time TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE case_versions (
    seq INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL,
    version TEXT NOT NULL,
    base TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    bundle_id TEXT NOT NULL DEFAULT '',
    time TEXT NOT NULL,
    document TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, version, origin, time)
);

CREATE INDEX case_versions_case ON case_versions(case_id, seq);

CREATE TABLE case_proposals (
    id TEXT NOT NULL PRIMARY KEY,
    case_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    peer_key TEXT NOT NULL,
    peer_name TEXT NOT NULL,
    bundle_id TEXT NOT NULL DEFAULT '',
    received TEXT NOT NULL,
    case_json TEXT NOT NULL,
    history TEXT NOT NULL DEFAULT '[]',
    fields TEXT NOT NULL DEFAULT '[]',
    UNIQUE (case_id, hash)
);

CREATE TABLE case_tombstones (
    case_id TEXT NOT NULL PRIMARY KEY,
    deleted TEXT NOT NULL,
    version TEXT NOT NULL,
    peers TEXT NOT NULL DEFAULT '[]'
) WITHOUT ROWID;

CREATE TABLE case_origin (
    case_id TEXT NOT NULL PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    peer_name TEXT NOT NULL,
    peer_key TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    received TEXT NOT NULL,
    unverified INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
"""


def apply(conn: Connection) -> None:
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    rows = conn.execute(
        "SELECT case_id, hash, peer_key, peer_name, received, case_json, history"
        " FROM case_conflicts"
    ).fetchall()
    for row in rows:
        conn.execute(
            "INSERT INTO case_proposals(id, case_id, hash, kind, peer_key, peer_name, received,"
            " case_json, history, fields) VALUES (?, ?, ?, 'conflict', ?, ?, ?, ?, ?, '[]')",
            (secrets.token_hex(4), *row),
        )
    conn.execute("DELETE FROM case_conflicts")
