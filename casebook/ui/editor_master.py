"""A list of objects with a form beside it: people, organisations, events.

The table shows an `ObjectTableModel` through a proxy (sorting, filter as you type);
the form edits the selected object in place, so nothing typed is lost when another row
is chosen. Removing asks first when `confirm_remove` has something to say.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.validation import FieldError
from casebook.ui import dialogs
from casebook.ui.editor_models import OBJECT_ROLE, ObjectTableModel, make_proxy
from casebook.ui.forms import FormPage


class MasterDetail(QWidget):
    edited = Signal()
    added = Signal(object)
    removed = Signal(object)
    current_changed = Signal(object)  # the selected object or None

    def __init__(
        self,
        model: ObjectTableModel,
        form: FormPage,
        *,
        new_item: Callable[[], Any],
        texts: dict[str, str],
        confirm_remove: Callable[[Any], str | None] | None = None,
        above_form: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self.form = model, form
        self._new_item = new_item
        self._confirm_remove = confirm_remove
        self.proxy = make_proxy(model, self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(texts["filter"])
        self.filter.setAccessibleName(texts["filter"])
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = self._make_table(texts["table"])
        self.add_button = QPushButton(texts["add"], self)
        self.remove_button = QPushButton(texts["remove"], self)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.ask_remove)
        self.empty_note = QLabel(texts["empty"], self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout(above_form)
        form.edited.connect(self._form_edited)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._show_object(None)

    def _make_table(self, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(320)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
        rows = 2 * table.verticalHeader().defaultSectionSize()  # never squeezed below two rows
        scroll = table.horizontalScrollBar().sizeHint().height()
        table.setMinimumHeight(header.sizeHint().height() + rows + scroll + 2 * table.frameWidth())
        return table

    def _layout(self, above_form: QWidget | None) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter)
        column.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        right = QWidget()
        detail = QVBoxLayout(right)
        if above_form is not None:
            detail.addWidget(above_form)
        detail.addWidget(self.form)
        detail.addWidget(self.empty_note)
        detail.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(right)
        self.detail_scroll = scroll
        self.detail = right
        self._above = above_form
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 700])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        QWidget.setTabOrder(self.filter, self.table)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        chain = self.form.focus_chain()
        if chain:
            QWidget.setTabOrder(self.remove_button, chain[0])

    # --- showing ----------------------------------------------------------------------

    def load(self, items: list[Any]) -> None:
        self.filter.setText("")
        self.model.set_items(items)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.select(items[0] if items else None)

    def current(self) -> Any:
        return self.form.loaded()

    def select(self, obj: Any) -> None:
        selection = self.table.selectionModel()
        row = self.model.row_of(obj) if obj is not None else -1
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(
                self.proxy.index(-1, -1), QItemSelectionModel.SelectionFlag.Clear
            )
            self._show_object(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by the filter
            self.filter.setText("")
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _row_changed(self, current: Any, _previous: Any) -> None:
        self._show_object(current.data(OBJECT_ROLE) if current.isValid() else None)

    def _show_object(self, obj: Any) -> None:
        if obj is None:
            self.form.clear()
        else:
            self.form.load(obj)
        for w in (self.form, self._above):
            if w is not None:
                w.setVisible(obj is not None)
        self.empty_note.setVisible(obj is None)
        self.remove_button.setEnabled(obj is not None)
        self.current_changed.emit(obj)

    def _form_edited(self) -> None:
        self.model.refresh(self.form.loaded())
        self.edited.emit()

    # --- adding and removing ------------------------------------------------------------

    def add(self) -> None:
        obj = self._new_item()
        self.filter.setText("")
        self.model.append(obj)
        self.select(obj)
        chain = self.form.focus_chain()
        if chain:
            chain[0].setFocus(Qt.FocusReason.OtherFocusReason)
            self.detail_scroll.ensureWidgetVisible(chain[0])  # the form may have been scrolled down
        self.added.emit(obj)
        self.edited.emit()

    def ask_remove(self) -> None:
        obj = self.current()
        if obj is None:
            return
        question = self._confirm_remove(obj) if self._confirm_remove else None
        if not question:
            self.remove(obj)
            return
        dialogs.ask_yes(self, self.tr("Remove"), question, lambda: self.remove(obj))

    def remove(self, obj: Any) -> None:
        row = self.model.row_of(obj)
        if row < 0:
            return
        self.model.remove_row(row)
        items = self.model.items()
        self.select(items[min(row, len(items) - 1)] if items else None)
        self.removed.emit(obj)
        self.edited.emit()

    # --- errors and clearing ------------------------------------------------------------

    def show_item_errors(self, errors: list[FieldError], path_of: Callable[[int], str]) -> bool:
        """Select the first item with errors and show them; True if there was one."""
        for row, obj in enumerate(self.model.items()):
            prefix = path_of(row) + "."
            mine = [
                FieldError(e.path[len(prefix) :], e.message)
                for e in errors
                if e.path.startswith(prefix)
            ]
            if mine:
                self.select(obj)
                self.form.show_errors(mine)
                return True
        return False

    def focus_first_error(self) -> None:
        widget = self.form.first_error_field()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self.filter.setText("")
        self.model.set_items([])
        self._show_object(None)
