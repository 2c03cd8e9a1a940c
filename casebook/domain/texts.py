"""Translatable case texts: every text that can reach a publication has an original (the
str field of the model, in the case's language) and versions in other languages.

A version remembers the hash of the original it was made from; when the original changes
afterwards the version "needs review". Versions live beside the model in
``Case.translations``: field key -> {language: Version}. Field keys are
``kind/field/id`` (``case/summary/``, ``event/description/<event id>``,
``demand/text/0``), so an id may contain any character.
"""

from __future__ import annotations

import copy
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from casebook.domain.model import Case, Event, Organisation, Person
from casebook.domain.model import Version as Version  # re-exported: texts.Version
from casebook.domain.validation import FieldError
from casebook.i18n import QT_TRANSLATE_NOOP, translate

TEXT_LANGS = ("en", "ru", "kk")  # the languages the application offers
# ISO 639-1: the model accepts any of these, the application offers TEXT_LANGS.
ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs
    cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he
    hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr
    ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng
    nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk
    sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz
    ve vi vo wa wo xh yi yo za zh zu""".split()
)

CASE_FIELDS = ("title", "location", "summary", "background")
PERSON_FIELDS = ("organisation", "role", "profile", "anonymous_description")
ORG_FIELDS = ("name", "description")
EVENT_FIELDS = ("place", "description")
KIND_FIELDS = {
    "case": CASE_FIELDS,
    "demand": ("text",),
    "person": PERSON_FIELDS,
    "organisation": ORG_FIELDS,
    "event": EVENT_FIELDS,
}

MISSING = "missing"
REVIEW = "review"


_KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_ANY_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def guess_language(text: str) -> str:
    """en when Latin letters outnumber Cyrillic ones; else kk when Kazakh letters are
    more than a few (a Kazakh name in a Russian text is not enough), else ru."""
    cyrillic = len(_ANY_CYRILLIC.findall(text))
    if cyrillic == 0 or cyrillic <= len(_LATIN.findall(text)):
        return "en"
    return "kk" if len(_KAZAKH.findall(text)) >= 0.06 * cyrillic else "ru"


def rekey(case: Case, remap: dict[str, str]) -> None:
    """Follow new ids of people, organisations and events (old id -> new id)."""
    moved: dict[str, dict[str, Version]] = {}
    for key, entry in case.translations.items():
        path = TextPath.parse(key)
        if path.kind in ("person", "organisation", "event"):
            path = path._replace(id=remap.get(path.id, path.id))
        moved[path.key] = entry
    case.translations = moved


def text_errors(case: Case) -> list[FieldError]:
    """Bad language codes in the case or its versions, named by field."""
    errors = []
    message = translate("interchange", "{code!r} is not an ISO 639-1 language code")
    if not is_language(case.language):
        errors.append(FieldError("language", message.format(code=case.language)))
    for key, entry in case.translations.items():
        errors += [
            FieldError(f"translations[{key!r}]", message.format(code=lang))
            for lang in entry
            if not is_language(lang)
        ]
    return errors


def is_language(code: object) -> bool:
    return isinstance(code, str) and code in ISO_639_1


def text_hash(text: str) -> str:
    """SHA-256 of the text (NFC, line ends normalised): what a version was made from."""
    norm = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


class TextPath(NamedTuple):
    kind: str  # case, demand, person, organisation, event
    field: str
    id: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind}/{self.field}/{self.id}"

    @classmethod
    def parse(cls, key: str) -> TextPath:
        kind, fld, ident = (key.split("/", 2) + ["", ""])[:3]
        return cls(kind, fld, ident)


def _entity(case: Case, path: TextPath) -> Case | Person | Organisation | Event | None:
    if path.kind == "case":
        return case
    items: list[Person] | list[Organisation] | list[Event] = []
    if path.kind == "person":
        items = case.people
    elif path.kind == "organisation":
        items = case.organisations
    elif path.kind == "event":
        items = case.events
    return next((x for x in items if x.id == path.id), None)


def original(case: Case, path: TextPath) -> str | None:
    """The original text of a field, None when the field (or its entity) does not exist."""
    if path.field not in KIND_FIELDS.get(path.kind, ()):
        return None
    if path.kind == "demand":
        i = int(path.id) if path.id.isdigit() else -1
        return case.demands[i] if 0 <= i < len(case.demands) else None
    entity = _entity(case, path)
    return None if entity is None else str(getattr(entity, path.field))


def set_original(case: Case, path: TextPath, text: str) -> None:
    if path.kind == "demand":
        case.demands[int(path.id)] = text
        return
    entity = _entity(case, path)
    if entity is None:
        raise KeyError(path.key)
    setattr(entity, path.field, text)


def paths(case: Case) -> list[TextPath]:
    """Every translatable field of the case, in the order a reader meets them."""
    out = [TextPath("case", f) for f in CASE_FIELDS]
    out += [TextPath("demand", "text", str(i)) for i in range(len(case.demands))]
    for p in case.people:
        out += [TextPath("person", f, p.id) for f in PERSON_FIELDS]
    for o in case.organisations:
        out += [TextPath("organisation", f, o.id) for f in ORG_FIELDS]
    for e in case.events:
        out += [TextPath("event", f, e.id) for f in EVENT_FIELDS]
    return out


def versions(case: Case, path: TextPath) -> dict[str, Version]:
    return dict(case.translations.get(path.key, {}))


def languages(case: Case, path: TextPath) -> list[str]:
    """The languages a field has text in: the original's first, then its versions."""
    base = [case.language] if (original(case, path) or "").strip() else []
    return base + sorted(versions(case, path))


def get_version(case: Case, path: TextPath, lang: str) -> Version | None:
    return case.translations.get(path.key, {}).get(lang)


def set_version(case: Case, path: TextPath, lang: str, text: str, review: bool = False) -> None:
    """Keep `text` as the `lang` version of a field (made from its current original).
    Empty text removes the version. In the case's own language the original is set."""
    if lang == case.language:
        set_original(case, path, text)
        return
    base = original(case, path)
    if base is None:
        raise KeyError(path.key)
    entry = case.translations.setdefault(path.key, {})
    if text.strip():
        entry[lang] = Version(text, text_hash(base), review)
    else:
        entry.pop(lang, None)
    if not entry:
        del case.translations[path.key]


def set_language(case: Case, lang: str) -> None:
    """Say the originals are in `lang`. Where a text has a `lang` version, that version
    becomes the original and the former original a version in the former language, so
    no text is lost."""
    old = case.language
    if lang == old:
        return
    for key in list(case.translations):
        path = TextPath.parse(key)
        entry = case.translations[key]
        version = entry.pop(lang, None)
        base = original(case, path)
        if version is None or base is None:
            continue
        set_original(case, path, version.text)
        if base.strip():
            entry[old] = Version(base, text_hash(version.text))
        if not entry:
            del case.translations[key]
    case.language = lang


def needs_review(case: Case, path: TextPath, lang: str) -> bool:
    """The version was marked for review, or the original changed after it was written."""
    v = get_version(case, path, lang)
    if v is None:
        return False
    return v.review or v.original_hash != text_hash(original(case, path) or "")


def text_for(case: Case, path: TextPath, lang: str) -> tuple[str, bool]:
    """The text of a field in `lang` and whether it fell back to the original (only a
    non-empty original that has no `lang` version falls back)."""
    base = original(case, path) or ""
    if lang == case.language:
        return base, False
    v = get_version(case, path, lang)
    if v is not None and v.text.strip():
        return v.text, False
    return base, bool(base.strip())


@dataclass(frozen=True)
class TextState:
    path: TextPath
    lang: str
    state: str  # MISSING or REVIEW


def translation_status(case: Case, lang: str) -> list[TextState]:
    """What `lang` lacks (a non-empty original without a version) or has stale."""
    if lang == case.language:
        return []
    out = []
    for path in paths(case):
        if not (original(case, path) or "").strip():
            continue
        if get_version(case, path, lang) is None:
            out.append(TextState(path, lang, MISSING))
        elif needs_review(case, path, lang):
            out.append(TextState(path, lang, REVIEW))
    return out


def prune(case: Case) -> None:
    """Drop versions of fields that no longer exist, and of the case's own language."""
    for key in list(case.translations):
        path = TextPath.parse(key)
        entry = case.translations[key]
        entry.pop(case.language, None)
        if original(case, path) is None or not entry:
            del case.translations[key]


@dataclass(frozen=True)
class TextUse:
    """Which text an output used for a field: its language, hash, and whether it fell
    back to the original."""

    field: str  # a TextPath key
    lang: str
    sha256: str
    fell_back: bool = False


@dataclass
class Localised:
    case: Case  # a copy whose str fields hold the texts in the language asked for
    used: list[TextUse]

    @property
    def fallbacks(self) -> list[TextPath]:
        return [TextPath.parse(u.field) for u in self.used if u.fell_back]


def localise(case: Case, lang: str) -> Localised:
    """A copy of `case` with every translatable field in `lang` (or its original), and a
    record of what was used, for outputs such as appeals."""
    out = copy.deepcopy(case)
    used: list[TextUse] = []
    for path in paths(case):
        text, fell_back = text_for(case, path, lang)
        if not text.strip():
            continue
        set_original(out, path, text)
        used.append(TextUse(path.key, case.language if fell_back else lang, text_hash(text),
                            fell_back))  # fmt: skip
    return Localised(out, used)


# --- how a field is named to people -------------------------------------------------------

_FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("texts", "title"),
    "location": QT_TRANSLATE_NOOP("texts", "location"),
    "summary": QT_TRANSLATE_NOOP("texts", "summary"),
    "background": QT_TRANSLATE_NOOP("texts", "background"),
    "text": QT_TRANSLATE_NOOP("texts", "demand"),
    "organisation": QT_TRANSLATE_NOOP("texts", "organisation"),
    "role": QT_TRANSLATE_NOOP("texts", "role"),
    "profile": QT_TRANSLATE_NOOP("texts", "profile"),
    "anonymous_description": QT_TRANSLATE_NOOP("texts", "anonymous description"),
    "name": QT_TRANSLATE_NOOP("texts", "name"),
    "description": QT_TRANSLATE_NOOP("texts", "description"),
    "place": QT_TRANSLATE_NOOP("texts", "place"),
}


def describe(case: Case, path: TextPath) -> str:
    """A short name of a field for people: 'summary', 'event 2024-10-09: description'."""
    field_label = translate("texts", _FIELD_LABELS.get(path.field, path.field))
    if path.kind == "case":
        return field_label
    if path.kind == "demand":
        return translate("texts", "demand {n}").format(n=int(path.id or 0) + 1)
    entity = _entity(case, path)
    if isinstance(entity, Event):
        return translate("texts", "event {date}: {field}").format(
            date=entity.date.text(), field=field_label
        )
    if isinstance(entity, Person):
        return translate("texts", "person {n}: {field}").format(
            n=case.people.index(entity) + 1, field=field_label
        )
    if isinstance(entity, Organisation):
        return translate("texts", "organisation {n}: {field}").format(
            n=case.organisations.index(entity) + 1, field=field_label
        )
    return path.key
