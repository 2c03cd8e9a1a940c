"""Vault figures (issue 2): unlock time with the default (calibrated) parameters; for a
generated vault of 100,000 cases and 1,000,000 events: time to open, to list the first
100 cases, and search latency p50/p95 next to a full scan with LIKE on the same data.
Also the cost of cipher_memory_security.

The generated vault is synthetic and cached under $CASEBOOK_BENCH_DIR (default
~/.cache/casebook-bench) so later runs skip the generation.
"""

from __future__ import annotations

import itertools
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from bench import cache_dir
from casebook.domain.model import Case, Event, EventDate, Involvement, Organisation, Person
from casebook.vault import cases as repo
from casebook.vault.keys import KdfParams, calibrate
from casebook.vault.vault import Vault

N_CASES = int(os.environ.get("CASEBOOK_BENCH_CASES", "100000"))
EVENTS_PER_CASE = 10
BENCH_KDF = KdfParams(256, 1, 1)  # the big vault is synthetic; its unlock is measured apart
PASSPHRASE = "bench passphrase for a synthetic vault"

WORDS = (
    "задержание арест штраф активистка полиция суд угрозы мероприятие митинг пикет "
    "қамау айыппұл белсенді сот полиция қорқыту шара әйелдер құқығы теңдік "
    "detention arrest fine activist police court threats event rally picket raid "
    "harassment doxxing surveillance registration organisation feminist journalist"
).split()
# The fixed set of 21 queries: broad words (in 15-30% of the cases), rare ones, prefixes
# and two-word queries.
QUERIES = ["задержание", "активист", "қамау", "әйелдер құқ", "police court", "doxx",
           "штраф суд", "теңдік", "journalist", "feminist rally", "арест", "суд",
           "полиция", "activist", "harassment", "surveillance raid", "митинг пикет",
           "белсенді", "registration", "organisation feminist", "threats"]  # fmt: skip
TYPES = ["arrest", "administrative_detention", "fine", "threats", "doxxing", "raid",
         "event_disruption", "online_harassment", "surveillance", "defamation"]  # fmt: skip


def _vocabulary() -> tuple[list[str], list[float]]:
    """Natural text is Zipf-distributed: a few words are everywhere, most are rare.
    20,000 made-up words (Cyrillic and Latin syllables) with the domain words spread
    over the ranks, weighted 1/rank."""
    rng = random.Random(7)
    syllables = "ка ла ма на ра са та ба қа ға ұл өр әй ің ev ar lo mi no su ta re".split()
    made = list(dict.fromkeys(
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(40000)
    ))[:20000]  # fmt: skip
    for i, word in enumerate(WORDS):
        made.insert(5 + i * 37, word)
    return made, [1.0 / (rank + 1) for rank in range(len(made))]


VOCAB, WEIGHTS = _vocabulary()
# random.choices with `weights` adds up all 20,000 of them at every call; with the sums
# given once it draws the same words from the same generator, 10 times faster.
_CUMULATIVE = list(itertools.accumulate(WEIGHTS))


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(VOCAB, cum_weights=_CUMULATIVE, k=n))


def _case(rng: random.Random, i: int) -> Case:
    person = Person(f"Person {i}", consent=rng.choice(["named", "anonymous"]))
    org = Organisation(f"Org {i % 500}", kind="police")
    events = [
        Event(EventDate.parse(f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-"
                              f"{rng.randint(1, 28):02d}"),
              rng.choice(TYPES), description=_text(rng, 20),
              involved=[Involvement(person.id, "victim"), Involvement(org.id, "perpetrator")])
        for _ in range(EVENTS_PER_CASE)
    ]  # fmt: skip
    return Case(
        title=f"{_text(rng, 5)} #{i}", summary=_text(rng, 40), background=_text(rng, 20),
        country="KZ", tags=[rng.choice(WORDS)], people=[person], organisations=[org],
        events=events,
    )  # fmt: skip


def big_vault() -> Path:
    root = cache_dir()
    path = root / f"vault-v2-{N_CASES}"
    if (path / "header").exists():
        return path
    print(f"generating {N_CASES:,} cases with {N_CASES * EVENTS_PER_CASE:,} events "
          f"(once, cached in {path}) ...", flush=True)  # fmt: skip
    tmp = root / f".gen-{N_CASES}"
    if tmp.exists():
        import shutil

        shutil.rmtree(tmp)
    t0 = time.perf_counter()
    # Two fresh processes: SQLCipher keeps cipher_memory_security on for the rest of a
    # process once a connection turned it on (as Vault.create does), and the filling runs
    # about 3x faster without it. The vault is synthetic; what it holds is the same.
    _in_child(f"b.Vault.create(Path({str(tmp)!r}), b.PASSPHRASE, kdf=b.BENCH_KDF)[0].close()")
    _in_child(f"b._fill(Path({str(tmp)!r}))")
    tmp.rename(path)
    print(f"generated in {time.perf_counter() - t0:.0f} s", flush=True)
    return path


def _in_child(statement: str) -> None:
    import subprocess
    import sys

    code = f"from pathlib import Path; import bench.bench_vault as b; {statement}"
    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


def _fill(path: Path) -> None:
    """Save the N_CASES generated cases into the new vault at `path`, through the same
    repository code as the application, 2,000 cases per transaction."""
    from casebook.vault import keys

    dek = keys.unlock_passphrase(keys.read_header(path / "header"), PASSPHRASE)
    vault = Vault(path, dek, memory_security=False)
    # Generation only: a large page cache (fewer pages encrypted and decrypted again)
    # and no fsync per transaction; a crash here leaves a .gen folder that is redone.
    vault.conn.execute("PRAGMA cache_size = -262144")
    vault.conn.execute("PRAGMA synchronous = OFF")
    rng = random.Random(1)
    batch = 2000
    t0 = time.perf_counter()
    for start in range(0, N_CASES, batch):
        with vault.transaction() as conn:
            for i in range(start, min(start + batch, N_CASES)):
                repo.save_case(conn, _case(rng, i))
        done = min(start + batch, N_CASES)
        if done % 20000 == 0 or done == N_CASES:
            print(f"  {done:,} cases, {time.perf_counter() - t0:.0f} s", flush=True)
    vault.conn.execute("PRAGMA optimize")
    vault.close()
    os.sync()


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered) * 1000, p95 * 1000


def bench_unlock() -> None:
    with tempfile.TemporaryDirectory() as d:  # holds only a header and an empty database
        t0 = time.perf_counter()
        params = calibrate()
        t_cal = time.perf_counter() - t0
        vault, _ = Vault.create(Path(d) / "v", PASSPHRASE, kdf=params)
        vault.close()
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            Vault.unlock(Path(d) / "v", PASSPHRASE).close()
            times.append(time.perf_counter() - t0)
    print(f"calibrated Argon2id: {params.memory_kib // 1024} MiB, {params.iterations} passes, "
          f"{params.lanes} lanes (calibration {t_cal:.2f} s)")  # fmt: skip
    print(f"unlock (KDF + open):         {statistics.median(times):6.2f} s   aim <= 1.5 s")


def bench_big(path: Path, memory_security: bool) -> dict[str, float]:
    from casebook.vault import keys

    header = keys.read_header(path / "header")
    dek = keys.unlock_passphrase(header, PASSPHRASE)
    # a cached vault from an older schema migrates once, untimed (same setting: see above)
    Vault(path, dek, memory_security=memory_security).close()
    t0 = time.perf_counter()
    vault = Vault(path, dek, memory_security=memory_security)
    t_open = time.perf_counter() - t0
    state = float(vault.conn.execute("PRAGMA cipher_memory_security").fetchone()[0])
    t0 = time.perf_counter()
    total = repo.count_cases(vault.conn)
    first = repo.list_cases(vault.conn, limit=100)
    t_list = time.perf_counter() - t0
    assert len(first) == 100 and total == N_CASES
    fts, like, hits = [], [], []
    for _ in range(3):
        for q in QUERIES:
            t0 = time.perf_counter()
            repo.search(vault.conn, q)
            fts.append(time.perf_counter() - t0)
    filtered = []
    for q in QUERIES:
        flt = repo.CaseFilter(query=q)
        t0 = time.perf_counter()
        hits.append(repo.count_cases(vault.conn, flt))
        repo.list_cases(vault.conn, flt, limit=100)
        filtered.append(time.perf_counter() - t0)
    for q in QUERIES[:4]:
        t0 = time.perf_counter()
        pattern = f"%{q.split()[0]}%"
        vault.conn.execute(
            "SELECT DISTINCT c.id FROM cases c LEFT JOIN events e ON e.case_id = c.id "
            "WHERE c.title LIKE ?1 OR c.summary LIKE ?1 OR c.background LIKE ?1 "
            "OR e.description LIKE ?1",
            (pattern,),
        ).fetchall()
        like.append(time.perf_counter() - t0)
    vault.close()
    p50, p95 = _ms(fts)
    l50, l95 = _ms(like)
    f50, f95 = _ms(filtered)
    return {"f50": f50, "f95": f95, "open": t_open, "list": t_list, "p50": p50, "p95": p95,
            "l50": l50, "l95": l95, "hits": statistics.median(hits), "state": state}  # fmt: skip


def _bench_big_in_child(path: Path, memory_security: bool) -> dict[str, float]:
    """bench_big in a fresh process: once SQLCipher has turned cipher_memory_security
    on, it stays on for the whole process, so an OFF run after an ON run measured ON."""
    import json
    import subprocess
    import sys

    code = (
        "import json, sys; from pathlib import Path; import bench.bench_vault as b; "
        "print(json.dumps(b.bench_big(Path(sys.argv[1]), sys.argv[2] == 'on')))"
    )
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), "on" if memory_security else "off"],
        capture_output=True, text=True, check=True, cwd=root,
    ).stdout  # fmt: skip
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def _median_of(runs: list[dict[str, float]]) -> dict[str, float]:
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def main() -> None:
    bench_unlock()
    path = big_vault()
    # Each setting in its own processes, interleaved: ON, OFF, ON, OFF; medians.
    runs: dict[bool, list[dict[str, float]]] = {True: [], False: []}
    for _ in range(2):
        for ms in (True, False):
            runs[ms].append(_bench_big_in_child(path, ms))
    on, off = _median_of(runs[True]), _median_of(runs[False])
    print(f"\n{N_CASES:,} cases, {N_CASES * EVENTS_PER_CASE:,} events "
          f"(cipher_memory_security ON | OFF)")  # fmt: skip
    print(f"open after key:     {on['open'] * 1000:8.1f} ms | {off['open'] * 1000:8.1f} ms")
    print(f"first 100 cases:    {on['list'] * 1000:8.1f} ms | {off['list'] * 1000:8.1f} ms"
          "   aim < 100 ms")  # fmt: skip
    print(f"search p50 (FTS5):  {on['p50']:8.1f} ms | {off['p50']:8.1f} ms")
    print(f"search p95 (FTS5):  {on['p95']:8.1f} ms | {off['p95']:8.1f} ms   aim < 50 ms")
    print(f"list filtered by search, count + first 100, p50: {on['f50']:6.1f} ms | "
          f"{off['f50']:6.1f} ms, p95: {on['f95']:6.1f} ms | {off['f95']:6.1f} ms")  # fmt: skip
    print(f"(median query matches {on['hits']:,.0f} cases; cipher_memory_security read back "
          f"in the two processes: {on['state']:.0f} | {off['state']:.0f})")  # fmt: skip
    print(f"baseline LIKE scan p50: {on['l50']:8.1f} ms, p95: {on['l95']:8.1f} ms "
          f"-> FTS5 p95 is {on['l95'] / max(on['p95'], 1e-6):.0f}x faster")  # fmt: skip
