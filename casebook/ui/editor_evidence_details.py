"""What the user says about an evidence item (source, description, linked events), as a
declared form with Save details and Undo changes.

The panel keeps pending edits until they are saved, undone or dropped by `clear()`.
The Evidence tab saves them through `casebook.services.evidence.update_evidence_details`
with the details button, with the case's Save (Ctrl+S), before another item is shown,
and on auto-lock (`CaseEditor.save_if_valid`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.validation import FieldError, ValidationError
from casebook.services.evidence_details import (
    clean_source,
    detail_errors,
    update_evidence_details,
)
from casebook.ui.appeals_models import CheckListModel
from casebook.ui.forms import QT_TRANSLATE_NOOP, FieldSpec, FormPage, register_kind
from casebook.vault.errors import VaultError


@dataclass
class Draft:
    """The values being edited (a FormPage writes into it as the user types)."""

    source: str = ""
    description: str = ""
    event_ids: list[str] = field(default_factory=list)


class EventLinksField(QWidget):
    """The case's saved events, each with a check box: those the item belongs to."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckListModel(self)
        self.model.edited.connect(self.edited)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.none = QLabel(self.tr("The case has no saved events yet."), self)
        self.none.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.none)
        self._events: dict[str, str] = {}
        self._show([], set())

    def set_events(self, events: dict[str, str]) -> None:
        """The events to choose from (id -> label); what is checked stays checked."""
        self._events = dict(events)
        self._show(self._rows(), set(self.value()))

    def _rows(self) -> list[tuple[str, str]]:
        return sorted(self._events.items(), key=lambda kv: (kv[1], kv[0]))

    def _show(self, rows: list[tuple[str, str]], checked: set[str]) -> None:
        self.model.set_rows(rows, checked)
        self.view.setVisible(bool(rows))
        self.none.setVisible(not rows)
        shown = min(max(len(rows), 2), 4)  # more scroll
        row = max(self.view.sizeHintForRow(0), self.fontMetrics().height()) if rows else 0
        self.view.setFixedHeight(row * shown + 2 * self.view.frameWidth() + 4)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)

    def setAccessibleDescription(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleDescription(text)
        self.view.setAccessibleDescription(text)

    def value(self) -> Any:
        return list(self.model.checked())

    def set_value(self, value: Any) -> None:
        rows = self._rows()
        known = {k for k, _ in rows}
        missing = [(e, e[:8]) for e in value or [] if e not in known]  # not saved as shown
        self._show(rows + missing, set(value or []))

    def clear_value(self) -> None:
        self._events = {}
        self._show([], set())

    def focus_chain(self) -> list[QWidget]:
        return [self.view]

    def problems(self) -> list[str]:
        return []


register_kind("eventlinks", EventLinksField)

DETAIL_FIELDS = [
    FieldSpec(
        "source",
        QT_TRANSLATE_NOOP("forms", "Source"),
        placeholder=QT_TRANSLATE_NOOP("forms", "Who gave it, how it arrived"),
        help=QT_TRANSLATE_NOOP("forms", "Where the file came from: a person, a chat, a phone."),
    ),
    FieldSpec(
        "description",
        QT_TRANSLATE_NOOP("forms", "Description"),
        "multiline",
        placeholder=QT_TRANSLATE_NOOP("forms", "What it shows, when and where it was made"),
        lines=3,
    ),
    FieldSpec("event_ids", QT_TRANSLATE_NOOP("forms", "Events"), "eventlinks"),
]


def _draft_errors(draft: Draft) -> list[FieldError]:
    return detail_errors(draft.source, draft.description)


class DetailsEditor(QWidget):
    """Source, description and events of one item, with Save details and Undo changes."""

    dirtyChanged = Signal(bool)
    saveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Any = None
        self.draft = Draft()
        self.form = FormPage(DETAIL_FIELDS, validator=_draft_errors)
        form_layout = self.form.layout()
        if form_layout is not None:
            form_layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.form.edited.connect(self._edited)
        self.save_button = QPushButton(self.tr("Save details"), self)
        self.save_button.setToolTip(self.tr("Also saved with the case (Ctrl+S)"))
        self.save_button.clicked.connect(self.saveRequested)
        self.undo_button = QPushButton(self.tr("Undo changes"), self)
        self.undo_button.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self._dirty = False
        self._update()

    def field(self, name: str) -> QWidget:
        return self.form.field(name)

    def labels(self) -> list[QLabel]:
        return [self.form.label(spec.name) for spec in DETAIL_FIELDS]

    def set_events(self, events: dict[str, str]) -> None:
        self.field("event_ids").set_events(events)  # type: ignore[attr-defined]

    def load(self, item: Any) -> None:
        """Show the stored details of `item` (pending edits are dropped)."""
        self.item = item
        self.draft = Draft(item.source, item.description, list(item.event_ids))
        self.form.load(self.draft)
        self._say("")
        self._update()

    def forget(self) -> None:
        """Show no item (pending edits are dropped; the events to choose from stay)."""
        self.item = None
        self.draft = Draft()
        self.form.load(self.draft)
        self._say("")
        self._update()

    def clear(self) -> None:
        """Forget the item and every value shown, with the events to choose from."""
        self.item = None
        self.draft = Draft()
        self.form.clear()
        self._say("")
        self._update()

    def undo(self) -> None:
        if self.item is not None:
            self.load(self.item)

    def is_dirty(self) -> bool:
        item, draft = self.item, self.draft
        if item is None:
            return False
        return (
            clean_source(draft.source) != item.source
            or draft.description.rstrip() != item.description
            or set(draft.event_ids) != set(item.event_ids)
        )

    def save(self, vault: Any, actor: str, *, quiet: bool = False) -> Any:
        """Store pending edits and show what is stored. Returns the stored item, or None
        when they could not be saved (edits stay; unless `quiet`, the panel says why:
        next to the fields, or under them when the item or an event is gone)."""
        if not self.is_dirty():
            return self.item
        errors = _draft_errors(self.draft) if quiet else self.form.validate()
        if errors:
            self._say(self.tr("Not saved: see the messages next to the fields."), quiet)
            return None
        try:
            item = update_evidence_details(vault, self.item.id, actor=actor, **self.changes())
        except ValidationError as exc:
            if not quiet:
                self.form.show_errors(exc.errors)
            self._say(self.tr("Not saved: see the messages next to the fields."), quiet)
            return None
        except VaultError as exc:
            self._say(self.tr("Not saved: {0}").format(str(exc)), quiet)
            return None
        self.load(item)
        self.status.setText(self.tr("Details saved."))
        self.status.setStyleSheet("color: #1b5e20;")
        return item

    def _say(self, problem: str, quiet: bool = False) -> None:
        if not quiet:
            self.status.setText(problem)
            self.status.setStyleSheet("color: #b00020;")

    def in_use(self) -> bool:
        """Whether someone is working here: unsaved edits, or the focus in a field."""
        focus = QApplication.focusWidget()
        return self.is_dirty() or (focus is not None and self.isAncestorOf(focus))

    def take_focus(self, name: str, *, within: QWidget) -> None:
        """Focus a field, unless the person's attention is outside `within`."""
        focus = QApplication.focusWidget()
        if self.item is not None and self.isVisible():
            if focus is None or within.isAncestorOf(focus) or focus is within:
                self.focus(name)

    def changes(self) -> dict[str, Any]:
        """Keyword arguments for update_evidence_details: only what differs."""
        item, draft = self.item, self.draft
        out: dict[str, Any] = {}
        if clean_source(draft.source) != item.source:
            out["source"] = draft.source
        if draft.description.rstrip() != item.description:
            out["description"] = draft.description
        if set(draft.event_ids) != set(item.event_ids):
            out["event_ids"] = list(draft.event_ids)
        return out

    def focus(self, name: str) -> None:
        self.field(name).setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self) -> None:
        self._update()

    def _update(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.undo_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
