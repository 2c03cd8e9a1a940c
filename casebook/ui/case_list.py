"""The case list model: backed by SQL, read in pages, in the background.

Sorting and filtering happen in SQL (`vault.cases.list_cases` / `count_cases` with a
`CaseFilter`). The model knows the number of rows from one count and reads only the
pages the view asks for, keeping a bounded cache of them. Every query runs on a
connection of its own in a background thread (`ListQueries`), so even a slow one (a
common word searched in 100,000 cases, a page deep in a sorted list) never blocks the
window: a row whose page is not there yet shows "…" until it arrives.

A QSortFilterProxyModel is deliberately not used: it would read every row to sort or
filter them.
"""

from __future__ import annotations

from collections import OrderedDict
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

from casebook.domain import vocab
from casebook.domain.countries import country_name
from casebook.domain.model import CaseSummary
from casebook.ui import formats, i18n
from casebook.ui.list_queries import ListQueries, Stale
from casebook.vault import cases as repo
from casebook.vault.cases import CaseFilter
from casebook.vault.db import Connection
from casebook.vault.vault import Vault

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
MAX_PAGES = 50  # at most 10,000 rows held in memory
MAX_PENDING = 4  # pages asked for and not read yet; older asks are dropped
PLACEHOLDER = "…"

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
    summary: CaseSummary  # to write the row again in another language


@cache
def _country(code: str, lang: str) -> str:
    return country_name(code, lang) if code else ""


def to_row(s: CaseSummary, lang: str) -> Row:
    """The cells of a case as the interface language writes them (the default QLocale
    for dates and numbers)."""
    moment = formats.local_datetime(s.updated)
    cells = (
        s.title,
        vocab.label(vocab.CASE_STATUS, s.status, lang),
        _country(s.country, lang),
        formats.iso_date_text(s.last_event),
        formats.number(s.event_count),
        formats.number(s.evidence_count),
        formats.date_text(moment.date()) if moment else s.updated,
    )
    return Row(s.id, cells, formats.datetime_text(s.updated), s)


class CaseListModel(QAbstractTableModel):
    countChanged = Signal(int)
    loadingChanged = Signal(bool)  # a new answer to the filter or sort is on its way
    loaded = Signal()  # the rows of the current filter and sort are in
    failed = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._queries = ListQueries(self)
        self._filter = CaseFilter()
        self._sort_column, self._order = DEFAULT_SORT
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._pending: dict[int, None] = {}  # pages asked for, oldest first
        self._answering = False  # a page is being read synchronously (tests)
        self.loading = False
        self.queries = 0  # pages read from the vault (for tests and the benchmark)

    # --- what is shown -------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        """Show the cases of `vault`; None (locking) forgets every row and filter."""
        if vault is None:
            self._queries.close()
            self._filter = CaseFilter()
            self.beginResetModel()
            self._pages.clear()
            self._pending.clear()
            self._count = 0
            self.endResetModel()
            self._set_loading(False)
            self.countChanged.emit(0)
            return
        self._queries.open(vault)
        self._ask(reset=True)

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        self._ask(reset=True)

    def current_filter(self) -> CaseFilter:
        return self._filter

    def is_open(self) -> bool:
        return self._queries.is_open

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column, self._order = column, order
        self._ask(reset=True)

    def refresh(self) -> None:
        """Read the rows again after a change, keeping the view's position."""
        self._ask(reset=False)

    def retranslate(self) -> None:
        """Write the rows read so far and the headers in the new interface language."""
        lang = i18n.lang()
        for number, rows in list(self._pages.items()):
            self._pages[number] = [to_row(row.summary, lang) for row in rows]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            last = self.index(self._count - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def run_query(self, work: Any, on_done: Any) -> None:
        """Another read for the list's surroundings (the filter bar's tags) on the same
        background connection."""
        self._queries.submit(work, on_done, lasting=True)

    # --- asking and answering -----------------------------------------------------------

    def _sort_args(self) -> tuple[str, bool]:
        return COLUMNS[self._sort_column][0], self._order == Qt.SortOrder.DescendingOrder

    def _ask(self, reset: bool) -> None:
        if not self._queries.is_open:
            return
        self._queries.generation += 1
        self._queries.interrupt()
        self._pending.clear()
        flt, (key, desc) = self._filter, self._sort_args()

        def work(conn: Connection) -> tuple[int, list[CaseSummary]]:
            first = repo.list_cases(conn, flt, sort=key, descending=desc, limit=PAGE_SIZE)
            total = len(first) if len(first) < PAGE_SIZE else repo.count_cases(conn, flt)
            return total, first

        self._set_loading(True)
        self._queries.submit(work, lambda answer: self._answered(answer, reset), self._failed)

    def _answered(self, answer: tuple[int, list[CaseSummary]], reset: bool) -> None:
        count, first = answer
        self.queries += 1
        rows = [to_row(s, i18n.lang()) for s in first]
        if reset:
            self.beginResetModel()
            self._pages = OrderedDict({0: rows})
            self._count = count
            self.endResetModel()
        else:
            self._pages = OrderedDict({0: rows})
            self._resize(count)
            if self._count:
                last = self.index(self._count - 1, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        self._set_loading(False)
        self.countChanged.emit(self._count)
        self.loaded.emit()

    def _resize(self, count: int) -> None:
        old = self._count
        if count > old:
            self.beginInsertRows(QModelIndex(), old, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < old:
            self.beginRemoveRows(QModelIndex(), count, old - 1)
            self._count = count
            self.endRemoveRows()

    def _failed(self, exc: BaseException) -> None:
        self._set_loading(False)
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        self.failed.emit(
            QCoreApplication.translate("CaseList", "The list could not be read: {reason}").format(
                reason=reason
            )
        )

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loadingChanged.emit(loading)

    def _request(self, number: int) -> None:
        """Ask for a page in the background; drops the oldest asks beyond MAX_PENDING."""
        if number in self._pending:
            return
        self._pending[number] = None
        while len(self._pending) > MAX_PENDING:
            del self._pending[next(iter(self._pending))]
        flt, (key, desc), pending = self._filter, self._sort_args(), self._pending

        def work(conn: Connection) -> list[CaseSummary]:
            if number not in pending:  # dropped while queued: the view moved on
                raise Stale()
            return repo.list_cases(conn, flt, sort=key, descending=desc,
                                   offset=number * PAGE_SIZE, limit=PAGE_SIZE)  # fmt: skip

        self._answering = True
        try:
            self._queries.submit(work, lambda found: self._page_arrived(number, found))
        finally:
            self._answering = False

    def _page_arrived(self, number: int, found: list[CaseSummary]) -> None:
        if self._pending.pop(number, "gone") == "gone":
            return
        self.queries += 1
        lang = i18n.lang()
        self._pages[number] = [to_row(s, lang) for s in found]
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = number * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._count) - 1
        if last >= first and not self._answering:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

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
            self._request(number)
            page = self._pages.get(number)  # there at once with the synchronous runner
            if page is None:
                return None
        self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

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
            first = role == Qt.ItemDataRole.DisplayRole and index.column() == 0
            return PLACEHOLDER if first else None
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
