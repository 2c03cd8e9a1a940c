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
from tests import i18n_support, ui_support
from tests.ui_support import open_row

gui = ui_support.gui
demo = ui_support.demo
window = ui_support.window
compiled = i18n_support.compiled

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
    """Tabs cut off now, or that a narrower window could hide behind scroll arrows."""
    problems = ["tab bar with scroll arrows"] if bar.usesScrollButtons() else []
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        rect, text = bar.tabRect(i), bar.tabText(i)
        needed = metrics.horizontalAdvance(text.replace("&", ""))
        if rect.width() < needed or rect.right() > bar.width():
            problems.append(f"tab {text!r}: {rect.width()} px for {needed}, bar {bar.width()}")
    return problems


@pytest.fixture(params=["pseudo", "kk", "ru"])
def pseudo_gui(request, gui, compiled, monkeypatch):
    """Pseudo-localised, then in real Kazakh and Russian."""
    monkeypatch.setattr(i18n, "resources_dir", lambda: compiled)
    i18n.switch(request.param)
    assert i18n.catalogue_language() == request.param
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
    assert win.welcome.create_button.text() != "Create a new vault"
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


# --- switching leaves nothing in the language before --------------------------------------

PSEUDO_MARK = re.compile(r"·+\]")


def all_texts() -> list[str]:
    """Every text of every widget, action, tab, header and list the application has."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
        QTextEdit,
    )

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts: list[str] = []
    for w in QApplication.allWidgets():
        texts += [w.windowTitle(), w.toolTip(), w.whatsThis(), w.statusTip()]
        texts += [w.accessibleName(), w.accessibleDescription()]
        texts += [a.text() for a in w.actions()] + [a.toolTip() for a in w.actions()]
        texts += [a.text() for a in w.findChildren(QAction)]
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QSpinBox):
            texts += [w.prefix(), w.suffix()]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += _model_texts(w.model())
    return texts


def _model_texts(model) -> list[str]:
    from PySide6.QtCore import QModelIndex, Qt

    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a model private to Qt (a completer's, say)
        return []
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(columns)]
    for row in range(min(model.rowCount(QModelIndex()), 50)):
        texts += [str(model.index(row, c).data()) for c in range(columns)]
    return texts


def _open_everything(qtbot, window, tmp_path) -> None:
    """The main window with a case in the editor, its evidence, people and events chosen,
    and the dialogs of the Vault menu and the settings open."""
    from casebook.ui import vault_menu

    open_row(qtbot, window, 0)
    editor = window.workspace.editor
    source = tmp_path / "statement.txt"
    source.write_text("What the witness saw.\n" * 100, "utf-8")
    editor.evidence.import_paths([str(source)])
    editor.tabs.setCurrentWidget(editor.evidence)
    for entry in vault_menu.ENTRIES:
        window.open_vault_dialog(entry)
    window.open_settings()


def test_switching_back_leaves_no_word_of_the_other_language(qtbot, window, tmp_path) -> None:
    _open_everything(qtbot, window, tmp_path)
    english = [t for t in all_texts() if t]
    try:
        i18n.switch("pseudo")
        shown = all_texts()
        assert sum(bool(PSEUDO_MARK.search(t)) for t in shown) > 200
        for source in ("&File", "Title", "Overview", "Back up now…", "Add files…"):
            assert source not in shown, source
    finally:
        i18n.switch("en")
    left = [t for t in all_texts() if PSEUDO_MARK.search(t)]
    assert left == []
    assert sorted(t for t in all_texts() if t) == sorted(english)


def test_kazakh_then_russian_then_english_again_is_the_english_of_before(
    qtbot, window, tmp_path, compiled, monkeypatch
) -> None:
    monkeypatch.setattr(i18n, "resources_dir", lambda: compiled)
    _open_everything(qtbot, window, tmp_path)
    english = sorted(t for t in all_texts() if t)
    try:
        i18n.switch("kk")
        kazakh = sorted(t for t in all_texts() if t)
        i18n.switch("ru")
        i18n.switch("kk")
        assert sorted(t for t in all_texts() if t) == kazakh
    finally:
        i18n.switch("en")
    assert sorted(t for t in all_texts() if t) == english
