"""Entries of the Vault menu that open dialogs built in other modules (backup, identity,
partners, bundles). An entry whose module cannot be imported stays disabled.

Each entry builds its dialog with `build(parent, vault, case_ids, on_changes)`, connects
what the dialog reports to `on_changes(Changes)` (so the main window refreshes only what
changed), and the dialog is opened with open(), never exec(). `case_ids` are the cases
the user has in view (the one in the editor, or the one selected in the list).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from casebook.services.changes import Changes

OnChanges = Callable[[Changes], None]
Builder = Callable[[QWidget, Any, Sequence[str], OnChanges], QDialog | None]


def _backup(parent: QWidget, vault: Any, _ids: Sequence[str], _on: OnChanges) -> QDialog:
    from casebook.ui.backup_dialogs import BackupDialog

    return BackupDialog(vault, parent)


def _identity(parent: QWidget, vault: Any, _ids: Sequence[str], _on: OnChanges) -> QDialog:
    from casebook.ui.partner_dialogs import IdentityDialog

    return IdentityDialog(vault, parent)


def _add_partner(parent: QWidget, vault: Any, _ids: Sequence[str], on: OnChanges) -> QDialog:
    from casebook.ui.partner_dialogs import AddPartnerDialog

    dialog = AddPartnerDialog(vault, parent)
    dialog.added.connect(lambda _partner: on(Changes(partners=True)))
    return dialog


def _send(parent: QWidget, vault: Any, ids: Sequence[str], _on: OnChanges) -> QDialog | None:
    from casebook.ui.bundle_dialogs import SendToPartnerDialog

    return SendToPartnerDialog(vault, list(ids), parent) if ids else None


def _passphrase(parent: QWidget, vault: Any, _ids: Sequence[str], _on: OnChanges) -> QDialog:
    from casebook.ui.passphrase_dialog import ChangePassphraseDialog, changed_message

    dialog = ChangePassphraseDialog(vault, getattr(parent, "kdf", None), parent)
    if isinstance(parent, QMainWindow):  # the dialog closes: the window says it worked
        dialog.changed.connect(lambda: parent.statusBar().showMessage(changed_message(), 30_000))
    return dialog


def _protection(parent: QWidget, vault: Any, _ids: Sequence[str], _on: OnChanges) -> QDialog:
    from casebook.ui.protection_dialog import ProtectionDialog

    return ProtectionDialog(vault, getattr(parent, "kdf", None), parent)


def _travel(parent: QWidget, vault: Any, _ids: Sequence[str], _on: OnChanges) -> QDialog:
    from casebook.ui.travel_dialogs import TravelStartDialog

    dialog = TravelStartDialog(vault, parent)
    lock = getattr(parent, "lock", None)
    if lock is not None:  # the keys are gone from the laptop: so is the open vault
        dialog.started.connect(lambda _started: lock())
    return dialog


def _import(parent: QWidget, vault: Any, _ids: Sequence[str], on: OnChanges) -> QDialog:
    from casebook.ui.bundle_dialogs import ImportBundleDialog

    dialog = ImportBundleDialog(vault, "", parent)
    dialog.imported.connect(lambda result: on(getattr(result, "changes", Changes(cases=True))))
    return dialog


def _address_book(parent: QWidget, vault: Any, _ids: Sequence[str], on: OnChanges) -> QDialog:
    from casebook.ui.address_book import AddressBookDialog

    dialog = AddressBookDialog(vault, parent)
    dialog.changed.connect(on)
    return dialog


def _review(parent: QWidget, vault: Any, _ids: Sequence[str], on: OnChanges) -> QDialog:
    from casebook.ui.proposal_dialogs import ProposalsDialog

    dialog = ProposalsDialog(vault, parent=parent)
    dialog.decided.connect(on)
    return dialog


IMPORT = _import  # the entry the empty case list's "Import…" button opens


@dataclass(frozen=True)
class Entry:
    label: str
    module: str  # must import for the entry to be enabled
    build: Builder
    needs_case: bool = False


ENTRIES = (
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "&Back up now…")),
          "casebook.ui.backup_dialogs", _backup),
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "&Identity and partners…")),
          "casebook.ui.partner_dialogs", _identity),
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "&Add a partner…")),
          "casebook.ui.partner_dialogs", _add_partner),
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "&Send to partner…")),
          "casebook.ui.bundle_dialogs", _send, needs_case=True),
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "I&mport bundle…")),
          "casebook.ui.bundle_dialogs", _import),
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "Re&view partners' proposals…")),
          "casebook.ui.proposal_dialogs", _review),
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "A&ddress book…")),
          "casebook.ui.address_book", _address_book),
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "&Change passphrase…")),
          "casebook.ui.passphrase_dialog", _passphrase),
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "P&rotection…")),
          "casebook.ui.protection_dialog", _protection),
    Entry(str(QT_TRANSLATE_NOOP("VaultMenu", "&Travel mode…")),
          "casebook.ui.travel_dialogs", _travel),
)  # fmt: skip


def available(entry: Entry) -> bool:
    try:
        importlib.import_module(entry.module)
    except ImportError:
        return False
    return True


def add_entries(menu: QMenu, run: Callable[[Entry], None]) -> list[QAction]:
    """One action per entry; `run(entry)` when chosen. Actions of missing dialogs stay
    disabled for good (their property "available" is False)."""
    actions = []
    for entry in ENTRIES:
        action = menu.addAction(QCoreApplication.translate("VaultMenu", entry.label))
        found = available(entry)
        action.setProperty("available", found)
        action.setProperty("needs_case", entry.needs_case)
        action.setEnabled(found)
        if found:
            action.triggered.connect(lambda _checked=False, e=entry: run(e))
        else:
            action.setToolTip(QCoreApplication.translate("VaultMenu", "Not available yet"))
        actions.append(action)
    return actions


def open_entry(
    entry: Entry, parent: QWidget, vault: Any, case_ids: Sequence[str], on_changes: OnChanges
) -> QDialog | None:
    dialog = entry.build(parent, vault, case_ids, on_changes)
    if dialog is not None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
    return dialog
