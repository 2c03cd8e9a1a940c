"""The Events tab: a chronological timeline and an editor for the chosen event."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.domain import vocab
from casebook.domain.model import Case, Event, EventDate, Involvement, Organisation, Person
from casebook.domain.validation import FieldError, validate_event
from casebook.ui import (
    formats,
    outreach_fields,  # noqa: F401 - registers the "detention" kind
)
from casebook.ui.editor_fields import ui_lang
from casebook.ui.editor_master import MasterDetail
from casebook.ui.editor_models import Column, ObjectTableModel
from casebook.ui.forms import QT_TRANSLATE_NOOP, FieldSpec, FormPage, register_kind


def party_label(party: Person | Organisation | None) -> str:
    if isinstance(party, Person):
        return party.display_name()
    if isinstance(party, Organisation):
        return party.name or "—"
    return "?"


class InvolvementsField(QWidget):
    """Who took part in an event, in which role: a list with a row to add to it."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, str] = {}
        lang = ui_lang()
        self.model = ObjectTableModel(
            [
                Column(QT_TRANSLATE_NOOP("models", "Who"), self._label),
                Column(
                    QT_TRANSLATE_NOOP("models", "Role"),
                    lambda i: vocab.label(vocab.INVOLVEMENT_ROLE, i.role, ui_lang()),
                ),
            ],
            self,
            problem=lambda i: i.ref not in self._labels,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Who was involved"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        # A header in ResizeToContents mode does not grow for rows inserted (only for a
        # reset or changed data), so a party added with Add was cut to "Aige…".
        self.model.rowsInserted.connect(lambda *_: self.view.resizeColumnToContents(0))
        self.party = QComboBox(self)
        self.party.setAccessibleName(self.tr("Person or organisation to add"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role of the person or organisation to add"))
        for code in vocab.INVOLVEMENT_ROLE:
            self.role.addItem(vocab.label(vocab.INVOLVEMENT_ROLE, code, lang), code)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.party, 3)
        row.addWidget(self.role, 2)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)
        box.addLayout(row)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            lang = ui_lang()
            for i in range(self.role.count()):
                label = vocab.label(vocab.INVOLVEMENT_ROLE, self.role.itemData(i), lang)
                self.role.setItemText(i, label)
        super().changeEvent(event)

    def _label(self, inv: Involvement) -> str:
        return self._labels.get(inv.ref) or self.tr("(no longer in this case)")

    def set_parties(self, parties: list[tuple[str, str]]) -> None:
        """The people and organisations of the case as (id, label)."""
        self._labels = dict(parties)
        chosen = self.party.currentData()
        self.party.clear()
        for ref, text in parties:
            self.party.addItem(text, ref)
        self.party.setCurrentIndex(max(0, self.party.findData(chosen)))
        self.add_button.setEnabled(bool(parties))
        self.model.refresh()

    def add_current(self) -> None:
        ref, role = self.party.currentData(), self.role.currentData()
        if ref is None or any(i.ref == ref and i.role == role for i in self.model.items()):
            return
        self.model.append(Involvement(ref, role))
        self.edited.emit()

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())
            self.view.setCurrentIndex(QModelIndex())
            self.edited.emit()

    def value(self) -> Any:
        return [Involvement(i.ref, i.role) for i in self.model.items()]

    def set_value(self, value: Any) -> None:
        self.model.set_items([Involvement(i.ref, i.role) for i in value or []])

    def clear_value(self) -> None:
        self.model.set_items([])
        self.set_parties([])

    def focus_chain(self) -> list[QWidget]:
        return [self.view, self.party, self.role, self.add_button, self.remove_button]

    def problems(self) -> list[str]:
        return []


register_kind("involvements", InvolvementsField)

EVENT_FIELDS = [
    FieldSpec("date", QT_TRANSLATE_NOOP("forms", "Date"), "eventdate", required=True),
    FieldSpec(
        "time",
        QT_TRANSLATE_NOOP("forms", "Time"),
        placeholder=QT_TRANSLATE_NOOP("forms", "Optional, like 14:30"),
    ),
    FieldSpec("type", QT_TRANSLATE_NOOP("forms", "Type"), "choice", vocab.EVENT_TYPE),
    FieldSpec("place", QT_TRANSLATE_NOOP("forms", "Place")),
    FieldSpec("description", QT_TRANSLATE_NOOP("forms", "Description"), "multiline", lines=5),
    FieldSpec(
        "involved",
        QT_TRANSLATE_NOOP("forms", "Who was involved"),
        "involvements",
        vocab.INVOLVEMENT_ROLE,
    ),
    FieldSpec(
        "detention",
        QT_TRANSLATE_NOOP("forms", "Detention"),
        "detention",
        help=QT_TRANSLATE_NOOP(
            "forms", "For an arrest or detention: where, on what basis and for how long."
        ),
    ),
]


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class EventsTab(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self.form = FormPage(EVENT_FIELDS, validator=self._validate, prefix="event")
        model = ObjectTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("models", "Date"),
                    lambda e: formats.event_date_text(e.date),
                    sort=lambda e: f"{e.date.sort_key()} {e.time or '99:99'}",
                ),
                Column(QT_TRANSLATE_NOOP("models", "Time"), lambda e: e.time),
                Column(
                    QT_TRANSLATE_NOOP("models", "Type"),
                    lambda e: vocab.label(vocab.EVENT_TYPE, e.type, ui_lang()),
                ),
                Column(QT_TRANSLATE_NOOP("models", "Place"), lambda e: e.place),
                Column(
                    QT_TRANSLATE_NOOP("models", "What happened"),
                    lambda e: _first_line(e.description),
                ),
            ],
            self,
            problem=lambda e: bool(self._validate(e)),
        )
        self.timeline = MasterDetail(
            model,
            self.form,
            new_item=self._new_event,
            texts={
                "filter": self.tr("Filter events"),
                "table": self.tr("Timeline"),
                "add": self.tr("Add event"),
                "remove": self.tr("Remove event"),
                "empty": self.tr("No event chosen. Add one or choose one in the timeline."),
            },
            confirm_remove=None,
        )
        self.timeline.edited.connect(self.edited)
        self.involvements: InvolvementsField = self.form.field("involved")  # type: ignore[assignment]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timeline)

    def _refs(self) -> set[str]:
        case = self._case
        return {p.id for p in case.people} | {o.id for o in case.organisations} if case else set()

    def _validate(self, event: Event) -> list[FieldError]:
        return validate_event(event, self._refs())

    @staticmethod
    def _new_event() -> Event:
        return Event(EventDate("day", date.today()), "other")

    def parties_changed(self) -> None:
        case = self._case
        if case is None:
            return
        parties = [(p.id, party_label(p)) for p in case.people]
        parties += [(o.id, party_label(o)) for o in case.organisations]
        self.involvements.set_parties(parties)
        self.timeline.model.refresh()

    def load(self, case: Case) -> None:
        self._case = case
        self.parties_changed()
        self.timeline.load(case.events)

    def labels(self) -> dict[str, str]:
        """A short label per event id ('2024-10-09 Arrest'), for other tabs."""
        lang = ui_lang()
        events = self._case.events if self._case else []
        return {
            e.id: f"{formats.event_date_text(e.date)} {vocab.label(vocab.EVENT_TYPE, e.type, lang)}"
            for e in events
        }

    def extra_errors(self) -> list[FieldError]:
        """Dates the widgets could build but the domain would not accept."""
        errors = []
        for i, event in enumerate(self._case.events if self._case else []):
            try:
                EventDate.parse(event.date.text())
            except ValueError as exc:
                errors.append(FieldError(f"events[{i}].date", str(exc)))
        return errors

    def show_errors(self, errors: list[FieldError]) -> bool:
        return self.timeline.show_item_errors(errors, lambda i: f"events[{i}]")

    def focus_first_error(self) -> None:
        self.timeline.focus_first_error()

    def clear(self) -> None:
        self._case = None
        self.timeline.clear()
        self.involvements.clear_value()
