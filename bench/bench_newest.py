"""What the newest-generation record costs writes (issue 12).

The record of the newest generation seen (casebook/vault/newest.py) lives outside the
vault folder and is written atomically (temporary file, fsync, rename, fsync of the
folder). It is written on the first write of a session, then at most every INTERVAL
seconds of writing, and when the vault closes. Baseline: the same small write
transactions (one case saved each) with no record kept (ratio 1.00); beside it the same
with a record after every commit, to show what the interval saves, and one record write
alone. Median of RUNS rounds of WRITES transactions each.

    CASEBOOK_BENCH_RUNS=3 CASEBOOK_BENCH_WRITES=300 python -m bench newest
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from casebook.domain.model import Case
from casebook.services.cases import save_case
from casebook.vault import generation, keys, newest
from casebook.vault.vault import Vault

RUNS = int(os.environ.get("CASEBOOK_BENCH_RUNS", "6"))
WRITES = int(os.environ.get("CASEBOOK_BENCH_WRITES", "300"))
KDF = keys.KdfParams(8 * 1024, 1, 1)  # unlocking is not what is measured


def _round(vault: Vault, keeper: newest.Keeper | None) -> float:
    vault._newest = keeper
    t0 = time.perf_counter()
    for i in range(WRITES):
        save_case(vault, Case(title=f"case {i}", summary="a short summary " * 8))
    if keeper is not None:
        keeper.flush(vault.conn, vault.data_key())  # as on close
    return (time.perf_counter() - t0) / WRITES


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-newest-") as tmp:
        os.environ["CASEBOOK_HOME"] = str(Path(tmp) / "home")
        vault, _ = Vault.create(Path(tmp) / "vault", "bench passphrase for newest", kdf=KDF)
        results: dict[str, list[float]] = {"none": [], "interval": [], "every": []}
        kinds = list(results)
        for run in range(RUNS):
            for kind in kinds[run % 3 :] + kinds[: run % 3]:  # each goes first in turn
                keeper = None
                if kind != "none":
                    keeper = newest.Keeper(vault.path, generation.of_db(vault.conn))
                saved = newest.INTERVAL
                newest.INTERVAL = 0.0 if kind == "every" else saved
                try:
                    results[kind].append(_round(vault, keeper))
                finally:
                    newest.INTERVAL = saved
        dek = vault.data_key()
        singles = []
        for i in range(50):
            t0 = time.perf_counter()
            newest.write(vault.path, dek, 10**6 + i)
            singles.append(time.perf_counter() - t0)
        vault.close()
    base = statistics.median(results["none"])
    print(f"{WRITES} write transactions x {RUNS} rounds, median per transaction")
    labels = {
        "none": "no record (baseline)",
        "interval": f"record every {newest.INTERVAL:g} s and on close",
        "every": "record after every commit",
    }
    for kind, label in labels.items():
        ms = statistics.median(results[kind]) * 1000
        print(f"{label:<40} {ms:8.3f} ms   ratio {ms / (base * 1000):5.2f}")
    print(f"{'one record write (atomic, fsynced)':<40} {statistics.median(singles) * 1000:8.3f} ms")
