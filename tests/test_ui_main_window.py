"""The main window: case operations, unsaved edits, menus and settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMessageBox

from casebook.services import cases as case_ops
from casebook.ui import settings
from casebook.vault import cases as repo
from casebook.vault.vault import Vault
from tests import ui_support
from tests.ui_support import (
    answer,
    click_labelled,
    edit_field,
    editor_field,
    field_text,
    message_boxes,
    only_box,
    open_row,
)

# Fixtures shared by the GUI tests.
demo = ui_support.demo
gui = ui_support.gui
window = ui_support.window

Save = QMessageBox.StandardButton.Save
Discard = QMessageBox.StandardButton.Discard
Cancel = QMessageBox.StandardButton.Cancel


def _titles(win) -> list[str]:
    model = win.workspace.panel.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_unlocked_window_lists_the_cases(window) -> None:
    assert window.current_page() is window.workspace
    assert len(_titles(window)) == 4
    assert window.windowTitle().startswith("Casebook — ")
    assert window.acts.new.isEnabled() and window.acts.lock.isEnabled()
    assert not window.acts.delete.isEnabled()  # nothing chosen yet


def test_choosing_a_case_opens_it_in_the_editor(window, qtbot) -> None:
    case_id = open_row(qtbot, window, 1)
    assert window.workspace.current_id == case_id
    title = case_ops.get_case(window.vault, case_id).title
    assert field_text(editor_field(window.workspace.editor, "title")) == title
    assert window.workspace.showing_editor()
    window.acts.all_cases.trigger()
    assert not window.workspace.showing_editor()
    assert window.workspace.panel.chosen() == case_id
    assert window.acts.delete.isEnabled() and window.acts.duplicate.isEnabled()


def test_new_case_saved_appears_in_the_list(window, qtbot) -> None:
    window.acts.new.trigger()
    editor = window.workspace.editor
    assert window.workspace.current_id is None
    edit_field(qtbot, window, "title", "Journalist's camera confiscated")
    assert window.isWindowModified()
    window.acts.save.trigger()
    assert not editor.is_dirty() and not window.isWindowModified()
    assert "Journalist's camera confiscated" in _titles(window)
    assert window.workspace.current_id is not None
    assert window.workspace.panel.chosen() == window.workspace.current_id


def test_invalid_case_is_not_saved(window, qtbot) -> None:
    window.acts.new.trigger()
    edit_field(qtbot, window, "title", "   ")
    window.acts.save.trigger()
    assert window.workspace.editor.is_dirty()
    assert len(_titles(window)) == 4


def test_duplicate_case(window, qtbot) -> None:
    original = open_row(qtbot, window, 0)
    title = case_ops.get_case(window.vault, original).title
    window.acts.duplicate.trigger()
    assert f"{title} (copy)" in _titles(window)
    assert window.workspace.current_id != original
    assert case_ops.get_case(window.vault, window.workspace.current_id).title == f"{title} (copy)"


def test_delete_case_asks_first(window, qtbot) -> None:
    target = open_row(qtbot, window, 2)
    title = case_ops.get_case(window.vault, target).title
    window.acts.delete.trigger()
    box = only_box()
    assert title in box.text()
    box.button(Cancel).click()
    assert title in _titles(window)
    window.acts.delete.trigger()
    click_labelled(only_box(), "Delete")
    assert title not in _titles(window)
    assert not repo.case_exists(window.vault.conn, target)
    assert window.workspace.current_id is None
    assert field_text(editor_field(window.workspace.editor, "title")) == ""
    assert not window.acts.delete.isEnabled()


def test_switching_with_unsaved_edits_asks_save_discard_cancel(window, qtbot) -> None:
    first = open_row(qtbot, window, 0)
    edit_field(qtbot, window, "title", "Edited title")
    window.acts.all_cases.trigger()  # back to the list: nothing asked, edits kept
    assert message_boxes() == []
    second = open_row(qtbot, window, 1)
    answer(Cancel)  # back to the edited case, edits kept
    assert window.workspace.current_id == first and window.workspace.showing_editor()
    assert field_text(editor_field(window.workspace.editor, "title")) == "Edited title"
    open_row(qtbot, window, window.workspace.panel.model.row_of(second))
    answer(Discard)
    assert window.workspace.current_id == second
    assert case_ops.get_case(window.vault, first).title != "Edited title"
    edit_field(qtbot, window, "title", "Second, edited")
    window.acts.new.trigger()
    answer(Save)
    assert case_ops.get_case(window.vault, second).title == "Second, edited"
    assert window.workspace.current_id is None  # the new blank case
    assert window.workspace.showing_editor()


def test_closing_with_unsaved_edits_asks_first(window, demo, qtbot) -> None:
    case_id = open_row(qtbot, window, 0)
    edit_field(qtbot, window, "title", "Kept on close")
    vault = window.vault
    window.close()
    assert window.isVisible()
    answer(Cancel)
    assert window.isVisible() and window.vault is vault
    window.close()
    answer(Save)
    assert not window.isVisible()
    assert window.vault is None and not vault.is_open
    path, passphrase = demo
    with Vault.unlock(path, passphrase) as reopened:
        assert case_ops.get_case(reopened, case_id).title == "Kept on close"


def test_vault_menu_lists_the_dialogs_of_other_modules(window) -> None:
    labels = [a.text().replace("&", "") for a in window.acts.vault]
    assert labels == ["Back up now…", "Identity and partners…", "Add a partner…",
                      "Send to partner…", "Import bundle…", "Review partners' proposals…",
                      "Address book…", "Change passphrase…", "Replace all keys…",
                      "Protection…", "Travel mode…"]  # fmt: skip
    for action in window.acts.vault:  # a case is needed only to send one
        wanted = bool(action.property("available")) and not action.property("needs_case")
        assert action.isEnabled() == wanted


def test_settings_dialog_changes_the_idle_timeout(window) -> None:
    window.acts.settings.trigger()
    dialog = next(w for w in window.findChildren(settings.SettingsDialog) if w.isVisible())
    spin = dialog.findChild(object, settings.AUTOLOCK_MINUTES.key)
    assert spin.value() == 5
    spin.setValue(12)
    dialog.accept()
    assert settings.AUTOLOCK_MINUTES.get() == 12
    assert window.idle.timeout_ms() == 12 * 60_000


def test_geometry_is_remembered_but_nothing_about_cases(window, qtbot) -> None:
    open_row(qtbot, window, 0)
    titles = _titles(window)
    window.close()
    stored = settings.store()
    assert isinstance(stored.value("window/geometry"), QByteArray)
    assert set(stored.allKeys()) <= {
        "window/geometry", "window/splitter", "window/list_header",
        "vault/last_path", settings.AUTOLOCK_MINUTES.key, settings.REMEMBER_VAULT.key,
    }  # fmt: skip
    raw = open(settings.settings_file(), "rb").read()
    for title in titles:
        assert title.encode() not in raw


def test_help_shows_shortcuts_and_about(window) -> None:
    window.acts.shortcuts.trigger()
    box = only_box()
    assert "Ctrl+Shift+L" in box.text() and "Ctrl+L" in box.text()
    box.accept()
    window.acts.about.trigger()
    assert "Casebook" in only_box().text()
