"""Queries of the case list, run one after the other in a background thread on a vault
connection of their own, so a slow query (a common word searched in 100,000 cases, a
page deep in a sorted list) never blocks the window. Results come back on the GUI
thread; a newer question makes older ones moot (`interrupt()`, `generation`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool

from casebook.ui import tasks
from casebook.vault.db import Connection, DatabaseError
from casebook.vault.vault import Vault


class Stale(Exception):
    """The question was overtaken by a newer one before it ran."""


class ListQueries(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one connection, used by one thread, in order
        self._handle: Vault | None = None
        self.generation = 0  # bumped by the owner when earlier answers no longer matter
        self._epoch = 0  # bumped when the connection closes: then nothing matters

    @property
    def is_open(self) -> bool:
        return self._handle is not None

    def open(self, vault: Vault) -> None:
        self.close()
        self._handle = vault.for_thread()

    def close(self) -> None:
        """Abandon what is queued, stop what runs, close the connection, drop its key."""
        self.generation += 1
        self._epoch += 1
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        self._pool.clear()
        self._interrupt(handle)
        self._pool.waitForDone()
        handle.close()

    def interrupt(self) -> None:
        """Stop the query running now (its answer would be stale)."""
        if self._handle is not None:
            self._interrupt(self._handle)

    @staticmethod
    def _interrupt(handle: Vault) -> None:
        try:
            handle.conn.interrupt()
        except DatabaseError:
            pass  # closed already

    def submit(
        self,
        work: Callable[[Connection], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lasting: bool = False,
    ) -> None:
        """Run `work(conn)` in the background unless the generation moved on first;
        `on_done(result)` runs on the GUI thread only if it is still current. A `lasting`
        question stays current until the connection closes."""
        handle = self._handle
        if handle is None:
            return
        generation, epoch = self.generation, self._epoch

        def current() -> bool:
            return epoch == self._epoch and (lasting or generation == self.generation)

        def run(_progress: object, _cancel: object) -> Any:
            if not current():
                raise Stale()
            return work(handle.conn)

        def done(result: Any) -> None:
            if current():
                on_done(result)

        def failed(exc: BaseException) -> None:
            if current() and not isinstance(exc, Stale) and on_error:
                on_error(exc)

        tasks.start(run, on_done=done, on_error=failed, pool=self._pool)
