"""Show/hide on every passphrase field: a button in the field and Ctrl+Shift+H; hidden
again when the field is emptied or hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from casebook.ui.passphrase_dialog import ChangePassphraseDialog
from tests import ui_support
from tests.conftest import FAST_KDF
from tests.ui_support import open_window

demo = ui_support.demo
gui = ui_support.gui
window = ui_support.window


def _passphrase_fields(root) -> list[QLineEdit]:
    return [
        f for f in root.findChildren(QLineEdit)
        if f.echoMode() == QLineEdit.EchoMode.Password or f.property("passphrase")
    ]  # fmt: skip


def _toggle(field: QLineEdit):
    actions = [a for a in field.actions() if a.isCheckable()]
    assert len(actions) == 1, field.accessibleName()
    return actions[0]


def test_every_passphrase_field_of_the_start_pages_can_be_shown(gui, qtbot, tmp_path) -> None:
    window = open_window(qtbot, None, tmp_path)
    fields = _passphrase_fields(window)
    assert len(fields) >= 4  # create (twice), unlock, recovery's new passphrase...
    for field in fields:
        action = _toggle(field)
        assert not action.isChecked()
        action.trigger()
        assert field.echoMode() == QLineEdit.EchoMode.Normal
        action.trigger()
        assert field.echoMode() == QLineEdit.EchoMode.Password


def test_ctrl_shift_h_shows_and_emptying_hides_again(gui, qtbot, tmp_path, demo) -> None:
    path, _passphrase = demo
    window = open_window(qtbot, path, tmp_path)
    field = window.unlock_page.passphrase
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "secret words")
    qtbot.keyClick(
        field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    field.clear()
    assert field.echoMode() == QLineEdit.EchoMode.Password


def test_the_change_passphrase_dialog_too(qtbot, window) -> None:
    dialog = ChangePassphraseDialog(window.vault, FAST_KDF, window)
    qtbot.addWidget(dialog)
    fields = _passphrase_fields(dialog)
    assert len(fields) >= 3
    for field in fields:
        _toggle(field).trigger()
        assert field.echoMode() == QLineEdit.EchoMode.Normal
