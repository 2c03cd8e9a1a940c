"""Clearing the case editor (on lock) and what other parts of the application plug in."""

from __future__ import annotations

import importlib.machinery
import sys
import types

import pytest
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from casebook.domain.model import Case, Event, EventDate
from casebook.services.cases import get_case, save_case
from casebook.ui import i18n
from casebook.ui.case_editor import CaseEditor
from casebook.vault.errors import NotFound
from tests import editor_support
from tests.editor_support import shown_texts

demo = editor_support.demo
editor = editor_support.editor


# --- clearing -----------------------------------------------------------------------------

MARKER = "Zq7Marker"


def _case_strings(case: Case) -> set[str]:
    texts = [case.title, case.summary, case.background, case.location, *case.tags, *case.demands]
    for p in case.people:
        texts += [p.name, p.pseudonym, p.profile, p.private_notes, p.organisation, p.contact]
    for o in case.organisations:
        texts += [o.name, o.description]
    for e in case.events:
        texts += [e.place, e.description]
    return {t for t in texts if len(t) >= 8} | {MARKER}


def test_clear_leaves_no_case_text_in_any_widget(qtbot, editor, demo) -> None:
    case = demo[0]
    editor.load_case(case.id)
    # Type a marker into fields of every tab, open rows, use the filters.
    qtbot.keyClicks(editor.overview.form.field("location"), MARKER)
    qtbot.keyClicks(editor.overview.form.field("summary"), MARKER)
    editor.tabs.setCurrentWidget(editor.parties)
    qtbot.keyClicks(editor.parties.person_form.field("private_notes"), MARKER)
    qtbot.keyClicks(editor.parties.people.filter, "Aig")
    editor.tabs.setCurrentWidget(editor.events)
    qtbot.keyClicks(editor.events.form.field("place"), MARKER)
    assert editor.save()
    shown = "\n".join(shown_texts(editor))
    assert MARKER in shown and case.title in shown  # the walk does see case text

    editor.clear()
    shown = "\n".join(shown_texts(editor, cleared=True))
    leaks = sorted(s for s in _case_strings(case) if s in shown)
    assert leaks == []
    assert not editor.is_dirty() and editor.case_id() is None
    assert editor.stack.currentWidget() is editor.empty


def test_clear_drops_unsaved_edits_and_signals_clean(qtbot, editor, demo) -> None:
    editor.load_case(demo[0].id)
    qtbot.keyClicks(editor.overview.form.field("location"), "x")
    seen: list[bool] = []
    editor.dirtyChanged.connect(seen.append)
    editor.clear()
    assert seen == [False] and not editor.is_dirty()
    assert not editor.save() and editor.save_if_valid()  # nothing shown, nothing to save


def test_a_missing_case_is_reported_and_raised(editor, demo) -> None:
    editor.load_case(demo[0].id)
    with pytest.raises(NotFound):
        editor.load_case("00000000-0000-0000-0000-000000000000")
    assert editor.stack.currentWidget() is editor.empty
    assert "no case with id" in editor.empty.text()


def test_event_date_precision_is_kept(qtbot, editor, vault) -> None:
    case = Case(title="Dates", events=[Event(EventDate.parse("2023"), "fine")])
    save_case(vault, case)
    editor.load_case(case.id)
    date_field = editor.events.form.field("date")
    assert date_field.precision.currentData() == "year"
    assert date_field.start.displayFormat() == "yyyy"
    assert not date_field.end.isVisibleTo(date_field)
    date_field.precision.setCurrentIndex(date_field.precision.findData("range"))
    assert date_field.end.isVisibleTo(date_field)
    assert date_field.end.minimumDate() == date_field.start.date()
    assert editor.save()
    assert get_case(vault, case.id).events[0].date.text() == "2023-01-01/2023-01-01"


# --- what other parts of the application plug in ------------------------------------------


def _fake_module(monkeypatch, name: str, **attrs) -> None:
    module = types.ModuleType(name)
    module.__spec__ = importlib.machinery.ModuleSpec(name, None)
    module.__dict__.update(attrs)
    monkeypatch.setitem(sys.modules, name, module)


def test_vocabulary_labels_follow_the_interface_language(qtbot, monkeypatch, vault, demo):
    monkeypatch.setattr(i18n, "_lang", "ru")
    ed = CaseEditor()
    qtbot.addWidget(ed)
    ed.set_vault(vault)
    ed.load_case(demo[0].id)
    assert ed.overview.form.field("status").currentText() == "Открыто"
    assert ed.overview.form.field("country").currentText() == "Казахстан (KZ)"
    assert ed.parties.people.model.index(0, 1).data() == "Под именем"


def test_the_appeals_tab_is_embedded_when_it_exists(qtbot, monkeypatch, vault, demo) -> None:
    calls: list[tuple[str, object]] = []

    class FakeAppealsTab(QWidget):
        def set_vault(self, v) -> None:
            calls.append(("set_vault", v))

        def load_case(self, case_id: str) -> None:
            calls.append(("load_case", case_id))

        def clear(self) -> None:
            calls.append(("clear", None))

    _fake_module(monkeypatch, "casebook.ui.appeals_tab", AppealsTab=lambda parent: FakeAppealsTab())
    ed = CaseEditor()
    qtbot.addWidget(ed)
    assert ed.tabs.tabText(ed.tabs.indexOf(ed.appeals)) == "Appeals"
    ed.set_vault(vault)
    ed.load_case(demo[0].id)
    ed.new_case()
    assert not ed.tabs.isTabEnabled(ed.tabs.indexOf(ed.appeals))
    ed.overview.form.field("title").set_value("Appeal me")
    ed.overview.form.save()
    assert ed.save()
    assert ed.tabs.isTabEnabled(ed.tabs.indexOf(ed.appeals))
    new_id = ed.case_id()
    ed.overview.form.field("location").set_value("Taraz")
    ed.overview.form.save()
    assert ed.save()  # the appeal is built from the stored case: shown again after a save
    ed.clear()
    assert calls == [
        ("set_vault", vault),
        ("load_case", demo[0].id),
        ("clear", None),
        ("load_case", new_id),
        ("load_case", new_id),
        ("clear", None),
    ]


def test_without_an_appeals_module_a_placeholder_says_so(qtbot, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "casebook.ui.appeals_tab", None)  # as if not there
    ed = CaseEditor()
    qtbot.addWidget(ed)
    assert ed.appeals is None
    assert ed.tabs.tabText(4) == "Appeals"
    assert ed.tabs.widget(4).text() == "Appeals will appear here."


def test_clear_closes_open_questions_that_name_people(qtbot, editor, demo) -> None:
    editor.load_case(demo[0].id)
    people = editor.parties.people
    people.select(people.model.item(0))
    people.remove_button.click()
    box = editor.findChild(QMessageBox)
    assert box.isVisible() and "Aigerim" in box.text()
    editor.clear()
    assert not box.isVisible()
    assert editor.findChildren(QMessageBox) == []
    assert "Aigerim" not in "\n".join(shown_texts(editor, cleared=True))
