"""Previews are built from bytes in memory: images by Qt, PDFs by pdftoppm through pipes."""

from __future__ import annotations

import io
import shutil

import pytest
from PIL import Image

from casebook.ui import editor_preview
from casebook.ui.editor_preview import build_preview


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def _text_pdf(text: str) -> bytes:
    """A one-page PDF with a line of text, written by hand (offsets computed)."""
    stream = f"BT /F1 24 Tf 72 700 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_image_preview_is_decoded_in_memory_and_scaled(qapp) -> None:
    preview = build_preview(_png(4000, 1000), "image/png")
    assert preview.kind == "image" and preview.image is not None
    assert (preview.image.width(), preview.image.height()) == (1600, 400)
    assert preview.image.pixelColor(10, 10).red() == 200


def test_broken_image_says_so(qapp) -> None:
    preview = build_preview(b"not an image", "image/jpeg")
    assert preview.kind == "none" and "could not be decoded" in preview.note


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pdf_first_page_is_drawn_through_pipes(qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    before = set(tmp_path.iterdir())
    preview = build_preview(_text_pdf("Hello"), "application/pdf")
    assert preview.kind == "image" and preview.image is not None
    assert preview.image.height() > preview.image.width()  # a portrait page
    assert set(tmp_path.iterdir()) == before  # nothing written


def test_pdf_without_pdftoppm_shows_the_text_of_the_first_page(qapp, monkeypatch) -> None:
    monkeypatch.setattr(editor_preview.shutil, "which", lambda name: None)
    preview = build_preview(_text_pdf("Zq7 statement"), "application/pdf")
    assert preview.kind == "text" and "Zq7 statement" in preview.text
    assert "pdftoppm" in preview.note


def test_unreadable_pdf_and_unknown_types(qapp, monkeypatch) -> None:
    monkeypatch.setattr(editor_preview.shutil, "which", lambda name: None)
    assert build_preview(b"%PDF-1.4 garbage", "application/pdf").kind == "none"
    assert build_preview(b"\x00\x01", "application/octet-stream").kind == "none"
    text = build_preview("привет".encode(), "text/plain")
    assert (text.kind, text.text) == ("text", "привет")
