"""Schema migrations: the committed schema-1 vault keeps opening; snapshots before steps."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebook.services.cases import get_case
from casebook.services.verify import verify_vault
from casebook.vault import db
from casebook.vault.cases import list_cases
from casebook.vault.layout import DATABASE
from casebook.vault.vault import Vault

DATA = Path(__file__).parent / "data"
V1_PASSPHRASE = "vault-v1 test passphrase, not secret"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "vault-v1"
    shutil.copytree(DATA / "vault-v1", target)
    return target


def test_committed_schema_1_vault_opens_and_verifies(v1_copy: Path) -> None:
    with Vault.unlock(v1_copy, V1_PASSPHRASE) as vault:
        assert db.schema_version(vault.conn) == db.latest_version()
        rows = list_cases(vault.conn)
        assert len(rows) == 4
        titles = {r.title for r in rows}
        assert any("оштрафована" in t for t in titles)
        full = get_case(vault, next(r.id for r in rows if "doxxed" in r.title))
        assert full.people[0].consent == "pseudonym"
        assert len(full.events) == 3
        assert verify_vault(vault) == []
        # the search index found through migrated rowids, as a filter and ranked
        from casebook.vault.cases import CaseFilter, search

        hit = [r.title for r in list_cases(vault.conn, CaseFilter(query="ЖІБЕК"))]
        assert len(hit) == 1 and "оштрафована" in hit[0]
        assert [h.title for h in search(vault.conn, "doxxed")] == [full.title]
    # the pre-migration snapshot is removed once the upgraded database checks sound
    assert not list(v1_copy.glob("casebook.db.before-v*"))


def test_committed_vault_opens_with_recovery_key(v1_copy: Path) -> None:
    recovery = (DATA / "vault-v1.recovery.txt").read_text().strip()
    Vault.unlock_with_recovery(v1_copy, recovery).close()


def test_new_migration_runs_in_order_with_snapshot(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.close()
    steps = dict(db.migrations())
    latest = max(steps)

    def add_table(conn: db.Connection) -> None:
        conn.execute("CREATE TABLE extra_for_test (x INTEGER)")

    steps[latest + 1] = add_table
    monkeypatch.setattr(db, "migrations", lambda: steps)
    with Vault.unlock(vault_dir, "correct horse battery staple zebra") as v:
        assert v.migrated == [latest + 1]
        assert db.schema_version(v.conn) == latest + 1
        v.conn.execute("SELECT * FROM extra_for_test").fetchall()
    assert not (vault_dir / f"{DATABASE}.before-v{latest + 1}").exists()  # sound: removed


def test_failed_migration_rolls_back(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.close()
    steps = dict(db.migrations())
    latest = max(steps)

    def broken(conn: db.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("step failed")

    steps[latest + 1] = broken
    monkeypatch.setattr(db, "migrations", lambda: steps)
    with pytest.raises(RuntimeError):
        Vault.unlock(vault_dir, "correct horse battery staple zebra")
    monkeypatch.undo()
    with Vault.unlock(vault_dir, "correct horse battery staple zebra") as v:
        assert db.schema_version(v.conn) == latest
        names = [r[0] for r in v.conn.execute("SELECT name FROM sqlite_master")]
        assert "half_done" not in names


def test_vault_from_a_newer_casebook_is_refused(vault: Vault, vault_dir: Path) -> None:
    from casebook.vault.errors import VaultDamaged

    with vault.transaction() as conn:
        conn.execute("INSERT INTO schema_version VALUES (999, 'future')")
    vault.close()
    with pytest.raises(VaultDamaged, match="newer Casebook"):
        Vault.unlock(vault_dir, "correct horse battery staple zebra")
