"""What a case's outreach needs beyond the story: actions already taken and their results,
the facts of a detention (and the release date they imply), the two UN consent answers of a
person, the address book of addressees and the log of what was sent to whom and what came
back. Pure data and rules: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from casebook.i18n import QT_TRANSLATE_NOOP, translate

# How a document reached its addressee (outreach log).
CHANNELS = ("email", "post", "form", "hand")
# Longest term of an administrative or criminal detention we accept as typed (50 years):
# anything above is a typing error, not a term.
MAX_TERM_DAYS = 50 * 366
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANG = re.compile(r"^[a-z]{2}$")


def parse_day(text: str) -> date:
    """An ISO day (YYYY-MM-DD), or ValueError naming what is wrong."""
    if not _ISO_DAY.match(text or ""):
        raise ValueError(
            translate("outreach", "{text!r} is not a date in the form YYYY-MM-DD").format(text=text)
        )
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            translate("outreach", "{text!r} is not a date of the calendar").format(text=text)
        ) from None


@dataclass
class ActionTaken:
    """A complaint, appeal or request already made about the case, and what came of it."""

    date: str = ""  # ISO day, may be empty when not known
    body: str = ""  # to whom: "Almaty city prosecutor's office"
    action: str = ""  # what: "complaint about unlawful detention"
    reference: str = ""  # registration or case number
    outcome: str = ""  # result, empty while pending
    events: list[str] = field(default_factory=list)  # ids of events of the case


@dataclass
class Detention:
    """Where and on what basis a person is held, from when and for how long."""

    place: str = ""
    legal_basis: str = ""  # article of the code
    start: str = ""  # ISO day
    term_days: int = 0  # 0: not known (pre-trial, or not yet sentenced)

    def release_date(self) -> date | None:
        """The day the term ends: a 10-day term that starts on 1 March ends on 10 March.

        None when the start or the term is not known."""
        if not self.start or self.term_days <= 0:
            return None
        try:
            start = parse_day(self.start)
        except ValueError:
            return None
        return start + timedelta(days=self.term_days - 1)

    def is_empty(self) -> bool:
        return not (self.place or self.legal_basis or self.start or self.term_days)


@dataclass
class UnConsent:
    """A victim's two answers for a UN Special Procedures communication; None: not asked."""

    send_to_government: bool | None = None
    public_report: bool | None = None

    def is_empty(self) -> bool:
        return self.send_to_government is None and self.public_report is None


@dataclass
class Addressee:
    """Someone a document is sent to: a mandate, an embassy, a ministry, a newsroom."""

    name: str
    id: str = ""
    function: str = ""
    organisation: str = ""
    country: str = ""
    language: str = "en"
    email: str = ""
    post: str = ""
    form_url: str = ""
    salutation: str = ""


ADDRESSEE_FIELDS = (
    "name", "function", "organisation", "country", "language", "email", "post", "form_url",
    "salutation",
)  # fmt: skip


@dataclass
class OutreachEntry:
    """One sending of a produced document, and later the answer to it."""

    id: str
    case_id: str
    appeal_id: str
    reference: str  # the appeal's reference, as printed on it
    addressee: str  # the addressee's name at the time of sending
    via: str
    sent_on: str  # ISO day
    sent_by: str = ""
    follow_up: str = ""  # ISO day, empty: none planned
    response_on: str = ""
    response_summary: str = ""
    response_evidence: str = ""  # id of the evidence item holding the reply
    addressee_id: str = ""

    def answered(self) -> bool:
        return bool(self.response_on)


@dataclass(frozen=True)
class Reminder:
    """Something due on a case: a release to check, a follow-up to send."""

    kind: str  # "release" or "follow_up"
    case_id: str
    case_title: str
    due: str  # ISO day
    text: str
    ref: str = ""  # the event id (release) or outreach entry id (follow-up)


_RELEASE = QT_TRANSLATE_NOOP("outreach", "{days}-day detention ends {date}: check release")
_FOLLOW_UP = QT_TRANSLATE_NOOP("outreach", "follow up on {reference} sent to {addressee} on {sent}")


def release_reminder(
    case_id: str, case_title: str, event_id: str, detention: Detention, today: date
) -> Reminder | None:
    """A reminder from the day before the release date on; none once it is past by a week
    (the user either checked or the case has moved on) and none without a known term."""
    release = detention.release_date()
    if release is None or not (release - timedelta(days=1) <= today <= release + timedelta(7)):
        return None
    text = translate("outreach", _RELEASE).format(
        days=detention.term_days, date=release.isoformat()
    )
    return Reminder("release", case_id, case_title, release.isoformat(), text, event_id)


def follow_up_reminder(entry: OutreachEntry, case_title: str, today: date) -> Reminder | None:
    """Due on and after its follow-up day until the answer is recorded."""
    if not entry.follow_up or entry.answered():
        return None
    try:
        due = parse_day(entry.follow_up)
    except ValueError:
        return None
    if today < due:
        return None
    text = translate("outreach", _FOLLOW_UP).format(
        reference=entry.reference, addressee=entry.addressee, sent=entry.sent_on
    )
    return Reminder("follow_up", entry.case_id, case_title, entry.follow_up, text, entry.id)


def addressee_errors(data: object, path: str) -> tuple[Addressee | None, list[tuple[str, str]]]:
    """An addressee from one object of an address-book file, or the problems with it as
    (JSON path, message) pairs."""
    errors: list[tuple[str, str]] = []
    if not isinstance(data, dict):
        return None, [(path, translate("outreach", "must be an object"))]
    for key in data:
        if key not in ADDRESSEE_FIELDS:
            message = translate("outreach", "is not a field of an addressee")
            errors.append((f"{path}.{key}", message))
    values: dict[str, str] = {}
    for key in ADDRESSEE_FIELDS:
        value = data.get(key, "")
        if not isinstance(value, str):
            errors.append((f"{path}.{key}", translate("outreach", "must be a string")))
            continue
        values[key] = value.strip()
    if not values.get("name") and not any(p == f"{path}.name" for p, _ in errors):
        errors.append((f"{path}.name", translate("outreach", "is required")))
    lang = values.get("language") or "en"
    if not _LANG.match(lang):
        errors.append(
            (f"{path}.language", translate("outreach", "must be a two-letter language code"))
        )
    if errors:
        return None, errors
    values["language"] = lang
    return Addressee(**values), []
