"""Search across scripts and word forms: the index stores every word as a name key beside
the text, queries are normalised the same way; vocabulary labels in every language are
searchable; snippets mark the match in the case's own spelling."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebook.domain.model import Case, Event, EventDate, Person
from casebook.services.cases import save_case
from casebook.vault.cases import CaseFilter, count_cases, search, search_names, search_stem
from casebook.vault.vault import Vault
from tests.test_migrations import DATA, V1_PASSPHRASE


@pytest.fixture
def filled(vault: Vault) -> Vault:
    save_case(
        vault, Case("Преследование журналистки", summary="Жанар Sekerbayeva получила угрозы.")
    )
    save_case(vault, Case("Raid in Almaty", summary="Police raided the office in Almaty.",
                          events=[Event(EventDate.parse("2024-01-02"), "raid")]))  # fmt: skip
    save_case(vault, Case("Штраф", summary="Айгерім Садықова оштрафована.",
                          people=[Person("Айгерим Садыкова", aliases=["Aika"])],
                          events=[Event(EventDate.parse("2024-02-03"),
                                        "administrative_detention")]))  # fmt: skip
    save_case(vault, Case("Unrelated", summary="Nothing to see here, a fine day."))
    return vault


@pytest.mark.parametrize(
    ("query", "title"),
    [("Секербаева", "Преследование журналистки"), ("Sekerbayeva", "Преследование журналистки"),
     ("Sekerbaeva", "Преследование журналистки"), ("секербаевой", "Преследование журналистки"),
     ("Секербаеваға", "Преследование журналистки"), ("Алматы", "Raid in Almaty"),
     ("Almaty", "Raid in Almaty"), ("Aigerim Sadykova", "Штраф"), ("Садыковой", "Штраф"),
     ("Aika", "Штраф"), ("задержание", "Штраф"), ("ұстау", "Штраф"), ("обыск", "Raid in Almaty")],
)  # fmt: skip
def test_found_whatever_the_script_or_word_form(filled: Vault, query: str, title: str) -> None:
    assert [h.title for h in search(filled.conn, query)] == [title]
    assert count_cases(filled.conn, CaseFilter(query=query)) == 1


def test_unrelated_words_do_not_match(filled: Vault) -> None:
    assert search(filled.conn, "Секербай") == [] or all(
        h.title != "Unrelated" for h in search(filled.conn, "Секербай")
    )
    assert search(filled.conn, "Бекова") == []
    assert search(filled.conn, "Astana") == []


def test_snippet_marks_the_match_in_the_cases_own_spelling(filled: Vault) -> None:
    hit = search(filled.conn, "Секербаевой")[0]
    assert "[Sekerbayeva]" in hit.snippet
    hit = search(filled.conn, "Almaty")[0]
    assert "[Almaty]" in hit.snippet


def test_index_form_and_query_stem() -> None:
    names = search_names("Title", "Sekerbayeva went to Алматы", ["arrest"]).split()
    assert "sekerbaeva" in names and "almati" in names and "arest" in names
    assert search_stem("sekerbaevoi") == "sekerbaev" and search_stem("aigeriminin") == "aigerim"


def test_migrated_v1_vault_is_searchable_across_scripts(tmp_path: Path) -> None:
    target = tmp_path / "v1"
    shutil.copytree(DATA / "vault-v1", target)
    with Vault.unlock(target, V1_PASSPHRASE) as vault:
        found = search(vault.conn, "oshtrafovana")
        assert found and "оштрафована" in found[0].title
