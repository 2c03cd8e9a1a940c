"""The People and organisations tab.

Consent and risk decide what may ever be published about a person, so they are shown
as coloured badges with words (never colour alone), in the table and above the form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from casebook.domain import vocab
from casebook.domain.model import Case, Organisation, Person
from casebook.domain.validation import FieldError, validate_organisation, validate_person
from casebook.ui import outreach_fields  # noqa: F401 - registers the "unconsent" kind
from casebook.ui.editor_fields import ui_lang
from casebook.ui.editor_master import MasterDetail
from casebook.ui.editor_models import CONSENT_COLOURS, RISK_COLOURS, Column, ObjectTableModel
from casebook.ui.forms import QT_TRANSLATE_NOOP, FieldSpec, FormPage

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
    FieldSpec("organisation", QT_TRANSLATE_NOOP("forms", "Organisation")),
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
        self.people.clear()
        self.organisations.clear()
        self.badges.show_person(None)
