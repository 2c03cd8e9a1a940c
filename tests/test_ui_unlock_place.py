"""Unlocking returns to where the user was: the open case and its tab, not the list."""

from __future__ import annotations

from casebook.services.cases import delete_case
from casebook.vault.vault import Vault
from tests import ui_support
from tests.ui_support import message_boxes, open_row, unlock

demo = ui_support.demo
gui = ui_support.gui
window = ui_support.window


def test_unlock_returns_to_the_open_case_and_tab(qtbot, window, demo) -> None:
    _path, passphrase = demo
    case_id = open_row(qtbot, window, 1)
    editor = window.workspace.editor
    editor.tabs.setCurrentWidget(editor.events)
    window.lock()
    assert window.vault is None and editor.case_id() is None  # nothing shown while locked
    unlock(window, passphrase)
    assert window.workspace.showing_editor()
    assert window.workspace.current_id == case_id == editor.case_id()
    assert editor.tabs.currentWidget() is editor.events


def test_from_the_list_unlock_returns_to_the_list(qtbot, window, demo) -> None:
    _path, passphrase = demo
    open_row(qtbot, window, 1)
    window.workspace.show_list()
    window.lock()
    unlock(window, passphrase)
    assert not window.workspace.showing_editor()


def test_a_case_gone_meanwhile_leaves_the_list(qtbot, window, demo) -> None:
    path, passphrase = demo
    case_id = open_row(qtbot, window, 0)
    window.lock()
    with Vault.unlock(path, passphrase) as other:  # e.g. deleted from the command line
        delete_case(other, case_id)
    unlock(window, passphrase)
    assert not window.workspace.showing_editor() and window.workspace.current_id is None
    assert message_boxes() == []
