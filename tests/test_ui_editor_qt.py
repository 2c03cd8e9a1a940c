"""The Qt binding must not lose references when signals are emitted.

PySide6 6.12.0 returns True from SignalInstance.emit() without a new reference, so each
emit (every keystroke in a form emits a few) takes one from True's count; a long
session ends with 'Fatal Python error: bool_dealloc' and an abort, losing unsaved work.
pyproject.toml excludes that version; this test catches any other that does the same.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    flag = Signal(bool)


def test_emitting_signals_keeps_reference_counts(qapp) -> None:
    emitter = _Emitter()
    seen: list[bool] = []
    emitter.flag.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(500):
        emitter.plain.emit()
        emitter.flag.emit(False)
    assert seen == [False] * 500
    seen.clear()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
