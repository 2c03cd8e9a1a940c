"""Appeals in the language of their texts: each language's versions, fallbacks said
plainly (--strict refuses them), the versions used kept by hash, roles and terms."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from casebook.domain import texts
from casebook.domain.appeal import AppealSettings
from casebook.services import appeals as appeal_svc
from casebook.services import cases as svc
from casebook.vault.vault import Vault
from tests.appeal_util import docx_parts, html_parts, norm, pdf_text
from tests.test_texts import trilingual

pytestmark = pytest.mark.usefixtures("qapp")

# One sentence per language and field: an appeal in L must hold L's and no other.
NARRATIVE = {
    "en": {"summary": "Masked men stormed the screening.", "event": "The projector was smashed.",
           "background": "Threats began in spring."},
    "ru": {"summary": "Люди в масках ворвались на показ.", "event": "Проектор был разбит.",
           "background": "Угрозы начались весной."},
    "kk": {"summary": "Бетперде киген адамдар көрсетілімге басып кірді.",
           "event": "Проектор сындырылды.", "background": "Қоқан-лоқы көктемде басталды."},
}  # fmt: skip


def document(missing: str = "") -> dict[str, Any]:
    """Every text in en, ru and kk; `missing`: a language without the event text (when
    it is English, the case is written in Russian)."""
    doc = trilingual()
    doc["language"] = "ru" if missing == "en" else "en"
    for key in ("summary", "background"):
        doc[key] = {lang: NARRATIVE[lang][key] for lang in NARRATIVE}
    doc["events"][0]["description"] = {
        lang: NARRATIVE[lang]["event"] for lang in NARRATIVE if lang != missing
    }
    return doc


def _text(fmt: str, data: bytes) -> str:
    if fmt == "pdf":
        return norm(pdf_text(data))
    if fmt == "docx":
        return norm(docx_parts(data).text)
    if fmt == "html":
        return norm(" ".join(html_parts(data).text))
    return norm(data.decode("utf-8")).replace("\\", "")


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "md"])
def test_an_appeal_holds_only_its_languages_narrative(
    vault: Vault, tmp_path: Path, lang: str, fmt: str
) -> None:
    case = svc.import_case_json(vault, json.dumps(document()))
    settings = AppealSettings(lang=lang)
    result = appeal_svc.export_appeal(
        vault, case.id, fmt, tmp_path / f"a.{fmt}", settings=settings, strict=True
    )
    text = _text(fmt, result.path.read_bytes())
    for other, sentences in NARRATIVE.items():
        for sentence in sentences.values():
            assert (sentence in text) == (other == lang), (other, sentence)
    title = {"en": "Event attacked", "ru": "Нападение на мероприятие", "kk": "Іс-шараға шабуыл"}
    assert title[lang] in text
    assert result.document.fallbacks() == ()


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_missing_version_falls_back_and_is_reported(
    vault: Vault, vault_dir: Path, tmp_path: Path, cli, lang: str
) -> None:
    case = svc.import_case_json(vault, json.dumps(document(missing=lang)))
    vault.close()
    base = ("--vault", str(vault_dir), "appeal", case.id, "--lang", lang)
    out = tmp_path / "strict.md"
    r = cli(*base, "--strict", "-o", str(out))
    assert r.code == 1
    assert "event 2024-10-09: description" in r.err and "nothing was written" in r.err
    assert not out.exists()
    r = cli("--vault", str(vault_dir), "appeals", "list", case.id, "--json")
    assert json.loads(r.out) == []  # nothing kept, no reference number taken
    r = cli(*base, "-o", str(tmp_path / "loose.md"))
    assert r.code == 0, r.err
    assert "event 2024-10-09: description" in r.err  # the warning names the field
    text = (tmp_path / "loose.md").read_text("utf-8")
    original = "ru" if lang == "en" else "en"
    assert NARRATIVE[original]["event"] in text and NARRATIVE[lang]["summary"] in text
    assert NARRATIVE[original]["summary"] not in text
    r = cli(*base, "-o", str(tmp_path / "again.md"), "--json")
    fallbacks = json.loads(r.out)["fallbacks"]
    assert fallbacks == [
        {"field": "event/description/e1", "lang": original,
         "label": "event 2024-10-09: description"}
    ]  # fmt: skip


def test_the_kept_appeal_records_the_versions_it_used(vault: Vault, tmp_path: Path) -> None:
    case = svc.import_case_json(vault, json.dumps(document(missing="kk")))
    result = appeal_svc.export_appeal(
        vault, case.id, "md", tmp_path / "a.md", settings=AppealSettings(lang="kk")
    )
    kept = appeal_svc.kept_document(vault, result.appeal_id)
    used = {t.field: t for t in kept.texts}
    assert used["case/summary/"].lang == "kk"
    assert used["case/summary/"].sha256 == texts.text_hash(NARRATIVE["kk"]["summary"])
    assert used["event/description/e1"].fell_back and used["event/description/e1"].lang == "en"
    assert used["person/role/" + case.people[0].id].sha256 == texts.text_hash("Негізін қалаушы")
    assert [t.field for t in kept.fallbacks()] == ["event/description/e1"]


def test_the_persons_role_and_organisation_reach_the_appeal(vault: Vault) -> None:
    case = svc.import_case_json(vault, json.dumps(document()))
    for lang, line in (
        ("en", "Co-founder of Feminita"),
        ("ru", "Сооснователь, Феминита"),
        ("kk", "Феминита, Негізін қалаушы"),
    ):
        doc = appeal_svc.build_document(vault, case, AppealSettings(lang=lang))
        assert [d.organisation for d in doc.defenders] == [line]


def test_police_arrest_reads_as_detention_in_russian_and_kazakh(vault: Vault) -> None:
    doc = document()
    doc["events"][0]["type"] = "arrest"
    case = svc.import_case_json(vault, json.dumps(doc))
    kinds = {
        lang: appeal_svc.build_document(vault, case, AppealSettings(lang=lang)).narrative[0].kind
        for lang in ("en", "ru", "kk")
    }
    assert kinds == {"en": "Arrest", "ru": "Задержание", "kk": "Ұстап алу"}


def test_redaction_applies_to_every_language_version(vault: Vault) -> None:
    doc = document()
    doc["people"][0]["consent"] = "pseudonym"
    doc["people"][0]["pseudonym"] = "A."
    doc["events"][0]["description"]["ru"] = "Aliya N. была на показе."
    case = svc.import_case_json(vault, json.dumps(doc))
    built = appeal_svc.build_document(vault, case, AppealSettings(lang="ru"))
    narrative = " ".join(built.narrative[0].text)
    assert "Aliya" not in narrative and "A." in narrative


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "md"])
def test_each_format_falls_back_visibly_and_strict_writes_nothing(
    vault: Vault, tmp_path: Path, lang: str, fmt: str
) -> None:
    case = svc.import_case_json(vault, json.dumps(document(missing=lang)))
    settings = AppealSettings(lang=lang)
    strict = tmp_path / f"strict.{fmt}"
    with pytest.raises(appeal_svc.FallbackError) as info:
        appeal_svc.export_appeal(vault, case.id, fmt, strict, settings=settings, strict=True)
    assert info.value.fields == ["event 2024-10-09: description"]
    assert not strict.exists() and appeal_svc.list_kept(vault, case.id) == []
    result = appeal_svc.export_appeal(vault, case.id, fmt, tmp_path / f"a.{fmt}", settings=settings)
    text = _text(fmt, result.path.read_bytes())
    original = "ru" if lang == "en" else "en"
    assert NARRATIVE[original]["event"] in text and NARRATIVE[lang]["summary"] in text
    assert appeal_svc.fallback_fields(case, result.document) == ["event 2024-10-09: description"]


def test_a_pseudonymous_defenders_role_stays_out_of_the_appeal(vault: Vault) -> None:
    doc = document()
    doc["people"][0].update(consent="pseudonym", pseudonym="A.")
    case = svc.import_case_json(vault, json.dumps(doc))
    built = appeal_svc.build_document(vault, case, AppealSettings(lang="en"))
    assert [d.organisation for d in built.defenders] == ["Member of Feminita"]
    assert not any(t.field.startswith("person/role/") for t in built.texts)
