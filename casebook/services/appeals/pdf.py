"""AppealDocument -> PDF, laid out by Qt from the same HTML as the preview.

The only module of the services that uses Qt (QtGui only). The bundled Noto Sans is
registered from memory so it is embedded on any machine; the PDF is written to a
QBuffer, never to a temporary file. Metadata is neutral: a title made of the kind of
document and its reference, "Casebook" as creator, no user name and no path.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)

from casebook.domain.appeal import AppealDocument
from casebook.i18n import translate
from casebook.resources import resource
from casebook.services.appeals.html import MUTED, RULE, render_html

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
              "NotoSans-BoldItalic.ttf")  # fmt: skip
FONT_FAMILY = "Noto Sans"
RESOLUTION = 96  # layout units per inch: the same as the screen preview, so CSS margins match
MARGIN_MM = (22.0, 20.0, 22.0, 24.0)  # left, top, right, bottom
FOOTER_PT = 8.0

_lock = threading.Lock()
_fonts_loaded = False
_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Qt needs an application object to lay out text; the CLI has none, so one is made
    with the offscreen platform (no display needed). The GUI's own one is reused."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["casebook", "-platform", "offscreen"])


def ensure_fonts() -> str:
    """Register the bundled fonts once; returns the family name to use."""
    global _fonts_loaded
    with _lock:
        if not _fonts_loaded:
            ensure_gui_application()
            for name in FONT_FILES:
                data = resource("fonts", name).read_bytes()
                if QFontDatabase.addApplicationFontFromData(QByteArray(data)) < 0:
                    raise RuntimeError(
                        translate("resources", "the bundled font {name} could not be loaded")
                        .format(name=name)
                    )  # fmt: skip
            _fonts_loaded = True
    return FONT_FAMILY


def render_pdf(doc: AppealDocument) -> bytes:
    """The appeal as an A4 PDF with a footer (issuer, reference, page n of N)."""
    ensure_fonts()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, doc)
    text = QTextDocument()
    text.setDocumentMargin(0)
    text.documentLayout().setPaintDevice(writer)
    text.setDefaultFont(QFont(FONT_FAMILY, 10))
    text.setHtml(render_html(doc))
    body = _body_rect(writer)
    text.setPageSize(QSizeF(body.width(), body.height()))
    _split_at_page_breaks(text, body.height())
    _paint(writer, text, body, doc)
    buffer.close()
    return bytes(buffer.data().data())


def _writer(buffer: QBuffer, doc: AppealDocument) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter,
        )
    )  # fmt: skip
    writer.setTitle(f"{doc.kind} {doc.reference}".strip())
    writer.setCreator("Casebook")
    writer.setAuthor("")
    return writer


def _mm(writer: QPdfWriter, mm: float) -> float:
    return mm / 25.4 * writer.resolution()


def _body_rect(writer: QPdfWriter) -> QRectF:
    left, top, right, bottom = (_mm(writer, m) for m in MARGIN_MM)
    return QRectF(left, top, writer.width() - left - right, writer.height() - top - bottom)


def _split_at_page_breaks(text: QTextDocument, page: float) -> None:
    """Make every block lie on one page, so that no line is painted on two.

    Qt moves a line that would cross a page break to the next page, but when it paints
    a page it also paints the last line of a block above the clip (QTextLayout::draw),
    so a paragraph continued from the previous page had a line drawn there twice: hidden
    by the clip, yet in the PDF's text. A block that continues on the next page is split
    where Qt already broke the line, with no spacing between the halves: the layout and
    the look stay as they were."""
    # A split changes neither the layout nor the position of what follows, so every
    # break is found in the first layout and the splits are made in one edit, from the
    # last to the first (laying the document out again after each split took about a
    # second for 50 events).
    breaks = []
    block = text.begin()
    while block.isValid():
        breaks += [block.position() + at for at in _breaks_in(block, page)]
        block = block.next()
    if not breaks:
        return
    cursor = QTextCursor(text)
    cursor.beginEditBlock()
    for position in reversed(breaks):
        _split(text, position)
    cursor.endEditBlock()


def _split(text: QTextDocument, position: int) -> None:
    """Split the block at `position` into two, with no spacing between the halves."""
    block = text.findBlock(position)
    first = block.blockFormat()
    rest = block.blockFormat()
    first.setBottomMargin(0)
    rest.setTopMargin(0)
    listed = block.textList()
    cursor = QTextCursor(block)
    cursor.setPosition(position)
    cursor.insertBlock(rest)
    QTextCursor(block).setBlockFormat(first)
    if listed is not None:  # the continuation is not a new item with its own number
        listed.remove(cursor.block())
        fmt = cursor.block().blockFormat()
        fmt.setIndent(listed.format().indent())
        cursor.setBlockFormat(fmt)


def _breaks_in(block: QTextBlock, page: float) -> list[int]:
    """The positions in the block of the first line on each later page than its first."""
    layout = block.layout()
    top = block.document().documentLayout().blockBoundingRect(block).top()
    found, current = [], None
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        n = int((top + line.y() + line.height() / 2) // page)
        if current is not None and n != current:
            found.append(line.textStart())
        current = n
    return found


def _paint(writer: QPdfWriter, text: QTextDocument, body: QRectF, doc: AppealDocument) -> None:
    pages = max(1, text.pageCount())
    layout = text.documentLayout()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - page * body.height())
            area = QRectF(0, page * body.height(), body.width(), body.height())
            painter.setClipRect(area)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = area.adjusted(0, 1, 0, -1)  # blocks touching the page edge stay off
            layout.draw(painter, context)
            painter.restore()
            _footer(painter, writer, body, doc, page + 1, pages)
    finally:
        painter.end()


def _footer(
    painter: QPainter, writer: QPdfWriter, body: QRectF, doc: AppealDocument, n: int, total: int
) -> None:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(FOOTER_PT)
    painter.setFont(font)
    y = body.bottom() + _mm(writer, 8)
    painter.setPen(QColor(RULE))
    painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y))
    painter.setPen(QColor(MUTED))
    line = QRectF(body.left(), y + _mm(writer, 1.5), body.width(), _mm(writer, 6))
    left = " · ".join(x for x in (doc.issuer, doc.reference) if x)
    painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), left)
    painter.drawText(
        line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), doc.page_label(n, total)
    )
