"""Time from starting `casebook` to its first window on screen (bench_package).

Each run starts the application under an Xvfb server of its own and polls X for a
mapped window whose title starts with "Casebook", so neither the source nor the frozen
build needs a hook for measuring. A vault is created first (cheap KDF: bench data,
never unlocked here), so the window that appears is the unlock screen.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TITLE = re.compile(r'^\s*(0x[0-9a-f]+) "(Casebook[^"]*)"', re.MULTILINE)
TIMEOUT = 60.0


def available() -> str:
    """'' when the GUI can be measured here, else why not."""
    from importlib.util import find_spec

    if find_spec("casebook.ui.app") is None:
        return "the GUI (casebook/ui/app.py) is not in this tree"
    missing = [tool for tool in ("Xvfb", "xwininfo") if shutil.which(tool) is None]
    return f"needs {' and '.join(missing)} (Debian: xvfb, x11-utils)" if missing else ""


@contextmanager
def xvfb() -> Iterator[str]:
    """A private X server; yields its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as f:
        display = ":" + f.readline().strip()
    try:
        _wait_for_server(display)
        yield display
    finally:
        server.terminate()
        server.wait(10)


def _wait_for_server(display: str) -> None:
    env = dict(os.environ, DISPLAY=display)
    deadline = time.perf_counter() + 30
    while subprocess.run(["xwininfo", "-root"], capture_output=True, env=env).returncode:
        if time.perf_counter() > deadline:
            raise RuntimeError(f"Xvfb on {display} does not answer")
        time.sleep(0.05)


def _shown(display: str) -> bool:
    env = dict(os.environ, DISPLAY=display)
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env
    ).stdout
    for window_id, _title in TITLE.findall(tree):
        info = subprocess.run(
            ["xwininfo", "-id", window_id], capture_output=True, text=True, env=env
        ).stdout
        if "IsViewable" in info:
            return True
    return False


def prepare_home(root: Path) -> Path:
    """A CASEBOOK_HOME with a vault in its default place, so the unlock screen shows."""
    from casebook.vault.keys import KdfParams
    from casebook.vault.vault import Vault

    home = root / "casebook-home"
    kdf = KdfParams(256, 1, 1)  # never unlocked here; the unlock screen runs no KDF
    vault, _ = Vault.create(home / "vault", "bench passphrase, never typed", kdf=kdf)
    vault.close()
    return home


def time_to_window(argv: list[str], display: str, home: Path) -> float:
    """Seconds from launch to a viewable "Casebook…" window; the process is then ended."""
    env = dict(os.environ, DISPLAY=display, CASEBOOK_HOME=str(home), QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not _shown(display):
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"{argv[0]} ended before showing a window: {err[:600]}")
            if time.perf_counter() - t0 > TIMEOUT:
                raise RuntimeError(f"no window after {TIMEOUT:.0f} s")
            time.sleep(0.01)
        return time.perf_counter() - t0
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, list[float]]:
    """{label: [seconds per run]} for each command, runs interleaved, each run on an X
    server of its own (started before the clock starts); a failed run is tried again once."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    with tempfile.TemporaryDirectory(prefix="casebook-bench-") as tmp:
        home = prepare_home(Path(tmp))
        for _ in range(runs):
            for label, argv in commands.items():
                times[label].append(_one_run(argv, home))
    return times


def _one_run(argv: list[str], home: Path) -> float:
    for attempt in (1, 2):
        try:
            with xvfb() as display:
                return time_to_window(argv, display, home)
        except RuntimeError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")
