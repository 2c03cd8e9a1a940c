"""`verify`: the daily check and `verify --full` (issue 19).

The daily check authenticates every page (cipher_integrity_check) and walks every page
and row (quick_check); `--full` also compares every index with its table
(integrity_check), which is what catches an index that disagrees with its rows."""

from __future__ import annotations

from pathlib import Path

from casebook.domain.model import Case
from casebook.services.cases import save_case
from casebook.services.verify import verify_vault
from casebook.vault import db
from casebook.vault.layout import DATABASE
from casebook.vault.vault import Vault


def _index_out_of_step(vault: Vault) -> None:
    """Make the index cases_status disagree with its table (as a bad sector or a bug
    could): its definition now names another column than the entries it holds."""
    for i in range(30):
        save_case(vault, Case(title=f"case {i}", status="open" if i % 2 else "closed"))
    conn = vault.conn
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX cases_status ON cases(country, updated)'"
        " WHERE name = 'cases_status'"
    )
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.execute("PRAGMA writable_schema = OFF")


def test_daily_and_full_checks_of_a_sound_vault(vault: Vault) -> None:
    save_case(vault, Case(title="sound"))
    assert verify_vault(vault, full=False) == []
    assert verify_vault(vault, full=True) == []


def test_only_the_full_check_compares_indexes_with_tables(
    cli, vault: Vault, vault_dir: Path
) -> None:
    _index_out_of_step(vault)
    vault.close()
    daily = cli("--vault", str(vault_dir), "verify")
    assert daily.code == 0, daily.out
    full = cli("--vault", str(vault_dir), "verify", "--full")
    assert full.code == 1 and "database:" in full.out and "cases_status" in full.out, full.out


def test_the_check_restores_the_page_cache(vault: Vault) -> None:
    before = vault.conn.execute("PRAGMA cache_size").fetchone()[0]
    assert db.integrity_problems(vault.conn, full=False) == []
    assert vault.conn.execute("PRAGMA cache_size").fetchone()[0] == before


def test_a_damaged_page_is_found_by_the_daily_check(vault: Vault, vault_dir: Path) -> None:
    for i in range(50):
        save_case(vault, Case(title=f"case {i}", summary="x" * 2000))
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.close()
    path = vault_dir / DATABASE
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))
    from tests.conftest import PASSPHRASE

    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        problems = verify_vault(again, full=False)
    assert problems and all(p.startswith("database:") for p in problems), problems


def test_the_checks_run_side_by_side_find_what_each_finds(vault: Vault) -> None:
    """The walk runs on the vault's connection while the page HMACs and references are
    checked on a second one: a broken reference is still reported, once, and the same
    lines come out as when everything runs on one connection."""
    save_case(vault, Case(title="sound"))
    vault.conn.execute("PRAGMA foreign_keys = OFF")
    vault.conn.execute("INSERT INTO case_tags (case_id, tag) VALUES ('no-such-case', 'orphan')")
    vault.conn.execute("PRAGMA foreign_keys = ON")
    problems = verify_vault(vault, full=False)
    assert problems == ["database: broken reference in table case_tags"], problems
    second = vault.connect()
    try:
        assert db.integrity_problems(vault.conn, full=False, second=second) == (
            db.integrity_problems(vault.conn, full=False)
        )
    finally:
        second.close()
