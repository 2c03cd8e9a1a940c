"""Backups copy the encrypted database page by page, only where it changed (issue 19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services import backup
from casebook.services.cases import save_case
from casebook.services.verify import verify_vault
from casebook.vault.layout import DATABASE
from casebook.vault.vault import Vault
from tests.conftest import PASSPHRASE

BASE_DB = f".{DATABASE}.base"  # the previous generation (backup_pages.base_db)

PAGE = 4096


def _fill(vault: Vault, n: int = 120) -> list[Case]:
    cases = [Case(title=f"case {i}", summary="words " * 300) for i in range(n)]
    for case in cases:
        save_case(vault, case)
    return cases


def _pages(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [data[i : i + PAGE] for i in range(0, len(data), PAGE)]


def test_a_small_change_rewrites_few_pages(vault: Vault, tmp_path: Path) -> None:
    cases = _fill(vault)
    dest = tmp_path / "backup"
    backup.backup(vault, dest)
    before = _pages(dest / DATABASE)
    cases[7].title = "renamed"
    save_case(vault, cases[7])
    backup.backup(vault, dest)
    after = _pages(dest / DATABASE)
    changed = sum(1 for a, b in zip(before, after, strict=False) if a != b)
    assert len(after) > 60 and changed < len(after) // 4, (changed, len(after))
    assert (dest / BASE_DB).read_bytes() == (dest / DATABASE).read_bytes()
    with Vault.unlock(dest, PASSPHRASE) as copy:
        assert verify_vault(copy) == []
        assert (
            copy.conn.execute("SELECT title FROM cases WHERE id = ?", (cases[7].id,)).fetchone()[0]
            == "renamed"
        )


def test_the_copy_is_the_vaults_own_pages(vault: Vault, tmp_path: Path) -> None:
    _fill(vault, 30)
    dest = tmp_path / "backup"
    backup.backup(vault, dest)
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ours, theirs = _pages(vault.db_path), _pages(dest / DATABASE)
    differ = [i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
    assert len(differ) <= 3, differ  # only what recording the backup's time wrote since


def test_a_busy_vault_is_backed_up_through_sqlite(vault: Vault, tmp_path: Path) -> None:
    _fill(vault, 30)
    reader = vault.connect()  # a reader in the middle of a transaction: no checkpoint now
    try:
        save_case(vault, Case(title="in the log"))
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM cases").fetchone()
        save_case(vault, Case(title="also in the log"))
        dest = tmp_path / "backup"
        backup.backup(vault, dest)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    with Vault.unlock(dest, PASSPHRASE) as copy:
        assert verify_vault(copy) == []
        titles = {r[0] for r in copy.conn.execute("SELECT title FROM cases")}
        assert {"in the log", "also in the log"} <= titles


def test_a_damaged_page_of_the_vault_is_not_copied_over_a_good_backup(
    vault: Vault, tmp_path: Path
) -> None:
    _fill(vault)
    dest = tmp_path / "backup"
    backup.backup(vault, dest)
    good = (dest / DATABASE).read_bytes()
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(vault.db_path.read_bytes())
    data[40 * PAGE + 100] ^= 0x01  # one bit of a page in the middle
    vault.db_path.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError, match="did not verify"):
        backup.backup(vault, dest)
    assert (dest / DATABASE).read_bytes() == good


def test_page_hmacs_are_checked_as_sqlcipher_does(vault: Vault, tmp_path: Path) -> None:
    from casebook.services import backup_pages as bp

    _fill(vault, 40)
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy_path = tmp_path / "copy.db"
    copy = bp.sync_pages(vault.db_path, copy_path, PAGE, lambda d, t: None, lambda: None)
    assert len(copy.changed) == copy.size // PAGE > 40  # a new file: every page written
    key = backup.raw_key(vault)
    assert bp.page_problems(copy_path, key, copy) == []
    data = bytearray(copy_path.read_bytes())
    data[12 * PAGE + 7] ^= 0x80
    data[PAGE - 1] ^= 0x01  # page 1's HMAC itself
    copy_path.write_bytes(bytes(data))
    assert bp.page_problems(copy_path, key, copy) == [1, 13]
    assert bp.page_problems(copy_path, bytes(32), copy) == list(range(1, len(copy.changed) + 1))


def test_the_lock_byte_page_of_a_database_over_1_gib_is_not_checked(
    vault: Vault, tmp_path: Path
) -> None:
    """SQLite leaves out the page holding its lock byte (at 1 GiB): it has no HMAC, and
    a backup of a vault over 1 GiB must not call it damaged (a sparse file stands in)."""
    from casebook.services import backup_pages as bp

    _fill(vault, 5)
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    big = tmp_path / "big.db"
    big.write_bytes(vault.db_path.read_bytes())
    lock_page = 0x40000000
    with open(big, "r+b") as f:
        f.truncate(lock_page + 2 * PAGE)  # the page after it would be one SQLite wrote
    copy = bp.PageCopy(big.stat().st_size, PAGE, [0, lock_page])
    key = backup.raw_key(vault)
    assert bp.page_problems(big, key, copy) == []
    copy.changed.append(lock_page + PAGE)
    assert bp.page_problems(big, key, copy) == [lock_page // PAGE + 2]
