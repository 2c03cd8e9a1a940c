"""Participants of an event: type-ahead over the people and organisations of the case,
"add new" in the same field, the role chosen by keyboard, Delete removes one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests import editor_support
from tests.ui_support import type_into

demo = editor_support.demo
editor = editor_support.editor


def _event_involvements(editor, demo):
    case = demo[0]
    editor.load_case(case.id)
    editor.tabs.setCurrentWidget(editor.events)
    timeline = editor.events.timeline
    timeline.select(timeline.model.item(0))
    return editor.events.involvements, editor.events.timeline.current()


def _names(editor, event) -> list[tuple[str, str]]:
    case = editor._case
    return [(getattr(case.party(i.ref), "name", "?"), i.role) for i in event.involved]


def test_part_of_a_name_and_enter_adds_that_person(qtbot, editor, demo) -> None:
    inv, event = _event_involvements(editor, demo)
    person = editor._case.people[0]
    inv.model.set_items([])
    part = person.name.split()[-1][:4]
    type_into(qtbot, inv.party_edit, part)
    qtbot.keyClick(inv.party_edit, Qt.Key.Key_Return)
    assert [(i.ref, i.role) for i in inv.value()] == [(person.id, "victim")]


def test_role_by_keyboard_and_enter_on_the_role(qtbot, editor, demo) -> None:
    inv, _event = _event_involvements(editor, demo)
    org = editor._case.organisations[0]
    inv.model.set_items([])
    type_into(qtbot, inv.party_edit, org.name)
    inv.role.setFocus()
    qtbot.keyClick(inv.role, Qt.Key.Key_Down)  # victim -> perpetrator
    qtbot.keyClick(inv.role, Qt.Key.Key_Return)
    assert [(i.ref, i.role) for i in inv.value()] == [(org.id, "perpetrator")]


def test_a_new_name_is_added_to_the_case_as_a_new_person(qtbot, editor, demo) -> None:
    inv, event = _event_involvements(editor, demo)
    before = len(editor._case.people)
    type_into(qtbot, inv.party_edit, "Witness Newname")
    assert inv.add_button.text() == "Add new person"
    qtbot.keyClick(inv.party_edit, Qt.Key.Key_Return)
    assert len(editor._case.people) == before + 1
    new = editor._case.people[-1]
    assert new.name == "Witness Newname" and new.consent == "anonymous"
    assert ("Witness Newname", "victim") in _names(editor, event)
    assert editor.parties.people.model.row_of(new) >= 0  # listed on the People tab
    assert inv.party.findData(new.id) >= 0  # and offered for the next event
    assert editor.save(), editor.message.text()


def test_delete_removes_the_selected_participant(qtbot, editor, demo) -> None:
    inv, event = _event_involvements(editor, demo)
    count = inv.model.rowCount()
    assert count >= 1
    inv.view.setFocus()
    inv.view.setCurrentIndex(inv.model.index(0, 0))
    qtbot.keyClick(inv.view, Qt.Key.Key_Delete)
    assert inv.model.rowCount() == count - 1 and len(event.involved) == count - 1
    assert editor.is_dirty()


def test_a_persons_organisation_is_picked_from_the_case(qtbot, editor, demo) -> None:
    editor.load_case(demo[0].id)
    parties = editor.parties
    editor.tabs.setCurrentWidget(parties)
    parties.people.select(parties.people.model.item(0))
    pick = parties.person_form.field("organisation")
    names = [o.name for o in editor._case.organisations]
    assert pick.choices() == names
    type_into(qtbot, pick.edit, names[0][:5].lower())  # part of it, in other letters
    popup = pick.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert pick.value() == names[0]
    assert editor.parties.people.current().organisation == names[0]


def test_a_new_organisation_typed_for_a_person_can_be_added_to_the_case(
    qtbot, editor, demo
) -> None:
    editor.load_case(demo[0].id)
    parties = editor.parties
    editor.tabs.setCurrentWidget(parties)
    parties.people.select(parties.people.model.item(0))
    pick = parties.person_form.field("organisation")
    type_into(qtbot, pick.edit, "Feminita Collective")
    assert pick.add_button.isVisible()
    pick.add_button.click()
    assert editor._case.organisations[-1].name == "Feminita Collective"
    assert not pick.add_button.isVisible()
    assert parties.people.current().organisation == "Feminita Collective"
    assert editor.events.involvements.party.findText("Feminita Collective") >= 0
