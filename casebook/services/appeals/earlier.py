"""Earlier events of other cases that involve the same defenders or organisations,
which the user may add to the background of an appeal."""

from __future__ import annotations

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


def earlier_candidates(vault: Vault, case: Case, limit: int = 200) -> list[EarlierEvent]:
    """Events of other cases, not after this case's last event, in which a person with the
    same name as someone in this case, or an organisation of this case's defenders, took
    part. Matching is by name (people have no identity across cases)."""
    names = _names(case)
    if not names:
        return []
    last = max((e.date.last_day().isoformat() for e in case.events), default="9999")
    rows = vault.conn.execute(
        "SELECT e.case_id, e.id, e.date_text, e.type, c.title, p.name, o.name"
        " FROM involvements i JOIN events e ON e.id = i.event_id"
        " JOIN cases c ON c.id = e.case_id"
        " LEFT JOIN people p ON p.id = i.party_id"
        " LEFT JOIN organisations o ON o.id = i.party_id"
        " WHERE e.case_id != ? AND e.date_start <= ? ORDER BY e.date_start DESC",
        (case.id, last),
    ).fetchall()
    out: dict[str, EarlierEvent] = {}
    for case_id, event_id, date_text, kind, title, person, org in rows:
        if (person or org or "").strip().casefold() not in names:
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
