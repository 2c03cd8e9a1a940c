"""The case model: who did what to whom, when and where (after HURIDOCS ESF)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from casebook.domain.outreach import ActionTaken, Detention, OutreachEntry, UnConsent
from casebook.i18n import translate

DATE_PRECISIONS = ("day", "month", "year", "range")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    """Current UTC time as an ISO 8601 string with seconds precision."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class EventDate:
    """A date known to a day, a month, a year, or a range of days.

    Text form: ``2024-10-09`` (day), ``2024-10`` (month), ``2024`` (year),
    ``2024-10-01/2024-10-11`` (range).
    """

    precision: str
    start: date
    end: date | None = None

    @classmethod
    def parse(cls, text: str) -> EventDate:
        text = text.strip()
        if "/" in text:
            a, _, b = text.partition("/")
            start, end = cls.parse(a), cls.parse(b)
            if start.precision != "day" or end.precision != "day":
                raise ValueError(
                    translate(
                        "dates", "a date range needs two full dates, like 2024-10-01/2024-10-11"
                    )
                )
            if end.start < start.start:
                raise ValueError(translate("dates", "a date range must not end before it starts"))
            return cls("range", start.start, end.start)
        try:
            if m := _DAY.match(text):
                return cls("day", date(int(m[1]), int(m[2]), int(m[3])))
            if m := _MONTH.match(text):
                return cls("month", date(int(m[1]), int(m[2]), 1))
            if m := _YEAR.match(text):
                return cls("year", date(int(m[1]), 1, 1))
        except ValueError:
            message = translate("dates", "{text!r} is not a real date (no such month or day)")
            raise ValueError(message.format(text=text)) from None
        message = translate(
            "dates", "{text!r} is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or a range A/B"
        )
        raise ValueError(message.format(text=text))

    def text(self) -> str:
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return self.start.isoformat()[:7]
        if self.precision == "year":
            return f"{self.start.year:04d}"
        assert self.end is not None
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def sort_key(self) -> str:
        return self.start.isoformat()

    def last_day(self) -> date:
        """The latest day this date may refer to (for 'last event' columns)."""
        if self.precision == "range" and self.end is not None:
            return self.end
        if self.precision == "month":
            nxt = date(self.start.year + (self.start.month == 12), self.start.month % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        if self.precision == "year":
            return date(self.start.year, 12, 31)
        return self.start


def is_valid_time(text: str) -> bool:
    return bool(_TIME.match(text))


@dataclass
class Person:
    name: str
    id: str = field(default_factory=new_id)
    pseudonym: str = ""
    consent: str = "anonymous"
    organisation: str = ""
    role: str = ""
    profile: str = ""
    private_notes: str = ""
    risk: str = "medium"
    gender: str = ""
    anonymous_description: str = ""
    contact: str = ""  # free text, kept from casebook-case/1 files and the old editor
    aliases: list[str] = field(default_factory=list)  # other spellings, short forms, handles
    contacts: list[str] = field(default_factory=list)  # phones, e-mails, handles, address
    un_consent: UnConsent = field(default_factory=UnConsent)
    age: str = ""  # as the person gave it ("34"); a UN submission asks for it
    residence: str = ""  # place of residence (town or region), likewise

    def display_name(self) -> str:
        return self.name or self.pseudonym or "—"

    def all_contacts(self) -> list[str]:
        """`contacts` and each line of the free-text `contact`."""
        lines = [c.strip() for c in re.split(r"[\n;]", self.contact) if c.strip()]
        return list(dict.fromkeys([*(c.strip() for c in self.contacts if c.strip()), *lines]))


@dataclass
class Organisation:
    name: str
    kind: str = "other"
    id: str = field(default_factory=new_id)
    description: str = ""


@dataclass
class Involvement:
    ref: str  # id of a Person or Organisation of the same case
    role: str


@dataclass
class Event:
    date: EventDate
    type: str
    id: str = field(default_factory=new_id)
    time: str = ""
    place: str = ""
    description: str = ""
    involved: list[Involvement] = field(default_factory=list)
    detention: Detention | None = None


@dataclass
class Case:
    title: str
    id: str = field(default_factory=new_id)
    status: str = "open"
    country: str = ""
    location: str = ""
    summary: str = ""
    background: str = ""
    sensitivity: str = "internal"
    tags: list[str] = field(default_factory=list)
    demands: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    actions_taken: list[ActionTaken] = field(default_factory=list)
    # The outreach log travels with the case (interchange, bundles); stored entries are
    # only ever added to or answered, never removed by saving a case.
    outreach: list[OutreachEntry] = field(default_factory=list)
    created: str = field(default_factory=utc_now)
    updated: str = field(default_factory=utc_now)

    def party(self, ref: str) -> Person | Organisation | None:
        for p in self.people:
            if p.id == ref:
                return p
        for o in self.organisations:
            if o.id == ref:
                return o
        return None

    def events_in_order(self) -> list[Event]:
        """By date and time; events of the same moment keep the order they were entered in
        (the sort is stable), so a chronology reads the same every time."""
        return sorted(self.events, key=lambda e: (e.date.sort_key(), e.time))


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list: what the list shows, without the whole aggregate."""

    id: str
    title: str
    status: str
    country: str
    sensitivity: str
    last_event: str
    event_count: int
    evidence_count: int
    updated: str
    tags: tuple[str, ...] = ()
