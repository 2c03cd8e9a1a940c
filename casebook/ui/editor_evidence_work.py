"""Background work of the Evidence tab: the bar that starts imports (with the source and
event new files get), the progress row that runs work, and the work itself (import,
preview, export), each a function run by `casebook.ui.tasks.run_task` in a worker thread
with its own vault handle."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from casebook.services import evidence as store
from casebook.services.evidence_details import clean_source
from casebook.ui import tasks
from casebook.ui.editor_preview import build_preview

STEPS = 1000  # progress is shown in thousandths (byte counts may not fit a Qt int)
PREVIEW_LIMIT = store.PREVIEW_LIMIT

Progress = Callable[[int, int], None]
Work = Callable[[Any, Progress, threading.Event], Any]


class ImportBar(QWidget):
    """Add files…, and what the files added next get: a source and an event."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.drop_hint = QLabel(self.tr("or drop files here."), self)
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("Who gave them, how they arrived"))
        self.source.setToolTip(self.tr("Recorded as the source of each file added next"))
        self.source_label = QLabel(self.tr("Source of new files:"), self)
        self.source_label.setBuddy(self.source)
        self.link_event = QComboBox(self)
        self.link_label = QLabel(self.tr("Link new files to:"), self)
        self.link_label.setBuddy(self.link_event)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button)
        row.addWidget(self.drop_hint)
        row.addStretch(1)
        row.addWidget(self.source_label)
        row.addWidget(self.source, 2)
        row.addWidget(self.link_label)
        row.addWidget(self.link_event, 2)

    def set_events(self, events: dict[str, str]) -> None:
        chosen = self.link_event.currentData()
        self.link_event.clear()
        self.link_event.addItem(self.tr("no event"), "")
        for event_id, text in sorted(events.items(), key=lambda kv: kv[1]):
            self.link_event.addItem(text, event_id)
        self.link_event.setCurrentIndex(max(0, self.link_event.findData(chosen)))

    def new_source(self) -> str:
        return clean_source(self.source.text())

    def used(self, source: str) -> None:
        """The files are in: the next ones may come from elsewhere, so the source they
        were given goes (unless it was changed meanwhile)."""
        if self.new_source() == source:
            self.source.setText("")

    def event_ids(self) -> tuple[str, ...]:
        chosen = self.link_event.currentData()
        return (chosen,) if chosen else ()

    def clear(self) -> None:
        self.source.setText("")  # also drops its undo history
        self.set_events({})


class ProgressRow(QWidget):
    """Runs one piece of work at a time with a progress bar and a Cancel button.
    `forget()` cancels it and makes sure none of its callbacks arrives afterwards."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, STEPS)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self._task: tasks.Task | None = None
        self.busy = False
        self._generation = 0
        self.hide()

    def run(
        self,
        vault: Any,
        label: str,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_cancel: Callable[[], None],
    ) -> None:
        generation = self._generation

        def current(fn: Callable[..., None]) -> Callable[..., None]:
            def call(*args: Any) -> None:
                if generation == self._generation:
                    fn(*args)

            return call

        def ending(fn: Callable[..., None]) -> Callable[..., None]:
            def call(*args: Any) -> None:
                self._set_busy(False)
                fn(*args)

            return current(call)

        self.label.setText(label)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self._set_busy(True)
        task = tasks.run_task(
            vault,
            work,
            on_done=ending(on_done),
            on_error=ending(on_error),
            on_cancel=ending(on_cancel),
            on_progress=current(lambda done, _total: self.bar.setValue(done)),
        )
        if generation == self._generation and self.busy:
            self._task = task  # still running (the synchronous test runner is done at once)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)

    def forget(self) -> None:
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
        self._set_busy(False)
        self.label.setText("")

    def is_current(self, generation: int) -> bool:
        return generation == self._generation

    def generation(self) -> int:
        return self._generation

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._task = None
        self.busy = busy
        self.setVisible(busy)
        self.busyChanged.emit(busy)


def import_work(
    case_id: str,
    files: list[Path],
    *,
    event_ids: tuple[str, ...],
    actor: str,
    imported: list[str],
    source: str = "",
) -> Work:
    """Import `files` one after the other; ids of finished ones go to `imported` (they
    stay when a later one is cancelled). Progress counts bytes over all files."""

    def work(vault: Any, progress: Progress, cancel: threading.Event) -> list[str]:
        sizes = [f.stat().st_size for f in files]
        total, before = max(1, sum(sizes)), 0
        for path, size in zip(files, sizes, strict=True):
            if cancel.is_set():
                raise store.Cancelled()

            def step(done: int, _total: int, base: int = before) -> None:
                progress((base + done) * STEPS // total, STEPS)

            item = store.import_file(
                vault, case_id, path, source=source, event_ids=event_ids, actor=actor,
                progress=step, cancel=cancel,
            )  # fmt: skip
            imported.append(item.id)
            before += size
        return list(imported)

    return work


def preview_work(item: Any, actor: str) -> Work:
    def work(vault: Any, progress: Progress, cancel: threading.Event) -> Any:
        data = store.read_bytes(vault, item.id, actor=actor, limit=PREVIEW_LIMIT)
        return build_preview(data, item.media_type)

    return work


def export_work(item: Any, target: Path, *, cleaned: bool, actor: str) -> Work:
    def work(vault: Any, progress: Progress, cancel: threading.Event) -> Any:
        if cleaned:
            return store.export_cleaned(vault, item.id, target, actor=actor)

        def step(done: int, total: int) -> None:
            progress(done * STEPS // max(1, total), STEPS)

        return store.export_original(
            vault, item.id, target, actor=actor, progress=step, cancel=cancel
        )

    return work
