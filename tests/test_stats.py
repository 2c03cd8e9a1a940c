"""casebook stats: figures equal counts made independently from the cases' JSON."""

from __future__ import annotations

import csv
import io
import json
import random
from collections import Counter
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
