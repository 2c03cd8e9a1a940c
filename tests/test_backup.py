"""Backup and restore: a backup is a vault; updates are incremental; nothing is lost."""

from __future__ import annotations

import shutil
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services import backup
from casebook.services.cases import delete_case, save_case
from casebook.services.verify import verify_vault
from casebook.vault import db
from casebook.vault.layout import DATABASE
from casebook.vault.vault import Vault
from tests.bundle_support import cases_of
from tests.conftest import FAST_KDF, PASSPHRASE, files_containing, snapshot_files

MARKER = "Backup-Marker-Aigul-93"


def layout(dest: Path) -> list[str]:
    """What a backup holds, besides the older generations it keeps (backup_generations)."""
    return sorted(p.name for p in dest.iterdir() if ".gen-" not in p.name)


def add_case(vault: Vault, title: str = "Detained at the march") -> Case:
    case = Case(title=title, sensitivity="partners", summary=f"{MARKER}: {title}")
    save_case(vault, case)
    return case


@pytest.fixture
def source(tmp_path: Path):
    vault, recovery = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF, organisation="O")
    vault.recovery = recovery  # type: ignore[attr-defined]
    add_case(vault)
    yield vault
    vault.close()


def test_a_backup_is_a_vault_with_the_same_keys(source: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "usb" / "backup"
    report = backup.backup(source, dest)
    assert report.created and report.destination == dest.resolve()
    from casebook.vault import keys

    # the same key slots; the sealed generation is the one of the snapshot
    assert keys.read_header(dest / "header").slots == keys.read_header(source.header_path).slots
    raw = (dest / DATABASE).read_bytes()
    assert not raw.startswith(b"SQLite format 3") and MARKER.encode() not in raw
    assert files_containing([dest], MARKER.encode()) == []
    with Vault.unlock(dest, PASSPHRASE) as opened:
        assert cases_of(opened) == cases_of(source)
        assert verify_vault(opened) == []
        assert opened.get_meta("vault_id") == source.get_meta("vault_id")
    Vault.unlock_with_recovery(dest, source.recovery).close()  # type: ignore[attr-defined]
    assert layout(dest) == [DATABASE, "evidence", "header"]


def test_backup_change_backup_restore_gives_the_source(source: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "backup"
    backup.backup(source, dest)
    gone = add_case(source, "To be deleted")
    backup.backup(source, dest)
    delete_case(source, gone.id)
    kept = add_case(source, "Added later")
    second = backup.backup(source, dest)
    assert not second.created
    with Vault.unlock(dest, PASSPHRASE) as opened:
        restored = backup.restore(opened, tmp_path / "restored")
    assert restored.created
    with Vault.unlock(tmp_path / "restored", PASSPHRASE) as again:
        assert cases_of(again) == cases_of(source)
        assert kept.id in cases_of(again) and gone.id not in cases_of(again)
        assert verify_vault(again) == []


def test_snapshot_is_consistent_while_the_vault_is_written(source: Vault, tmp_path: Path):
    writer = source.connect()
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO meta(key, value) VALUES ('uncommitted', 'x')")
    steps: list[bool] = []

    def progress(done: int, total: int) -> None:
        # the snapshot went ahead while the write was open; now let the writer finish
        steps.append(writer.in_transaction)
        if writer.in_transaction:
            writer.execute("ROLLBACK")

    backup.backup(source, tmp_path / "backup", progress=progress)
    writer.close()
    assert steps[0] is True
    with Vault.unlock(tmp_path / "backup", PASSPHRASE) as opened:
        assert opened.get_meta("uncommitted", "none") == "none"
        assert cases_of(opened) == cases_of(source)


def test_refused_destinations_are_left_alone(source: Vault, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "cat.jpg").write_bytes(b"meow")
    with pytest.raises(backup.BackupError, match="not a Casebook backup"):
        backup.backup(source, photos)
    assert snapshot_files(photos) == {"cat.jpg": b"meow"}
    with pytest.raises(backup.BackupError, match="into the vault"):
        backup.backup(source, source.path / "inner")
    with pytest.raises(backup.BackupError, match="is a file"):
        backup.backup(source, photos / "cat.jpg")
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    backup.backup(other, tmp_path / "other-backup")
    before = snapshot_files(tmp_path / "other-backup")
    with pytest.raises(backup.BackupError, match="another vault"):
        backup.backup(source, tmp_path / "other-backup")
    assert snapshot_files(tmp_path / "other-backup") == before
    other.close()


def test_cancel_leaves_the_previous_backup_unchanged(source: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "backup"
    backup.backup(source, dest)
    before = snapshot_files(dest)
    add_case(source, "New since the backup")
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        cancel.set()

    with pytest.raises(backup.Cancelled):
        backup.backup(source, dest, progress=progress, cancel=cancel)
    assert snapshot_files(dest) == before


def test_passphrase_change_reaches_the_backup(source: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "backup"
    backup.backup(source, dest)
    source.change_passphrase("a brand new passphrase for the vault", kdf=FAST_KDF)
    backup.backup(source, dest)
    Vault.unlock(dest, "a brand new passphrase for the vault").close()


def test_stale_write_ahead_log_in_the_backup_is_not_replayed(source: Vault, tmp_path: Path):
    """Someone opened the backup and crashed: its log must not land on the new snapshot."""
    dest = tmp_path / "backup"
    backup.backup(source, dest)
    opened = Vault.unlock(dest, PASSPHRASE)
    opened.set_meta("written in the backup", "x")
    wal = dest / (DATABASE + "-wal")
    left = wal.read_bytes()
    opened.conn.close()  # as if the process died: the log stays
    wal.write_bytes(left)
    add_case(source, "After the crash")
    source.set_meta("changed after the crash", "y")  # on the page the stale log holds
    backup.backup(source, dest)
    assert not wal.exists()
    with Vault.unlock(dest, PASSPHRASE) as again:
        assert verify_vault(again) == []
        assert cases_of(again) == cases_of(source)
        assert again.get_meta("changed after the crash") == "y"
        assert again.get_meta("written in the backup", "none") == "none"


def test_status_and_reminder(source: Vault, tmp_path: Path) -> None:
    status = backup.backup_status(source)
    assert status.last_time == "" and status.overdue
    assert status.reminder_days == backup.DEFAULT_REMINDER_DAYS
    report = backup.backup(source, tmp_path / "backup")
    status = backup.backup_status(source)
    assert status.last_time == report.time and not status.overdue
    assert status.destination == str((tmp_path / "backup").resolve())
    backup.set_reminder_days(source, 2)
    later = datetime.now(UTC) + timedelta(days=3)
    assert backup.backup_status(source, now=later).overdue
    with pytest.raises(backup.BackupError):
        backup.set_reminder_days(source, 0)


# --- CLI ------------------------------------------------------------------------------


def test_cli_backup_restore_verify(cli, source: Vault, tmp_path: Path) -> None:
    vault_dir, dest, restored = str(source.path), tmp_path / "b", tmp_path / "r"
    expected = cases_of(source)
    source.close()
    r = cli("--vault", vault_dir, "backup", str(dest))
    assert r.code == 0 and "Backup written to" in r.out
    r = cli("--vault", vault_dir, "backup", str(dest))
    assert r.code == 0 and "Backup updated" in r.out and "0 copied" in r.out
    r = cli("--vault", vault_dir, "backup", "--status")
    assert r.code == 0 and "Last backup: 20" in r.out
    assert cli("--vault", str(dest), "verify").code == 0
    r = cli("restore", str(dest), "--to", str(restored))
    assert r.code == 0 and "Restored a working vault" in r.out
    with Vault.unlock(restored, PASSPHRASE) as opened:
        assert cases_of(opened) == expected
    r = cli("restore", str(dest), "--to", str(restored))
    assert r.code == 1 and "not empty" in r.err
    r = cli("restore", str(dest), "--to", str(tmp_path / "x"), stdin="wrong passphrase\n")
    assert r.code == 3 and not (tmp_path / "x").exists()
    r = cli("--vault", vault_dir, "backup")
    assert r.code == 2


def test_cli_damaged_backup_is_reported_and_not_restored(cli, source: Vault, tmp_path: Path):
    dest = tmp_path / "b"
    backup.backup(source, dest)
    source.close()
    shutil.copy(dest / DATABASE, tmp_path / "good.db")
    data = bytearray((dest / DATABASE).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (dest / DATABASE).write_bytes(bytes(data))
    r = cli("--vault", str(dest), "verify")
    assert r.code == 1
    r = cli("restore", str(dest), "--to", str(tmp_path / "r"))
    assert r.code == 1 and not (tmp_path / "r").exists()


def test_snapshot_database_is_encrypted_with_the_vault_key(source: Vault, tmp_path: Path):
    backup.backup(source, tmp_path / "b")
    with pytest.raises(Exception):  # noqa: B017 - any failure to read without the key
        conn = db.connect(tmp_path / "b" / DATABASE, b"\0" * 32)
        conn.close()


def test_leftovers_of_an_interrupted_first_backup_are_taken_over(source: Vault, tmp_path: Path):
    """A first backup that died after its database but before its header."""
    dest = tmp_path / "backup"
    backup.backup(source, dest)
    (dest / "header").unlink()
    (dest / f".{DATABASE}.new").write_bytes(b"half a snapshot")
    report = backup.backup(source, dest)
    assert report.created
    assert layout(dest) == [DATABASE, "evidence", "header"]
    with Vault.unlock(dest, PASSPHRASE) as opened:
        assert cases_of(opened) == cases_of(source)
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    backup.backup(other, tmp_path / "theirs")
    (tmp_path / "theirs" / "header").unlink()
    with pytest.raises(backup.BackupError, match="another vault"):
        backup.backup(source, tmp_path / "theirs")
    other.close()


def test_a_backup_killed_while_writing_its_header_is_taken_over(source: Vault, tmp_path: Path):
    """Killed between the header's temporary file and its rename (the computer died, the
    USB stick was pulled): the next backup to that folder goes ahead instead of calling
    it "not a Casebook backup". (test_backup_crash met this at random.)"""
    dest = tmp_path / "backup"
    backup.backup(source, dest)
    (dest / ".header.tmp").write_bytes((dest / "header").read_bytes()[:10])
    (dest / "header").unlink()
    report = backup.backup(source, dest)
    assert report.created
    assert layout(dest) == [DATABASE, "evidence", "header"]
    with Vault.unlock(dest, PASSPHRASE) as opened:
        assert cases_of(opened) == cases_of(source)
    (dest / ".header.tmp").write_bytes(b"half a header")  # a later backup killed so
    assert not backup.backup(source, dest).created
    assert layout(dest) == [DATABASE, "evidence", "header"]
