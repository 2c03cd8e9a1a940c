"""The case list as the user sees it: the filter bar above a table of cases."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.domain import vocab
from casebook.domain.countries import country_name
from casebook.ui import formats, i18n
from casebook.ui.case_filters import FilterBar
from casebook.ui.case_list import DEFAULT_SORT, CaseListModel
from casebook.vault import cases as repo
from casebook.vault.cases import CaseFilter
from casebook.vault.vault import Vault


def _samples() -> dict[int, list[str]]:
    """Typical cells of the narrow columns, in the interface language."""
    lang = i18n.lang()
    day = formats.date_text(date(2024, 10, 10))
    return {
        1: [vocab.label(vocab.CASE_STATUS, code, lang) for code in vocab.CASE_STATUS],
        2: [country_name("KZ", lang)],
        3: [day],
        4: [formats.number(999)],
        5: [formats.number(999)],
        6: [day],
    }


class CaseListPanel(QWidget):
    """Filter bar and table. `selectionMoved(id or "")` when the user selects another row,
    `caseActivated(id)` on Enter or a double click."""

    selectionMoved = Signal(str)
    caseActivated = Signal(str)
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = FilterBar()
        self.model = CaseListModel(self)
        self.view = QTableView()
        self.view.setObjectName("caseTable")
        self.view.setAccessibleName(self.tr("Cases"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self._set_column_widths()
        self.view.horizontalHeader().setSortIndicator(*DEFAULT_SORT)
        delete = QAction(self.tr("Delete case…"), self.view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.deleteRequested)
        self.view.addAction(delete)
        self.reminders = QLabel()
        self.reminders.setObjectName("reminders")
        self.reminders.setWordWrap(True)
        self.reminders.setAccessibleName(self.tr("Reminders due today"))
        self.reminders.setStyleSheet("background: #fff4ce; padding: 4px 8px;")
        self.reminders.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.reminders)
        layout.addWidget(self.view, 1)
        self.empty = QLabel()
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty)
        self._chosen: str | None = None
        self._silent = False
        self.filters.filterChanged.connect(self._filter)
        self.model.countChanged.connect(self.filters.set_count)
        self.model.countChanged.connect(self._empty_hint)
        self.model.loadingChanged.connect(self._loading)
        self.model.loaded.connect(self._reselect)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(self._activated)

    def _set_column_widths(self, *, grow_only: bool = False) -> None:
        """Wide enough for each heading and a typical cell in the interface language;
        `grow_only` keeps the widths the user chose where they still fit."""
        header = self.view.horizontalHeader()
        if not grow_only:
            header.setStretchLastSection(False)
            header.setHighlightSections(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(40)
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        bold = header.font()
        bold.setBold(True)
        heading = QFontMetrics(bold)
        cell = self.view.fontMetrics()
        pad = cell.averageCharWidth()  # room around the text grows with the font
        for column, samples in _samples().items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(cell.horizontalAdvance(sample) for sample in samples)
            width = max(heading.horizontalAdvance(title) + pad * 7 // 2, widest + pad * 5 // 2)
            if not grow_only or header.sectionSize(column) < width:
                header.resizeSection(column, width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._set_column_widths(grow_only=True)
            self._empty_hint(self.model.rowCount())
        super().changeEvent(event)

    def set_vault(self, vault: Vault | None) -> None:
        """Show the cases of `vault`; None (locking) forgets rows, search text and tags."""
        self._chosen = None
        if vault is None:
            self.filters.forget()
        self.model.set_vault(vault)
        self.show_reminders([])
        if vault is not None:
            self.model.run_query(repo.all_tags, self.filters.set_tags)
            self.refresh_reminders()

    def refresh_tags(self) -> None:
        self.model.run_query(repo.all_tags, self.filters.set_tags)

    def refresh_reminders(self, today: date | None = None) -> None:
        """Releases to check and follow-ups due (`today` for tests), read in the
        background: "10-day detention ends 10 March: check release" from the day before."""
        from casebook.services.outreach import reminders_in

        day = today or date.today()
        self.model.run_query(lambda conn: reminders_in(conn, day), self.show_reminders)

    def show_reminders(self, reminders: list) -> None:  # type: ignore[type-arg]
        self.reminders.setText("\n".join(f"{r.case_title}: {r.text}" for r in reminders))
        self.reminders.setVisible(bool(reminders))

    def _empty_hint(self, count: int) -> None:
        """Say why the list is empty: no cases yet, or none matching the filters."""
        if count or not self.model.is_open():
            self.empty.hide()
            return
        filtered = self.model.current_filter() != CaseFilter()
        self.empty.setText(
            self.tr("No case matches the search and filters.")
            if filtered
            else self.tr("No cases yet. Create the first one with File › New case (Ctrl+N).")
        )
        self.empty.show()

    def _loading(self, loading: bool) -> None:
        if loading:
            self.filters.count.setText(self.tr("Searching…"))

    def _filter(self, flt: CaseFilter) -> None:
        self.model.set_filter(flt)

    def refresh(self) -> None:
        self.model.refresh()  # the chosen case is selected again once the rows are in

    def chosen(self) -> str | None:
        return self._chosen

    def select_case(self, case_id: str | None) -> bool:
        """Show `case_id` as the selected case without emitting `selectionMoved`."""
        self._chosen = case_id
        return self._reselect()

    def _reselect(self) -> bool:
        row = None
        if self._chosen is not None and self.model.rowCount():
            self.model.case_id(0)  # reads the first page if the view has not yet
            row = self.model.row_of(self._chosen)
        self._silent = True
        try:
            selection = self.view.selectionModel()
            if row is None:
                selection.clear()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)
        finally:
            self._silent = False
        return row is not None

    def _selection_changed(self, *_: object) -> None:
        """Only a selected row counts (the view's bare current index, set when it gets
        the focus, is not a choice the user made)."""
        if self._silent:
            return
        rows = self.view.selectionModel().selectedRows()
        case_id = self.model.case_id(rows[0].row()) if rows else None
        if case_id != self._chosen:
            self._chosen = case_id
            self.selectionMoved.emit(case_id or "")

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row()) if index.isValid() else None
        if case_id:
            self._chosen = case_id
            self.caseActivated.emit(case_id)
