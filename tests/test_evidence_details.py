"""Changing the source, description and events of an evidence item after import."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.domain.validation import MAX_SHORT, ValidationError
from casebook.services import backup, bundle
from casebook.services import evidence as ev
from casebook.services.cases import save_case
from casebook.services.verify import verify_vault
from casebook.vault import custody
from casebook.vault.errors import NotFound
from casebook.vault.vault import Vault
from tests.bundle_support import befriend, new_vault, state
from tests.conftest import PASSPHRASE
from tests.test_evidence_support import make_case, write

DATA = b"Statement of the witness\n"


@pytest.fixture
def setup(vault: Vault, tmp_path: Path) -> tuple[Case, ev.EvidenceItem]:
    case = make_case(vault)
    item = ev.import_file(
        vault, case.id, write(tmp_path / "statement.txt", DATA), source="Phone of the sister",
        description="First version", event_ids=[case.events[0].id], actor="A",
    )  # fmt: skip
    return case, item


def rows(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    tables = ("evidence", "evidence_events", "custody", "meta")
    return {t: sorted(map(tuple, vault.conn.execute(f"SELECT * FROM {t}"))) for t in tables}


def test_details_change_with_a_custody_entry(vault: Vault, setup) -> None:
    case, item = setup
    updated = ev.update_evidence_details(
        vault, item.id[:8], source="  Lawyer's copy\n(scan)  ", description="Second version\n",
        event_ids=[case.events[1].id[:8], case.events[0].id], actor="B",
    )  # fmt: skip
    assert updated.source == "Lawyer's copy (scan)"
    assert updated.description == "Second version"
    assert set(updated.event_ids) == {e.id for e in case.events}
    assert ev.get_evidence(vault, item.id) == updated
    assert (updated.sha256, updated.size, updated.original_name, updated.imported_at) == (
        item.sha256, item.size, item.original_name, item.imported_at,
    )  # fmt: skip
    assert ev.read_bytes(vault, item.id, log=False) == DATA
    log = ev.custody_log(vault, item.id)
    assert [e.action for e in log] == ["imported", "described"]
    assert log[1].actor == "B"
    assert log[1].details == {
        "changed": ["source", "description", "events"],
        "event_ids": sorted(e.id for e in case.events),
    }
    entry_text = json.dumps([e.details for e in log])
    assert "Lawyer" not in entry_text and "Second version" not in entry_text
    assert verify_vault(vault) == []


def test_only_given_fields_change(vault: Vault, setup) -> None:
    case, item = setup
    updated = ev.update_evidence_details(vault, item.id, description="Only this")
    assert (updated.source, updated.event_ids) == (item.source, item.event_ids)
    assert ev.custody_log(vault, item.id)[-1].details == {"changed": ["description"]}
    cleared = ev.update_evidence_details(vault, item.id, event_ids=())
    assert cleared.event_ids == () and cleared.description == "Only this"
    assert ev.custody_log(vault, item.id)[-1].details == {"changed": ["events"], "event_ids": []}


def test_nothing_different_writes_nothing(vault: Vault, setup) -> None:
    case, item = setup
    before = rows(vault)
    same = ev.update_evidence_details(
        vault, item.id, source=item.source, description=item.description,
        event_ids=[case.events[0].id],
    )  # fmt: skip
    assert same == item
    assert ev.update_evidence_details(vault, item.id) == item
    assert rows(vault) == before


def test_events_of_another_case_are_refused(vault: Vault, setup) -> None:
    case, item = setup
    other = make_case(vault, "Another case")
    before = rows(vault)
    with pytest.raises(NotFound, match=rf"not an event of case {case.id[:8]}"):
        ev.update_evidence_details(
            vault, item.id, source="Should not stay", event_ids=[other.events[0].id]
        )
    with pytest.raises(NotFound, match="not an event"):
        ev.update_evidence_details(vault, item.id, event_ids=["abc"])  # too short a prefix
    assert rows(vault) == before


def test_too_long_texts_are_refused_by_name(vault: Vault, setup, tmp_path: Path) -> None:
    case, item = setup
    before = rows(vault)
    with pytest.raises(ValidationError) as caught:
        ev.update_evidence_details(vault, item.id, source="x" * (MAX_SHORT + 1),
                                   description="fine", event_ids=())  # fmt: skip
    assert [e.path for e in caught.value.errors] == ["source"]
    assert f"at most {MAX_SHORT}" in str(caught.value)
    with pytest.raises(ValidationError, match="description: is too long"):
        ev.update_evidence_details(vault, item.id, description="y" * 200_001)
    assert rows(vault) == before
    with pytest.raises(ValidationError, match="source: is too long"):
        ev.import_file(vault, case.id, write(tmp_path / "b.txt", b"b"), source="s" * 501)
    assert rows(vault) == before and len(list(vault.evidence_dir.iterdir())) == 1


def test_unknown_or_deleted_item(vault: Vault, setup) -> None:
    case, item = setup
    with pytest.raises(NotFound, match="no evidence item"):
        ev.update_evidence_details(vault, "ffffffff", source="x")
    ev.delete_evidence(vault, item.id)
    with pytest.raises(NotFound, match="no evidence item"):
        ev.update_evidence_details(vault, item.id, source="x")
    assert verify_vault(vault) == []


def test_a_tampered_described_entry_is_detected(vault: Vault, setup) -> None:
    case, item = setup
    ev.update_evidence_details(vault, item.id, source="Changed", actor="B")
    entry = ev.custody_log(vault, item.id)[1]
    forged = {"changed": ["description"]}
    digest = custody.entry_hash(entry.evidence_id, entry.case_id, entry.time, entry.action,
                                entry.actor, forged, entry.prev_hash)  # fmt: skip
    with vault.transaction() as conn:
        conn.execute("UPDATE custody SET details = ?, hash = ? WHERE seq = ?",
                     (json.dumps(forged), digest, entry.seq))  # fmt: skip
    [line] = verify_vault(vault)
    assert f"evidence {item.id[:8]}" in line and "custody entry 2 (described" in line
    assert "invalid signature" in line


def test_a_removed_described_entry_is_detected(vault: Vault, setup) -> None:
    case, item = setup
    ev.update_evidence_details(vault, item.id, description="Changed")
    with vault.transaction() as conn:
        conn.execute("DELETE FROM custody WHERE action = 'described'")
    [line] = verify_vault(vault)
    assert "custody log has 1 entries but 2 were written" in line


def test_backup_keeps_the_details_and_their_entry(vault: Vault, setup, tmp_path: Path) -> None:
    case, item = setup
    backup.backup(vault, tmp_path / "backup")
    ev.update_evidence_details(vault, item.id, source="After the first backup", event_ids=())
    report = backup.backup(vault, tmp_path / "backup")
    assert report.copied_files == 0  # the file did not change, only the database
    with Vault.unlock(tmp_path / "backup", PASSPHRASE) as copy:
        assert verify_vault(copy) == []
        assert ev.get_evidence(copy, item.id) == ev.get_evidence(vault, item.id)
        assert [e.action for e in ev.custody_log(copy, item.id)] == ["imported", "described"]


def test_bundle_carries_the_details_and_the_senders_entry(tmp_path: Path) -> None:
    a, b = new_vault(tmp_path / "a", "Org A"), new_vault(tmp_path / "b", "Org B")
    befriend(a, b)
    case = make_case(a)
    case.sensitivity = "partners"
    save_case(a, case)
    item = ev.import_stream(a, case.id, io.BytesIO(DATA), original_name="s.txt")
    ev.update_evidence_details(a, item.id, source="Volunteer", description="Corrected",
                               event_ids=[case.events[1].id], actor="Dana")  # fmt: skip
    bundle.export_bundle(a, [case.id], ["B"], tmp_path / "out.age")
    bundle.import_bundle(b, tmp_path / "out.age")
    [got] = ev.list_evidence(b, case.id)
    assert (got.source, got.description, got.event_ids) == (
        "Volunteer", "Corrected", (case.events[1].id,),
    )  # fmt: skip
    assert hashlib.sha256(ev.read_bytes(b, got.id, log=False)).hexdigest() == item.sha256
    sender = ev.custody_log(b, got.id)[0].details["sender_custody"]
    assert [e["action"] for e in sender] == ["imported", "described"]  # "bundled" comes after
    assert sender[1]["details"] == {"changed": ["source", "description", "events"],
                                    "event_ids": [case.events[1].id]}  # fmt: skip
    assert verify_vault(b) == []
    # Receiving the same bundle again is refused as a replay and changes nothing.
    before = state(b)
    with pytest.raises(bundle.Replayed):
        bundle.import_bundle(b, tmp_path / "out.age")
    assert state(b) == before
    a.close()
    b.close()
