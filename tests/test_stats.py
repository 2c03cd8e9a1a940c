"""casebook stats: figures equal counts made independently from the cases' JSON."""

from __future__ import annotations

import csv
import io
import json
import random
from collections import Counter
from itertools import product
from pathlib import Path

import pytest

from casebook.domain.interchange import case_to_dict
from casebook.domain.model import Case, Event, EventDate, Involvement, Organisation, Person
from casebook.services import stats
from casebook.services.cases import save_case
from casebook.services.demo import demo_cases
from casebook.vault.cases import CaseFilter
from tests.conftest import FAST_KDF, PASSPHRASE

TYPES = ("arrest", "fine", "threats", "doxxing", "raid")
KINDS = ("police", "court", "non_state_group")


def random_cases(seed: int = 7, n: int = 40) -> list[Case]:
    rng = random.Random(seed)
    cases = []
    for i in range(n):
        victim = Person(f"Victim {i}", organisation=rng.choice(["Group A", "Group B", ""]))
        orgs = [Organisation(f"Org {i}-{k}", kind=rng.choice(KINDS)) for k in range(2)]
        thug = Person(f"Thug {i}")
        events = []
        for _ in range(rng.randint(0, 5)):
            year, month = rng.choice([2022, 2023, 2024]), rng.randint(1, 12)
            text = rng.choice([f"{year}-{month:02d}-{rng.randint(1, 28):02d}",
                               f"{year}-{month:02d}", f"{year}"])  # fmt: skip
            involved = [Involvement(victim.id, "victim")]
            for party in rng.sample([*orgs, thug], rng.randint(0, 3)):
                involved.append(Involvement(party.id, "perpetrator"))
            place = rng.choice(["Almaty", "Astana", ""])
            events.append(Event(EventDate.parse(text), rng.choice(TYPES), place=place,
                                involved=involved))  # fmt: skip
        cases.append(Case(f"Case {i}", status=rng.choice(["open", "closed"]), people=[victim, thug],
                          organisations=orgs, events=events))  # fmt: skip
    return cases


def independent(cases: list[Case], dim: str, start: str = "", end: str = "") -> Counter[str]:
    """The same figures from the interchange JSON, without SQL."""
    out: Counter[str] = Counter()
    for data in (case_to_dict(c) for c in cases):
        kinds = {o["ref"]: o["kind"] for o in data["organisations"]}
        orgs = {p["ref"]: p["organisation"] for p in data["people"]}
        for e in data["events"]:
            text = e["date"]
            first = text.split("/")[0] if "/" in text else text
            first = first if len(first) == 10 else (first + "-01-01")[:10]
            if (start and first < start) or (end and first > end):
                continue
            if dim == "type":
                out[e["type"]] += 1
            elif dim == "month":
                out[text if len(text) == 4 else first[:7]] += 1
            elif dim == "quarter":
                quarter = f"{first[:4]}-Q{(int(first[5:7]) + 2) // 3}"
                out[text if len(text) == 4 else quarter] += 1
            elif dim == "year":
                out[first[:4]] += 1
            elif dim == "place":
                out[e["place"].strip()] += 1
            elif dim == "perpetrator":
                found = {kinds.get(i["ref"], "individual") for i in e["involved"]
                         if i["role"] == "perpetrator"}  # fmt: skip
                for kind in found or {"unknown"}:
                    out[kind] += 1
            elif dim == "organisation":
                found = {orgs[i["ref"]] for i in e["involved"] if i["role"] == "victim"}
                for org in found or {""}:
                    out[org] += 1
    return out


@pytest.fixture
def filled(vault):
    cases = random_cases()
    for case in cases:
        save_case(vault, case, touch=False)
    return cases


@pytest.mark.parametrize("dim", ["type", "month", "place", "perpetrator", "organisation"])
def test_counts_equal_an_independent_count(vault, filled, dim) -> None:
    table = stats.count_events(vault.conn, stats.StatsRequest(by=(dim,)))
    assert {k[0]: n for k, n in table.rows} == dict(independent(filled, dim))
    assert table.total == sum(len(c.events) for c in filled)


def test_span_narrows_the_events(vault, filled) -> None:
    start, end = stats.date_bounds("2023-03", "2023")
    assert (start, end) == ("2023-03-01", "2023-12-31")
    request = stats.StatsRequest(by=("type",), date_from=start, date_to=end)
    table = stats.count_events(vault.conn, request)
    assert {k[0]: n for k, n in table.rows} == dict(independent(filled, "type", start, end))


def test_two_dimensions_and_the_cases_behind_a_row(vault, filled) -> None:
    request = stats.StatsRequest(by=("type", "place"))
    table = stats.count_events(vault.conn, request)
    expected: Counter[tuple[str, str]] = Counter(
        (e.type, e.place) for c in filled for e in c.events
    )
    assert {k: n for k, n in table.rows} == dict(expected)
    ids = stats.case_ids_for(vault.conn, request, ["fine", "Almaty"])
    assert set(ids) == {c.id for c in filled for e in c.events
                        if (e.type, e.place) == ("fine", "Almaty")}  # fmt: skip


def test_cube_filters_agree_with_sql(vault, filled) -> None:
    cube = stats.Cube.load(vault.conn)
    for dim in ("type", "month", "quarter", "year", "place", "perpetrator", "organisation"):
        sql = stats.count_events(vault.conn, stats.StatsRequest(by=(dim,)))
        assert cube.table(dim).rows == sql.rows, dim
    narrowed = cube.table("place", types=["fine"], statuses=["open"])
    request = stats.StatsRequest(by=("place",), event_types=("fine",),
                                 cases=CaseFilter(status="open"))  # fmt: skip
    assert narrowed.rows == stats.count_events(vault.conn, request).rows
    spans = cube.table("type", month_from="2023-01", month_to="2023-12")
    sql = stats.count_events(vault.conn, stats.StatsRequest(
        by=("type",), date_from="2023-01-01", date_to="2023-12-31"))  # fmt: skip
    assert spans.rows == sql.rows


def test_cli_json_and_csv_match_the_service(cli, tmp_path: Path) -> None:
    from casebook.vault.vault import Vault

    v, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    cases = demo_cases()
    for case in cases:
        save_case(v, case, touch=False)
    v.close()
    r = cli("--vault", str(tmp_path / "v"), "stats", "--by", "type,month", "--json")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert data["by"] == ["type", "month"]
    assert data["total"] == sum(len(c.events) for c in cases)
    got = Counter({(row["type"], row["month"]): row["count"] for row in data["rows"]})
    want: Counter[tuple[str, str]] = Counter()
    for c in cases:
        for e in c.events:
            want[(e.type, e.date.text()[:7] if len(e.date.text()) > 4 else e.date.text())] += 1
    assert got == want
    arrest = [row for row in data["rows"] if row["type"] == "arrest"]
    assert all(row["esf_code"] == "030101000000" for row in arrest)
    r = cli("--vault", str(tmp_path / "v"), "stats", "--by", "perpetrator", "--csv")
    assert r.code == 0, r.err
    rows = list(csv.DictReader(io.StringIO(r.out)))
    assert sum(int(row["count"]) for row in rows) >= data["total"]
    r = cli("--vault", str(tmp_path / "v"), "stats", "--from", "2024-10-01", "--to", "2024-10-31")
    assert r.code == 0 and "events" in r.out


def test_cli_bad_options_name_the_problem_before_the_passphrase(cli, tmp_path: Path) -> None:
    r = cli("--vault", str(tmp_path / "none"), "stats", "--by", "type,colour", stdin="")
    assert r.code == 2 and "'colour'" in r.err
    r = cli("--vault", str(tmp_path / "none"), "stats", "--from", "2024-13", stdin="")
    assert r.code == 2 and "2024-13" in r.err
    r = cli("--vault", str(tmp_path / "none"), "stats", "--from", "2024-05", "--to", "2024-01",
            stdin="")  # fmt: skip
    assert r.code == 2 and "2024-01" in r.err


@pytest.mark.parametrize(
    "by",
    [("place", "perpetrator"), ("organisation", "perpetrator"), ("place", "organisation"),
     ("type", "month", "place", "perpetrator"), ("perpetrator", "organisation", "place")],
)  # fmt: skip
def test_several_counted_keys_at_once_equal_an_independent_count(vault, filled, by) -> None:
    table = stats.count_events(vault.conn, stats.StatsRequest(by=by))
    want: Counter[tuple[str, ...]] = Counter()
    for case in filled:
        kinds = {o.id: o.kind for o in case.organisations}
        groups = {p.id: p.organisation.strip() for p in case.people}
        for e in case.events:
            perp = {kinds.get(i.ref, "individual") for i in e.involved if i.role == "perpetrator"}
            orgs = {groups.get(i.ref, "") for i in e.involved if i.role == "victim"}
            values = {
                "type": [e.type], "month": [e.date.text()[:7]], "place": [e.place.strip()],
                "perpetrator": sorted(perp or {"unknown"}), "organisation": sorted(orgs or {""}),
            }  # fmt: skip
            for key in product(*(values[d] for d in by)):
                want[key] += 1
    assert dict(table.rows) == dict(want)
    assert table.total == sum(len(c.events) for c in filled)


@pytest.mark.parametrize("dim", ["month", "quarter", "year", "perpetrator", "organisation"])
def test_the_cases_behind_every_row(vault, filled, dim) -> None:
    request = stats.StatsRequest(by=(dim,))
    table = stats.count_events(vault.conn, request)
    for (value,), _n in table.rows:
        got = set(stats.case_ids_for(vault.conn, request, [value]))
        want = {case.id for case in filled if independent([case], dim)[value]}
        assert got == want, (dim, value)


def test_what_is_counted_follows_each_save_and_deletion(vault, filled) -> None:
    from casebook.services.cases import delete_case

    case = next(c for c in filled if c.events)
    case.status = "monitoring"
    case.organisations[0].kind = "media"
    for e in case.events:
        e.involved.append(Involvement(case.organisations[0].id, "perpetrator"))
    save_case(vault, case, touch=False)
    cube = stats.Cube.load(vault.conn, ["perpetrator"])
    watched = cube.table("type", statuses=["monitoring"])
    assert watched.total == len(case.events)
    assert dict(cube.table("perpetrator", statuses=["monitoring"]).rows)[("media",)] == len(
        case.events
    )
    delete_case(vault, case.id)
    rest = [c for c in filled if c.id != case.id]
    for dim in ("type", "perpetrator", "organisation", "place"):
        table = stats.count_events(vault.conn, stats.StatsRequest(by=(dim,)))
        assert {k[0]: n for k, n in table.rows} == dict(independent(rest, dim)), dim


def test_the_migration_gives_what_save_case_gives(vault, filled) -> None:
    """m0011's backfill (SQL, for vaults written before it) and save_case (Python)
    agree on every event."""
    from casebook.vault.migrations import m0011_event_stats

    cols = "id, month, case_status, perpetrators, victim_orgs"
    saved = {r[0]: r[1:] for r in vault.conn.execute(f"SELECT {cols} FROM events")}
    with vault.transaction() as conn:
        conn.execute("UPDATE events SET month = 0, case_status = '', perpetrators = '',"
                     " victim_orgs = 'x'")  # fmt: skip
        m0011_event_stats.backfill(conn)
    again = {r[0]: r[1:] for r in vault.conn.execute(f"SELECT {cols} FROM events")}

    def as_sets(row: tuple) -> tuple:
        month, status, kinds, orgs = row
        return month, status, set(kinds.split(",")), set(orgs.split("\x1f"))

    assert len(saved) == sum(len(c.events) for c in filled)
    assert {k: as_sets(v) for k, v in again.items()} == {k: as_sets(v) for k, v in saved.items()}


def test_the_timeline_has_every_period_with_zeros() -> None:
    table = stats.StatsTable(("month",), [(("2023",), 2), (("2023-11",), 1), (("2024-02",), 4)], 7)
    filled_in = stats.continuous(table)
    assert filled_in.rows == [
        (("2023",), 2), (("2023-11",), 1), (("2023-12",), 0), (("2024-01",), 0),
        (("2024-02",), 4),
    ]  # fmt: skip
    assert filled_in.total == 7
    span = stats.continuous(table, "2023-10", "2024-03")
    assert [k[0] for k, _ in span.rows] == ["2023", "2023-10", "2023-11", "2023-12",
                                            "2024-01", "2024-02", "2024-03"]  # fmt: skip
    quarters = stats.StatsTable(("quarter",), [(("2022-Q4",), 1), (("2023-Q3",), 5)], 6)
    assert stats.continuous(quarters).rows == [
        (("2022-Q4",), 1), (("2023-Q1",), 0), (("2023-Q2",), 0), (("2023-Q3",), 5),
    ]  # fmt: skip
    years = stats.StatsTable(("year",), [(("2019",), 1), (("2022",), 2)], 3)
    assert [n for _, n in stats.continuous(years).rows] == [1, 0, 0, 2]
    empty = stats.StatsTable(("year",), [], 0)
    assert stats.continuous(empty).rows == []


def test_a_vault_written_before_the_counted_columns_counts_the_same(tmp_path: Path) -> None:
    """The committed schema-1 vault: m0011 fills in what save_case now writes."""
    import shutil

    from casebook.services.cases import get_case
    from casebook.vault.vault import Vault
    from tests.test_migrations import DATA, V1_PASSPHRASE

    shutil.copytree(DATA / "vault-v1", tmp_path / "v1")
    with Vault.unlock(tmp_path / "v1", V1_PASSPHRASE) as old:
        ids = [r[0] for r in old.conn.execute("SELECT id FROM cases")]
        cases = [get_case(old, i) for i in ids]
        assert sum(len(c.events) for c in cases) > 0
        for dim in ("type", "month", "place", "perpetrator", "organisation"):
            table = stats.count_events(old.conn, stats.StatsRequest(by=(dim,)))
            assert {k[0]: n for k, n in table.rows} == dict(independent(cases, dim)), dim


def test_the_cases_behind_a_row_are_all_of_them(vault) -> None:
    """No cap (it was 1,000): 1,050 cases behind one bar are all listed."""
    from casebook.vault import cases as repo

    with vault.transaction() as conn:
        for i in range(1050):
            repo.save_case(conn, Case(f"Fine {i}", events=[Event(EventDate.parse("2024-05"),
                                                                 "fine")]))  # fmt: skip
    request = stats.StatsRequest(by=("type",))
    ids = stats.case_ids_for(vault.conn, request, ["fine"])
    assert len(ids) == len(set(ids)) == 1050
    assert len(stats.cases_behind(vault.conn, request, ["fine"])) == 1050
    assert stats.case_ids_for(vault.conn, request, ["fine"], limit=10) == ids[:10]
