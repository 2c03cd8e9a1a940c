"""Data entry (issue 18): the detention case (two activists detained, ten days of
administrative detention, two perpetrators, three demands, one photo, the English appeal)
walked with counted key presses and clicks through "New incident", and through the full
editor, by the pytest-qt walk in tests/test_ui_intake.py (run here in a subprocess).

Baseline of the issue: 124 clicks and about 2,750 key presses for a new user with the
full editor on a 1400x900 screen; aim: under 40 clicks through New incident.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

BASELINE_CLICKS, BASELINE_KEYS = 124, 2750
TEST = "tests/test_ui_intake.py::test_walks_counted_new_incident_against_the_full_editor"


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "walk.txt"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CASEBOOK_WALK_REPORT=str(report))
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", TEST],
            cwd=root, env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if run.returncode != 0 or not report.exists():
            print(run.stdout[-2000:], run.stderr[-2000:])
            raise RuntimeError("the walk test failed")
        line = report.read_text(encoding="utf-8")
    m = re.search(
        r"new-incident clicks=(\d+) keys=(\d+); full-editor clicks=(\d+) keys=(\d+)", line
    )
    assert m, line
    qc, qk, fc, fk = (int(g) for g in m.groups())
    print(f"{'walk':<32}{'clicks':>8}{'keys':>8}")
    print(f"{'issue baseline (new user)':<32}{BASELINE_CLICKS:>8}{BASELINE_KEYS:>8}")
    print(f"{'full editor, keyboard walk':<32}{fc:>8}{fk:>8}")
    print(f"{'New incident walk':<32}{qc:>8}{qk:>8}")
    print(
        f"New incident vs full-editor walk: {qk / fk:.2f}x the keys, {qc}/{fc} clicks; "
        f"vs the issue baseline: {qk / BASELINE_KEYS:.2f}x the keys, "
        f"{qc / BASELINE_CLICKS:.2f}x the clicks (aim: under 40 clicks)"
    )


if __name__ == "__main__":
    main()
