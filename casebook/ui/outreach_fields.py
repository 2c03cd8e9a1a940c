"""Field kinds of the declared forms for the facts outreach needs: a person's two UN
consent answers, an event's detention (with the release date it implies) and a case's
actions already taken. Registered with `casebook.ui.forms.register_kind` on import."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.outreach import MAX_TERM_DAYS, ActionTaken, Detention, UnConsent, parse_day
from casebook.ui.forms import register_kind

if TYPE_CHECKING:
    from casebook.ui.forms import FieldSpec


class _Answer(QComboBox):
    """Not asked / Yes / No."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill()

    def _fill(self) -> None:
        current = self.currentIndex()
        self.clear()
        self.addItem(self.tr("Not asked yet"), None)
        self.addItem(self.tr("Yes"), True)
        self.addItem(self.tr("No"), False)
        self.setCurrentIndex(max(0, current))

    def answer(self) -> bool | None:
        return [None, True, False][max(0, self.currentIndex())]

    def set_answer(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class UnConsentField(QWidget):
    """The two answers a UN communication needs from a victim."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.government = _Answer(self)
        self.public = _Answer(self)
        self.government_label = QLabel(self)
        self.public_label = QLabel(self)
        self.government_label.setBuddy(self.government)
        self.public_label.setBuddy(self.public)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.government_label, self.government)
        form.addRow(self.public_label, self.public)
        self._texts()
        for combo in (self.government, self.public):
            combo.currentIndexChanged.connect(self.edited)

    def _texts(self) -> None:
        self.government_label.setText(self.tr("Name may be sent to the government"))
        self.public_label.setText(self.tr("Name may appear in the UN's public report"))
        self.government_label.setWordWrap(True)
        self.public_label.setWordWrap(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._texts()
        super().changeEvent(event)

    def value(self) -> Any:
        return UnConsent(self.government.answer(), self.public.answer())

    def set_value(self, value: Any) -> None:
        consent = value if isinstance(value, UnConsent) else UnConsent()
        self.government.set_answer(consent.send_to_government)
        self.public.set_answer(consent.public_report)

    def clear_value(self) -> None:
        self.set_value(UnConsent())

    def focus_chain(self) -> list[QWidget]:
        return [self.government, self.public]

    def problems(self) -> list[str]:
        return []


class DetentionField(QWidget):
    """Place, legal basis, first day and term of a detention, and its release date."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.place = QLineEdit(self)
        self.basis = QLineEdit(self)
        self.start = QLineEdit(self)
        self.start.setPlaceholderText("YYYY-MM-DD")
        self.term = QSpinBox(self)
        self.term.setRange(0, MAX_TERM_DAYS)
        self.release = QLabel(self)
        self.release.setWordWrap(True)
        self._labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in zip(self._labels, (self.place, self.basis, self.start, self.term),
                                 strict=True):  # fmt: skip
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.release)
        self._texts()
        for line in (self.place, self.basis, self.start):
            line.textEdited.connect(self._changed)
        self.term.valueChanged.connect(self._changed)

    def _texts(self) -> None:
        texts = (
            self.tr("Place of detention"), self.tr("Legal basis (article)"),
            self.tr("First day"), self.tr("Term in days (0: not known)"),
        )  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self._show_release()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._texts()
        super().changeEvent(event)

    def _changed(self) -> None:
        self._show_release()
        self.edited.emit()

    def _show_release(self) -> None:
        detention = self.value()
        release = detention.release_date() if detention is not None else None
        if release is None:
            self.release.setText("")
            return
        self.release.setText(
            self.tr("Expected release: {date} (the reminder shows from the day before)")
            .replace("{date}", release.isoformat())
        )  # fmt: skip

    def value(self) -> Any:
        d = Detention(
            self.place.text().strip(), self.basis.text().strip(), self.start.text().strip(),
            self.term.value(),
        )  # fmt: skip
        return None if d.is_empty() else d

    def set_value(self, value: Any) -> None:
        d = value if isinstance(value, Detention) else Detention()
        self.place.setText(d.place)
        self.basis.setText(d.legal_basis)
        self.start.setText(d.start)
        self.term.blockSignals(True)
        self.term.setValue(d.term_days)
        self.term.blockSignals(False)
        self._show_release()

    def clear_value(self) -> None:
        self.set_value(None)

    def focus_chain(self) -> list[QWidget]:
        return [self.place, self.basis, self.start, self.term]

    def problems(self) -> list[str]:
        text = self.start.text().strip()
        if not text:
            return []
        try:
            parse_day(text)
        except ValueError as exc:
            return [str(exc)]
        return []


_ACTION_COLUMNS = ("date", "body", "action", "reference", "outcome")


class ActionsField(QWidget):
    """Complaints and requests already made, one row each, edited in place."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, len(_ACTION_COLUMNS), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * (spec.lines or 6))
        self.view.setAccessibleName(self.tr("Actions already taken"))
        self.add_button = QPushButton(self.tr("Add action"), self)
        self.remove_button = QPushButton(self.tr("Remove action"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)
        box.addLayout(buttons)
        self._events: list[list[str]] = []  # event links of each row, kept as loaded
        self._headers()
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.model.dataChanged.connect(self.edited)

    def _headers(self) -> None:
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("To whom"),
                self.tr("What"),
                self.tr("Reference"),
                self.tr("Outcome"),
            ]  # fmt: skip
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._headers()
        super().changeEvent(event)

    def add_row(self) -> None:
        self.model.appendRow([QStandardItem("") for _ in _ACTION_COLUMNS])
        self._events.append([])
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        self.edited.emit()

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.removeRow(row)
            del self._events[row]
            self.edited.emit()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Delete and self.view.hasFocus():
            self.remove_current()
            return
        super().keyPressEvent(event)

    def value(self) -> Any:
        rows: list[ActionTaken] = []
        for r in range(self.model.rowCount()):
            texts = [(self.model.item(r, c) or QStandardItem()).text().strip()
                     for c in range(len(_ACTION_COLUMNS))]  # fmt: skip
            if any(texts):
                values = dict(zip(_ACTION_COLUMNS, texts, strict=True))
                rows.append(ActionTaken(**values, events=list(self._events[r])))
        return rows

    def set_value(self, value: Any) -> None:
        self.model.blockSignals(True)
        self.model.removeRows(0, self.model.rowCount())
        self._events = []
        for a in value or []:
            self.model.appendRow([QStandardItem(getattr(a, c)) for c in _ACTION_COLUMNS])
            self._events.append(list(copy.copy(a.events)))
        self.model.blockSignals(False)
        self.view.reset()

    def clear_value(self) -> None:
        self.set_value([])

    def focus_chain(self) -> list[QWidget]:
        return [self.view, self.add_button, self.remove_button]

    def problems(self) -> list[str]:
        problems = []
        for action in self.value():
            if action.date:
                try:
                    parse_day(action.date)
                except ValueError as exc:
                    problems.append(str(exc))
        return problems


register_kind("unconsent", UnConsentField)
register_kind("detention", DetentionField)
register_kind("actions", ActionsField)
