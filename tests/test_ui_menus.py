"""Menus and shortcuts: find, delete key, the Vault menu's dialogs from other modules,
settings that forget the vault location, the recovery page under auto-lock."""

from __future__ import annotations

import sys
import types

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from casebook.domain.model import Case
from casebook.services import cases as case_ops
from casebook.services.changes import Changes
from casebook.ui import settings, vault_menu
from casebook.ui.main_window import MainWindow
from tests import ui_support
from tests.conftest import PASSPHRASE
from tests.ui_support import (
    click_labelled,
    only_box,
    open_row,
    open_window,
    unlock,
    visible_dialogs,
)

# Fixtures shared by the GUI tests.
demo = ui_support.demo
gui = ui_support.gui
window = ui_support.window


def test_ctrl_f_goes_to_the_search_field(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.workspace.panel.view.setFocus()
    qtbot.keyClick(window.workspace.panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.workspace.panel.filters.search


def test_delete_key_in_the_list_asks_to_delete_the_case(window, qtbot) -> None:
    view = window.workspace.panel.view
    view.selectRow(0)
    title = case_ops.get_case(window.vault, window.workspace.panel.chosen()).title
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    box = only_box()
    assert title in box.text()
    click_labelled(box, "Delete")
    assert window.workspace.panel.model.rowCount() == 3


def test_title_names_the_vault_folder_never_a_case(window, qtbot) -> None:
    case_id = open_row(qtbot, window, 0)
    title = case_ops.get_case(window.vault, case_id).title
    assert window.windowTitle() == f"Casebook — {window.vault.path.name}[*]"
    assert title not in window.windowTitle()


def _entry_actions(win) -> dict[str, object]:
    entries = zip(vault_menu.ENTRIES, win.acts.vault, strict=True)
    return {e.label.replace("&", ""): a for e, a in entries}


def test_vault_menu_opens_the_dialogs_of_the_other_modules(window, qtbot) -> None:
    from casebook.ui.backup_dialogs import BackupDialog
    from casebook.ui.bundle_dialogs import ImportBundleDialog, SendToPartnerDialog
    from casebook.ui.partner_dialogs import IdentityDialog

    actions = _entry_actions(window)
    assert all(a.isEnabled() for label, a in actions.items() if label != "Send to partner…")
    assert not actions["Send to partner…"].isEnabled()  # no case selected yet
    for label, kind in (("Back up now…", BackupDialog), ("Identity and partners…", IdentityDialog),
                        ("Import bundle…", ImportBundleDialog)):  # fmt: skip
        actions[label].trigger()
        [dialog] = visible_dialogs()
        assert isinstance(dialog, kind)
        dialog.reject()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    case_id = open_row(qtbot, window, 0)
    assert actions["Send to partner…"].isEnabled()
    actions["Send to partner…"].trigger()
    [dialog] = visible_dialogs()
    assert isinstance(dialog, SendToPartnerDialog)
    assert [c.id for c in dialog.cases] == [case_id]
    window.acts.lock.trigger()  # locking closes it like every other dialog
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert visible_dialogs() == []


def test_an_imported_bundle_refreshes_the_list(window) -> None:
    actions = _entry_actions(window)
    actions["Import bundle…"].trigger()
    [dialog] = visible_dialogs()
    case = Case(title="Arrived in a bundle")
    case_ops.save_case(window.vault, case)
    dialog.imported.emit(types.SimpleNamespace(changes=Changes(cases=True, case_ids=(case.id,))))
    model = window.workspace.panel.model
    assert "Arrived in a bundle" in [model.index(r, 0).data() for r in range(model.rowCount())]


def test_entries_of_missing_modules_are_disabled(gui, qtbot, tmp_path, demo, monkeypatch):
    monkeypatch.setitem(sys.modules, "casebook.ui.backup_dialogs", None)  # import fails
    win = open_window(qtbot, demo[0], tmp_path)
    unlock(win, demo[1])
    actions = _entry_actions(win)
    assert not actions["Back up now…"].isEnabled()
    assert actions["Identity and partners…"].isEnabled()


def test_not_remembering_the_vault_forgets_its_location(window, qtbot) -> None:
    assert settings.LAST_VAULT.get() == str(window.vault.path)
    window.acts.settings.trigger()
    dialog = next(w for w in window.findChildren(settings.SettingsDialog) if w.isVisible())
    dialog.findChild(object, settings.REMEMBER_VAULT.key).setChecked(False)
    dialog.accept()
    assert settings.LAST_VAULT.get() == ""
    window.acts.lock.trigger()
    fresh = MainWindow(None)
    qtbot.addWidget(fresh)
    assert fresh.current_page() is fresh.welcome


def test_auto_lock_on_the_recovery_page_forgets_the_key(gui, qtbot, tmp_path) -> None:
    win = open_window(qtbot, None, tmp_path)
    win.welcome.create_button.click()
    page = win.create_page
    page.location.setText(str(tmp_path / "v"))
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    page.create_button.click()
    key = win.recovery_page.key_label.text()
    assert key
    assert not win.menuBar().isEnabled()  # nothing else until the key is stored
    win.idle.set_timeout(20)
    qtbot.waitUntil(lambda: win.vault is None, timeout=5000)
    assert win.recovery_page.key_label.text() == ""
    assert win.current_page() is win.unlock_page
    assert win.menuBar().isEnabled()
