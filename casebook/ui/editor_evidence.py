"""The Evidence tab: import (button or drag and drop) in the background with progress
and cancel, a table of items, details with metadata and custody log, a preview built in
memory, export of the original or of a cleaned copy, deletion. Source, description and
events of an item are edited in its details; pending edits are saved with Save details,
with the case (Ctrl+S), before another item is shown, and on auto-lock.

Work on files runs through `casebook.ui.tasks.run_task` with its own vault handle. Every
callback checks a generation number, so nothing arrives after `clear()` (lock).
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebook.services import evidence as store
from casebook.services.changes import Changes
from casebook.ui import dialogs
from casebook.ui.editor_dialogs import ask_open_files, ask_save_file
from casebook.ui.editor_evidence_view import EvidenceDetails, evidence_model, read_only_table
from casebook.ui.editor_evidence_work import (
    PREVIEW_LIMIT,
    ImportBar,
    ProgressRow,
    Work,
    export_work,
    import_work,
    preview_work,
)
from casebook.ui.editor_models import OBJECT_ROLE, make_proxy


def cleaned_name(name: str) -> str:
    p = Path(name)
    return f"{p.stem}-cleaned{p.suffix}"


class EvidenceTab(QWidget):
    changed = Signal(object)  # Changes: evidence was added, described or removed
    detailsDirtyChanged = Signal(bool)  # the shown item has unsaved details

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Any = None
        self._case_id: str | None = None
        self._events: dict[str, str] = {}
        self._reselecting = False
        self.identifying_notice: QMessageBox | None = None  # the last one shown
        self.setAcceptDrops(True)
        self.model = evidence_model(self)
        self.proxy = make_proxy(self.model, self)
        self.details = EvidenceDetails(self)
        self._build()
        self.set_events({})
        self._update_state()

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.import_bar = ImportBar(self)
        self.add_button = self.import_bar.add_button
        self.add_button.clicked.connect(self.ask_files)
        self.link_event = self.import_bar.link_event
        self.progress_row = ProgressRow(self)
        self.progress_row.busyChanged.connect(lambda _busy: self._update_state())
        self.progress = self.progress_row.bar
        self.progress_label = self.progress_row.label
        self.cancel_button = self.progress_row.cancel_button
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter evidence"))
        self.filter.setAccessibleName(self.tr("Filter evidence"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = read_only_table(
            self.proxy, self.tr("Evidence"), self, sort=(4, Qt.SortOrder.DescendingOrder)
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.export_button = QPushButton(self.tr("Export original…"), self)
        self.clean_button = QPushButton(self.tr("Export cleaned copy…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.export_button.clicked.connect(self.ask_export_original)
        self.clean_button.clicked.connect(self.ask_export_cleaned)
        self.delete_button.clicked.connect(self.ask_delete)
        self.details.preview_button.clicked.connect(self.preview)
        self.details.editor.saveRequested.connect(self.save_details)
        self.details.editor.dirtyChanged.connect(self.detailsDirtyChanged)
        self._layout()

    def _layout(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter)
        column.addWidget(self.table, 1)
        actions = QHBoxLayout()
        for b in (self.export_button, self.clean_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        column.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        details = QScrollArea(self)  # with large fonts the details need more than the height
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        details.setWidget(self.details)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.body = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.import_bar)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    # --- state --------------------------------------------------------------------------

    def set_vault(self, vault: Any) -> None:
        self._vault = vault

    def set_events(self, events: dict[str, str]) -> None:
        """Labels of the case's stored events: to name the events an item is linked to,
        and to choose one for new files."""
        self._events = dict(events)
        self.import_bar.set_events(events)
        self.details.editor.set_events(events)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Another interface language: what this tab writes itself, nothing reloaded (an
        import may be running)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._update_state()
            self.details.retranslate(self._events)
        super().changeEvent(event)

    def load_case(self, case_id: str | None) -> None:
        """Show the evidence of a stored case; None for a case not saved yet."""
        self._forget()
        self._case_id = case_id
        self.reload()

    def clear(self) -> None:
        self._forget()
        self.import_bar.clear()
        self.details.editor.clear()
        self.set_events({})
        self._update_state()

    def _forget(self) -> None:
        self.progress_row.forget()  # callbacks of running work are ignored from now on
        self._case_id = None
        self.import_bar.source.setText("")
        self.filter.setText("")
        self._say("")
        self.model.set_items([])
        self.details.show_item(None, {}, [], [])

    def _can_import(self) -> bool:
        return bool(self._vault and self._case_id and not self.progress_row.busy)

    def _update_state(self) -> None:
        busy = self.progress_row.busy
        if self._case_id is None:
            self.note.setText(self.tr("Save the case first; then you can add evidence to it."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self.add_button.setEnabled(self._can_import())
        item = self.current()
        chosen = item is not None and not busy
        for b in (self.export_button, self.clean_button, self.delete_button):
            b.setEnabled(chosen)
        refusal = store.can_clean(item) if chosen else ""
        self.clean_button.setToolTip(
            refusal or self.tr("A copy without hidden metadata (location, camera, author)")
        )
        self.details.preview_button.setEnabled(chosen)
        self.body.setEnabled(self._case_id is not None)

    def reload(self, select_id: str | None = None) -> None:
        items = []
        if self._vault and self._case_id:
            items = store.list_evidence(self._vault, self._case_id)
        self.model.set_items(items)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        chosen = next((i for i in items if i.id == select_id), items[0] if items else None)
        if chosen is not None:
            self._select(chosen.id)
        self._show_current()

    def current(self) -> Any:
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def _select(self, evidence_id: str) -> bool:
        row = next((r for r, i in enumerate(self.model.items()) if i.id == evidence_id), -1)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        return True

    def _show_current(self) -> None:
        if self._reselecting:
            return
        item, shown = self.current(), self.details.editor.item
        if shown is not None and getattr(item, "id", None) != shown.id and self.details_dirty():
            if not self.save_details():  # stay with the item until its details are right
                self._reselecting = True
                try:
                    back = self._select(shown.id)
                finally:
                    self._reselecting = False
                if back or any(i.id == shown.id for i in self.model.items()):
                    self._update_state()  # (filtered out of sight, its details stay shown)
                    return
            item = self.current()
        custody = store.custody_log(self._vault, item.id) if item else []
        metadata = store.metadata_summary(item) if item else []
        self.details.show_item(item, self._events, custody, metadata)
        self._update_state()

    def _refresh_custody(self, item: Any) -> None:
        if item is not None and item.id == getattr(self.current(), "id", None):
            self.details.set_custody(store.custody_log(self._vault, item.id))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setStyleSheet("color: #b00020;" if error else "")

    # --- source, description, events -----------------------------------------------------

    def details_dirty(self) -> bool:
        return self.details.editor.is_dirty()

    def save_details(self, *, quiet: bool = False) -> bool:
        """Store pending details of the shown item. True when nothing is left unsaved;
        False when they could not be saved (the panel says why unless `quiet`)."""
        if not self.details_dirty() or self._vault is None:
            return True
        old = self.details.editor.item
        item = self.details.editor.save(self._vault, self._actor(), quiet=quiet)
        if item is None:
            return False
        self.model.replace(old, item)
        self.details.set_custody(store.custody_log(self._vault, item.id))
        if self._case_id:
            self.changed.emit(Changes(evidence=True, case_ids=(self._case_id,)))
        return True

    # --- background work ----------------------------------------------------------------

    def _run(
        self,
        label: str,
        work: Work,
        on_done: Callable[[Any], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        self._say("")
        cancelled = on_cancel or (lambda: self._say(self.tr("Cancelled.")))
        self.progress_row.run(self._vault, label, work, on_done, self._failed, cancelled)

    def cancel(self) -> None:
        self.progress_row.cancel()

    def _failed(self, exc: BaseException) -> None:
        self._say(str(exc) or type(exc).__name__, error=True)
        self.reload(getattr(self.current(), "id", None))

    # --- import -------------------------------------------------------------------------

    def ask_files(self) -> None:
        if self._can_import():
            ask_open_files(self, self.tr("Add evidence"), self.import_paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self._can_import() and any(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        """Import files into the case in the background (progress, cancel)."""
        if not self._can_import() or self._case_id is None:
            return
        files = [Path(p) for p in paths if Path(p).is_file()]
        skipped = len(paths) - len(files)
        if not files:
            self._say(self.tr("Only files can be added, not folders."), error=True)
            return
        imported: list[str] = []
        source = self.import_bar.new_source()
        work = import_work(
            self._case_id,
            files,
            event_ids=self.import_bar.event_ids(),
            actor=self._actor(),
            imported=imported,
            source=source,
        )

        def done(ids: list[str]) -> None:
            text = self.tr("Imported %n file(s).", "", len(ids))
            if skipped:
                text += " " + self.tr("%n folder(s) skipped.", "", skipped)
            self._say(text)
            self.import_bar.used(source)
            if self.details.editor.in_use():  # typing about another item: it stays shown
                self._evidence_changed(getattr(self.current(), "id", None))
                return
            self._evidence_changed(ids[-1] if ids else None)
            self.details.editor.take_focus("description" if source else "source", within=self)
            self.warn_identifying(ids)

        def cancelled() -> None:
            text = self.tr(
                "Import cancelled. Files finished before are kept: %n.", "", len(imported)
            )
            self._say(text)
            self._evidence_changed(imported[-1] if imported else None)

        self._run(self.tr("Importing %n file(s)…", "", len(files)), work, done, cancelled)

    def warn_identifying(self, ids: list[str]) -> None:
        """Say at once when imported files carry a GPS position or a person's name in
        hidden metadata, and offer the cleaned export of the first of them."""
        if self._vault is None:
            return
        found: list[tuple[Any, list[tuple[str, str]]]] = []
        for evidence_id in ids:
            item = store.get_evidence(self._vault, evidence_id)
            lines = store.identifying_metadata(item)
            if lines:
                found.append((item, lines))
        if not found:
            return
        rows = "".join(
            f"<li><b>{html.escape(item.original_name)}</b>: "
            + html.escape("; ".join(f"{label}: {value}" for label, value in lines))
            + "</li>"
            for item, lines in found
        )
        text = self.tr(
            "Hidden metadata in %n imported file(s) can place or name someone:",
            "",
            len(found),
        )
        advice = self.tr(
            "The originals stay as they are in the vault (they are evidence). Share only "
            "a cleaned copy, without this metadata."
        )
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Location or name in the files"),
                          f"<p>{html.escape(text)}</p><ul>{rows}</ul><p>{html.escape(advice)}</p>",
                          QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        first = found[0][0]
        clean = None
        if not store.can_clean(first):
            clean = box.addButton(
                self.tr("Export cleaned copy…"), QMessageBox.ButtonRole.AcceptRole
            )
        ok = box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(ok)
        box.setEscapeButton(ok)

        def answered(_result: int) -> None:
            if clean is not None and box.clickedButton() is clean and self._select(first.id):
                self.ask_export_cleaned()

        box.finished.connect(answered)
        self.identifying_notice = box
        box.open()

    def _evidence_changed(self, select_id: str | None) -> None:
        self.reload(select_id)
        if self._case_id:
            self.changed.emit(Changes(evidence=True, case_ids=(self._case_id,)))

    def _actor(self) -> str:
        """Who acts, for the custody log: as in the CLI, $CASEBOOK_ACTOR."""
        return os.environ.get("CASEBOOK_ACTOR", "")

    # --- preview, export, delete ----------------------------------------------------------

    def preview(self) -> None:
        item = self.current()
        if item is None or self.progress_row.busy:
            return
        if item.size > PREVIEW_LIMIT:
            self._say(self.tr("Too large to preview here. Export it to look at it."))
            return

        def done(result: Any) -> None:
            if item is self.current():
                self.details.show_preview(result)
            self._refresh_custody(item)

        work = preview_work(item, self._actor())
        self._run(self.tr("Preparing the preview…"), work, done)

    def ask_export_original(self) -> None:
        item = self.current()
        if item is not None and not self.progress_row.busy:
            ask_save_file(
                self,
                self.tr("Export original"),
                item.original_name,
                lambda dest: self.export(item, dest, cleaned=False),
            )

    def ask_export_cleaned(self) -> None:
        item = self.current()
        refusal = store.can_clean(item) if item is not None else ""
        if refusal:  # say why, rather than a disabled button whose reason few would find
            self._say(refusal, error=True)
        elif item is not None and not self.progress_row.busy:
            ask_save_file(
                self,
                self.tr("Export cleaned copy"),
                cleaned_name(item.original_name),
                lambda dest: self.export(item, dest, cleaned=True),
            )

    def export(self, item: Any, dest: str, *, cleaned: bool) -> None:
        """Write the original or a cleaned copy of `item` to `dest` in the background."""
        if self.progress_row.busy or not dest:
            return
        target = Path(dest)

        def done(_result: Any) -> None:
            self._say(self.tr("Exported to {0}").format(str(target)))
            self._refresh_custody(item)

        work = export_work(item, target, cleaned=cleaned, actor=self._actor())
        self._run(self.tr("Exporting…"), work, done)

    def ask_delete(self) -> None:
        item = self.current()
        if item is None or self.progress_row.busy:
            return
        question = self.tr(
            "Delete {0} from the vault? The encrypted file is destroyed; the log keeps a record."
        ).format(item.original_name)
        generation = self.progress_row.generation()

        def confirmed() -> None:
            if self.progress_row.is_current(generation):
                self.delete(item)

        dialogs.ask_yes(
            self, self.tr("Delete evidence"), question, confirmed, icon=QMessageBox.Icon.Warning
        )

    def delete(self, item: Any) -> None:
        if item.id == getattr(self.details.editor.item, "id", None):
            self.details.editor.undo()  # its pending details go with it
        store.delete_evidence(self._vault, item.id, actor=self._actor())
        self._say(self.tr("Deleted {0}.").format(item.original_name))
        self._evidence_changed(None)
