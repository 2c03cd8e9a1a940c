"""The panels on the left of the Appeals tab. Each loads from AppealSettings, applies
its part back to them, and emits `edited` when the user changes something."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.domain import vocab
from casebook.domain.appeal import Addressee, AppealSettings, DemandChoice
from casebook.domain.model import Case
from casebook.services.appeals.earlier import EarlierEvent
from casebook.services.appeals.library import LibraryDemand, phrases
from casebook.ui.appeals_models import AddresseesModel, CheckListModel, DemandsModel, HistoryModel
from casebook.vault.appeals import KeptAppeal


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A label tied to `widget` (screen readers name the widget by it)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


class DemandsPanel(QWidget):
    """Pick demands from the library, reorder, edit (double-click) and add your own."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DemandsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Demands of the appeal"))
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.library = QComboBox()
        # Demands are sentences: the box shows the start of one, its list the whole.
        self.library.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.library.setMinimumContentsLength(24)
        self.add_library = QPushButton(self.tr("Add"))
        self.own = QLineEdit(placeholderText=self.tr("Your own demand"))
        self.own.setAccessibleName(self.tr("Your own demand"))
        self.add_own = QPushButton(self.tr("Add"))
        self.add_library.setAccessibleName(self.tr("Add the demand from the library"))
        self.add_own.setAccessibleName(self.tr("Add your own demand"))
        self.up = QPushButton(self.tr("Up"))
        self.down = QPushButton(self.tr("Down"))
        self.remove = QPushButton(self.tr("Remove"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(_buttons(self.up, self.down, self.remove))
        lib = QHBoxLayout()
        lib.addWidget(self.library, 1)
        lib.addWidget(self.add_library)
        layout.addWidget(_buddy(self.tr("From the library:"), self.library))
        layout.addLayout(lib)
        own = QHBoxLayout()
        own.addWidget(self.own, 1)
        own.addWidget(self.add_own)
        layout.addLayout(own)
        self.model.edited.connect(self.edited)
        self.add_library.clicked.connect(self._add_library)
        self.add_own.clicked.connect(self._add_own)
        self.own.returnPressed.connect(self._add_own)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(lambda: self.model.remove(self._row()))
        self._library: tuple[LibraryDemand, ...] = ()

    def load(self, settings: AppealSettings, library: tuple[LibraryDemand, ...]) -> None:
        self._library = library
        self.model.set_items(settings.demands)
        self.set_lang(settings.lang)

    def set_lang(self, lang: str) -> None:
        self.model.set_lang(lang)
        self.library.clear()
        for d in self._library:
            self.library.addItem(d.text(lang), d.key)

    def apply(self, settings: AppealSettings) -> AppealSettings:
        return replace(settings, demands=self.model.items())

    def clear(self) -> None:
        self.model.set_items([])
        self.own.clear()

    def _row(self) -> int:
        return self.view.currentIndex().row()

    def _move(self, delta: int) -> None:
        row = self.model.move(self._row(), delta)
        self.view.setCurrentIndex(self.model.index(row))

    def _add_library(self) -> None:
        key = self.library.currentData()
        if key:
            self.model.add(DemandChoice(key=str(key)))

    def _add_own(self) -> None:
        text = self.own.text().strip()
        if text:
            self.model.add(DemandChoice(text=text))
            self.own.clear()


class TextsPanel(QWidget):
    """Title, statement of concern, addressees and sign-off."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.issuer = QLineEdit(placeholderText=self.tr("the organisation of this vault"))
        self.concern = QPlainTextEdit()
        self.default_concern = QPushButton(self.tr("Use the default text"))
        self.signoff = QPlainTextEdit()
        self.signoff.setPlaceholderText(self.tr("Organisation, contact person, e-mail, phone"))
        self.addressees = AddresseesModel(self)
        self.table = QTableView()
        self.table.setModel(self.addressees)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # In a scroll area with large fonts: never squeezed below a few lines.
        line = self.fontMetrics().lineSpacing()
        self.concern.setMinimumHeight(4 * line + 12)
        self.signoff.setMinimumHeight(3 * line + 12)
        self.table.setMinimumHeight(3 * self.table.verticalHeader().defaultSectionSize() + 4)
        self.add_addressee = QPushButton(self.tr("Add addressee"))
        self.remove_addressee = QPushButton(self.tr("Remove"))
        layout = QVBoxLayout(self)
        for label, widget in ((self.tr("Title"), self.title), (self.tr("Issued by"), self.issuer)):
            layout.addWidget(_buddy(label, widget))
            layout.addWidget(widget)
        layout.addWidget(_buddy(self.tr("Statement of concern"), self.concern))
        layout.addWidget(self.concern, 2)
        layout.addLayout(_buttons(self.default_concern))
        layout.addWidget(_buddy(self.tr("Addressees"), self.table))
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons(self.add_addressee, self.remove_addressee))
        layout.addWidget(_buddy(self.tr("Sign-off"), self.signoff))
        layout.addWidget(self.signoff, 1)
        for w in (self.title, self.issuer):
            w.textEdited.connect(self.edited)
        for t in (self.concern, self.signoff):
            t.setTabChangesFocus(True)  # Tab moves on, as in every other field
            t.textChanged.connect(self.edited)
        self.addressees.edited.connect(self.edited)
        self.default_concern.clicked.connect(self.concern.clear)
        self.add_addressee.clicked.connect(self._add)
        self.remove_addressee.clicked.connect(
            lambda: self.addressees.remove(self.table.currentIndex().row())
        )

    def load(self, settings: AppealSettings, case: Case) -> None:
        self.title.setText(settings.title)
        self.title.setPlaceholderText(case.title)
        self.issuer.setText(settings.issuer)
        self.issuer.setPlaceholderText(self.tr("the organisation of this vault"))
        self.concern.setPlainText(settings.concern)
        self.concern.setPlaceholderText(phrases(settings.lang)["default_concern"])
        self.signoff.setPlainText(settings.signoff)
        self.addressees.set_items(settings.addressees)

    def apply(self, settings: AppealSettings) -> AppealSettings:
        self.concern.setPlaceholderText(phrases(settings.lang)["default_concern"])
        return replace(
            settings, title=self.title.text().strip(), issuer=self.issuer.text().strip(),
            concern=self.concern.toPlainText().strip(),
            signoff=self.signoff.toPlainText().strip(), addressees=self.addressees.items(),
        )  # fmt: skip

    def clear(self) -> None:
        for w in (self.title, self.issuer):
            w.clear()
            w.setPlaceholderText("")
        self.concern.clear()
        self.signoff.clear()
        self.addressees.set_items([])

    def _add(self) -> None:
        row = self.addressees.add(Addressee(self.tr("New addressee")))
        self.table.edit(self.addressees.index(row, 0))


class EventsPanel(QWidget):
    """Which events go into the chronology, and earlier events of other cases."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = CheckListModel(self)
        self.earlier = CheckListModel(self)
        self.events_view = QListView()
        self.events_view.setModel(self.events)
        self.earlier_view = QListView()
        self.earlier_view.setModel(self.earlier)
        layout = QVBoxLayout(self)
        layout.addWidget(_buddy(self.tr("Events in the chronology"), self.events_view))
        layout.addWidget(self.events_view, 2)
        text = self.tr("Earlier incidents (other cases with the same people)")
        layout.addWidget(_buddy(text, self.earlier_view))
        layout.addWidget(self.earlier_view, 1)
        self._pending_earlier: tuple[str, ...] | None = None
        self.events.edited.connect(self.edited)
        self.earlier.edited.connect(self.edited)

    def load(self, settings: AppealSettings, case: Case) -> None:
        """The events of `case`; earlier incidents follow with `set_earlier` (they are
        looked for in the background). Until then the ones chosen before stay chosen."""
        rows = [
            (e.id, f"{e.date.text()}  {vocab.label(vocab.EVENT_TYPE, e.type)}  {e.place}".strip())
            for e in case.events_in_order()
        ]
        chosen = {r[0] for r in rows} if settings.events is None else set(settings.events)
        self.events.set_rows(rows, chosen)
        self.earlier.set_rows([], set())
        self._pending_earlier = tuple(settings.earlier)

    def set_earlier(self, earlier: list[EarlierEvent]) -> None:
        """The earlier incidents found; those chosen before are checked."""
        chosen = set(self._pending_earlier or ())
        self._pending_earlier = None
        self.earlier.set_rows(
            [(x.key, f"{x.date}  {x.kind}  — {x.case_title}") for x in earlier], chosen
        )

    def apply(self, settings: AppealSettings) -> AppealSettings:
        events = None if self.events.all_checked() else self.events.checked()
        pending = self._pending_earlier
        earlier = self.earlier.checked() if pending is None else pending
        return replace(settings, events=events, earlier=earlier)

    def clear(self) -> None:
        self.events.set_rows([], set())
        self.earlier.set_rows([], set())
        self._pending_earlier = None


class HistoryPanel(QWidget):
    """Appeals kept for the case: open one again, or regenerate it."""

    open_requested = Signal(str)
    regenerate_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Sent appeals"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.regenerate_button = QPushButton(self.tr("Regenerate"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(_buttons(self.open_button, self.regenerate_button))
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.regenerate_button.clicked.connect(lambda: self._emit(self.regenerate_requested))
        self.view.doubleClicked.connect(lambda _i: self._emit(self.open_requested))

    def load(self, kept: list[KeptAppeal]) -> None:
        self.model.set_rows(kept)

    def clear(self) -> None:
        self.model.set_rows([])

    def select(self, row: int) -> None:
        self.view.selectRow(row)

    def _emit(self, signal: SignalInstance) -> None:
        kept = self.model.appeal(self.view.currentIndex().row())
        if kept is not None:
            signal.emit(kept.id)
