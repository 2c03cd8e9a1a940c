"""Backups with evidence: restored bytes and custody equal the source; copies are
incremental; `verify` checks a backup completely."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest

from casebook.domain.model import Case
from casebook.services import backup, evidence
from casebook.services.cases import save_case
from casebook.services.verify import verify_vault
from casebook.vault.vault import Vault
from tests.bundle_support import cases_of
from tests.conftest import FAST_KDF, PASSPHRASE


def add_evidence(vault: Vault, case_id: str, data: bytes, name: str) -> evidence.EvidenceItem:
    return evidence.import_stream(vault, case_id, io.BytesIO(data), original_name=name)


def evidence_state(vault: Vault) -> dict[str, Any]:
    """Every evidence item with its bytes and its custody log."""
    found: dict[str, Any] = {}
    for case_id in cases_of(vault):
        for item in evidence.list_evidence(vault, case_id):
            with evidence.open_plaintext(vault, item.id, log=False) as stream:
                data = stream.read()
            log = [entry for entry in evidence.custody_log(vault, item.id)]
            found[item.id] = (item, data, log)
    return found


@pytest.fixture
def source(tmp_path: Path):
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF, organisation="O")
    case = Case(title="Search of the office", sensitivity="partners")
    save_case(vault, case)
    vault.case = case  # type: ignore[attr-defined]
    for i in range(3):
        add_evidence(vault, case.id, os.urandom(150_000 + i), f"photo-{i}.jpg")
    yield vault
    vault.close()


def test_backup_change_backup_restore_equals_source(source: Vault, tmp_path: Path) -> None:
    case_id = source.case.id  # type: ignore[attr-defined]
    dest = tmp_path / "backup"
    first = backup.backup(source, dest)
    assert first.copied_files == first.evidence_files == 3
    modes = {p.name: p.stat().st_mode & 0o777 for p in [dest, *dest.rglob("*")]}
    assert set(modes.values()) <= {0o600, 0o700} and modes[dest.name] == 0o700
    [doomed, viewed, _] = evidence.list_evidence(source, case_id)
    evidence.delete_evidence(source, doomed.id)
    evidence.read_bytes(source, viewed.id)  # an "opened" custody entry
    other = Case(title="Second case", sensitivity="public")
    save_case(source, other)
    add_evidence(source, other.id, os.urandom(99_000), "video.mp4")
    second = backup.backup(source, dest)
    # the deleted item's file stays while an older generation kept in the backup needs it
    assert (second.copied_files, second.removed_files, second.evidence_files) == (1, 0, 3)
    with Vault.unlock(dest, PASSPHRASE) as opened:
        assert verify_vault(opened) == []
        backup.restore(opened, tmp_path / "restored")
    with Vault.unlock(tmp_path / "restored", PASSPHRASE) as restored:
        assert verify_vault(restored) == []
        assert cases_of(restored) == cases_of(source)
        assert evidence_state(restored) == evidence_state(source)
        assert evidence.custody_log(restored, doomed.id)[-1].action == "deleted"


def test_unchanged_vault_copies_no_evidence(source: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "backup"
    backup.backup(source, dest)
    before = {p.name: p.stat() for p in (dest / "evidence").iterdir()}
    again = backup.backup(source, dest)
    assert (again.copied_files, again.copied_bytes, again.removed_files) == (0, 0, 0)
    after = {p.name: p.stat() for p in (dest / "evidence").iterdir()}
    assert {n: (s.st_ino, s.st_mtime_ns) for n, s in after.items()} == {
        n: (s.st_ino, s.st_mtime_ns) for n, s in before.items()
    }


def test_a_damaged_copy_is_replaced_on_the_next_backup(source: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "backup"
    backup.backup(source, dest)
    victim = sorted((dest / "evidence").iterdir())[0]
    victim.write_bytes(victim.read_bytes()[:-100])  # a USB stick lost the end of a file
    report = backup.backup(source, dest)
    assert report.copied_files == 1
    with Vault.unlock(dest, PASSPHRASE) as opened:
        assert verify_vault(opened) == []


@pytest.mark.parametrize("damage", ["flip", "remove"])
def test_verify_checks_the_evidence_of_a_backup(
    cli, source: Vault, tmp_path: Path, damage: str
) -> None:
    dest = tmp_path / "backup"
    backup.backup(source, dest)
    source.close()
    assert cli("--vault", str(dest), "verify").code == 0
    victim = sorted((dest / "evidence").iterdir())[1]
    if damage == "flip":
        data = bytearray(victim.read_bytes())
        data[-1000] ^= 0x01
        victim.write_bytes(bytes(data))
    else:
        victim.unlink()
    r = cli("--vault", str(dest), "verify")
    assert r.code == 1 and "photo-" in r.out
    r = cli("restore", str(dest), "--to", str(tmp_path / "restored"))
    assert r.code == 1 and "nothing was restored" in r.err
    assert not (tmp_path / "restored").exists()
