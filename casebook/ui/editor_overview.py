"""The Overview tab: every field of the case itself, declared once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from casebook.domain import vocab
from casebook.domain.model import Case
from casebook.domain.validation import FieldError, case_errors
from casebook.ui import outreach_fields  # noqa: F401 - registers the "actions" kind
from casebook.ui.forms import QT_TRANSLATE_NOOP, FieldSpec, FormPage

_NESTED = ("people[", "organisations[", "events[")

CASE_FIELDS = [
    FieldSpec(
        "title",
        QT_TRANSLATE_NOOP("forms", "Title"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("forms", "What happened, in one line"),
    ),
    FieldSpec("status", QT_TRANSLATE_NOOP("forms", "Status"), "choice", vocab.CASE_STATUS),
    FieldSpec(
        "country",
        QT_TRANSLATE_NOOP("forms", "Country"),
        "country",
        placeholder=QT_TRANSLATE_NOOP("forms", "Type a country name or code"),
    ),
    FieldSpec(
        "location",
        QT_TRANSLATE_NOOP("forms", "Location"),
        placeholder=QT_TRANSLATE_NOOP("forms", "City or region"),
    ),
    FieldSpec(
        "sensitivity",
        QT_TRANSLATE_NOOP("forms", "Sensitivity"),
        "choice",
        vocab.SENSITIVITY,
        help=QT_TRANSLATE_NOOP("forms", "Who may see this case: only us, partners, or anyone."),
    ),
    FieldSpec(
        "summary",
        QT_TRANSLATE_NOOP("forms", "Summary"),
        "multiline",
        lines=6,
        placeholder=QT_TRANSLATE_NOOP("forms", "About the situation"),
    ),
    FieldSpec("background", QT_TRANSLATE_NOOP("forms", "Background"), "multiline", lines=4),
    FieldSpec(
        "tags",
        QT_TRANSLATE_NOOP("forms", "Tags"),
        "tags",
        placeholder=QT_TRANSLATE_NOOP("forms", "Separated by commas"),
    ),
    FieldSpec(
        "demands",
        QT_TRANSLATE_NOOP("forms", "Demands"),
        "list",
        lines=5,
        help=QT_TRANSLATE_NOOP("forms", "What the appeal urges, in order. F2 edits one."),
    ),
    FieldSpec(
        "actions_taken",
        QT_TRANSLATE_NOOP("forms", "Actions already taken"),
        "actions",
        lines=5,
        help=QT_TRANSLATE_NOOP(
            "forms",
            "Complaints to the police, the prosecutor or a court, with their reference "
            "and outcome (a UN submission asks for them).",
        ),
    ),
]


def overview_errors(case: Case) -> list[FieldError]:
    """Problems of the case's own fields (not of its people, organisations or events)."""
    return [e for e in case_errors(case) if not e.path.startswith(_NESTED)]


class OverviewTab(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FormPage(CASE_FIELDS, validator=overview_errors, parent=self)
        self.form.edited.connect(self.edited)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.form)
        column.addStretch(1)
        inner.setMaximumWidth(max(900, 110 * self.fontMetrics().averageCharWidth()))
        scroll.setWidget(inner)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def load(self, case: Case) -> None:
        self.form.load(case)

    def commit(self) -> None:
        self.form.save()

    def extra_errors(self) -> list[FieldError]:
        """Problems only the widgets know about (none here: every field maps to the case)."""
        return []

    def show_errors(self, errors: list[FieldError]) -> bool:
        """Show the case-level errors among `errors`; True if any was shown."""
        mine = [e for e in errors if not e.path.startswith(_NESTED)]
        self.form.show_errors(mine)
        return bool(mine)

    def focus_first_error(self) -> None:
        widget = self.form.first_error_field()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self.form.clear()
