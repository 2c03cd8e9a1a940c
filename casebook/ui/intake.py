"""New incident: a short guided form for the common incidents, right after they happen.

Who (picked from the people of other cases or added, consent asked right there), what,
when, where, who did it, and for a detention the police station, lawyer, hearing date,
legal article and term. "Create case" makes a normal case (casebook.services.intake)
that the full editor then refines. Everything is done from the keyboard: Enter in a name
field adds it, Delete removes the chosen one, Ctrl+Enter creates the case.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casebook.domain import vocab
from casebook.domain.countries import all_countries
from casebook.domain.dates import date_doubts
from casebook.domain.intake import (
    INCIDENT_KINDS,
    Incident,
    IntakePerson,
    Perpetrator,
    default_title,
)
from casebook.domain.model import EventDate
from casebook.domain.validation import FieldError, ValidationError
from casebook.i18n import translate
from casebook.services import intake
from casebook.ui.editor_fields import DateLineEdit, date_in_words, ui_lang
from casebook.ui.forms import ERROR_STYLE

PERPETRATOR_KINDS = ("police", "court", "state_body", "non_state_group", "other")


class _EnterAdds(QObject):
    """Enter in a combo box of an entry row adds the row (as Enter in its name does)."""

    def __init__(self, combo: QComboBox, add: Any) -> None:
        super().__init__(combo)
        self._add = add
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._add()
            return True
        return False


def _list_keys(view: QListWidget) -> None:
    """Delete removes the chosen row of a list."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: view.takeItem(view.currentRow()))


class PeopleEntry(QWidget):
    """Names typed (or picked from known people) with their consent; Enter adds."""

    def __init__(self, known: list[IntakePerson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known = {self._key(p): p for p in known}
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name, then Enter"))
        self.name.setAccessibleName(self.tr("Name of a person this happened to"))
        completer = QCompleter(sorted(self._known), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._picked)
        self.name.setCompleter(completer)
        self.consent = QComboBox(self)
        self.consent.setAccessibleName(self.tr("May the name be published?"))
        for code in vocab.CONSENT:
            self.consent.addItem(vocab.label(vocab.CONSENT, code, ui_lang()), code)
        self.consent.setCurrentIndex(self.consent.findData("anonymous"))  # the safe default
        self.pseudonym = QLineEdit(self)
        self.pseudonym.setPlaceholderText(self.tr("Pseudonym"))
        self.pseudonym.setAccessibleName(self.tr("Pseudonym"))
        self.pseudonym.hide()
        self.add_button = QPushButton(self.tr("Add"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("People this happened to"))
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        _list_keys(self.list)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 3)
        row.addWidget(self.consent, 2)
        row.addWidget(self.pseudonym, 2)
        row.addWidget(self.add_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.list)
        self.consent.currentIndexChanged.connect(self._consent_changed)
        self._consent_chosen = False  # by the user, for the name being typed
        self.consent.activated.connect(lambda _i: setattr(self, "_consent_chosen", True))
        self.name.returnPressed.connect(self.add_current)
        self.pseudonym.returnPressed.connect(self.add_current)
        self.add_button.clicked.connect(self.add_current)
        _EnterAdds(self.consent, self.add_current)

    @staticmethod
    def _key(p: IntakePerson) -> str:
        return p.name or p.pseudonym

    def _picked(self, text: str) -> None:
        person = self._known.get(text)
        if person is not None:  # their consent as recorded: shown, and can be changed
            self.consent.setCurrentIndex(max(0, self.consent.findData(person.consent)))
            self.pseudonym.setText(person.pseudonym)

    def _consent_changed(self) -> None:
        self.pseudonym.setVisible(self.consent.currentData() == "pseudonym")

    def add_current(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        known = self._known.get(name)
        if known is not None and not self._consent_chosen:  # picked: consent on record
            self.consent.setCurrentIndex(max(0, self.consent.findData(known.consent)))
            if not self.pseudonym.text().strip():
                self.pseudonym.setText(known.pseudonym)
        consent = str(self.consent.currentData())
        person = IntakePerson(
            name,
            consent=consent,
            pseudonym=self.pseudonym.text().strip() if consent == "pseudonym" else "",
            organisation=known.organisation if known else "",
            role=known.role if known else "",
        )
        label = vocab.label(vocab.CONSENT, consent, ui_lang())
        item = QListWidgetItem(f"{name} — {label}")
        item.setData(Qt.ItemDataRole.UserRole, person)
        self.list.addItem(item)
        self.name.setFocus()  # first: the pseudonym field may be hidden next
        self.name.clear()
        self.pseudonym.clear()
        self.consent.setCurrentIndex(self.consent.findData("anonymous"))  # asked again
        self._consent_chosen = False

    def people(self) -> list[IntakePerson]:
        rows = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        return [p for p in rows if isinstance(p, IntakePerson)]


class PerpetratorsEntry(QWidget):
    """Who did it: a name (or one known from other cases) and what it is; Enter adds."""

    def __init__(self, known: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known = dict(known)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Police unit, official, group… then Enter"))
        self.name.setAccessibleName(self.tr("Who did it"))
        completer = QCompleter(sorted(self._known), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._picked)
        self.name.setCompleter(completer)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("What it is"))
        for code in PERPETRATOR_KINDS:
            self.kind.addItem(vocab.label(vocab.ORG_KIND, code, ui_lang()), code)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Perpetrators"))
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        _list_keys(self.list)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 3)
        row.addWidget(self.kind, 2)
        row.addWidget(self.add_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.list)
        self.name.returnPressed.connect(self.add_current)
        self.add_button.clicked.connect(self.add_current)
        _EnterAdds(self.kind, self.add_current)

    def _picked(self, text: str) -> None:
        kind = self._known.get(text)
        if kind in PERPETRATOR_KINDS:
            self.kind.setCurrentIndex(self.kind.findData(kind))

    def add_current(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        kind = str(self.kind.currentData())
        item = QListWidgetItem(f"{name} — {vocab.label(vocab.ORG_KIND, kind, ui_lang())}")
        item.setData(Qt.ItemDataRole.UserRole, Perpetrator(name, kind))
        self.list.addItem(item)
        self.name.clear()
        self.name.setFocus()

    def perpetrators(self) -> list[Perpetrator]:
        rows = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        return [p for p in rows if isinstance(p, Perpetrator)]


class NewIncidentDialog(QDialog):
    """The guided form; `created(case_id)` once the case is stored."""

    created = Signal(str)

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("New incident"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.kind = QComboBox(self)
        for code, (_event, label) in INCIDENT_KINDS.items():
            self.kind.addItem(translate("intake", label), code)
        self.date = DateLineEdit(self)
        self.date.set_precision("day")
        self.date.setAccessibleName(self.tr("Date"))
        self.time = QLineEdit(self)
        self.time.setPlaceholderText(self.tr("Time, like 14:30"))
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setMaximumWidth(self.fontMetrics().horizontalAdvance("Time, like 14:30") + 24)
        self.date_note = QLabel(self)
        self.date_note.setWordWrap(True)
        self.date_note.hide()
        self.date_right = QCheckBox(self.tr("This date is right"), self)
        self.date_right.hide()
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("City, street or building"))
        self.country = QComboBox(self)
        self.country.setAccessibleName(self.tr("Country"))
        for code, name in all_countries(ui_lang()):
            self.country.addItem(f"{name} ({code})", code)
        self.country.setCurrentIndex(max(0, self.country.findData("KZ")))
        self.people = PeopleEntry(intake.known_people(vault), self)
        self.what = QPlainTextEdit(self)
        self.what.setTabChangesFocus(True)
        self.what.setPlaceholderText(self.tr("What happened, in a few sentences"))
        self.what.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.what.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.perpetrators = PerpetratorsEntry(intake.known_organisations(vault), self)
        self.station = QLineEdit(self)
        self.lawyer = QLineEdit(self)
        self.hearing = DateLineEdit(self)
        self.hearing.set_precision("day")
        self.hearing.setAccessibleName(self.tr("Hearing date"))
        self.article = QLineEdit(self)
        self.article.setPlaceholderText(
            self.tr("e.g. Article 488 of the Code of Administrative Offences")
        )
        self.term = QLineEdit(self)
        self.term.setPlaceholderText(self.tr("e.g. 10 days"))
        self.demands = QPlainTextEdit(self)
        self.demands.setTabChangesFocus(True)
        self.demands.setPlaceholderText(self.tr("One demand per line (optional)"))
        self.demands.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.title = QLineEdit(self)
        self.errors = QLabel(self)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        self.errors.hide()
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create case"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setToolTip(self.tr("Ctrl+Enter"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._layout()
        self.create_button.setAutoDefault(False)  # Enter adds a name; Ctrl+Enter creates
        self.create_button.setDefault(False)
        for w in self.findChildren(QPushButton):
            w.setAutoDefault(False)
        self.buttons.accepted.connect(self.create_case)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.create_case)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.date.textEdited.connect(self._date_typed)
        self.hearing.textEdited.connect(self._date_typed)
        for edit in (self.place,):
            edit.textEdited.connect(self._update_title_hint)
        self._kind_changed()
        self.kind.setFocus()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        when = QHBoxLayout()
        when.addWidget(self.date, 2)
        when.addWidget(self.time, 1)
        where = QHBoxLayout()
        where.addWidget(self.place, 3)
        where.addWidget(self.country, 2)
        form.addRow(self._label(self.tr("&What happened"), self.kind), self.kind)
        form.addRow(self._label(self.tr("Wh&en *"), self.date), when)
        form.addRow("", self.date_note)
        form.addRow("", self.date_right)
        form.addRow(self._label(self.tr("W&here"), self.place), where)
        form.addRow(self._label(self.tr("W&ho (consent asked) *"), self.people.name), self.people)
        form.addRow(self._label(self.tr("Wh&at"), self.what), self.what)
        form.addRow(self._label(self.tr("Who &did it"), self.perpetrators.name), self.perpetrators)
        self.detention = QGroupBox(self.tr("Detention"), self)
        dform = QFormLayout(self.detention)
        dform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        dform.addRow(self._label(self.tr("&Police station"), self.station), self.station)
        dform.addRow(self._label(self.tr("&Lawyer"), self.lawyer), self.lawyer)
        dform.addRow(self._label(self.tr("&Hearing date"), self.hearing), self.hearing)
        dform.addRow(self._label(self.tr("Legal a&rticle"), self.article), self.article)
        dform.addRow(self._label(self.tr("&Term"), self.term), self.term)
        form.addRow(self.detention)
        form.addRow(self._label(self.tr("De&mands"), self.demands), self.demands)
        form.addRow(self._label(self.tr("T&itle"), self.title), self.title)
        inner = QWidget(self)
        inner.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        column = QVBoxLayout(self)
        column.addWidget(scroll, 1)
        column.addWidget(self.errors)
        column.addWidget(self.buttons)
        chain: list[QWidget] = [
            self.kind, self.date, self.date_right, self.time, self.place, self.country,
            self.people.name, self.people.consent, self.people.pseudonym, self.people.add_button,
            self.people.list, self.what, self.perpetrators.name, self.perpetrators.kind,
            self.perpetrators.add_button, self.perpetrators.list, self.station, self.lawyer,
            self.hearing, self.article, self.term, self.demands, self.title,
        ]  # fmt: skip
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.resize(760, 640)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter adds a name (in its field) and never creates the case by itself: the
        case is created with Ctrl+Enter or the button."""
        plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            event.accept()
            return
        super().keyPressEvent(event)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        label.setWordWrap(True)
        return label

    def _kind_changed(self) -> None:
        self.detention.setVisible(self.kind.currentData() == "detention")
        self._update_title_hint()

    def _doubts(self) -> list[str]:
        days = [d.start for d in (self.date.typed(), self.hearing.typed()) if d is not None]
        return [reason for day in days for reason in date_doubts(day)]

    def _date_typed(self) -> None:
        problem = self.date.problem()
        value = self.date.typed()
        text = problem or (date_in_words(value.start) if value else "")
        doubts = self._doubts()
        if value is not None and doubts:
            text += " — " + "; ".join(doubts)
        self.date_note.setText(text)
        self.date_note.setStyleSheet(ERROR_STYLE if problem or doubts else "color: #555;")
        self.date_note.setVisible(bool(text))
        self.date_right.setVisible(bool(doubts))
        self.date_right.setChecked(False)

    def _update_title_hint(self) -> None:
        self.title.setPlaceholderText(
            self.tr("Optional; else “{title}”").format(title=default_title(self._incident(None)))
        )

    def _incident(self, day: EventDate | None) -> Incident:
        detention = self.kind.currentData() == "detention"
        return Incident(
            kind=str(self.kind.currentData()),
            date=day or EventDate.parse("2000-01-01"),
            time=self.time.text().strip(),
            place=self.place.text().strip(),
            country=str(self.country.currentData() or ""),
            what=self.what.toPlainText().strip(),
            title=self.title.text().strip(),
            people=self.people.people(),
            perpetrators=self.perpetrators.perpetrators(),
            police_station=self.station.text().strip() if detention else "",
            lawyer=self.lawyer.text().strip() if detention else "",
            hearing_date=self.hearing.typed() if detention else None,
            legal_article=self.article.text().strip() if detention else "",
            term=self.term.text().strip() if detention else "",
            demands=self.demands.toPlainText().splitlines(),
        )

    def problems(self) -> list[str]:
        """What keeps the case from being created, in words."""
        found = []
        if not self.date.text().strip():
            found.append(self.tr("Type the date of the incident."))
        elif self.date.problem():
            found.append(self.date.problem())
        if self.hearing.text().strip() and self.hearing.problem():
            found.append(self.hearing.problem())
        if self._doubts() and not self.date_right.isChecked():
            text = self.tr("The date is unusual ({reasons}): tick “This date is right”.")
            found.append(text.format(reasons="; ".join(self._doubts())))
        pending = [e.name.text().strip() for e in (self.people, self.perpetrators)]
        if any(pending):
            found.append(self.tr("Press Enter to add “{name}”, or clear the field.").format(
                name=next(p for p in pending if p)
            ))  # fmt: skip
        return found

    def create_case(self) -> None:
        problems = self.problems()
        day = self.date.typed()
        errors: list[FieldError] = []
        if not problems and day is not None:
            try:
                case = intake.create_incident(self.vault, self._incident(day))
            except ValidationError as exc:
                errors = exc.errors
            else:
                self.created.emit(case.id)
                self.accept()
                return
        texts = problems + [e.message[:1].upper() + e.message[1:] for e in errors]
        self.errors.setText("\n".join(texts))
        self.errors.show()
