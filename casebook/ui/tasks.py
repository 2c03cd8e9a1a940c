"""Background work with progress and cancel, handed back to the GUI thread by signals.

    task = run_task(vault, work, on_done=..., on_error=..., on_progress=...)
    task.cancel()

`work(handle, progress, cancel)` runs in a worker thread with its own vault handle
(`vault.for_thread()`, its own database connection); `progress(done, total)` may be
called from there; `cancel` is a threading.Event the work must check. The callbacks
run on the GUI thread. Tests replace the pool with `use_synchronous_runner()`, which
runs the work at once on the calling thread (like Picard's FakeThreadPool).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

ProgressFn = Callable[[int, int], None]
Work = Callable[[Any, ProgressFn, threading.Event], Any]

_synchronous = False
_running: set[Task] = set()


def use_synchronous_runner(enabled: bool = True) -> None:
    global _synchronous
    _synchronous = enabled


class Task(QObject):
    """One piece of background work. Its public signals are emitted on the thread that
    created the task (the GUI thread): the worker emits private signals, which Qt queues
    to this object's slots, which re-emit the public ones."""

    progressed = Signal(object, object)  # bytes can pass 2**31
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    _w_progress = Signal(object, object)
    _w_finished = Signal(object)
    _w_failed = Signal(object)
    _w_cancelled = Signal()

    def __init__(self, work: Callable[[ProgressFn, threading.Event], Any]) -> None:
        super().__init__()
        self._work = work
        self.cancel_event = threading.Event()
        self.done = False
        self._w_progress.connect(self._relay_progress)
        self._w_finished.connect(self._relay_finished)
        self._w_failed.connect(self._relay_failed)
        self._w_cancelled.connect(self._relay_cancelled)

    @Slot(object, object)
    def _relay_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(object)
    def _relay_finished(self, result: object) -> None:
        self.done = True
        self.finished.emit(result)

    @Slot(object)
    def _relay_failed(self, exc: object) -> None:
        self.done = True
        self.failed.emit(exc)

    @Slot()
    def _relay_cancelled(self) -> None:
        self.done = True
        self.cancelled.emit()

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            result = self._work(self._emit_progress, self.cancel_event)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            if self.cancel_event.is_set() and type(exc).__name__ == "Cancelled":
                self._w_cancelled.emit()
            else:
                exc.__casebook_trace__ = traceback.format_exc()  # type: ignore[attr-defined]
                self._w_failed.emit(exc)
        else:
            if self.cancel_event.is_set():
                self._w_cancelled.emit()
            else:
                self._w_finished.emit(result)

    def _emit_progress(self, done: int, total: int) -> None:
        self._w_progress.emit(int(done), int(total))


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        self.task.run()


def start(
    work: Callable[[ProgressFn, threading.Event], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Run `work(progress, cancel)` off the GUI thread; callbacks run on the GUI thread.
    `pool` is the global thread pool unless given (one with a single thread runs its
    tasks in order)."""
    task = Task(work)
    if on_progress:
        task.progressed.connect(on_progress)
    if on_done:
        task.finished.connect(on_done)
    if on_error:
        task.failed.connect(on_error)
    if on_cancel:
        task.cancelled.connect(on_cancel)
    _running.add(task)
    for signal in (task.finished, task.failed, task.cancelled):
        signal.connect(lambda *_: _running.discard(task))
    if _synchronous:
        task.run()
    else:
        (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task


def run_task(vault: Any, work: Work, **callbacks: Any) -> Task:
    """Like `start`, with a vault handle of the worker's own, closed afterwards."""

    def wrapped(progress: ProgressFn, cancel: threading.Event) -> Any:
        handle = vault.for_thread()
        try:
            return work(handle, progress, cancel)
        finally:
            handle.close()

    return start(wrapped, **callbacks)


def wait_all(timeout_ms: int = 30000) -> bool:
    """Wait for every task in the pool (used when quitting and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
