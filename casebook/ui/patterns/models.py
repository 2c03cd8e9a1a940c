"""Item models of the Patterns view: one counted table, and the cases behind a row."""

from __future__ import annotations

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
        if value in PERPETRATOR_KINDS:
            return translate("stats", PERPETRATOR_KINDS[value])
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
    """The cases behind the chosen row: titles, with the case id as UserRole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = _INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case_id, title = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.UserRole:
            return case_id
        return None
