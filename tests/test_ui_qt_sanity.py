"""The Qt binding itself: PySide6 6.12.0 dropped a reference to True on every emit() from
Python, so a long session (or a long test run) died with "bool_dealloc". pyproject.toml
excludes that release; this test fails loudly if such a build comes back."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)
    number = Signal(int)


def test_emit_keeps_reference_counts_intact(qapp) -> None:
    emitter = _Emitter()
    seen: list[object] = []
    emitter.flag.connect(seen.append)
    emitter.number.connect(seen.append)
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.flag.emit(False)
        emitter.number.emit(1)
    seen.clear()
    gc.collect()
    assert sys.getrefcount(True) - before > -10, "this PySide6 build leaks on emit()"
