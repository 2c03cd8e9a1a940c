"""The pre-publication check in the Appeals tab: every span that was replaced, every
doubtful one (redact or keep, decided per finding and kept with the appeal settings),
and hints that do not block.

    panel = CheckPanel(parent)
    panel.load(settings)            # the decisions kept with the case
    panel.set_result(checked)       # after each preview build
    settings = panel.apply(settings)
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.appeal import AppealSettings
from casebook.domain.appeal_builder import CheckedAppeal
from casebook.domain.model import Case
from casebook.domain.redaction import Finding, effective_consent, unique_findings
from casebook.ui.appeals_models import CheckListModel

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - Qt's name
    return text


REASONS = {
    "name": QT_TRANSLATE_NOOP("CheckModel", "name"),
    "form": QT_TRANSLATE_NOOP("CheckModel", "name in another form or script"),
    "initials": QT_TRANSLATE_NOOP("CheckModel", "initials with name"),
    "contact": QT_TRANSLATE_NOOP("CheckModel", "contact detail"),
    "close": QT_TRANSLATE_NOOP("CheckModel", "close to a name"),
    "common_word": QT_TRANSLATE_NOOP("CheckModel", "a name that is also a word"),
    "phone_like": QT_TRANSLATE_NOOP("CheckModel", "looks like a phone number"),
    "email_like": QT_TRANSLATE_NOOP("CheckModel", "looks like an e-mail address"),
    "relationship": QT_TRANSLATE_NOOP("CheckModel", "hint: a relative or lawyer is mentioned"),
}
STATES = {
    "hint": QT_TRANSLATE_NOOP("CheckModel", "hint"),
    "replaced": QT_TRANSLATE_NOOP("CheckModel", "replaced"),
    "redact": QT_TRANSLATE_NOOP("CheckModel", "redact"),
    "keep": QT_TRANSLATE_NOOP("CheckModel", "keep"),
    "open": QT_TRANSLATE_NOOP("CheckModel", "to decide"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("CheckModel", "State"),
    QT_TRANSLATE_NOOP("CheckModel", "Found"),
    QT_TRANSLATE_NOOP("CheckModel", "Why"),
    QT_TRANSLATE_NOOP("CheckModel", "Context"),
)
_UNRESOLVED = QColor("#fde2b8")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckModel", text)


class CheckModel(QAbstractTableModel):
    """Findings, one row per found text and reason; doubtful ones first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Finding] = []
        self.decisions: dict[str, str] = {}

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._rows = sorted(findings, key=lambda f: (f.certain, f.reason == "relationship"))
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def state(self, f: Finding) -> str:
        if f.reason == "relationship":
            return _tr(STATES["hint"])
        if f.certain:
            return _tr(STATES["replaced"])
        decision = self.decisions.get(f.key, "")
        return _tr(STATES[decision if decision in ("redact", "keep") else "open"])

    def unresolved(self) -> int:
        return sum(1 for f in self._rows if self._open(f))

    def _open(self, f: Finding) -> bool:
        return not f.certain and f.reason != "relationship" and f.key not in self.decisions

    def decide(self, rows: list[int], decision: str) -> None:
        for row in rows:
            f = self._rows[row]
            if not f.certain and f.reason != "relationship":
                self.decisions[f.key] = decision
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 3))

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == 0:
                return self.state(f)
            if col == 1:
                return f.text if f.certain or not f.label else f"{f.text} → {f.label}"
            if col == 2:
                return _tr(REASONS.get(f.reason, f.reason))
            return f.context
        if role == Qt.ItemDataRole.BackgroundRole and self._open(f):
            return _UNRESOLVED
        return None


class CheckPanel(QWidget):
    """The findings of the check, with Redact / Keep for the doubtful ones."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts: tuple[str, ...] = ()
        self.model = CheckModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Findings of the pre-publication check"))
        self.summary = QLabel(wordWrap=True)
        self.detail = QLabel(wordWrap=True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAccessibleName(self.tr("Context of the selected finding"))
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.redact_button = QPushButton(self.tr("&Redact"))
        self.keep_button = QPushButton(self.tr("&Keep as written"))
        self.redact_button.setToolTip(self.tr("Replace the selected text in this appeal"))
        self.keep_button.setToolTip(self.tr("Publish the selected text as it is"))
        self.redact_button.clicked.connect(lambda: self._decide("redact"))
        self.keep_button.clicked.connect(lambda: self._decide("keep"))
        self.contacts = CheckListModel(self)
        self.contacts_view = QListView(self)
        self.contacts_view.setModel(self.contacts)
        self.contacts_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.contacts_label = QLabel(
            self.tr("Contact details of named people that may be published in this appeal:")
        )
        self.contacts_label.setWordWrap(True)
        self.contacts_label.setBuddy(self.contacts_view)
        self.contacts_view.setAccessibleName(self.tr("Contact details to publish"))
        self.contacts.edited.connect(self.edited)
        buttons = QHBoxLayout()
        buttons.addWidget(self.redact_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.view, 1)
        box.addWidget(self.detail)
        box.addLayout(buttons)
        box.addWidget(self.contacts_label)
        box.addWidget(self.contacts_view)

    def load(self, settings: AppealSettings, case: Case | None = None) -> None:
        """The decisions kept with the case, and the named people's contact details
        with those ticked for publishing."""
        self.model.decisions = settings.decision_map()
        self._contacts = settings.contacts
        named = [p for p in (case.people if case else []) if effective_consent(p) == "named"]
        rows = [(c, f"{p.name}: {c}") for p in named for c in p.all_contacts()]
        self.contacts.set_rows(rows, set(settings.contacts))
        self.contacts_label.setVisible(bool(rows))
        self.contacts_view.setVisible(bool(rows))

    def apply(self, settings: AppealSettings) -> AppealSettings:
        decisions = tuple(sorted(self.model.decisions.items()))
        ticked = self.contacts.checked() if self.contacts.rowCount() else self._contacts
        return replace(settings, decisions=decisions, contacts=tuple(ticked))

    def set_result(self, checked: CheckedAppeal) -> None:
        self.detail.clear()
        self.model.set_findings([*unique_findings(checked.findings), *checked.hints])
        self._show_summary()

    def unresolved(self) -> int:
        return self.model.unresolved()

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        f = self.model.finding(current.row())
        self.detail.setText(f"{f.text}: {f.context}")

    def clear(self) -> None:
        self.detail.clear()
        self.contacts.set_rows([], set())
        self.model.set_findings([])
        self.model.decisions = {}
        self._contacts = ()
        self.summary.clear()

    def _decide(self, decision: str) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        self.model.decide(rows, decision)
        self._show_summary()
        self.edited.emit()

    def _show_summary(self) -> None:
        open_ = self.model.unresolved()
        total = self.model.rowCount()
        if open_:
            text = self.tr("{open} doubtful finding(s) to decide before export ({total} in all).")
        elif total:
            text = self.tr("Nothing left to decide ({total} finding(s)).")
        else:
            text = self.tr("Nothing that may not be published was found.")
        self.summary.setText(text.replace("{open}", str(open_)).replace("{total}", str(total)))
