"""Full-text search: Cyrillic case folding (Russian and Kazakh), prefixes, ranking."""

from __future__ import annotations

import pytest

from casebook.domain.model import Case, Event, EventDate, Person
from casebook.services.cases import save_case
from casebook.vault import cases as repo
from casebook.vault.cases import CaseFilter, count_cases, fts_query, list_cases, search
from casebook.vault.vault import Vault


@pytest.fixture
def filled(vault: Vault) -> Vault:
    save_case(vault, Case(title="Қазақстандағы әйелдер құқығы", summary="Ғалым Үкілі Һ іздеу"))
    save_case(vault, Case(title="Задержание активистки", summary="ЗАДЕРЖАНИЕ в Алматы"))
    save_case(
        vault,
        Case(
            title="Harassment report",
            people=[Person("Өмірзақ Ұлан", consent="named")],
            events=[
                Event(
                    EventDate.parse("2024-01-02"),
                    "threats",
                    description="threats after the протест",
                )
            ],  # fmt: skip
        ),
    )
    save_case(vault, Case(title="Unrelated", summary="the word задержание only in the summary"))
    return vault


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("ҚАЗАҚСТАНДАҒЫ", "Қазақстандағы әйелдер құқығы"),
        ("ӘЙЕЛДЕР", "Қазақстандағы әйелдер құқығы"),
        ("ғалым үкілі", "Қазақстандағы әйелдер құқығы"),
        ("һ", "Қазақстандағы әйелдер құқығы"),
        ("ІЗДЕУ", "Қазақстандағы әйелдер құқығы"),
        ("өмірзақ", "Harassment report"),
        ("ҰЛАН", "Harassment report"),
        ("ПРОТЕСТ", "Harassment report"),
        ("алмат", "Задержание активистки"),
    ],
)
def test_cyrillic_case_folding_and_prefixes(filled: Vault, query: str, title: str) -> None:
    assert [h.title for h in search(filled.conn, query)] == [title]


def test_title_matches_rank_first(filled: Vault) -> None:
    hits = search(filled.conn, "задерж")
    assert [h.title for h in hits] == ["Задержание активистки", "Unrelated"]
    assert "[" in hits[0].snippet or hits[0].snippet


def test_operators_typed_by_users_are_plain_text(filled: Vault) -> None:
    for nasty in ['"', "NEAR(", "a OR", "*", "title:x", "-", "^", "'"]:
        search(filled.conn, nasty)  # no FTS5 syntax error
    query = fts_query('say "hi" OR*')
    assert query == '(title : "say"* OR names : "sai"*) AND "hi"* AND "OR"*'  # short: as typed


def test_search_filter_in_case_list(filled: Vault) -> None:
    flt = CaseFilter(query="задержание")
    assert count_cases(filled.conn, flt) == 2
    flt = CaseFilter(event_type="threats")
    assert [r.title for r in list_cases(filled.conn, flt)] == ["Harassment report"]


def test_index_follows_edits_and_deletes(vault: Vault) -> None:
    case = Case(title="Первое название")
    save_case(vault, case)
    case.title = "Второе название"
    save_case(vault, case)
    assert search(vault.conn, "первое") == []
    assert [h.case_id for h in search(vault.conn, "второе")] == [case.id]
    with vault.transaction() as conn:
        repo.delete_case(conn, case.id)
    assert search(vault.conn, "второе") == []


def test_very_broad_searches_list_newest_first(vault: Vault, monkeypatch) -> None:
    ids = []
    for i in range(5):
        case = Case(title=f"common word case {i}")
        save_case(vault, case)
        ids.append(case.id)
    monkeypatch.setattr(repo, "RANK_LIMIT", 3)
    hits = search(vault.conn, "common")
    assert [h.case_id for h in hits] == list(reversed(ids))
    assert {h.rank for h in hits} == {0.0}
    monkeypatch.setattr(repo, "RANK_LIMIT", 100)
    assert all(h.rank < 0 for h in search(vault.conn, "common"))
