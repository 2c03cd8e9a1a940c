"""The unlocked work area: the case list, and the case editor on a page of its own (both
get the whole window; the editor has master-detail panes of its own). Also the case
operations (new, duplicate, delete, save), with a prompt before unsaved edits are left
behind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from casebook.services import cases as case_ops
from casebook.services.changes import Changes
from casebook.ui import dialogs
from casebook.ui.card import link_button
from casebook.ui.case_editor import CaseEditor
from casebook.ui.case_list_panel import CaseListPanel
from casebook.ui.dialogs import Unsaved
from casebook.ui.patterns.view import PatternsView
from casebook.vault.errors import VaultError
from casebook.vault.vault import Vault


class Workspace(QWidget):
    targetChanged = Signal(bool)  # whether there is a case to duplicate or delete
    dirtyChanged = Signal(bool)
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.current_id: str | None = None  # the saved case in the editor, if any
        self.last_place: tuple[str, int] | None = None  # see close_vault
        self.incident_dialog: QWidget | None = None  # the New incident form, when open
        self.panel = CaseListPanel()
        self.editor = CaseEditor()
        self.editor.setObjectName("caseEditor")
        own_save = getattr(self.editor, "save_action", None)
        if isinstance(own_save, QAction):
            # File > Save of the window has Ctrl+S; two would be ambiguous and neither fire.
            own_save.setShortcut(QKeySequence())
        self.back_button = link_button(self.tr("← All cases"))
        self.back_button.setToolTip(self.tr("Back to the list of cases (Alt+Left)"))
        self.editor_page = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        column = QVBoxLayout(self.editor_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.editor, 1)
        self.patterns = PatternsView()
        self.patterns.setObjectName("patternsView")
        self.patterns_page = QWidget()
        patterns_bar = QHBoxLayout()
        self.patterns_back = link_button(self.tr("← All cases"))
        self.patterns_back.setToolTip(self.tr("Back to the list of cases (Alt+Left)"))
        patterns_bar.addWidget(self.patterns_back)
        patterns_bar.addWidget(QLabel(self.tr("Patterns: events of the cases the list shows")))
        patterns_bar.addStretch(1)
        patterns_column = QVBoxLayout(self.patterns_page)
        patterns_column.setContentsMargins(0, 0, 0, 0)
        patterns_column.addLayout(patterns_bar)
        patterns_column.addWidget(self.patterns, 1)
        self.patterns_button = link_button(self.tr("Patterns ▸"))
        self.patterns_button.setToolTip(
            self.tr("Counts of events by type, time, place and perpetrator (Ctrl+Shift+P)")
        )
        self.patterns_action = QAction(self.tr("Patterns"), self)
        self.patterns_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.patterns_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.patterns_action)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.panel)
        self.pages.addWidget(self.editor_page)
        self.pages.addWidget(self.patterns_page)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.patterns_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        self.patterns_button.clicked.connect(self.show_patterns)
        self.patterns_action.triggered.connect(self.show_patterns)
        self.patterns_back.clicked.connect(self.show_list)
        self.patterns.caseActivated.connect(self.open_case)
        self.panel.filters.filterChanged.connect(self.patterns.set_filter)
        self.panel.caseActivated.connect(self.open_case)
        self.panel.selectionMoved.connect(lambda _id: self._target_changed())
        self.panel.deleteRequested.connect(self.delete_case)
        self.panel.newIncidentRequested.connect(self.new_incident)
        self.back_button.clicked.connect(self.show_list)
        self.editor.saved.connect(self._saved)
        self.editor.dirtyChanged.connect(self.dirtyChanged)

    # --- opening and locking ----------------------------------------------------------

    def open_vault(self, vault: Vault) -> None:
        self.vault = vault
        self.editor.set_vault(vault)
        self.panel.set_vault(vault)
        self.patterns.set_vault(vault)
        self.patterns.set_filter(self.panel.filters.current())
        self.current_id = None
        self.show_list()

    def discard_vault(self) -> None:
        """Forget everything shown and save nothing: the keys of the vault behind it were
        destroyed (the duress passphrase typed in a dialog), so no edit on screen may
        reach the empty vault that takes its place."""
        self.last_place = None
        self.editor.clear()
        self.panel.set_vault(None)
        self.patterns.set_vault(None)
        self.vault = None
        self.current_id = None
        self.show_list()

    def close_vault(self) -> bool:
        """Save valid pending edits, then forget everything shown. False when edits had
        to be dropped because they were not valid."""
        kept = True
        # Where the user was (the case id and the editor's tab; no case text), to come
        # back to after unlocking.
        self.last_place = (
            (self.current_id, self.editor.tabs.currentIndex())
            if self.showing_editor() and self.current_id is not None
            else None
        )
        try:
            if self.vault is not None and self.editor.is_dirty():
                kept = self.editor.save_if_valid()
        except Exception:  # noqa: BLE001 - locking goes on; the edits count as dropped
            kept = False
        self.editor.clear()
        self.panel.set_vault(None)
        self.patterns.set_vault(None)
        self.vault = None
        self.current_id = None
        self.show_list()
        return kept

    # --- pages ------------------------------------------------------------------------

    def restore_place(self) -> bool:
        """Open the case and tab shown when the vault was locked; False if there was
        none (or the case is gone)."""
        place, self.last_place = self.last_place, None
        if place is None or self.vault is None:
            return False
        case_id, tab = place
        try:
            case_ops.get_case(self.vault, case_id)
        except (VaultError, KeyError, ValueError):
            return False
        self.panel.select_case(case_id)
        self._load(case_id)
        if self.current_id != case_id:
            return False
        self.editor.tabs.setCurrentIndex(tab)
        self.show_editor()
        return True

    def showing_editor(self) -> bool:
        return self.pages.currentWidget() is self.editor_page

    def show_list(self) -> None:
        """Back to the list; the editor keeps its case (and any unsaved edits)."""
        self.pages.setCurrentWidget(self.panel)
        self.patterns_button.show()
        if self.current_id is not None:
            self.panel.select_case(self.current_id)
        self.panel.view.setFocus()
        self._target_changed()

    def show_editor(self) -> None:
        self.pages.setCurrentWidget(self.editor_page)
        self.patterns_button.hide()
        self._target_changed()

    def show_patterns(self) -> None:
        """The Patterns view, counting the cases the list's filter shows."""
        if self.vault is None:
            return
        self.pages.setCurrentWidget(self.patterns_page)
        self.patterns_button.hide()
        self.patterns.dimension.setFocus()
        self._target_changed()

    def target_id(self) -> str | None:
        """The case Duplicate and Delete act on: the one in the editor while it is shown,
        else the one selected in the list."""
        return self.current_id if self.showing_editor() else self.panel.chosen()

    def _target_changed(self) -> None:
        self.targetChanged.emit(self.vault is not None and self.target_id() is not None)

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
            elif answer is Unsaved.SAVE:
                self.show_editor()  # not valid: the messages are next to the fields
            elif on_cancel:
                on_cancel()

        dialogs.ask_unsaved(self, choice)

    def open_case(self, case_id: str) -> None:
        """Show the case in the editor (asking first if another one has unsaved edits)."""
        if self.vault is None:
            return
        if case_id == self.current_id:
            self.show_editor()  # the same case, with whatever was typed in it
            return
        self.guard(lambda: self._load(case_id), on_cancel=self.show_editor)

    def _load(self, case_id: str) -> None:
        if self.vault is None:
            return
        try:
            self.editor.load_case(case_id)
        except VaultError as exc:
            dialogs.error(self, str(exc))
            self.panel.refresh()
            return
        self.current_id = case_id
        self.panel.select_case(case_id)
        self.show_editor()

    # --- operations -------------------------------------------------------------------

    def new_case(self) -> None:
        if self.vault is None:
            return

        def start() -> None:
            self.editor.new_case()
            self.current_id = None
            self.show_editor()
            self.statusMessage.emit(self.tr("New case: give it a title, then save (Ctrl+S)."))

        self.guard(start, on_cancel=self.show_editor)

    def new_incident(self) -> None:
        """The quick intake form; the case it creates opens in the editor."""
        if self.vault is None:
            return

        def start() -> None:
            from casebook.ui.intake import NewIncidentDialog

            dialog = NewIncidentDialog(self.vault, self)
            dialog.created.connect(self._incident_created)
            self.incident_dialog = dialog
            dialog.open()

        self.guard(start)

    def _incident_created(self, case_id: str) -> None:
        self.apply_changes(Changes(cases=True, case_ids=(case_id,)), reload_editor=False)
        self.open_case(case_id)
        self.statusMessage.emit(self.tr("Case created. Add evidence and details here."))

    def save(self) -> None:
        if self.vault is not None and self.showing_editor():
            self.editor.save()

    def duplicate_case(self) -> None:
        source = self.target_id()
        if self.vault is None or source is None:
            return
        in_editor = self.showing_editor()

        def run() -> None:
            assert self.vault is not None
            copy = case_ops.duplicate_case(self.vault, source, self.tr(" (copy)"))
            self.apply_changes(Changes(cases=True, case_ids=(copy.id,)))
            if in_editor:
                self._load(copy.id)
            else:
                self.panel.select_case(copy.id)
                self._target_changed()
            self.statusMessage.emit(self.tr("Case duplicated (evidence is not copied)."))

        if source == self.current_id:
            self.guard(run)  # the copy is made of what is stored
        else:
            run()

    def delete_case(self) -> None:
        target = self.target_id()
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
            self.current_id = None
        if self.panel.chosen() == case_id:
            self.panel.select_case(None)
        self.apply_changes(changes)
        self.show_list()
        self.statusMessage.emit(self.tr("Case deleted."))

    # --- after a change -------------------------------------------------------------

    def _saved(self, changes: Changes) -> None:
        if changes.case_ids:
            self.current_id = changes.case_ids[0]
        self.apply_changes(changes, reload_editor=False)
        if self.current_id is not None:
            self.panel.select_case(self.current_id)
        self._target_changed()
        self.statusMessage.emit(self.tr("Saved."))

    def apply_changes(self, changes: Changes, reload_editor: bool = True) -> None:
        """Refresh only what the operation touched."""
        if self.vault is None:
            return
        if changes.cases:
            self.patterns.set_filter(self.panel.filters.current())  # recounted when shown
        if changes.cases or changes.evidence:
            self.panel.refresh()
        if changes.cases:
            self.panel.refresh_tags()
            self.panel.refresh_reminders()
        touched = self.current_id is not None and self.current_id in changes.case_ids
        if reload_editor and touched and not self.editor.is_dirty():
            assert self.current_id is not None
            self.editor.load_case(self.current_id)
