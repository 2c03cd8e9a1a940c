"""Patterns figures (issue 17) on a generated vault of 100,000 cases / 1,000,000 events:
`stats` full recounts (one pass over a covering index each), the Patterns view's cached
aggregate (one load, then filter changes that only add up cached rows), and the Uwazi
export of 1,000 cases with its --check.

Aims: a full recount under 1 s; a filter change on the cached aggregate under 100 ms.
CASEBOOK_BENCH_CASES=10000 runs it at a tenth of the size (say so beside the figures).
The generated vaults are synthetic and cached under $CASEBOOK_BENCH_DIR like
bench_vault's: the large one (places, perpetrators of several kinds, victims of several
organisations), and for Uwazi one of 1,000 cases whose people have names (Kazakh and
Russian, in both scripts), consents, contacts, and are named in the texts, so that the
export has something to redact and --check something to look for.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from bench import cache_dir
from casebook.domain.model import Case, Event, EventDate, Involvement, Organisation, Person
from casebook.services import stats
from casebook.vault import cases as repo
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault

N_CASES = int(os.environ.get("CASEBOOK_BENCH_CASES", "100000"))
EVENTS_PER_CASE = 10
BENCH_KDF = KdfParams(256, 1, 1)  # synthetic data; unlock is measured by bench_vault
PASSPHRASE = "bench passphrase for a synthetic patterns vault"
EXPORT_CASES = 1000
TYPES = ["arrest", "administrative_detention", "fine", "threats", "doxxing", "raid",
         "event_disruption", "online_harassment", "surveillance", "defamation",
         "venue_cancellation", "travel_ban", "judicial_harassment"]  # fmt: skip
TYPE_WEIGHTS = [1.0 / (i + 1) for i in range(len(TYPES))]
PLACES = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Taraz", "Pavlodar",
          "Oskemen", "Semey", "Atyrau", "Kostanay", "Kyzylorda", "Oral", "Petropavl",
          "Aktau", "Turkistan", "Kokshetau", "Taldykorgan", "Ekibastuz", "Zhezkazgan"]  # fmt: skip
KINDS = ["police", "court", "state_body", "non_state_group", "media", "other"]
GROUPS = ["Steppe Feminist Initiative", "Women of the Steppe", "Free Word (demo)",
          "Equal Rights Almaty", "Safe Space Shymkent", "River Voices",
          "Open Door Astana"]  # fmt: skip


def _case(rng: random.Random, i: int) -> Case:
    victims = [Person(f"Person {i}-{k}", organisation=rng.choice(GROUPS)) for k in range(2)]
    orgs = [Organisation(f"Org {rng.randint(0, 400)}", kind=rng.choice(KINDS)) for _ in range(2)]
    thug = Person(f"Perpetrator {i}")
    events = []
    for _ in range(EVENTS_PER_CASE):
        year, month = rng.randint(2015, 2025), rng.randint(1, 12)
        text = f"{year}-{month:02d}-{rng.randint(1, 28):02d}" if rng.random() > 0.1 else f"{year}"
        involved = [Involvement(rng.choice(victims).id, "victim")]
        for party in rng.sample([*orgs, thug], rng.randint(0, 2)):
            involved.append(Involvement(party.id, "perpetrator"))
        events.append(Event(EventDate.parse(text), rng.choices(TYPES, TYPE_WEIGHTS)[0],
                            place=rng.choice(PLACES), involved=involved))  # fmt: skip
    return Case(
        title=f"Case {i}", status=rng.choice(["open", "monitoring", "closed"]), country="KZ",
        sensitivity=rng.choice(["internal", "partners", "public"]),
        people=[*victims, thug], organisations=orgs, events=events,
    )  # fmt: skip


def patterns_vault(n_cases: int = N_CASES) -> Path:
    """The generated vault (made once, then reused); opened with PASSPHRASE."""
    root = cache_dir()
    path = root / f"patterns-v1-{n_cases}"
    if (path / "header").exists():
        return path
    print(f"generating {n_cases:,} cases with {n_cases * EVENTS_PER_CASE:,} events "
          f"(once, cached in {path}) ...", flush=True)  # fmt: skip
    tmp = root / f".gen-patterns-{n_cases}"
    if tmp.exists():
        import shutil

        shutil.rmtree(tmp)
    vault, _ = Vault.create(tmp, PASSPHRASE, kdf=BENCH_KDF)
    rng = random.Random(17)
    t0 = time.perf_counter()
    for start in range(0, n_cases, 2000):
        with vault.transaction() as conn:
            for i in range(start, min(start + 2000, n_cases)):
                repo.save_case(conn, _case(rng, i))
    vault.conn.execute("PRAGMA optimize")
    vault.close()
    tmp.rename(path)
    print(f"generated in {time.perf_counter() - t0:.0f} s", flush=True)
    return path


def _best(fn: object, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return min(times)


def bench_stats(vault: Vault) -> None:
    conn = vault.conn
    events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    print(f"vault: {N_CASES:,} cases, {events:,} events")
    for by in (("type",), ("month",), ("quarter",), ("year",), ("type", "month"), ("place",),
               ("perpetrator",), ("organisation",), ("type", "month", "perpetrator"),
               ("type", "month", "place", "perpetrator")):  # fmt: skip
        request = stats.StatsRequest(by=by)
        s = _best(lambda r=request: stats.count_events(conn, r))
        print(f"stats --by {','.join(by):<30} full recount {s * 1000:7.0f} ms  "
              f"{s:5.2f}x of the aim (1000 ms)")  # fmt: skip
    request = stats.StatsRequest(by=("type",), date_from="2020-01-01", date_to="2020-12-31")
    s = _best(lambda: stats.count_events(conn, request))
    print(f"stats --by type --from 2020 --to 2020{'':14} {s * 1000:7.0f} ms")


def bench_cube(vault: Vault) -> None:
    for dim in ("type", "place", "perpetrator", "organisation"):  # what a recount reads
        s = _best(lambda d=dim: stats.Cube.load(vault.conn, [d]))  # type: ignore[misc]
        print(f"Patterns view: recount for {dim:<13} (one dimension and the totals) "
              f"{s * 1000:5.0f} ms  {s:5.2f}x of the aim (1000 ms)")  # fmt: skip
    t0 = time.perf_counter()
    cube = stats.Cube.load(vault.conn)
    load = time.perf_counter() - t0
    print(f"Patterns view: cached aggregate loaded in {load * 1000:.0f} ms (all dimensions)")
    samples = []
    choices = [
        ("type", {}), ("month", {}), ("place", {"types": ["arrest"]}),
        ("perpetrator", {"month_from": "2019-01", "month_to": "2021-12"}),
        ("organisation", {"month_from": "2024-01"}), ("quarter", {"types": ["fine", "raid"]}),
        ("year", {}),
    ]  # fmt: skip
    for _ in range(5):
        for dim, kwargs in choices:
            t0 = time.perf_counter()
            cube.table(dim, **kwargs)  # type: ignore[arg-type]
            samples.append(time.perf_counter() - t0)
    ordered = sorted(samples)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(f"Patterns view: filter change on the cached aggregate  p50 "
          f"{statistics.median(ordered) * 1000:.1f} ms  p95 {p95 * 1000:.1f} ms"
          f"  {p95 / 0.1:.2f}x of the aim (100 ms)")  # fmt: skip


def bench_view(vault: Vault) -> None:
    """The widget itself: recount (synchronous runner) and a dimension change, drawn."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from casebook.ui import tasks
    from casebook.ui.app import make_application
    from casebook.ui.patterns.view import PatternsView

    make_application(["casebook-bench"])
    tasks.use_synchronous_runner()
    view = PatternsView()
    view.resize(1280, 760)
    view.set_vault(vault)
    t0 = time.perf_counter()
    view.reload()
    print(f"Patterns view: recount and first chart {(time.perf_counter() - t0) * 1000:.0f} ms")
    first, cached = [], []
    for round_ in range(3):
        for i in range(view.dimension.count()):
            t0 = time.perf_counter()
            view.dimension.setCurrentIndex(i)
            (first if round_ == 0 else cached).append(time.perf_counter() - t0)
    print(f"Patterns view: first choice of a dimension (reads it), worst "
          f"{max(first) * 1000:.0f} ms")  # fmt: skip
    print(f"Patterns view: dimension change with chart and table, cached, worst "
          f"{max(cached) * 1000:.0f} ms   (aim < 100 ms)")  # fmt: skip
    view.set_vault(None)


FIRST = ["Айгерим", "Жанар", "Гульнара", "Асель", "Мадина", "Динара", "Сауле", "Ляззат",
         "Aigerim", "Zhanar", "Gulnara", "Assel", "Madina", "Dinara", "Saule", "Aruzhan",
         "Әйгерім", "Бақыт", "Ержан", "Нурлан", "Тимур", "Арман", "Данияр", "Ерлан"]  # fmt: skip
ROOTS = ["Абдрахман", "Серикбай", "Касым", "Садык", "Нурпеис", "Ахмет", "Жумабай", "Токай",
         "Бек", "Смагул", "Исмаил", "Оспан", "Кенжебай", "Мухамеджан", "Тулеген", "Сарсен",
         "Abdrakhman", "Serikbay", "Kassym", "Sadyk", "Nurpeis", "Akhmet", "Zhumabay",
         "Tokay", "Smagul", "Ismail", "Ospan", "Kenzhebay", "Tulegen", "Sarsen"]  # fmt: skip
ENDINGS = ["ова", "ева", "ов", "ев", "ова", "ызы", "улы", "ova", "eva", "ov", "ev", "kyzy"]
CONSENTS = ["named", "pseudonym", "anonymous", "anonymous"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(ROOTS)}{rng.choice(ENDINGS)}"


def _uwazi_case(rng: random.Random, i: int) -> Case:
    people = [
        Person(_name(rng), consent=rng.choice(CONSENTS), pseudonym=f"Pseudonym {i}-{k}",
               organisation=rng.choice(GROUPS), role=rng.choice(["activist", "journalist"]),
               contacts=[f"+7 701 {rng.randint(100, 999)} {rng.randint(10, 99)} "
                         f"{rng.randint(10, 99)}"] if k == 0 else [],
               contact=f"ул. Абая {rng.randint(1, 200)}" if k == 1 else "")
        for k in range(3)
    ]  # fmt: skip
    police = Organisation(f"Police of {rng.choice(PLACES)}", kind="police")
    events = []
    for _ in range(EVENTS_PER_CASE):
        who = rng.choice(people)
        date = f"{rng.randint(2018, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        events.append(Event(
            EventDate.parse(date), rng.choices(TYPES, TYPE_WEIGHTS)[0], place=rng.choice(PLACES),
            description=f"{who.name} was stopped near the akimat; {who.name.split()[1]} "
                        "says the officers took her phone.",
            involved=[Involvement(who.id, "victim"), Involvement(police.id, "perpetrator")],
        ))  # fmt: skip
    return Case(
        title=f"Case {i}: {people[0].name.split()[1]} and others", country="KZ",
        summary=f"{people[0].name} and {people[1].name} were detained after the march.",
        status=rng.choice(["open", "monitoring", "closed"]), sensitivity="partners",
        people=people, organisations=[police], events=events,
    )  # fmt: skip


def uwazi_vault(n_cases: int = EXPORT_CASES) -> Path:
    """A vault of `n_cases` cases with named people (made once, then reused)."""
    root = cache_dir()
    path = root / f"uwazi-v1-{n_cases}"
    if (path / "header").exists():
        return path
    print(f"generating {n_cases:,} cases with named people (once, cached in {path}) ...",
          flush=True)  # fmt: skip
    tmp = root / f".gen-uwazi-{n_cases}"
    if tmp.exists():
        import shutil

        shutil.rmtree(tmp)
    vault, _ = Vault.create(tmp, PASSPHRASE, kdf=BENCH_KDF)
    rng = random.Random(1717)
    with vault.transaction() as conn:
        for i in range(n_cases):
            repo.save_case(conn, _uwazi_case(rng, i))
    vault.close()
    tmp.rename(path)
    return path


def bench_uwazi() -> None:
    from casebook.services import uwazi

    vault = Vault.unlock(uwazi_vault(), PASSPHRASE)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            kit = Path(tmp) / "kit.zip"
            t0 = time.perf_counter()
            result = uwazi.export_kit(vault, kit, sensitivity="internal")
            took = time.perf_counter() - t0
            people = uwazi.vault_people(vault)
            t0 = time.perf_counter()
            problems = uwazi.check_kit(kit, people)
            check = time.perf_counter() - t0
            rng = random.Random(7)
            crowd = [Person(_name(rng), consent=rng.choice(CONSENTS)) for _ in range(300_000)]
            t0 = time.perf_counter()
            more = uwazi.check_kit(kit, [*people, *crowd])
            check_crowd = time.perf_counter() - t0
            size = kit.stat().st_size
    finally:
        vault.close()
    print(
        f"export uwazi: {result.cases:,} cases, {result.events:,} events in {took:.2f} s "
        f"({size / 1e6:.1f} MB)"
    )
    print(f"export uwazi --check: {check:.2f} s against the vault's {len(people):,} people, "
          f"{len(problems)} problems")  # fmt: skip
    print(f"export uwazi --check: {check_crowd:.2f} s against {len(people) + len(crowd):,} "
          f"people (a vault of 100,000 cases), {len(more)} problems")  # fmt: skip


def screenshots(out: str = "docs/screenshots", n_cases: int = 10_000) -> None:
    """The Patterns view of a generated vault of `n_cases` cases (issue 17), as
    patterns-<n>-cases*.png in `out`; run under Xvfb (`make screenshots`)."""
    import tempfile as tmp

    from casebook.ui.screenshots import _home, take_patterns

    path = patterns_vault(n_cases)
    with tmp.TemporaryDirectory(prefix="casebook-screenshots-") as work:
        _home(Path(work) / "home", "en")
        for shot in take_patterns(Path(out).resolve(), path, PASSPHRASE, f"{n_cases}-cases"):
            print(shot)


def main() -> None:
    vault = Vault.unlock(patterns_vault(), PASSPHRASE)
    try:
        bench_stats(vault)
        bench_cube(vault)
        bench_view(vault)
    finally:
        vault.close()
    bench_uwazi()


if __name__ == "__main__":
    main()
