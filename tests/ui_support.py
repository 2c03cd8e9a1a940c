"""Helpers for the GUI tests: windows with cheap KDF parameters, dialogs found and answered."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from casebook.services.demo import create_demo_vault
from casebook.ui import tasks
from casebook.ui.app import make_application
from casebook.ui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def gui(qapp, _isolated_home: Path) -> Iterator[QApplication]:
    """The application set up as `run_gui` does, with settings under the test HOME and
    background work run synchronously."""
    app = make_application()
    tasks.use_synchronous_runner()
    yield app
    tasks.use_synchronous_runner(False)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget._closing = True
            widget.close()
            widget.deleteLater()
    # Delete what was closed now, so windows do not pile up from test to test.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, str]:
    """A demo vault on disk, locked: (path, passphrase)."""
    path = tmp_path / "demo-vault"
    vault, passphrase, _recovery = create_demo_vault(path, kdf=FAST_KDF)
    vault.close()
    return path, passphrase


def open_window(qtbot, path: Path | None = None, tmp_path: Path | None = None) -> MainWindow:
    demo_dir = (tmp_path / "demo-of-window") if tmp_path else None
    window = MainWindow(path, kdf=FAST_KDF, demo_dir=demo_dir)
    qtbot.addWidget(window, before_close_func=_force_close)
    window.show()
    qtbot.waitExposed(window)
    return window


def _force_close(window: MainWindow) -> None:
    window._closing = True  # a test that left edits unsaved must not leave a prompt open


@pytest.fixture
def window(gui, qtbot, demo, tmp_path: Path) -> MainWindow:
    """The main window on the demo vault, unlocked."""
    path, passphrase = demo
    win = open_window(qtbot, path, tmp_path)
    unlock(win, passphrase)
    assert win.vault is not None
    return win


def create_vault(window: MainWindow, vault_dir: Path, organisation: str) -> None:
    """Create a vault through the welcome screen and confirm the recovery key is kept."""
    window.welcome.create_button.click()
    page = window.create_page
    page.location.setText(str(vault_dir))
    page.organisation.setText(organisation)
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    page.create_button.click()
    window.recovery_page.stored.setChecked(True)
    window.recovery_page.continue_button.click()
    assert window.vault is not None


def use_private_tmpdir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Send the temporary files of Qt and Python into `tmp_path` (scanned in full by the
    privacy tests); returns the shared temporary directory used until now."""
    shared = Path(tempfile.gettempdir())
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setenv("TMPDIR", str(private))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return shared


def unlock(window: MainWindow, passphrase: str) -> None:
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.unlock_button.click()


def open_row(qtbot, window: MainWindow, row: int) -> str:
    """Select a row of the case list and press Enter: the case opens in the editor."""
    view = window.workspace.panel.view
    window.workspace.show_list()
    view.setFocus()
    view.selectRow(row)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    return window.workspace.panel.model.case_id(row)


def each_dialog(qtbot, window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    """(name, dialog) for the settings, every dialog of the Vault menu (with the first case
    chosen, as Send to partner needs one) and the conflict dialog, opened one at a time;
    each is closed when the next one is asked for."""
    from casebook.ui.bundle_dialogs import ConflictDialog
    from casebook.ui.settings import SettingsDialog

    window.acts.settings.trigger()
    [dialog] = visible_dialogs()
    assert isinstance(dialog, SettingsDialog)
    yield "settings", dialog
    close_dialog(dialog)
    open_row(qtbot, window, 0)
    for action in window.acts.vault:
        action.trigger()
        [dialog] = visible_dialogs()
        yield action.text().replace("&", ""), dialog
        close_dialog(dialog)
    dialog = ConflictDialog(window.vault, window.workspace.current_id or "", window)
    dialog.open()
    yield "conflict", dialog
    close_dialog(dialog)


def close_dialog(dialog: QDialog) -> None:
    dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def editor_field(editor, name: str) -> QWidget:
    """A field of the case editor's overview ("title", "summary", ...)."""
    overview = getattr(editor, "overview", None)
    if overview is not None:
        return overview.form.field(name)
    return getattr(editor, name)


def type_into(qtbot, widget, text: str) -> None:
    """Replace the text of a line or text edit by typing, as a user would."""
    widget.setFocus()
    widget.selectAll()
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def field_text(widget) -> str:
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()


def edit_field(qtbot, window: MainWindow, name: str, text: str) -> None:
    type_into(qtbot, editor_field(window.workspace.editor, name), text)


def message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def only_box() -> QMessageBox:
    boxes = message_boxes()
    assert len(boxes) == 1, [b.text() for b in boxes]
    return boxes[0]


def answer(button: QMessageBox.StandardButton) -> None:
    only_box().button(button).click()


def click_labelled(box: QMessageBox, label: str) -> None:
    for button in box.buttons():
        if button.text().replace("&", "") == label:
            button.click()
            return
    raise AssertionError(f"no button {label!r} in {[b.text() for b in box.buttons()]}")


def visible_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def visible_texts() -> list[str]:
    """Every piece of text a widget of the application holds right now (after the event
    loop has deleted what was closed, as it does at once when it runs)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts: list[str] = []
    for w in QApplication.allWidgets():
        texts.append(w.windowTitle())
        texts.append(w.toolTip())
        if isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        elif isinstance(w, QPlainTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for row in range(min(model.rowCount(), 500)):
                for col in range(model.columnCount()):
                    texts.append(str(model.index(row, col).data() or ""))
    return texts


def type_text(widget, text: str) -> None:
    """Type `text` key by key, any letters (QTest.keyClicks knows only Latin ones):
    each character is a key press and release carrying that text, as a keyboard
    layout sends it."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
