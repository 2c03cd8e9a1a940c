"""Earlier events of other cases that involve the same defenders or organisations,
which the user may add to the background of an appeal."""

from __future__ import annotations

import json
from dataclasses import dataclass

from casebook.domain import vocab
from casebook.domain.model import Case, Event
from casebook.services.cases import get_case
from casebook.vault.errors import NotFound
from casebook.vault.vault import Vault


@dataclass(frozen=True)
class EarlierEvent:
    key: str  # "case_id/event_id", as kept in AppealSettings.earlier
    date: str
    kind: str  # event type label in English (the UI labels it in its own language)
    case_title: str


def _names(case: Case) -> set[str]:
    names = {p.name.strip().casefold() for p in case.people if p.name.strip()}
    names |= {o.name.strip().casefold() for o in case.organisations if o.kind == "defenders_group"}
    names |= {p.organisation.strip().casefold() for p in case.people if p.organisation.strip()}
    return names


def _fold(text: str | None) -> str:
    return (text or "").strip().casefold()


def earlier_candidates(vault: Vault, case: Case, limit: int = 200) -> list[EarlierEvent]:
    """Events of other cases, not after this case's last event, in which a person with the
    same name as someone in this case, or an organisation of this case's defenders, took
    part. Matching is by name (people have no identity across cases).

    The people and organisations of that name are found first (one pass over their
    names, folded in Python as SQLite cannot fold Unicode case), then only the events of
    their cases are read: a vault of 100,000 cases answers in a fraction of a second."""
    names = sorted(_names(case))
    if not names:
        return []
    conn = vault.conn
    conn.create_function("casebook_fold", 1, _fold, deterministic=True)
    folded = "casebook_fold(name) IN (SELECT value FROM json_each(?))"
    parties = conn.execute(
        f"SELECT id, case_id FROM people WHERE case_id != ? AND {folded}"
        f" UNION ALL SELECT id, case_id FROM organisations WHERE case_id != ? AND {folded}",
        (case.id, json.dumps(names), case.id, json.dumps(names)),
    ).fetchall()
    if not parties:
        return []
    party_ids = {party for party, _case in parties}
    case_ids = sorted({case_id for _party, case_id in parties})
    last = max((e.date.last_day().isoformat() for e in case.events), default="9999")
    rows = conn.execute(
        "SELECT e.case_id, e.id, e.date_text, e.type, c.title, i.party_id"
        " FROM events e JOIN involvements i ON i.event_id = e.id"
        " JOIN cases c ON c.id = e.case_id"
        " WHERE e.case_id IN (SELECT value FROM json_each(?)) AND e.date_start <= ?"
        " ORDER BY e.date_start DESC",
        (json.dumps(case_ids), last),
    ).fetchall()
    out: dict[str, EarlierEvent] = {}
    for case_id, event_id, date_text, kind, title, party in rows:
        if party not in party_ids:
            continue
        key = f"{case_id}/{event_id}"
        out.setdefault(
            key, EarlierEvent(key, date_text, vocab.label(vocab.EVENT_TYPE, kind), title)
        )
        if len(out) >= limit:
            break
    return list(out.values())


def resolve_earlier(vault: Vault, keys: tuple[str, ...]) -> list[tuple[Case, Event]]:
    """(case, event) for each key; events deleted since are left out."""
    cases: dict[str, Case] = {}
    out: list[tuple[Case, Event]] = []
    for key in keys:
        case_id, _, event_id = key.partition("/")
        try:
            case = cases.get(case_id) or get_case(vault, case_id)
        except NotFound:
            continue
        cases[case_id] = case
        event = next((e for e in case.events if e.id == event_id), None)
        if event is not None:
            out.append((case, event))
    return out
