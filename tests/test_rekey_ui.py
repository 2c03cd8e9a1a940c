"""Vault › Replace all keys…: progress off the GUI thread, the new recovery key shown once."""

from __future__ import annotations

import pytest

from casebook.ui.rekey_dialog import ReplaceKeysDialog
from casebook.vault.errors import WrongPassphrase
from casebook.vault.layout import DATABASE
from casebook.vault.vault import Vault
from tests import ui_support
from tests.ui_support import visible_dialogs

NEW = "lantern quietly orbit pepper museum rekey"

window = ui_support.window
gui = ui_support.gui
demo = ui_support.demo


def _open_dialog(window) -> ReplaceKeysDialog:
    action = next(
        a for a in window.acts.vault if "replace all keys" in a.text().replace("&", "").lower()
    )
    action.trigger()
    [dialog] = visible_dialogs()
    assert isinstance(dialog, ReplaceKeysDialog)
    return dialog


def test_dialog_replaces_the_keys_and_shows_the_new_recovery_key_once(window, demo) -> None:
    path, passphrase = demo
    dialog = _open_dialog(window)
    assert not dialog.ok_button.isEnabled()
    dialog.current.setText(passphrase)
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.pages.currentWidget() is dialog.recovery
    key = dialog.recovery._key
    assert key.count("-") == 7 and "old passphrase" in dialog.backups_note.text()
    assert not dialog.notice.isVisible()  # no new identity unless asked for
    assert "All keys replaced" in window.statusBar().currentMessage()
    assert (
        window.vault is not None
        and window.vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0] > 0
    )  # the window goes on working under the new key
    model = window.workspace.panel.model  # the case list reads under the new key too
    assert model.is_open() and model._queries._handle.data_key() == window.vault.data_key()
    dialog.recovery.stored.setChecked(True)
    dialog.recovery.continue_button.click()
    assert visible_dialogs() == [] and dialog.recovery._key == ""
    window.acts.lock.trigger()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, passphrase)
    Vault.unlock(path, NEW).close()
    Vault.unlock_with_recovery(path, key).close()


def test_dialog_says_a_wrong_current_passphrase_and_changes_nothing(window, demo) -> None:
    path, _passphrase = demo
    header = (path / "header").read_bytes()
    dialog = _open_dialog(window)
    dialog.current.setText("a guess by someone else")
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.pages.currentIndex() == 0
    assert "not right" in dialog.error.text()
    assert (path / "header").read_bytes() == header
    window.acts.lock.trigger()
    assert dialog.current.text() == "" and dialog.new.first.text() == ""


def test_an_old_database_put_back_is_refused_and_offered_read_only(
    gui, qtbot, demo, tmp_path
) -> None:
    import shutil

    from casebook.domain.model import Case
    from casebook.services.cases import save_case

    path, passphrase = demo
    saved = tmp_path / "old.db"
    shutil.copy2(path / DATABASE, saved)
    with Vault.unlock(path, passphrase) as vault:
        for i in range(10):
            save_case(vault, Case(title=f"written later {i}"))
    shutil.copy2(saved, path / DATABASE)
    evidence = sorted(p.name for p in (path / "evidence").iterdir())

    win = ui_support.open_window(qtbot, path, tmp_path)
    ui_support.unlock(win, passphrase)
    page = win.unlock_page
    assert win.vault is None and "older than its header" in page.error.text()
    assert page.read_only_button.isVisible()
    page.read_only_button.click()
    assert win.vault is not None and win.vault.read_only
    assert "read-only" in win.statusBar().currentMessage()
    assert sorted(p.name for p in (path / "evidence").iterdir()) == evidence


def test_dialog_can_also_replace_the_organisation_identity(window, demo) -> None:
    from casebook.services.identity import own_card
    from casebook.services.rotation import PREFIX, parse_notice

    path, passphrase = demo
    old_card = own_card(window.vault)
    dialog = _open_dialog(window)
    dialog.current.setText(passphrase)
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    dialog.new_identity.setChecked(True)
    dialog.ok_button.click()
    text = dialog.notice.toPlainText()
    assert dialog.notice.isVisible() and text.startswith(PREFIX)
    notice = parse_notice(text)
    assert notice.old == old_card and notice.new == own_card(window.vault)


def test_the_window_says_when_evidence_files_went_to_quarantine(gui, qtbot, demo, tmp_path):
    path, passphrase = demo
    (path / "evidence" / ("ab" * 16 + ".age")).write_bytes(b"age-encryption.org/v1\n")
    win = ui_support.open_window(qtbot, path, tmp_path)
    ui_support.unlock(win, passphrase)
    assert win.vault is not None
    message = win.statusBar().currentMessage()
    assert "1 evidence file" in message and "quarantine" in message
    assert (path / "quarantine" / ("ab" * 16 + ".age")).exists()
