"""Locking: Ctrl+L, the idle timeout, panic; what is left on screen afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casebook.services import cases as case_ops
from casebook.ui.actions import PANIC_SHORTCUT
from tests import ui_support
from tests.ui_support import (
    edit_field,
    editor_field,
    field_text,
    message_boxes,
    only_box,
    open_row,
    unlock,
    visible_dialogs,
    visible_texts,
)

# Fixtures shared by the GUI tests.
demo = ui_support.demo
gui = ui_support.gui
window = ui_support.window


def _case_words(win) -> list[str]:
    """Titles and summaries of every case in the vault (read before locking)."""
    words = []
    for row in range(win.workspace.panel.model.rowCount()):
        case = case_ops.get_case(win.vault, win.workspace.panel.model.case_id(row))
        words += [case.title, case.summary[:40]]
    return words


def _assert_locked_and_blank(win, words: list[str]) -> None:
    assert win.vault is None
    assert win.current_page() is win.unlock_page
    assert win.windowTitle() == "Casebook — Locked"
    shown = "\n".join(visible_texts())
    for word in words:
        assert word not in shown
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            assert widget.windowTitle().startswith("Casebook") or widget.windowTitle() == ""


def _open_first_case_with_a_dialog(win) -> None:
    win.workspace.panel.view.selectRow(0)
    win.workspace.panel.filters.search.setText("Almaty")
    win.acts.delete.trigger()  # a dialog naming the case is open when the lock comes
    assert message_boxes()


def test_ctrl_l_locks_and_forgets_everything_shown(window, qtbot) -> None:
    words = _case_words(window)
    vault = window.vault
    _open_first_case_with_a_dialog(window)
    box = only_box()
    box.activateWindow()
    qtbot.waitActive(box)
    qtbot.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not vault.is_open
    assert message_boxes() == [] and visible_dialogs() == []
    _assert_locked_and_blank(window, words)
    assert not window.acts.new.isEnabled()


def test_idle_timeout_locks(window, qtbot) -> None:
    words = _case_words(window)
    _open_first_case_with_a_dialog(window)
    window.idle.set_timeout(50)  # a short timeout for the test
    qtbot.waitUntil(lambda: window.vault is None, timeout=5000)
    _assert_locked_and_blank(window, words)
    assert not window.idle.active


def test_user_input_postpones_the_idle_lock(window, qtbot) -> None:
    window.idle.set_timeout(60_000)
    timer = window.idle._timer
    timer.stop()
    qtbot.keyClick(window.workspace.panel.filters.search, Qt.Key.Key_A)
    assert timer.isActive()
    assert window.vault is not None


def test_panic_hides_every_window_and_locks(window, qtbot) -> None:
    words = _case_words(window)
    _open_first_case_with_a_dialog(window)
    shown_before = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert len(shown_before) >= 2  # the window and the dialog
    hidden_at_once: list[list[bool]] = []
    original_lock = window.lock

    def lock_spy(hidden=None):
        hidden_at_once.append([w.isVisible() for w in shown_before])
        original_lock(hidden)

    window.lock = lock_spy
    try:
        _press_panic(window, qtbot)
    finally:
        del window.lock
        shown_before.clear()  # the dialog in it is deleted now
    action = window.acts.panic
    assert action.shortcut().toString() == PANIC_SHORTCUT
    assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    assert len(hidden_at_once) == 1
    assert not any(hidden_at_once[0])  # all were hidden before locking began
    assert window.vault is None
    assert window.isMinimized()
    assert message_boxes() == []
    _assert_locked_and_blank(window, words)


def _press_panic(window, qtbot) -> None:
    target = QApplication.activeModalWidget() or window.workspace.panel.view
    target.activateWindow()
    qtbot.waitActive(target.window())
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(target, Qt.Key.Key_L, modifiers)


def test_lock_saves_valid_pending_edits(window, demo, qtbot) -> None:
    case_id = open_row(qtbot, window, 0)
    edit_field(qtbot, window, "title", "Saved by the lock")
    window.acts.lock.trigger()
    assert window.vault is None
    unlock(window, demo[1])
    assert case_ops.get_case(window.vault, case_id).title == "Saved by the lock"
    assert message_boxes() == []


def test_invalid_pending_edits_are_reported_after_unlock(window, demo, qtbot) -> None:
    case_id = open_row(qtbot, window, 0)
    before = case_ops.get_case(window.vault, case_id).title
    edit_field(qtbot, window, "title", "")
    window.acts.lock.trigger()
    assert window.vault is None
    unlock(window, demo[1])
    assert case_ops.get_case(window.vault, case_id).title == before
    assert "not valid" in only_box().text()


def test_unlock_again_and_find_everything(window, demo, qtbot) -> None:
    titles = sorted(window.workspace.panel.model.index(r, 0).data() for r in range(4))
    window.acts.lock.trigger()
    unlock(window, demo[1])
    assert window.current_page() is window.workspace
    model = window.workspace.panel.model
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == titles
    window.workspace.panel.filters.search.setText("doxxed")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    open_row(qtbot, window, 0)
    assert "doxxed" in field_text(editor_field(window.workspace.editor, "title"))
    assert window.idle.active


def test_panic_during_an_unlock_discards_the_vault_that_arrives(gui, qtbot, tmp_path, demo):
    from casebook.ui import tasks
    from tests.ui_support import open_window

    tasks.use_synchronous_runner(False)
    path, passphrase = demo
    win = open_window(qtbot, path, tmp_path)
    arrived = []
    win.unlock_page.unlocked.connect(arrived.append)
    unlock(win, passphrase)
    win.panic()  # while the key is being derived
    tasks.wait_all()
    qtbot.wait(50)  # let the result reach the GUI thread
    assert arrived == [] and win.vault is None
    assert win.current_page() is win.unlock_page


def test_lock_goes_on_when_the_editor_fails_to_save(window, qtbot, monkeypatch) -> None:
    vault = window.vault
    editor = window.workspace.editor
    open_row(qtbot, window, 0)
    monkeypatch.setattr(editor, "is_dirty", lambda: True)

    def broken() -> bool:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(editor, "save_if_valid", broken)
    window.acts.lock.trigger()
    assert window.vault is None and not vault.is_open
    assert window.edits_dropped


def test_lock_closes_a_dialog_whose_work_is_running_and_cancels_the_work(window) -> None:
    """Backup, send and import dialogs answer Esc during their work by cancelling it and
    staying open; a lock must still close them (they may show case titles)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from casebook.ui import vault_menu
    from tests.ui_support import visible_dialogs

    entries = dict(zip((e.label for e in vault_menu.ENTRIES), window.acts.vault, strict=True))
    entries["&Back up now…"].trigger()
    [dialog] = visible_dialogs()
    cancelled: list[bool] = []

    class Running:  # a backup under way in a worker
        done = False

        def cancel(self) -> None:
            cancelled.append(True)

    dialog.panel.task = Running()
    dialog.reject()  # Esc: cancels, stays open until the work has stopped
    assert dialog.isVisible() and cancelled == [True]
    window.acts.lock.trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert visible_dialogs() == []
    assert len(cancelled) >= 2
