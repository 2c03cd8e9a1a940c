"""The Outreach tab of the case editor: what was sent to whom and what came back, with
the reminders due across all cases (releases to check, follow-ups to send).

    tab = OutreachTab(parent)
    tab.set_vault(vault)
    tab.load_case(case_id)   # again after an export, to refresh
    tab.clear()              # on lock

Recording a sending or an answer goes through `casebook.services.outreach`, like the
command line; dialogs are opened with open(), and `changed` tells what changed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.outreach import CHANNELS, OutreachEntry, Reminder
from casebook.domain.validation import ValidationError
from casebook.services import appeals as appeals_svc
from casebook.services import outreach as svc
from casebook.ui.dialogs import error
from casebook.ui.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def channel_label(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "email": QCoreApplication.translate("OutreachTab", "e-mail"),
        "post": QCoreApplication.translate("OutreachTab", "post"),
        "form": QCoreApplication.translate("OutreachTab", "online form"),
        "hand": QCoreApplication.translate("OutreachTab", "by hand"),
    }
    return labels.get(code, code)


class OutreachModel(RowsModel):
    """The outreach log of one case: one row per sending."""

    @property
    def entries(self) -> list[OutreachEntry]:
        return self.rows

    def set_entries(self, entries: list[OutreachEntry]) -> None:
        self.set_rows(entries)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Sent"), self.tr("Appeal"), self.tr("To"), self.tr("How"),
            self.tr("Follow up"), self.tr("Answer"),
        )  # fmt: skip

    def cells(self, e: OutreachEntry) -> tuple[str, ...]:
        answer = f"{e.response_on}: {e.response_summary}" if e.response_on else ""
        return (e.sent_on, e.reference, e.addressee, channel_label(e.via), e.follow_up, answer)


class SendingDialog(QDialog):
    """Record that a kept appeal was sent: which, to whom, how, when, follow-up day."""

    recorded = Signal(object)  # (OutreachEntry, Changes)

    def __init__(self, vault: Any, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Record a sending"))
        self.appeal = QComboBox()
        for kept in appeals_svc.list_kept(vault, case_id):
            self.appeal.addItem(f"{kept.reference} ({kept.lang}, {kept.created[:10]})", kept.id)
        self.to = QComboBox()
        self.to.setEditable(True)
        for a in svc.list_addressees(vault):
            self.to.addItem(a.name)
        self.to.setCurrentText("")
        self.via = QComboBox()
        for code in CHANNELS:
            self.via.addItem(channel_label(code), code)
        self.on = QLineEdit(date.today().isoformat())
        self.by = QLineEdit()
        self.follow_up = QLineEdit()
        self.follow_up.setPlaceholderText(self.tr("YYYY-MM-DD, optional"))
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Appeal"), self.appeal)
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("How"), self.via)
        form.addRow(self.tr("Sent on"), self.on)
        form.addRow(self.tr("Sent by"), self.by)
        form.addRow(self.tr("Follow up on"), self.follow_up)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(self.appeal.count() > 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.appeal.count() == 0:
            self.problem.setText(self.tr("Export an appeal of this case first."))
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _save(self) -> None:
        try:
            entry, changes = svc.add_entry(
                self.vault, str(self.appeal.currentData()), to=self.to.currentText(),
                via=str(self.via.currentData()), on=self.on.text().strip(),
                by=self.by.text(), follow_up=self.follow_up.text().strip(),
            )  # fmt: skip
        except ValidationError as exc:
            self.problem.setText("\n".join(str(e) for e in exc.errors))
            return
        self.recorded.emit((entry, changes))
        self.accept()


class AnswerDialog(QDialog):
    """Record the answer to a sending, and when to follow up next."""

    recorded = Signal(object)

    def __init__(self, vault: Any, entry: OutreachEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.entry = entry
        self.setWindowTitle(self.tr("Record an answer"))
        self.on = QLineEdit(entry.response_on or date.today().isoformat())
        self.summary = QPlainTextEdit(entry.response_summary)
        self.summary.setTabChangesFocus(True)
        self.evidence = QLineEdit(entry.response_evidence)
        self.evidence.setPlaceholderText(self.tr("id of the evidence item holding the reply"))
        self.follow_up = QLineEdit(entry.follow_up)
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Answered on"), self.on)
        form.addRow(self.tr("What they answered"), self.summary)
        form.addRow(self.tr("Reply kept as evidence"), self.evidence)
        form.addRow(self.tr("Next follow-up"), self.follow_up)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _save(self) -> None:
        from casebook.vault.errors import VaultError

        try:
            entry, changes = svc.respond(
                self.vault, self.entry.id, on=self.on.text().strip(),
                summary=self.summary.toPlainText(), evidence=self.evidence.text().strip(),
                follow_up=self.follow_up.text().strip(),
            )  # fmt: skip
        except ValidationError as exc:
            self.problem.setText("\n".join(str(e) for e in exc.errors))
            return
        except VaultError as exc:
            self.problem.setText(str(exc))
            return
        self.recorded.emit((entry, changes))
        self.accept()


class OutreachTab(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Any = None
        self.case_id = ""
        self.dialog: QDialog | None = None
        self.model = OutreachModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("What was sent to whom"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.send_button = QPushButton(self.tr("Record a sending…"))
        self.answer_button = QPushButton(self.tr("Record an answer…"))
        self.send_button.clicked.connect(self.record_sending)
        self.answer_button.clicked.connect(self.record_answer)
        self.table.doubleClicked.connect(lambda _i: self.record_answer())
        self.due_title = QLabel()
        self.due = QLabel(wordWrap=True)
        self.due.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.due.setAccessibleName(self.tr("Reminders due across all cases"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.answer_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.due_title)
        layout.addWidget(self.due)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_vault(self, vault: Any) -> None:
        self.clear()
        self.vault = vault

    def load_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        if self.vault is None or not self.case_id or not self.vault.is_open:
            return
        self.model.set_entries(svc.list_entries(self.vault, self.case_id))
        self.show_reminders(svc.reminders(self.vault))
        self._update_buttons()

    def show_reminders(self, reminders: list[Reminder]) -> None:
        self.due_title.setText(
            self.tr("Due across all cases") if reminders else self.tr("Nothing is due today.")
        )
        self.due.setText("\n".join(f"{r.due} · {r.case_title}: {r.text}" for r in reminders))

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.case_id = ""
        self.model.set_entries([])
        self.due.clear()
        self.due_title.clear()

    def _selected(self) -> OutreachEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.send_button.setEnabled(bool(self.case_id))
        self.answer_button.setEnabled(self._selected() is not None)

    def record_sending(self) -> None:
        if self.vault is None or not self.case_id:
            return
        dialog = SendingDialog(self.vault, self.case_id, self)
        self._open(dialog)

    def record_answer(self) -> None:
        entry = self._selected()
        if self.vault is None or entry is None:
            return
        self._open(AnswerDialog(self.vault, entry, self))

    def _open(self, dialog: SendingDialog | AnswerDialog) -> None:
        self.dialog = dialog
        dialog.recorded.connect(self._recorded)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _recorded(self, result: tuple[OutreachEntry, Any]) -> None:
        try:
            self.refresh()
        except Exception as exc:  # noqa: BLE001 - shown, never a crash
            error(self, str(exc))
        self.changed.emit(result[1])
