"""Names figures (issue 11):

- redaction + pre-publication check of a 400-event case whose non-named people are
  mentioned in every form (word forms, Kazakh suffixes, Latin script, initials, phones):
  aim under 300 ms on 2 cores. The first build also loads the Russian dictionary once
  per process; it is shown apart.
- search p50/p95 over the generated vault of bench_vault (100,000 cases by default;
  CASEBOOK_BENCH_CASES=N for a smaller one): the queries of bench_vault and their
  transliterations with this change's query normalisation, against the same queries
  as plain prefix queries (the query form before this change) on the same index.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from bench.bench_vault import PASSPHRASE, QUERIES, _ms, big_vault
from casebook.domain.appeal import AppealSettings
from casebook.domain.appeal_builder import check_appeal
from casebook.domain.model import Case, Event, EventDate, Involvement, Person
from casebook.services.appeals.library import library_mapping, phrases
from casebook.vault import cases as repo
from casebook.vault.vault import Vault

N_EVENTS = 400
AIM_MS = 300.0
MENTIONS = ["Аяна Бекова", "Аяну", "Бековой", "Аянаның", "Ayana Bekova", "А. Бекова",
            "Жанар Секербаевой", "Sekerbayeva", "Жанарға", "+7 701 123 45 67",
            "Бек\u200bовой", "Сауле Нурланова"]  # fmt: skip
FILLER = (
    "Полиция задержала участниц пикета у здания акимата и доставила их в отдел. "
    "Белсенділер сотқа шақырылды, айыппұл салынды. The court fined the activists."
)
TRANSLITERATED = ["zaderzhanie", "aktivist", "qamau", "aielder kuk", "полиция суд", "доксинг",
                  "shtraf sud", "tendik", "джорналист", "феминист ралли"]  # fmt: skip


def _case() -> Case:
    rng = random.Random(3)
    people = [
        Person("Аяна Бекова", consent="anonymous", aliases=["Аяша"], contacts=["+77011234567"]),
        Person("Жанар Секербаева", consent="pseudonym", pseudonym="Тұмар"),
        Person("Сауле Нурланова", consent="named", profile="Адвокат, защищает активисток."),
    ]
    events = [
        Event(EventDate.parse(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"), "arrest",
              description=f"{FILLER} {rng.choice(MENTIONS)} {FILLER} {rng.choice(MENTIONS)}.",
              involved=[Involvement(people[i % 3].id, "victim")])
        for i in range(N_EVENTS)
    ]  # fmt: skip
    return Case("Задержания", summary=FILLER, people=people, events=events, sensitivity="public")


def _build(case: Case) -> Callable[[], object]:
    settings, ph, lib = AppealSettings(lang="ru"), phrases("ru"), library_mapping()
    return lambda: check_appeal(case, settings, ph, lib, issued=date(2024, 10, 1),
                                issuer="Org", reference="UA-1")  # fmt: skip


def bench_redaction() -> None:
    run = _build(_case())
    t0 = time.perf_counter()
    checked = run()
    first = (time.perf_counter() - t0) * 1000
    samples = []
    for _ in range(7):
        t0 = time.perf_counter()
        run()
        samples.append(time.perf_counter() - t0)
    median = statistics.median(samples) * 1000
    found = len(checked.findings)  # type: ignore[attr-defined]
    print(f"redaction + check, {N_EVENTS}-event case ({found} findings): "
          f"median {median:.0f} ms (aim < {AIM_MS:.0f} ms: {median / AIM_MS:.2f} of it); "
          f"first build in a process {first:.0f} ms (loads the dictionary)")  # fmt: skip


def _old_query(text: str) -> str:
    """fts_query as it was before this change: every word a plain prefix."""
    words = []
    for raw in text.split():
        word = "".join(ch for ch in raw if ch.isalnum() or ch in "-'").strip("-'")
        if word:
            words.append('"' + word.replace('"', "") + '"*')
    return " ".join(words)


def _old_search(conn: Any, text: str, limit: int = 50, snippets: int = 10) -> list[object]:
    """casebook.vault.cases.search as it was before this change (plain prefix query,
    BM25 or newest first, FTS5 snippets), for the baseline."""
    match = _old_query(text)
    if not match:
        return []
    count = conn.execute("SELECT count(*) FROM case_fts WHERE case_fts MATCH ?", (match,))
    if int(count.fetchone()[0]) > repo.RANK_LIMIT:
        ranked = conn.execute(
            "SELECT c.fts_rowid, 0.0 FROM cases c WHERE +c.fts_rowid IN"
            " (SELECT rowid FROM case_fts WHERE case_fts MATCH ?)"
            " ORDER BY c.updated DESC, c.rowid DESC LIMIT ?",
            (match, limit),
        ).fetchall()
    else:
        ranked = conn.execute(
            "SELECT rowid, bm25(case_fts, 0, 8, 1) AS r FROM case_fts WHERE case_fts MATCH ?"
            " ORDER BY r LIMIT ?",
            (match, limit),
        ).fetchall()
    if not ranked:
        return []
    marks = ", ".join("?" * len(ranked))
    rows = conn.execute(
        f"SELECT fts_rowid, id, title FROM cases WHERE fts_rowid IN ({marks})",
        [r[0] for r in ranked],
    ).fetchall()
    wanted = [r[0] for r in ranked[:snippets]]
    marks = ", ".join("?" * len(wanted))
    snips = conn.execute(
        "SELECT rowid, snippet(case_fts, 2, '[', ']', '…', 12)"
        f" FROM case_fts WHERE case_fts MATCH ? AND rowid IN ({marks})",
        (match, *wanted),
    ).fetchall()
    return [*rows, *snips]


def _latency(
    conn: object, queries: list[str], rounds: int = 3, old: bool = False
) -> tuple[float, float, int]:
    samples, found = [], 0
    run = _old_search if old else repo.search
    for _ in range(rounds):
        for q in queries:
            t0 = time.perf_counter()
            hits = run(conn, q)  # type: ignore[arg-type]
            samples.append(time.perf_counter() - t0)
            found += bool(hits)
    p50, p95 = _ms(samples)
    return p50, p95, found // rounds


def bench_search() -> None:
    path = big_vault()
    t0 = time.perf_counter()
    with Vault.unlock(path, PASSPHRASE) as vault:
        opened = time.perf_counter() - t0
        total = repo.count_cases(vault.conn)
        print(f"{total:,} cases (opened in {opened:.1f} s, including any migration)")
        before = _latency(vault.conn, QUERIES, old=True)
        before_tr = _latency(vault.conn, TRANSLITERATED, old=True)
        after = _latency(vault.conn, QUERIES)
        after_tr = _latency(vault.conn, TRANSLITERATED)
    rows = [("plain queries, before", before), ("plain queries, now", after),
            ("transliterated, before", before_tr), ("transliterated, now", after_tr)]  # fmt: skip
    for label, (p50, p95, found) in rows:
        print(f"  {label:<24} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  "
              f"queries with hits {found}/{len(QUERIES)}")  # fmt: skip
    print(
        f"  p95 now / before: plain {after[1] / max(before[1], 1e-9):.2f}x, "
        f"transliterated {after_tr[1] / max(before[1], 1e-9):.2f}x of the plain baseline"
    )


def main() -> None:
    bench_redaction()
    bench_search()


if __name__ == "__main__":
    main()
