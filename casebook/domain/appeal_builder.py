"""Case -> AppealDocument, with redaction by consent.

Redaction happens here and only here, before any renderer runs: people appear by the
label their consent allows, private fields (private notes, risk, contact) are never
read, and a last pass replaces every forbidden name left in any free text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from casebook.domain import vocab
from casebook.domain.appeal import (
    AppealDocument,
    AppealSettings,
    Defender,
    Involved,
    NarrativeItem,
    RedactionNote,
    lines,
    paragraphs,
)
from casebook.domain.model import Case, Event, Person
from casebook.domain.phrases import Phrases
from casebook.domain.redaction import (
    Finding,
    Scrubber,
    allowed_names,
    effective_consent,
    public_labels,
    relationship_hints,
    scrubber_for,
    unique_findings,
)

DemandLibrary = Mapping[str, Mapping[str, str]]  # key -> {lang: text}
SHOWN_ROLES = ("victim", "perpetrator", "intervening")  # witnesses and sources stay out

T = TypeVar("T")
# (the urgent appeal's document, the events of its chronology, person id -> label)
Shape = Callable[[AppealDocument, list[Event], dict[str, str]], AppealDocument]


@dataclass(frozen=True)
class CheckedAppeal:
    """An appeal and what the pre-publication check found while building it: every span
    replaced or doubtful (`findings`, with decisions applied), and hints that do not
    block (a named person's profile that mentions a relative or lawyer)."""

    document: AppealDocument
    findings: tuple[Finding, ...]
    hints: tuple[Finding, ...]

    @property
    def unresolved(self) -> tuple[Finding, ...]:
        return tuple(unique_findings(f for f in self.findings if f.unresolved))


def build_appeal(
    case: Case,
    settings: AppealSettings,
    phrases: Phrases,
    library: DemandLibrary,
    *,
    issued: date,
    issuer: str,
    reference: str,
    earlier: Sequence[tuple[Case, Event]] = (),
    shape: Shape | None = None,
) -> AppealDocument:
    """The appeal for `case` in the language of `phrases` (see `check_appeal`)."""
    return check_appeal(
        case, settings, phrases, library, issued=issued, issuer=issuer, reference=reference,
        earlier=earlier, shape=shape,
    ).document  # fmt: skip


def check_appeal(
    case: Case,
    settings: AppealSettings,
    phrases: Phrases,
    library: DemandLibrary,
    *,
    issued: date,
    issuer: str,
    reference: str,
    earlier: Sequence[tuple[Case, Event]] = (),
    shape: Shape | None = None,
) -> CheckedAppeal:
    """The appeal for `case` in the language of `phrases`, with the findings of the
    pre-publication check. `earlier` holds events of other cases (with their case, for
    consent) that the user chose to add. `shape` turns the urgent appeal into another
    document type (doc_types.apply_type) before redaction, so every type is redacted
    and checked by the same pass."""
    people = list(case.people)
    for other, _event in earlier:
        people += [p for p in other.people if p not in people]
    labels = public_labels(case.people, phrases)
    for other in {id(c): c for c, _ in earlier}.values():
        labels |= {k: v for k, v in public_labels(other.people, phrases).items() if k not in labels}
    scrubber = scrubber_for(
        people, labels, allowed_names(people), published_contacts=settings.contacts,
        decisions=settings.decision_map(),
        public_texts=[settings.signoff, settings.issuer, issuer,
                      *(f"{a.postal} {a.email}" for a in settings.addressees)],
    )  # fmt: skip
    issuer = settings.issuer.strip() or issuer
    chosen = _chosen_events(case, settings)
    defenders = _defenders(case, chosen, labels, phrases)
    document = AppealDocument(
        lang=phrases.lang,
        kind=phrases["kind"],
        title=settings.title.strip() or case.title,
        issuer=issuer,
        reference=reference,
        issued=phrases.day(issued),
        headings=_headings(phrases, len(defenders)),
        labels={k: phrases[k] for k in ("reference", "date", "page", "postal", "email")},
        situation=paragraphs(case.summary),
        defenders=defenders,
        narrative=tuple(_item(case, e, labels, phrases) for e in chosen),
        background=paragraphs(case.background),
        earlier=tuple(
            _item(c, e, labels, phrases)
            for c, e in sorted(earlier, key=lambda ce: (ce[1].date.sort_key(), ce[1].time))
        ),
        concern=paragraphs(settings.concern) or paragraphs(phrases["default_concern"]),
        urge=phrases.urge(issuer, case.country),
        demands=demand_texts(settings, library, phrases.lang),
        addressees=tuple(a for a in settings.addressees if a.name.strip() or a.postal.strip()),
        signoff=lines(settings.signoff) or (issuer,),
    )
    if shape is not None:
        document = shape(document, chosen, labels)
    changes = {}
    for f in dataclasses.fields(document):
        scrubber.where = f.name
        changes[f.name] = _scrub(getattr(document, f.name), scrubber)
    changes["lang"] = phrases.lang
    document = dataclasses.replace(document, **changes)
    notes = tuple(RedactionNote(label, n) for label, n in sorted(scrubber.hits.items()))
    document = dataclasses.replace(document, notes=notes)
    hints = relationship_hints(people)
    return CheckedAppeal(document, tuple(scrubber.findings), tuple(hints))


def demand_texts(settings: AppealSettings, library: DemandLibrary, lang: str) -> tuple[str, ...]:
    out: list[str] = []
    for choice in settings.demands:
        text = choice.text.strip()
        if not text and choice.key in library:
            entry = library[choice.key]
            text = entry.get(lang) or entry.get("en", "")
        if text:
            out.append(text)
    return tuple(out)


def _chosen_events(case: Case, settings: AppealSettings) -> list[Event]:
    events = case.events_in_order()
    if settings.events is None:
        return events
    wanted = set(settings.events)
    return [e for e in events if e.id in wanted]


def _headings(phrases: Phrases, defenders: int) -> dict[str, str]:
    keys = ("situation", "narrative", "background", "concern", "demands", "addressees",
            "signoff", "earlier")  # fmt: skip
    headings = {k: phrases[f"heading.{k}"] for k in keys}
    headings["defenders"] = phrases[
        "heading.defenders.one" if defenders == 1 else "heading.defenders.many"
    ]
    return headings


def _defenders(
    case: Case, chosen: list[Event], labels: dict[str, str], phrases: Phrases
) -> tuple[Defender, ...]:
    victims = {i.ref for e in chosen for i in e.involved if i.role == "victim"}
    involved_anywhere = {i.ref for e in case.events for i in e.involved}
    people = [p for p in case.people if p.id in victims]
    if not people and not any(p.id in involved_anywhere for p in case.people):
        people = list(case.people)  # nobody linked to events yet: everyone in the case
    return tuple(_defender(p, labels[p.id], phrases) for p in people)


def _defender(person: Person, label: str, phrases: Phrases) -> Defender:
    consent = effective_consent(person)
    if consent == "anonymous":
        return Defender(label=_capitalise(label))
    organisation = person.organisation.strip()
    return Defender(
        label=label,
        note=phrases["pseudonym_note"] if consent == "pseudonym" else "",
        organisation=phrases.fmt("member_of", organisation=organisation) if organisation else "",
        profile=paragraphs(person.profile),
    )


def _item(case: Case, event: Event, labels: dict[str, str], phrases: Phrases) -> NarrativeItem:
    when = phrases.event_date(event.date)
    if event.time:
        when = phrases.fmt("at_time", date=when, time=event.time)
    involved: list[Involved] = []
    for role in SHOWN_ROLES:
        names = [_party(case, i.ref, labels) for i in event.involved if i.role == role]
        names = list(dict.fromkeys(n for n in names if n))
        if names:
            involved.append(Involved(phrases[f"who.{role}"], phrases["list_separator"].join(names)))
    return NarrativeItem(
        when=_capitalise(when),
        kind=vocab.label(vocab.EVENT_TYPE, event.type, phrases.lang),
        place=event.place.strip(),
        text=paragraphs(event.description),
        involved=tuple(involved),
    )


def _party(case: Case, ref: str, labels: dict[str, str]) -> str:
    if ref in labels:
        return labels[ref]
    party = case.party(ref)
    return "" if party is None or isinstance(party, Person) else party.name.strip()


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _scrub(value: T, scrubber: Scrubber) -> T:
    """Every string anywhere in the document, passed through the scrubber."""
    result: Any
    if isinstance(value, str):
        result = scrubber.scrub(value)
    elif isinstance(value, tuple):
        result = tuple(_scrub(v, scrubber) for v in value)
    elif isinstance(value, Mapping):
        result = {k: _scrub(v, scrubber) for k, v in value.items()}
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _scrub(getattr(value, f.name), scrubber) for f in dataclasses.fields(value)
        }
        result = dataclasses.replace(value, **changes)
    else:
        result = value
    return result  # type: ignore[no-any-return]
