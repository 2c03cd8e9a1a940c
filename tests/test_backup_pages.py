"""Backups copy the encrypted database page by page, only where it changed (issue 19)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services import backup
from casebook.services.backup_generations import generations, open_generation
from casebook.services.cases import save_case
from casebook.services.verify import verify_vault
from casebook.vault import page_journal
from casebook.vault.layout import DATABASE
from casebook.vault.vault import Vault
from tests.conftest import PASSPHRASE

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
    inode = (dest / DATABASE).stat().st_ino
    cases[7].title = "renamed"
    save_case(vault, cases[7])
    backup.backup(vault, dest)
    after = _pages(dest / DATABASE)
    changed = sum(1 for a, b in zip(before, after, strict=False) if a != b)
    assert len(after) > 60 and changed < len(after) // 4, (changed, len(after))
    # updated in place; the older generation is kept as the pages that changed
    assert (dest / DATABASE).stat().st_ino == inode
    [(_number, kept)] = generations(dest)
    assert kept.name.endswith(".pages") and kept.stat().st_size < (changed + 2) * PAGE
    assert sorted(p.name for p in dest.iterdir() if p.name.startswith(".")) == []
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


@pytest.mark.parametrize("where", ["here", "helpers", "helpers that die"])
def test_page_hmacs_are_checked_as_sqlcipher_does(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """Small checks run in the calling thread, large ones in helper processes (whose
    share is checked here when one dies): the same pages are found either way."""
    import os

    from casebook.services import backup_pages as bp

    if where != "here":
        monkeypatch.setattr(bp, "_INLINE", 0)
        monkeypatch.setattr(bp, "_RUN", 3 * PAGE)
    if where == "helpers that die":
        monkeypatch.setattr(bp._Helper, "_serve", lambda self: os._exit(3))

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


def _titles(vault: Vault) -> set[str]:
    return {r[0] for r in vault.conn.execute("SELECT title FROM cases")}


def test_a_backup_cut_short_while_updating_in_place_is_put_back(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The journal is hot while the database is updated: whoever opens the backup next
    finds the previous state, whole, and the next backup completes."""
    _fill(vault, 40)
    dest = tmp_path / "backup"
    backup.backup(vault, dest)
    before = (dest / DATABASE).read_bytes()
    for i in range(30):
        save_case(vault, Case(title=f"later {i}", summary="more " * 300))

    def killed(*_args: object, **_kwargs: object) -> None:
        raise SystemExit("killed")  # as if the process died after the pages were written

    monkeypatch.setattr(backup._Job, "copy_evidence", killed)  # comes after the update
    monkeypatch.setattr(backup._Job, "undo", lambda self: None)  # a kill undoes nothing
    with pytest.raises(SystemExit):
        backup.backup(vault, dest)
    assert (dest / f".{DATABASE}.journal").exists()
    assert (dest / DATABASE).read_bytes() != before  # half-way: new pages in place
    monkeypatch.undo()
    cut_short = tmp_path / "cut-short"
    shutil.copytree(dest, cut_short)
    with Vault.unlock(dest, PASSPHRASE) as opened:
        assert not any(t.startswith("later") for t in _titles(opened))
        assert verify_vault(opened) == []
    assert (dest / DATABASE).read_bytes() == before
    assert not (dest / f".{DATABASE}.journal").exists()
    backup.backup(vault, dest)
    with Vault.unlock(dest, PASSPHRASE) as opened:
        assert {f"later {i}" for i in range(30)} <= _titles(opened)
    # the next backup, before anyone opened the folder, puts the old pages back first
    backup.backup(vault, cut_short)
    with Vault.unlock(cut_short, PASSPHRASE) as opened:
        assert {f"later {i}" for i in range(30)} <= _titles(opened)
        assert verify_vault(opened) == []
        assert len(generations(cut_short)) == 1


def test_a_failed_check_puts_the_previous_pages_back(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casebook.services import backup_pages as bp

    _fill(vault, 40)
    dest = tmp_path / "backup"
    backup.backup(vault, dest)
    before = {p.name: p.read_bytes() for p in dest.iterdir() if p.is_file()}
    save_case(vault, Case(title="not backed up"))
    real = bp._Checker.finish
    monkeypatch.setattr(bp._Checker, "finish", lambda self, size: [*real(self, size), 3])
    with pytest.raises(backup.BackupError, match="page 3 does not authenticate"):
        backup.backup(vault, dest)
    assert {p.name: p.read_bytes() for p in dest.iterdir() if p.is_file()} == before


def test_older_generations_are_rebuilt_from_the_journals(vault: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "backup"
    seen = []
    for i in range(3):
        save_case(vault, Case(title=f"state {i}", summary="words " * 400))
        backup.backup(vault, dest)
        seen.append(_titles(vault))
    kept = generations(dest)
    assert [p.name.endswith(".pages") for _n, p in kept] == [True, True]
    with Vault.unlock(dest, PASSPHRASE) as whole:
        for (number, _path), expected in zip(kept, [seen[1], seen[0]], strict=True):
            older = open_generation(whole, number)
            try:
                assert verify_vault(older) == []
                assert _titles(older) == expected
            finally:
                older.close()
    assert not [p for p in dest.iterdir() if p.name.startswith(".")]  # rebuilt copies gone


def test_a_journal_under_other_keys_is_neither_read_nor_kept(vault: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "backup"
    for i in range(2):
        save_case(vault, Case(title=f"state {i}"))
        backup.backup(vault, dest)
    [(_number, kept)] = generations(dest)
    with pytest.raises(page_journal.JournalError):
        page_journal.read(kept, bytes(32))
    assert page_journal.read(kept, backup.raw_key(vault)).pages > 0


def test_a_busy_vault_replaces_the_backup_whole_and_keeps_the_old_file(
    vault: Vault, tmp_path: Path
) -> None:
    _fill(vault, 30)
    dest = tmp_path / "backup"
    backup.backup(vault, dest)
    old_inode = (dest / DATABASE).stat().st_ino
    reader = vault.connect()  # a reader in a transaction: the log cannot be folded in
    try:
        save_case(vault, Case(title="in the log"))
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM cases").fetchone()
        save_case(vault, Case(title="also in the log"))
        backup.backup(vault, dest)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    [(_number, kept)] = generations(dest)
    assert not kept.name.endswith(".pages") and kept.stat().st_ino == old_inode
    with Vault.unlock(dest, PASSPHRASE) as copy:
        assert verify_vault(copy) == []
        assert {"in the log", "also in the log"} <= _titles(copy)
