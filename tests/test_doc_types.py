"""Issue 16, document types from one case: the update, the UN Special Procedures
submission and the letter, in every format and every language they are written in
(golden structure: section headings in order, read back from each format)."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from casebook.domain.appeal import AppealSettings
from casebook.domain.doc_types import DOC_TYPES, DocumentRefused
from casebook.domain.model import Case, Event, EventDate, Involvement
from casebook.domain.outreach import ActionTaken, UnConsent
from casebook.services import appeals as svc
from casebook.services import outreach
from casebook.services.appeals.library import type_phrases
from casebook.services.cases import get_case, save_case
from casebook.services.demo import case_administrative_detention
from casebook.vault.vault import Vault
from tests.appeal_util import docx_parts, html_parts, md_parts, md_unescape, norm, pdf_text

pytestmark = pytest.mark.usefixtures("qapp")
TODAY = date(2024, 3, 12)
SECRET = "Saule Bekova"  # anonymous in the demo case, and a victim


def _case(vault: Vault, *, consent_saule: bool | None = True) -> Case:
    case = case_administrative_detention()
    marat, saule = case.people
    marat.un_consent = UnConsent(True, True)
    marat.age, marat.residence, marat.gender = "24", "Astana", "m"
    saule.un_consent = UnConsent(consent_saule, False)
    case.actions_taken = [
        ActionTaken(
            "2024-03-10", "Astana city court", "appeal against the detention", "5-88/2024", ""
        )  # fmt: skip
    ]
    save_case(vault, case)
    return case


def _export(vault: Vault, case: Case, tmp_path: Path, fmt: str, **kw: str) -> bytes:
    settings = replace(svc.load_settings(vault, case.id), **kw)  # type: ignore[arg-type]
    out = tmp_path / f"{kw.get('doc_type', 'urgent')}-{kw.get('lang', 'x')}.{fmt}"
    svc.export_appeal(vault, case.id, fmt, out, settings=settings, today=TODAY, confirmed=True)
    return out.read_bytes()


def _headings(data: bytes, fmt: str) -> list[str]:
    if fmt == "md":
        return [md_unescape(h) for h in md_parts(data)[0]]
    if fmt == "html":
        return html_parts(data).h2
    if fmt == "docx":
        return docx_parts(data).headings
    raise AssertionError("PDF headings are checked by their positions in the text")


def _text(data: bytes, fmt: str) -> str:
    if fmt == "pdf":  # NFKC: the PDF's ligatures (ﬁ) read as their letters
        return norm(unicodedata.normalize("NFKC", pdf_text(data)))
    if fmt == "docx":
        return norm(docx_parts(data).text)
    if fmt == "html":
        return norm("".join(html_parts(data).text))
    return norm(md_unescape(data.decode("utf-8")))


def _expected_headings(doc_type: str, lang: str) -> list[str]:
    texts = type_phrases(lang)
    from casebook.services.appeals.library import phrases

    base = phrases(lang)
    wanted = []
    for section in DOC_TYPES[doc_type].sections:
        if section == "addressees":  # the demo case's settings have none
            continue
        if doc_type == "letter" and section in ("demands", "signoff"):
            continue  # a letter reads on without headings
        heading = texts.get(f"heading.{section}")
        if heading is None:
            heading = {
                "situation": texts.get("heading.update_situation")
                if doc_type == "update" else base["heading.situation"],
                "demands": texts.get("heading.demands_standing")
                if doc_type == "update" else base["heading.demands"],
                "narrative": base["heading.narrative"],
                "background": base["heading.background"],
                "addressees": base["heading.addressees"],
                "signoff": base["heading.signoff"],
            }.get(section, "")  # fmt: skip
        if heading:
            wanted.append(heading)
    return wanted


CASES = [
    (t, lang, fmt)
    for t in ("update", "un-submission", "letter")
    for lang in DOC_TYPES[t].langs
    for fmt in ("md", "html", "docx", "pdf")
]


@pytest.mark.parametrize(("doc_type", "lang", "fmt"), CASES)
def test_golden_structure(vault: Vault, tmp_path: Path, doc_type: str, lang: str, fmt: str) -> None:
    case = _case(vault)
    outreach.import_addressees(vault, json.dumps([
        {"name": "Akim of Astana", "function": "Akim", "post": "Beybitshilik 11\nAstana",
         "language": lang, "salutation": ""}
    ]))  # fmt: skip
    if doc_type == "update":
        _export(vault, case, tmp_path, "md", lang=lang)  # the appeal the update follows
        case = get_case(vault, case.id)
        case.events.append(
            Event(
                EventDate.parse("2024-03-11"),
                "judicial_harassment",
                place="Astana",
                description="The appeal court upheld the sentence.",
                involved=[Involvement(case.people[0].id, "victim")],
            )  # fmt: skip
        )
        save_case(vault, case)
    kw = {"doc_type": doc_type, "lang": lang}
    if doc_type == "letter":
        kw["addressee"] = "Akim of Astana"
    data = _export(vault, case, tmp_path, fmt, **kw)
    text = _text(data, fmt)
    expected = _expected_headings(doc_type, lang)
    if fmt == "pdf":
        positions = [text.find(h) for h in expected]
        assert all(p >= 0 for p in positions), (expected, text[:400])
        assert positions == sorted(positions)
    else:
        assert _headings(data, fmt) == expected
    kind = type_phrases(lang)[f"kind.{doc_type}"]
    assert kind.upper() in text or kind in text
    if doc_type != "un-submission":
        assert SECRET not in text and "Bekova" not in text  # anonymous stays anonymous


def test_update_refers_to_the_first_appeal_and_lists_only_later_events(
    vault: Vault, tmp_path: Path
) -> None:
    case = _case(vault)
    first = svc.export_appeal(vault, case.id, "md", tmp_path / "first.md", today=date(2024, 3, 10))
    case = get_case(vault, case.id)
    case.events.append(
        Event(
            EventDate.parse("2024-03-11"),
            "judicial_harassment",
            place="Astana",
            description="The appeal court upheld the sentence.",
        )  # fmt: skip
    )
    case.events[0].description += " One was injured."  # an edited event counts as new too
    save_case(vault, case)
    settings = replace(svc.load_settings(vault, case.id), doc_type="update", lang="en")
    doc = svc.build_document(vault, get_case(vault, case.id), settings, today=TODAY)
    follows = norm(" ".join(doc.block("follows").paragraphs))
    assert first.reference in follows and "10 March 2024" in follows
    told = [" ".join(i.text) for i in doc.block("changes").items]
    assert told == [
        case.events[0].description.replace("  ", " "),
        "The appeal court upheld the sentence.",
    ]
    assert doc.demands  # the demands still stand


def test_update_without_an_earlier_appeal_is_refused(vault: Vault) -> None:
    case = _case(vault)
    settings = AppealSettings(lang="en", doc_type="update")
    with pytest.raises(DocumentRefused, match="none was produced"):
        svc.build_document(vault, case, settings, today=TODAY)


def test_un_submission_names_consenting_victims_and_keeps_the_submitter_apart(
    vault: Vault, tmp_path: Path
) -> None:
    case = _case(vault)
    text = _text(_export(vault, case, tmp_path, "md", doc_type="un-submission"), "md")
    assert SECRET in text  # consent (1): the UN does not act on anonymous communications
    assert "Age: 24" in text and "Place of residence: Astana" in text
    assert "not given: the alleged victim requests that their name not appear" in text
    assert "Astana city court: appeal against the detention (reference 5-88/2024)" in text
    assert "Outcome: pending" in text
    assert "Administrative Court of Astana (Court): State actor" in text
    assert text.index("Confidential") > text.index("Consent of the alleged victims")


def test_un_submission_refused_without_consent_to_send_to_government(
    vault: Vault, cli, tmp_path: Path
) -> None:
    case = _case(vault, consent_saule=None)
    with pytest.raises(DocumentRefused, match="Saule Bekova did not agree"):
        svc.build_document(
            vault, case, AppealSettings(lang="en", doc_type="un-submission"), today=TODAY
        )
    path = str(vault.path)
    vault.close()
    out = tmp_path / "un.md"
    r = cli("--vault", path, "appeal", case.id, "--type", "un-submission", "-o", str(out))
    assert r.code == 1 and "did not agree" in r.err and "nothing was written" in r.err
    assert not out.exists()
    r = cli("--vault", path, "appeal", case.id, "--type", "un-submission", "--lang", "kk",
            "-o", str(out))  # fmt: skip
    assert r.code == 1 and "not in kk" in r.err


def test_cli_letter_in_the_addressees_language(vault: Vault, cli, tmp_path: Path) -> None:
    case = _case(vault)
    outreach.import_addressees(vault, json.dumps([
        {"name": "Прокуратура", "language": "ru", "salutation": "Уважаемый прокурор!"}
    ]))  # fmt: skip
    path = str(vault.path)
    vault.close()
    out = tmp_path / "letter.md"
    r = cli("--vault", path, "appeal", case.id, "--type", "letter", "--addressee", "Прокуратура",
            "-o", str(out), "--json")  # fmt: skip
    assert r.code == 0, r.err
    text = md_unescape(out.read_text("utf-8"))
    assert "Уважаемый прокурор!" in text and "С уважением," in text
    assert text.index("Прокуратура") < text.index("Уважаемый прокурор!")  # address first
    assert json.loads(r.out)["reference"].startswith("UA-")
    r = cli("--vault", path, "appeal", case.id, "--type", "letter", "--addressee", "Nobody",
            "-o", str(out))  # fmt: skip
    assert r.code == 1 and "no addressee 'Nobody'" in r.err
