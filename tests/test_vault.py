"""The vault: key slots, passphrase change and recovery, damage, permissions, pragmas."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services.cases import get_case, save_case
from casebook.vault import keys
from casebook.vault.errors import NotAVault, VaultDamaged, VaultExists, WrongPassphrase
from casebook.vault.fsutil import atomic_write, atomic_writer
from casebook.vault.header2 import Header
from casebook.vault.layout import DATABASE
from casebook.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot_files

MARKER = "Zhanar-Marker-7f3a"


def test_create_unlock_round_trip(vault: Vault, vault_dir: Path) -> None:
    save_case(vault, Case(title=MARKER))
    vault.close()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        titles = [r[0] for r in again.conn.execute("SELECT title FROM cases")]
    assert titles == [MARKER]


def test_files_are_private(vault: Vault, vault_dir: Path) -> None:
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((vault_dir / "evidence").stat().st_mode) == 0o700
    for name in ("header", DATABASE):
        assert stat.S_IMODE((vault_dir / name).stat().st_mode) == 0o600


def test_header_holds_no_case_data(vault: Vault, vault_dir: Path) -> None:
    save_case(vault, Case(title=MARKER, location="Almaty"))
    header = (vault_dir / "header").read_bytes()
    assert MARKER.encode() not in header and b"Almaty" not in header
    assert b"casebook" not in header.lower() and not header.startswith(b"{")


def test_database_file_is_encrypted(vault: Vault, vault_dir: Path) -> None:
    save_case(vault, Case(title=MARKER))
    vault.close()
    for path in vault_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert MARKER.encode() not in data, path
            assert not data.startswith(b"SQLite format 3"), path


def test_wrong_passphrase_changes_no_file(vault: Vault, vault_dir: Path) -> None:
    save_case(vault, Case(title="x"))
    vault.close()
    before = snapshot_files(vault_dir)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "not the passphrase")
    assert snapshot_files(vault_dir) == before


def test_change_passphrase_keeps_data_and_recovery(vault_dir: Path) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    save_case(vault, case := Case(title="kept"))
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_before = (vault_dir / DATABASE).read_bytes()
    vault.change_passphrase("a brand new passphrase for us", kdf=FAST_KDF)
    vault.close()
    assert (vault_dir / DATABASE).read_bytes() == db_before  # nothing re-encrypted
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with Vault.unlock(vault_dir, "a brand new passphrase for us") as v:
        assert get_case(v, case.id).title == "kept"
    with Vault.unlock_with_recovery(vault_dir, recovery.lower().replace("-", " ")) as v:
        assert get_case(v, case.id).title == "kept"


def test_recovery_key_alone_sets_new_passphrase(vault_dir: Path) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    with Vault.unlock_with_recovery(vault_dir, recovery) as v:
        v.change_passphrase("forgot the old one, new one now", kdf=FAST_KDF)
    Vault.unlock(vault_dir, "forgot the old one, new one now").close()


def test_recovery_key_format() -> None:
    _, _, recovery = keys.new_keys("x", FAST_KDF)
    groups = recovery.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert len(keys.parse_recovery_key(recovery)) * 8 >= 128
    with pytest.raises(WrongPassphrase, match="not a recovery key"):
        keys.parse_recovery_key("ABCD-EFGH")


def test_wrong_recovery_key(vault: Vault, vault_dir: Path) -> None:
    _, _, other = keys.new_keys("x", FAST_KDF)
    with pytest.raises(WrongPassphrase, match="recovery"):
        Vault.unlock_with_recovery(vault_dir, other)


def test_truncated_header_is_a_clear_error(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    header = vault_dir / "header"
    header.write_bytes(header.read_bytes()[:100])
    with pytest.raises(VaultDamaged, match="header is damaged"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_altered_header_is_told_apart_from_wrong_passphrase(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    data = bytearray((vault_dir / "header").read_bytes())
    data[len(data) // 2] ^= 0x01
    (vault_dir / "header").write_bytes(bytes(data))
    with pytest.raises(VaultDamaged, match="header is damaged"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_crafted_kdf_parameters_are_capped(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    header = keys.read_header(vault_dir / "header")
    assert isinstance(header, Header)
    header.kdf = keys.KdfParams(64 * 1024 * 1024, 1, 1)  # 64 GiB
    (vault_dir / "header").write_bytes(header.to_bytes())
    with pytest.raises(VaultDamaged, match="beyond the safe limits"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_kdf_floor_and_calibration() -> None:
    floor = keys.KdfParams.floor()
    assert floor.memory_kib == 64 * 1024 and floor.iterations == 3
    calibrated = keys.calibrate(target_seconds=0.2)
    assert calibrated.meets_floor()
    assert not FAST_KDF.meets_floor()


def test_flipped_byte_in_database_is_reported(vault: Vault, vault_dir: Path) -> None:
    from casebook.services.verify import verify_vault

    for i in range(30):
        save_case(vault, Case(title=f"case {i}", summary="text " * 200))
    vault.close()
    db = vault_dir / DATABASE
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))
    try:
        v = Vault.unlock(vault_dir, PASSPHRASE)
    except VaultDamaged as exc:
        assert "damaged" in str(exc) or "cannot be read" in str(exc)
        return
    problems = verify_vault(v)
    v.close()
    assert problems and all(p.startswith("database:") for p in problems)


def test_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(NotAVault):
        Vault.unlock(tmp_path / "missing", PASSPHRASE)
    (tmp_path / "empty").mkdir()
    with pytest.raises(NotAVault):
        Vault.unlock(tmp_path / "empty", PASSPHRASE)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "header").write_text('{"format": "something-else"}')
    with pytest.raises(NotAVault):
        Vault.unlock(tmp_path / "other", PASSPHRASE)


def test_create_refuses_existing_or_non_empty(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(VaultExists):
        Vault.create(busy, PASSPHRASE, kdf=FAST_KDF)
    assert (busy / "notes.txt").read_text() == "mine"


def test_database_settings(vault: Vault) -> None:
    def pragma(name: str) -> object:
        return vault.conn.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("secure_delete") == 1
    assert pragma("foreign_keys") == 1
    assert pragma("temp_store") == 2  # MEMORY
    assert str(pragma("cipher_memory_security")) == "1"


def test_worker_handle_has_its_own_connection(vault: Vault) -> None:
    worker = vault.for_thread()
    try:
        assert worker.conn is not vault.conn
        save_case(worker, case := Case(title="from worker"))
        assert get_case(vault, case.id).title == "from worker"
    finally:
        worker.close()
    assert vault.is_open


def test_close_forgets_the_key(vault: Vault) -> None:
    from casebook.vault.errors import VaultError

    vault.close()
    assert not vault.is_open
    with pytest.raises(VaultError, match="locked"):
        vault.connect()


def test_orphan_evidence_files_are_quarantined_on_open(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    (vault_dir / "evidence" / "deadbeef.age").write_bytes(b"age")
    (vault_dir / "evidence" / ".tmp-123").write_bytes(b"partial")
    Vault.unlock(vault_dir, PASSPHRASE).close()
    assert os.listdir(vault_dir / "evidence") == []
    assert os.listdir(vault_dir / "quarantine") == ["deadbeef.age"]  # never deleted


def test_atomic_writes_replace_whole_files_or_leave_the_old_one(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "header"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as f:
        f.write(b"half of the new")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old" and os.listdir(folder) == ["header"]
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new" and os.listdir(folder) == ["header"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    def refused(_tmp: Path, _path: Path) -> None:
        raise RuntimeError("the log refused it")  # as when the export's custody entry fails

    with pytest.raises(RuntimeError), atomic_writer(target, rename=refused) as f:
        f.write(b"newer")
    assert target.read_bytes() == b"new" and os.listdir(folder) == ["header"]
