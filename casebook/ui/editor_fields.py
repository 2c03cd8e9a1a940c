"""Field widgets used by declared forms (`casebook.ui.forms`).

Every field widget has the same small surface: an `edited` signal (the user changed the
value), `value()`, `set_value(v)`, `clear_value()` (forgets the value and its undo
history), `focus_chain()` (its focusable parts in tab order) and `problems()` (messages
about a value that cannot even be built, e.g. an impossible date).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QSignalBlocker,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casebook.domain import vocab
from casebook.domain.countries import all_countries, is_country
from casebook.domain.model import EventDate
from casebook.ui import formats, i18n

if TYPE_CHECKING:
    from casebook.ui.forms import FieldSpec


def tr_spec(text: str) -> str:
    """Translate a string declared with QT_TRANSLATE_NOOP("forms", ...)."""
    return QCoreApplication.translate("forms", text) if text else ""


def ui_lang() -> str:
    """Language of vocabulary and country labels: the interface language
    (`casebook.ui.i18n`), so a screen never mixes languages."""
    code = i18n.lang()
    return code if code in vocab.LANGS else "en"


def _language_changed(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


class LineField(QLineEdit):
    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if spec.placeholder:
            self.setPlaceholderText(tr_spec(spec.placeholder))
        self.textEdited.connect(self.edited)

    def value(self) -> Any:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText(str(value or ""))  # setText also drops the undo history

    def clear_value(self) -> None:
        self.setText("")

    def focus_chain(self) -> list[QWidget]:
        return [self]

    def problems(self) -> list[str]:
        return []


class TagsField(LineField):
    """A comma-separated list of short words."""

    def value(self) -> Any:
        return [t.strip() for t in self.text().split(",") if t.strip()]

    def set_value(self, value: Any) -> None:
        self.setText(", ".join(value or []))


class TextField(QPlainTextEdit):
    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        if spec.placeholder:
            self.setPlaceholderText(tr_spec(spec.placeholder))
        self._lines = spec.lines or 4
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.textChanged.connect(self.edited)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * self._lines + 12)

    def value(self) -> Any:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self.setPlainText(str(value or ""))  # also clears the undo history

    def clear_value(self) -> None:
        self.setPlainText("")

    def focus_chain(self) -> list[QWidget]:
        return [self]

    def problems(self) -> list[str]:
        return []


class ChoiceField(QComboBox):
    """One code of a vocabulary, shown by its label."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocabulary = spec.vocabulary or {}
        lang = ui_lang()
        for code in self._vocabulary:
            self.addItem(vocab.label(self._vocabulary, code, lang), code)
        self._fixed = self.count()
        self.currentIndexChanged.connect(self.edited)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if _language_changed(event):  # the same codes, labelled in the new language
            lang = ui_lang()
            for i in range(self._fixed):
                self.setItemText(i, vocab.label(self._vocabulary, self.itemData(i), lang))
        super().changeEvent(event)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        while self.count() > self._fixed:  # drop an unknown code shown before
            self.removeItem(self.count() - 1)
        index = self.findData(value)
        if index < 0:  # a code from elsewhere: show it rather than silently change it
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def clear_value(self) -> None:
        self.set_value(self.itemData(0))

    def focus_chain(self) -> list[QWidget]:
        return [self]

    def problems(self) -> list[str]:
        return []


class CountryField(QComboBox):
    """An ISO 3166 code chosen by typing a country name or a code."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._fill()
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self._edit().textEdited.connect(self.edited)
        self.activated.connect(self.edited)

    def _fill(self) -> None:
        self.addItem("", "")
        for code, name in all_countries(ui_lang()):
            self.addItem(f"{name} ({code})", code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Country names in the new language, sorted again; a country chosen stays chosen
        (shown by its new name), text typed that is no country stays as typed."""
        if _language_changed(event) and self.count():
            typed = self.currentText()
            code = self.value()
            known = bool(code) and self.findData(code) >= 0 and typed != code
            with QSignalBlocker(self), QSignalBlocker(self._edit()):
                self.clear()
                self._fill()
                if known:
                    self.set_value(code)
                else:
                    self.setCurrentIndex(0)
                    self._edit().setText(typed)
        super().changeEvent(event)

    def _edit(self) -> QLineEdit:
        edit = self.lineEdit()
        assert edit is not None  # the combo box is editable
        return edit

    def value(self) -> Any:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        if len(text) == 2 and is_country(text):
            return text.upper()
        for i in range(1, self.count()):  # a name typed without its code
            if self.itemText(i).rsplit(" (", 1)[0].casefold() == text.casefold():
                return self.itemData(i)
        return text  # not a country: validation names it

    def set_value(self, value: Any) -> None:
        index = self.findData(value or "")
        if index >= 0:
            self.setCurrentIndex(index)
            self._edit().setText(self.itemText(index))
        else:
            self._edit().setText(str(value))

    def clear_value(self) -> None:
        self.setCurrentIndex(0)
        self._edit().setText("")

    def focus_chain(self) -> list[QWidget]:
        return [self]

    def problems(self) -> list[str]:
        return []


class ListField(QWidget):
    """An ordered list of sentences: add, edit in place, remove, move up and down."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * (spec.lines or 5))
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)
        box.addLayout(buttons)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for sig in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            sig.connect(self.edited)
        self.model.rowsMoved.connect(self.edited)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        """The field's name, and its buttons named after it too ("Add: Other names"), so
        that two lists in one form do not have two buttons called "Add"."""
        super().setAccessibleName(name)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAccessibleName(f"{button.text().replace('&', '')}: {name}")

    def _update_buttons(self) -> None:
        row, n = self.view.currentIndex().row(), self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < n - 1)

    def add_item(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.removeRows(row, 1)
        self._update_buttons()

    def move_current(self, step: int) -> None:
        row = self.view.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        # moveRows takes the row *before which* the moved row lands.
        self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (step > 0))
        self.view.setCurrentIndex(self.model.index(target))
        self._update_buttons()

    def value(self) -> Any:
        return list(self.model.stringList())

    def set_value(self, value: Any) -> None:
        self.model.setStringList(list(value or []))
        self._update_buttons()

    def clear_value(self) -> None:
        self.set_value([])

    def focus_chain(self) -> list[QWidget]:
        return [self.view, self.add_button, self.remove_button, self.up_button, self.down_button]

    def problems(self) -> list[str]:
        return []


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date_format(precision: str) -> str:
    """How a date of this precision is typed, in the interface's date format."""
    if precision == "year":
        return "yyyy"
    return formats.month_format() if precision == "month" else formats.date_format()


class EventDateField(QWidget):
    """An `EventDate`: precision (day, month, year, range) and one or two dates."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = ui_lang()
        self.precision = QComboBox(self)
        for code in vocab.DATE_PRECISION:
            self.precision.addItem(vocab.label(vocab.DATE_PRECISION, code, lang), code)
        self.precision.setAccessibleName(self.tr("Date precision"))
        self.start = self._date_edit(self.tr("Date"))
        self.to_label = QLabel(self.tr("to"), self)
        self.end = self._date_edit(self.tr("End date"))
        self.to_label.setBuddy(self.end)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.precision, self.start, self.to_label, self.end):
            row.addWidget(w)
        row.addStretch(1)
        self.precision.currentIndexChanged.connect(self._precision_changed)
        self.start.dateChanged.connect(self._start_changed)
        self.end.dateChanged.connect(self.edited)
        self._precision_changed()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(1000, 1, 1))
        edit.setMaximumDate(QDate(2999, 12, 31))
        edit.setAccessibleName(name)
        return edit

    def _precision_changed(self) -> None:
        code = self.precision.currentData()
        self._set_formats()
        self.to_label.setVisible(code == "range")
        self.end.setVisible(code == "range")
        self.edited.emit()

    def _set_formats(self) -> None:
        with QSignalBlocker(self.start), QSignalBlocker(self.end):
            self.start.setDisplayFormat(_date_format(self.precision.currentData()))
            self.end.setDisplayFormat(_date_format("day"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if _language_changed(event):
            lang = ui_lang()
            for i in range(self.precision.count()):
                code = self.precision.itemData(i)
                self.precision.setItemText(i, vocab.label(vocab.DATE_PRECISION, code, lang))
            self._set_formats()
        super().changeEvent(event)

    def _start_changed(self) -> None:
        self.end.setMinimumDate(self.start.date())  # a range cannot end before it starts
        self.edited.emit()

    def value(self) -> Any:
        code = self.precision.currentData()
        start = self.start.date().toPython()
        assert isinstance(start, date)
        if code == "month":
            return EventDate("month", start.replace(day=1))
        if code == "year":
            return EventDate("year", date(start.year, 1, 1))
        if code == "range":
            end = self.end.date().toPython()
            assert isinstance(end, date)
            return EventDate("range", start, end)
        return EventDate("day", start)

    def set_value(self, value: Any) -> None:
        assert isinstance(value, EventDate)
        self.precision.setCurrentIndex(max(0, self.precision.findData(value.precision)))
        self.start.setDate(_qdate(value.start))
        self.end.setMinimumDate(_qdate(value.start))
        self.end.setDate(_qdate(value.end or value.start))

    def clear_value(self) -> None:
        self.set_value(EventDate("day", date.today()))

    def focus_chain(self) -> list[QWidget]:
        return [self.precision, self.start, self.end]

    def problems(self) -> list[str]:
        try:
            EventDate.parse(self.value().text())
        except ValueError as exc:
            return [str(exc)]
        return []
