"""Helpers for the appeal tests: read each output format back as text and structure."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from casebook.domain.appeal import AppealDocument, AppealSettings
from casebook.domain.appeal_builder import build_appeal
from casebook.domain.model import Case
from casebook.services.appeals.library import library_mapping, phrases

ISSUED = date(2024, 10, 12)


def build(case: Case, settings: AppealSettings | None = None, lang: str = "en") -> AppealDocument:
    settings = settings or AppealSettings(lang=lang)
    return build_appeal(
        case, settings, phrases(settings.lang), library_mapping(),
        issued=ISSUED, issuer="Test Org", reference="UA-2024-042",
    )  # fmt: skip


def norm(text: str) -> str:
    """Whitespace tidied. Qt never hyphenates, so a line that ends in a hyphen ends in
    one of the text's own hyphens (іс-\nшаралар): it is joined without a space."""
    text = re.sub(r"([-‐])[ \t]*\n\s*", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_metadata(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    meta = reader.metadata or {}
    xmp = reader.trailer["/Root"].get("/Metadata")
    xmp_text = xmp.get_object().get_data().decode("utf-8", "replace") if xmp else ""
    return " ".join(str(v) for v in meta.values()) + " " + xmp_text


def pdf_fonts(data: bytes) -> set[str]:
    from pypdf import PdfReader

    names: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


@dataclass
class DocxParts:
    headings: list[str]
    numbered: list[str]
    text: str
    numbered_has_numbering: bool


def docx_parts(data: bytes) -> DocxParts:
    import docx

    document = docx.Document(io.BytesIO(data))
    paras = document.paragraphs
    headings = [p.text for p in paras if p.style.name.startswith("Heading")]
    numbered = [p for p in paras if p.style.name == "List Number"]
    has_num = bool(numbered) and all(
        p.style.element.pPr is not None and p.style.element.pPr.numPr is not None for p in numbered
    )
    return DocxParts(
        headings, [p.text for p in numbered], "\n".join(p.text for p in paras), has_num
    )


def docx_xml(data: bytes) -> str:
    """Every part of the DOCX zip, unzipped, as one string."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.h2: list[str] = []
        self.li: list[str] = []
        self.text: list[str] = []
        self.attrs: list[str] = []
        self._tag: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag.append(tag)
        self.attrs += [v or "" for _, v in attrs]
        if tag in ("h2", "li"):
            getattr(self, tag).append("")

    def handle_endtag(self, tag: str) -> None:
        if self._tag:
            self._tag.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for tag in ("h2", "li"):
            if tag in self._tag:
                getattr(self, tag)[-1] += data


def html_parts(data: bytes) -> _Html:
    parser = _Html()
    parser.feed(data.decode("utf-8"))
    return parser


def md_parts(data: bytes) -> tuple[list[str], list[str]]:
    text = data.decode("utf-8")
    headings = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    numbered = [m[1] for m in re.finditer(r"^\d+\. (.*)$", text, re.M)]
    return headings, numbered


def md_unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)
