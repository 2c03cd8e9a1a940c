"""Entries of the Vault menu that open dialogs built in other modules, when those exist.

Contract for such a dialog module: a function

    open_xxx(parent: QWidget, vault: Vault, case_ids: list[str],
             on_changes: Callable[[Changes], None]) -> QDialog

that opens its dialog with open() (never exec()) and calls `on_changes` with what it
changed (a restored backup, an imported bundle), so the main window refreshes only that.
`case_ids` is the case shown in the editor, if any (for "Send to partner…").
A missing module or function leaves the entry disabled.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


@dataclass(frozen=True)
class Entry:
    label: str
    module: str
    function: str


ENTRIES = (
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "Back up now…")),
          "casebook.ui.backup_dialogs", "open_backup_dialog"),
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "Identity and partners…")),
          "casebook.ui.partner_dialogs", "open_identity_dialog"),
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "Send to partner…")),
          "casebook.ui.partner_dialogs", "open_send_dialog"),
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "Import bundle…")),
          "casebook.ui.partner_dialogs", "open_import_dialog"),
)  # fmt: skip


def find(entry: Entry) -> Callable[..., Any] | None:
    try:
        module = importlib.import_module(entry.module)
    except ImportError:
        return None
    opener = getattr(module, entry.function, None)
    return opener if callable(opener) else None


def add_entries(menu: QMenu, run: Callable[[Callable[..., Any]], None]) -> list[QAction]:
    """Add one action per entry; `run(opener)` is called when one is chosen. Actions of
    missing dialogs stay disabled for good (property "available" is False)."""
    actions = []
    for entry in ENTRIES:
        action = menu.addAction(QCoreApplication.translate("VaultMenu", entry.label))
        opener = find(entry)
        action.setProperty("available", opener is not None)
        action.setEnabled(opener is not None)
        if opener is not None:
            action.triggered.connect(lambda _checked=False, o=opener: run(o))
        else:
            action.setToolTip(QCoreApplication.translate("VaultMenu", "Not available yet"))
        actions.append(action)
    return actions
