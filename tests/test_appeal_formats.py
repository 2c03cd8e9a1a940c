"""The four formats carry the same appeal; the PDF keeps Kazakh and Russian text intact."""

from __future__ import annotations

import pytest

from casebook.domain.appeal import Addressee, AppealDocument, AppealSettings, DemandChoice
from casebook.domain.model import Case, Event, EventDate, Involvement, Person
from casebook.services.appeals.build import default_settings, render
from casebook.services.demo import case_administrative_detention, case_disrupted_event
from tests.appeal_util import (
    build,
    docx_parts,
    docx_xml,
    html_parts,
    md_parts,
    md_unescape,
    norm,
    pdf_fonts,
    pdf_metadata,
    pdf_text,
)

# PDF rendering needs a Qt application; the GUI tests need it to be a QApplication,
# so the one of pytest-qt is made first (the CLI makes its own QGuiApplication).
pytestmark = pytest.mark.usefixtures("qapp")

KK = "Құқық қорғаушы әйелдер ұйымы «Әділет» Өскеменде ғана емес, Үржарда да һәм іс-шаралар өткізді."
RU = "Активистку задержали у здания акимата; суд назначил ей 10 суток ареста — «за пикет»."


def _settings(lang: str) -> AppealSettings:
    return AppealSettings(
        lang=lang,
        demands=(DemandChoice("release"), DemandChoice("investigate"),
                 DemandChoice("", "Our own <demand> & more: *not* markdown_")),
        addressees=(Addressee("Prosecutor General", "Astana, 14 Mambetov St.", "pg@example.kz"),),
        signoff="Test Org\ncontact@example.org",
    )  # fmt: skip


def _all_formats(doc: AppealDocument) -> dict[str, bytes]:
    return {fmt: render(doc, fmt) for fmt in ("pdf", "docx", "html", "md")}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_same_sections_defenders_and_demands_in_every_format(lang: str) -> None:
    doc = build(case_disrupted_event(), _settings(lang))
    headings = [doc.headings[s] for s in doc.sections()]
    assert len(headings) == 8
    out = _all_formats(doc)
    defenders = [d.label for d in doc.defenders]
    assert defenders == ["Aigerim Sadykova", "Dana E."]

    html = html_parts(out["html"])
    assert html.h2 == headings
    assert [norm(x) for x in html.li] == list(doc.demands)
    html_text = norm("".join(html.text))

    docx = docx_parts(out["docx"])
    assert docx.headings == headings
    assert docx.numbered == list(doc.demands) and docx.numbered_has_numbering

    md_headings, md_numbered = md_parts(out["md"])
    assert [md_unescape(h) for h in md_headings] == headings
    assert [md_unescape(d) for d in md_numbered] == list(doc.demands)

    pdf = norm(pdf_text(out["pdf"]))
    positions = [pdf.find(h) for h in headings]
    assert -1 not in positions and positions == sorted(positions)
    for i, demand in enumerate(doc.demands, 1):
        assert f"{i}. {norm(demand)}" in pdf
    for text in (html_text, docx.text, md_unescape(out["md"].decode()), pdf):
        for name in defenders + [doc.urge, doc.reference, doc.issued, doc.title]:
            assert norm(name) in norm(text), (name, text[:200])
    assert "Dana Ermekova" not in pdf + html_text + docx.text


def test_kazakh_and_russian_text_come_out_of_the_pdf_unchanged() -> None:
    person = Person("Әлия Қасымова", consent="named", profile=KK)
    event = Event(EventDate.parse("2024-05-02"), "arrest", place="Өскемен", description=RU,
                  involved=[Involvement(person.id, "victim")])  # fmt: skip
    case = Case("Іс: «Әділет» ұйымы", country="KZ", summary=RU + "\n\n" + KK,
                background=KK, people=[person], events=[event])  # fmt: skip
    for lang in ("kk", "ru"):
        doc = build(case, AppealSettings(lang=lang, demands=(DemandChoice("protect"),)))
        text = norm(pdf_text(render(doc, "pdf")))
        for expected in (KK, RU, "Әлия Қасымова", "Өскемен", doc.demands[0], doc.urge,
                         doc.headings["situation"], doc.issued, doc.narrative[0].when):  # fmt: skip
            assert norm(expected) in text
        assert "Әлия Қасымова" in docx_parts(render(doc, "docx")).text


def test_pdf_is_a4_with_embedded_bundled_font_and_neutral_metadata() -> None:
    from io import BytesIO

    from pypdf import PdfReader

    doc = build(case_administrative_detention(), default_settings(case_administrative_detention()))
    data = render(doc, "pdf")
    page = PdfReader(BytesIO(data)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    assert any("NotoSans" in f for f in pdf_fonts(data))
    meta = pdf_metadata(data)
    assert "UA-2024-042" in meta and "Casebook" in meta
    import getpass
    import os

    for private in (getpass.getuser(), os.getcwd(), "/tmp", "/home"):
        assert private not in meta
    text = norm(pdf_text(data))
    assert "Page 1 of" in text and "Test Org · UA-2024-042" in text


def test_html_escapes_content_and_is_standalone() -> None:
    case = case_disrupted_event()
    case.summary = '<script>alert("x")</script> & <img src=x onerror=y>'
    doc = build(case, _settings("en"))
    html = render(doc, "html").decode()
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert "http" not in html.replace('charset="utf-8"', "")  # no external resources
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html


def test_markdown_escapes_syntax_in_content() -> None:
    case = case_disrupted_event()
    case.summary = "# not a heading\n\n1. not a list *not bold* [no link](x)"
    doc = build(case, _settings("en"))
    text = render(doc, "md").decode()
    assert "\n# not a heading" not in text and "\\# not a heading" in text
    assert "\\1. not a list \\*not bold\\* \\[no link\\](x)" in text


def test_docx_properties_are_neutral() -> None:
    doc = build(case_disrupted_event(), _settings("en"))
    xml = docx_xml(render(doc, "docx"))
    assert "python-docx" not in xml
    assert "<dc:creator></dc:creator>" in xml or "<dc:creator/>" in xml
    assert "fldSimple" in xml and 'w:instr="PAGE"' in xml
