"""Menus, actions and keyboard shortcuts of the main window.

Lock (Ctrl+L) and panic (Ctrl+Shift+L: hide every window at once, then lock) are
application-wide shortcuts, so they work while a dialog has the focus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from casebook.ui import vault_menu

if TYPE_CHECKING:
    from casebook.ui.main_window import MainWindow

PANIC_SHORTCUT = "Ctrl+Shift+L"
LOCK_SHORTCUT = "Ctrl+L"
INCIDENT_SHORTCUT = "Ctrl+Shift+N"


@dataclass
class Actions:
    new: QAction
    duplicate: QAction
    delete: QAction
    save: QAction
    lock: QAction
    panic: QAction
    quit: QAction
    find: QAction
    all_cases: QAction
    clear_filters: QAction
    settings: QAction
    shortcuts: QAction
    about: QAction
    vault: list[QAction] = field(default_factory=list)
    incident: QAction | None = None  # File › New incident… (the quick intake)

    def need_vault(self) -> list[QAction]:
        general = [a for a in self.vault if not a.property("needs_case")]
        quick = [self.incident] if self.incident is not None else []
        return [self.new, *quick, self.save, self.lock, self.find, self.all_cases,
                self.clear_filters, *general]  # fmt: skip

    def need_case(self) -> list[QAction]:
        return [self.duplicate, self.delete, *(a for a in self.vault if a.property("needs_case"))]


def _action(
    window: MainWindow, text: str, shortcut: str | QKeySequence | QKeySequence.StandardKey = ""
) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def build(window: MainWindow) -> Actions:
    # An explicit context, so that pyside6-lupdate files these texts where tr() finds them.
    translate = QCoreApplication.translate
    a = Actions(
        new=_action(window, translate("MainWindow", "&New case"), QKeySequence.StandardKey.New),
        duplicate=_action(window, translate("MainWindow", "D&uplicate case"), "Ctrl+D"),
        delete=_action(window, translate("MainWindow", "&Delete case…")),
        save=_action(window, translate("MainWindow", "&Save"), QKeySequence.StandardKey.Save),
        lock=_action(window, translate("MainWindow", "&Lock"), LOCK_SHORTCUT),
        panic=_action(window, translate("MainWindow", "&Hide and lock"), PANIC_SHORTCUT),
        quit=_action(window, translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit),
        find=_action(window, translate("MainWindow", "&Find…"), QKeySequence.StandardKey.Find),
        all_cases=_action(
            window, translate("MainWindow", "&All cases"), QKeySequence.StandardKey.Back
        ),
        clear_filters=_action(window, translate("MainWindow", "&Clear search and filters")),
        settings=_action(window, translate("MainWindow", "Se&ttings…"), "Ctrl+,"),
        shortcuts=_action(window, translate("MainWindow", "&Keyboard shortcuts")),
        about=_action(window, translate("MainWindow", "&About Casebook"), "F1"),
    )
    a.incident = _action(window, translate("MainWindow", "New &incident…"), INCIDENT_SHORTCUT)
    a.quit.setMenuRole(QAction.MenuRole.QuitRole)
    a.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    a.about.setMenuRole(QAction.MenuRole.AboutRole)
    for action in (a.lock, a.panic):
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    bar = window.menuBar()
    file_items = [
        a.new,
        a.incident,
        a.duplicate,
        a.delete,
        None,
        a.save,
        None,
        a.lock,
        a.panic,
        None,
        a.quit,
    ]
    _fill(bar.addMenu(translate("MainWindow", "&File")), file_items)
    _fill(
        bar.addMenu(translate("MainWindow", "&Edit")), [a.find, a.clear_filters, None, a.settings]
    )
    _fill(bar.addMenu(translate("MainWindow", "Vie&w")), [a.all_cases])
    vault = bar.addMenu(translate("MainWindow", "&Vault"))
    a.vault = vault_menu.add_entries(vault, window.open_vault_dialog)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(a.shortcuts)
    help_menu.addAction(a.about)
    return a


def _fill(menu: QMenu, items: list[QAction | None]) -> None:
    for action in items:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


def shortcut_table(window: MainWindow) -> list[tuple[str, str]]:
    # An explicit context, so that pyside6-lupdate files these texts where tr() finds them.
    translate = QCoreApplication.translate
    native = QKeySequence.SequenceFormat.NativeText
    keys = [
        (QKeySequence(QKeySequence.StandardKey.New), translate("MainWindow", "New case")),
        (QKeySequence(INCIDENT_SHORTCUT), translate("MainWindow", "New incident (quick intake)")),
        (QKeySequence("Ctrl+D"), translate("MainWindow", "Duplicate the case")),
        (
            QKeySequence(QKeySequence.StandardKey.Delete),
            translate("MainWindow", "Delete the case (in the list)"),
        ),
        (QKeySequence(QKeySequence.StandardKey.Save), translate("MainWindow", "Save the case")),
        (QKeySequence(QKeySequence.StandardKey.Find), translate("MainWindow", "Search cases")),
        (
            QKeySequence(QKeySequence.StandardKey.Back),
            translate("MainWindow", "Back to the list from the editor"),
        ),
        (QKeySequence(LOCK_SHORTCUT), translate("MainWindow", "Lock the vault")),
        (
            QKeySequence(PANIC_SHORTCUT),
            translate("MainWindow", "Panic: hide every window and lock"),
        ),
        (QKeySequence("Ctrl+,"), translate("MainWindow", "Settings")),
        (QKeySequence(QKeySequence.StandardKey.Quit), translate("MainWindow", "Quit")),
        (QKeySequence("F1"), translate("MainWindow", "About Casebook")),
    ]
    return [(k.toString(native), text) for k, text in keys]
