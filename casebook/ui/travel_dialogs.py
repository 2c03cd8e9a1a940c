"""Vault › Travel mode…: the key slots leave the laptop for a journey (TravelStartDialog),
and come back from the unlock page (TravelEndDialog). See services/travel.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.services import travel
from casebook.ui import tasks
from casebook.ui.card import message_label, sentence, show_message
from casebook.ui.dialogs import busy_bar, file_dialog
from casebook.ui.passphrase_fields import password_field
from casebook.vault.errors import VaultError, WrongPassphrase


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


def _file_row(parent: QWidget, edit: QLineEdit, caption: str, mode: str, label: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    browse = QPushButton(label)
    browse.clicked.connect(lambda: file_dialog(parent, caption, edit.setText, mode=mode))
    row.addWidget(browse)
    return row


class TravelStartDialog(QDialog):
    started = Signal(object)  # travel.Started: the vault must now be locked

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Travel mode"))
        self.vault = vault
        self.to = QComboBox()
        self.to.setAccessibleName(self.tr("Encrypt to"))
        self.to.addItem(self.tr("the recovery key"), None)
        for p in _partners(vault):
            self.to.addItem(p.name, p.name)
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Travel file"))
        form = QFormLayout()
        form.addRow(self.tr("&Encrypt to"), self.to)
        form.addRow(self.tr("Recovery key"), self.recovery)
        form.addRow(
            self.tr("Travel file"),
            _file_row(
                self, self.file, self.tr("Save the travel file as"), "save", self.tr("Choose…")
            ),  # fmt: skip
        )
        self.busy = busy_bar(self)
        self.error = message_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start travel mode"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(
                self.tr(
                    "For a border or a trip: the keys of this vault go into a travel file, "
                    "encrypted to your recovery key or to a partner, and this laptop keeps "
                    "only a vault that nobody can open, not even with your passphrase. Send "
                    "the file to the partner or keep it somewhere else, not on this laptop. "
                    "Back home, end travel mode from the unlock screen with the file (and the "
                    "recovery key, or the file the partner decrypted for you)."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for signal in (self.recovery.textChanged, self.file.textChanged,
                       self.to.currentIndexChanged):  # fmt: skip
            signal.connect(self._update)
        self._running = False
        self._update()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _update(self, *_: object) -> None:
        to_recovery = self.to.currentData() is None
        self.recovery.setEnabled(to_recovery)
        target = bool(self.recovery.text().strip()) if to_recovery else True
        self.start_button.setEnabled(target and bool(self.file.text()) and not self._running)

    def start(self) -> None:
        if self._running or not self.start_button.isEnabled():
            return
        vault, out = self.vault, Path(self.file.text()).expanduser()
        partner = self.to.currentData()
        recovery = self.recovery.text() if partner is None else None
        self._running = True
        self.busy.setVisible(True)
        self._update()
        show_message(self.error, "")
        tasks.start(
            lambda _p, _c: travel.start(vault, out, recovery_key=recovery, recipient=partner),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, started: travel.Started) -> None:
        self._running = False
        self.busy.setVisible(False)
        self.recovery.clear()
        self.accept()
        self.started.emit(started)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.busy.setVisible(False)
        self._update()
        if isinstance(exc, WrongPassphrase):
            text = self.tr("That recovery key does not open this vault. Nothing was changed.")
        elif isinstance(exc, VaultError | OSError):
            text = sentence(str(exc)) + " " + self.tr("Nothing was changed.")
        else:
            text = self.tr("Travel mode could not start ({kind}).").format(kind=type(exc).__name__)
        show_message(self.error, text)

    def done(self, result: int) -> None:  # noqa: D102 - also reached by lock's close()
        self.recovery.clear()
        super().done(result)


def _partners(vault: Any) -> list[Any]:
    from casebook.services.partners import list_partners

    try:
        return list_partners(vault)
    except VaultError:
        return []


class TravelEndDialog(QDialog):
    """From the unlock page: put the keys back from a travel file."""

    ended = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End travel mode"))
        self.path = path
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Travel file"))
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText(self.tr("Not needed for a file a partner decrypted"))
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.passphrase = password_field()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(
            self.tr("Travel file"),
            _file_row(
                self, self.file, self.tr("Choose the travel file"), "open", self.tr("Choose…")
            ),  # fmt: skip
        )
        form.addRow(self.tr("Recovery key"), self.recovery)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.busy = busy_bar(self)
        self.error = message_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.end_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.end_button.setText(self.tr("Put the keys back"))
        self.buttons.accepted.connect(self.end)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(
                self.tr(
                    "Choose the travel file, type the recovery key it is encrypted to (not "
                    "needed for the file a partner decrypted and sent back), and the "
                    "passphrase of the vault."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for edit in (self.file, self.passphrase):
            edit.textChanged.connect(self._update)
        self._running = False
        self._update()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _update(self, *_: object) -> None:
        ready = bool(self.file.text()) and bool(self.passphrase.text())
        self.end_button.setEnabled(ready and not self._running)

    def end(self) -> None:
        if self._running or not self.end_button.isEnabled():
            return
        path, file = self.path, Path(self.file.text()).expanduser()
        passphrase, recovery = self.passphrase.text(), self.recovery.text().strip() or None
        self._running = True
        self.busy.setVisible(True)
        self._update()
        show_message(self.error, "")
        tasks.start(
            lambda _p, _c: travel.end(path, file, passphrase, recovery),
            on_done=lambda _r: self._done(),
            on_error=self._failed,
        )

    def _done(self) -> None:
        self._running = False
        self.busy.setVisible(False)
        self.accept()
        self.ended.emit()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.busy.setVisible(False)
        self._update()
        if isinstance(exc, VaultError | OSError):
            text = sentence(str(exc))
        else:
            text = self.tr("Travel mode could not end ({kind}).").format(kind=type(exc).__name__)
        show_message(self.error, text)

    def done(self, result: int) -> None:  # noqa: D102
        self.passphrase.clear()
        self.recovery.clear()
        super().done(result)
