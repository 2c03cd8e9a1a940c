"""An urgent appeal as plain data, and the settings it is built from.

`build_appeal` (in appeal_builder.py) turns a Case into an `AppealDocument` after
redaction by consent; renderers only ever see the document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from casebook.domain.phrases import APPEAL_LANGS
from casebook.domain.validation import FieldError, ValidationError, too_long
from casebook.i18n import translate

FORMATS = ("pdf", "docx", "html", "md")
SECTIONS = (
    "situation", "defenders", "narrative", "background", "concern", "demands",
    "addressees", "signoff",
)  # fmt: skip
MAX_FIELD = 20_000


@dataclass(frozen=True)
class DemandChoice:
    """One demand: from the library (`key`), possibly edited (`text`), or the user's own
    (`key` empty). An unedited library demand follows the appeal's language."""

    key: str = ""
    text: str = ""


@dataclass(frozen=True)
class Addressee:
    name: str
    postal: str = ""
    email: str = ""


DOC_TYPES = ("urgent", "update", "un-submission", "letter")


@dataclass(frozen=True)
class AppealSettings:
    """What the user chose for the appeal of one case; kept with every appeal sent.

    `doc_type`, `follows` (the kept appeal an update follows) and `addressee` (the address
    book entry a letter is written to) belong to one document: they are kept with it, not
    with the case's settings."""

    lang: str = "en"
    title: str = ""  # empty: the case title
    demands: tuple[DemandChoice, ...] = ()
    concern: str = ""  # empty: the default of the language
    addressees: tuple[Addressee, ...] = ()
    signoff: str = ""  # empty: the issuing organisation
    issuer: str = ""  # empty: the organisation of the vault
    reference: str = ""  # empty: the next free number
    events: tuple[str, ...] | None = None  # event ids in the chronology; None: all
    earlier: tuple[str, ...] = ()  # "case_id/event_id" of earlier events to add
    doc_type: str = "urgent"
    follows: str = ""  # id of the kept appeal an update follows
    addressee: str = ""  # name of an addressee of the address book (letters)
    contacts: tuple[str, ...] = ()  # named people's contact details ticked for publishing
    # the user's answers to the pre-publication check: finding key -> "redact" / "keep"
    decisions: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["events"] = None if self.events is None else list(self.events)
        data["earlier"] = list(self.earlier)
        data["contacts"] = list(self.contacts)
        data["decisions"] = dict(self.decisions)
        return data

    def decision_map(self) -> dict[str, str]:
        return dict(self.decisions)

    def with_decisions(self, decisions: Mapping[str, str]) -> AppealSettings:
        """These settings with `decisions` added to (and overriding) the kept ones."""
        merged = dict(self.decisions) | dict(decisions)
        return replace(self, decisions=tuple(sorted(merged.items())))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AppealSettings:
        """Settings from stored or typed JSON; ValidationError names each bad field."""
        errors: list[FieldError] = []
        known = {f.name for f in fields(cls)}
        unknown = translate("validation", "unknown field")
        errors += [FieldError(k, unknown) for k in data if k not in known]
        lang = data.get("lang", "en")
        if lang not in APPEAL_LANGS:
            message = translate("validation", "{value!r} is not one of: {allowed}")
            allowed = ", ".join(APPEAL_LANGS)
            errors.append(FieldError("lang", message.format(value=lang, allowed=allowed)))
        texts = {k: _text(errors, k, data.get(k, "")) for k in _TEXT_FIELDS}
        demands = tuple(
            DemandChoice(
                key=_text(errors, f"demands[{i}].key", d.get("key", ""), 100),
                text=_text(errors, f"demands[{i}].text", d.get("text", "")),
            )
            for i, d in enumerate(_list(errors, "demands", data.get("demands", [])))
            if _is_obj(errors, f"demands[{i}]", d)
        )
        addressees = tuple(
            Addressee(*(_text(errors, f"addressees[{i}].{k}", a.get(k, "")) for k in _ADDR))
            for i, a in enumerate(_list(errors, "addressees", data.get("addressees", [])))
            if _is_obj(errors, f"addressees[{i}]", a)
        )
        doc_type = data.get("doc_type", "urgent")
        if doc_type not in DOC_TYPES:
            message = translate("validation", "{value!r} is not one of: {allowed}")
            allowed = ", ".join(DOC_TYPES)
            errors.append(FieldError("doc_type", message.format(value=doc_type, allowed=allowed)))
        events = data.get("events")
        event_ids = None if events is None else _ids(errors, "events", events)
        earlier = _ids(errors, "earlier", data.get("earlier", []))
        contacts = tuple(
            _text(errors, f"contacts[{i}]", c, 500)
            for i, c in enumerate(_list(errors, "contacts", data.get("contacts", [])))
        )
        decisions = _decisions(errors, data.get("decisions", {}))
        if errors:
            raise ValidationError(errors)
        return cls(lang=lang, demands=demands, addressees=addressees, events=event_ids,
                   earlier=earlier, doc_type=doc_type, contacts=contacts,
                   decisions=decisions, **texts)  # fmt: skip

    def with_lang(self, lang: str) -> AppealSettings:
        return replace(self, lang=lang)


_TEXT_FIELDS = ("title", "concern", "signoff", "issuer", "reference", "follows", "addressee")
_ADDR = ("name", "postal", "email")


def _text(errors: list[FieldError], path: str, value: object, limit: int = MAX_FIELD) -> str:
    if not isinstance(value, str):
        message = translate("validation", "must be text, not {kind}")
        errors.append(FieldError(path, message.format(kind=type(value).__name__)))
        return ""
    if len(value) > limit:
        errors.append(FieldError(path, too_long(len(value), limit)))
    return value


def _list(errors: list[FieldError], path: str, value: object) -> list[Any]:
    if not isinstance(value, list | tuple):
        errors.append(FieldError(path, translate("validation", "must be a list")))
        return []
    return list(value)


DECISIONS = ("redact", "keep")


def _decisions(errors: list[FieldError], value: object) -> tuple[tuple[str, str], ...]:
    if not _is_obj(errors, "decisions", value):
        return ()
    assert isinstance(value, Mapping)
    out = []
    for key, decision in value.items():
        if decision not in DECISIONS:
            message = translate("validation", "{value!r} is not one of: {allowed}")
            allowed = ", ".join(DECISIONS)
            shown = message.format(value=decision, allowed=allowed)
            errors.append(FieldError(f"decisions[{key!r}]", shown))
        else:
            out.append((_text(errors, "decisions", key, 2000), str(decision)))
    return tuple(sorted(out))


def _is_obj(errors: list[FieldError], path: str, value: object) -> bool:
    if not isinstance(value, Mapping):
        errors.append(FieldError(path, translate("validation", "must be an object")))
        return False
    return True


def _ids(errors: list[FieldError], path: str, value: object) -> tuple[str, ...]:
    items = _list(errors, path, value)
    return tuple(_text(errors, f"{path}[{i}]", v, 200) for i, v in enumerate(items))


# --- the document ---------------------------------------------------------------------


@dataclass(frozen=True)
class Defender:
    label: str
    note: str = ""  # e.g. "pseudonym"
    organisation: str = ""  # "Member of ..." line, already phrased
    profile: tuple[str, ...] = ()


@dataclass(frozen=True)
class Involved:
    role: str  # "Affected", "Responsible", ...
    parties: str  # "A, B"


@dataclass(frozen=True)
class NarrativeItem:
    when: str
    kind: str  # the event type in the appeal's language
    place: str = ""
    text: tuple[str, ...] = ()
    involved: tuple[Involved, ...] = ()


@dataclass(frozen=True)
class Fact:
    """A labelled value: "Age: 34"."""

    label: str
    value: str


@dataclass(frozen=True)
class FactGroup:
    """Facts about one subject (a victim), under its own line."""

    title: str
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class Block:
    """A section that a document type declares beyond the urgent appeal's own: any of
    a note line, paragraphs, groups of facts, dated items and a numbered list, in that
    order. Every renderer draws every block the same way, so a new document type needs
    no new renderer."""

    key: str
    note: str = ""  # a marked line first, e.g. "Confidential"
    paragraphs: tuple[str, ...] = ()
    groups: tuple[FactGroup, ...] = ()
    items: tuple[NarrativeItem, ...] = ()
    numbered: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not (self.note or self.paragraphs or self.groups or self.items or self.numbered)


@dataclass(frozen=True)
class RedactionNote:
    """For the person preparing the appeal (never rendered): `count` mentions of a name
    that may not appear were replaced by `label`."""

    label: str
    count: int


@dataclass(frozen=True)
class AppealDocument:
    lang: str
    kind: str
    title: str
    issuer: str
    reference: str
    issued: str
    headings: Mapping[str, str]  # section -> heading, in the appeal's language
    labels: Mapping[str, str]  # reference, date, page, postal, email
    situation: tuple[str, ...] = ()
    defenders: tuple[Defender, ...] = ()
    narrative: tuple[NarrativeItem, ...] = ()
    background: tuple[str, ...] = ()
    earlier: tuple[NarrativeItem, ...] = ()
    concern: tuple[str, ...] = ()
    urge: str = ""
    demands: tuple[str, ...] = ()
    addressees: tuple[Addressee, ...] = ()
    signoff: tuple[str, ...] = ()
    doc_type: str = "urgent"
    order: tuple[str, ...] = ()  # the sections in the order the type declares; () = SECTIONS
    blocks: tuple[Block, ...] = ()
    notes: tuple[RedactionNote, ...] = field(default=(), compare=False)

    def sections(self) -> list[str]:
        """The sections this document has, in order: the urgent appeal's own sections
        and the blocks of its type."""
        present: dict[str, object] = {
            "situation": self.situation, "defenders": self.defenders,
            "narrative": self.narrative, "background": self.background or self.earlier,
            "concern": self.concern, "demands": self.demands,
            "addressees": self.addressees, "signoff": self.signoff,
        }  # fmt: skip
        present |= {b.key: not b.is_empty() for b in self.blocks}
        return [s for s in (self.order or SECTIONS) if present.get(s)]

    def block(self, key: str) -> Block:
        return next(b for b in self.blocks if b.key == key)

    def page_label(self, n: int, total: int) -> str:
        return self.labels["page"].format(n=n, total=total)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("notes")
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AppealDocument:
        """The inverse of to_dict, for appeals kept in the vault."""

        def items(raw: list[Mapping[str, Any]]) -> tuple[NarrativeItem, ...]:
            return tuple(
                NarrativeItem(
                    r["when"],
                    r["kind"],
                    r.get("place", ""),
                    tuple(r.get("text", ())),
                    tuple(Involved(**i) for i in r.get("involved", ())),
                )  # fmt: skip
                for r in raw
            )

        d = dict(data)
        return cls(
            **{k: d[k] for k in ("lang", "kind", "title", "issuer", "reference", "issued")},
            headings=dict(d["headings"]), labels=dict(d["labels"]),
            situation=tuple(d["situation"]), background=tuple(d["background"]),
            concern=tuple(d["concern"]), urge=d["urge"], demands=tuple(d["demands"]),
            signoff=tuple(d["signoff"]),
            defenders=tuple(
                Defender(x["label"], x["note"], x["organisation"], tuple(x["profile"]))
                for x in d["defenders"]
            ),
            narrative=items(d["narrative"]), earlier=items(d["earlier"]),
            addressees=tuple(Addressee(**a) for a in d["addressees"]),
            doc_type=d.get("doc_type", "urgent"), order=tuple(d.get("order", ())),
            blocks=tuple(
                Block(
                    key=b["key"], note=b.get("note", ""), paragraphs=tuple(b["paragraphs"]),
                    groups=tuple(
                        FactGroup(g["title"], tuple(Fact(**f) for f in g["facts"]))
                        for g in b["groups"]
                    ),
                    items=items(b["items"]), numbered=tuple(b["numbered"]),
                )
                for b in d.get("blocks", ())
            ),
        )  # fmt: skip


def paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs of free text: split at blank lines, lines joined, spaces tidied."""
    out: list[str] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        joined = " ".join(line.strip() for line in block.split("\n") if line.strip())
        if joined:
            out.append(joined)
    return tuple(out)


def lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip())
