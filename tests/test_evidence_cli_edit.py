"""`casebook evidence edit`: source, description and events after import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebook.vault.vault import Vault
from tests.test_evidence_support import make_case, write


@pytest.fixture
def setup(cli, vault: Vault, vault_dir: Path, tmp_path: Path):
    case = make_case(vault)
    other = make_case(vault, "Another case")
    vault.close()
    note = write(tmp_path / "threat.txt", "Угроза\n".encode())
    vpath = str(vault_dir)
    added = cli("--vault", vpath, "evidence", "add", case.id, str(note), "--source", "Phone",
                "--event", case.events[0].id)  # fmt: skip
    assert added.code == 0, added.err
    return vpath, case, other, added.out.strip()


def show(cli, vpath: str, item_id: str) -> dict:
    result = cli("--vault", vpath, "evidence", "show", item_id, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_edit_changes_what_is_given(cli, setup) -> None:
    vpath, case, _other, item_id = setup
    result = cli("--vault", vpath, "evidence", "edit", item_id[:8], "--description",
                 "Threat sent on 8 March", "--actor", "Dana")  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.strip() == f"{item_id}: changed description"
    shown = show(cli, vpath, item_id)
    assert shown["description"] == "Threat sent on 8 March" and shown["source"] == "Phone"
    assert shown["events"] == [case.events[0].id]

    as_json = cli("--vault", vpath, "evidence", "edit", item_id, "--source", "",
                  "--event", case.events[1].id[:8], "--json")  # fmt: skip
    assert as_json.code == 0, as_json.err
    data = json.loads(as_json.out)
    assert data == show(cli, vpath, item_id)
    assert data["source"] == "" and data["events"] == [case.events[1].id]

    unlinked = cli("--vault", vpath, "evidence", "edit", item_id, "--no-events")
    assert unlinked.out.strip() == f"{item_id}: changed events"
    assert show(cli, vpath, item_id)["events"] == []
    again = cli("--vault", vpath, "evidence", "edit", item_id, "--no-events")
    assert again.code == 0 and again.out.strip() == f"{item_id}: nothing changed"

    log = json.loads(cli("--vault", vpath, "evidence", "custody", item_id, "--json").out)
    assert [(e["action"], e["actor"], e["details"].get("changed")) for e in log] == [
        ("imported", "", None),
        ("described", "Dana", ["description"]),
        ("described", "", ["source", "events"]),
        ("described", "", ["events"]),
    ]
    assert "Threat" not in json.dumps(log)
    text = cli("--vault", vpath, "evidence", "custody", item_id).out.splitlines()
    assert "described" in text[1] and "Dana" in text[1]
    assert cli("--vault", vpath, "verify").code == 0


def test_edit_errors_and_exit_codes(cli, setup) -> None:
    vpath, case, other, item_id = setup
    before = show(cli, vpath, item_id)
    nothing = cli("--vault", vpath, "evidence", "edit", item_id, stdin="")
    assert nothing.code == 2 and "nothing to change" in nothing.err
    with pytest.raises(SystemExit) as both:
        cli("--vault", vpath, "evidence", "edit", item_id, "--event", "abcd", "--no-events")
    assert both.value.code == 2
    foreign = cli("--vault", vpath, "evidence", "edit", item_id, "--source", "New",
                  "--event", other.events[0].id)  # fmt: skip
    assert foreign.code == 1 and f"is not an event of case {case.id[:8]}" in foreign.err
    too_long = cli("--vault", vpath, "evidence", "edit", item_id, "--source", "x" * 501)
    assert too_long.code == 1
    assert "invalid input" in too_long.err and "source: is too long (501 characters" in too_long.err
    missing = cli("--vault", vpath, "evidence", "edit", "deadbeef", "--source", "x")
    assert missing.code == 1 and "no evidence item with id 'deadbeef'" in missing.err
    wrong = cli("--vault", vpath, "evidence", "edit", item_id, "--source", "x",
                stdin="wrong passphrase\n")  # fmt: skip
    assert wrong.code == 3
    assert show(cli, vpath, item_id) == before
    log = json.loads(cli("--vault", vpath, "evidence", "custody", item_id, "--json").out)
    assert [e["action"] for e in log] == ["imported"]
