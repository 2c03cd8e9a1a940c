"""The newest generation known outside the vault folder (issue 12): a header and a
database put back together from an old copy are refused, read-only still works, nothing
is deleted; restore and rekey move the record on purpose; other vaults are not touched."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from casebook import paths
from casebook.domain.model import Case
from casebook.services import backup
from casebook.services.cases import save_case
from casebook.services.evidence import import_file
from casebook.services.quarantine import list_quarantine
from casebook.services.rekey import replace_all_keys
from casebook.vault import generation, layout, newest
from casebook.vault.errors import VaultError, WrongPassphrase
from casebook.vault.generation import RolledBack
from casebook.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot_files
from tests.test_evidence_support import make_case, write

NEW = "lantern quietly orbit pepper museum newest"


def list_cases(vault: Vault) -> list[Case]:
    return [Case(title=r[0]) for r in vault.conn.execute("SELECT title FROM cases ORDER BY rowid")]


def _records() -> list[Path]:
    folder = newest.directory()
    return sorted(folder.iterdir()) if folder.is_dir() else []


def _ten_writes(vault_dir: Path, tmp_path: Path, case_id: str) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        for i in range(10):
            import_file(v, case_id, write(tmp_path / f"later{i}.txt", f"later {i}".encode()))


def _old_copy(vault: Vault, vault_dir: Path, tmp_path: Path) -> tuple[Path, str]:
    case = make_case(vault)
    vault.close()
    saved = tmp_path / "old-copy"
    shutil.copytree(vault_dir, saved)
    return saved, case.id


def test_a_whole_folder_put_back_is_refused_read_only_works_nothing_deleted(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    saved, case_id = _old_copy(vault, vault_dir, tmp_path)
    _ten_writes(vault_dir, tmp_path, case_id)
    shutil.rmtree(vault_dir)
    shutil.copytree(saved, vault_dir)  # header, database and evidence: all of before
    before = snapshot_files(vault_dir)

    with pytest.raises(RolledBack, match="newest state this computer has seen") as refused:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert "read-only" in str(refused.value) and "Nothing was changed" in str(refused.value)
    assert snapshot_files(vault_dir) == before
    with Vault.unlock(vault_dir, PASSPHRASE, read_only=True) as ro:
        assert [c.title for c in list_cases(ro)] == ["Raid on the office"]
        with pytest.raises(VaultError, match="read-only"):
            save_case(ro, Case(title="not written"))
    assert snapshot_files(vault_dir) == before  # read-only wrote nothing
    with pytest.raises(RolledBack):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_an_old_header_and_database_beside_newer_evidence_quarantine_nothing(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    saved, case_id = _old_copy(vault, vault_dir, tmp_path)
    _ten_writes(vault_dir, tmp_path, case_id)
    evidence = sorted(os.listdir(vault_dir / "evidence"))
    assert len(evidence) == 10
    for name in ("header", layout.DATABASE):  # the old pair, which agree with each other
        shutil.copy2(saved / name, vault_dir / name)
    with pytest.raises(RolledBack, match="generation"):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert sorted(os.listdir(vault_dir / "evidence")) == evidence  # none taken for orphans
    assert not (vault_dir / "quarantine").exists()
    with Vault.unlock(vault_dir, PASSPHRASE, read_only=True) as ro:
        assert list_quarantine(ro) == []
    assert sorted(os.listdir(vault_dir / "evidence")) == evidence


def test_cli_refuses_the_old_copy_like_an_old_database(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    saved, case_id = _old_copy(vault, vault_dir, tmp_path)
    _ten_writes(vault_dir, tmp_path, case_id)
    shutil.rmtree(vault_dir)
    shutil.copytree(saved, vault_dir)
    result = cli("--vault", str(vault_dir), "case", "list")
    assert result.code == 1 and result.out == ""
    assert "older than the newest state" in result.err and "--read-only" in result.err
    assert "unexpected" not in result.err
    result = cli("--vault", str(vault_dir), "case", "list", "--read-only")
    assert result.code == 0 and "Raid on the office" in result.out


def test_the_record_is_written_on_the_first_write_and_on_close(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(newest, "INTERVAL", 3600.0)
    dek = vault.data_key()
    save_case(vault, Case(title="first"))
    first = generation.of_db(vault.conn)
    assert newest.recorded(vault_dir, dek) == first  # a kill from here on is covered
    save_case(vault, Case(title="second"))
    save_case(vault, Case(title="third"))
    assert newest.recorded(vault_dir, dek) == first  # not after every write ...
    vault.close()
    assert newest.recorded(vault_dir, dek) == first + 2  # ... but when the vault closes
    assert [p.parent for p in _records()] == [paths.state_dir() / "generations"]


def test_the_record_says_nothing_about_the_vault(tmp_path: Path) -> None:
    vault_dir = tmp_path / "Kazakhstan defenders vault"
    v, _ = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF, organisation="Qadam Group")
    save_case(v, Case(title="Aigerim Nurlanovna detained"))
    number = generation.of_db(v.conn)
    v.close()
    [record] = _records()
    assert len(record.name) == 32 and int(record.name, 16) >= 0
    data = record.read_bytes()
    assert len(data) == 40 and record.stat().st_mode & 0o077 == 0
    for secret in (str(vault_dir), vault_dir.name, "Kazakhstan", "Qadam", "Aigerim"):
        assert secret.encode() not in data and secret.lower() not in record.name.lower()
    assert number.to_bytes(8, "big") not in data  # sealed: not even the number shows


def test_a_forged_or_moved_record_cannot_lock_the_user_out(tmp_path: Path) -> None:
    one, _ = Vault.create(tmp_path / "one", PASSPHRASE, kdf=FAST_KDF)
    two, _ = Vault.create(tmp_path / "two", PASSPHRASE, kdf=FAST_KDF)
    for i in range(5):
        save_case(one, Case(title=f"many writes {i}"))
    save_case(two, Case(title="few writes"))
    key_one, key_two = one.data_key(), two.data_key()
    one.close()
    two.close()
    mine = newest.record_path(tmp_path / "two", key_two)
    theirs = newest.record_path(tmp_path / "one", key_one)
    assert mine != theirs
    shutil.copy2(theirs, mine)  # a higher number, but sealed for another name and key
    Vault.unlock(tmp_path / "two", PASSPHRASE).close()
    mine.write_bytes(b"CBG1" + b"\xff" * 36)  # forged without the key
    Vault.unlock(tmp_path / "two", PASSPHRASE).close()
    mine.write_bytes(b"not even the right length")
    Vault.unlock(tmp_path / "two", PASSPHRASE).close()


def test_vaults_on_one_computer_do_not_interfere(tmp_path: Path) -> None:
    vaults = {}
    for name in ("first", "second"):
        v, _ = Vault.create(tmp_path / name, PASSPHRASE, kdf=FAST_KDF)
        make_case(v, f"case of {name}")
        v.close()
        vaults[name] = tmp_path / name
    saved = tmp_path / "first-old"
    shutil.copytree(vaults["first"], saved)
    for _ in range(3):
        for path in vaults.values():
            with Vault.unlock(path, PASSPHRASE) as v:
                save_case(v, Case(title="written later"))
    shutil.rmtree(vaults["first"])
    shutil.copytree(saved, vaults["first"])
    with pytest.raises(RolledBack):
        Vault.unlock(vaults["first"], PASSPHRASE)
    with Vault.unlock(vaults["second"], PASSPHRASE) as v:
        assert len(list_cases(v)) == 4
    assert len(_records()) == 2


def test_restoring_an_older_backup_on_purpose_still_opens(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    case = make_case(vault)
    dest = tmp_path / "stick"
    backup.backup(vault, dest)
    vault.close()
    _ten_writes(vault_dir, tmp_path, case.id)
    shutil.rmtree(vault_dir)  # the laptop's vault is lost: back to the backup, in its place
    result = cli("restore", str(dest), "--to", str(vault_dir))
    assert result.code == 0, result.err
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert [c.title for c in list_cases(v)] == ["Raid on the office"]
        save_case(v, Case(title="after the restore"))
    Vault.unlock(vault_dir, PASSPHRASE).close()
    # The backup, opened to restore from it, keeps no record: an older backup in the same
    # place (a second stick mounted under the same name) restores as well.
    assert newest.recorded(dest, _key(vault_dir)) is None
    older = tmp_path / "older-stick"
    shutil.copytree(dest, older)
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        backup.backup(v, dest)
    shutil.rmtree(dest)
    shutil.copytree(older, dest)
    result = cli("restore", str(dest), "--to", str(tmp_path / "again"))
    assert result.code == 0, result.err


def _key(vault_dir: Path) -> bytes:
    with Vault.unlock(vault_dir, PASSPHRASE, read_only=True) as v:
        return v.data_key()


def test_a_restored_copy_beside_the_vault_does_not_interfere(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    make_case(vault)
    dest = tmp_path / "stick"
    backup.backup(vault, dest)
    for i in range(3):
        save_case(vault, Case(title=f"newer {i}"))
    vault.close()
    with Vault.unlock(dest, PASSPHRASE) as b:
        backup.restore(b, tmp_path / "restored")
    for _ in range(2):  # both written in turn, both keep opening
        for path in (vault_dir, tmp_path / "restored"):
            with Vault.unlock(path, PASSPHRASE) as v:
                save_case(v, Case(title="written in turn"))


def test_after_rekey_the_copy_of_before_is_refused_under_the_old_keys(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    saved, _case_id = _old_copy(vault, vault_dir, tmp_path)
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        replace_all_keys(v, PASSPHRASE, NEW, FAST_KDF)
        save_case(v, Case(title="under the new keys"))
    shutil.rmtree(vault_dir)
    shutil.copytree(saved, vault_dir)
    with pytest.raises(RolledBack, match="newest state"):
        Vault.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, NEW)  # the old header: the new passphrase is not in it
    with Vault.unlock(vault_dir, PASSPHRASE, read_only=True) as ro:
        assert [c.title for c in list_cases(ro)] == ["Raid on the office"]


def test_the_state_folder_follows_xdg_state_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CASEBOOK_HOME")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state-home"))
    if sys.platform.startswith("linux"):
        assert paths.state_dir() == tmp_path / "state-home" / "Casebook"
    monkeypatch.setenv("CASEBOOK_HOME", str(tmp_path / "portable"))
    assert newest.directory() == tmp_path / "portable" / "state" / "generations"


def test_an_unwritable_record_never_costs_a_rekey_its_recovery_key(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    save_case(vault, Case(title="before"))
    monkeypatch.setattr(newest, "write", full_disk)
    recovery = replace_all_keys(vault, PASSPHRASE, NEW, FAST_KDF)
    save_case(vault, Case(title="after"))  # the record waits; the write is done
    vault.close()
    assert recovery.count("-") == 7
    Vault.unlock_with_recovery(vault_dir, recovery).close()
    Vault.unlock(vault_dir, NEW).close()


def test_a_restore_that_cannot_reset_the_record_says_so(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_case(vault)
    backup.backup(vault, tmp_path / "stick")
    save_case(vault, Case(title="newer"))
    vault.close()
    shutil.rmtree(vault_dir)
    real_write = newest.write

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(newest, "write", full_disk)
    with Vault.unlock(tmp_path / "stick", PASSPHRASE) as b:
        with pytest.raises(VaultError, match="could not be reset .*No space left"):
            backup.restore(b, vault_dir)
    with pytest.raises(RolledBack):
        Vault.unlock(vault_dir, PASSPHRASE)
    monkeypatch.setattr(newest, "write", real_write)
    shutil.rmtree(vault_dir)
    with Vault.unlock(tmp_path / "stick", PASSPHRASE) as b:
        backup.restore(b, vault_dir)
    Vault.unlock(vault_dir, PASSPHRASE).close()
