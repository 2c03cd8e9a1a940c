"""AppealDocument -> DOCX (python-docx): real headings and a real numbered list, so the
appeal can be edited in Word or LibreOffice. Written to memory; neutral properties."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from casebook.domain.appeal import AppealDocument, Block, NarrativeItem

FONT = "Noto Sans"
ACCENT = RGBColor(0x9B, 0x1C, 0x31)
MUTED = RGBColor(0x5B, 0x66, 0x70)
INK = RGBColor(0x1D, 0x27, 0x30)


def render_docx(doc: AppealDocument) -> bytes:
    document = Document()
    _setup(document, doc)
    _letterhead(document, doc)
    document.add_paragraph(doc.title, style="Title")
    for section in doc.sections():
        if heading := doc.headings.get(section, ""):
            document.add_heading(heading, level=1)
        if section in _SECTIONS:
            _SECTIONS[section](document, doc)
        else:
            _block(document, doc.block(section))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _setup(document: DocxDocument, doc: AppealDocument) -> None:
    props = document.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    props.category = ""
    props.title = f"{doc.kind} {doc.reference}".strip()
    props.revision = 1
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now
    props.last_printed = now
    props.language = doc.lang
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(22)
    section.top_margin, section.bottom_margin = Mm(20), Mm(24)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.font.color.rgb = INK
    normal.paragraph_format.space_after = Pt(6)
    for name, size, colour in (("Title", 20, INK), ("Heading 1", 13, ACCENT),
                               ("Heading 2", 11, INK)):  # fmt: skip
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = colour
        style.font.bold = True
    _footer(document, doc)


def _footer(document: DocxDocument, doc: AppealDocument) -> None:
    """'<issuer> · <reference> · <page label>' with a real PAGE field."""
    para = document.sections[0].footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    before, _, after = doc.labels["page"].partition("{n}")
    after = after.replace("{total}", "\x00")
    run = para.add_run(" · ".join(x for x in (doc.issuer, doc.reference) if x) + "    " + before)
    run.font.size, run.font.color.rgb = Pt(8), MUTED
    _field(para, "PAGE")
    tail, _, rest = after.partition("\x00")
    run = para.add_run(tail)
    run.font.size, run.font.color.rgb = Pt(8), MUTED
    if "\x00" in after:
        _field(para, "NUMPAGES")
        run = para.add_run(rest)
        run.font.size, run.font.color.rgb = Pt(8), MUTED


def _field(para: Paragraph, code: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    para._p.append(field)


def _letterhead(document: DocxDocument, doc: AppealDocument) -> None:
    para = document.add_paragraph()
    run = para.add_run(doc.issuer)
    run.bold, run.font.size = True, Pt(12)
    run = para.add_run("    " + doc.kind.upper())
    run.bold, run.font.size, run.font.color.rgb = True, Pt(11), ACCENT
    para = document.add_paragraph()
    run = para.add_run(
        f"{doc.labels['reference']}: {doc.reference}    {doc.labels['date']}: {doc.issued}"
    )
    run.font.size, run.font.color.rgb = Pt(9), MUTED


def _paras(document: DocxDocument, texts: tuple[str, ...]) -> None:
    for t in texts:
        document.add_paragraph(t)


def _small(para: Paragraph, label: str, text: str) -> None:
    run = para.add_run(f"{label}: ")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(9), MUTED
    run = para.add_run(text)
    run.font.size, run.font.color.rgb = Pt(9), MUTED


def _defenders(document: DocxDocument, doc: AppealDocument) -> None:
    for d in doc.defenders:
        para = document.add_paragraph()
        para.add_run(d.label).bold = True
        if d.note:
            para.add_run(f" ({d.note})").font.color.rgb = MUTED
        if d.organisation:
            run = document.add_paragraph().add_run(d.organisation)
            run.font.color.rgb, run.font.size = MUTED, Pt(9.5)
        _paras(document, d.profile)


def _items(document: DocxDocument, items: tuple[NarrativeItem, ...]) -> None:
    for item in items:
        para = document.add_paragraph()
        para.paragraph_format.keep_with_next = True
        para.add_run(item.when).bold = True
        para.add_run(" — ")
        para.add_run(item.kind).bold = True
        if item.place:
            para.add_run(f" · {item.place}").font.color.rgb = MUTED
        _paras(document, item.text)
        for inv in item.involved:
            _small(document.add_paragraph(), inv.role, inv.parties)


def _background(document: DocxDocument, doc: AppealDocument) -> None:
    _paras(document, doc.background)
    if doc.earlier:
        document.add_heading(doc.headings["earlier"], level=2)
        _items(document, doc.earlier)


def _demands(document: DocxDocument, doc: AppealDocument) -> None:
    document.add_paragraph().add_run(doc.urge).bold = True
    for demand in doc.demands:
        document.add_paragraph(demand, style="List Number")


def _addressees(document: DocxDocument, doc: AppealDocument) -> None:
    for a in doc.addressees:
        para = document.add_paragraph()
        if a.name:
            para.add_run(a.name).bold = True
        for line in [x.strip() for x in a.postal.splitlines() if x.strip()]:
            para.add_run().add_break()
            para.add_run(line)
        if a.email:
            para.add_run().add_break()
            para.add_run(f"{doc.labels['email']}: {a.email}")


def _signoff(document: DocxDocument, doc: AppealDocument) -> None:
    para = document.add_paragraph()
    for i, line in enumerate(doc.signoff):
        if i:
            para.add_run().add_break()
        para.add_run(line)


def _block(document: DocxDocument, block: Block) -> None:
    if block.note:
        run = document.add_paragraph().add_run(block.note)
        run.bold, run.font.color.rgb = True, ACCENT
    _paras(document, block.paragraphs)
    for group in block.groups:
        para = document.add_paragraph()
        if group.title:
            para.add_run(group.title).bold = True
        for i, fact in enumerate(group.facts):
            if i or group.title:
                para.add_run().add_break()
            if fact.label:
                para.add_run(f"{fact.label}: ").bold = True
            para.add_run(fact.value)
    _items(document, block.items)
    for entry in block.numbered:
        document.add_paragraph(entry, style="List Number")


_SECTIONS = {
    "situation": lambda d, a: _paras(d, a.situation),
    "defenders": _defenders,
    "narrative": lambda d, a: _items(d, a.narrative),
    "background": _background,
    "concern": lambda d, a: _paras(d, a.concern),
    "demands": _demands,
    "addressees": _addressees,
    "signoff": _signoff,
}
