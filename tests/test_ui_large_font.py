"""Usable at 200% font size: with the interface font twice as large, every main screen
and dialog fits a 1920x1080 screen and nothing is cut off (labels, buttons, check
boxes, tab titles, table rows): the main window as it first opens and maximised, each
dialog at the size Qt first shows it."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from casebook.services import evidence
from casebook.ui.app import make_application, stylesheet
from casebook.ui.fonts import scale_lengths, scale_style_block
from tests import ui_support
from tests.a11y_support import clipped, describe
from tests.conftest import PASSPHRASE
from tests.ui_support import each_dialog, open_row, open_window, unlock

demo = ui_support.demo
gui = ui_support.gui

# A 1920x1080 screen less a title bar and a panel.
SCREEN = QSize(1920, 1000)
FIRST_SIZE = QSize(1280, 800)  # the main window's size before the user changes it


@pytest.fixture
def large_font(gui) -> Iterator[QApplication]:
    normal = QFont(gui.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    gui.setFont(large)
    make_application()  # the style sheet follows the font
    yield gui
    gui.setFont(normal)
    make_application()


@pytest.fixture
def check():
    problems: list[str] = []

    def at_sizes(name: str, window: QWidget) -> None:
        """Fits the screen; nothing clipped at the sizes it is shown at."""
        QCoreApplication.processEvents()
        smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
        if not (smallest.width() <= SCREEN.width() and smallest.height() <= SCREEN.height()):
            problems.append(f"{name}: needs {smallest.toTuple()}, more than the screen")
        if isinstance(window, QDialog):
            sizes = [first_size(window, smallest)]
        else:
            sizes = [FIRST_SIZE.expandedTo(smallest), SCREEN]
        for size in sizes:
            window.resize(size)
            QCoreApplication.processEvents()
            problems.extend(f"{name} at {size.toTuple()}: {p}" for p in clipped(window))

    yield at_sizes
    assert problems == [], "\n".join(dict.fromkeys(problems))


def first_size(dialog: QWidget, smallest: QSize) -> QSize:
    """The size Qt gives a dialog when it first shows it (QWidget::adjustSize): its size
    hint, with the height its wrapped texts need, at most 2/3 of the screen."""
    hint = dialog.sizeHint()
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        hint.setHeight(layout.totalHeightForWidth(hint.width()))
    limit = QSize(1920 * 2 // 3, 1080 * 2 // 3)
    return hint.boundedTo(limit).expandedTo(smallest)


def test_first_start_pages_at_200_percent(large_font, qtbot, tmp_path, check) -> None:
    win = open_window(qtbot, None, tmp_path)
    check("welcome", win)
    win.welcome.create_button.click()
    page = win.create_page
    page.location.setText(str(tmp_path / "new"))
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    check("create vault", win)
    page.create_button.click()
    check("recovery key", win)
    win.recovery_page.stored.setChecked(True)
    win.recovery_page.continue_button.click()
    win.lock()
    win.unlock_page.passphrase.setText("wrong")
    win.unlock_page.unlock()  # with its message
    check("unlock", win)
    win.unlock_page.forgotRequested.emit()
    check("recovery unlock", win)


def _each_tab(tabs: QTabWidget) -> Iterator[str]:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield tabs.tabText(index)


def test_work_area_and_dialogs_at_200_percent(large_font, qtbot, tmp_path, demo, check) -> None:
    win = open_window(qtbot, demo[0], tmp_path)
    unlock(win, demo[1])
    win.workspace.panel.filters.dates.setChecked(True)
    check("case list", win)
    win.workspace.panel.filters.reset()
    case_id = open_row(qtbot, win, 1)
    data = b"A statement, fictional.\n"
    evidence.import_stream(win.vault, case_id, io.BytesIO(data), original_name="note.txt",
                           size=len(data), description="Statement")  # fmt: skip
    editor = win.workspace.editor
    editor.evidence.load_case(case_id)
    for title in _each_tab(editor.tabs):
        check(f"editor, {title}", win)
    editor.tabs.setCurrentWidget(editor.evidence)
    for title in _each_tab(editor.evidence.details.sub_tabs):
        check(f"evidence, {title}", win)
    editor.tabs.setCurrentWidget(editor.appeals)
    for title in _each_tab(editor.appeals.sides):
        check(f"appeals, {title}", win)
    for name, dialog in each_dialog(qtbot, win):
        check(name, dialog)


def test_the_check_finds_clipped_text(large_font, qtbot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    button = QPushButton("A button with a long text")
    button.setMaximumWidth(60)
    row.addWidget(button)
    root.show()
    assert [p.split(":")[0] for p in clipped(root)] == [
        f"clipped ({button.size().toTuple()} < {button.sizeHint().toTuple()})"
    ]
    assert describe(button).startswith("QPushButton 'A button")


def test_style_sheet_and_appeal_preview_follow_the_font() -> None:
    assert "font-size: 36.0pt" in stylesheet(20.0)  # the 18 pt heading, doubled
    assert stylesheet(10.0) == stylesheet()
    assert scale_lengths("a { font-size: 9pt; margin: 4px }", 2) == (
        "a { font-size: 18.0pt; margin: 4px }"
    )
    html = "<title>Fined 12pt</title><style>p { font-size: 10.5pt; line-height: 20px }</style>"
    html += "<body><p>A sign of 12pt letters</p></body>"
    scaled = scale_style_block(html, 2)
    assert "font-size: 21.0pt; line-height: 40.0px" in scaled
    assert "Fined 12pt" in scaled and "A sign of 12pt letters" in scaled
