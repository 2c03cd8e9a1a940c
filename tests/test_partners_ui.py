"""Identity card and "Add partner" dialogs (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from casebook.services import identity, partners
from casebook.ui.partner_dialogs import AddPartnerDialog, IdentityDialog
from casebook.vault.vault import Vault
from tests.bundle_support import new_vault


def _button(dialog, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def test_identity_dialog_shows_and_copies_the_card(qtbot, vault: Vault) -> None:
    card = identity.own_card(vault)
    dialog = IdentityDialog(vault)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.fingerprint.text() == card.fingerprint
    assert dialog.card_text.toPlainText() == card.to_text()
    _button(dialog, "Copy card").click()
    assert identity.parse_card(QGuiApplication.clipboard().text()) == card
    _button(dialog, "Copy fingerprint").click()
    assert QGuiApplication.clipboard().text() == card.fingerprint


def test_add_partner_checks_the_fingerprint(qtbot, vault: Vault, tmp_path: Path) -> None:
    other = new_vault(tmp_path / "other", "Partner Org")
    card = identity.own_card(other)
    other.close()
    dialog = AddPartnerDialog(vault)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.card_text.setPlainText("Their mail:\n" + card.to_text())
    assert dialog.shown_fingerprint.text() == card.fingerprint
    assert dialog.name.text() == "Partner Org"
    dialog.typed.setText("11111 22222 33333 44444 55555 66666")
    with qtbot.assertNotEmitted(dialog.added):
        dialog.save()
    assert "does not match" in dialog.error.text()
    assert partners.list_partners(vault) == []
    dialog.typed.setText(card.fingerprint)
    with qtbot.waitSignal(dialog.added) as signal:
        dialog.save()
    assert signal.args[0].is_confirmed
    assert [p.card for p in partners.list_partners(vault)] == [card]


def test_add_partner_with_a_damaged_card(qtbot, vault: Vault, tmp_path: Path) -> None:
    other = new_vault(tmp_path / "other", "Partner Org")
    text = identity.own_card(other).to_text()
    other.close()
    dialog = AddPartnerDialog(vault)
    qtbot.addWidget(dialog)
    dialog.card_text.setPlainText(text[:-10])
    assert dialog.shown_fingerprint.text() == ""
    dialog.name.setText("X")
    dialog.save()
    assert "damaged" in dialog.error.text()
    assert partners.list_partners(vault) == []
