"""Vault › Protection…: duress passphrase and wipe after wrong passphrases, in the GUI."""

from __future__ import annotations

import re

from casebook.ui.protection_dialog import ProtectionDialog
from casebook.vault import protection
from casebook.vault.vault import Vault
from tests import ui_support
from tests.ui_support import open_window, unlock, visible_dialogs

window = ui_support.window
gui = ui_support.gui
demo = ui_support.demo

DURESS = "tulips in the rain at noon"


def _open(window) -> ProtectionDialog:
    action = next(a for a in window.acts.vault if "rotection" in a.text())
    action.trigger()
    [dialog] = visible_dialogs()
    assert isinstance(dialog, ProtectionDialog)
    return dialog


def test_set_and_remove_duress_in_the_dialog(window, demo) -> None:
    path, passphrase = demo
    dialog = _open(window)
    assert "No duress passphrase" in dialog.duress_state.text()
    assert "backup" in " ".join(label.text() for label in dialog.findChildren(type(dialog.outcome)))
    dialog.current.setText(passphrase)
    dialog.duress.setText(DURESS)
    dialog.duress_again.setText(DURESS)
    assert not dialog.set_duress_button.isEnabled()  # not before "I understand"
    dialog.understood.setChecked(True)
    dialog.set_duress_button.click()
    assert "A duress passphrase is set" in dialog.duress_state.text()
    assert dialog.duress.text() == ""
    assert protection.status(window.vault).duress
    dialog.remove_duress_button.click()
    assert not protection.status(window.vault).duress


def test_wrong_current_passphrase_changes_nothing(window, demo) -> None:
    path, _passphrase = demo
    header = (path / "header").read_bytes()
    dialog = _open(window)
    dialog.current.setText("a guess by someone else")
    dialog.wipe.setCurrentIndex(dialog.wipe.findData(5))
    dialog.wipe_button.click()
    assert "not right" in dialog.message.text()
    assert (path / "header").read_bytes() == header


def test_unlock_page_shows_the_attempts_left(gui, qtbot, tmp_path, demo) -> None:
    path, passphrase = demo
    with Vault.unlock(path, passphrase) as vault:
        protection.set_wipe_after(vault, passphrase, 5)
    win = open_window(qtbot, path, tmp_path)
    unlock(win, "wrong 1")
    # English plurals come from the application's translator (issue 18)
    assert re.search(r"4 wrong passphrase(s|\(s\)) more", win.unlock_page.error.text())
    assert win.vault is None


def test_panic_wipe_is_confirmed_when_set_and_destroys_when_pressed(window, demo) -> None:
    import pytest
    from PySide6.QtWidgets import QMessageBox

    from casebook.vault.errors import WrongPassphrase
    from tests.ui_support import click_labelled, only_box

    path, passphrase = demo
    dialog = _open(window)
    dialog.current.setText(passphrase)
    dialog.panic.setChecked(True)
    dialog.panic_button.click()
    only_box().button(QMessageBox.StandardButton.Cancel).click()
    assert not protection.panic_wipe_enabled(window.vault)
    dialog.panic_button.click()
    click_labelled(only_box(), "Turn on panic wipe")
    assert protection.panic_wipe_enabled(window.vault)
    dialog.close()
    window.acts.panic.trigger()  # no question now
    assert window.vault is None
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, passphrase)
    assert (path / "header").is_file()


def test_panic_without_wipe_only_locks(window, demo) -> None:
    path, passphrase = demo
    window.acts.panic.trigger()
    assert window.vault is None
    Vault.unlock(path, passphrase).close()


def test_settings_lead_to_protection(window) -> None:
    from casebook.ui import settings

    window.acts.settings.trigger()
    dialog = next(w for w in window.findChildren(settings.SettingsDialog) if w.isVisible())
    dialog.protection_button.click()
    assert any(isinstance(d, ProtectionDialog) for d in visible_dialogs())
