"""Dialogs for the organisation identity and partners. Each takes a Vault; open() them.

    IdentityDialog(vault)                 this organisation's card, with copy buttons
    AddPartnerDialog(vault)               paste a partner's card, confirm its fingerprint
        .added(Partner)

The bundle dialogs ("Send to partner", "Import bundle") are in bundle_dialogs.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.services import identity, partners
from casebook.ui.fonts import font_scale
from casebook.vault.errors import VaultError
from casebook.vault.vault import Vault

_Index = QModelIndex | QPersistentModelIndex


def _mono(widget: QWidget, size_delta: int = 0) -> None:
    """A monospaced font 12 + `size_delta` points large with a 10 point interface font,
    and as much larger as the interface font is."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(max(6.0, (12 + size_delta) * font_scale()))
    widget.setFont(font)


def selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class IdentityDialog(QDialog):
    """The contact card to give to partners, and the fingerprint to read to them."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your organisation's identity"))
        self.card = identity.own_card(vault)
        self.fingerprint = selectable(self.card.fingerprint)
        _mono(self.fingerprint, 4)
        self.card_text = QPlainTextEdit(self.card.to_text())
        self.card_text.setReadOnly(True)
        self.card_text.setAccessibleName(self.tr("Your contact card"))
        _mono(self.card_text)
        form = QFormLayout()
        form.addRow(self.tr("Organisation"), selectable(self.card.organisation or "—"))
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        form.addRow(self.tr("Age recipient"), selectable(self.card.recipient))
        form.addRow(self.tr("Signing key"), selectable(self.card.signing_key))
        help_text = selectable(self.tr(
            "Give partners the card below. Then read the fingerprint to them over the "
            "phone: if it matches what they see, nobody swapped the card on the way."
        ))  # fmt: skip
        copy_card = QPushButton(self.tr("Copy card"))
        copy_card.clicked.connect(lambda: self._copy(self.card.to_text()))
        copy_fp = QPushButton(self.tr("Copy fingerprint"))
        copy_fp.clicked.connect(lambda: self._copy(self.card.fingerprint))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(copy_card)
        row.addWidget(copy_fp)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addWidget(self.card_text)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)


class AddPartnerDialog(QDialog):
    """Paste a partner's card; typing the fingerprint they read out confirms it."""

    added = Signal(object)  # Partner

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Add a partner"))
        self.name = QLineEdit()
        self.card_text = QPlainTextEdit()
        self.card_text.setPlaceholderText("casebook-card/1:…")
        self.card_text.setTabChangesFocus(True)
        self.card_text.textChanged.connect(self._card_changed)
        self.shown_fingerprint = selectable()
        _mono(self.shown_fingerprint, 2)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("Digits the partner reads to you (optional)"))
        self.error = selectable()
        self.error.setStyleSheet("color: #a33;")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Their card"), self.card_text)
        form.addRow(self.tr("Fingerprint of the card"), self.shown_fingerprint)
        form.addRow(self.tr("Fingerprint they read out"), self.typed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _card_changed(self) -> None:
        try:
            card = identity.parse_card(self.card_text.toPlainText())
        except VaultError:
            self.shown_fingerprint.setText("")
            return
        self.shown_fingerprint.setText(card.fingerprint)
        if not self.name.text().strip():
            self.name.setText(card.organisation)

    def save(self) -> None:
        try:
            card = identity.parse_card(self.card_text.toPlainText())
            partner = partners.add_partner(
                self.vault, self.name.text(), card, fingerprint=self.typed.text().strip()
            )
        except VaultError as exc:
            self.error.setText(str(exc))
            return
        self.added.emit(partner)
        self.accept()


class PartnerChoiceModel(QAbstractListModel):
    """Partners with a check box each: who a bundle goes to."""

    def __init__(self, found: Sequence[partners.Partner], parent: QWidget | None = None):
        super().__init__(parent)
        self.partners = list(found)
        self.checked = [False] * len(self.partners)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.partners)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.partners):
            return None
        partner = self.partners[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "" if partner.is_confirmed else "  " + self.tr("(fingerprint not confirmed)")
            return f"{partner.name} — {partner.card.organisation}{mark}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return partner.card.fingerprint
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        self.checked[index.row()] = state == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def chosen(self) -> list[str]:
        return [p.name for p, on in zip(self.partners, self.checked, strict=True) if on]
