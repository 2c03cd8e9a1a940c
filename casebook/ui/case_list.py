"""The case list: an SQL-backed table model that loads rows in pages, and its view.

Sorting and filtering happen in SQL (`vault.cases.list_cases` / `count_cases` with a
`CaseFilter`), so a vault of 100,000 cases opens as fast as one of four: the model knows
the number of rows from one count and reads only the pages the view asks for, keeping a
bounded cache of them. A QSortFilterProxyModel is deliberately not used here: it would
have to read every row to sort or filter them.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from casebook.domain import vocab
from casebook.domain.countries import country_name
from casebook.domain.model import CaseSummary
from casebook.ui import i18n
from casebook.ui.case_filters import FilterBar
from casebook.vault import cases as repo
from casebook.vault.cases import CaseFilter
from casebook.vault.db import Connection, DatabaseError

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
MAX_PAGES = 50  # at most 10,000 rows held in memory

# (sort key of vault.cases.SORT_COLUMNS, header text)
COLUMNS = (
    ("title", str(QT_TRANSLATE_NOOP("CaseList", "Title"))),
    ("status", str(QT_TRANSLATE_NOOP("CaseList", "Status"))),
    ("country", str(QT_TRANSLATE_NOOP("CaseList", "Country"))),
    ("last_event", str(QT_TRANSLATE_NOOP("CaseList", "Last event"))),
    ("event_count", str(QT_TRANSLATE_NOOP("CaseList", "Events"))),
    ("evidence_count", str(QT_TRANSLATE_NOOP("CaseList", "Evidence"))),
    ("updated", str(QT_TRANSLATE_NOOP("CaseList", "Updated"))),
)
NUMERIC = {4, 5}
DEFAULT_SORT = (6, Qt.SortOrder.DescendingOrder)

ModelIndex = QModelIndex | QPersistentModelIndex


class Row(NamedTuple):
    case_id: str
    cells: tuple[str, ...]
    updated: str  # local date and time, shown as a tooltip


def local_time(iso: str) -> str:
    """'2024-10-09T11:00:00Z' as local time, '2024-10-09 16:00'."""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime(
            "%Y-%m-%d %H:%M")  # fmt: skip
    except ValueError:
        return iso


@cache
def _country(code: str, lang: str) -> str:
    return country_name(code, lang) if code else ""


def to_row(s: CaseSummary, lang: str) -> Row:
    updated = local_time(s.updated)
    cells = (
        s.title,
        vocab.label(vocab.CASE_STATUS, s.status, lang),
        _country(s.country, lang),
        s.last_event,
        str(s.event_count),
        str(s.evidence_count),
        updated[:10],
    )
    return Row(s.id, cells, updated)


class CaseListModel(QAbstractTableModel):
    countChanged = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._conn: Connection | None = None
        self._filter = CaseFilter()
        self._sort_column, self._order = DEFAULT_SORT
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self.queries = 0  # pages read from the vault (for tests and the benchmark)

    # --- what is shown -------------------------------------------------------------

    def set_connection(self, conn: Connection | None) -> None:
        """The vault's GUI-thread connection, or None when locked (forgets every row)."""
        self._conn = conn
        if conn is None:
            self._filter = CaseFilter()
        self._reload()

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        self._reload()

    def current_filter(self) -> CaseFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column, self._order = column, order
        self._reload()

    def refresh(self) -> None:
        """Read the rows again after a change, keeping the view's position."""
        self._pages.clear()
        old, new = self._count, self._read_count()
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._count = new
            self.endInsertRows()
        elif new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self._count = new
            self.endRemoveRows()
        if self._count:
            last = self.index(self._count - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.countChanged.emit(self._count)

    def _reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self._read_count()
        self.endResetModel()
        self.countChanged.emit(self._count)

    def _read_count(self) -> int:
        if self._conn is None:
            return 0
        try:
            return repo.count_cases(self._conn, self._filter)
        except DatabaseError:
            return 0

    # --- rows ----------------------------------------------------------------------

    def case_id(self, row: int) -> str | None:
        found = self._row(row)
        return found.case_id if found else None

    def row_of(self, case_id: str) -> int | None:
        """The row of `case_id` among the pages read so far, else None."""
        for page, rows in self._pages.items():
            for i, row in enumerate(rows):
                if row.case_id == case_id:
                    return page * PAGE_SIZE + i
        return None

    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def _row(self, row: int) -> Row | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._load_page(number)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def _load_page(self, number: int) -> list[Row]:
        if self._conn is None:
            return []
        key = COLUMNS[self._sort_column][0]
        descending = self._order == Qt.SortOrder.DescendingOrder
        try:
            found = repo.list_cases(self._conn, self._filter, sort=key, descending=descending,
                                    offset=number * PAGE_SIZE, limit=PAGE_SIZE)  # fmt: skip
        except DatabaseError:
            found = []
        self.queries += 1
        lang = i18n.lang()
        page = [to_row(s, lang) for s in found]
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- QAbstractTableModel -------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, CASE_ID_ROLE):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {0: row.cells[0], len(COLUMNS) - 1: row.updated}
            return tips.get(index.column())
        return row.cells[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseList", COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CaseListPanel(QWidget):
    """Filter bar and table. Emits `caseChosen(id)` when the user moves to another case."""

    caseChosen = Signal(str)
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = FilterBar()
        self.model = CaseListModel(self)
        self.view = QTableView()
        self.view.setObjectName("caseTable")
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        self._chosen: str | None = None
        self._silent = False
        self.filters.filterChanged.connect(self._filter)
        self.model.countChanged.connect(self.filters.set_count)
        self.model.modelReset.connect(self._reselect)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

    def _set_column_widths(self) -> None:
        header = self.view.horizontalHeader()
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
        samples = {1: "Monitoring", 2: "Kazakhstan", 3: "2024-10-10", 4: "999", 5: "999",
                   6: "2024-10-10"}  # fmt: skip
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(heading.horizontalAdvance(title) + 28, cell.horizontalAdvance(sample) + 20)
            header.resizeSection(column, width)

    def set_connection(self, conn: Connection | None) -> None:
        self._chosen = None
        if conn is None:
            self.filters.forget()
        self.model.set_connection(conn)

    def _filter(self, flt: CaseFilter) -> None:
        self.model.set_filter(flt)

    def refresh(self) -> None:
        self.model.refresh()
        self._reselect()

    def chosen(self) -> str | None:
        return self._chosen

    def select_case(self, case_id: str | None) -> bool:
        """Show `case_id` as the chosen case without emitting `caseChosen`."""
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

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._silent or not current.isValid():
            return
        case_id = self.model.case_id(current.row())
        if case_id and case_id != self._chosen:
            self.caseChosen.emit(case_id)
