"""Accessibility of every screen and dialog: each input has a label tied to it (a buddy
label or an accessible name), each button says what it does, everything can be reached
with Tab, the menus can be used from the keyboard and no two shortcuts clash."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QTabWidget,
    QWidget,
)

from casebook.services import evidence
from casebook.ui.main_window import MainWindow
from tests import ui_support
from tests.a11y_support import label_problems, menu_problems, shortcut_clashes
from tests.conftest import PASSPHRASE
from tests.ui_support import each_dialog, message_boxes, open_row, open_window

demo = ui_support.demo
gui = ui_support.gui
window = ui_support.window

Audit = Callable[[str, QWidget], None]


@pytest.fixture
def audit():
    problems: dict[str, list[str]] = {}
    screens: list[str] = []

    def check(name: str, root: QWidget) -> None:
        QCoreApplication.processEvents()
        screens.append(name)
        found = label_problems(root)
        if found:
            problems[name] = found

    yield check
    assert problems == {}, "\n".join(
        f"{screen}: {p}" for screen, found in problems.items() for p in found
    )


def test_first_start_pages_label_every_input(gui, qtbot, tmp_path: Path, audit: Audit) -> None:
    win = open_window(qtbot, None, tmp_path)
    audit("welcome", win)
    win.welcome.create_button.click()
    page = win.create_page
    audit("create vault", win)
    page.location.setText(str(tmp_path / "new"))
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    page.create_button.click()
    assert win.current_page() is win.recovery_page
    audit("recovery key", win)
    win.recovery_page.stored.setChecked(True)
    win.recovery_page.continue_button.click()
    audit("empty case list", win)
    win.lock()
    audit("unlock", win)
    win.unlock_page.forgotRequested.emit()
    assert win.current_page() is win.forgot_page
    audit("recovery unlock", win)


def _add_evidence(win: MainWindow, case_id: str) -> None:
    data = b"A statement, fictional.\n"
    evidence.import_stream(win.vault, case_id, io.BytesIO(data), original_name="note.txt",
                           size=len(data), description="Statement")  # fmt: skip


def _tab_pages(tabs: QTabWidget) -> list[tuple[str, int]]:
    return [(tabs.tabText(i), i) for i in range(tabs.count())]


def test_work_area_and_dialogs_label_every_input(window: MainWindow, qtbot, audit: Audit) -> None:
    assert menu_problems(window.menuBar()) == []
    assert shortcut_clashes(window) == []
    panel = window.workspace.panel
    panel.filters.dates.setChecked(True)  # the date range is enabled
    audit("case list", window)
    panel.filters.reset()
    case_id = open_row(qtbot, window, 0)
    _add_evidence(window, case_id)
    editor = window.workspace.editor
    editor.evidence.load_case(case_id)
    for title, index in _tab_pages(editor.tabs):
        editor.tabs.setCurrentIndex(index)
        audit(f"editor: {title}", window)
    editor.tabs.setCurrentWidget(editor.evidence)
    sub = editor.evidence.details.sub_tabs
    for title, index in _tab_pages(sub):
        sub.setCurrentIndex(index)
        audit(f"evidence: {title}", window)
    editor.tabs.setCurrentWidget(editor.appeals)
    sides = editor.appeals.sides
    for title, index in _tab_pages(sides):
        sides.setCurrentIndex(index)
        audit(f"appeals: {title}", window)
    editor.tabs.setCurrentWidget(editor.events)
    date = editor.events.form.field("date")
    date.precision.setCurrentIndex(date.precision.findData("range"))
    audit("event with a date range", window)
    _dialogs(window, qtbot, audit)


def _close(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.reject()
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _dialogs(window: MainWindow, qtbot, audit: Audit) -> None:
    for name, dialog in each_dialog(qtbot, window):
        audit(name, dialog)
    window.acts.delete.trigger()
    [box] = message_boxes()
    audit("delete question", box)
    _close(box)


def test_the_audit_finds_what_is_missing(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    form.addRow("Name", QLineEdit())  # a buddy label: fine
    named = QLineEdit()
    named.setAccessibleName("Search")
    form.addRow(named)
    form.addRow(QLineEdit())
    form.addRow(QPushButton())
    mouse_only = QPushButton("Go")
    mouse_only.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    form.addRow(mouse_only, QPushButton("Go"))
    form.addRow(QLabel("&Lost"))
    root.show()
    problems = label_problems(root)
    assert [p.split(":")[0] for p in problems] == [
        "no label or accessible name",
        "button without text or accessible name",
        "not reachable with Tab",
        "two buttons called 'Go'",
        "label with a mnemonic but no buddy",
    ]
    bar = QMenuBar(root)
    first, second = bar.addMenu("&File"), bar.addMenu("&Find")
    first.addAction("&Open")
    first.addAction("&Ode")
    second.addAction("Silent")
    assert menu_problems(bar) == [
        "mnemonic 'f' twice in the menu bar: '&File' and '&Find'",
        "mnemonic 'o' twice in menu '&File': '&Open' and '&Ode'",
        "neither a mnemonic nor a shortcut: 'Silent'",
    ]


def test_a_focused_button_can_be_seen(gui, qtbot) -> None:
    """The style sheet draws the buttons itself: it must show where the focus is."""
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    field, plain, primary = QLineEdit(), QPushButton("Choose…"), QPushButton("Unlock")
    primary.setObjectName("primary")
    for widget in (field, plain, primary):
        form.addRow(widget)
    root.show()
    root.activateWindow()
    qtbot.waitActive(root)
    for button in (plain, primary):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        before = button.grab().toImage()
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus)
        assert button.grab().toImage() != before, button.text()
