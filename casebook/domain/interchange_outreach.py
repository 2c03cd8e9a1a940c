"""The outreach facts in the interchange format: a case's ``"actions_taken"``, an event's
``"detention"`` and a person's ``"un_consent"``. Written only when they hold something, so
documents of cases without them stay as they were; read with JSON paths in every error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from casebook.domain.outreach import (
    CHANNELS,
    MAX_TERM_DAYS,
    ActionTaken,
    Detention,
    OutreachEntry,
    UnConsent,
    parse_day,
)
from casebook.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from casebook.domain.interchange import _Reader
    from casebook.domain.model import Case, Event, Person

ACTION_KEYS = ("date", "body", "action", "reference", "outcome", "events")
DETENTION_KEYS = ("place", "legal_basis", "start", "term_days")
UN_CONSENT_KEYS = ("send_to_government", "public_report")
# The appeal's own id stays in the vault that produced it; its printed reference travels.
OUTREACH_KEYS = (
    "id", "reference", "addressee", "via", "sent_on", "sent_by", "follow_up", "response_on",
    "response_summary",
)  # fmt: skip

_UNKNOWN = QT_TRANSLATE_NOOP("interchange", "is not a field of casebook-case/1")
_BOOL_OR_NULL = QT_TRANSLATE_NOOP("interchange", "must be true, false or null")
_DAYS = QT_TRANSLATE_NOOP("interchange", "must be a whole number of days from 0 to {max}")
_NO_EVENT = QT_TRANSLATE_NOOP("interchange", "{id!r} names no event of this case")


def case_extras(case: Case) -> dict[str, Any]:
    extras: dict[str, Any] = {}
    if case.actions_taken:
        extras["actions_taken"] = [
            {
                "date": a.date,
                "body": a.body,
                "action": a.action,
                "reference": a.reference,
                "outcome": a.outcome,
                "events": list(a.events),
            }  # fmt: skip
            for a in case.actions_taken
        ]
    if case.outreach:
        extras["outreach"] = [{k: getattr(o, k) for k in OUTREACH_KEYS} for o in case.outreach]
    return extras


def event_extras(event: Event) -> dict[str, Any]:
    d = event.detention
    if d is None or d.is_empty():
        return {}
    return {
        "detention": {
            "place": d.place,
            "legal_basis": d.legal_basis,
            "start": d.start,
            "term_days": d.term_days,
        }  # fmt: skip
    }


def person_extras(person: Person) -> dict[str, Any]:
    c = person.un_consent
    extras: dict[str, Any] = {}
    if not c.is_empty():
        extras["un_consent"] = {
            "send_to_government": c.send_to_government,
            "public_report": c.public_report,
        }
    extras |= {k: getattr(person, k) for k in ("age", "residence") if getattr(person, k)}
    return extras


def _unknown(r: _Reader, d: dict[str, Any], allowed: tuple[str, ...], path: str) -> None:
    for key in d:
        if key not in allowed:
            r.fail(f"{path}.{key}", translate("interchange", _UNKNOWN))


def _day(r: _Reader, d: dict[str, Any], key: str, path: str) -> str:
    text = r.string(d, key, path)
    if text:
        try:
            parse_day(text)
        except ValueError as exc:
            r.fail(f"{path}.{key}", str(exc))
    return text


def read_actions(r: _Reader, d: dict[str, Any], event_ids: set[str]) -> list[ActionTaken]:
    actions = []
    for path, a in r.items(d, "actions_taken", "$"):
        _unknown(r, a, ACTION_KEYS, path)
        action = ActionTaken(
            date=_day(r, a, "date", path),
            body=r.string(a, "body", path),
            action=r.string(a, "action", path),
            reference=r.string(a, "reference", path),
            outcome=r.string(a, "outcome", path),
            events=r.strings(a, "events", path),
        )
        for i, event_id in enumerate(action.events):
            if event_id not in event_ids:
                message = translate("interchange", _NO_EVENT).format(id=event_id)
                r.fail(f"{path}.events[{i}]", message)
        actions.append(action)
    return actions


def read_detention(r: _Reader, d: dict[str, Any], path: str) -> Detention | None:
    if d.get("detention") is None:
        return None
    path = f"{path}.detention"
    obj = r.obj(d["detention"], path)
    _unknown(r, obj, DETENTION_KEYS, path)
    term = obj.get("term_days", 0)
    if term is None:
        term = 0
    if isinstance(term, bool) or not isinstance(term, int) or not 0 <= term <= MAX_TERM_DAYS:
        r.fail(f"{path}.term_days", translate("interchange", _DAYS).format(max=MAX_TERM_DAYS))
        term = 0
    return Detention(
        place=r.string(obj, "place", path),
        legal_basis=r.string(obj, "legal_basis", path),
        start=_day(r, obj, "start", path),
        term_days=term,
    )


def read_un_consent(r: _Reader, d: dict[str, Any], path: str) -> UnConsent:
    if d.get("un_consent") is None:
        return UnConsent()
    path = f"{path}.un_consent"
    obj = r.obj(d["un_consent"], path)
    _unknown(r, obj, UN_CONSENT_KEYS, path)
    answers: list[bool | None] = []
    for key in UN_CONSENT_KEYS:
        value = obj.get(key)
        if value is not None and not isinstance(value, bool):
            r.fail(f"{path}.{key}", translate("interchange", _BOOL_OR_NULL))
            value = None
        answers.append(value)
    return UnConsent(answers[0], answers[1])


_CHANNEL = QT_TRANSLATE_NOOP("interchange", "must be one of {choices}")


def read_outreach(r: _Reader, d: dict[str, Any], case_id: str) -> list[OutreachEntry]:
    import uuid

    entries = []
    for path, o in r.items(d, "outreach", "$"):
        _unknown(r, o, OUTREACH_KEYS, path)
        entry_id = r.string(o, "id", path)
        try:
            entry_id = str(uuid.UUID(entry_id))
        except ValueError:
            r.fail(f"{path}.id", translate("interchange", "must be a UUID"))
        via = r.string(o, "via", path)
        if via not in CHANNELS:
            choices = ", ".join(CHANNELS)
            r.fail(f"{path}.via", translate("interchange", _CHANNEL).format(choices=choices))
        entry = OutreachEntry(
            id=entry_id, case_id=case_id, appeal_id="",
            reference=r.string(o, "reference", path), addressee=r.string(o, "addressee", path),
            via=via, sent_on=_day(r, o, "sent_on", path), sent_by=r.string(o, "sent_by", path),
            follow_up=_day(r, o, "follow_up", path), response_on=_day(r, o, "response_on", path),
            response_summary=r.string(o, "response_summary", path),
        )  # fmt: skip
        for key in ("reference", "addressee", "sent_on"):
            if not getattr(entry, key):
                r.fail(f"{path}.{key}", translate("interchange", "is required"))
        entries.append(entry)
    return entries
