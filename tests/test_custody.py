"""The custody log: signed, hash-chained entries; verify finds every kind of tampering."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casebook.services import evidence as ev
from casebook.services.verify import verify_vault
from casebook.vault import custody
from casebook.vault.vault import Vault
from tests.test_evidence_support import make_case, write


@pytest.fixture
def item(vault: Vault, tmp_path: Path) -> ev.EvidenceItem:
    """An item with five entries: imported, opened, exported, bundled, opened."""
    case = make_case(vault)
    it = ev.import_file(vault, case.id, write(tmp_path / "statement.txt", b"text\n"), actor="A")
    ev.read_bytes(vault, it.id, actor="B")
    ev.export_original(vault, it.id, tmp_path / "out.txt", actor="C")
    ev.append_custody(vault, it.id, case.id, "bundled", "D", {"to": "Partner"})
    ev.read_bytes(vault, it.id, actor="E")
    return it


def seqs(vault: Vault, evidence_id: str) -> list[int]:
    return [e.seq for e in ev.custody_log(vault, evidence_id)]


def custody_lines(vault: Vault) -> list[str]:
    return [p for p in verify_vault(vault) if "custody" in p]


def test_entries_are_chained_and_signed(vault: Vault, item: ev.EvidenceItem) -> None:
    log = ev.custody_log(vault, item.id)
    assert [e.action for e in log] == ["imported", "opened", "exported", "bundled", "opened"]
    assert [e.actor for e in log] == ["A", "B", "C", "D", "E"]
    assert log[0].prev_hash == custody.GENESIS
    assert all(log[i].prev_hash == log[i - 1].hash for i in range(1, len(log)))
    assert log[0].details["sha256"] == item.sha256
    assert log[2].details == {"copy": "original", "file_name": "out.txt", "sha256": item.sha256}
    public = vault.signing_key().public_key()
    for e in log:
        public.verify(bytes.fromhex(e.signature), custody.ENTRY_CONTEXT + bytes.fromhex(e.hash))
    assert verify_vault(vault) == []


def test_edited_entry_is_detected(vault: Vault, item: ev.EvidenceItem) -> None:
    seq = seqs(vault, item.id)[2]
    with vault.transaction() as conn:
        conn.execute("UPDATE custody SET actor = 'Someone else' WHERE seq = ?", (seq,))
    assert custody_lines(vault) == [
        f"evidence {item.id[:8]} (statement.txt): custody entry 3 (exported, "
        f"{ev.custody_log(vault, item.id)[2].time}) was altered (its content does not match "
        "its hash)"
    ]


def test_edited_details_with_recomputed_hash_fail_the_signature(
    vault: Vault, item: ev.EvidenceItem
) -> None:
    e = ev.custody_log(vault, item.id)[1]
    details = {"for": "nothing to see"}
    digest = custody.entry_hash(e.evidence_id, e.case_id, e.time, e.action, e.actor, details,
                                e.prev_hash)  # fmt: skip
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE custody SET details = ?, hash = ? WHERE seq = ?",
            (json.dumps(details), digest, e.seq),
        )
    lines = custody_lines(vault)
    assert len(lines) == 1 and "custody entry 2 (opened" in lines[0]
    assert "invalid signature" in lines[0]


@pytest.mark.parametrize("which", [0, 2, 4])
def test_removed_entry_is_detected(vault: Vault, item: ev.EvidenceItem, which: int) -> None:
    seq = seqs(vault, item.id)[which]
    with vault.transaction() as conn:
        conn.execute("DELETE FROM custody WHERE seq = ?", (seq,))
    lines = custody_lines(vault)
    assert len(lines) == 1 and lines[0].startswith(f"evidence {item.id[:8]} (statement.txt): ")
    expected = "4 entries but 5 were written" if which == 4 else "does not follow"
    assert expected in lines[0]


def test_whole_log_removed_is_detected(vault: Vault, item: ev.EvidenceItem) -> None:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM custody WHERE evidence_id = ?", (item.id,))
    assert custody_lines(vault) == [f"evidence {item.id[:8]} (statement.txt): has no custody log"]
    with vault.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (custody.HEAD_PREFIX + item.id,))
    assert custody_lines(vault) == [f"evidence {item.id[:8]} (statement.txt): has no custody log"]


def test_reordered_entries_are_detected(vault: Vault, item: ev.EvidenceItem) -> None:
    a, b = seqs(vault, item.id)[1:3]
    with vault.transaction() as conn:
        conn.execute("UPDATE custody SET seq = -1 WHERE seq = ?", (a,))
        conn.execute("UPDATE custody SET seq = ? WHERE seq = ?", (a, b))
        conn.execute("UPDATE custody SET seq = ? WHERE seq = -1", (b,))
    assert [e.action for e in ev.custody_log(vault, item.id)][1:3] == ["exported", "opened"]
    lines = custody_lines(vault)
    assert len(lines) == 1 and "custody entry 2 (exported" in lines[0]
    assert "does not follow" in lines[0]


def _forge(vault: Vault, prev: custody.CustodyEntry, key: Ed25519PrivateKey) -> tuple:
    time, details = "2024-01-01T00:00:00Z", {"note": "planted"}
    digest = custody.entry_hash(prev.evidence_id, prev.case_id, time, "opened", "Forger",
                                details, prev.hash)  # fmt: skip
    signature = key.sign(custody.ENTRY_CONTEXT + bytes.fromhex(digest)).hex()
    return (prev.evidence_id, prev.case_id, time, "opened", "Forger", json.dumps(details),
            prev.hash, digest, signature)  # fmt: skip


INSERT = (
    "INSERT INTO custody (evidence_id, case_id, time, action, actor, details, prev_hash, hash,"
    " signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def test_inserted_entry_signed_by_another_key_is_detected(
    vault: Vault, item: ev.EvidenceItem
) -> None:
    last = ev.custody_log(vault, item.id)[-1]
    with vault.transaction() as conn:
        conn.execute(INSERT, _forge(vault, last, Ed25519PrivateKey.generate()))
    lines = custody_lines(vault)
    assert len(lines) == 1 and "custody entry 6 (opened" in lines[0]
    assert "invalid signature" in lines[0]


def test_inserted_entry_even_with_the_vault_key_breaks_the_head(
    vault: Vault, item: ev.EvidenceItem
) -> None:
    last = ev.custody_log(vault, item.id)[-1]
    with vault.transaction() as conn:
        conn.execute(INSERT, _forge(vault, last, vault.signing_key()))
    lines = custody_lines(vault)
    assert len(lines) == 1 and "6 entries but 5 were written" in lines[0]


def test_inserted_in_the_middle_is_detected(vault: Vault, item: ev.EvidenceItem) -> None:
    log = ev.custody_log(vault, item.id)
    with vault.transaction() as conn:
        conn.execute("UPDATE custody SET seq = seq + 1000 WHERE seq > ?", (log[1].seq,))
        with_seq = INSERT.replace("(evidence_id", "(seq, evidence_id").replace("(?", "(?, ?")
        forged = _forge(vault, log[1], vault.signing_key())
        conn.execute(with_seq, (log[1].seq + 1, *forged))
    lines = custody_lines(vault)
    assert len(lines) == 1 and "custody entry 4 (exported" in lines[0]


def test_forged_head_is_detected(vault: Vault, item: ev.EvidenceItem) -> None:
    log = ev.custody_log(vault, item.id)
    with vault.transaction() as conn:
        conn.execute("DELETE FROM custody WHERE seq = ?", (log[-1].seq,))
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = ?",
            (json.dumps({"count": 4, "hash": log[-2].hash, "sig": "00" * 64}),
             custody.HEAD_PREFIX + item.id),
        )  # fmt: skip
    lines = custody_lines(vault)
    assert len(lines) == 1 and "head of the custody log has an invalid signature" in lines[0]


def test_entry_moved_to_another_item_is_detected(
    vault: Vault, item: ev.EvidenceItem, tmp_path: Path
) -> None:
    other = ev.import_file(vault, item.case_id, write(tmp_path / "b.txt", b"b\n"))
    seq = seqs(vault, item.id)[1]
    with vault.transaction() as conn:
        conn.execute("UPDATE custody SET evidence_id = ? WHERE seq = ?", (other.id, seq))
    lines = custody_lines(vault)
    assert len(lines) == 2
    assert any(line.startswith(f"evidence {other.id[:8]} (b.txt)") for line in lines)


def test_row_removed_without_a_deletion_entry_is_reported(
    vault: Vault, item: ev.EvidenceItem
) -> None:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM evidence WHERE id = ?", (item.id,))
    lines = verify_vault(vault)
    assert len(lines) == 2 and "a file that belongs to no evidence item" in lines[0]
    assert lines[1] == (
        f"evidence {item.id[:8]} (missing: statement.txt): the item is gone from the database "
        "but its custody log records no deletion"
    )


def test_deleted_item_log_stays_valid_and_readable(vault: Vault, item: ev.EvidenceItem) -> None:
    ev.delete_evidence(vault, item.id, actor="F")
    assert verify_vault(vault) == []
    log = ev.custody_log(vault, item.id[:8])
    assert [e.action for e in log][-1] == "deleted" and len(log) == 6
    with vault.transaction() as conn:
        conn.execute("UPDATE custody SET actor = 'X' WHERE seq = ?", (log[-1].seq,))
    assert custody_lines(vault) == [
        f"evidence {item.id[:8]} (deleted: …): custody entry 6 (deleted, "
        f"{log[-1].time}) was altered (its content does not match its hash)"
    ]
