"""Issue 16 in the GUI: the kind of document in the Appeals tab, the facts outreach needs
in the case editor (UN consent, detention, actions taken) and the Outreach tab."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casebook.domain.outreach import Detention, UnConsent
from casebook.services import appeals as svc
from casebook.services import outreach
from casebook.services.cases import get_case, save_case
from casebook.services.demo import case_administrative_detention
from casebook.ui.outreach_tab import AnswerDialog, SendingDialog
from casebook.vault.vault import Vault
from tests import editor_support

editor = editor_support.editor
sync = editor_support.sync


@pytest.fixture
def case(vault: Vault):
    c = case_administrative_detention()
    c.people[0].un_consent = UnConsent(True, True)
    c.people[1].un_consent = UnConsent(True, False)
    save_case(vault, c)
    return c


def test_editor_keeps_un_consent_detention_and_actions(qtbot, editor, vault: Vault, case) -> None:
    editor.load_case(case.id)
    # The person form: the two UN answers are shown as loaded.
    editor.tabs.setCurrentWidget(editor.parties)
    people = editor.parties.people
    people.select(people.model.item(0))
    field = editor.parties.person_form.field("un_consent")
    assert field.value() == UnConsent(True, True)
    field.public.setCurrentIndex(2)  # No
    # The event form: detention facts with their release date.
    editor.tabs.setCurrentWidget(editor.events)
    timeline = editor.events.timeline
    timeline.select(timeline.model.item(1))
    detention = editor.events.form.field("detention")
    detention.start.setText("2024-03-09")
    detention.start.textEdited.emit("2024-03-09")
    detention.term.setValue(10)
    assert "2024-03-18" in detention.release.text()
    # The overview: an action taken, typed into the table.
    actions = editor.overview.form.field("actions_taken")
    actions.add_row()
    actions.model.item(0, 1).setText("Astana prosecutor")
    actions.model.item(0, 2).setText("complaint about the arrest")
    assert editor.save()
    stored = get_case(vault, case.id)
    assert stored.people[0].un_consent == UnConsent(True, False)
    assert [e.detention for e in stored.events if e.detention] == [
        Detention("", "", "2024-03-09", 10)
    ]
    assert [(a.body, a.action) for a in stored.actions_taken] == [
        ("Astana prosecutor", "complaint about the arrest")
    ]


def test_appeals_tab_makes_each_kind_of_document(qtbot, editor, vault: Vault, case) -> None:
    editor.load_case(case.id)
    tab = editor.appeals
    editor.tabs.setCurrentWidget(tab)
    tab.doc_type.setCurrentIndex(tab.doc_type.findData("un-submission"))
    tab.refresh_preview()
    text = tab.preview.toPlainText()
    assert "Identification of the alleged victims" in text and "Saule Bekova" in text
    assert tab.export_button.isEnabled()
    tab.doc_type.setCurrentIndex(tab.doc_type.findData("update"))
    tab.refresh_preview()  # no appeal was produced yet: said plainly, nothing to export
    assert "none was produced" in tab.preview.toPlainText()
    assert not tab.export_button.isEnabled()
    assert tab.follows.isVisibleTo(tab)
    tab.doc_type.setCurrentIndex(tab.doc_type.findData("letter"))
    assert tab.addressee.isVisibleTo(tab) and not tab.follows.isVisibleTo(tab)
    tab.refresh_preview()
    assert "Dear Sir or Madam," in tab.preview.toPlainText()
    tab.doc_type.setCurrentIndex(tab.doc_type.findData("urgent"))
    assert not tab.addressee.isVisibleTo(tab)
    tab.refresh_preview()
    assert "Saule Bekova" not in tab.preview.toPlainText()  # anonymous in an urgent appeal


def test_outreach_tab_records_a_sending_and_its_answer(
    qtbot,
    editor,
    vault: Vault,
    case,
    tmp_path: Path,
    sync,  # noqa: F811
) -> None:
    outreach.import_addressees(vault, json.dumps([{"name": "OSCE ODIHR"}]))
    kept = svc.export_appeal(vault, case.id, "md", tmp_path / "a.md", today=date(2024, 3, 10))
    editor.load_case(case.id)
    tab = editor.outreach
    editor.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 0
    tab.record_sending()
    dialog = tab.dialog
    assert isinstance(dialog, SendingDialog)
    assert dialog.appeal.count() == 1
    dialog.to.setCurrentText("OSCE ODIHR")
    dialog.on.setText("2024-03-10")
    dialog.follow_up.setText("2024-03-01")  # before it was sent: refused, said why
    dialog._save()
    assert dialog.isVisible() and "before the day it was sent" in dialog.problem.text()
    dialog.follow_up.setText("2024-03-17")
    with qtbot.waitSignal(tab.changed):
        dialog._save()
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, 1)) == kept.reference
    tab.table.selectRow(0)
    tab.record_answer()
    answer = tab.dialog
    assert isinstance(answer, AnswerDialog)
    answer.on.setText("2024-03-15")
    answer.summary.setPlainText("They will raise it in their next report")
    answer.follow_up.setText("")
    answer._save()
    assert "2024-03-15: They will raise it" in tab.model.data(tab.model.index(0, 5))
    assert outreach.list_entries(vault, case.id)[0].follow_up == ""
    editor.clear()  # lock
    assert tab.model.rowCount() == 0 and tab.due.text() == ""


def test_outreach_model(qtmodeltester, vault: Vault, case, tmp_path: Path) -> None:
    from casebook.ui.outreach_tab import OutreachModel

    kept = svc.export_appeal(vault, case.id, "md", tmp_path / "a.md", today=date(2024, 3, 10))
    outreach.add_entry(vault, kept.reference, to="UN", via="form", on="2024-03-10")
    model = OutreachModel()
    model.set_entries(outreach.list_entries(vault, case.id))
    qtmodeltester.check(model)
    assert model.data(model.index(0, 3), Qt.ItemDataRole.DisplayRole) == "online form"


def test_case_list_shows_the_release_reminder_from_the_day_before(
    qtbot, vault: Vault, case
) -> None:
    from casebook.ui.case_list_panel import CaseListPanel

    stored = get_case(vault, case.id)
    stored.events[1].detention = Detention("Astana detention centre", "Art. 488", "2024-03-09", 10)
    save_case(vault, stored)  # ends 18 March 2024
    panel = CaseListPanel()
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    panel.show()
    with qtbot.waitSignal(panel.model.loaded, timeout=10000):
        pass
    for day, shown in ((date(2024, 3, 16), False), (date(2024, 3, 17), True)):
        panel.refresh_reminders(day)
        qtbot.waitUntil(lambda shown=shown: panel.reminders.isVisible() == shown, timeout=5000)
    assert "10-day detention ends 2024-03-18: check release" in panel.reminders.text()
    panel.set_vault(None)
    assert not panel.reminders.isVisible() and panel.reminders.text() == ""


def test_address_book_dialog(qtbot, vault: Vault, tmp_path: Path) -> None:
    from casebook.ui.address_book import AddressBookDialog

    dialog = AddressBookDialog(vault)
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("Ombudsman of Kazakhstan")
    dialog.fields["language"].setText("russian")  # not a code: said, nothing stored
    dialog.save()
    assert "two-letter language code" in dialog.problem.text()
    assert outreach.list_addressees(vault) == []
    dialog.fields["language"].setText("ru")
    dialog.fields["post"].setPlainText("Astana\nMangilik El 8")
    with qtbot.waitSignal(dialog.changed):
        dialog.save()
    [stored] = outreach.list_addressees(vault)
    assert (stored.name, stored.language, stored.post) == (
        "Ombudsman of Kazakhstan",
        "ru",
        "Astana\nMangilik El 8",
    )
    dialog.fields["salutation"].setText("Уважаемая госпожа Уполномоченный!")
    dialog.save()  # the same addressee, changed
    assert [a.salutation for a in outreach.list_addressees(vault)] == [
        "Уважаемая госпожа Уполномоченный!"
    ]
    book = tmp_path / "book.json"
    book.write_text(json.dumps([{"name": "OSCE ODIHR", "language": "en"}]), "utf-8")
    dialog.import_file(str(book))
    assert "1 added, 0 updated" in dialog.problem.text()
    assert dialog.model.rowCount() == 2
    dialog.table.selectRow([a.name for a in dialog.model.rows].index("OSCE ODIHR"))
    dialog.remove()
    assert [a.name for a in outreach.list_addressees(vault)] == ["Ombudsman of Kazakhstan"]
