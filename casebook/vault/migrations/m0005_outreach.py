"""Outreach of a case: what was done and sent, and what came back.

case_actions       complaints and requests already made about a case, with their outcome
event_detention    the facts of a detention event (place, legal basis, start, term in days)
person_un          a victim's two answers for a UN communication (NULL: not asked), and
                   the age and place of residence a UN submission asks for
addressees         the address book: who documents are sent to
outreach           each sending of a kept appeal, and the response to it
"""

from __future__ import annotations

from casebook.vault.db import Connection

SCHEMA = """
CREATE TABLE case_actions (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    events TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (case_id, position)
) WITHOUT ROWID;

CREATE TABLE event_detention (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    place TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    start TEXT NOT NULL DEFAULT '',
    term_days INTEGER NOT NULL DEFAULT 0,
    release TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX event_detention_case ON event_detention(case_id);
CREATE INDEX event_detention_release ON event_detention(release);

CREATE TABLE person_un (
    person_id TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    send_to_government INTEGER,
    public_report INTEGER,
    age TEXT NOT NULL DEFAULT '',
    residence TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX person_un_case ON person_un(case_id);

CREATE TABLE addressees (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    function TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    email TEXT NOT NULL DEFAULT '',
    post TEXT NOT NULL DEFAULT '',
    form_url TEXT NOT NULL DEFAULT '',
    salutation TEXT NOT NULL DEFAULT '',
    added TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE outreach (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    appeal_id TEXT NOT NULL,
    reference TEXT NOT NULL,
    addressee_id TEXT NOT NULL DEFAULT '',
    addressee TEXT NOT NULL,
    via TEXT NOT NULL,
    sent_on TEXT NOT NULL,
    sent_by TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT '',
    response_on TEXT NOT NULL DEFAULT '',
    response_summary TEXT NOT NULL DEFAULT '',
    response_evidence TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX outreach_case ON outreach(case_id, sent_on);
CREATE INDEX outreach_follow_up ON outreach(follow_up);
"""


def apply(conn: Connection) -> None:
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            conn.execute(statement)
