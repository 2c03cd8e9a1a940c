"""Reviewing what partners proposed, field by field.

    ProposalsDialog(vault, case_id=None)   every waiting proposal (or those of one case):
        .decided(Changes)                  a side-by-side table of the fields, yours and
                                           theirs; "Take theirs" / "Keep ours" for the
                                           chosen rows or for all of them.

A proposal is a received version that was not applied by itself: it touches consent,
names, contacts or sensitivity, was changed on both sides, came from an unverified
source, or is about a case deleted on one side (services/bundle/proposals.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.services import bundle
from casebook.services.bundle.fields import FieldChange, readable, show
from casebook.ui.formats import datetime_text
from casebook.ui.partner_dialogs import selectable
from casebook.vault.errors import VaultError
from casebook.vault.vault import Vault

_Index = QModelIndex | QPersistentModelIndex


class ProposalListModel(QAbstractListModel):
    """The waiting proposals, one line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposals: list[bundle.Proposal] = []

    def set_proposals(self, proposals: list[bundle.Proposal]) -> None:
        self.beginResetModel()
        self.proposals = proposals
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.proposals)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.proposals[index.row()]
        return self.tr("{title} — {kind} — from {sender}, {when}").format(
            title=p.title, kind=p.kind_label, sender=p.peer_name, when=datetime_text(p.received)
        )


class FieldChangesModel(QAbstractTableModel):
    """Field | Yours | Theirs, one row per waiting field; protected fields in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes: list[FieldChange] = []
        self.names: dict[str, str] = {}

    def set_changes(self, changes: list[FieldChange], names: dict[str, str]) -> None:
        self.beginResetModel()
        self.changes, self.names = changes, names
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Field"), self.tr("Yours"), self.tr("Theirs"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self.changes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                mark = "⚠ " if change.protected else ""
                return mark + readable(change.path, self.names)
            value = change.ours if column == 1 else change.theirs
            if value is None:
                return self.tr("(absent)")
            return show(value)
        if role == Qt.ItemDataRole.FontRole and change.protected:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and change.protected:
            return self.tr(
                "Protected: consent, names, contacts, sensitivity or a deletion. A partner "
                "cannot change it without your decision."
            )
        return None


class ProposalsDialog(QDialog):
    """Every waiting proposal, and the fields of the chosen one side by side."""

    decided = Signal(object)  # Changes

    def __init__(
        self, vault: Vault, case_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault, self.case_id = vault, case_id
        self.setWindowTitle(self.tr("Changes proposed by partners"))
        self.proposals = ProposalListModel(self)
        self.list = QListView()
        self.list.setModel(self.proposals)
        self.list.setAccessibleName(self.tr("Waiting proposals"))
        self.fields = FieldChangesModel(self)
        self.table = QTableView()
        self.table.setModel(self.fields)
        self.table.setAccessibleName(self.tr("Fields: yours and theirs"))
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.about = selectable()
        self.message = selectable()
        self.buttons = QDialogButtonBox()
        self.take = self._button(self.tr("&Take theirs"), lambda: self.decide(True, False))
        self.keep = self._button(self.tr("&Keep ours"), lambda: self.decide(False, False))
        self.take_all = self._button(self.tr("Take &all theirs"), lambda: self.decide(True, True))
        self.keep_all = self._button(self.tr("Keep all &ours"), lambda: self.decide(False, True))
        self.take.setShortcut(QKeySequence("Ctrl+T"))
        self.keep.setShortcut(QKeySequence("Ctrl+K"))
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 3)
        hint = QLabel(self.tr(
            "Nothing here has been applied: your version is in use until you decide. "
            "Fields marked ⚠ are protected."
        ))  # fmt: skip
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.about)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.resize(900, 600)
        self.reload()

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def reload(self, keep: str = "") -> None:
        self.proposals.set_proposals(bundle.list_proposals(self.vault, self.case_id))
        ids = [p.id for p in self.proposals.proposals]
        row = ids.index(keep) if keep in ids else 0
        if ids:
            self.list.setCurrentIndex(self.proposals.index(row))
        self._show_current()

    def current(self) -> bundle.Proposal | None:
        row = self.list.currentIndex().row()
        found = self.proposals.proposals
        return found[row] if 0 <= row < len(found) else None

    def _show_current(self) -> None:
        proposal = self.current()
        self.fields.set_changes(
            proposal.pending if proposal else [], proposal.names if proposal else {}
        )
        self.table.resizeRowsToContents()
        if proposal is None:
            self.about.setText(self.tr("Nothing waits for your decision."))
        else:
            kind = proposal.kind_label
            self.about.setText(
                self.tr("{kind}. Received from {sender} on {when}.").format(
                    kind=kind[:1].upper() + kind[1:], sender=proposal.peer_name,
                    when=datetime_text(proposal.received),
                )
            )  # fmt: skip
        self._update()

    def _update(self) -> None:
        has = self.current() is not None
        chosen = bool(self.table.selectionModel().selectedRows())
        self.take.setEnabled(has and chosen)
        self.keep.setEnabled(has and chosen)
        self.take_all.setEnabled(has)
        self.keep_all.setEnabled(has)

    def chosen_fields(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.fields.changes[r].path for r in rows]

    def decide(self, take: bool, everything: bool) -> None:
        proposal = self.current()
        if proposal is None:
            return
        wanted = None if everything else self.chosen_fields()
        try:
            action = bundle.accept if take else bundle.reject
            changes = action(self.vault, proposal.id, wanted)
        except VaultError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Taken from the partner.") if take else self.tr("Kept yours."))
        self.decided.emit(changes)
        self.reload(keep=proposal.id)
