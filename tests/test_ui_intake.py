"""New incident (quick intake) in the main window: the guided form, a scripted walk of
the detention case with counted key presses and clicks, against the full editor."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casebook.services.cases import get_case
from casebook.ui import tasks
from tests import ui_support, walk_support
from tests.test_evidence_support import image_bytes
from tests.walk_support import Walker

demo = ui_support.demo
gui = ui_support.gui
window = ui_support.window


def test_the_detention_case_through_new_incident(qtbot, window) -> None:
    walk = Walker(qtbot)
    case_id = walk_support.walk_new_incident(walk, window)
    case = get_case(window.vault, case_id)
    assert case.title == "Aliya Nurpeisova and D. O. detained in Almaty"
    assert [(p.name, p.consent, p.pseudonym) for p in case.people] == [
        ("Aliya Nurpeisova", "named", ""),
        ("Daniyar Omarov", "pseudonym", "D. O."),
        ("Galym Ageleuov", "named", ""),
    ]
    assert [(o.name, o.kind) for o in case.organisations] == [
        ("Almaty city police", "police"),
        ("Akimat of Almaty", "state_body"),
        ("Almalinsky district police department", "police"),
    ]
    arrest, hearing = case.events_in_order()
    assert (arrest.date.text(), arrest.time, arrest.type) == ("2025-03-03", "10:30", "arrest")
    assert (hearing.date.text(), hearing.type) == ("2025-03-04", "administrative_detention")
    assert "10 days" in hearing.description
    assert case.demands == walk_support.DEMANDS
    # The case opened in the editor, to refine.
    assert window.workspace.showing_editor() and window.workspace.current_id == case_id
    assert walk.counts.clicks == 0  # the form is done from the keyboard alone


def test_a_partial_date_or_a_name_not_added_keeps_the_form_open(qtbot, window) -> None:
    walk = Walker(qtbot)
    dialog = walk_support.open_incident(walk, window)
    walk.tab()
    walk.type("03.03")
    walk.tab(4)
    walk.type("Aliya")  # typed, but Enter not pressed
    walk.press(Qt.Key.Key_Return, walk_support.CTRL)
    assert dialog.isVisible()
    assert "four digits" in dialog.errors.text() and "Aliya" in dialog.errors.text()
    assert "four digits" in dialog.date_note.text()


def test_a_future_date_needs_confirmation(qtbot, window) -> None:
    walk = Walker(qtbot)
    dialog = walk_support.open_incident(walk, window)
    walk.tab()
    walk.type("03.03.2999")
    assert dialog.date_right.isVisible() and "future" in dialog.date_note.text()
    dialog.people.name.setFocus()
    walk.type("Aliya")
    walk.press(Qt.Key.Key_Return)
    walk.press(Qt.Key.Key_Return, walk_support.CTRL)
    assert dialog.isVisible() and "This date is right" in dialog.errors.text()
    dialog.date_right.setChecked(True)
    with qtbot.waitSignal(dialog.created):
        walk.press(Qt.Key.Key_Return, walk_support.CTRL)


def test_a_known_person_is_picked_with_the_consent_on_record(qtbot, window) -> None:
    walk = Walker(qtbot)
    people = walk_support.open_incident(walk, window).people
    people.name.setFocus()
    walk.type("Sadyk")  # part of the name of a person of another case
    popup = people.name.completer().popup()
    assert popup.isVisible()
    walk.press(Qt.Key.Key_Down)
    walk.press(Qt.Key.Key_Return)  # picked from the list and added, consent as on record
    [person] = people.people()
    assert "By name" in people.list.item(0).text()
    assert (person.name, person.consent) == ("Aigerim Sadykova", "named")
    assert person.organisation == "Steppe Feminist Initiative"


def test_delete_removes_a_person_added_by_mistake(qtbot, window) -> None:
    walk = Walker(qtbot)
    people = walk_support.open_incident(walk, window).people
    people.name.setFocus()
    for name in ("Wrong Person", "Right Person"):
        walk.type(name)
        walk.press(Qt.Key.Key_Return)
    people.list.setFocus()
    people.list.setCurrentRow(0)
    walk.press(Qt.Key.Key_Delete)
    assert [p.name for p in people.people()] == ["Right Person"]


def test_walks_counted_new_incident_against_the_full_editor(qtbot, window, tmp_path) -> None:
    """The figures of `make bench` (bench/bench_intake.py runs this test and reads them)."""
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(image_bytes("JPEG", metadata=False))
    tasks.use_synchronous_runner(True)
    try:
        quick = Walker(qtbot)
        walk_support.walk_new_incident(quick, window)
        walk_support.finish_with_photo_and_appeal(quick, window, photo, tmp_path / "a.pdf")
        full = Walker(qtbot)
        walk_support.walk_full_editor(full, window)
        walk_support.finish_with_photo_and_appeal(full, window, photo, tmp_path / "b.pdf")
    finally:
        tasks.use_synchronous_runner(False)
    line = (
        f"WALK new-incident clicks={quick.counts.clicks} keys={quick.counts.keys}; "
        f"full-editor clicks={full.counts.clicks} keys={full.counts.keys}"
    )
    print(line)
    if os.environ.get("CASEBOOK_WALK_REPORT"):
        with open(os.environ["CASEBOOK_WALK_REPORT"], "w", encoding="utf-8") as f:
            f.write(line + "\n")
    assert (tmp_path / "a.pdf").exists() and (tmp_path / "b.pdf").exists()
    assert quick.counts.clicks < 40  # the aim for the detention case
    assert quick.counts.keys < full.counts.keys and quick.counts.clicks <= full.counts.clicks
    QApplication.processEvents()


def test_an_empty_case_list_offers_new_incident_and_import(gui, qtbot, tmp_path) -> None:
    window = ui_support.open_window(qtbot, None, tmp_path)
    ui_support.create_vault(window, tmp_path / "vault", "Test group")
    panel = window.workspace.panel
    qtbot.waitUntil(lambda: panel.first_buttons.isVisible())
    assert panel.incident_button.isVisible() and panel.import_button.isVisible()
    panel.incident_button.click()
    dialog = window.workspace.incident_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    panel.import_button.click()
    assert any(type(w).__name__ == "ImportBundleDialog" for w in ui_support.visible_dialogs())


def test_locking_closes_the_form_and_drops_what_was_typed(qtbot, window) -> None:
    walk = Walker(qtbot)
    dialog = walk_support.open_incident(walk, window)
    dialog.people.name.setFocus()
    walk.type("Aliya")
    walk.press(Qt.Key.Key_Return)
    window.lock()
    assert not dialog.isVisible()
    assert window.vault is None and window.workspace.last_place is None
