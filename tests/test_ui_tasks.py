"""The background runner delivers results, errors and progress on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from casebook.ui import tasks


class Cancelled(Exception):
    pass


def test_results_and_progress_arrive_on_gui_thread(qtbot) -> None:
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(progress, cancel):
        seen["worker_is_gui"] = QThread.currentThread() == gui
        progress(5, 10)
        return 42

    def done(result):
        seen["done_on_gui"] = QThread.currentThread() == gui
        seen["result"] = result

    def prog(done_, total):
        seen["progress_on_gui"] = QThread.currentThread() == gui
        seen["progress"] = (done_, total)

    task = tasks.start(work, on_done=done, on_progress=prog)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {
        "worker_is_gui": False,
        "done_on_gui": True,
        "result": 42,
        "progress_on_gui": True,
        "progress": (5, 10),
    }
    assert task.done


def test_errors_and_cancel_are_reported(qtbot) -> None:
    errors: list[BaseException] = []
    task = tasks.start(lambda p, c: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)

    started = threading.Event()
    cancelled: list[bool] = []

    def slow(progress, cancel):
        started.set()
        cancel.wait(5)
        raise Cancelled()

    task = tasks.start(slow, on_cancel=lambda: cancelled.append(True))
    started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)


def test_synchronous_runner_runs_at_once(qtbot) -> None:
    tasks.use_synchronous_runner(True)
    try:
        results: list[int] = []
        tasks.start(lambda p, c: 7, on_done=results.append)
        assert results == [7]
    finally:
        tasks.use_synchronous_runner(False)
