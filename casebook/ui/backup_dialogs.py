""" "Back up now": a dialog with the last backup time, a reminder, progress and cancel.

    dialog = BackupDialog(vault, parent)
    dialog.backedUp.connect(...)     # BackupReport, after a backup that completed
    dialog.open()

    backup_reminder(vault)           # a line for the status bar when a backup is due, or ""

The backup itself runs in a worker (casebook.ui.tasks) on its own vault handle.
Also here: TaskPanel (progress bar, status line, cancel), shared with bundle_dialogs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casebook.services import backup
from casebook.ui import tasks
from casebook.ui.dialogs import file_dialog
from casebook.ui.formats import datetime_text
from casebook.vault.errors import VaultError
from casebook.vault.vault import Vault


def backup_reminder(vault: Vault) -> str:
    """A one-line reminder when the last backup is older than the configured days."""
    status = backup.backup_status(vault)
    if not status.overdue:
        return ""
    if not status.last_time:
        return QCoreApplication.translate(
            "BackupDialog",
            "This vault has never been backed up. Back up now (Vault → Back up now…).",
        )
    return QCoreApplication.translate(
        "BackupDialog", "The last backup is more than {days} days old ({when})."
    ).format(days=status.reminder_days, when=datetime_text(status.last_time))


def error_text(exc: BaseException) -> str:
    """A message for the user: our errors are written for people; others are named only."""
    if isinstance(exc, VaultError | OSError):
        return str(exc)
    return QCoreApplication.translate(
        "BackupDialog", "Unexpected error ({name}); nothing was changed."
    ).format(name=type(exc).__name__)


class TaskPanel(QWidget):
    """A progress bar and a status line for one background task at a time."""

    done = Signal(object)
    failed = Signal(object)
    ended = Signal()  # after done, failed or cancelled: the panel is idle again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.task: tasks.Task | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def run(self, vault: Vault, work: Callable[[Vault, Any, threading.Event], Any],
            message: str) -> None:  # fmt: skip
        self.status.setText(message)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        task = tasks.run_task(
            vault, work, on_done=self._done, on_error=self._failed,
            on_progress=self._progressed, on_cancel=self._cancelled,
        )  # fmt: skip
        if not task.done:  # the synchronous runner (tests) has finished it already
            self.task = task

    def cancel(self) -> None:
        if self.task is not None:
            self.status.setText(QCoreApplication.translate("BackupDialog", "Cancelling…"))
            self.task.cancel()

    def _progressed(self, done: int, total: int) -> None:
        scale = max(1, total // 1_000_000)  # keep within the int range of QProgressBar
        self.progress.setRange(0, max(1, total // scale))
        self.progress.setValue(done // scale)

    def _finish(self, text: str) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.status.setText(text)
        self.ended.emit()

    def _done(self, result: object) -> None:
        self._finish("")
        self.done.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._finish(error_text(exc))
        self.failed.emit(exc)

    def _cancelled(self) -> None:
        self._finish(QCoreApplication.translate("BackupDialog", "Cancelled; nothing was changed."))


class TaskDialog(QDialog):
    """A dialog whose work runs in its TaskPanel, one task at a time. Cancel stops the
    task; Close and Esc close the dialog, but Esc while a task runs cancels it first.
    A subclass adds its own buttons to `buttons`, then calls `_add_cancel_and_close()`
    (so they come first in the Tab order), and extends `_update()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = TaskPanel()
        self.panel.ended.connect(self._update)
        self.buttons = QDialogButtonBox()

    def _add_cancel_and_close(self) -> None:
        self.stop = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.stop.clicked.connect(self.panel.cancel)
        self.close_button.clicked.connect(self.reject)

    def _update(self) -> None:
        running = self.panel.running
        self.stop.setEnabled(running)
        self.close_button.setEnabled(not running)

    def reject(self) -> None:
        if self.panel.running:
            self.panel.cancel()
            return
        super().reject()


class BackupDialog(TaskDialog):
    """Back up the vault to a directory (a USB stick), with progress and cancel."""

    backedUp = Signal(object)  # BackupReport

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, destination: str = ""):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Back up the vault"))
        self.last = QLabel()
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("color: #a33;")
        status = backup.backup_status(vault)
        self.destination = QLineEdit(destination or status.destination)
        self.destination.setPlaceholderText(self.tr("A folder on a USB stick"))
        self.destination.textChanged.connect(self._update)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(choose)
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(status.reminder_days)
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(self._days_changed)
        form = QFormLayout()
        form.addRow(self.tr("Last backup"), self.last)
        where = QLabel(self.tr("Back up to"))
        where.setBuddy(self.destination)
        form.addRow(where, row)
        form.addRow(self.tr("Remind me after"), self.days)
        note = QLabel(self.tr(
            "The backup is itself a vault: it opens with the same passphrase and recovery "
            "key. Only new evidence is copied when you back up to the same folder again."
        ))  # fmt: skip
        note.setWordWrap(True)
        self.panel.done.connect(self._done)
        self.start = self.buttons.addButton(
            self.tr("Back up now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start.clicked.connect(self.back_up)
        self._add_cancel_and_close()
        layout = QVBoxLayout(self)
        for widget in (note, self.reminder):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self._show_status()
        self._update()
        # Wide enough for a path on a USB stick (the field was 140 pixels wide), measured
        # on such a path: an average letter width misjudges paths in some fonts.
        metrics = self.destination.fontMetrics()
        self.destination.setMinimumWidth(
            metrics.horizontalAdvance("/media/someone/USB DISK/Documents/backup 2026")
            + 4 * metrics.averageCharWidth()
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:  # the dates and reminder in it
            self._show_status()
        super().changeEvent(event)

    def _show_status(self) -> None:
        status = backup.backup_status(self.vault)
        when = datetime_text(status.last_time) if status.last_time else ""
        self.last.setText(when or self.tr("never"))
        self.reminder.setText(backup_reminder(self.vault))
        self.reminder.setVisible(bool(self.reminder.text()))

    def _update(self) -> None:
        super()._update()
        self.start.setEnabled(not self.panel.running and bool(self.destination.text().strip()))

    def _choose(self) -> None:
        file_dialog(self, self.tr("Choose the backup folder"), self.destination.setText,
                    mode="directory")  # fmt: skip

    def _days_changed(self, days: int) -> None:
        backup.set_reminder_days(self.vault, days)
        self._show_status()

    def back_up(self) -> None:
        """Start the backup in the background."""
        dest = Path(self.destination.text().strip()).expanduser()

        def work(handle: Vault, progress: Any, cancel: threading.Event) -> object:
            return backup.backup(handle, dest, progress=progress, cancel=cancel)

        self.panel.run(self.vault, work, self.tr("Backing up…"))
        self._update()

    def _done(self, report: backup.BackupReport) -> None:
        self._show_status()
        self._update()
        self.panel.status.setText(
            self.tr("Backup complete: {files} evidence files, {copied} copied now.").format(
                files=report.evidence_files, copied=report.copied_files
            )
        )
        self.backedUp.emit(report)
