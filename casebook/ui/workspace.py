"""The unlocked work area: the case list on the left, the case editor on the right, and
the case operations (new, duplicate, delete, save) with a prompt before unsaved edits
are left behind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from casebook.services import cases as case_ops
from casebook.services.changes import Changes
from casebook.ui import dialogs
from casebook.ui.case_editor import CaseEditor
from casebook.ui.case_list_panel import CaseListPanel
from casebook.ui.dialogs import Unsaved
from casebook.vault.errors import VaultError
from casebook.vault.vault import Vault


class Workspace(QWidget):
    caseOpen = Signal(bool)  # whether a saved case is in the editor (duplicate/delete)
    dirtyChanged = Signal(bool)
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.current_id: str | None = None  # the saved case in the editor, if any
        self.panel = CaseListPanel()
        self.editor = CaseEditor()
        self.editor.setObjectName("caseEditor")
        own_save = getattr(self.editor, "save_action", None)
        if isinstance(own_save, QAction):
            # File > Save of the window has Ctrl+S; two would be ambiguous and neither fire.
            own_save.setShortcut(QKeySequence())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("workSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.splitter)
        self.panel.caseChosen.connect(self._chosen_in_list)
        self.panel.deleteRequested.connect(self.delete_case)
        self.editor.saved.connect(self._saved)
        self.editor.dirtyChanged.connect(self.dirtyChanged)

    # --- opening and locking ----------------------------------------------------------

    def open_vault(self, vault: Vault) -> None:
        self.vault = vault
        self.editor.set_vault(vault)
        self.panel.set_vault(vault)
        self._show_case(None)

    def close_vault(self) -> bool:
        """Save valid pending edits, then forget everything shown. False when edits had
        to be dropped because they were not valid."""
        kept = True
        try:
            if self.vault is not None and self.editor.is_dirty():
                kept = self.editor.save_if_valid()
        except Exception:  # noqa: BLE001 - locking goes on; the edits count as dropped
            kept = False
        self.editor.clear()
        self.panel.set_vault(None)
        self.vault = None
        self._show_case(None)
        return kept

    # --- moving between cases -------------------------------------------------------

    def guard(self, then: Callable[[], None], on_cancel: Callable[[], None] | None = None) -> None:
        """Run `then` once unsaved edits are saved or discarded; asks the user first."""
        if not self.editor.is_dirty():
            then()
            return

        def choice(answer: Unsaved) -> None:
            if self.vault is None:
                return  # locked meanwhile: the lock saved what it could
            if answer is Unsaved.SAVE and self.editor.save():
                then()
            elif answer is Unsaved.DISCARD:
                then()
            elif on_cancel:
                on_cancel()

        dialogs.ask_unsaved(self, choice)

    def _chosen_in_list(self, case_id: str) -> None:
        self.guard(lambda: self.open_case(case_id), on_cancel=self._back_to_current)

    def _back_to_current(self) -> None:
        self.panel.select_case(self.current_id)

    def open_case(self, case_id: str) -> None:
        if self.vault is None:
            return
        try:
            self.editor.load_case(case_id)
        except VaultError as exc:
            dialogs.error(self, str(exc))
            self.panel.refresh()
            return
        self._show_case(case_id)

    def _show_case(self, case_id: str | None) -> None:
        self.current_id = case_id
        self.panel.select_case(case_id)
        self.caseOpen.emit(case_id is not None)

    # --- operations -------------------------------------------------------------------

    def new_case(self) -> None:
        if self.vault is None:
            return

        def start() -> None:
            self.editor.new_case()
            self._show_case(None)
            self.statusMessage.emit(self.tr("New case: give it a title, then save (Ctrl+S)."))

        self.guard(start)

    def save(self) -> None:
        if self.vault is not None:
            self.editor.save()

    def duplicate_case(self) -> None:
        source = self.current_id
        if self.vault is None or source is None:
            return

        def run() -> None:
            assert self.vault is not None
            copy = case_ops.duplicate_case(self.vault, source, self.tr(" (copy)"))
            self.apply_changes(Changes(cases=True, case_ids=(copy.id,)))
            self.open_case(copy.id)
            self.statusMessage.emit(self.tr("Case duplicated (evidence is not copied)."))

        self.guard(run)

    def delete_case(self) -> None:
        target = self.current_id
        if self.vault is None or target is None:
            return
        title = case_ops.get_case(self.vault, target).title
        dialogs.confirm(
            self,
            self.tr("Delete case"),
            self.tr(
                "Delete the case “{title}” with its people, events and evidence? "
                "This cannot be undone."
            ).format(title=title),
            self.tr("Delete"),
            lambda: self._delete(target),
            destructive=True,
        )

    def _delete(self, case_id: str) -> None:
        if self.vault is None:
            return
        changes = case_ops.delete_case(self.vault, case_id)
        if self.current_id == case_id:
            self.editor.clear()
            self._show_case(None)
        self.apply_changes(changes)
        self.statusMessage.emit(self.tr("Case deleted."))

    # --- after a change -------------------------------------------------------------

    def _saved(self, changes: Changes) -> None:
        if changes.case_ids:
            self.current_id = changes.case_ids[0]
        self.apply_changes(changes, reload_editor=False)
        self._show_case(self.current_id)
        self.statusMessage.emit(self.tr("Saved."))

    def apply_changes(self, changes: Changes, reload_editor: bool = True) -> None:
        """Refresh only what the operation touched."""
        if self.vault is None:
            return
        if changes.cases or changes.evidence:
            self.panel.refresh()
        if changes.cases:
            self.panel.refresh_tags()
        touched = self.current_id is not None and self.current_id in changes.case_ids
        if reload_editor and touched and not self.editor.is_dirty():
            assert self.current_id is not None
            self.open_case(self.current_id)
