"""Quick intake: a short description of a common incident, right after it happened, made
into a normal case (people, organisations, events, involvements) that the full editor
then refines. Nothing here is stored: `build_case` only builds the aggregate.

Kinds: detention or arrest, an attack on an event, a fine, threats or doxxing, a venue
that cancelled. A detention also has the police station, the lawyer, the court hearing,
the legal article and the term (each optional).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from casebook.domain import vocab
from casebook.domain.model import (
    Case,
    Event,
    EventDate,
    Involvement,
    Organisation,
    Person,
    is_valid_time,
)
from casebook.domain.validation import FieldError, required
from casebook.i18n import QT_TRANSLATE_NOOP, translate

# kind -> (event type of the main event, label)
INCIDENT_KINDS: dict[str, tuple[str, str]] = {
    "detention": ("arrest", QT_TRANSLATE_NOOP("intake", "Detention or arrest")),
    "attack": ("event_disruption", QT_TRANSLATE_NOOP("intake", "Attack on an event")),
    "fine": ("fine", QT_TRANSLATE_NOOP("intake", "Fine")),
    "threats": ("threats", QT_TRANSLATE_NOOP("intake", "Threats or doxxing")),
    "cancellation": ("venue_cancellation", QT_TRANSLATE_NOOP("intake", "Venue cancellation")),
}

# The risk a person named in an incident of this kind is given (the editor may change it).
_RISK = {"detention": "high", "attack": "high", "threats": "high"}


@dataclass
class IntakePerson:
    """Someone the incident happened to, with the consent asked right there."""

    name: str
    consent: str = "anonymous"
    pseudonym: str = ""
    organisation: str = ""
    role: str = ""


@dataclass
class Perpetrator:
    name: str
    kind: str = "police"  # a code of vocab.ORG_KIND


@dataclass
class Incident:
    kind: str
    date: EventDate
    time: str = ""
    place: str = ""
    country: str = "KZ"
    what: str = ""
    title: str = ""
    people: list[IntakePerson] = field(default_factory=list)
    perpetrators: list[Perpetrator] = field(default_factory=list)
    # Detention only (each optional):
    police_station: str = ""
    lawyer: str = ""
    hearing_date: EventDate | None = None
    legal_article: str = ""
    term: str = ""  # "10 days", "15 суток"
    demands: list[str] = field(default_factory=list)


def validate_incident(incident: Incident) -> list[FieldError]:
    """Problems of the form itself, each naming its field; the built case is validated
    again as any case when it is saved."""
    errors: list[FieldError] = []
    if incident.kind not in INCIDENT_KINDS:
        allowed = ", ".join(INCIDENT_KINDS)
        message = translate("validation", "{value!r} is not one of: {allowed}")
        errors.append(FieldError("kind", message.format(value=incident.kind, allowed=allowed)))
    if not incident.people:
        message = translate("intake", "add at least one person this happened to")
        errors.append(FieldError("people", message))
    for i, p in enumerate(incident.people):
        if not p.name.strip() and not p.pseudonym.strip():
            message = translate("validation", "a person needs a name or a pseudonym")
            errors.append(FieldError(f"people[{i}].name", message))
        if p.consent not in vocab.CONSENT:
            allowed = ", ".join(vocab.CONSENT)
            message = translate("validation", "{value!r} is not one of: {allowed}")
            errors.append(
                FieldError(f"people[{i}].consent", message.format(value=p.consent, allowed=allowed))
            )
    for i, o in enumerate(incident.perpetrators):
        if not o.name.strip():
            errors.append(FieldError(f"perpetrators[{i}].name", required()))
    if incident.time and not is_valid_time(incident.time):
        message = translate("validation", "{time!r} is not a time like 14:30")
        errors.append(FieldError("time", message.format(time=incident.time)))
    hearing = incident.hearing_date
    if hearing is not None and hearing.start < incident.date.start:
        message = translate("intake", "the hearing cannot be before the incident")
        errors.append(FieldError("hearing_date", message))
    return errors


def _public_names(people: list[IntakePerson]) -> list[str]:
    """What a title may say of the people: names given with consent, pseudonyms; never
    the name of someone who is anonymous or known by a pseudonym only."""
    shown = []
    for p in people:
        if p.consent == "named" and p.name.strip():
            shown.append(p.name.strip())
        elif p.consent == "pseudonym" and p.pseudonym.strip():
            shown.append(p.pseudonym.strip())
    return shown


def _who(people: list[IntakePerson]) -> str:
    shown = _public_names(people)
    if len(shown) != len(people) or not shown:
        return ""  # someone is anonymous: no names at all (they would single them out)
    if len(shown) == 1:
        return shown[0]
    if len(shown) == 2:
        return translate("intake", "{a} and {b}").format(a=shown[0], b=shown[1])
    return translate("intake", "{first} and {n} others").format(first=shown[0], n=len(shown) - 1)


_TITLES = {
    "detention": QT_TRANSLATE_NOOP("intake", "{who} detained"),
    "attack": QT_TRANSLATE_NOOP("intake", "Event attacked"),
    "fine": QT_TRANSLATE_NOOP("intake", "{who} fined"),
    "threats": QT_TRANSLATE_NOOP("intake", "Threats against {who}"),
    "cancellation": QT_TRANSLATE_NOOP("intake", "Venue cancelled"),
}


def default_title(incident: Incident) -> str:
    """'Aigerim and Marat detained in Almaty': who, what and where, in the current
    language. Only names published with consent appear in it."""
    who = _who(incident.people) or translate("intake", "activists")
    text = translate("intake", _TITLES.get(incident.kind, _TITLES["detention"])).format(who=who)
    place = incident.place.split(",")[0].strip()
    if place:
        text = translate("intake", "{title} in {place}").format(title=text, place=place)
    return text[:1].upper() + text[1:]


def build_case(incident: Incident) -> Case:
    """A normal case from the intake form: the people, the perpetrators (and the police
    station), the lawyer, the incident event and, for a detention with a hearing, the
    court decision as a second event."""
    risk = _RISK.get(incident.kind, "medium")
    people = [
        Person(
            p.name.strip(),
            pseudonym=p.pseudonym.strip(),
            consent=p.consent,
            organisation=p.organisation.strip(),
            role=p.role.strip(),
            risk=risk,
        )
        for p in incident.people
    ]
    orgs = [Organisation(o.name.strip(), kind=o.kind) for o in incident.perpetrators]
    station = None
    if incident.kind == "detention" and incident.police_station.strip():
        station = Organisation(incident.police_station.strip(), kind="police")
        orgs.append(station)
    lawyer = None
    if incident.kind == "detention" and incident.lawyer.strip():
        lawyer = Person(incident.lawyer.strip(), consent="named", role="lawyer", risk="medium")
    victims = [Involvement(p.id, "victim") for p in people]
    perpetrators = [Involvement(o.id, "perpetrator") for o in orgs]
    event_type = INCIDENT_KINDS[incident.kind][0]
    description = incident.what.strip()
    if station is not None:
        taken = translate("intake", "Taken to {station}.").format(station=station.name)
        description = f"{description}\n{taken}".strip()
    events = [
        Event(
            incident.date,
            event_type,
            time=incident.time.strip(),
            place=incident.place.strip(),
            description=description,
            involved=victims + perpetrators,
        )
    ]
    if incident.kind == "detention" and (
        incident.hearing_date or incident.term.strip() or incident.legal_article.strip()
    ):
        events.append(_hearing(incident, victims, lawyer))
    all_people = people + ([lawyer] if lawyer else [])
    title = incident.title.strip() or default_title(incident)
    return Case(
        title=title,
        country=incident.country.strip().upper(),
        location=incident.place.split(",")[0].strip(),
        summary=incident.what.strip(),
        sensitivity="internal",
        demands=[d.strip() for d in incident.demands if d.strip()],
        people=all_people,
        organisations=orgs,
        events=events,
    )


def _hearing(incident: Incident, victims: list[Involvement], lawyer: Person | None) -> Event:
    parts = []
    if incident.term.strip():
        parts.append(
            translate("intake", "Sentenced to {term} of administrative detention").format(
                term=incident.term.strip()
            )
        )
    else:
        parts.append(translate("intake", "Court hearing"))
    if incident.legal_article.strip():
        parts.append(
            translate("intake", "under {article}").format(article=incident.legal_article.strip())
        )
    text = " ".join(parts) + "."
    if lawyer is not None:
        text += " " + translate("intake", "Lawyer: {name}.").format(name=lawyer.name)
    involved = list(victims) + ([Involvement(lawyer.id, "intervening")] if lawyer else [])
    day = incident.hearing_date or incident.date
    return Event(day, "administrative_detention", description=text, involved=involved)
