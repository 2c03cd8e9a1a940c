"""Exporting an appeal or sending a case with edits on screen: the edits are saved first
(or nothing happens), and "internal only" is the sensitivity on screen, saved or not."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from casebook.services import appeals as svc
from casebook.services.cases import get_case, save_case
from casebook.services.demo import case_administrative_detention
from casebook.ui import tasks
from tests import editor_support, ui_support
from tests.ui_support import click_labelled, editor_field, only_box, open_row, type_into

editor = editor_support.editor
window = ui_support.window
gui = ui_support.gui
demo = ui_support.demo


def _editor_on_appeals(qtbot, editor, vault):
    case = case_administrative_detention()  # "partners": no internal warning of its own
    save_case(vault, case)
    editor.load_case(case.id)
    return case


def test_export_with_unsaved_edits_asks_and_cancel_does_nothing(qtbot, editor, vault):
    case = _editor_on_appeals(qtbot, editor, vault)
    type_into(qtbot, editor.overview.form.field("title"), "Retitled on screen")
    editor.tabs.setCurrentWidget(editor.appeals)
    editor.appeals.start_export()
    box = only_box()
    assert "not saved" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.appeals._file_dialog is None
    assert editor.is_dirty() and get_case(vault, case.id).title == case.title
    assert svc.list_kept(vault, case.id) == []


def test_save_and_export_saves_then_asks_for_the_file(qtbot, editor, vault, tmp_path):
    case = _editor_on_appeals(qtbot, editor, vault)
    type_into(qtbot, editor.overview.form.field("title"), "Retitled on screen")
    editor.tabs.setCurrentWidget(editor.appeals)
    tab = editor.appeals
    tab.format.setCurrentIndex(tab.format.findData("md"))
    editor.appeals.start_export()
    click_labelled(only_box(), "Save and export")
    assert not editor.is_dirty() and get_case(vault, case.id).title == "Retitled on screen"
    dialog = editor.appeals._file_dialog
    assert isinstance(dialog, QFileDialog)
    out = tmp_path / "appeal.md"
    tasks.use_synchronous_runner(True)
    try:
        dialog.fileSelected.emit(str(out))
        dialog.done(QFileDialog.DialogCode.Accepted)
    finally:
        tasks.use_synchronous_runner(False)
    assert "Retitled on screen" in out.read_text(encoding="utf-8")


def test_internal_on_screen_is_warned_about_before_export(qtbot, editor, vault):
    case = _editor_on_appeals(qtbot, editor, vault)
    sensitivity = editor.overview.form.field("sensitivity")
    sensitivity.setCurrentIndex(sensitivity.findData("internal"))  # not saved yet
    assert get_case(vault, case.id).sensitivity == "partners"
    editor.tabs.setCurrentWidget(editor.appeals)
    editor.appeals.start_export()
    click_labelled(only_box(), "Save and export")
    box = only_box()
    assert "internal only" in box.text()  # the sensitivity on screen, now saved
    assert editor.appeals._file_dialog is None
    box.button(QMessageBox.StandardButton.Cancel).click()


def test_internal_on_screen_counts_even_when_nothing_asks_to_save(qtbot, editor, vault):
    case = _editor_on_appeals(qtbot, editor, vault)
    editor.tabs.setCurrentWidget(editor.appeals)
    editor._case.sensitivity = "internal"  # as the live form writes it
    editor.appeals._unsaved = lambda: False  # e.g. only the sensitivity differs
    editor.appeals.start_export()
    assert "internal only" in only_box().text()
    assert get_case(vault, case.id).sensitivity == "partners"
    only_box().button(QMessageBox.StandardButton.Cancel).click()


def test_send_to_partner_with_unsaved_edits_asks_first(qtbot, window):
    case_id = open_row(qtbot, window, 0)
    type_into(qtbot, editor_field(window.workspace.editor, "title"), "Edited before sending")
    send = next(a for a in window.acts.vault if "Send to partner" in a.text().replace("&", ""))
    send.trigger()
    box = only_box()
    assert "not saved" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.workspace.editor.is_dirty()
    send.trigger()
    click_labelled(only_box(), "Save and continue")
    assert not window.workspace.editor.is_dirty()
    assert get_case(window.vault, case_id).title == "Edited before sending"
