"""Previews of evidence built from decrypted bytes in memory, never from a file.

Images are decoded by Qt from a buffer. PDFs: PySide6-Essentials has no QtPdf, so the
first page is rendered by poppler's `pdftoppm` through pipes (PDF on stdin, PNG on
stdout; poppler keeps stdin in memory and writes no file). Without pdftoppm the text of
the first page (pypdf) is shown instead, and the preview says so.

`build_preview` runs in a worker thread: it only uses QImage (not QPixmap).
"""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

MAX_SIDE = 1600  # pixels of the longest side of a preview image
TEXT_LIMIT = 20_000  # characters of text shown


@dataclass
class Preview:
    kind: str  # "image", "text" or "none"
    image: QImage | None = None
    text: str = ""
    note: str = ""  # shown under the preview, e.g. why it is only text


def image_from_bytes(data: bytes) -> QImage | None:
    """Decode an image held in memory, turned upright (EXIF) and scaled down."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_SIDE:
        reader.setScaledSize(
            size.scaled(QSize(MAX_SIDE, MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


def pdf_first_page(data: bytes) -> Preview:
    tool = shutil.which("pdftoppm")
    if tool:
        cmd = [tool, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", "-"]
        try:
            done = subprocess.run(cmd, input=data, capture_output=True, timeout=60, check=False)
        except (OSError, subprocess.TimeoutExpired):
            done = None
        if done is not None and done.returncode == 0:
            image = image_from_bytes(done.stdout)
            if image is not None:
                return Preview(
                    "image", image, note=QCoreApplication.translate("preview", "First page.")
                )
    return _pdf_text(data, bool(tool))


def _pdf_text(data: bytes, had_tool: bool) -> Preview:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    note = (
        QCoreApplication.translate(
            "preview", "The first page could not be drawn; its text is shown."
        )
        if had_tool
        else QCoreApplication.translate(
            "preview",
            "Install poppler (pdftoppm) to see pages; the text of the first page is shown.",
        )
    )
    try:
        reader = PdfReader(io.BytesIO(data))
        text = reader.pages[0].extract_text() if reader.pages else ""
    except (PyPdfError, ValueError, KeyError, IndexError):
        return Preview(
            "none", note=QCoreApplication.translate("preview", "This PDF could not be read.")
        )
    return Preview("text", text=text[:TEXT_LIMIT], note=note)


def build_preview(data: bytes, media_type: str) -> Preview:
    if media_type.startswith("image/"):
        image = image_from_bytes(data)
        if image is None:
            return Preview(
                "none",
                note=QCoreApplication.translate("preview", "This image could not be decoded."),
            )
        return Preview("image", image)
    if media_type == "application/pdf":
        return pdf_first_page(data)
    if media_type.startswith("text/"):
        return Preview("text", text=data.decode("utf-8", errors="replace")[:TEXT_LIMIT])
    return Preview(
        "none",
        note=QCoreApplication.translate("preview", "There is no preview for this kind of file."),
    )
