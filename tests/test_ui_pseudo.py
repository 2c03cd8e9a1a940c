"""Pseudo-localisation: with every string ~40% longer (as Russian and Kazakh often are),
no label, button, check box, group title or tab of the main screens is cut off."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

from casebook.ui import i18n
from casebook.ui.pseudo import pseudo
from casebook.ui.settings import SettingsDialog
from tests import ui_support
from tests.ui_support import open_row

gui = ui_support.gui
demo = ui_support.demo
window = ui_support.window

SIZE = (1280, 800)


def clipped(root: QWidget) -> list[str]:
    """Visible texts under `root` that do not get the room they need."""
    problems = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and w.pixmap().isNull():
            problems += _short_of(w, w.text())
        elif isinstance(w, QPushButton | QCheckBox | QRadioButton) and w.text():
            problems += _short_of(w, w.text())
        elif isinstance(w, QGroupBox) and w.title():
            problems += _short_of(w, w.title())
        elif isinstance(w, QTabBar):
            problems += _tabs_cut(w)
    return problems


def _short_of(w: QWidget, text: str) -> list[str]:
    need = w.minimumSizeHint()
    if w.width() < need.width() or w.height() < need.height():
        return [f"{type(w).__name__} {text!r}: {w.width()}x{w.height()} < {need.toTuple()}"]
    return []


def _tabs_cut(bar: QTabBar) -> list[str]:
    problems = []
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        rect, text = bar.tabRect(i), bar.tabText(i)
        needed = metrics.horizontalAdvance(text.replace("&", ""))
        if rect.width() < needed or rect.right() > bar.width():
            problems.append(f"tab {text!r}: {rect.width()} px for {needed}, bar {bar.width()}")
    return problems


@pytest.fixture
def pseudo_gui(gui):
    assert i18n.switch("pseudo") == "en"
    yield gui
    i18n.switch("en")


def _check(root: QWidget, screen: str) -> None:
    QCoreApplication.processEvents()
    assert clipped(root) == [], screen


def test_pseudo_strings_keep_placeholders_accelerators_and_tags() -> None:
    text = pseudo("<b>&Save</b> %n case(s) to {path} as %1 (*.pdf) &nbsp;&& more")
    assert re.findall(r"<[^>]+>|%n|%1|\{path\}|\(\*\.pdf\)|&nbsp;|&&|&.", text) == [
        "<b>", "&S", "</b>", "%n", "{path}", "%1", "(*.pdf)", "&nbsp;", "&&"
    ]  # fmt: skip
    plain = "Lock after this many idle minutes"
    assert len(pseudo(plain)) >= 1.4 * len(plain) and pseudo(plain) != plain
    assert pseudo(" min").startswith(" ") and pseudo("") == ""


def test_the_check_finds_a_cut_off_button(gui, qtbot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    button = QPushButton("A button with a long label", box)
    button.setFixedWidth(40)
    box.show()
    assert clipped(box) and "A button with a long label" in clipped(box)[0]


def test_start_screens_have_room_for_longer_words(pseudo_gui, qtbot, tmp_path, demo) -> None:
    win = ui_support.open_window(qtbot, None, tmp_path)
    win.resize(*SIZE)
    assert win.welcome.create_button.text().startswith("[")
    _check(win, "welcome")
    win.welcome.create_button.click()
    for field in (win.create_page.passphrase.first, win.create_page.passphrase.second):
        field.setText("juniper orchard falcon lantern copper")
    _check(win, "create vault")
    win.create_page.location.setText(str(tmp_path / "new-vault"))
    win.create_page.create_button.click()
    assert win.current_page() is win.recovery_page
    _check(win, "recovery key")
    win.lock()
    win.show_unlock(demo[0])
    win.unlock_page.passphrase.setText("not it")
    win.unlock_page.unlock()
    _check(win, "unlock")


def test_work_screens_have_room_for_longer_words(pseudo_gui, qtbot, window) -> None:
    window.resize(*SIZE)
    assert window.size().toTuple() == SIZE  # it does not need to grow
    _check(window, "case list")
    open_row(qtbot, window, 0)
    editor = window.workspace.editor
    for tab in (editor.overview, editor.parties, editor.events, editor.evidence, editor.appeals):
        editor.tabs.setCurrentWidget(tab)
        _check(window, type(tab).__name__)
    dialog = SettingsDialog(window)
    dialog.open()
    qtbot.waitExposed(dialog)
    _check(dialog, "settings")
    dialog.reject()
