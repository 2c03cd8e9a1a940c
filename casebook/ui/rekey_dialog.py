""" "Replace all keys…" in the Vault menu: after a compromise, a new data key, a new
passphrase and a new recovery key (shown once). The database is re-encrypted off the GUI
thread with progress; Cancel stops it before the keys are swapped, and the old keys stay.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.services.rekey import old_backups_note, replace_all_keys
from casebook.services.rotation import rotate_identity
from casebook.ui import tasks
from casebook.ui.card import message_label, sentence, show_message
from casebook.ui.passphrase_fields import NewPassphraseFields, password_field
from casebook.ui.recovery import RecoveryKeyPage
from casebook.ui.unlock import attempts_left
from casebook.vault.errors import VaultError, WrongPassphrase
from casebook.vault.keys import KdfParams


def replaced_message() -> str:
    """What the window says once the new keys are in place."""
    return QCoreApplication.translate(
        "ReplaceKeysDialog",
        "All keys replaced. Backups made before still open with the old passphrase: "
        "destroy them or keep them apart.",
    )


class ReplaceKeysDialog(QDialog):
    replaced = Signal()  # the new keys are in place (the recovery key may still show)
    # Around the work: other connections of the window (the case list's reader) close
    # first, so none keeps the old file or key, and open again after.
    starting = Signal()
    ended = Signal()

    def __init__(self, vault: Any, kdf: KdfParams | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casebook — replace all keys"))
        self.vault, self.kdf = vault, kdf
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.recovery = RecoveryKeyPage()
        self.recovery.confirmed.connect(self.accept)
        self.backups_note = QLabel(old_backups_note())
        self.backups_note.setWordWrap(True)
        self.backups_note.setObjectName("warning")
        self.recovery.body.insertWidget(2, self.backups_note)
        self.notice = QPlainTextEdit()  # the rotation notice, when there is one
        self.notice.setReadOnly(True)
        self.notice.setAccessibleName(self.tr("Rotation notice for partners"))
        self.notice.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.notice_label = QLabel(
            self.tr(
                "New organisation identity. Send this rotation notice to your partners; "
                "they import it with 'casebook partner rotate':"
            )
        )
        self.notice_label.setWordWrap(True)
        below_key = self.recovery.body.indexOf(self.recovery.stored)  # the key comes first
        for position, widget in enumerate((self.notice_label, self.notice), start=below_key):
            self.recovery.body.insertWidget(position, widget)
            widget.hide()
        self.pages.addWidget(self.recovery)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._task: tasks.Task | None = None
        self._abandoned = False
        self._update()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def _form_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Use this when someone may have copied the vault or seen the passphrase: "
                "the database is re-encrypted under a new key, with a new passphrase and a "
                "new recovery key. A copy taken before cannot read anything written after. "
                "Close Casebook everywhere else first; this takes a while on a large vault."
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
        self.new.add_rows(form)
        self.new_identity = QCheckBox(
            self.tr("Also a new organisation &identity (partners get a signed notice)")
        )
        form.addRow("", self.new_identity)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Re-encryption progress"))
        self.progress.hide()
        self.error = message_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Replace all keys"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (self.progress, self.error, self.buttons):
            layout.addWidget(widget)
        self.current.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        return page

    def _update(self, *_: object) -> None:
        ready = bool(self.current.text()) and self.new.acceptable()
        self.ok_button.setEnabled(ready and self._task is None)

    def start(self) -> None:
        if self._task is not None or not self.ok_button.isEnabled():
            return
        vault, kdf = self.vault, self.kdf
        current, new = self.current.text(), self.new.passphrase()
        self._set_busy(True)
        show_message(self.error, "")
        self.starting.emit()
        identity = self.new_identity.isChecked()

        def work(progress: tasks.ProgressFn, cancel: threading.Event) -> tuple[str, str]:
            recovery = replace_all_keys(
                vault, current, new, kdf, progress=progress, cancel=cancel.is_set
            )
            return recovery, rotate_identity(vault) if identity else ""

        self._task = tasks.start(
            work,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancel=self._cancelled,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(done * 1000 // max(total, 1)))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.current.setEnabled(not busy)
        self.new.setEnabled(not busy)
        if not busy:
            self._task = None
        self._update()

    def _done(self, result: tuple[str, str]) -> None:
        recovery, notice = result
        self._set_busy(False)
        self.ended.emit()
        self._forget()
        self.replaced.emit()
        if self._abandoned:
            return
        self.recovery.set_key(recovery)
        self.notice.setPlainText(notice)
        self.notice.setVisible(bool(notice))
        self.notice_label.setVisible(bool(notice))
        self.pages.setCurrentWidget(self.recovery)
        # word-wrapped texts on a card need more height than the form had
        lines = 44 if notice else 30
        self.setMinimumHeight(max(self.height(), self.fontMetrics().lineSpacing() * lines))
        self.adjustSize()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.ended.emit()
        if self._abandoned:
            return
        if isinstance(exc, WrongPassphrase):
            text = self.tr("The current passphrase is not right. Nothing was changed.")
            if exc.remaining is not None:  # the vault counts wrong passphrases
                text += " " + attempts_left(exc.remaining)
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(exc, ValueError | OSError | VaultError):
            text = sentence(str(exc)) + " " + self.tr("The old keys stay in use.")
        else:
            text = self.tr("The keys could not be replaced ({kind}).").format(
                kind=type(exc).__name__
            )
        show_message(self.error, text)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.ended.emit()
        show_message(self.error, self.tr("Cancelled. The old keys stay in use."))

    def _forget(self) -> None:
        self.current.clear()
        self.new.clear()

    def reject(self) -> None:
        if self._task is not None and not self._abandoned:
            self._task.cancel()  # Cancel while it runs: stop before the swap
            show_message(self.error, self.tr("Cancelling…"))
            return
        self._forget()
        self.recovery.clear()
        super().reject()

    def done(self, result: int) -> None:  # noqa: D102 - also reached by lock's close()
        if self._task is not None:
            self._abandoned = True  # locked while running: it completes or is cancelled
            self._task.cancel()
        self._forget()
        self.recovery.clear()
        super().done(result)
