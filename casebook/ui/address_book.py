"""Vault › Address book…: the addressees documents are sent to (a UN mandate, an embassy,
a ministry), kept in the vault. Add and change one at a time, remove, or import a
starter set from a JSON file (the same file `casebook addressees import` reads)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.outreach import ADDRESSEE_FIELDS, Addressee
from casebook.domain.validation import ValidationError
from casebook.services import outreach as svc
from casebook.services.changes import Changes
from casebook.ui.dialogs import qt_file_dialog
from casebook.ui.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class AddresseeModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Organisation"), self.tr("Language"))

    def cells(self, a: Addressee) -> tuple[str, ...]:
        return (a.name, a.organisation, a.language)


class AddressBookDialog(QDialog):
    changed = Signal(object)  # Changes

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Address book"))
        self.file_dialog: QFileDialog | None = None
        self.model = AddresseeModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Addressees"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        labels = {
            "name": self.tr("Name"), "function": self.tr("Function"),
            "organisation": self.tr("Organisation"), "country": self.tr("Country"),
            "language": self.tr("Language (en, ru, kk...)"), "email": self.tr("E-mail"),
            "post": self.tr("Postal address"), "form_url": self.tr("Online form"),
            "salutation": self.tr("Salutation"),
        }  # fmt: skip
        form = QFormLayout()
        for key in ADDRESSEE_FIELDS:
            widget: QLineEdit | QPlainTextEdit
            if key == "post":
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
            else:
                widget = QLineEdit()
            self.fields[key] = widget
            form.addRow(labels[key], widget)
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save addressee"))
        self.remove_button = QPushButton(self.tr("Remove addressee"))
        self.import_button = QPushButton(self.tr("Import from a file…"))
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.import_button.clicked.connect(self.ask_import)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addLayout(form)
        rl.addWidget(self.problem)
        row = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        rl.addLayout(row)
        rl.addStretch(1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.resize(900, 520)
        self._editing = ""
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.reload()

    def reload(self, select: str = "") -> None:
        self.model.set_rows(svc.list_addressees(self.vault))
        for row, a in enumerate(self.model.rows):
            if a.id == select:
                self.table.selectRow(row)
                return
        self.new()

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        a = self.model.rows[rows[0].row()]
        self._editing = a.id
        for key, widget in self.fields.items():
            value = getattr(a, key)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        self.problem.clear()
        self.remove_button.setEnabled(True)

    def new(self) -> None:
        self.table.clearSelection()
        self._editing = ""
        for widget in self.fields.values():
            widget.clear()
        self.fields["language"].setText("en")  # type: ignore[union-attr]
        self.problem.clear()
        self.remove_button.setEnabled(False)
        self.fields["name"].setFocus()

    def values(self) -> dict[str, str]:
        return {
            k: w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()
            for k, w in self.fields.items()
        }

    def save(self) -> None:
        try:
            saved = svc.save_addressee(self.vault, self.values(), self._editing)
        except ValidationError as exc:
            self.problem.setText("\n".join(str(e) for e in exc.errors))
            return
        self.reload(select=saved.id)
        self.changed.emit(Changes())

    def remove(self) -> None:
        if self._editing:
            svc.delete_addressee(self.vault, self._editing)
            self.reload()
            self.changed.emit(Changes())

    def ask_import(self) -> None:
        dialog = qt_file_dialog(
            self, self.tr("Import addressees"), mode="open",
            name_filter=self.tr("JSON files (*.json)"), directory=str(Path.home()),
        )  # fmt: skip
        dialog.fileSelected.connect(self.import_file)
        self.file_dialog = dialog
        dialog.open()

    def import_file(self, path: str) -> None:
        try:
            added, updated = svc.import_addressees(self.vault, svc.read_address_book(Path(path)))
        except ValidationError as exc:
            self.problem.setText("\n".join(str(e) for e in exc.errors[:10]))
            return
        except OSError as exc:
            self.problem.setText(str(exc))
            return
        self.reload()
        self.problem.setText(
            self.tr("{added} added, {updated} updated.")
            .replace("{added}", str(added)).replace("{updated}", str(updated))
        )  # fmt: skip
        self.changed.emit(Changes())
