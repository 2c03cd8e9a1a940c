"""Changing the passphrase of an open vault (service and the Vault menu dialog)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from casebook.services.passphrase_change import SamePassphrase, change_passphrase
from casebook.ui.passphrase_dialog import ChangePassphraseDialog
from casebook.vault.errors import VaultError, WrongPassphrase
from casebook.vault.vault import Vault
from tests import ui_support
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui_support import visible_dialogs

NEW = "lantern quietly orbit pepper museum"

window = ui_support.window
gui = ui_support.gui
demo = ui_support.demo


def _snapshot(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.iterdir() if p.is_file()}


def test_new_passphrase_opens_old_one_does_not_recovery_key_still_does(vault_dir) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    change_passphrase(vault, PASSPHRASE, NEW, FAST_KDF)
    vault.close()
    Vault.unlock(vault_dir, NEW).close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    Vault.unlock_with_recovery(vault_dir, recovery).close()


@pytest.mark.parametrize(
    ("current", "new", "error"),
    [
        ("not the passphrase at all", NEW, WrongPassphrase),
        (PASSPHRASE, PASSPHRASE, SamePassphrase),
        (PASSPHRASE, "password1", ValueError),
    ],
)
def test_refused_changes_leave_every_file_as_it_was(vault_dir, current, new, error) -> None:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    before = _snapshot(vault_dir)
    with pytest.raises(error):
        change_passphrase(vault, current, new, FAST_KDF)
    assert _snapshot(vault_dir)["header"] == before["header"]
    vault.close()
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_a_locked_vault_cannot_rewrap_its_forgotten_key(vault_dir) -> None:
    """Locking while a change waits for its turn: nothing is written, the old passphrase
    still opens (an empty or half-zeroed key must never be wrapped in a slot)."""
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    header = (vault_dir / "header").read_bytes()
    vault.close()
    with pytest.raises(VaultError):
        vault.change_passphrase(NEW, FAST_KDF)
    assert (vault_dir / "header").read_bytes() == header
    Vault.unlock(vault_dir, PASSPHRASE).close()


def _open_dialog(window) -> ChangePassphraseDialog:
    action = next(a for a in window.acts.vault if "passphrase" in a.text().lower())
    action.trigger()
    [dialog] = visible_dialogs()
    assert isinstance(dialog, ChangePassphraseDialog)
    return dialog


def test_dialog_changes_the_passphrase_off_the_gui_thread(window, demo) -> None:
    path, passphrase = demo
    dialog = _open_dialog(window)
    assert not dialog.ok_button.isEnabled()
    dialog.current.setText(passphrase)
    dialog.new.first.setText(NEW)
    assert not dialog.ok_button.isEnabled()  # not yet typed twice
    dialog.new.second.setText(NEW)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert visible_dialogs() == []
    assert window.vault is not None  # still working in the open vault
    Vault.unlock(path, NEW).close()


def test_dialog_says_a_wrong_current_passphrase_and_changes_nothing(window, demo) -> None:
    path, passphrase = demo
    header = (path / "header").read_bytes()
    dialog = _open_dialog(window)
    dialog.current.setText("a guess by someone else")
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "not right" in dialog.error.text() and dialog.error.isVisible()
    assert (path / "header").read_bytes() == header
    window.acts.lock.trigger()  # locking closes the dialog and forgets what was typed
    assert dialog.current.text() == "" and dialog.new.first.text() == ""


def test_locking_during_a_change_forgets_what_was_typed_and_the_change_completes(
    window, demo, monkeypatch
) -> None:
    """The person asked for the change: it completes (the key was copied before the
    derivation); the lock closes the dialog and empties its fields at once."""
    from casebook.ui import passphrase_dialog

    path, passphrase = demo
    dialog = _open_dialog(window)
    real = passphrase_dialog.change_passphrase

    def locked_midway(vault, current, new, kdf):
        dek = vault.data_key()
        window.acts.lock.trigger()  # the GUI thread locks while the key is derived
        assert dialog.current.text() == "" and dialog.new.first.text() == ""
        assert not dialog.isVisible()
        monkeypatch.setattr(vault, "data_key", lambda: dek)  # as copied before the lock
        real(vault, current, new, kdf)

    monkeypatch.setattr(passphrase_dialog, "change_passphrase", locked_midway)
    dialog.current.setText(passphrase)
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    dialog.ok_button.click()
    assert window.vault is None and not dialog.isVisible()
    assert not dialog.error.isVisible()  # nothing shown on a dialog that is gone
    Vault.unlock(path, NEW).close()
