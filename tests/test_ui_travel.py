"""Vault › Travel mode… and ending it from the unlock page."""

from __future__ import annotations

import pytest

from casebook.ui.travel_dialogs import TravelEndDialog, TravelStartDialog
from casebook.vault.errors import WrongPassphrase
from casebook.vault.vault import Vault
from tests import ui_support
from tests.ui_support import unlock, visible_dialogs

window = ui_support.window
gui = ui_support.gui
demo = ui_support.demo


def test_travel_round_trip_in_the_gui(window, demo, tmp_path) -> None:
    path, passphrase = demo

    recovery = _recovery_key(path, passphrase, tmp_path)
    next(a for a in window.acts.vault if "Travel" in a.text()).trigger()
    [dialog] = visible_dialogs()
    assert isinstance(dialog, TravelStartDialog)
    out = tmp_path / "away.age"
    dialog.file.setText(str(out))
    assert not dialog.start_button.isEnabled()  # no recovery key yet
    dialog.recovery.setText("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    dialog.start_button.click()
    assert "does not open" in dialog.error.text() and window.vault is not None
    dialog.recovery.setText(recovery)
    dialog.start_button.click()
    assert window.vault is None and out.exists()  # locked: the keys left the laptop
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, passphrase)
    window.unlock_page.travelEndRequested.emit()
    [end] = visible_dialogs()
    assert isinstance(end, TravelEndDialog)
    end.file.setText(str(out))
    end.recovery.setText(recovery)
    end.passphrase.setText("not the passphrase")
    end.end_button.click()
    assert end.isVisible() and end.error.text()
    end.passphrase.setText(passphrase)
    end.end_button.click()
    assert not end.isVisible()
    unlock(window, passphrase)
    assert window.vault is not None


def _recovery_key(path, passphrase, tmp_path) -> str:
    """The demo vault's recovery key is not kept: give it a known one for the test."""
    from casebook.vault import header2, keys

    with Vault.unlock(path, passphrase) as vault:
        header = keys.read_header(path / "header")
        assert isinstance(header, header2.Header)
        sealed = header.unseal(vault.data_key())
        raw = b"\x07" * keys.RECOVERY_BYTES
        header2.set_slot(
            header, sealed, "recovery", header2.new_recovery_slot(raw, vault.data_key())
        )
        header.seal(vault.data_key(), sealed)
        keys.write_header(path / "header", header)
    return keys.format_recovery_key(raw)
