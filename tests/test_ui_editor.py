"""The case editor: load, edit, validate, save and reload, dirty tracking, clear on lock."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from casebook.domain.model import Case
from casebook.services.cases import get_case, save_case
from casebook.services.changes import Changes
from tests import editor_support
from tests.ui_support import type_into

demo = editor_support.demo
editor = editor_support.editor


def choose(combo, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def test_loads_a_demo_case_into_every_tab(editor, demo) -> None:
    case = demo[0]
    editor.load_case(case.id)
    form = editor.overview.form
    assert form.field("title").text() == case.title
    assert form.field("status").currentData() == "open"
    assert form.field("country").currentText() == "Kazakhstan (KZ)"
    assert form.field("country").value() == "KZ"
    assert form.field("summary").toPlainText() == case.summary
    assert form.field("tags").text() == "event disruption, anti-gender groups, police"
    assert form.field("demands").value() == case.demands
    assert editor.parties.people.model.rowCount() == 2
    assert editor.parties.organisations.model.rowCount() == 2
    assert editor.events.timeline.model.rowCount() == 3
    # The timeline is chronological: 11:00 before 12:15 on the same day, then the next day.
    proxy = editor.events.timeline.proxy
    rows = [(proxy.index(r, 0).data(), proxy.index(r, 1).data()) for r in range(3)]
    assert rows == [("2024-10-09", "11:00"), ("2024-10-09", "12:15"), ("2024-10-10", "")]
    assert not editor.is_dirty()
    assert editor.case_id() == case.id


def test_edits_are_saved_and_found_again_after_reload(qtbot, editor, demo, vault) -> None:
    case = demo[1]
    editor.load_case(case.id)
    form = editor.overview.form
    type_into(qtbot, form.field("title"), "Two activists detained in Astana")
    choose(form.field("status"), "closed")
    type_into(qtbot, form.field("country").lineEdit(), "Kyrgyzstan")
    type_into(qtbot, form.field("location"), "Bishkek")
    choose(form.field("sensitivity"), "public")
    type_into(qtbot, form.field("summary"), "New summary.")
    type_into(qtbot, form.field("background"), "New background.")
    type_into(qtbot, form.field("tags"), "pickets, detention")
    with qtbot.waitSignal(editor.saved) as blocker:
        assert editor.save()
    assert blocker.args[0] == Changes(cases=True, case_ids=(case.id,))
    stored = get_case(vault, case.id)
    assert stored.title == "Two activists detained in Astana"
    assert (stored.status, stored.country, stored.location) == ("closed", "KG", "Bishkek")
    assert (stored.sensitivity, stored.summary) == ("public", "New summary.")
    assert stored.background == "New background."
    assert stored.tags == ["pickets", "detention"]
    # Untouched parts survive the save.
    assert [p.name for p in stored.people] == [p.name for p in case.people]
    assert len(stored.events) == len(case.events)


def test_demands_are_added_edited_and_reordered(qtbot, editor, demo, vault) -> None:
    case = demo[0]
    editor.load_case(case.id)
    demands = editor.overview.form.field("demands")
    demands.add_button.click()  # a new empty row, opened for editing
    qtbot.keyClicks(demands.view.focusWidget(), "Protect the organisers")
    qtbot.keyClick(demands.view.focusWidget(), Qt.Key.Key_Return)  # committed when idle
    qtbot.waitUntil(lambda: demands.value()[-1] == "Protect the organisers")
    demands.view.setCurrentIndex(demands.model.index(3))
    demands.up_button.click()
    demands.up_button.click()
    assert demands.value()[1] == "Protect the organisers"
    demands.view.setCurrentIndex(demands.model.index(0))
    demands.down_button.click()
    demands.down_button.click()
    demands.view.setCurrentIndex(demands.model.index(3))
    demands.remove_button.click()
    expected = ["Protect the organisers", case.demands[1], case.demands[0]]
    assert demands.value() == expected
    assert editor.is_dirty()
    assert editor.save()
    assert get_case(vault, case.id).demands == expected


def test_invalid_field_shows_message_next_to_it_and_save_is_refused(qtbot, editor, demo, vault):
    case = demo[0]
    editor.load_case(case.id)
    form = editor.overview.form
    type_into(qtbot, form.field("title"), "")
    type_into(qtbot, form.field("country").lineEdit(), "Atlantis")
    saved: list[object] = []
    editor.saved.connect(saved.append)
    assert not editor.save()
    assert saved == []
    title_error = form.error_label("title")
    assert title_error.isVisible() and title_error.text() == "Title is required"
    assert "Title is required" in form.field("title").accessibleDescription()
    assert "'Atlantis' is not an ISO 3166 country code" in form.error_label("country").text()
    # The message sits right under its field.
    field_box = form.field("title").parentWidget()
    assert title_error.parentWidget() is field_box
    assert title_error.geometry().top() >= form.field("title").geometry().bottom()
    assert not form.error_label("location").isVisible()
    assert "2 problem" in editor.message.text()
    assert get_case(vault, case.id).title == case.title  # nothing written
    assert editor.tabs.currentWidget() is editor.overview
    assert form.field("title").hasFocus()
    # Fixing the field removes its message at once; saving then works.
    type_into(qtbot, form.field("title"), "A better title")
    assert not title_error.isVisible()
    type_into(qtbot, form.field("country").lineEdit(), "KZ")
    assert editor.save()
    assert get_case(vault, case.id).title == "A better title"


def test_person_error_is_shown_on_its_tab_and_row(qtbot, editor, demo) -> None:
    editor.load_case(demo[0].id)
    people = editor.parties.people
    people.select(people.model.item(1))
    choose(editor.parties.person_form.field("consent"), "pseudonym")
    type_into(qtbot, editor.parties.person_form.field("pseudonym"), "")
    people.select(people.model.item(0))  # look elsewhere before saving
    assert not editor.save()
    assert editor.tabs.currentWidget() is editor.parties
    assert people.current() is people.model.item(1)
    error = editor.parties.person_form.error_label("pseudonym")
    assert error.isVisible() and "consent is 'pseudonym' but none is given" in error.text().lower()
    # The row is flagged in the table too.
    assert people.model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert people.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None


def test_people_organisations_and_events_are_added_and_saved(qtbot, editor, vault) -> None:
    case = Case(title="Raid on a shelter")
    save_case(vault, case)
    editor.load_case(case.id)
    parties = editor.parties
    parties.people.add_button.click()
    pform = parties.person_form
    assert pform.field("name").hasFocus()
    qtbot.keyClicks(pform.field("name"), "Asel Nurlanovna")
    choose(pform.field("consent"), "pseudonym")
    qtbot.keyClicks(pform.field("pseudonym"), "A. N.")
    choose(pform.field("risk"), "critical")
    qtbot.keyClicks(pform.field("private_notes"), "Lives with her parents")
    assert "Pseudonym only" in parties.badges.consent.text()
    assert "Critical" in parties.badges.risk.text()
    parties.organisations.add_button.click()
    qtbot.keyClicks(parties.organisation_form.field("name"), "City police")
    choose(parties.organisation_form.field("kind"), "police")
    person, org = parties.people.model.item(0), parties.organisations.model.item(0)

    events = editor.events
    events.timeline.add_button.click()
    eform = events.form
    choose(eform.field("date").precision, "month")
    eform.field("date").start.setDate(QDate(2024, 5, 17))
    choose(eform.field("type"), "raid")
    qtbot.keyClicks(eform.field("place"), "Shelter, Almaty")
    qtbot.keyClicks(eform.field("description"), "Police searched the shelter.")
    inv = events.involvements
    choose(inv.party, org.id)
    choose(inv.role, "perpetrator")
    inv.add_button.click()
    choose(inv.party, person.id)
    choose(inv.role, "victim")
    inv.add_button.click()

    events.timeline.add_button.click()
    choose(eform.field("date").precision, "range")
    eform.field("date").start.setDate(QDate(2024, 5, 18))
    eform.field("date").end.setDate(QDate(2024, 5, 20))
    type_into(qtbot, eform.field("time"), "09:30")
    choose(eform.field("type"), "threats")
    choose(inv.party, person.id)
    choose(inv.role, "witness")
    inv.add_button.click()
    assert editor.save(), editor.message.text()

    stored = get_case(vault, case.id)
    assert [(p.name, p.pseudonym, p.consent, p.risk, p.private_notes) for p in stored.people] == [
        ("Asel Nurlanovna", "A. N.", "pseudonym", "critical", "Lives with her parents")
    ]
    assert [(o.name, o.kind) for o in stored.organisations] == [("City police", "police")]
    first, second = stored.events_in_order()
    assert (first.date.text(), first.type, first.place) == ("2024-05", "raid", "Shelter, Almaty")
    assert first.description == "Police searched the shelter."
    assert [(i.ref, i.role) for i in first.involved] == [
        (org.id, "perpetrator"),
        (person.id, "victim"),
    ]
    assert (second.date.text(), second.time, second.type) == (
        "2024-05-18/2024-05-20",
        "09:30",
        "threats",
    )
    assert [(i.ref, i.role) for i in second.involved] == [(person.id, "witness")]


def test_bad_time_is_refused_with_a_message_on_the_event(qtbot, editor, demo) -> None:
    editor.load_case(demo[0].id)
    timeline = editor.events.timeline
    timeline.select(timeline.model.item(2))
    type_into(qtbot, editor.events.form.field("time"), "25:99")
    assert not editor.save()
    assert editor.tabs.currentWidget() is editor.events
    assert timeline.current() is timeline.model.item(2)
    assert "is not a time like 14:30" in editor.events.form.error_label("time").text()


def test_removing_a_person_named_in_events_asks_and_removes_the_involvements(qtbot, editor, demo):
    case = demo[0]
    editor.load_case(case.id)
    people = editor.parties.people
    aigerim = people.model.item(0)
    people.select(aigerim)
    people.remove_button.click()
    box = editor.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert "3 event" in box.text() and "Aigerim Sadykova" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert aigerim not in editor.parties.people.model.items()
    working = editor.events.timeline.model.items()
    assert all(i.ref != aigerim.id for e in working for i in e.involved)
    assert editor.save()


def test_dirty_tracking_is_exact_and_signalled(qtbot, editor, demo) -> None:
    editor.load_case(demo[0].id)
    seen: list[bool] = []
    editor.dirtyChanged.connect(seen.append)
    location = editor.overview.form.field("location")
    qtbot.keyClicks(location, "X")
    assert editor.is_dirty() and seen == [True]
    qtbot.keyClick(location, Qt.Key.Key_Backspace)  # back to what was loaded
    assert not editor.is_dirty() and seen == [True, False]
    qtbot.keyClicks(location, "Y")
    assert editor.save()
    assert not editor.is_dirty() and seen == [True, False, True, False]
    editor.load_case(demo[1].id)  # loading is no edit
    assert seen == [True, False, True, False]


def test_ctrl_s_saves_from_inside_the_editor(qtbot, editor, demo, vault) -> None:
    editor.load_case(demo[0].id)
    location = editor.overview.form.field("location")
    qtbot.keyClicks(location, " centre")
    editor.activateWindow()
    qtbot.waitUntil(lambda: location.hasFocus() or editor.isActiveWindow())
    location.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(location, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_case(vault, demo[0].id).location == "Almaty centre"


def test_save_if_valid_saves_valid_edits_and_keeps_invalid_ones_out(qtbot, editor, demo, vault):
    case = demo[0]
    editor.load_case(case.id)
    assert editor.save_if_valid()  # nothing pending
    type_into(qtbot, editor.overview.form.field("location"), "Astana")
    assert editor.save_if_valid()
    assert get_case(vault, case.id).location == "Astana"
    assert not editor.is_dirty()
    type_into(qtbot, editor.overview.form.field("title"), "")
    type_into(qtbot, editor.overview.form.field("location"), "Shymkent")
    assert not editor.save_if_valid()
    assert get_case(vault, case.id).location == "Astana"
    assert editor.is_dirty()
    assert not editor.overview.form.error_label("title").isVisible()  # no noise before a lock


def test_new_case_is_stored_on_first_save(qtbot, editor, vault) -> None:
    editor.new_case()
    assert editor.case_id() is None and not editor.is_dirty()
    assert "Save the case first" in editor.evidence.note.text()
    title = editor.overview.form.field("title")
    assert title.hasFocus()
    qtbot.keyClicks(title, "Journalist's flat searched")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    case_id = editor.case_id()
    assert case_id is not None
    assert get_case(vault, case_id).title == "Journalist's flat searched"
    assert editor.evidence.note.text() == "" and editor.evidence.add_button.isEnabled()


def test_event_added_has_no_date_until_one_is_typed(editor, demo) -> None:
    editor.load_case(demo[0].id)
    editor.events.timeline.add_button.click()
    event = editor.events.timeline.current()
    field = editor.events.form.field("date")
    assert event.type == "other"
    assert field.start.text() == "" and field.problems()  # no silent "today"
    assert not editor.save()  # the missing date is named, nothing is stored
    assert "Date is required" in editor.events.form.error_label("date").text()
