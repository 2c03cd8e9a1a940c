"""`verify` reports missing, altered and truncated evidence files, one line per item."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casebook.services import evidence as ev
from casebook.services.verify import verify_vault
from casebook.vault import evidence_files
from casebook.vault.errors import VaultDamaged
from casebook.vault.vault import Vault
from tests.test_evidence_support import make_case, write


@pytest.fixture
def two(vault: Vault, tmp_path: Path) -> tuple[ev.EvidenceItem, ev.EvidenceItem]:
    case = make_case(vault)
    a = ev.import_file(vault, case.id, write(tmp_path / "a.bin", os.urandom(200_000)))
    b = ev.import_file(vault, case.id, write(tmp_path / "b.bin", os.urandom(70_000)))
    return a, b


def file_of(vault: Vault, item: ev.EvidenceItem) -> Path:
    (file_id,) = vault.conn.execute(
        "SELECT file_id FROM evidence WHERE id = ?", (item.id,)
    ).fetchone()
    return evidence_files.final_path(vault, file_id)


def test_clean_vault_verifies(vault: Vault, two) -> None:
    assert verify_vault(vault) == []


@pytest.mark.parametrize("offset", [-1, -70_000, -150_000, 250])
def test_flipped_byte_is_reported(vault: Vault, two, offset: int) -> None:
    a, b = two
    path = file_of(vault, a)
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x40
    path.write_bytes(bytes(raw))
    problems = verify_vault(vault)
    assert len(problems) == 1
    assert problems[0].startswith(f"evidence {a.id[:8]} (a.bin): its file ")
    assert "altered" in problems[0] or "not an age file" in problems[0]


@pytest.mark.parametrize("cut", [1, 17, 65_000, 190_000])
def test_truncated_file_is_reported(vault: Vault, two, cut: int) -> None:
    a, b = two
    path = file_of(vault, a)
    raw = path.read_bytes()
    path.write_bytes(raw[:-cut])
    assert verify_vault(vault) == [
        f"evidence {a.id[:8]} (a.bin): its file is truncated ({len(raw) - cut} of {len(raw)} bytes)"
    ]


def test_extra_bytes_are_reported(vault: Vault, two) -> None:
    a, b = two
    with open(file_of(vault, b), "ab") as f:
        f.write(b"appended")
    assert verify_vault(vault) == [
        f"evidence {b.id[:8]} (b.bin): its file was altered: 8 bytes too many"
    ]


def test_missing_files_are_each_reported(vault: Vault, two) -> None:
    a, b = two
    names = [file_of(vault, a).name, file_of(vault, b).name]
    for item in two:
        file_of(vault, item).unlink()
    assert verify_vault(vault) == [
        f"evidence {a.id[:8]} (a.bin): its file is missing (evidence/{names[0]})",
        f"evidence {b.id[:8]} (b.bin): its file is missing (evidence/{names[1]})",
    ]
    with pytest.raises(VaultDamaged, match="missing"):
        ev.read_bytes(vault, a.id)


def test_file_swapped_for_another_items_is_reported(vault: Vault, two) -> None:
    a, b = two
    file_of(vault, a).write_bytes(file_of(vault, b).read_bytes())
    problems = verify_vault(vault)
    assert len(problems) == 1 and problems[0].startswith(f"evidence {a.id[:8]} (a.bin): ")


def test_altered_recorded_hash_is_reported(vault: Vault, two) -> None:
    a, b = two
    with vault.transaction() as conn:
        conn.execute("UPDATE evidence SET sha256 = ? WHERE id = ?", ("0" * 64, b.id))
    assert verify_vault(vault) == [
        f"evidence {b.id[:8]} (b.bin): its content was altered: the SHA-256 does not match"
    ]


def test_damaged_key_is_reported(vault: Vault, two) -> None:
    a, b = two
    with vault.transaction() as conn:
        conn.execute("UPDATE evidence SET identity = 'AGE-SECRET-KEY-1XYZ' WHERE id = ?", (a.id,))
    assert verify_vault(vault) == [
        f"evidence {a.id[:8]} (a.bin): its key in the database is damaged; the file cannot be "
        "decrypted"
    ]


def test_cli_verify_names_each_problem(cli, vault: Vault, vault_dir: Path, two) -> None:
    a, b = two
    path = file_of(vault, b)
    path.write_bytes(path.read_bytes()[:-100])
    file_of(vault, a).unlink()
    vault.close()
    result = cli("--vault", str(vault_dir), "verify")
    assert result.code == 1
    lines = result.out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"evidence {a.id[:8]} (a.bin): its file is missing")
    assert lines[1].startswith(f"evidence {b.id[:8]} (b.bin): its file is truncated")


def test_cli_verify_ok_mentions_evidence(cli, vault: Vault, vault_dir: Path, two) -> None:
    vault.close()
    result = cli("--vault", str(vault_dir), "verify")
    assert result.code == 0, result.out
    assert "evidence files and custody logs" in result.out
