"""Declared forms, item models, keyboard use and clearing of the case editor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from casebook.domain.model import Case, Involvement, Person
from casebook.domain.validation import FieldError
from casebook.services.cases import get_case, save_case
from casebook.ui.editor_events import InvolvementsField
from casebook.ui.editor_evidence_view import custody_model, evidence_model, metadata_model
from casebook.ui.editor_models import SORT_ROLE, make_proxy
from casebook.ui.forms import QT_TRANSLATE_NOOP, FieldSpec, FormPage
from tests import editor_support

demo = editor_support.demo
editor = editor_support.editor


# --- the forms machinery ----------------------------------------------------------------


@dataclass
class Note:
    heading: str = ""
    body: str = ""
    kind: str = "a"
    words: list[str] = field(default_factory=list)


VOCAB = {"a": {"en": "Alpha"}, "b": {"en": "Beta"}}


def _note_errors(note: Note) -> list[FieldError]:
    return [FieldError("note.body", "is too short")] if len(note.body) < 3 else []


def test_a_page_is_built_from_declarations_and_loads_validates_saves(qtbot) -> None:
    specs = [
        FieldSpec("heading", QT_TRANSLATE_NOOP("forms", "Heading"), required=True),
        FieldSpec("body", QT_TRANSLATE_NOOP("forms", "Body"), "multiline"),
        FieldSpec("kind", QT_TRANSLATE_NOOP("forms", "Kind"), "choice", VOCAB),
        FieldSpec("words", QT_TRANSLATE_NOOP("forms", "Words"), "tags"),
    ]
    page = FormPage(specs, validator=_note_errors, prefix="note", live=False)
    qtbot.addWidget(page)
    note = Note("Old", "Some text", "b", ["x", "y"])
    page.load(note)
    assert page.field("heading").text() == "Old"
    assert page.field("kind").currentText() == "Beta"
    assert page.field("words").text() == "x, y"
    page.field("heading").set_value("")
    page.field("body").set_value("ab")
    errors = page.validate()
    assert {(e.path, e.message) for e in errors} == {
        ("body", "is too short"),
        ("heading", "is required"),
    }
    assert page.error_label("body").text() == "Body is too short"
    assert page.error_label("heading").text() == "Heading is required"
    assert note.heading == "Old"  # validate() never writes
    page.field("heading").set_value("New")
    page.field("body").set_value("Long enough")
    assert page.validate() == []
    assert page.save() is note
    assert (note.heading, note.body, note.kind, note.words) == (
        "New",
        "Long enough",
        "b",
        ["x", "y"],
    )
    assert page.label("heading").buddy() is page.field("heading")
    assert page.field("heading").accessibleName() == "Heading"
    assert "Required." in page.field("heading").accessibleDescription()


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown field kind 'colour' for 'x'"):
        FormPage([FieldSpec("x", "X", "colour")])


def test_every_label_of_the_editor_forms_is_the_buddy_of_its_input(editor) -> None:
    forms = [editor.overview.form, editor.parties.person_form]
    forms += [editor.parties.organisation_form, editor.events.form]
    for form in forms:
        for spec in form.specs:
            first = form.field(spec.name).focus_chain()[0]
            assert form.label(spec.name).buddy() is first, spec.name
            assert form.field(spec.name).accessibleName(), spec.name


def test_private_fields_say_they_are_private(editor) -> None:
    form = editor.parties.person_form
    for name in ("private_notes", "contact"):
        assert "never published" in form.label(name).text()
        assert "Private: never published." in form.field(name).accessibleDescription()
    assert "never published" not in form.label("profile").text()


def test_no_format_inside_tr_in_editor_modules() -> None:
    root = Path(__file__).resolve().parents[1] / "casebook" / "ui"
    files = [root / "case_editor.py", root / "forms.py", *root.glob("editor_*.py")]
    pattern = re.compile(r"\btr\((?:[^()]|\([^()]*\))*\.format\(", re.S)
    offenders = [f.name for f in files if pattern.search(f.read_text("utf-8"))]
    assert offenders == []


# --- models -------------------------------------------------------------------------------


def test_editor_models_pass_the_model_tester(qtmodeltester, editor, demo) -> None:
    editor.load_case(demo[0].id)
    models = [
        editor.parties.people.model,
        editor.parties.organisations.model,
        editor.events.timeline.model,
        editor.events.involvements.model,
        editor.parties.people.proxy,
        editor.events.timeline.proxy,
    ]
    for model in models:
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_evidence_models_pass_the_model_tester(qtmodeltester) -> None:
    @dataclass
    class Item:
        id: str
        original_name: str
        media_type: str
        size: int
        sha256: str
        imported_at: str

    @dataclass
    class Entry:
        seq: int
        time: str
        action: str
        actor: str
        details: dict[str, str]

    items = [
        Item("1", "photo.jpg", "image/jpeg", 123_456, "ab" * 32, "2024-10-09T11:00:00Z"),
        Item("2", "report.pdf", "application/pdf", 99, "cd" * 32, "2024-10-10T09:00:00Z"),
    ]
    evidence = evidence_model(None)
    evidence.set_items(items)
    custody = custody_model(None)
    custody.set_items([Entry(1, "2024-10-09T11:00:00Z", "imported", "me", {"name": "photo.jpg"})])
    metadata = metadata_model(None)
    metadata.set_items([("camera", "Phone"), ("width", 4000)])
    for model in (evidence, custody, metadata, make_proxy(evidence)):
        qtmodeltester.check(model, force_py=True)
    assert evidence.index(0, 3).data() == "ab" * 6  # short hash
    assert custody.index(0, 4).data() == "name: photo.jpg"
    proxy = make_proxy(evidence)
    proxy.sort(2)  # by size, as numbers
    assert proxy.index(0, 0).data() == "report.pdf"
    assert evidence.index(0, 2).data(SORT_ROLE) == 123_456


def test_consent_and_risk_are_coloured_and_worded(editor, demo) -> None:
    editor.load_case(demo[0].id)
    model = editor.parties.people.model
    consent = model.index(1, 1)
    assert consent.data() == "Pseudonym only"
    assert consent.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 2).data() == "High"
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is None


def test_involvement_of_a_removed_party_is_flagged(qtbot, qtmodeltester) -> None:
    spec = FieldSpec("involved", "Who", "involvements")
    widget = InvolvementsField(spec)
    qtbot.addWidget(widget)
    person = Person("Ana")
    widget.set_parties([(person.id, "Ana")])
    widget.set_value([Involvement(person.id, "victim"), Involvement("gone", "witness")])
    assert widget.model.index(0, 0).data() == "Ana"
    assert widget.model.index(1, 0).data() == "(no longer in this case)"
    assert widget.model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    qtmodeltester.check(widget.model, force_py=True)


# --- keyboard -----------------------------------------------------------------------------


def test_keyboard_only_walk_through_the_overview(qtbot, editor, vault) -> None:
    case = Case(title="Draft")
    save_case(vault, case)
    editor.load_case(case.id)
    form = editor.overview.form
    editor.activateWindow()
    title = form.field("title")
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    visited: list[QWidget] = []

    def tab() -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())

    title.selectAll()
    qtbot.keyClicks(title, "Keyboard case")
    tab()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # status: open -> monitoring
    tab()
    qtbot.keyClicks(QApplication.focusWidget(), "KZ")  # country
    tab()
    qtbot.keyClicks(QApplication.focusWidget(), "Almaty")  # location
    tab()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # sensitivity -> partners
    tab()
    qtbot.keyClicks(QApplication.focusWidget(), "Typed summary")  # Tab must leave it
    tab()
    qtbot.keyClicks(QApplication.focusWidget(), "Typed background")
    tab()
    qtbot.keyClicks(QApplication.focusWidget(), "one, two")  # tags
    tab()  # demands list
    tab()  # its Add button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClicks(QApplication.focusWidget(), "First demand")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    demands = form.field("demands")
    qtbot.waitUntil(lambda: demands.value() == ["First demand"])
    chain = form.focus_chain()
    assert visited == chain[1:10]  # title, then every field in the declared order
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = get_case(vault, case.id)
    assert (stored.title, stored.status, stored.country) == ("Keyboard case", "monitoring", "KZ")
    assert (stored.location, stored.sensitivity) == ("Almaty", "partners")
    assert (stored.summary, stored.background) == ("Typed summary", "Typed background")
    assert stored.tags == ["one", "two"] and stored.demands == ["First demand"]


def test_keyboard_only_event_entry(qtbot, editor, demo, vault) -> None:
    case = demo[3]  # one person, one organisation
    editor.load_case(case.id)
    editor.tabs.setCurrentWidget(editor.events)
    editor.activateWindow()
    timeline = editor.events.timeline
    timeline.filter.setFocus()
    qtbot.waitUntil(timeline.filter.hasFocus)

    def tab() -> QWidget:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    assert tab() is timeline.table
    assert tab() is timeline.add_button
    qtbot.keyClick(timeline.add_button, Qt.Key.Key_Space)  # a new event, focus on its date
    form = editor.events.form
    date_field = form.field("date")
    assert QApplication.focusWidget() is date_field.precision
    assert tab() is date_field.start  # the end date is hidden for a single day
    qtbot.keyClicks(date_field.start, "20240621")  # year, month, day: each full one moves on
    assert tab() is form.field("time")
    qtbot.keyClicks(form.field("time"), "08:15")
    assert tab() is form.field("type")
    assert tab() is form.field("place")
    qtbot.keyClicks(form.field("place"), "Karaganda")
    assert tab() is form.field("description")
    qtbot.keyClicks(form.field("description"), "Typed without a mouse")
    involved = editor.events.involvements
    assert tab() is involved.view
    assert tab() is involved.party
    assert tab() is involved.role
    assert tab() is involved.add_button
    qtbot.keyClick(involved.add_button, Qt.Key.Key_Space)
    qtbot.keyClick(involved.add_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = get_case(vault, case.id)
    new = next(e for e in stored.events if e.description == "Typed without a mouse")
    assert (new.date.text(), new.time, new.place) == ("2024-06-21", "08:15", "Karaganda")
    assert [(i.ref, i.role) for i in new.involved] == [(case.people[0].id, "victim")]
