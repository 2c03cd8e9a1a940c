"""A table model over a Python list of objects, with columns declared once.

Every table of the case editor (people, organisations, events, involvements, evidence,
custody) is an `ObjectTableModel` with its own columns; views see it through a
`QSortFilterProxyModel` (`make_proxy`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str  # marked with QT_TRANSLATE_NOOP("models", ...)
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    colour: Callable[[Any], str | None] | None = None  # background, '#rrggbb'
    right: bool = False


# Colours of the consent and risk badges: light backgrounds under dark text.
CONSENT_COLOURS = {"named": "#c8e6c9", "pseudonym": "#ffe0b2", "anonymous": "#cfd8dc"}
RISK_COLOURS = {"low": "#c8e6c9", "medium": "#fff59d", "high": "#ffcc80", "critical": "#ef9a9a"}


class ObjectTableModel(QAbstractTableModel):
    """Rows are the objects of a list (shared with the caller, edited in place)."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        problem: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._items: list[Any] = []
        self._problem = problem  # rows it flags get a warning sign

    # --- the list -----------------------------------------------------------------------

    def set_items(self, items: list[Any]) -> None:
        """Show `items`; the model appends to and removes from this very list."""
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def items(self) -> list[Any]:
        return self._items

    def item(self, row: int) -> Any:
        return self._items[row]

    def row_of(self, obj: Any) -> int:
        return next((i for i, x in enumerate(self._items) if x is obj), -1)

    def append(self, obj: Any) -> int:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(obj)
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> Any:
        self.beginRemoveRows(QModelIndex(), row, row)
        obj = self._items.pop(row)
        self.endRemoveRows()
        return obj

    def replace(self, obj: Any, new: Any) -> None:
        """Put `new` in the place of `obj` (a frozen object saved anew), if it is here."""
        row = self.row_of(obj)
        if row >= 0:
            self._items[row] = new
            self.refresh(new)

    def refresh(self, obj: Any = None) -> None:
        """Tell views that `obj` (or every row) changed."""
        rows = [self.row_of(obj)] if obj is not None else [0, len(self._items) - 1]
        if not self._items or rows[0] < 0:
            return
        top, bottom = min(rows), max(rows)
        self.dataChanged.emit(self.index(top, 0), self.index(bottom, len(self.columns) - 1))

    # --- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("models", self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        obj, col = self._items[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return col.text(obj)
        if role == SORT_ROLE:
            return col.sort(obj) if col.sort else col.text(obj).casefold()
        if role == OBJECT_ROLE:
            return obj
        return self._style(obj, col, index.column(), role)

    def _style(self, obj: Any, col: Column, column: int, role: int) -> Any:
        colour = col.colour(obj) if col.colour else None
        if role == Qt.ItemDataRole.BackgroundRole and colour:
            return QColor(colour)
        if role == Qt.ItemDataRole.ForegroundRole and colour:
            return QColor("#1a1a1a")
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and self._flagged(obj):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _flagged(self, obj: Any) -> bool:
        return bool(self._problem and self._problem(obj))


def make_proxy(model: QAbstractTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy
