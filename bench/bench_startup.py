"""Command-line start-up (issue 19): `casebook --version` and `--help` (aim < 100 ms),
and a command that unlocks, `casebook case list`, on a vault made with cheap KDF
parameters so that its time is the program's own (aim < 150 ms without the KDF).
Fresh processes with compiled bytecode cached, as an installed application has it;
medians of 7 runs after one warm-up."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7


def _median_ms(args: list[str], env: dict[str, str]) -> float:
    subprocess.run(args, env=env, capture_output=True, check=True)  # warm-up, bytecode
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        subprocess.run(args, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    from casebook.vault.keys import KdfParams
    from casebook.vault.vault import Vault

    with tempfile.TemporaryDirectory(prefix="casebook-bench-") as tmp:
        work = Path(tmp)
        env = dict(os.environ, CASEBOOK_LANG="en", CASEBOOK_HOME=str(work / "home"),
                   PYTHONPYCACHEPREFIX=str(work / "pycache"))  # fmt: skip
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        passphrase = "bench passphrase for a synthetic vault"
        Vault.create(work / "v", passphrase, kdf=KdfParams(256, 1, 1))[0].close()
        (work / "pass").write_text(passphrase + "\n")
        cli = [sys.executable, "-m", "casebook"]
        bare = _median_ms([sys.executable, "-c", "pass"], env)
        rows = [
            ("casebook --version", cli + ["--version"], 100),
            ("casebook --help", cli + ["--help"], 100),
            ("casebook case list (cheap KDF)",
             cli + ["--vault", str(work / "v"), "--passphrase-file", str(work / "pass"),
                    "case", "list"], 150),
        ]  # fmt: skip
        print(f"{'command':<34}{'median ms':>10}{'aim ms':>8}{'ratio':>7}")
        for label, args, aim in rows:
            ms = _median_ms(args, env)
            print(f"{label:<34}{ms:>10.0f}{aim:>8}{ms / aim:>7.2f}")
        print(f"(a bare `python -c pass` takes {bare:.0f} ms here)")
