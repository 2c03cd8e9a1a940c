"""Tab order follows each form: walked with the Tab key, every page and dialog reaches
every enabled input and button, top to bottom and left to right (a list beside a form:
first the list, then the form)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from casebook.services import evidence
from casebook.ui.editor_master import MasterDetail
from casebook.ui.main_window import MainWindow
from tests import ui_support
from tests.a11y_support import tab_order_problems
from tests.conftest import PASSPHRASE
from tests.ui_support import each_dialog, open_row, open_window

demo = ui_support.demo
gui = ui_support.gui
window = ui_support.window


@pytest.fixture
def walk(qtbot):
    """walk(name, root, regions=None): collects the problems; the test fails at the end
    with all of them."""
    problems: list[str] = []

    def check(name: str, root: QWidget, regions: list | None = None) -> None:
        root.window().activateWindow()
        qtbot.waitActive(root.window())
        problems.extend(f"{name}: {p}" for p in tab_order_problems(qtbot, root, regions))

    yield check
    assert problems == [], "\n".join(problems)


def test_first_start_pages(gui, qtbot, tmp_path: Path, walk) -> None:
    win = open_window(qtbot, None, tmp_path)
    walk("welcome", win.welcome)
    win.welcome.create_button.click()
    page = win.create_page
    page.location.setText(str(tmp_path / "new"))
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    walk("create vault", page)
    page.create_button.click()
    win.recovery_page.stored.setChecked(True)
    walk("recovery key", win.recovery_page)
    win.recovery_page.continue_button.click()
    win.lock()
    walk("unlock", win.unlock_page)
    win.unlock_page.forgotRequested.emit()
    forgot = win.forgot_page
    forgot.recovery.setText("AAAA-BBBB")
    forgot.passphrase.first.setText(PASSPHRASE)
    forgot.passphrase.second.setText(PASSPHRASE)
    walk("recovery unlock", forgot)


def _sides(section: MasterDetail) -> list:
    """The list beside the form, then the form."""
    return [section.table.parentWidget(), section.detail]


def test_case_list_editor_tabs_and_dialogs(window: MainWindow, qtbot, walk) -> None:
    panel = window.workspace.panel
    panel.filters.dates.setChecked(True)
    walk("case list", window.workspace)
    panel.filters.reset()
    case_id = open_row(qtbot, window, 0)
    data = b"A statement, fictional.\n"
    evidence.import_stream(window.vault, case_id, io.BytesIO(data), original_name="note.txt",
                           size=len(data), description="Statement")  # fmt: skip
    editor = window.workspace.editor
    editor.evidence.load_case(case_id)
    walk("overview", editor.overview)
    editor.tabs.setCurrentWidget(editor.parties)
    parties = editor.parties
    walk(
        "people and organisations", parties, _sides(parties.people) + _sides(parties.organisations)
    )
    editor.tabs.setCurrentWidget(editor.events)
    walk("events", editor.events, _sides(editor.events.timeline))
    editor.tabs.setCurrentWidget(editor.evidence)
    tab = editor.evidence
    top = tab.add_button.parentWidget()  # the row above: add, source and event of new files
    walk("evidence", tab, [top, tab.table.parentWidget(), tab.details])
    editor.tabs.setCurrentWidget(editor.appeals)
    appeals = editor.appeals
    top = [appeals.lang, appeals.reference, appeals.format, appeals.export_button,
           appeals.doc_type, appeals.follows, appeals.addressee]  # fmt: skip
    for index in range(appeals.sides.count()):
        appeals.sides.setCurrentIndex(index)
        walk(f"appeals, {appeals.sides.tabText(index)}", appeals,
             [top, appeals.sides, appeals.preview.parentWidget()])  # fmt: skip
    for name, dialog in each_dialog(qtbot, window):
        walk(name, dialog)


def _form(qtbot, *fields: QWidget) -> QWidget:
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    for field in fields:
        form.addRow("Field", field)
    root.show()
    qtbot.waitExposed(root)
    root.activateWindow()
    qtbot.waitActive(root)
    return root


def test_the_walk_finds_a_wrong_order_and_a_trap(qtbot) -> None:
    first, second, third = QLineEdit(), QLineEdit(), QLineEdit()
    root = _form(qtbot, first, second, third)
    QWidget.setTabOrder(first, third)  # first, third, second
    problems = tab_order_problems(qtbot, root)
    assert len(problems) == 1 and "back to" in problems[0]
    root = _form(qtbot, QLineEdit(), QPlainTextEdit())
    with pytest.raises(AssertionError, match="Tab does not leave QPlainTextEdit"):
        tab_order_problems(qtbot, root)
