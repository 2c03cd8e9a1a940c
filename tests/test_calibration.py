"""Key derivation calibration (issue 19): load at creation never weakens a vault."""

from __future__ import annotations

import pytest

from casebook.vault import keys

GIB_KIB = 1024 * 1024


def _clock(monkeypatch: pytest.MonkeyPatch, seconds_per_run: list[float], ram_kib: int) -> None:
    """Derivations at the floor take the given times (in turn) on a machine of `ram_kib`."""
    now = [0.0]
    runs = iter(seconds_per_run)

    def derive(self: keys.KdfParams, secret: bytes, salt: bytes) -> bytes:
        now[0] += next(runs)
        return bytes(32)

    monkeypatch.setattr(keys.KdfParams, "derive", derive)
    monkeypatch.setattr(keys.time, "perf_counter", lambda: now[0])
    monkeypatch.setattr(keys, "_physical_memory_kib", lambda: ram_kib)


def test_one_slow_run_does_not_change_the_result(monkeypatch: pytest.MonkeyPatch) -> None:
    _clock(monkeypatch, [0.06] * 5, 16 * GIB_KIB)
    idle = keys.calibrate()
    _clock(monkeypatch, [0.9, 0.06, 0.06, 0.5, 0.06], 16 * GIB_KIB)
    assert keys.calibrate() == idle  # the median of five runs
    assert idle.memory_kib >= 512 * 1024


def test_a_busy_machine_still_gets_the_memory_of_an_idle_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _clock(monkeypatch, [0.8] * 5, 8 * GIB_KIB)  # every run slowed down by load
    params = keys.calibrate()
    assert params.memory_kib == 256 * 1024 and params.iterations >= 3


def test_a_small_machine_gets_a_sixteenth_of_its_ram_and_never_below_the_floor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _clock(monkeypatch, [2.0] * 5, 2 * GIB_KIB)
    assert keys.calibrate().memory_kib == 128 * 1024
    _clock(monkeypatch, [2.0] * 5, 512 * 1024)
    params = keys.calibrate()
    assert (params.memory_kib, params.iterations) == (64 * 1024, 3)  # the absolute minimum


def test_real_calibration_meets_the_floor() -> None:
    params = keys.calibrate(target_seconds=0.2, runs=2)
    assert params.meets_floor() and params.memory_kib >= keys.memory_floor_kib()
