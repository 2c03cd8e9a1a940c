"""Installable application (issue 7): the size of the built folder dist/casebook/, and
its start time next to `python -m casebook` from source (the issue's baseline).

Start times: to the first window (the unlock screen) under a private Xvfb, see
gui_start.py; and `casebook --version` (every command module imported), which needs no
display. Build first: `make package` (the frozen build is measured as it was built).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "casebook" / ("casebook.exe" if os.name == "nt" else "casebook")
RUNS = int(os.environ.get("CASEBOOK_BENCH_RUNS", "10"))


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def timed(argv: list[str], runs: int = RUNS) -> tuple[float, float]:
    """(first run, median of the following runs) in seconds."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return times[0], statistics.median(times[1:])


def gui_rows(source: list[str]) -> None:
    from bench import gui_start

    why_not = gui_start.available()
    if why_not:
        print(f"{'start: to the unlock screen':34} not measured: {why_not}")
        return
    commands = {"source": source} | ({"frozen": [str(FROZEN)]} if FROZEN.exists() else {})
    times = gui_start.measure(commands, runs=max(3, RUNS // 2))
    src = statistics.median(times["source"])
    line = f"{'start: to the unlock screen (median)':34} {src * 1000:>8.0f}ms"
    if "frozen" in times:
        frz = statistics.median(times["frozen"])
        line += f" {frz * 1000:>8.0f}ms {frz / src:>6.2f}x"
    print(line)


def main() -> None:
    source = [sys.executable, "-m", "casebook"]
    if not FROZEN.exists():
        print(f"{FROZEN} is missing: run `make package` first; measuring the source only")
    print(f"{'':34} {'source':>10} {'frozen':>10} {'ratio':>7}")
    if FROZEN.exists():
        size = folder_size(FROZEN.parent)
        print(f"{'size of dist/casebook/':34} {'':>10} {size / 2**20:>8.0f} MiB")
    for label, args in (("start: --version (median)", ["--version"]),):
        first_src, src = timed(source + args)
        line = f"{label:34} {src * 1000:>8.0f}ms"
        if FROZEN.exists():
            first_frz, frz = timed([str(FROZEN), *args])
            line += f" {frz * 1000:>8.0f}ms {frz / src:>6.2f}x"
            print(line)
            print(
                f"{'start: --version (first run)':34} {first_src * 1000:>8.0f}ms "
                f"{first_frz * 1000:>8.0f}ms {first_frz / first_src:>6.2f}x"
            )
        else:
            print(line)
    gui_rows(source)
    one = [("selftest (one run)", ["selftest"])]
    for label, args in one:
        _, src = timed(source + args, runs=1)
        line = f"{label:34} {src:>9.2f}s"
        if FROZEN.exists():
            _, frz = timed([str(FROZEN), *args], runs=1)
            line += f" {frz:>9.2f}s {frz / src:>6.2f}x"
        print(line)


if __name__ == "__main__":
    main()
