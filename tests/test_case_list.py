"""Case list queries: sorting, paging and filters done in SQL, and case operations."""

from __future__ import annotations

import pytest

from casebook.domain.model import Case, Event, EventDate, Involvement, Person
from casebook.domain.validation import ValidationError
from casebook.services import cases as svc
from casebook.vault.cases import CaseFilter, all_tags, count_cases, list_cases
from casebook.vault.errors import NotFound
from casebook.vault.vault import Vault


def _case(title: str, status: str, day: str, kind: str, tags: list[str]) -> Case:
    return Case(title=title, status=status, tags=tags,
                events=[Event(EventDate.parse(day), kind)])  # fmt: skip


@pytest.fixture
def listed(vault: Vault) -> Vault:
    svc.save_case(vault, _case("Bravo", "open", "2024-05-01", "arrest", ["police"]))
    svc.save_case(vault, _case("alpha", "closed", "2023-01-10", "fine", ["fine", "police"]))
    svc.save_case(vault, _case("Charlie", "monitoring", "2024-09", "doxxing", ["online"]))
    return vault


def test_sorting_and_paging(listed: Vault) -> None:
    titles = [r.title for r in list_cases(listed.conn, sort="title", descending=False)]
    assert titles == ["alpha", "Bravo", "Charlie"]
    by_event = [r.title for r in list_cases(listed.conn, sort="last_event", descending=True)]
    assert by_event == ["Charlie", "Bravo", "alpha"]
    page = list_cases(listed.conn, sort="title", descending=False, offset=1, limit=1)
    assert [r.title for r in page] == ["Bravo"]
    row = page[0]
    assert (row.event_count, row.evidence_count, row.last_event) == (1, 0, "2024-05-01")


def test_filters(listed: Vault) -> None:
    def titles(flt: CaseFilter) -> set[str]:
        return {r.title for r in list_cases(listed.conn, flt)}

    assert titles(CaseFilter(status="open")) == {"Bravo"}
    assert titles(CaseFilter(tag="POLICE")) == {"Bravo", "alpha"}
    assert titles(CaseFilter(event_type="doxxing")) == {"Charlie"}
    assert titles(CaseFilter(date_from="2024-01-01")) == {"Bravo", "Charlie"}
    assert titles(CaseFilter(date_from="2024-01-01", date_to="2024-06-30")) == {"Bravo"}
    assert count_cases(listed.conn, CaseFilter(status="open", tag="online")) == 0
    assert all_tags(listed.conn) == ["fine", "online", "police"]


def test_duplicate_gives_new_ids_and_keeps_links(vault: Vault) -> None:
    p = Person("Asel", consent="named")
    original = Case(title="Original", people=[p],
                    events=[Event(EventDate.parse("2024"), "threats")])  # fmt: skip
    original.events[0].involved.append(Involvement(p.id, "victim"))
    svc.save_case(vault, original)
    dup = svc.duplicate_case(vault, original.id)
    assert dup.id != original.id and dup.title == "Original (copy)"
    stored = svc.get_case(vault, dup.id)
    assert stored.people[0].id != p.id
    assert stored.events[0].involved[0].ref == stored.people[0].id


def test_delete_and_unknown_ids(vault: Vault) -> None:
    case = Case(title="Gone soon")
    svc.save_case(vault, case)
    svc.delete_case(vault, case.id[:8])
    assert count_cases(vault.conn) == 0
    with pytest.raises(NotFound):
        svc.get_case(vault, case.id)
    with pytest.raises(NotFound):
        svc.delete_case(vault, "abcdef")


def test_invalid_case_is_not_saved(vault: Vault) -> None:
    with pytest.raises(ValidationError) as info:
        svc.save_case(vault, Case(title=" ", status="lost", country="ZZ"))
    assert {e.path for e in info.value.errors} == {"title", "status", "country"}
    assert count_cases(vault.conn) == 0
