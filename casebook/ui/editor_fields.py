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
    QLocale,
    QModelIndex,
    QSignalBlocker,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
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
from casebook.domain.dates import date_doubts, parse_typed_event_date
from casebook.domain.model import EventDate
from casebook.domain.validation import required
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
        buttons = QGridLayout()  # two by two: room for long labels and large fonts
        for i, b in enumerate((self.add_button, self.remove_button, self.up_button,
                               self.down_button)):  # fmt: skip
            buttons.addWidget(b, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
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


Day = date  # `date` is also a method name of DateLineEdit


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date_format(precision: str) -> str:
    """How a date of this precision is shown, in the interface's date format."""
    if precision == "year":
        return "yyyy"
    return formats.month_format() if precision == "month" else formats.date_format()


class DateLineEdit(QLineEdit):
    """A date typed as text: exactly what is typed, never completed with today's parts.

    Local forms are understood (03.03.2025, 3 March 2025, 3 марта 2025, 3 наурыз 2025,
    ISO 2025-03-03; see `casebook.domain.dates`); partial or unclear text is invalid.
    `date()` is an invalid QDate while nothing valid is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._precision = "day"
        self._minimum: QDate | None = None
        self.setClearButtonEnabled(False)

    def set_precision(self, precision: str) -> None:
        """'day', 'month' or 'year': how much of a date must be typed."""
        shown = self.typed()
        self._precision = precision
        if shown is not None:
            self.show_date(shown.start)
        self.setPlaceholderText(self._example())

    def _example(self) -> str:
        example = QDate(2025, 3, 3)
        return QLocale().toString(example, _date_format(self._precision))

    def displayFormat(self) -> str:  # noqa: N802 - the name QDateEdit had
        return _date_format(self._precision)

    def typed(self) -> EventDate | None:
        """The date typed, at this field's precision; None when it is not a full one."""
        try:
            return parse_typed_event_date(self.text(), self._precision)
        except ValueError:
            return None

    def problem(self) -> str:
        """Why the text is not a date ('' when it is one, or when nothing is typed)."""
        if not self.text().strip():
            return ""
        try:
            parse_typed_event_date(self.text(), self._precision)
        except ValueError as exc:
            return str(exc)
        return ""

    def date(self) -> QDate:
        value = self.typed()
        return _qdate(value.start) if value is not None else QDate()

    def setDate(self, day: QDate) -> None:  # noqa: N802 - the name QDateEdit had
        value = day.toPython()
        assert isinstance(value, Day)
        self.show_date(value)

    def show_date(self, day: Day) -> None:
        self.setText(QLocale().toString(_qdate(day), _date_format(self._precision)))

    def setMinimumDate(self, day: QDate) -> None:  # noqa: N802 - the name QDateEdit had
        self._minimum = day

    def minimumDate(self) -> QDate:  # noqa: N802 - the name QDateEdit had
        return self._minimum or QDate(1000, 1, 1)


def date_in_words(day: date, precision: str = "day") -> str:
    """'Monday, 3 March 2025' in the interface language (what a typed date was read as)."""
    here = QLocale()
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{here.standaloneMonthName(day.month)} {day.year:04d}"
    return here.toString(_qdate(day), "dddd, d MMMM yyyy")


class EventDateField(QWidget):
    """An `EventDate`: precision (day, month, year, range) and one or two dates, typed.

    A date is never silently completed or replaced: partial text is invalid, an empty
    field is a missing date, and a date in the future or before 1991 is kept only
    after "This date is right" is ticked. What was understood is written beside it."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = ui_lang()
        self._last = EventDate("day", date.today())  # only while nothing valid is typed
        self._confirmed: set[date] = set()
        self.precision = QComboBox(self)
        for code in vocab.DATE_PRECISION:
            self.precision.addItem(vocab.label(vocab.DATE_PRECISION, code, lang), code)
        self.precision.setAccessibleName(self.tr("Date precision"))
        self.start = self._date_edit(self.tr("Date"))
        self.to_label = QLabel(self.tr("to"), self)
        self.end = self._date_edit(self.tr("End date"))
        self.to_label.setBuddy(self.end)
        self.understood = QLabel(self)
        self.understood.setObjectName("date_understood")
        self.understood.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("This date is right"), self)
        self.confirm.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.precision, self.start, self.to_label, self.end):
            row.addWidget(w)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.understood)
        column.addWidget(self.confirm)
        self.precision.currentIndexChanged.connect(self._precision_changed)
        self.start.textEdited.connect(self._typed)
        self.end.textEdited.connect(self._typed)
        self.confirm.toggled.connect(self._confirm_toggled)
        self._precision_changed()

    def _date_edit(self, name: str) -> DateLineEdit:
        edit = DateLineEdit(self)
        edit.setAccessibleName(name)
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("30.09.2025") + 24)
        return edit

    def _code(self) -> str:
        return str(self.precision.currentData())

    def _precision_changed(self) -> None:
        code = self._code()
        self._set_formats()
        self.to_label.setVisible(code == "range")
        self.end.setVisible(code == "range")
        self._typed()

    def _set_formats(self) -> None:
        code = self._code()
        self.start.set_precision(code if code in ("month", "year") else "day")
        self.end.set_precision("day")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if _language_changed(event):
            lang = ui_lang()
            for i in range(self.precision.count()):
                code = self.precision.itemData(i)
                self.precision.setItemText(i, vocab.label(vocab.DATE_PRECISION, code, lang))
            self.confirm.setText(self.tr("This date is right"))
            self._set_formats()
            self._show_state()
        super().changeEvent(event)

    def _typed(self) -> None:
        self._show_state()
        self.edited.emit()

    def _confirm_toggled(self, checked: bool) -> None:
        days = self._doubtful_days()
        if checked:
            self._confirmed.update(days)
        else:
            self._confirmed.difference_update(days)
        self._show_state()
        self.edited.emit()

    def _typed_value(self) -> EventDate | None:
        code = self._code()
        start = self.start.typed()
        if start is None:
            return None
        if code != "range":
            return start
        end = self.end.typed()
        if end is None:
            return None
        return EventDate("range", start.start, end.start)

    def _doubtful_days(self) -> list[date]:
        value = self._typed_value()
        if value is None:
            return []
        days = [value.start] + ([value.end] if value.end is not None else [])
        return [d for d in days if date_doubts(d)]

    def _show_state(self) -> None:
        value = self._typed_value()
        doubts = [d for d in self._doubtful_days() if d not in self._confirmed]
        self.confirm.setVisible(bool(self._doubtful_days()))
        with QSignalBlocker(self.confirm):
            self.confirm.setChecked(bool(self._doubtful_days()) and not doubts)
        problems = self.problems()
        if value is not None:
            words = date_in_words(value.start, value.precision)
            if value.end is not None:
                words += " – " + date_in_words(value.end)
            text = words
            if doubts:
                reasons = "; ".join(r for d in doubts for r in date_doubts(d))
                text = self.tr("{date}: {reasons}. Is it right?").format(
                    date=words, reasons=reasons
                )
            self.understood.setText(text)
            self.understood.setStyleSheet("color: #8a5a00;" if doubts else "color: #555;")
        else:
            self.understood.setText(problems[0] if problems else "")
            self.understood.setStyleSheet("color: #b00020;")
        self.understood.setVisible(bool(self.understood.text()))

    def value(self) -> Any:
        """The date typed; while it is missing or unclear, the last date the field had
        (`problems()` then says what is wrong, and the case cannot be saved)."""
        value = self._typed_value()
        if value is not None:
            self._last = value
        return value or self._last

    def set_value(self, value: Any) -> None:
        assert isinstance(value, EventDate)
        self._last = value
        with QSignalBlocker(self.precision):
            self.precision.setCurrentIndex(max(0, self.precision.findData(value.precision)))
        self._set_formats()
        self.to_label.setVisible(value.precision == "range")
        self.end.setVisible(value.precision == "range")
        self.start.show_date(value.start)
        self.end.setMinimumDate(_qdate(value.start))
        self.end.show_date(value.end or value.start)
        # A stored date was kept once: it is not asked about again.
        self._confirmed = {value.start} | ({value.end} if value.end else set())
        self._show_state()

    def show_missing(self) -> None:
        """No date yet (a new event): both fields empty, nothing guessed."""
        self.start.setText("")
        self.end.setText("")
        self._show_state()

    def clear_value(self) -> None:
        self.set_value(EventDate("day", date.today()))
        self.show_missing()

    def focus_chain(self) -> list[QWidget]:
        return [self.precision, self.start, self.end, self.confirm]

    def problems(self) -> list[str]:
        code = self._code()
        edits = [self.start] + ([self.end] if code == "range" else [])
        for edit in edits:
            if not edit.text().strip():
                return [required()]
            if problem := edit.problem():
                return [problem]
        value = self._typed_value()
        assert value is not None
        try:
            EventDate.parse(value.text())
        except ValueError as exc:
            return [str(exc)]
        if any(d not in self._confirmed for d in self._doubtful_days()):
            return [self.tr('is unusual: tick "This date is right" to keep it')]
        return []
