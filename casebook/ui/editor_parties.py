"""The People and organisations tab.

Consent and risk decide what may ever be published about a person, so they are shown
as coloured badges with words (never colour alone), in the table and above the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebook.domain import vocab
from casebook.domain.model import Case, Organisation, Person
from casebook.domain.validation import FieldError, validate_organisation, validate_person
from casebook.ui import outreach_fields  # noqa: F401 - registers the "unconsent" kind
from casebook.ui.editor_fields import tr_spec, ui_lang
from casebook.ui.editor_master import MasterDetail
from casebook.ui.editor_models import CONSENT_COLOURS, RISK_COLOURS, Column, ObjectTableModel
from casebook.ui.forms import QT_TRANSLATE_NOOP, FieldSpec, FormPage, register_kind


class OrganisationPickField(QWidget):
    """A person's organisation, picked from the organisations of the case (type-ahead;
    Down opens the whole list), or typed; a typed name that is none of them can be
    added to the case at once."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = QStringListModel(self)
        self.edit = QLineEdit(self)
        if spec.placeholder:
            self.edit.setPlaceholderText(tr_spec(spec.placeholder))
        self.completer = QCompleter(self.names, self)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(self.completer)
        self.add_button = QPushButton(self.tr("Add to the case's organisations"), self)
        self.add_button.hide()
        self.add_organisation: Callable[[str], object] | None = None
        column = QVBoxLayout(self)  # the button below: room for long translations
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.edit)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.edit.textEdited.connect(self._typed)
        self.completer.activated.connect(self._typed)
        self.add_button.clicked.connect(self._add)
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Down in the empty (or unmatched) field shows every organisation of the case."""
        popup = self.completer.popup()
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not (popup is not None and popup.isVisible())
        ):
            self.completer.setCompletionPrefix("")
            self.completer.complete()
            return True
        return super().eventFilter(watched, event)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        self.edit.setAccessibleName(name)
        super().setAccessibleName(name)

    def choices(self) -> list[str]:
        return list(self.names.stringList())

    def set_choices(self, names: list[str]) -> None:
        """The organisations of the case (the text shown stays as it is)."""
        self.names.setStringList([n for n in names if n.strip()])
        self._show_add()

    def _match(self, text: str) -> str | None:
        folded = text.strip().casefold()
        return next((n for n in self.choices() if n.casefold() == folded), None)

    def _show_add(self) -> None:
        text = self.edit.text().strip()
        self.add_button.setVisible(
            bool(text) and self._match(text) is None and self.add_organisation is not None
        )

    def _typed(self, _text: str) -> None:
        self._show_add()
        self.edited.emit()

    def _add(self) -> None:
        text = self.edit.text().strip()
        if text and self.add_organisation is not None and self._match(text) is None:
            self.add_organisation(text)
        self._show_add()

    def value(self) -> Any:
        text = self.edit.text().strip()
        return self._match(text) or text  # spelt as in the case

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value or ""))  # also drops the undo history
        self._show_add()

    def clear_value(self) -> None:
        self.set_value("")

    def focus_chain(self) -> list[QWidget]:
        return [self.edit, self.add_button]

    def problems(self) -> list[str]:
        return []


register_kind("organisation_pick", OrganisationPickField)

PERSON_FIELDS = [
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("forms", "Name"),
        placeholder=QT_TRANSLATE_NOOP("forms", "Full name"),
    ),
    FieldSpec(
        "aliases",
        QT_TRANSLATE_NOOP("forms", "Other names"),
        "list",
        lines=3,
        private=True,
        help=QT_TRANSLATE_NOOP(
            "forms",
            "Other spellings and scripts, short forms, nicknames, maiden names, social media "
            "handles. Unless the person is named, none of them appears in an appeal.",
        ),
    ),
    FieldSpec("pseudonym", QT_TRANSLATE_NOOP("forms", "Pseudonym")),
    FieldSpec(
        "consent",
        QT_TRANSLATE_NOOP("forms", "Publication consent"),
        "choice",
        vocab.CONSENT,
        help=QT_TRANSLATE_NOOP("forms", "How this person agreed to appear in anything published."),
    ),
    FieldSpec(
        "anonymous_description",
        QT_TRANSLATE_NOOP("forms", "Description when anonymous"),
        placeholder=QT_TRANSLATE_NOOP("forms", "For example: a young woman activist"),
    ),
    FieldSpec("risk", QT_TRANSLATE_NOOP("forms", "Risk"), "choice", vocab.RISK),
    FieldSpec("organisation", QT_TRANSLATE_NOOP("forms", "Organisation"), "organisation_pick"),
    FieldSpec("role", QT_TRANSLATE_NOOP("forms", "Role")),
    FieldSpec("gender", QT_TRANSLATE_NOOP("forms", "Gender or pronouns")),
    FieldSpec(
        "profile",
        QT_TRANSLATE_NOOP("forms", "Public profile"),
        "multiline",
        lines=4,
        placeholder=QT_TRANSLATE_NOOP("forms", "About the defender, as it may appear in an appeal"),
    ),
    FieldSpec("age", QT_TRANSLATE_NOOP("forms", "Age"), private=True),
    FieldSpec(
        "residence",
        QT_TRANSLATE_NOOP("forms", "Place of residence"),
        private=True,
        placeholder=QT_TRANSLATE_NOOP("forms", "Town or region"),
    ),
    FieldSpec(
        "un_consent",
        QT_TRANSLATE_NOOP("forms", "UN communications"),
        "unconsent",
        help=QT_TRANSLATE_NOOP(
            "forms",
            "Asked of a victim before a UN submission: the UN does not act on anonymous "
            "communications.",
        ),
    ),
    FieldSpec("contact", QT_TRANSLATE_NOOP("forms", "Contact"), private=True),
    FieldSpec(
        "contacts",
        QT_TRANSLATE_NOOP("forms", "Contact details"),
        "list",
        lines=3,
        private=True,
        help=QT_TRANSLATE_NOOP(
            "forms",
            "Phones, e-mail addresses, messenger handles, home address: one per line. They "
            "are removed from every appeal, in any notation.",
        ),
    ),
    FieldSpec(
        "private_notes",
        QT_TRANSLATE_NOOP("forms", "Private notes"),
        "multiline",
        lines=4,
        private=True,
    ),
]

ORGANISATION_FIELDS = [
    FieldSpec("name", QT_TRANSLATE_NOOP("forms", "Name"), required=True),
    FieldSpec("kind", QT_TRANSLATE_NOOP("forms", "Kind"), "choice", vocab.ORG_KIND),
    FieldSpec("description", QT_TRANSLATE_NOOP("forms", "Description"), "multiline", lines=4),
]


def _people_model(parent: QWidget) -> ObjectTableModel:
    return ObjectTableModel(
        [
            Column(QT_TRANSLATE_NOOP("models", "Name"), lambda p: p.display_name()),
            Column(
                QT_TRANSLATE_NOOP("models", "Consent"),
                lambda p: vocab.label(vocab.CONSENT, p.consent, ui_lang()),
                colour=lambda p: CONSENT_COLOURS.get(p.consent),
            ),
            Column(
                QT_TRANSLATE_NOOP("models", "Risk"),
                lambda p: vocab.label(vocab.RISK, p.risk, ui_lang()),
                sort=lambda p: list(vocab.RISK).index(p.risk) if p.risk in vocab.RISK else -1,
                colour=lambda p: RISK_COLOURS.get(p.risk),
            ),
            Column(QT_TRANSLATE_NOOP("models", "Organisation"), lambda p: p.organisation),
            Column(QT_TRANSLATE_NOOP("models", "Role"), lambda p: p.role),
        ],
        parent,
        problem=lambda p: bool(validate_person(p)),
    )


def _organisations_model(parent: QWidget) -> ObjectTableModel:
    return ObjectTableModel(
        [
            Column(QT_TRANSLATE_NOOP("models", "Name"), lambda o: o.name),
            Column(
                QT_TRANSLATE_NOOP("models", "Kind"),
                lambda o: vocab.label(vocab.ORG_KIND, o.kind, ui_lang()),
            ),
        ],
        parent,
        problem=lambda o: bool(validate_organisation(o)),
    )


class Badges(QWidget):
    """Consent and risk of the selected person, in colour and in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person: Person | None = None
        self.consent = QLabel(self)
        self.risk = QLabel(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.consent)
        row.addWidget(self.risk)
        row.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.show_person(self._person)
        super().changeEvent(event)

    def show_person(self, person: Person | None) -> None:
        self._person = person
        if person is None:
            self.consent.setText("")
            self.risk.setText("")
            return
        lang = ui_lang()
        consent = vocab.label(vocab.CONSENT, person.consent, lang)
        risk = vocab.label(vocab.RISK, person.risk, lang)
        self._paint(
            self.consent,
            self.tr("Publication: {0}").format(consent),
            CONSENT_COLOURS.get(person.consent),
        )
        self._paint(self.risk, self.tr("Risk: {0}").format(risk), RISK_COLOURS.get(person.risk))

    @staticmethod
    def _paint(label: QLabel, text: str, colour: str | None) -> None:
        label.setText(text)
        label.setAccessibleName(text)
        label.setStyleSheet(
            f"background: {colour or '#eeeeee'}; color: #1a1a1a; border-radius: 4px;"
            " padding: 4px 10px; font-weight: bold;"
        )


class PartiesTab(QWidget):
    edited = Signal()
    parties_changed = Signal()  # added, removed or renamed: event editors list them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self.badges = Badges()
        self.person_form = FormPage(PERSON_FIELDS, validator=validate_person, prefix="person")
        self.people = MasterDetail(
            _people_model(self),
            self.person_form,
            new_item=lambda: Person(""),
            texts={
                "filter": self.tr("Filter people"),
                "table": self.tr("People"),
                "add": self.tr("Add person"),
                "remove": self.tr("Remove person"),
                "empty": self.tr("No person chosen. Add one or choose one in the list."),
            },
            confirm_remove=self._confirm_remove,
            above_form=self.badges,
        )
        self.organisation_form = FormPage(
            ORGANISATION_FIELDS, validator=validate_organisation, prefix="organisation"
        )
        self.organisations = MasterDetail(
            _organisations_model(self),
            self.organisation_form,
            new_item=lambda: Organisation(""),
            texts={
                "filter": self.tr("Filter organisations"),
                "table": self.tr("Organisations"),
                "add": self.tr("Add organisation"),
                "remove": self.tr("Remove organisation"),
                "empty": self.tr("No organisation chosen."),
            },
            confirm_remove=self._confirm_remove,
        )
        self._layout()
        for section in (self.people, self.organisations):
            section.edited.connect(self.edited)
            section.edited.connect(self.parties_changed)
            section.removed.connect(self._forget_party)
        self.organisation_pick: OrganisationPickField = self.person_form.field("organisation")  # type: ignore[assignment]
        self.organisation_pick.add_organisation = self.add_organisation
        self.parties_changed.connect(self._organisation_choices)
        self.people.current_changed.connect(self.badges.show_person)
        self.person_form.edited.connect(lambda: self.badges.show_person(self.people.current()))

    def _layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for title, section, stretch in (
            (self.tr("People"), self.people, 3),
            (self.tr("Organisations"), self.organisations, 2),
        ):
            box = QGroupBox(title, splitter)
            inner = QVBoxLayout(box)
            inner.addWidget(section)
            splitter.addWidget(box)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _organisation_choices(self) -> None:
        names = [o.name for o in self._case.organisations] if self._case else []
        self.organisation_pick.set_choices(names)

    def add_organisation(self, name: str) -> Organisation:
        """A new organisation of the case (from a person's organisation field); the
        person's form keeps the focus."""
        organisation = Organisation(name, kind="defenders_group")
        self.organisations.model.append(organisation)
        self.edited.emit()
        self.parties_changed.emit()
        return organisation

    def add_person(self, name: str) -> Person:
        """A new person of the case named `name` (from an event's participant field);
        anonymous until the user says otherwise in the person's form."""
        person = Person(name)
        self.people.model.append(person)
        self.edited.emit()
        self.parties_changed.emit()
        return person

    def _confirm_remove(self, party: Any) -> str | None:
        if self._case is None:
            return None
        n = sum(any(i.ref == party.id for i in e.involved) for e in self._case.events)
        if not n:
            return None
        name = party.display_name() if isinstance(party, Person) else party.name
        text = self.tr("%n event(s) name {0}. Remove them from those events too?", "", n)
        return text.format(name)

    def _forget_party(self, party: Any) -> None:
        for event in self._case.events if self._case else []:
            event.involved = [i for i in event.involved if i.ref != party.id]

    def load(self, case: Case) -> None:
        self._case = case
        self._organisation_choices()
        self.people.load(case.people)
        self.organisations.load(case.organisations)

    def show_errors(self, errors: list[FieldError]) -> bool:
        shown = self.people.show_item_errors(errors, lambda i: f"people[{i}]")
        shown = (
            self.organisations.show_item_errors(errors, lambda i: f"organisations[{i}]") or shown
        )
        return shown

    def focus_first_error(self) -> None:
        section = self.people if self.person_form.has_errors() else self.organisations
        section.focus_first_error()

    def clear(self) -> None:
        self._case = None
        self.organisation_pick.set_choices([])
        self.people.clear()
        self.organisations.clear()
        self.badges.show_person(None)
