"""The ``casebook-case/2`` interchange format: one case as a JSON-compatible dict.

/2 is /1 plus translatable texts: the case's ``language``, and any translatable field may
be an object mapping ISO 639-1 codes to texts; ``needs_review`` lists the JSON paths of
versions made from an older original. /1 documents still import.

``case_from_dict`` checks every value and names the JSON path of the first
problems it finds; it never returns a half-valid case.
"""

from __future__ import annotations

import re
from typing import Any

from casebook.domain import interchange_outreach as outreach
from casebook.domain import texts
from casebook.domain.model import (
    Case,
    Event,
    EventDate,
    Involvement,
    Organisation,
    Person,
    Version,
)
from casebook.domain.validation import FieldError, ValidationError, case_errors, required
from casebook.i18n import QT_TRANSLATE_NOOP, translate

FORMAT = "casebook-case/2"
FORMAT_V1 = "casebook-case/1"
FORMATS = (FORMAT_V1, FORMAT)


class InterchangeError(ValidationError):
    """The document does not follow casebook-case/1; errors carry JSON paths."""


def case_to_dict(case: Case) -> dict[str, Any]:
    """The case as casebook-case/2: a translatable field is a string when it has only its
    original, else an object {language: text} with the original's language first."""
    w = _Writer(case)
    data: dict[str, Any] = {"format": FORMAT, "id": case.id, "language": case.language}
    data["title"] = w.text("case", "title", "", "$.title")
    data["status"] = case.status
    data["country"] = case.country
    for key in ("location", "summary", "background"):
        data[key] = w.text("case", key, "", f"$.{key}")
    data["sensitivity"] = case.sensitivity
    data["tags"] = list(case.tags)
    data["demands"] = [
        w.text("demand", "text", str(i), f"$.demands[{i}]") for i in range(len(case.demands))
    ]
    data["created"] = case.created
    data["updated"] = case.updated
    data["people"] = [_person_dict(w, p, f"$.people[{i}]") for i, p in enumerate(case.people)]
    data["organisations"] = [
        {"ref": o.id, "name": w.text("organisation", "name", o.id, f"$.organisations[{i}].name"),
         "kind": o.kind,
         "description": w.text("organisation", "description", o.id,
                               f"$.organisations[{i}].description")}
        for i, o in enumerate(case.organisations)
    ]  # fmt: skip
    data["events"] = [
        {
            "id": e.id,
            "date": e.date.text(),
            "time": e.time,
            "place": w.text("event", "place", e.id, f"$.events[{i}].place"),
            "type": e.type,
            "description": w.text("event", "description", e.id, f"$.events[{i}].description"),
            "involved": [{"ref": inv.ref, "role": inv.role} for inv in e.involved],
            **outreach.event_extras(e),
        }
        for i, e in enumerate(case.events)
    ]
    data |= outreach.case_extras(case)
    if w.review:
        data["needs_review"] = w.review
    return data


def _person_dict(w: _Writer, p: Person, path: str) -> dict[str, Any]:
    def t(key: str) -> str | dict[str, str]:
        return w.text("person", key, p.id, f"{path}.{key}")

    return {
        "ref": p.id, "name": p.name, "pseudonym": p.pseudonym, "consent": p.consent,
        "organisation": t("organisation"), "role": t("role"), "profile": t("profile"),
        "private_notes": p.private_notes, "risk": p.risk, "gender": p.gender,
        "anonymous_description": t("anonymous_description"), "contact": p.contact,
        "aliases": list(p.aliases), "contacts": list(p.contacts),
        **outreach.person_extras(p),
    }  # fmt: skip


class _Writer:
    """Writes translatable fields and collects the JSON paths of versions to review."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.review: list[str] = []

    def text(self, kind: str, fld: str, ident: str, path: str) -> str | dict[str, str]:
        tp = texts.TextPath(kind, fld, ident)
        base = texts.original(self.case, tp) or ""
        found = texts.versions(self.case, tp)
        found.pop(self.case.language, None)
        if not found:
            return base
        out = {self.case.language: base}
        for lang in sorted(found):
            out[lang] = found[lang].text
            if texts.needs_review(self.case, tp, lang):
                self.review.append(f"{path}.{lang}")
        return out


class _Reader:
    """Reads typed values out of nested dicts, collecting errors with JSON paths."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []
        self.pending: list[tuple[texts.TextPath, str, dict[str, str]]] = []

    def fail(self, path: str, message: str) -> None:
        self.errors.append(FieldError(path, message))

    def wrong_type(self, path: str, message: str, value: Any) -> None:
        self.fail(path, translate("interchange", message).format(kind=_kind(value)))

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.wrong_type(path, _OBJECT, value)
            return {}
        return value

    def string(self, d: dict[str, Any], key: str, path: str, default: str = "") -> str:
        value = d.get(key, default)
        if value is None:
            return default
        if not isinstance(value, str):
            self.wrong_type(f"{path}.{key}", _STRING, value)
            return default
        return value

    def text(self, d: dict[str, Any], key: str, path: str, kind: str, ident: str = "") -> str:
        """A translatable field: a string, or an object {language: text}. The versions
        are kept aside until the case's language is known (see `apply_versions`)."""
        value = d.get(key, "")
        return self._text(value, f"{path}.{key}", texts.TextPath(kind, key, ident))

    def _text(self, value: Any, path: str, tp: texts.TextPath) -> str:
        if value is None or isinstance(value, str):
            return value or ""
        if not isinstance(value, dict):
            self.wrong_type(path, _TEXT, value)
            return ""
        if not value:
            self.fail(path, translate("interchange", "must name at least one language"))
            return ""
        found: dict[str, str] = {}
        for lang, text in value.items():
            if not texts.is_language(lang):
                message = translate("interchange", "{code!r} is not an ISO 639-1 language code")
                self.fail(f"{path}.{lang}", message.format(code=lang))
            elif not isinstance(text, str):
                self.wrong_type(f"{path}.{lang}", _STRING, text)
            else:
                found[lang] = text
        self.pending.append((tp, path, found))
        return ""

    def apply_versions(self, case: Case, review: list[str]) -> None:
        """Put the originals and versions read by `text` into the case."""
        made: set[str] = set()
        for tp, path, found in self.pending:
            if tp.kind in ("person", "organisation", "event") and not tp.id:
                continue
            if case.language not in found:
                message = translate("interchange", "lacks the text in the case's language {lang!r}")
                self.fail(path, message.format(lang=case.language))
                continue
            texts.set_original(case, tp, found[case.language])
            for lang, text in found.items():
                if lang != case.language and text.strip():
                    made.add(f"{path}.{lang}")
                    base = found[case.language]
                    case.translations.setdefault(tp.key, {})[lang] = Version(
                        text, texts.text_hash(base), f"{path}.{lang}" in review
                    )
        for i, p in enumerate(review):
            if p not in made:
                message = translate("interchange", "{path!r} names no language version here")
                self.fail(f"$.needs_review[{i}]", message.format(path=p))

    def strings(self, d: dict[str, Any], key: str, path: str) -> list[str]:
        value = d.get(key, [])
        if not isinstance(value, list):
            self.wrong_type(f"{path}.{key}", _STRINGS, value)
            return []
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.wrong_type(f"{path}.{key}[{i}]", _STRING, item)
            else:
                out.append(item)
        return out

    def items(self, d: dict[str, Any], key: str, path: str) -> list[tuple[str, dict[str, Any]]]:
        value = d.get(key, [])
        if not isinstance(value, list):
            self.wrong_type(f"{path}.{key}", _ARRAY, value)
            return []
        return [
            (f"{path}.{key}[{i}]", self.obj(v, f"{path}.{key}[{i}]")) for i, v in enumerate(value)
        ]


_OBJECT = QT_TRANSLATE_NOOP("interchange", "must be an object, not {kind}")
_STRING = QT_TRANSLATE_NOOP("interchange", "must be a string, not {kind}")
_TEXT = QT_TRANSLATE_NOOP(
    "interchange", "must be a string or an object of texts by language, not {kind}"
)
_STRINGS = QT_TRANSLATE_NOOP("interchange", "must be an array of strings, not {kind}")
_ARRAY = QT_TRANSLATE_NOOP("interchange", "must be an array, not {kind}")
_KINDS = {
    dict: QT_TRANSLATE_NOOP("interchange", "an object"),
    list: QT_TRANSLATE_NOOP("interchange", "an array"),
    str: QT_TRANSLATE_NOOP("interchange", "a string"),
    bool: QT_TRANSLATE_NOOP("interchange", "a boolean"),
    type(None): QT_TRANSLATE_NOOP("interchange", "null"),
}
_NUMBER = QT_TRANSLATE_NOOP("interchange", "a number")


def _kind(value: Any) -> str:
    return translate("interchange", _KINDS.get(type(value), _NUMBER))


_PERSON_KEYS = {
    "ref", "id", "name", "pseudonym", "consent", "organisation", "role", "profile",
    "private_notes", "risk", "gender", "anonymous_description", "contact", "un_consent", "age",
    "residence", "aliases", "contacts",
}  # fmt: skip
_ORG_KEYS = {"ref", "id", "name", "kind", "description"}
_EVENT_KEYS = {"id", "date", "time", "place", "type", "description", "involved", "detention"}
_CASE_KEYS = {
    "format", "id", "title", "status", "country", "location", "summary", "background",
    "sensitivity", "tags", "demands", "created", "updated", "people", "organisations", "events",
    "actions_taken", "outreach", "language", "needs_review",
}  # fmt: skip


def _unknown(r: _Reader, d: dict[str, Any], allowed: set[str], path: str) -> None:
    for key in d:
        if key not in allowed:
            r.fail(f"{path}.{key}", translate("interchange", "is not a field of casebook-case/1"))


def case_from_dict(data: Any) -> Case:
    """Build a Case from a casebook-case/2 (or /1) document, or raise InterchangeError."""
    r = _Reader()
    d = r.obj(data, "$")
    if d and d.get("format") not in FORMATS:
        message = translate("interchange", "must be {expected!r}, not {found!r}")
        r.fail("$.format", message.format(expected=FORMAT, found=d.get("format")))
    language = r.string(d, "language", "$", "en")
    if not texts.is_language(language):
        message = translate("interchange", "{code!r} is not an ISO 639-1 language code")
        r.fail("$.language", message.format(code=language))
    _unknown(r, d, _CASE_KEYS, "$")
    refs: dict[str, str] = {}  # document ref -> model id
    people = [_person(r, p, path, refs) for path, p in r.items(d, "people", "$")]
    orgs = [_org(r, o, path, refs) for path, o in r.items(d, "organisations", "$")]
    events = [_event(r, e, path, refs) for path, e in r.items(d, "events", "$")]
    case = Case(
        title=r.text(d, "title", "$", "case"),
        status=r.string(d, "status", "$", "open"),
        country=r.string(d, "country", "$").upper(),
        location=r.text(d, "location", "$", "case"),
        summary=r.text(d, "summary", "$", "case"),
        background=r.text(d, "background", "$", "case"),
        sensitivity=r.string(d, "sensitivity", "$", "internal"),
        tags=r.strings(d, "tags", "$"),
        demands=_demands(r, d),
        people=people,
        organisations=orgs,
        events=[e for e in events if e is not None],
        language=language,
    )
    case.actions_taken = outreach.read_actions(r, d, {e.id for e in case.events})
    if "id" in d:
        case.id = _uuid(r, d, "$") or case.id
    for key in ("created", "updated"):
        if value := r.string(d, key, "$"):
            setattr(case, key, value)
    case.outreach = outreach.read_outreach(r, d, case.id)
    r.apply_versions(case, r.strings(d, "needs_review", "$"))
    if not r.errors:
        # Model rules (vocabularies, required fields), reported with JSON paths.
        r.errors += [FieldError(f"$.{e.path}", e.message) for e in case_errors(case)]
    if r.errors:
        raise InterchangeError(r.errors)
    return case


def _demands(r: _Reader, d: dict[str, Any]) -> list[str]:
    value = d.get("demands", [])
    if not isinstance(value, list):
        r.wrong_type("$.demands", _ARRAY, value)
        return []
    return [
        r._text(item, f"$.demands[{i}]", texts.TextPath("demand", "text", str(i)))
        for i, item in enumerate(value)
    ]


def _ref(r: _Reader, d: dict[str, Any], path: str, refs: dict[str, str], model_id: str) -> None:
    ref = r.string(d, "ref", path)
    if not ref:
        r.fail(f"{path}.ref", required())
    elif ref in refs:
        r.fail(f"{path}.ref", translate("interchange", "{ref!r} is used twice").format(ref=ref))
    else:
        refs[ref] = model_id


def _person(r: _Reader, d: dict[str, Any], path: str, refs: dict[str, str]) -> Person:
    _unknown(r, d, _PERSON_KEYS, path)
    p = Person(name=r.string(d, "name", path))
    p.id = _uuid(r, d, path) or _keep_id(r.string(d, "ref", path), p.id)
    for key in ("pseudonym", "private_notes", "gender", "contact"):
        setattr(p, key, r.string(d, key, path))
    for key in texts.PERSON_FIELDS:
        setattr(p, key, r.text(d, key, path, "person", p.id))
    p.consent = r.string(d, "consent", path, "anonymous")
    p.risk = r.string(d, "risk", path, "medium")
    p.aliases = [a for a in r.strings(d, "aliases", path) if a.strip()]
    p.contacts = [c for c in r.strings(d, "contacts", path) if c.strip()]
    p.un_consent = outreach.read_un_consent(r, d, path)
    p.age, p.residence = r.string(d, "age", path), r.string(d, "residence", path)
    _ref(r, d, path, refs, p.id)
    return p


def _org(r: _Reader, d: dict[str, Any], path: str, refs: dict[str, str]) -> Organisation:
    _unknown(r, d, _ORG_KEYS, path)
    o = Organisation(name="", kind=r.string(d, "kind", path, "other"))
    o.id = _uuid(r, d, path) or _keep_id(r.string(d, "ref", path), o.id)
    o.name = r.text(d, "name", path, "organisation", o.id)
    o.description = r.text(d, "description", path, "organisation", o.id)
    _ref(r, d, path, refs, o.id)
    return o


def _event(r: _Reader, d: dict[str, Any], path: str, refs: dict[str, str]) -> Event | None:
    _unknown(r, d, _EVENT_KEYS, path)
    raw_date = r.string(d, "date", path)
    try:
        when = EventDate.parse(raw_date)
    except ValueError as exc:
        r.fail(f"{path}.date", str(exc))
        return None
    e = Event(date=when, type=r.string(d, "type", path))
    e.id = _uuid(r, d, path, strict=False) or e.id
    e.time = r.string(d, "time", path)
    e.place = r.text(d, "place", path, "event", e.id)
    e.description = r.text(d, "description", path, "event", e.id)
    e.detention = outreach.read_detention(r, d, path)
    for ipath, inv in r.items(d, "involved", path):
        ref = r.string(inv, "ref", ipath)
        if ref not in refs:
            message = translate(
                "interchange", "{ref!r} names no person or organisation of this case"
            )
            r.fail(f"{ipath}.ref", message.format(ref=ref))
            continue
        e.involved.append(Involvement(ref=refs[ref], role=r.string(inv, "role", ipath)))
    return e


_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _uuid(r: _Reader, d: dict[str, Any], path: str, *, strict: bool = True) -> str:
    """An id as written, only when it is a UUID ('' when absent): ids become names in
    the vault and in exports, so "../x", control characters or "" are refused. Event ids
    (`strict=False`) may also be short plain words ("e1"), as hand-written files and
    partners' tools use them; the other rules stay."""
    import uuid

    if "id" not in d:
        return ""
    value = d["id"]
    if not isinstance(value, str):
        r.wrong_type(f"{path}.id", _STRING, value)
        return ""
    if not strict and _SAFE_ID.match(value):
        return value
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        parsed = None
    if parsed is None or len(value) != 36:
        r.fail(
            f"{path}.id",
            translate("interchange", "must be a UUID such as {example}, not {found!r}").format(
                example="0b4e7a52-3f1c-4d8e-9a61-2f0c5d7e8b90", found=value[:40]
            ),
        )
        return ""
    return str(parsed)


def _keep_id(ref: str, fallback: str) -> str:
    """Exported documents use model ids as refs; keep them so a round trip is lossless."""
    import uuid

    try:
        return str(uuid.UUID(ref))
    except ValueError:
        return fallback
