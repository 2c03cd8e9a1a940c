"""Phrase tables and the library of standard demands, from resources/appeals/."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from casebook.domain.appeal import DemandChoice
from casebook.domain.phrases import APPEAL_LANGS, Phrases, PhraseTableError
from casebook.resources import resource


@dataclass(frozen=True)
class LibraryDemand:
    key: str
    texts: dict[str, str]  # lang -> text

    def text(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts["en"]


@cache
def phrases(lang: str) -> Phrases:
    if lang not in APPEAL_LANGS:
        raise PhraseTableError(f"no phrases for language {lang!r}; use {', '.join(APPEAL_LANGS)}")
    data = json.loads(resource("appeals", f"{lang}.json").read_text("utf-8"))
    return Phrases.from_dict(data)


@cache
def type_phrases(lang: str) -> dict[str, str]:
    """The headings and sentences of the document types written in `lang`."""
    from casebook.domain.doc_types import missing_phrases

    table = json.loads(resource("appeals", "doc_types.json").read_text("utf-8"))
    texts = dict(table.get(lang, {}))
    missing = missing_phrases(lang, texts)
    if missing:
        raise PhraseTableError(f"doc_types.json, {lang}: missing: {', '.join(missing)}")
    return texts


@cache
def demands_library() -> tuple[LibraryDemand, ...]:
    data = json.loads(resource("appeals", "demands.json").read_text("utf-8"))
    out: list[LibraryDemand] = []
    for i, entry in enumerate(data["demands"]):
        missing = [lang for lang in APPEAL_LANGS if not entry.get(lang)]
        if not entry.get("key") or missing:
            raise PhraseTableError(f"demands[{i}]: needs a key and texts in {', '.join(missing)}")
        out.append(LibraryDemand(entry["key"], {lang: entry[lang] for lang in APPEAL_LANGS}))
    return tuple(out)


def library_mapping() -> dict[str, dict[str, str]]:
    return {d.key: d.texts for d in demands_library()}


def library_demand(key: str) -> LibraryDemand | None:
    return next((d for d in demands_library() if d.key == key), None)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".;").casefold()


def choice_for(text: str) -> DemandChoice:
    """A demand typed as text: the library entry when it is one (in any language), so it
    follows the appeal's language; the user's own text otherwise."""
    wanted = _norm(text)
    for demand in demands_library():
        if any(_norm(t) == wanted for t in demand.texts.values()):
            return DemandChoice(key=demand.key)
    return DemandChoice(text=text.strip())
