"""Outreach repository: a case's actions taken, detentions and UN consent answers (saved
and loaded with the case aggregate), the address book and the outreach log."""

from __future__ import annotations

import json
from collections.abc import Iterable

from casebook.domain.model import Case
from casebook.domain.outreach import (
    ADDRESSEE_FIELDS,
    ActionTaken,
    Addressee,
    Detention,
    OutreachEntry,
    UnConsent,
)
from casebook.i18n import QT_TRANSLATE_NOOP, translate
from casebook.vault.db import Connection, resolve_prefix
from casebook.vault.errors import NotFound

_NO_ENTRY = QT_TRANSLATE_NOOP("vault", "no outreach entry with id {id!r}")
_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "vault", "outreach entry id prefix {prefix!r} is ambiguous; give more characters"
)
_ENTRY_COLS = (
    "id", "case_id", "appeal_id", "reference", "addressee", "via", "sent_on", "sent_by",
    "follow_up", "response_on", "response_summary", "response_evidence", "addressee_id",
)  # fmt: skip


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _unflag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def save_case_outreach(conn: Connection, case: Case) -> None:
    """Store the outreach facts of `case` after its people and events (inside the same
    transaction as the rest of the aggregate)."""
    conn.execute("DELETE FROM case_actions WHERE case_id = ?", (case.id,))
    conn.executemany(
        "INSERT INTO case_actions (case_id, position, date, body, action, reference, outcome,"
        " events) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (case.id, i, a.date, a.body, a.action, a.reference, a.outcome, json.dumps(a.events))
            for i, a in enumerate(case.actions_taken)
        ],
    )
    conn.execute("DELETE FROM event_detention WHERE case_id = ?", (case.id,))
    conn.executemany(
        "INSERT INTO event_detention (event_id, case_id, place, legal_basis, start, term_days,"
        " release) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (e.id, case.id, d.place, d.legal_basis, d.start, d.term_days, _release(d))
            for e in case.events
            if (d := e.detention) is not None and not d.is_empty()
        ],
    )
    conn.execute("DELETE FROM person_un WHERE case_id = ?", (case.id,))
    conn.executemany(
        "INSERT INTO person_un (person_id, case_id, send_to_government, public_report, age,"
        " residence) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (p.id, case.id, _flag(c.send_to_government), _flag(c.public_report), p.age,
             p.residence)
            for p in case.people
            if not (c := p.un_consent).is_empty() or p.age or p.residence
        ],
    )  # fmt: skip
    _merge_log(conn, case)


def _merge_log(conn: Connection, case: Case) -> None:
    """Entries of `case.outreach` not stored yet are added; a stored entry without an
    answer takes the answer carried by the case. Nothing is ever removed this way."""
    now = None
    for entry in case.outreach:
        entry.case_id = case.id
        row = conn.execute(
            "SELECT case_id, response_on FROM outreach WHERE id = ?", (entry.id,)
        ).fetchone()
        if row is None:
            insert_entry(conn, entry, now or (now := _now()))
        elif row[0] == case.id and not row[1] and entry.response_on:
            conn.execute(
                "UPDATE outreach SET response_on = ?, response_summary = ? WHERE id = ?",
                (entry.response_on, entry.response_summary, entry.id),
            )


def _now() -> str:
    from casebook.domain.model import utc_now

    return utc_now()


def _release(d: Detention) -> str:
    day = d.release_date()
    return day.isoformat() if day else ""


def load_case_outreach(conn: Connection, case: Case) -> None:
    case.actions_taken = [
        ActionTaken(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]))
        for r in conn.execute(
            "SELECT date, body, action, reference, outcome, events FROM case_actions"
            " WHERE case_id = ? ORDER BY position",
            (case.id,),
        )
    ]
    detentions = {
        r[0]: Detention(r[1], r[2], r[3], int(r[4]))
        for r in conn.execute(
            "SELECT event_id, place, legal_basis, start, term_days FROM event_detention"
            " WHERE case_id = ?",
            (case.id,),
        )
    }
    for event in case.events:
        event.detention = detentions.get(event.id)
    facts = {
        r[0]: (UnConsent(_unflag(r[1]), _unflag(r[2])), str(r[3]), str(r[4]))
        for r in conn.execute(
            "SELECT person_id, send_to_government, public_report, age, residence FROM person_un"
            " WHERE case_id = ?",
            (case.id,),
        )
    }
    for person in case.people:
        person.un_consent, person.age, person.residence = facts.get(
            person.id, (UnConsent(), "", "")
        )
    case.outreach = list_entries(conn, case.id)


def detentions_releasing(conn: Connection, first: str, last: str) -> list[tuple[str, str, str]]:
    """(case id, case title, event id) of detentions whose release day is in [first, last]."""
    return [
        (r[0], r[1], r[2])
        for r in conn.execute(
            "SELECT c.id, c.title, d.event_id FROM event_detention d JOIN cases c"
            " ON c.id = d.case_id WHERE d.release BETWEEN ? AND ? ORDER BY d.release",
            (first, last),
        )
    ]


# --- the address book ---------------------------------------------------------------


def upsert_addressee(conn: Connection, a: Addressee, now: str) -> bool:
    """Insert `a`, or update the addressee of the same name; True when it was new."""
    row = conn.execute("SELECT id FROM addressees WHERE name = ?", (a.name,)).fetchone()
    values = [getattr(a, f) for f in ADDRESSEE_FIELDS]
    if row:
        a.id = str(row[0])
        sets = ", ".join(f"{f} = ?" for f in ADDRESSEE_FIELDS)
        conn.execute(f"UPDATE addressees SET {sets} WHERE id = ?", (*values, a.id))
        return False
    conn.execute(
        f"INSERT INTO addressees (id, {', '.join(ADDRESSEE_FIELDS)}, added)"
        f" VALUES (?, {', '.join('?' * len(ADDRESSEE_FIELDS))}, ?)",
        (a.id, *values, now),
    )
    return True


def delete_addressee(conn: Connection, addressee_id: str) -> bool:
    """Forget an addressee; sendings to them keep the name they were sent under."""
    return conn.execute("DELETE FROM addressees WHERE id = ?", (addressee_id,)).rowcount > 0


def list_addressees(conn: Connection) -> list[Addressee]:
    return [
        Addressee(id=r[0], **dict(zip(ADDRESSEE_FIELDS, r[1:], strict=True)))
        for r in conn.execute(
            f"SELECT id, {', '.join(ADDRESSEE_FIELDS)} FROM addressees ORDER BY name COLLATE NOCASE"
        )
    ]


def find_addressee(conn: Connection, name: str) -> Addressee | None:
    row = conn.execute(
        f"SELECT id, {', '.join(ADDRESSEE_FIELDS)} FROM addressees WHERE name = ?", (name,)
    ).fetchone()
    if row is None:
        return None
    return Addressee(id=row[0], **dict(zip(ADDRESSEE_FIELDS, row[1:], strict=True)))


# --- the outreach log -------------------------------------------------------------------


def insert_entry(conn: Connection, entry: OutreachEntry, now: str) -> None:
    conn.execute(
        f"INSERT INTO outreach ({', '.join(_ENTRY_COLS)}, created)"
        f" VALUES ({', '.join('?' * len(_ENTRY_COLS))}, ?)",
        (*(getattr(entry, c) for c in _ENTRY_COLS), now),
    )


def update_response(conn: Connection, entry: OutreachEntry) -> None:
    conn.execute(
        "UPDATE outreach SET response_on = ?, response_summary = ?, response_evidence = ?,"
        " follow_up = ? WHERE id = ?",
        (
            entry.response_on,
            entry.response_summary,
            entry.response_evidence,
            entry.follow_up,
            entry.id,
        ),
    )


def _entries(rows: Iterable[tuple[str, ...]]) -> list[OutreachEntry]:
    return [OutreachEntry(**dict(zip(_ENTRY_COLS, r, strict=True))) for r in rows]


def list_entries(conn: Connection, case_id: str | None = None) -> list[OutreachEntry]:
    sql = f"SELECT {', '.join(_ENTRY_COLS)} FROM outreach"
    if case_id is None:
        return _entries(conn.execute(sql + " ORDER BY sent_on, created"))
    return _entries(conn.execute(sql + " WHERE case_id = ? ORDER BY sent_on, created", (case_id,)))


def entries_to_follow_up(conn: Connection, today: str) -> list[OutreachEntry]:
    return _entries(
        conn.execute(
            f"SELECT {', '.join(_ENTRY_COLS)} FROM outreach WHERE follow_up != ''"
            " AND follow_up <= ? AND response_on = '' ORDER BY follow_up",
            (today,),
        )
    )


def get_entry(conn: Connection, prefix: str) -> OutreachEntry:
    entry_id = resolve_prefix(conn, "outreach", prefix, missing=_NO_ENTRY, ambiguous=_AMBIGUOUS)
    rows = conn.execute(
        f"SELECT {', '.join(_ENTRY_COLS)} FROM outreach WHERE id = ?", (entry_id,)
    ).fetchall()
    if not rows:
        raise NotFound(translate("vault", _NO_ENTRY).format(id=prefix))
    return _entries(rows)[0]
