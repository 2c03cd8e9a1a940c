"""Desktop application figures (issue 4):

- process start to the unlock screen (`casebook gui --vault V` in a subprocess, offscreen),
  next to a bare `python -c "import PySide6.QtWidgets"` for scale;
- unlock to the case list shown for a vault of 100,000 cases (the synthetic vault of
  bench_vault, cached under $CASEBOOK_BENCH_DIR), next to the baseline of reading every
  row at once, which a model filled up front (and a QSortFilterProxyModel over it) needs;
- what the paged list costs afterwards: jump to the last row, sort by title and by
  evidence count, a search typed in the filter bar, a filter by event type.

The unlock uses the cheap KDF parameters the synthetic vault was made with, so the time
is the application's own; bench_vault measures the calibrated key derivation.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import sys
from PySide6.QtWidgets import QApplication

def shown(self=None):
    QApplication.processEvents()
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    window.grab()  # painted
    print("SHOWN", type(window.current_page()).__name__, flush=True)
    return 0

QApplication.exec = shown
from casebook.cli import main
sys.exit(main(["gui", "--vault", sys.argv[1]]))
"""


def _child_env(home: Path) -> dict[str, str]:
    """Offscreen, settings in a temporary home, and compiled bytecode cached (in the
    temporary dir) as an installed application has it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CASEBOOK_HOME=str(home))
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed(args: list[str], env: dict[str, str], expect: str) -> float:
    t0 = time.perf_counter()
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout
    elapsed = time.perf_counter() - t0
    if expect not in out:
        raise RuntimeError(f"child did not report {expect!r}: {out!r}")
    return elapsed


def bench_startup(small_vault: Path, home: Path, runs: int = 5) -> tuple[float, float]:
    env = _child_env(home)
    bare = [_timed([sys.executable, "-c", "import PySide6.QtWidgets; print('ok')"], env, "ok")
            for _ in range(runs)]  # fmt: skip
    command = [sys.executable, "-c", CHILD, str(small_vault)]
    _timed(command, env, "SHOWN UnlockPage")  # compiles and caches the bytecode
    app = [_timed(command, env, "SHOWN UnlockPage") for _ in range(runs)]
    return statistics.median(app), statistics.median(bare)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def _wait_for(signal, timeout_ms: int = 600_000) -> None:  # noqa: ANN001
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def bench_big_list(path: Path, passphrase: str) -> dict[str, tuple[float, float]]:
    """{interaction: (GUI thread busy, until the rows are painted)} in seconds."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from casebook.ui.app import make_application
    from casebook.ui.main_window import MainWindow
    from casebook.vault import cases as repo

    make_application(["bench"])
    window = MainWindow(path)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    figures: dict[str, tuple[float, float]] = {}
    panel = window.workspace.panel
    model, view = panel.model, panel.view

    def measure(name: str, action, done) -> None:  # noqa: ANN001
        start = time.perf_counter()
        action()
        view.viewport().repaint()  # asks for the rows it shows
        busy = time.perf_counter() - start
        if model.loading or model._pending:
            _wait_for(done)
        QApplication.processEvents()
        view.viewport().repaint()
        figures[name] = (busy, time.perf_counter() - start)

    page = window.unlock_page
    page.passphrase.setText(passphrase)
    start = time.perf_counter()
    page.unlock()
    _wait_for(model.loaded)
    QApplication.processEvents()
    window.repaint()
    figures["unlock"] = (0.0, time.perf_counter() - start)
    assert window.current_page() is window.workspace and window.vault is not None
    figures["rows"] = (model.rowCount(), 0.0)
    measure("paint", lambda: None, model.dataChanged)
    measure("end", view.scrollToBottom, model.dataChanged)
    measure("middle", lambda: view.scrollTo(model.index(model.rowCount() // 2, 0)),
            model.dataChanged)  # fmt: skip
    measure("title", lambda: view.sortByColumn(0, Qt.SortOrder.AscendingOrder), model.loaded)
    measure("evidence", lambda: view.sortByColumn(5, Qt.SortOrder.DescendingOrder), model.loaded)
    measure("updated", lambda: view.sortByColumn(6, Qt.SortOrder.DescendingOrder), model.loaded)
    bar = panel.filters

    def search(text: str):  # noqa: ANN202
        def run() -> None:
            bar.search.setText(text)
            bar._emit_now()

        return run

    measure("rare", search("police court"), model.loaded)
    figures["rare_rows"] = (model.rowCount(), 0.0)
    measure("common", search("police"), model.loaded)
    figures["common_rows"] = (model.rowCount(), 0.0)
    bar.reset()
    _wait_for(model.loaded)
    measure("type", lambda: bar.event_type.setCurrentIndex(bar.event_type.findData("arrest")),
            model.loaded)  # fmt: skip
    figures["type_rows"] = (model.rowCount(), 0.0)
    bar.reset()
    _wait_for(model.loaded)
    start = time.perf_counter()
    everything = repo.list_cases(window.vault.conn, limit=10**7)
    figures["baseline"] = (time.perf_counter() - start, 0.0)
    assert len(everything) == figures["rows"][0]
    window._closing = True
    window.close()
    return figures


def main() -> None:
    from bench import bench_vault
    from casebook.services.demo import create_demo_vault
    from casebook.vault.keys import KdfParams

    with tempfile.TemporaryDirectory() as d:
        small = Path(d) / "demo"
        vault, _pw, _rk = create_demo_vault(small, kdf=KdfParams(256, 1, 1))
        vault.close()
        app, bare = bench_startup(small, Path(d) / "home")
        print(f"start to unlock screen:      {app:6.2f} s   (bare PySide6 import: {bare:.2f} s;"
              " aim < 2 s)")  # fmt: skip
        os.environ["CASEBOOK_HOME"] = str(Path(d) / "home")
        os.environ["XDG_CONFIG_HOME"] = str(Path(d) / "home" / ".config")
        big = bench_vault.big_vault()
        f = bench_big_list(big, bench_vault.PASSPHRASE)
    n = int(f["rows"][0])
    print(f"\ncase list of {n:,} cases; rows are read in the background, 200 per page")
    print(f"unlock to list shown:   {_ms(f['unlock'][1])}   aim < 1 s")
    base = f["baseline"][0]
    print(
        f"baseline, every row read up front: {_ms(base)} -> the paged list is shown "
        f"{base / f['unlock'][1]:.1f}x sooner, with unlock, window and paint included"
    )
    print("interaction                  GUI thread busy   rows painted   (aim: busy < 50 ms)")
    for key, label in (("paint", "repaint, nothing changed"), ("end", "jump to the last row"),
                       ("middle", "jump to the middle"), ("title", "sort by title"),
                       ("evidence", "sort by evidence count"), ("updated", "sort by updated"),
                       ("rare", "search 'police court'"), ("common", "search 'police'"),
                       ("type", "filter: event type arrest")):  # fmt: skip
        busy, total = f[key]
        print(f"{label:28} {_ms(busy)}    {_ms(total)}")
    print(
        f"(matches: 'police court' {int(f['rare_rows'][0]):,}, 'police' "
        f"{int(f['common_rows'][0]):,}, arrests {int(f['type_rows'][0]):,})"
    )


if __name__ == "__main__":
    main()
