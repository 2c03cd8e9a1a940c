"""Document types made from one case: the urgent appeal, an update, a UN Special
Procedures submission and a letter to an authority.

A type is a declaration: the languages it may be written in and its sections in order.
A section is either one of the urgent appeal's own (situation, defenders, narrative, ...)
or a block built by one of the builders below from the same case data. Headings and
fixed sentences come from the phrase table of the types (resources/appeals/doc_types.json),
one per language. So a new type is a declaration and its phrases, never a new renderer;
and every type goes through the same redaction pass of `build_appeal`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from casebook.domain import vocab
from casebook.domain.appeal import (
    SECTIONS,
    AppealDocument,
    Block,
    Fact,
    FactGroup,
    NarrativeItem,
    paragraphs,
)
from casebook.domain.model import Case, Event, Organisation, Person
from casebook.domain.outreach import Addressee
from casebook.domain.redaction import effective_consent
from casebook.i18n import translate

STATE_KINDS = ("state_body", "police", "court", "parliament")


@dataclass(frozen=True)
class DocType:
    key: str
    langs: tuple[str, ...]
    sections: tuple[str, ...]


DOC_TYPES: dict[str, DocType] = {
    t.key: t
    for t in (
        DocType("urgent", ("en", "ru", "kk"), SECTIONS),
        DocType(
            "update", ("en", "ru", "kk"),
            ("follows", "changes", "situation", "demands", "addressees", "signoff"),
        ),
        DocType(
            "un-submission", ("en", "ru"),
            ("un_mandate", "un_victims", "un_link", "un_perpetrators", "un_when_where",
             "narrative", "un_actions", "background", "un_consent", "un_submitter"),
        ),
        DocType(
            "letter", ("en", "ru", "kk"),
            ("letter_to", "letter_salutation", "letter_body", "demands", "letter_closing",
             "signoff"),
        ),
    )
}  # fmt: skip


class DocumentRefused(ValueError):
    """This document cannot be made from this case (the message says why)."""


@dataclass(frozen=True)
class Earlier:
    """The kept appeal an update follows: its reference, the day it was issued and the
    chronology it told (as rendered, to compare with)."""

    reference: str
    issued: str
    narrative: tuple[NarrativeItem, ...]


@dataclass(frozen=True)
class TypeInputs:
    """What a type's builders may use besides the case and the urgent appeal's sections."""

    doc_type: DocType
    texts: Mapping[str, str]  # the type phrases of the document's language
    chosen: Sequence[Event]  # the events of the chronology
    labels: Mapping[str, str]  # person id -> how the person appears
    follows: Earlier | None = None
    addressee: Addressee | None = None
    issued: date | None = None


Builder = Callable[[AppealDocument, Case, TypeInputs], Block]


def check_languages(doc_type: DocType, lang: str) -> None:
    if lang not in doc_type.langs:
        raise DocumentRefused(
            translate("appeals", "a {type} is written in {langs}, not in {lang}").format(
                type=doc_type.key, langs=", ".join(doc_type.langs), lang=lang
            )
        )


def victims(case: Case, chosen: Sequence[Event]) -> list[Person]:
    """The people affected by the chosen events (everyone when nobody is linked yet)."""
    ids = {i.ref for e in chosen for i in e.involved if i.role == "victim"}
    found = [p for p in case.people if p.id in ids]
    if found or any(i.ref for e in case.events for i in e.involved):
        return found
    return list(case.people)


def un_case(case: Case, chosen: Sequence[Event]) -> Case:
    """The case as a UN submission sees it: every victim must have agreed that a letter
    with their name goes to the government (the UN does not act on anonymous
    communications) and is then named; everyone else keeps the consent they gave.
    DocumentRefused names who has not agreed."""
    people = victims(case, chosen)
    if not people:
        raise DocumentRefused(
            translate("appeals", "a UN submission needs at least one victim in the events")
        )
    missing = [p for p in people if p.un_consent.send_to_government is not True]
    if missing:
        names = ", ".join(p.display_name() for p in missing)
        raise DocumentRefused(
            translate(
                "appeals",
                "no UN submission: {names} did not agree that a letter with their name is "
                "sent to the government (record the answer on the person first)",
            ).format(names=names)
        )
    ids = {p.id for p in people}
    copy = dataclasses.replace(case, people=[
        dataclasses.replace(p, consent="named") if p.id in ids else p for p in case.people
    ])  # fmt: skip
    return copy


def apply_type(document: AppealDocument, case: Case, inputs: TypeInputs) -> AppealDocument:
    """The document of the urgent appeal, reshaped into `inputs.doc_type`: its kind, its
    sections and the blocks they need. Runs before redaction."""
    t = inputs.doc_type
    if t.key == "urgent":
        return document
    blocks = tuple(
        block
        for key in t.sections
        if key not in SECTIONS
        for block in [_BUILDERS[key](document, case, inputs)]
        if not block.is_empty()
    )
    headings = dict(document.headings)
    headings |= {k: inputs.texts.get(f"heading.{k}", "") for k in t.sections if k not in SECTIONS}
    if t.key == "update":
        headings["situation"] = inputs.texts["heading.update_situation"]
        headings["demands"] = inputs.texts["heading.demands_standing"]
    if t.key == "letter":  # a letter reads on without headings
        headings["demands"] = headings["signoff"] = ""
    return dataclasses.replace(
        document,
        kind=inputs.texts[f"kind.{t.key}"],
        doc_type=t.key,
        order=t.sections,
        blocks=blocks,
        headings=headings,
        concern=(),
        situation=_situation(document, t),
        addressees=document.addressees if "addressees" in t.sections else (),
    )


def _situation(document: AppealDocument, t: DocType) -> tuple[str, ...]:
    if t.key == "update":  # a short reminder of the situation: its first paragraph
        return document.situation[:1]
    return document.situation


def drop_told(
    document: AppealDocument, follows: Earlier | None, texts: Mapping[str, str]
) -> AppealDocument:
    """An update's "what has happened since": the redacted chronology less the items the
    earlier appeal told word for word (compared after redaction, as both were issued)."""
    if document.doc_type != "update":
        return document
    told = set(follows.narrative) if follows else set()
    blocks = []
    for block in document.blocks:
        if block.key == "changes":
            new = tuple(item for item in block.items if item not in told)
            block = (
                Block("changes", items=new)
                if new
                else Block("changes", paragraphs=(texts["update.no_changes"],))
            )
        blocks.append(block)
    return dataclasses.replace(document, blocks=tuple(blocks))


# --- update -------------------------------------------------------------------------


def _follows(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    if x.follows is None:
        return Block("follows")
    text = x.texts["update.follows"].format(reference=x.follows.reference, date=x.follows.issued)
    return Block("follows", paragraphs=(text,))


def _changes(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    # The whole chronology; drop_told keeps what is new once the document is redacted.
    return Block("changes", items=doc.narrative)


# --- UN Special Procedures submission --------------------------------------------------


def _mandate(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    return Block("un_mandate", paragraphs=(x.texts["un.mandate"],))


def _un_victims(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    groups = []
    for p in victims(case, x.chosen):
        t = x.texts
        gender = t.get(f"un.gender.{p.gender}", "") if p.gender else ""
        facts = (
            Fact(t["un.full_name"], p.name.strip() or t["un.not_given"]),
            Fact(t["un.age"], p.age.strip() or t["un.not_given"]),
            Fact(t["un.gender"], gender or t["un.not_given"]),
            Fact(t["un.profession"], p.role.strip() or t["un.not_given"]),
            Fact(t["un.organisation"], p.organisation.strip() or t["un.not_given"]),
            Fact(t["un.hr_work"], " ".join(paragraphs(p.profile)) or t["un.not_given"]),
            Fact(t["un.residence"], p.residence.strip() or t["un.not_given"]),
        )
        groups.append(FactGroup(x.labels.get(p.id, p.name) or p.name, facts))
    return Block("un_victims", groups=tuple(groups))


def _un_link(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    return Block("un_link", paragraphs=doc.situation)


def _un_perpetrators(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    refs = dict.fromkeys(i.ref for e in x.chosen for i in e.involved if i.role == "perpetrator")
    lines = []
    for ref in refs:
        party = case.party(ref)
        if isinstance(party, Organisation):
            state = party.kind in STATE_KINDS
            kind = vocab.label(vocab.ORG_KIND, party.kind, doc.lang)
            name = f"{party.name.strip()} ({kind})"
        elif isinstance(party, Person):
            org = case_org(case, party.organisation)
            state = org is not None and org.kind in STATE_KINDS
            # by name where they may be named, else by their function ("police officer")
            name = x.labels.get(party.id, "")
            if effective_consent(party) != "named" and party.role.strip():
                name = party.role.strip()
        else:
            continue
        nature = x.texts["un.state" if state else "un.non_state"]
        lines.append(f"{name}: {nature}")
    return Block("un_perpetrators", numbered=tuple(lines))


def case_org(case: Case, name: str) -> Organisation | None:
    wanted = name.strip().casefold()
    return next((o for o in case.organisations if o.name.strip().casefold() == wanted), None)


def _un_when_where(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    if not doc.narrative:
        return Block("un_when_where")
    first, last = doc.narrative[0], doc.narrative[-1]
    places = list(dict.fromkeys(i.place for i in doc.narrative if i.place))
    t = x.texts
    facts = [Fact(t["un.first_date"], first.when)]
    if last.when != first.when:
        facts.append(Fact(t["un.last_date"], last.when))
    if places:
        facts.append(Fact(t["un.places"], "; ".join(places)))
    return Block("un_when_where", groups=(FactGroup("", tuple(facts)),))


def _un_actions(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    t = x.texts
    lines = []
    for a in case.actions_taken:
        parts = [a.date, a.body.strip()]
        head = " — ".join(p for p in parts if p)
        line = f"{head}: {a.action.strip()}" if head else a.action.strip()
        if a.reference.strip():
            line += " " + t["un.reference"].format(reference=a.reference.strip())
        outcome = a.outcome.strip() or t["un.pending"]
        lines.append(f"{line}. {t['un.outcome']}: {outcome}")
    if not lines:
        return Block("un_actions", paragraphs=(t["un.no_actions"],))
    return Block("un_actions", numbered=tuple(lines))


def _un_consent(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    t = x.texts
    groups = []
    for p in victims(case, x.chosen):
        c = p.un_consent
        public = {True: "un.public.yes", False: "un.public.no", None: "un.public.unknown"}
        facts = (
            Fact(t["un.consent.government"], t["un.government.yes"]),
            Fact(t["un.consent.public"], t[public[c.public_report]]),
        )
        groups.append(FactGroup(x.labels.get(p.id, p.name) or p.name, facts))
    return Block("un_consent", groups=tuple(groups))


def _un_submitter(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    return Block(
        "un_submitter",
        note=x.texts["un.confidential"],
        groups=(FactGroup(doc.issuer, tuple(Fact("", line) for line in doc.signoff)),),
    )


# --- letter to an authority -----------------------------------------------------------


def _letter_to(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    a = x.addressee
    if a is None:
        return Block("letter_to")
    lines = [a.name, a.function, a.organisation, *a.post.splitlines()]
    lines = [line.strip() for line in lines if line.strip()]
    if a.email:
        lines.append(a.email)
    return Block("letter_to", groups=(FactGroup("", tuple(Fact("", v) for v in lines)),))


def _letter_salutation(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    salutation = x.addressee.salutation.strip() if x.addressee else ""
    return Block("letter_salutation", paragraphs=(salutation or x.texts["letter.salutation"],))


def _letter_body(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    t = x.texts
    paras = [t["letter.opening"].format(title=doc.title), *doc.situation[:1]]
    for item in doc.narrative:
        place = f", {item.place}" if item.place else ""
        paras.append(f"{item.when}{place}: {item.kind}.")
    paras.append(t["letter.concern"])
    return Block("letter_body", paragraphs=tuple(paras))


def _letter_closing(doc: AppealDocument, case: Case, x: TypeInputs) -> Block:
    return Block("letter_closing", paragraphs=(x.texts["letter.thanks"], x.texts["letter.regards"]))


_BUILDERS: dict[str, Builder] = {
    "follows": _follows,
    "changes": _changes,
    "un_mandate": _mandate,
    "un_victims": _un_victims,
    "un_link": _un_link,
    "un_perpetrators": _un_perpetrators,
    "un_when_where": _un_when_where,
    "un_actions": _un_actions,
    "un_consent": _un_consent,
    "un_submitter": _un_submitter,
    "letter_to": _letter_to,
    "letter_salutation": _letter_salutation,
    "letter_body": _letter_body,
    "letter_closing": _letter_closing,
}

# Every phrase a type needs, in every language it is written in (checked when loaded).
TYPE_TEXT_KEYS: dict[str, tuple[str, ...]] = {
    "update": (
        "kind.update", "heading.follows", "heading.changes", "heading.update_situation",
        "heading.demands_standing", "update.follows", "update.no_changes",
    ),
    "un-submission": (
        "kind.un-submission", "heading.un_mandate", "heading.un_victims", "heading.un_link",
        "heading.un_perpetrators", "heading.un_when_where", "heading.un_actions",
        "heading.un_consent", "heading.un_submitter", "un.mandate", "un.full_name", "un.age",
        "un.gender", "un.gender.f", "un.gender.m", "un.gender.n", "un.profession",
        "un.organisation", "un.hr_work", "un.residence", "un.not_given", "un.state",
        "un.non_state", "un.first_date", "un.last_date", "un.places", "un.reference",
        "un.outcome", "un.pending", "un.no_actions", "un.consent.government",
        "un.consent.public", "un.government.yes", "un.public.yes", "un.public.no",
        "un.public.unknown", "un.confidential",
    ),
    "letter": (
        "kind.letter", "heading.letter_to", "heading.letter_body", "heading.letter_closing",
        "letter.salutation", "letter.opening", "letter.concern", "letter.thanks",
        "letter.regards",
    ),
}  # fmt: skip


def missing_phrases(lang: str, texts: Mapping[str, str]) -> list[str]:
    """Keys a type written in `lang` needs and the table lacks (heading.* may be empty)."""
    missing = []
    for key, needed in TYPE_TEXT_KEYS.items():
        if lang not in DOC_TYPES[key].langs:
            continue
        for k in needed:
            value = texts.get(k)
            if not isinstance(value, str) or (not value and not k.startswith("heading.")):
                missing.append(k)
    return missing
