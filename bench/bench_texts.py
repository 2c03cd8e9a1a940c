"""Translatable texts (issue 15): opening, loading, saving and searching a vault where a
third of the cases have their texts in three languages (en + ru + kk versions of the
title, summary, background and every event description), next to the same vault with
no versions at all (the shape of every vault before issue 15, read by the same code).

CASEBOOK_BENCH_TEXT_CASES sets the size (default 100,000 cases, 10 events each); both
generated vaults are cached under $CASEBOOK_BENCH_DIR like bench_vault's.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import time
from pathlib import Path

from bench import cache_dir
from bench.bench_vault import BENCH_KDF, EVENTS_PER_CASE, PASSPHRASE, QUERIES, _case, _text
from casebook.domain import texts
from casebook.domain.model import Case
from casebook.vault import cases as repo
from casebook.vault.vault import Vault

N_CASES = int(os.environ.get("CASEBOOK_BENCH_TEXT_CASES", "100000"))
SAMPLES = 60


def _translate(case: Case, rng: random.Random) -> None:
    """ru and kk versions of every text a case has (the generator writes no others)."""
    for path in texts.paths(case):
        original = texts.original(case, path) or ""
        if original.strip():
            for lang in ("ru", "kk"):
                texts.set_version(case, path, lang, _text(rng, max(3, len(original.split()))))


def _vault(kind: str) -> Path:
    root = cache_dir()
    path = root / f"texts-{kind}-{N_CASES}"
    if (path / "header").exists():
        return path
    print(f"generating {N_CASES:,} cases ({kind}) in {path} ...", flush=True)
    tmp = root / f".gen-texts-{kind}-{N_CASES}"
    if tmp.exists():
        shutil.rmtree(tmp)
    vault, _ = Vault.create(tmp, PASSPHRASE, kdf=BENCH_KDF)
    rng, words = random.Random(1), random.Random(2)
    for start in range(0, N_CASES, 2000):
        with vault.transaction() as conn:
            for i in range(start, min(start + 2000, N_CASES)):
                case = _case(rng, i)
                if kind == "texts" and i % 3 == 0:
                    _translate(case, words)
                repo.save_case(conn, case)
    vault.conn.execute("PRAGMA optimize")
    vault.close()
    tmp.rename(path)
    return path


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered) * 1000, p95 * 1000


def measure(path: Path) -> dict[str, float]:
    from casebook.vault import keys

    dek = keys.unlock_passphrase(keys.read_header(path / "header"), PASSPHRASE)
    Vault(path, dek).close()  # migrations of a cached vault, untimed
    t0 = time.perf_counter()
    vault = Vault(path, dek)
    t_open = time.perf_counter() - t0
    ids = [r[0] for r in vault.conn.execute("SELECT id FROM cases ORDER BY rowid")]
    rng = random.Random(3)
    chosen = [
        ids[i] for i in sorted(rng.sample(range(0, len(ids), 3), min(SAMPLES, len(ids) // 3)))
    ]
    loads, saves, searches = [], [], []
    for case_id in chosen:  # cases with versions in the texts vault, the same in both
        t0 = time.perf_counter()
        case = repo.get_case(vault.conn, case_id)
        loads.append(time.perf_counter() - t0)
        case.summary += " ."
        t0 = time.perf_counter()
        with vault.transaction() as conn:
            repo.save_case(conn, case)
        saves.append(time.perf_counter() - t0)
    for _ in range(3):
        for q in QUERIES:
            t0 = time.perf_counter()
            repo.search(vault.conn, q)
            searches.append(time.perf_counter() - t0)
    vault.close()
    out = {"open": t_open * 1000}
    for name, samples in (("load", loads), ("save", saves), ("search", searches)):
        out[f"{name}50"], out[f"{name}95"] = _ms(samples)
    return out


def main() -> None:
    plain, versions = measure(_vault("plain")), measure(_vault("texts"))
    print(f"{N_CASES:,} cases x {EVENTS_PER_CASE} events; a third with en+ru+kk versions")
    print(f"{'':24}{'no versions':>12}{'1/3 in 3 langs':>16}{'ratio':>8}")
    rows = (("open after key", "open"), ("load a case p50", "load50"),
            ("load a case p95", "load95"), ("save a case p50", "save50"),
            ("save a case p95", "save95"), ("search p50", "search50"),
            ("search p95", "search95"))  # fmt: skip
    for label, key in rows:
        a, b = plain[key], versions[key]
        print(f"{label:24}{a:10.1f} ms{b:13.1f} ms{b / max(a, 1e-9):7.2f}x")
    print("aims (issue 2 / 19): search p95 < 50 ms, first 100 cases < 100 ms")
