"""Source, description and linked events of evidence items in the Evidence tab: edited,
saved (button, Ctrl+S, switching item, auto-lock), shown again, cleared on lock."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casebook.domain.model import Case
from casebook.services import evidence
from casebook.services.cases import save_case
from casebook.services.demo import case_disrupted_event
from casebook.ui.case_editor import CaseEditor
from tests import editor_support, ui_support
from tests.editor_support import evidence_editor, shown_texts
from tests.ui_support import answer, message_boxes, open_row, unlock

MARKER = "Zq7Marker"

demo = ui_support.demo
gui = ui_support.gui
window = ui_support.window
sync = editor_support.sync


@pytest.fixture
def case(vault) -> Case:
    c = case_disrupted_event()
    save_case(vault, c, touch=False)
    for name in ("first.txt", "second.txt"):
        data = f"{name}\n".encode()
        evidence.import_stream(vault, c.id, io.BytesIO(data), original_name=name,
                               source=f"source of {name}")  # fmt: skip
    return c


@pytest.fixture
def editor(qtbot, vault, case, sync) -> CaseEditor:
    return evidence_editor(qtbot, vault, case)


def select(tab, name: str) -> None:
    for r in range(tab.proxy.rowCount()):
        if tab.proxy.index(r, 0).data() == name:
            tab.table.setCurrentIndex(tab.proxy.index(r, 0))
            return
    raise AssertionError(name)


def stored(vault, case: Case, name: str) -> evidence.EvidenceItem:
    return next(i for i in evidence.list_evidence(vault, case.id) if i.original_name == name)


def retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def check_event(qtbot, tab, label: str) -> None:
    """Tick an event in the list with the keyboard, as a person would."""
    links = tab.details.editor.field("event_ids")
    row = next(r for r in range(links.model.rowCount()) if links.model.index(r, 0).data() == label)
    links.view.setFocus()
    links.view.setCurrentIndex(links.model.index(row, 0))
    qtbot.keyClick(links.view, Qt.Key.Key_Space)


def shown(tab) -> tuple[str, str, list[str]]:
    editor = tab.details.editor
    model = editor.field("event_ids").model
    checked = [
        model.index(r, 0).data()
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    ]
    return editor.field("source").text(), editor.field("description").toPlainText(), checked


def test_details_are_edited_saved_and_shown_again(qtbot, editor, vault, case) -> None:
    tab = editor.evidence
    details = tab.details.editor
    select(tab, "first.txt")
    assert shown(tab) == ("source of first.txt", "", [])
    assert not details.save_button.isEnabled() and not editor.is_dirty()
    seen: list[bool] = []
    editor.dirtyChanged.connect(seen.append)
    retype(qtbot, details.field("source"), "Lawyer's copy")
    qtbot.keyClicks(details.field("description"), "Threat received on 10 June")
    check_event(qtbot, tab, "2024-10-09 Arrest")
    assert editor.is_dirty() and seen == [True] and details.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved):
        details.save_button.click()
    item = stored(vault, case, "first.txt")
    assert (item.source, item.description) == ("Lawyer's copy", "Threat received on 10 June")
    arrest = next(e.id for e in case.events if e.type == "arrest")
    assert item.event_ids == (arrest,)
    assert not editor.is_dirty() and seen == [True, False]
    assert details.status.text() == "Details saved."
    actions = [(e.action, e.details.get("changed")) for e in tab.details.custody.items()]
    assert actions == [("imported", None), ("described", ["source", "description", "events"])]
    custody_view = tab.details.sub_tabs.widget(2)
    texts = [custody_view.model().index(1, c).data() for c in range(5)]
    assert "described" in texts and "changed: source, description, events" in texts[4]
    # Shown again after the case is opened anew.
    editor.load_case(case.id)
    select(tab, "first.txt")
    assert shown(tab) == ("Lawyer's copy", "Threat received on 10 June", ["2024-10-09 Arrest"])


def test_labels_name_their_fields(editor) -> None:
    form = editor.evidence.details.editor.form
    for name in ("source", "description", "event_ids"):
        assert form.label(name).buddy() is form.field(name).focus_chain()[0]
        assert form.field(name).accessibleName() == form.label(name).text()
    assert editor.evidence.import_bar.source_label.buddy() is editor.evidence.import_bar.source


def test_ctrl_s_saves_the_details_with_the_case(qtbot, editor, vault, case) -> None:
    tab = editor.evidence
    select(tab, "second.txt")
    description = tab.details.editor.field("description")
    qtbot.keyClicks(description, "Screenshot of the chat")
    editor.activateWindow()
    description.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(vault, case, "second.txt").description == "Screenshot of the chat"
    assert not editor.is_dirty()


def test_undo_changes_brings_back_what_is_stored(qtbot, editor, vault, case) -> None:
    tab = editor.evidence
    select(tab, "first.txt")
    retype(qtbot, tab.details.editor.field("source"), "Wrong")
    assert editor.is_dirty()
    tab.details.editor.undo_button.click()
    assert shown(tab)[0] == "source of first.txt" and not editor.is_dirty()
    assert [e.action for e in evidence.custody_log(vault, stored(vault, case, "first.txt").id)] == [
        "imported"
    ]


def test_switching_item_keeps_unsaved_details(qtbot, editor, vault, case) -> None:
    tab = editor.evidence
    select(tab, "first.txt")
    qtbot.keyClicks(tab.details.editor.field("description"), "Kept when moving on")
    select(tab, "second.txt")
    assert tab.current().original_name == "second.txt"
    assert shown(tab) == ("source of second.txt", "", [])
    assert stored(vault, case, "first.txt").description == "Kept when moving on"
    assert not editor.is_dirty()
    select(tab, "first.txt")
    assert shown(tab)[1] == "Kept when moving on"


def test_invalid_details_keep_the_item_shown(qtbot, editor, vault, case) -> None:
    tab = editor.evidence
    select(tab, "first.txt")
    source = tab.details.editor.field("source")
    retype(qtbot, source, "x" * 501)
    select(tab, "second.txt")
    assert tab.current().original_name == "first.txt"  # stays until it is right
    error = tab.details.editor.form.error_label("source")
    assert error.isVisible() and "at most 500" in error.text()
    assert "Not saved" in tab.details.editor.status.text()
    assert stored(vault, case, "first.txt").source == "source of first.txt"
    assert not editor.save() and not editor.save_if_valid()
    assert editor.tabs.currentWidget() is tab
    tab.filter.setText("second")  # out of sight in the table, its details stay shown
    assert tab.details.editor.item.original_name == "first.txt"
    assert tab.details.editor.field("source").text() == "x" * 501 and editor.is_dirty()
    tab.filter.setText("")
    select(tab, "first.txt")
    qtbot.keyClick(source, Qt.Key.Key_Backspace)
    select(tab, "second.txt")
    assert tab.current().original_name == "second.txt"
    assert stored(vault, case, "first.txt").source == "x" * 500


def test_save_if_valid_stores_pending_details_and_clear_forgets_them(
    qtbot, editor, vault, case
) -> None:
    tab = editor.evidence
    select(tab, "first.txt")
    retype(qtbot, tab.details.editor.field("source"), MARKER + " source")
    qtbot.keyClicks(tab.details.editor.field("description"), MARKER + " description")
    tab.import_bar.source.setText(MARKER + " next")
    assert editor.save_if_valid()  # what auto-lock does before locking
    assert stored(vault, case, "first.txt").source == MARKER + " source"
    qtbot.keyClicks(tab.details.editor.field("description"), " unsaved")
    editor.clear()
    texts = "\n".join(shown_texts(editor, cleared=True))
    assert MARKER not in texts and "2024-10-09 Arrest" not in texts
    assert not editor.is_dirty()
    assert stored(vault, case, "first.txt").description == MARKER + " description"


def test_new_files_get_the_source_and_the_newest_is_ready_to_describe(
    qtbot, editor, vault, case, tmp_path: Path
) -> None:
    tab = editor.evidence
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for f in files:
        f.write_text(f.name)
    tab.import_bar.source.setText("  Sister's phone ")
    editor.activateWindow()
    tab.add_button.setFocus()
    tab.import_paths([str(f) for f in files])
    assert {stored(vault, case, f.name).source for f in files} == {"Sister's phone"}
    assert tab.import_bar.source.text() == ""  # the next files may come from elsewhere
    assert tab.current().original_name == "b.txt"
    description = tab.details.editor.field("description")
    qtbot.waitUntil(description.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), "Typed right away")
    assert editor.save()
    assert stored(vault, case, "b.txt").description == "Typed right away"


def test_an_import_does_not_take_away_the_item_being_described(
    qtbot, editor, vault, case, tmp_path: Path
) -> None:
    tab = editor.evidence
    select(tab, "first.txt")
    description = tab.details.editor.field("description")
    qtbot.keyClicks(description, "Half typed")
    (tmp_path / "c.txt").write_text("c")
    tab.import_paths([str(tmp_path / "c.txt")])
    assert tab.current().original_name == "first.txt"
    assert shown(tab)[1] == "Half typed" and editor.is_dirty()


def test_deleting_an_item_drops_its_pending_details(qtbot, editor, vault, case) -> None:
    tab = editor.evidence
    select(tab, "first.txt")
    item = tab.current()
    qtbot.keyClicks(tab.details.editor.field("description"), "Goes with it")
    tab.delete(item)
    assert not editor.is_dirty() and "Deleted first.txt." == tab.message.text()
    assert [i.original_name for i in evidence.list_evidence(vault, case.id)] == ["second.txt"]
    assert [e.action for e in evidence.custody_log(vault, item.id)] == ["imported", "deleted"]


# --- in the main window -------------------------------------------------------------------


def _open_with_evidence(qtbot, win) -> tuple[str, object]:
    case_id = open_row(qtbot, win, 0)
    item = evidence.import_stream(win.vault, case_id, io.BytesIO(b"x"), original_name="x.txt")
    editor = win.workspace.editor
    editor.load_case(case_id)
    editor.tabs.setCurrentWidget(editor.evidence)
    select(editor.evidence, "x.txt")
    return case_id, item


def test_lock_saves_pending_details_and_clears_them(window, demo, qtbot) -> None:
    _case_id, item = _open_with_evidence(qtbot, window)
    tab = window.workspace.editor.evidence
    qtbot.keyClicks(tab.details.editor.field("description"), MARKER)
    assert window.isWindowModified()
    window.acts.lock.trigger()
    assert window.vault is None
    assert tab.details.editor.field("description").toPlainText() == ""
    assert MARKER not in "\n".join(ui_support.visible_texts())
    unlock(window, demo[1])
    assert evidence.get_evidence(window.vault, item.id).description == MARKER
    assert message_boxes() == []


def test_leaving_the_case_with_unsaved_details_asks(window, qtbot) -> None:
    _case_id, item = _open_with_evidence(qtbot, window)
    tab = window.workspace.editor.evidence
    qtbot.keyClicks(tab.details.editor.field("source"), "Asked about")
    window.workspace.show_list()
    window.workspace.panel.view.selectRow(1)
    window.workspace.open_case(window.workspace.panel.chosen())
    from PySide6.QtWidgets import QMessageBox

    answer(QMessageBox.StandardButton.Save)
    assert evidence.get_evidence(window.vault, item.id).source == "Asked about"
    assert not window.workspace.editor.is_dirty()
