"""No rollback: the generation counter, read-only opening, and evidence quarantine."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services.cases import delete_case, save_case
from casebook.services.evidence import import_file
from casebook.services.quarantine import (
    list_quarantine,
    purge_quarantined,
    quarantine_notes,
    restore_quarantined,
)
from casebook.services.verify import verify_vault
from casebook.vault import generation, keys
from casebook.vault.errors import VaultDamaged, VaultError
from casebook.vault.generation import RolledBack
from casebook.vault.layout import DATABASE
from casebook.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_evidence_support import make_case, write


def _copy_db(vault_dir: Path, target: Path) -> None:
    target.mkdir()
    for name in (DATABASE, DATABASE + "-wal", DATABASE + "-shm"):
        if (vault_dir / name).exists():
            shutil.copy2(vault_dir / name, target / name)


def _put_back(saved: Path, vault_dir: Path) -> None:
    for name in (DATABASE, DATABASE + "-wal", DATABASE + "-shm"):
        (vault_dir / name).unlink(missing_ok=True)
        if (saved / name).exists():
            shutil.copy2(saved / name, vault_dir / name)


def test_every_write_transaction_raises_the_generation(vault: Vault) -> None:
    start = generation.of_db(vault.conn)
    save_case(vault, Case(title="one"))
    save_case(vault, Case(title="two"))
    assert generation.of_db(vault.conn) == start + 2
    with vault.transaction():
        pass  # nothing written: no new generation
    assert generation.of_db(vault.conn) == start + 2


def test_header_carries_an_authenticated_generation(vault: Vault, vault_dir: Path) -> None:
    save_case(vault, Case(title="one"))
    vault.close()
    header = keys.read_header(vault_dir / "header")
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert generation.of_header(header, again.data_key()) == generation.of_db(again.conn)
        dek = again.data_key()
    good = (vault_dir / "header").read_bytes()
    # Format 2 seals the number with the rest: a sealed part this key does not open ...
    header = keys.read_header(vault_dir / "header")
    header.sealed_blob = header.sealed_blob[:-1] + bytes([header.sealed_blob[-1] ^ 1])
    keys.write_header(vault_dir / "header", header)
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, PASSPHRASE)
    # ... and a sealed generation that is not a number are refused, nothing changed.
    (vault_dir / "header").write_bytes(good)
    header = keys.read_header(vault_dir / "header")
    sealed = header.unseal(dek)
    sealed.extra["generation"] = "forged"
    header.seal(dek, sealed)
    keys.write_header(vault_dir / "header", header)
    with pytest.raises(VaultDamaged, match="generation"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_an_older_database_put_back_is_refused_and_nothing_is_deleted(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    case = make_case(vault)
    vault.close()
    saved = tmp_path / "old"
    _copy_db(vault_dir, saved)
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        for i in range(10):
            import_file(v, case.id, write(tmp_path / f"photo{i}.txt", f"evidence {i}".encode()))
    files = sorted(os.listdir(vault_dir / "evidence"))
    assert len(files) == 10
    _put_back(saved, vault_dir)

    with pytest.raises(RolledBack, match="older than its header"):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert sorted(os.listdir(vault_dir / "evidence")) == files  # nothing deleted
    assert not (vault_dir / "quarantine").exists()

    with Vault.unlock(vault_dir, PASSPHRASE, read_only=True) as ro:
        assert ro.conn.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
        assert list_quarantine(ro) == []
        with pytest.raises(VaultError, match="read-only"):
            save_case(ro, Case(title="not written"))
    assert sorted(os.listdir(vault_dir / "evidence")) == files
    with pytest.raises(RolledBack):  # still refused: read-only changed nothing
        Vault.unlock(vault_dir, PASSPHRASE)


def test_a_stripped_generation_record_is_refused(vault: Vault, vault_dir: Path) -> None:
    save_case(vault, Case(title="one"))
    dek = vault.data_key()
    vault.close()
    header = keys.read_header(vault_dir / "header")
    generation.unstamp(header, dek)  # a header of before the counter, put back
    keys.write_header(vault_dir / "header", header)
    with pytest.raises(RolledBack, match="lost its generation"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_header_behind_the_database_catches_up(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    old_header = (vault_dir / "header").read_bytes()
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        save_case(v, Case(title="after"))
    (vault_dir / "header").write_bytes(old_header)  # as after a kill before the header write
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        number = generation.of_db(v.conn)
        dek = v.data_key()
    assert generation.of_header(keys.read_header(vault_dir / "header"), dek) == number


def test_a_planted_orphan_goes_to_quarantine_not_deletion(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault.close()
    planted = vault_dir / "evidence" / ("ab" * 16 + ".age")
    planted.write_bytes(b"age-encryption.org/v1\nsomething")
    (vault_dir / "evidence" / ".cd.tmp").write_bytes(b"an unfinished write")
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert os.listdir(vault_dir / "evidence") == []
        listed = list_quarantine(v)
        assert [f.name for f in listed] == [planted.name] and not listed[0].restorable
        assert verify_vault(v) == []  # the vault is whole; verify lists the file as a note
        assert [planted.name in n for n in quarantine_notes(v)] == [True]
        with pytest.raises(VaultError, match="no evidence item"):
            restore_quarantined(v, planted.name)
        assert purge_quarantined(v, [planted.name[:8]]) == [planted.name]
        assert list_quarantine(v) == [] and verify_vault(v) == []


def test_quarantined_file_is_restored_once_its_row_is_back(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    from casebook.services.evidence import verify_evidence

    case = make_case(vault)
    import_file(vault, case.id, write(tmp_path / "a.txt", b"kept evidence"))
    name = os.listdir(vault_dir / "evidence")[0]
    (vault_dir / "quarantine").mkdir()
    os.replace(vault_dir / "evidence" / name, vault_dir / "quarantine" / name)
    assert [f.restorable for f in list_quarantine(vault)] == [True]
    assert verify_evidence(vault)  # its file is missing
    restore_quarantined(vault, name)
    assert os.listdir(vault_dir / "evidence") == [name]
    assert list_quarantine(vault) == [] and verify_vault(vault) == []


def test_cli_refuses_rollback_and_offers_read_only(cli, vault: Vault, vault_dir: Path, tmp_path):
    case = make_case(vault)
    vault.close()
    saved = tmp_path / "old"
    _copy_db(vault_dir, saved)
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        delete_case(v, case.id)
    _put_back(saved, vault_dir)
    result = cli("--vault", str(vault_dir), "case", "list")
    assert result.code == 1 and "--read-only" in result.err and "older" in result.err
    result = cli("--vault", str(vault_dir), "case", "list", "--read-only")
    assert result.code == 0 and "Raid on the office" in result.out
    result = cli("--vault", str(vault_dir), "evidence", "quarantine", "list", "--read-only")
    assert result.code == 0 and result.out == ""


def test_cli_verify_lists_quarantine_and_purge_empties_it(cli, vault: Vault, vault_dir: Path):
    vault.close()
    planted = vault_dir / "evidence" / ("ef" * 16 + ".age")
    planted.write_bytes(b"age-encryption.org/v1\nx")
    result = cli("--vault", str(vault_dir), "verify")
    assert result.code == 0 and f"quarantine/{planted.name}" in result.out
    result = cli("--vault", str(vault_dir), "evidence", "quarantine", "list", "--json")
    assert result.code == 0 and '"restorable": false' in result.out
    result = cli("--vault", str(vault_dir), "evidence", "quarantine", "restore", planted.name)
    assert result.code == 1 and "no evidence item" in result.err
    result = cli("--vault", str(vault_dir), "evidence", "quarantine", "purge", "--all")
    assert result.code == 0 and planted.name in result.out
    assert not (vault_dir / "quarantine" / planted.name).exists()
    assert "quarantine/" not in cli("--vault", str(vault_dir), "verify").out
