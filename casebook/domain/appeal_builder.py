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

from casebook.domain import texts, vocab
from casebook.domain.appeal import (
    AppealDocument,
    AppealSettings,
    Defender,
    Involved,
    NarrativeItem,
    RedactionNote,
    TextUse,
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
# (the urgent appeal's document, the case in the appeal's language, the events of its
# chronology, person id -> label)
Shape = Callable[[AppealDocument, Case, list[Event], dict[str, str]], AppealDocument]


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
    and checked by the same pass.

    Every case text is taken in the appeal's language (casebook.domain.texts), falling
    back to the original; `document.texts` records what was used, by hash."""
    lang = phrases.lang
    source = case
    used = _used_paths(case, settings, earlier)
    case = texts.localise(case, lang).case
    earlier = [_localised_event(c, e, lang) for c, e in earlier]
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
        demands=demand_texts(settings, library, phrases.lang, _own_demands(source, case)),
        addressees=tuple(a for a in settings.addressees if a.name.strip() or a.postal.strip()),
        signoff=lines(settings.signoff) or (issuer,),
    )
    if shape is not None:
        document = shape(document, case, chosen, labels)
    changes = {}
    for f in dataclasses.fields(document):
        scrubber.where = f.name
        changes[f.name] = _scrub(getattr(document, f.name), scrubber)
    changes["lang"] = phrases.lang
    document = dataclasses.replace(document, **changes)
    notes = tuple(RedactionNote(label, n) for label, n in sorted(scrubber.hits.items()))
    uses = tuple(_use(c, path, lang, source.id) for c, path in used)
    document = dataclasses.replace(document, notes=notes, texts=uses)
    hints = relationship_hints(people)
    return CheckedAppeal(document, tuple(scrubber.findings), tuple(hints))


def _use(case: Case, path: texts.TextPath, lang: str, main_id: str) -> TextUse:
    """What the appeal used for one field; fields of other cases (earlier incidents)
    are named 'case id:field key'."""
    text, fell_back = texts.text_for(case, path, lang)
    key = path.key if case.id == main_id else f"{case.id}:{path.key}"
    return TextUse(key, case.language if fell_back else lang, texts.text_hash(text), fell_back)


def _used_paths(
    case: Case, settings: AppealSettings, earlier: Sequence[tuple[Case, Event]]
) -> list[tuple[Case, texts.TextPath]]:
    """The case texts that reach the appeal (non-empty ones), in reading order."""
    out = [texts.TextPath("case", f) for f in ("summary", "background")]
    if not settings.title.strip():
        out.insert(0, texts.TextPath("case", "title"))
    own = {d.strip(): i for i, d in enumerate(case.demands)}
    out += [
        texts.TextPath("demand", "text", str(own[c.text.strip()]))
        for c in settings.demands
        if c.text.strip() in own
    ]
    chosen = _chosen_events(case, settings)
    shown = {i.ref for e in chosen for i in e.involved if i.role in SHOWN_ROLES}
    shown |= {p.id for p in _defender_people(case, chosen)}
    for p in case.people:
        if p.id not in shown:
            continue
        consent = effective_consent(p)
        if consent == "anonymous":
            out.append(texts.TextPath("person", "anonymous_description", p.id))
        else:
            fields = ("organisation", "role", "profile") if consent == "named" else (
                "organisation", "profile"
            )  # fmt: skip
            out += [texts.TextPath("person", f, p.id) for f in fields]
    out += [texts.TextPath("organisation", "name", o.id) for o in case.organisations
            if o.id in shown]  # fmt: skip
    out += [texts.TextPath("event", f, e.id) for e in chosen for f in ("place", "description")]
    pairs = [(case, p) for p in out]
    pairs += [(c, texts.TextPath("event", f, e.id)) for c, e in earlier
              for f in ("place", "description")]  # fmt: skip
    return [(c, p) for c, p in pairs if (texts.original(c, p) or "").strip()]


def _localised_event(case: Case, event: Event, lang: str) -> tuple[Case, Event]:
    local = texts.localise(case, lang).case
    return local, next((e for e in local.events if e.id == event.id), event)


def _own_demands(source: Case, local: Case) -> dict[str, str]:
    """The case's own demands (original text -> text in the appeal's language)."""
    return {a.strip(): b for a, b in zip(source.demands, local.demands, strict=True)}


def demand_texts(
    settings: AppealSettings,
    library: DemandLibrary,
    lang: str,
    own: Mapping[str, str] | None = None,
) -> tuple[str, ...]:
    """The demands of the appeal; `own` gives the case's own demands in `lang`."""
    out: list[str] = []
    for choice in settings.demands:
        text = choice.text.strip()
        text = (own or {}).get(text, text).strip()
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
    people = _defender_people(case, chosen)
    return tuple(_defender(p, labels[p.id], phrases) for p in people)


def _defender_people(case: Case, chosen: list[Event]) -> list[Person]:
    victims = {i.ref for e in chosen for i in e.involved if i.role == "victim"}
    involved_anywhere = {i.ref for e in case.events for i in e.involved}
    people = [p for p in case.people if p.id in victims]
    if not people and not any(p.id in involved_anywhere for p in case.people):
        people = list(case.people)  # nobody linked to events yet: everyone in the case
    return people


def _defender(person: Person, label: str, phrases: Phrases) -> Defender:
    consent = effective_consent(person)
    if consent == "anonymous":
        return Defender(label=_capitalise(label))
    return Defender(
        label=label,
        note=phrases["pseudonym_note"] if consent == "pseudonym" else "",
        organisation=_affiliation(person, phrases, with_role=consent == "named"),
        profile=paragraphs(person.profile),
    )


def _affiliation(person: Person, phrases: Phrases, *, with_role: bool) -> str:
    """'Co-founder of Feminita' from role and organisation; 'Member of ...' without a
    role; the role alone when it names the organisation already. A role can single a
    person out (a group has one co-founder), so only people named with consent have it
    shown (`with_role`); a pseudonym stays a member."""
    organisation = person.organisation.strip()
    role = " ".join(person.role.split()) if with_role else ""
    if role and (not organisation or organisation.casefold() in role.casefold()):
        return role
    if role:
        return phrases.fmt("role_of", role=role, organisation=organisation)
    return phrases.fmt("member_of", organisation=organisation) if organisation else ""


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
