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


def translation_gaps(case: Case, vault: Vault | None = None) -> dict[str, list[Gap]]:
    """For each target language, its missing and stale versions in reading order; with
    `vault`, the descriptions of the case's evidence items too."""
    gaps = {
        lang: [
            Gap(s.path, lang, s.state, texts.describe(case, s.path))
            for s in texts.translation_status(case, lang)
        ]
        for lang in target_languages(case)
    }
    if vault is not None:
        for lang, found in gaps.items():
            found += _evidence_gaps(vault, case, lang)
    return gaps


# --- evidence descriptions ------------------------------------------------------------
# They live outside the case aggregate (table evidence_texts); changing a version adds a
# "described" custody entry naming the field ("description.ru"), never its text.

EVIDENCE_FIELD = "description"


def evidence_path(evidence_id: str) -> texts.TextPath:
    return texts.TextPath("evidence", EVIDENCE_FIELD, evidence_id)


def evidence_versions(vault: Vault, evidence_id: str) -> dict[str, texts.Version]:
    """The versions of an evidence item's description, by language."""
    return {
        lang: texts.Version(text, digest, bool(review))
        for lang, text, digest, review in vault.conn.execute(
            "SELECT lang, text, original_hash, review FROM evidence_texts WHERE evidence_id = ?",
            (evidence_id,),
        )
    }


def set_evidence_text(
    vault: Vault, evidence_id: str, lang: str, text: str, *, review: bool = False,
    actor: str = "",
) -> Changes:  # fmt: skip
    """Keep `text` as the `lang` version of an item's description (empty: remove it)."""
    from casebook.services.evidence_base import find_row
    from casebook.services.evidence_details import DESCRIBED
    from casebook.vault import custody

    if not texts.is_language(lang):
        message = translate("interchange", "{code!r} is not an ISO 639-1 language code")
        raise UnknownText(message.format(code=lang))
    row = find_row(vault, evidence_id)
    old = evidence_versions(vault, row.id).get(lang)
    new = texts.Version(text, texts.text_hash(row.description), review) if text.strip() else None
    if old == new:
        return Changes()
    with vault.transaction() as conn:
        conn.execute("DELETE FROM evidence_texts WHERE evidence_id = ? AND lang = ?",
                     (row.id, lang))  # fmt: skip
        if new is not None:
            conn.execute(
                "INSERT INTO evidence_texts (evidence_id, lang, text, original_hash, review)"
                " VALUES (?, ?, ?, ?, ?)",
                (row.id, lang, new.text, new.original_hash, int(new.review)),
            )
        details = {"changed": [f"{EVIDENCE_FIELD}.{lang}"]}
        custody.append(conn, row.id, row.case_id, DESCRIBED, actor, details)
    return Changes(evidence=True, case_ids=(row.case_id,))


def _evidence_gaps(vault: Vault, case: Case, lang: str) -> list[Gap]:
    from casebook.vault import evidence_store

    out = []
    label = translate("texts", "evidence {n}: description")
    for n, row in enumerate(evidence_store.list_for_case(vault.conn, case.id), 1):
        if not row.description.strip() or lang == case.language:
            continue
        version = evidence_versions(vault, row.id).get(lang)
        if version is None:
            state = texts.MISSING
        elif version.review or version.original_hash != texts.text_hash(row.description):
            state = texts.REVIEW
        else:
            continue
        out.append(Gap(evidence_path(row.id), lang, state, label.format(n=n)))
    return out


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
    if path.kind == "evidence" and path.field == EVIDENCE_FIELD:
        from casebook.vault import evidence_store

        if path.id in {r.id for r in evidence_store.list_for_case(vault.conn, case.id)}:
            return set_evidence_text(vault, path.id, lang, text, review=review)
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


@dataclass(frozen=True)
class EvidenceText:
    """An evidence item's description and its versions, for the Translations view."""

    id: str
    n: int  # 1, 2, ... in the order the items were added
    description: str
    versions: dict[str, texts.Version]

    @property
    def path(self) -> texts.TextPath:
        return evidence_path(self.id)

    def label(self) -> str:
        return translate("texts", "evidence {n}: description").format(n=self.n)


def evidence_texts(vault: Vault, case_id: str) -> list[EvidenceText]:
    """The case's evidence items that have a description, with its versions."""
    from casebook.vault import evidence_store

    return [
        EvidenceText(row.id, n, row.description, evidence_versions(vault, row.id))
        for n, row in enumerate(evidence_store.list_for_case(vault.conn, case_id), 1)
        if row.description.strip()
    ]
