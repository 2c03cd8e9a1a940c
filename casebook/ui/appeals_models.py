"""Item models of the Appeals tab: chosen demands, addressees, events, kept appeals."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from casebook.domain.appeal import Addressee, DemandChoice
from casebook.services.appeals.library import library_demand
from casebook.ui.formats import datetime_text
from casebook.ui.forms import QT_TRANSLATE_NOOP
from casebook.vault.appeals import KeptAppeal

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class DemandsModel(QAbstractListModel):
    """The demands chosen for the appeal, in order. An unedited library demand shows in
    the appeal's language; editing it keeps the edited text."""

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[DemandChoice] = []
        self.lang = "en"

    def set_items(self, items: list[DemandChoice] | tuple[DemandChoice, ...]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> tuple[DemandChoice, ...]:
        return tuple(self._items)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def text(self, choice: DemandChoice) -> str:
        if choice.text:
            return choice.text
        entry = library_demand(choice.key)
        return entry.text(self.lang) if entry else choice.key

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        choice = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(choice)
        if role == Qt.ItemDataRole.ToolTipRole:
            return choice.key or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip()
        if not text:
            return False
        choice = self._items[index.row()]
        entry = library_demand(choice.key)
        unchanged = entry is not None and text == entry.text(self.lang)
        self._items[index.row()] = replace(choice, text="" if unchanged else text)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add(self, choice: DemandChoice) -> None:
        row = len(self._items)
        self.beginInsertRows(_ROOT, row, row)
        self._items.append(choice)
        self.endInsertRows()
        self.edited.emit()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(_ROOT, row, row)
            del self._items[row]
            self.endRemoveRows()
            self.edited.emit()

    def move(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(_ROOT, row, row, _ROOT, dest)
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target


class AddresseesModel(QAbstractTableModel):
    """Authorities the appeal is addressed to: name, postal address, e-mail."""

    edited = Signal()
    FIELDS = ("name", "postal", "email")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Addressee] = []
        self.headers = (
            QT_TRANSLATE_NOOP("AddresseesModel", "Name"),
            QT_TRANSLATE_NOOP("AddresseesModel", "Postal address"),
            QT_TRANSLATE_NOOP("AddresseesModel", "E-mail"),
        )

    def set_items(self, items: tuple[Addressee, ...] | list[Addressee]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> tuple[Addressee, ...]:
        return tuple(self._items)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AddresseesModel", self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
        ):  # fmt: skip
            return None
        return getattr(self._items[index.row()], self.FIELDS[index.column()])

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self._items[index.row()]
        self._items[index.row()] = replace(item, **{self.FIELDS[index.column()]: str(value)})
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add(self, item: Addressee) -> int:
        row = len(self._items)
        self.beginInsertRows(_ROOT, row, row)
        self._items.append(item)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(_ROOT, row, row)
            del self._items[row]
            self.endRemoveRows()
            self.edited.emit()


class CheckListModel(QAbstractListModel):
    """(key, text) rows with a check box each: events in the chronology, earlier events."""

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []
        self._checked: set[str] = set()

    def set_rows(self, rows: list[tuple[str, str]], checked: set[str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked = set(checked)
        self.endResetModel()

    def checked(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self._rows if k in self._checked)

    def all_checked(self) -> bool:
        return all(k in self._checked for k, _ in self._rows)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        key = self._rows[index.row()][0]
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        (self._checked.add if on else self._checked.discard)(key)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class HistoryModel(QAbstractTableModel):
    """Appeals kept for the case, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[KeptAppeal] = []
        self.headers = (
            QT_TRANSLATE_NOOP("HistoryModel", "Created"),
            QT_TRANSLATE_NOOP("HistoryModel", "Reference"),
            QT_TRANSLATE_NOOP("HistoryModel", "Language"),
            QT_TRANSLATE_NOOP("HistoryModel", "Files"),
        )

    def set_rows(self, rows: list[KeptAppeal]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        """Dates and language names again, in the new interface language."""
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def appeal(self, row: int) -> KeptAppeal | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HistoryModel", self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kept = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            formats = ", ".join(dict.fromkeys(f.format.upper() for f in kept.files))
            values = (datetime_text(kept.created), kept.reference, _language(kept.lang), formats)
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{f.format}: sha256 {f.sha256}" for f in kept.files) or None
        return None


_LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("HistoryModel", "English"),
    "ru": QT_TRANSLATE_NOOP("HistoryModel", "Russian"),
    "kk": QT_TRANSLATE_NOOP("HistoryModel", "Kazakh"),
}


def _language(code: str) -> str:
    """An appeal's language by name in the interface language ('Russian (ru)'); another
    code by Qt's English name of it, or as it is."""
    name = _LANGUAGE_NAMES.get(code)
    if name is not None:
        return f"{QCoreApplication.translate('HistoryModel', name)} ({code})"
    known = QLocale(code).language() if code else QLocale.Language.C
    return f"{QLocale.languageToString(known)} ({code})" if known != QLocale.Language.C else code
