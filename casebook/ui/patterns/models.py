"""Item models of the Patterns view: one counted table, and the cases behind a row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from casebook.domain import vocab
from casebook.i18n import translate
from casebook.services.stats import PERPETRATOR_KINDS, StatsTable
from casebook.ui import formats, i18n

_INDEX = QModelIndex()
ModelIndex = QModelIndex | QPersistentModelIndex


def value_label(dim: str, value: str) -> str:
    """How a counted value reads: labels for codes, a dash for "not recorded"."""
    lang = i18n.lang()
    if dim == "type":
        return vocab.label(vocab.EVENT_TYPE, value, lang)
    if dim == "perpetrator":
        if value in PERPETRATOR_KINDS:  # beside the labels of the kinds: capitalised
            text = translate("stats", PERPETRATOR_KINDS[value])
            return text[:1].upper() + text[1:]
        return vocab.label(vocab.ORG_KIND, value, lang)
    return value or "—"


class StatsModel(QAbstractTableModel):
    """Rows of a StatsTable of one dimension: value, count, share of all events."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: StatsTable | None = None
        self.labels: list[str] = []

    def set_table(self, table: StatsTable | None) -> None:
        self.beginResetModel()
        self.table = table
        dim = table.by[0] if table else ""
        self.labels = [value_label(dim, key[0]) for key, _ in table.rows] if table else []
        self.endResetModel()

    def value(self, row: int) -> str:
        assert self.table is not None
        return self.table.rows[row][0][0]

    def rowCount(self, parent: ModelIndex = _INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: ModelIndex = _INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Value"), self.tr("Events"), self.tr("Share"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        count = self.table.rows[index.row()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self.labels[index.row()]
            if index.column() == 1:
                return formats.number(count)
            share = 100.0 * count / self.table.total if self.table.total else 0.0
            return f"{share:.1f} %"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return count
        return None


class CasesModel(QAbstractListModel):
    """The cases behind the chosen row, all of them: their ids come at once (in list
    order), their titles a page at a time as the view scrolls to them (`canFetchMore`
    / `fetchMore`), read by `load_page` off the GUI thread, so a bar of 100,000 cases
    lists as fast as one of ten. UserRole is the case id."""

    PAGE = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: list[str] = []
        self.rows: list[tuple[str, str]] = []
        self._asked = False
        self._generation = 0
        # (ids of a page, generation) -> reads their titles and calls add_page
        self.load_page: Callable[[list[str], int], None] | None = None

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._generation += 1
        self.ids = list(ids)
        self.rows = []
        self._asked = False
        self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """Rows with their titles already read (nothing more to fetch)."""
        self.beginResetModel()
        self._generation += 1
        self.ids = [case_id for case_id, _ in rows]
        self.rows = list(rows)
        self._asked = False
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = _INDEX) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._asked and len(self.rows) < len(self.ids)

    def fetchMore(self, parent: ModelIndex = _INDEX) -> None:  # noqa: N802 - Qt API
        if not self.canFetchMore(parent) or self.load_page is None:
            return
        self._asked = True
        start = len(self.rows)
        self.load_page(self.ids[start : start + self.PAGE], self._generation)

    def add_page(self, titles: dict[str, str], generation: int) -> None:
        """The titles of the page asked for (a case deleted meanwhile is left out)."""
        if generation != self._generation:
            return  # another row was chosen meanwhile
        start = len(self.rows)
        page = [(i, titles[i]) for i in self.ids[start : start + self.PAGE] if i in titles]
        self.ids[start : start + self.PAGE] = [i for i, _ in page]
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self._asked = False  # only now: a view asks for more while rows are inserted
        if not page and self.canFetchMore():
            self.fetchMore()

    def rowCount(self, parent: ModelIndex = _INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case_id, title = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return title
        if role == Qt.ItemDataRole.UserRole:
            return case_id
        return None
