"""The case editor: one case in tabs (Overview, People and organisations, Events,
Evidence, Appeals), saved through `casebook.services.cases.save_case`.

The editor works on a copy of the case; `is_dirty()` compares it with the copy last
loaded or saved, so it is exact. Unsaved details of the evidence item shown (source,
description, events) count as edits too, and `save()` / `save_if_valid()` store them
with the case. Loading another case (`load_case`, `new_case`) or `clear()` drops unsaved
edits: the shell asks first (`is_dirty`, `save`), and auto-lock calls `save_if_valid()`.
"""

from __future__ import annotations

import copy
import importlib
import importlib.util
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.model import Case
from casebook.domain.validation import FieldError, ValidationError, case_errors
from casebook.services.cases import get_case, save_case
from casebook.services.changes import Changes
from casebook.ui.editor_events import EventsTab
from casebook.ui.editor_evidence import EvidenceTab
from casebook.ui.editor_overview import OverviewTab
from casebook.ui.editor_parties import PartiesTab
from casebook.ui.outreach_tab import OutreachTab
from casebook.vault.errors import VaultError


def _appeals_tab() -> QWidget | None:
    """The appeals tab if its module exists (another part of the application builds it)."""
    if importlib.util.find_spec("casebook.ui.appeals_tab") is None:
        return None
    module = importlib.import_module("casebook.ui.appeals_tab")
    return module.AppealsTab(None)  # type: ignore[no-any-return]


class CaseEditor(QWidget):
    saved = Signal(object)  # Changes, after a successful save (or evidence change)
    dirtyChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Any = None
        self._case: Case | None = None
        self._clean: Case | None = None
        self._is_new = False
        self._dirty = False
        self.overview = OverviewTab()
        self.parties = PartiesTab()
        self.events = EventsTab()
        self.evidence = EvidenceTab()
        self.appeals = _appeals_tab()
        self.outreach = OutreachTab()
        self._build()
        self.save_action = QAction(self.tr("&Save case"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        for tab in (self.overview, self.parties, self.events):
            tab.edited.connect(self._edited)
        self.parties.parties_changed.connect(self.events.parties_changed)
        self.evidence.changed.connect(self.saved)
        self.evidence.detailsDirtyChanged.connect(lambda _dirty: self._edited())

    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)  # every tab title shown whole
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.parties, self.tr("People and organisations"))
        self.tabs.addTab(self.events, self.tr("Events"))
        self.tabs.addTab(self.evidence, self.tr("Evidence"))
        if self.appeals is None:
            self.appeals_placeholder = QLabel(self.tr("Appeals will appear here."), self)
            self.appeals_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(self.appeals_placeholder, self.tr("Appeals"))
        else:
            self.tabs.addTab(self.appeals, self.tr("Appeals"))
            exported = getattr(self.appeals, "exported", None)
            if exported is not None:  # a new kept appeal can be recorded as sent
                exported.connect(lambda _r: self.outreach.refresh())
        self.tabs.addTab(self.outreach, self.tr("Outreach"))
        self.outreach.changed.connect(self.saved)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Save status"))
        self.message.setContentsMargins(8, 4, 8, 4)
        self.empty = QLabel(self.tr("Choose a case in the list, or create a new one."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        page = self.page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tabs)
        column.addWidget(self.message)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # --- public interface ---------------------------------------------------------------

    def set_vault(self, vault: Any) -> None:
        self._vault = vault
        self.evidence.set_vault(vault)
        if self.appeals is not None:
            self.appeals.set_vault(vault)  # type: ignore[attr-defined]
        self.outreach.set_vault(vault)

    def load_case(self, case_id: str) -> None:
        """Show a case of the vault (unsaved edits of the case shown before are dropped).
        Raises VaultError (NotFound) when it is not there; the editor is then empty."""
        try:
            case = get_case(self._vault, case_id)
        except VaultError as exc:
            self.clear()
            self.empty.setText(str(exc))
            raise
        self._show(case, is_new=False)

    def new_case(self) -> None:
        """Show a blank case that is stored on the first successful save."""
        self._show(Case(title=""), is_new=True)
        self.tabs.setCurrentWidget(self.overview)
        self.overview.form.field("title").setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """Forget the case: every widget that showed case data is emptied (on lock)."""
        for dialog in self.findChildren(QDialog):  # a question may name a person
            dialog.reject()
            dialog.setParent(None)
            dialog.deleteLater()
        self.evidence.clear()
        if self.appeals is not None:
            self.appeals.clear()  # type: ignore[attr-defined]
        self.outreach.clear()
        for tab in (self.overview, self.parties, self.events):
            tab.clear()
        self._case = self._clean = None
        self._is_new = False
        self.message.setText("")
        self._mark_tabs(set())
        self.empty.setText(self.tr("Choose a case in the list, or create a new one."))
        self.stack.setCurrentWidget(self.empty)
        self._set_dirty(False)

    def is_dirty(self) -> bool:
        return self._case_dirty() or self.evidence.details_dirty()

    def _case_dirty(self) -> bool:
        return self._case is not None and self._case != self._clean

    def case_id(self) -> str | None:
        """Id of the case shown (None when nothing is shown or it was never saved)."""
        return None if self._case is None or self._is_new else self._case.id

    def save(self) -> bool:
        """Validate and store the case, and the details of the evidence item shown.
        Messages appear next to invalid fields."""
        if self._case is None or self._vault is None:
            return False
        details = self.evidence.save_details()
        errors = self._errors()
        if errors:
            self._show_errors(errors)
            return False
        self._mark_tabs(set())
        if not details:
            self.tabs.setCurrentWidget(self.evidence)
        if not self._is_new and not self._case_dirty():
            return details
        return self._store() and details

    def save_if_valid(self) -> bool:
        """Save pending edits if they are valid, without showing or asking anything.
        True when nothing is left unsaved; False when invalid edits remain."""
        if self._case is None or self._vault is None or not self.is_dirty():
            return True
        details = self.evidence.save_details(quiet=True)
        if not self._case_dirty():
            return details
        if self._errors():
            return False
        return self._store() and details

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Another interface language: events are named by date and type in it."""
        if event.type() == QEvent.Type.LanguageChange and self._case is not None:
            self.evidence.set_events(self.events.labels())
        super().changeEvent(event)

    # --- internals ----------------------------------------------------------------------

    def _show(self, case: Case, *, is_new: bool) -> None:
        self._case, self._clean, self._is_new = case, copy.deepcopy(case), is_new
        self.message.setText("")
        self._mark_tabs(set())
        self.overview.load(case)
        self.parties.load(case)
        self.events.load(case)
        self._load_linked()
        self.stack.setCurrentWidget(self.page)
        self._set_dirty(False)

    def _load_linked(self, *, evidence: bool = True) -> None:
        """Show the case in the evidence and appeals tabs (they read the stored case).
        After a save of a stored case the evidence list stays (an import may be running)."""
        case_id = self.case_id()
        self.evidence.set_events(self.events.labels())
        if evidence:
            self.evidence.load_case(case_id)
        if self.appeals is not None:
            if case_id is None:
                self.appeals.clear()  # type: ignore[attr-defined]
            else:  # the stored case as the editor has it (only read, never changed)
                self.appeals.load_case(case_id, self._clean)  # type: ignore[attr-defined]
            self.tabs.setTabEnabled(self.tabs.indexOf(self.appeals), case_id is not None)
        if case_id is None:
            self.outreach.clear()
        else:
            self.outreach.load_case(case_id)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.outreach), case_id is not None)

    def _errors(self) -> list[FieldError]:
        assert self._case is not None
        return case_errors(self._case) + self.overview.extra_errors() + self.events.extra_errors()

    def _store(self) -> bool:
        assert self._case is not None
        try:
            changes: Changes = save_case(self._vault, self._case)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except VaultError as exc:
            self._say(self.tr("Not saved: {0}").format(str(exc)), error=True)
            return False
        self._clean = copy.deepcopy(self._case)
        was_new, self._is_new = self._is_new, False
        self._load_linked(evidence=was_new)
        self._say(self.tr("Saved."))
        self._set_dirty(False)
        self.saved.emit(changes)
        return True

    def _show_errors(self, errors: list[FieldError]) -> None:
        tabs: list[OverviewTab | PartiesTab | EventsTab] = [
            self.overview,
            self.parties,
            self.events,
        ]
        with_errors: set[QWidget] = {tab for tab in tabs if tab.show_errors(errors)}
        self._mark_tabs(with_errors)
        first = next((t for t in tabs if t in with_errors), None)
        if first is not None:
            self.tabs.setCurrentWidget(first)
            first.focus_first_error()
        text = self.tr(
            "Not saved: %n problem(s), marked in red next to the fields.", "", len(errors)
        )
        self._say(text, error=True)

    def _mark_tabs(self, with_errors: set[QWidget]) -> None:
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for tab in (self.overview, self.parties, self.events):
            self.tabs.setTabIcon(self.tabs.indexOf(tab), icon if tab in with_errors else QIcon())

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")

    def _edited(self) -> None:
        self.message.setText("")
        self._set_dirty(self.is_dirty())

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
