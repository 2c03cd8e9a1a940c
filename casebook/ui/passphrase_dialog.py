""" "Change passphrase…" in the Vault menu: the current passphrase, the new one twice with
the strength meter; the key derivation runs off the GUI thread.

Only the key slot changes (the data key is rewrapped); the recovery key stays valid.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casebook.services.passphrase import vault_words
from casebook.services.passphrase_change import SamePassphrase, change_passphrase
from casebook.ui import tasks
from casebook.ui.card import message_label, sentence, show_message
from casebook.ui.dialogs import busy_bar
from casebook.ui.passphrase_fields import NewPassphraseFields, password_field
from casebook.ui.unlock import attempts_left
from casebook.vault.errors import WrongPassphrase
from casebook.vault.keys import KdfParams


def changed_message() -> str:
    """What the window says once the new passphrase is in place."""
    return QCoreApplication.translate(
        "ChangePassphraseDialog",
        "Passphrase changed. The recovery key stays the same; backups made before open "
        "with the old passphrase until you back up again.",
    )


class ChangePassphraseDialog(QDialog):
    changed = Signal()  # the new passphrase is in place

    def __init__(self, vault: Any, kdf: KdfParams | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casebook — change passphrase"))
        self.vault, self.kdf = vault, kdf
        intro = QLabel(
            self.tr(
                "Type the passphrase you use now, then the new one twice. The recovery "
                "key stays the same. Nothing else in the vault is re-encrypted."
            )
        )
        intro.setWordWrap(True)
        self.current = password_field()
        self.current.setAccessibleName(self.tr("Current passphrase"))
        form = QFormLayout()
        current_label = QLabel(self.tr("&Current passphrase"))
        current_label.setBuddy(self.current)
        form.addRow(current_label, self.current)
        self.new = NewPassphraseFields(self)
        self.new.set_user_inputs(*vault_words(vault))
        self.new.add_rows(form)
        self.busy = busy_bar(self)
        self.error = message_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change passphrase"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._running = False
        self._abandoned = False  # closed by a lock while the change was running
        self.current.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        self._update()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _update(self, *_: object) -> None:
        ready = bool(self.current.text()) and self.new.acceptable()
        self.ok_button.setEnabled(ready and not self._running)

    def start(self) -> None:
        if self._running or not self.ok_button.isEnabled():
            return
        vault, kdf = self.vault, self.kdf
        current, new = self.current.text(), self.new.passphrase()
        self._set_busy(True)
        show_message(self.error, "")
        tasks.start(
            lambda _p, _c: change_passphrase(vault, current, new, kdf),
            on_done=lambda _r: self._done(),
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._running = busy
        self.busy.setVisible(busy)
        self.current.setEnabled(not busy)
        self.new.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update()

    def _done(self) -> None:
        if self._abandoned:
            return
        self._set_busy(False)
        self._forget()
        self.changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if self._abandoned:
            return
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            text = self.tr("The current passphrase is not right. Nothing was changed.")
            if exc.remaining is not None:  # the vault counts wrong passphrases
                text += " " + attempts_left(exc.remaining)
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(exc, SamePassphrase):
            text = self.tr("The new passphrase is the one in use now. Choose another one.")
        elif isinstance(exc, ValueError | OSError):
            text = sentence(str(exc)) + " " + self.tr("Nothing was changed.")
        else:
            text = self.tr("The passphrase could not be changed ({kind}).").format(
                kind=type(exc).__name__
            )
        show_message(self.error, text)

    def _forget(self) -> None:
        self.current.clear()
        self.new.clear()

    def reject(self) -> None:
        # Cancel is disabled while the change runs, so this is a lock: what was typed is
        # forgotten and the dialog goes now; the change the person asked for completes in
        # the worker (it copied the key first; the header is replaced atomically).
        self._abandoned = self._running
        self._forget()
        super().reject()

    def done(self, result: int) -> None:  # noqa: D102 - also reached by lock's close()
        self._forget()
        super().done(result)
