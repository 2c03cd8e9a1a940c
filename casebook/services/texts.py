"""Case texts in several languages: what each language lacks, and a case read in one
language. Used by the CLI (`case show --lang`, `case translations`) and the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from casebook.domain import texts
from casebook.domain.model import Case
from casebook.i18n import translate
from casebook.services.changes import Changes
from casebook.vault.vault import Vault


@dataclass(frozen=True)
class Gap:
    """One field a language lacks (`state` "missing") or has stale ("review")."""

    path: texts.TextPath
    lang: str
    state: str
    label: str  # the field named for people

    def to_dict(self) -> dict[str, str]:
        return {"field": self.path.key, "label": self.label, "state": self.state}


def target_languages(case: Case) -> list[str]:
    """The languages a case may be translated into: the application's, and any other
    that a version uses already; never the case's own."""
    found = {lang for entry in case.translations.values() for lang in entry}
    langs = list(texts.TEXT_LANGS) + sorted(found - set(texts.TEXT_LANGS))
    return [lang for lang in langs if lang != case.language]


def translation_gaps(case: Case) -> dict[str, list[Gap]]:
    """For each target language, its missing and stale versions in reading order."""
    return {
        lang: [
            Gap(s.path, lang, s.state, texts.describe(case, s.path))
            for s in texts.translation_status(case, lang)
        ]
        for lang in target_languages(case)
    }


@dataclass(frozen=True)
class ShownText:
    path: texts.TextPath
    label: str
    text: str
    lang: str  # the language of `text`
    fell_back: bool
    needs_review: bool

    def to_dict(self) -> dict[str, object]:
        return {"field": self.path.key, "label": self.label, "text": self.text,
                "lang": self.lang, "fell_back": self.fell_back,
                "needs_review": self.needs_review}  # fmt: skip


def texts_in(case: Case, lang: str) -> list[ShownText]:
    """Every non-empty translatable text of the case in `lang`, or its original."""
    out = []
    for path in texts.paths(case):
        text, fell_back = texts.text_for(case, path, lang)
        if text.strip():
            out.append(
                ShownText(
                    path,
                    texts.describe(case, path),
                    text,
                    case.language if fell_back else lang,
                    fell_back,
                    texts.needs_review(case, path, lang),
                )  # fmt: skip
            )
    return out


class UnknownText(ValueError):
    """The field named is not a translatable text of the case."""


def set_text(
    vault: Vault, case_id: str, key: str, lang: str, text: str, *, review: bool = False
) -> Changes:
    """Keep `text` as the `lang` version of the field `key` (a TextPath key, as listed by
    `translation_gaps`); in the case's own language it replaces the original. Empty text
    removes the version."""
    from casebook.services.cases import get_case, save_case

    case = get_case(vault, case_id)
    path = texts.TextPath.parse(key)
    if texts.original(case, path) is None:
        known = ", ".join(p.key for p in texts.paths(case))
        raise UnknownText(
            translate("texts", "{key!r} is not a text of this case; its texts are: {known}")
            .format(key=key, known=known)
        )  # fmt: skip
    if not texts.is_language(lang):
        message = translate("interchange", "{code!r} is not an ISO 639-1 language code")
        raise UnknownText(message.format(code=lang))
    texts.set_version(case, path, lang, text, review=review)
    return save_case(vault, case)
