"""Deletion that deletes: no name of a deleted case in any page or file; compact; verify --deep."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.domain.model import Case, Person
from casebook.services.cases import delete_case, save_case
from casebook.services.compact import compact
from casebook.services.evidence import import_file
from casebook.services.verify_deep import deep_problems
from casebook.vault import db
from casebook.vault.layout import DATABASE
from casebook.vault.pages import decrypted_pages
from casebook.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_evidence_support import write

NAMES = ("Gulnara Abdrakhmanova", "Жанар Серикбаевна", "Әйгерім Құрманғалиқызы")


def pages_containing(vault: Vault, needle: str) -> list[int]:
    """Page numbers of the database (decrypted with the key) where `needle` is found."""
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = needle.encode()
    return [
        n
        for n, page in decrypted_pages(vault.db_path, vault.data_key())
        if page is None or raw in page
    ]


def files_containing(root: Path, needle: str) -> list[Path]:
    raw = needle.encode()
    return [p for p in root.rglob("*") if p.is_file() and raw in p.read_bytes()]


def _case(vault: Vault, i: int, names: tuple[str, ...] = ()) -> Case:
    case = Case(
        title=f"Detention {i} of {names[0] if names else 'someone'}",
        summary=" ".join(names) + " was detained. " + "Filler text. " * 300,
        people=[Person(name=n, consent="named") for n in names],
    )
    save_case(vault, case)
    return case


def test_the_decrypting_helper_finds_what_is_there(vault: Vault) -> None:
    _case(vault, 0, NAMES)
    for name in NAMES:
        assert pages_containing(vault, name), name  # else the next test could not fail
    assert deep_problems(vault) == []


def test_after_delete_and_compact_names_are_in_no_page_and_no_file(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    kept = [_case(vault, i, ("Somebody Else",)) for i in range(20)]
    doomed = _case(vault, 99, NAMES)
    named_file = write(tmp_path / "Abdrakhmanova_statement.txt", NAMES[0].encode())
    import_file(vault, doomed.id, named_file)
    assert pages_containing(vault, "Abdrakhmanova_statement")
    delete_case(vault, doomed.id)
    assert pages_containing(vault, "Abdrakhmanova_statement") == []  # custody keeps no name
    for name in NAMES:
        assert pages_containing(vault, name) == [], name  # wiped already (secure_delete)
    report = compact(vault)
    assert report.bytes_after <= report.bytes_before
    assert deep_problems(vault) == []
    for name in NAMES:
        assert pages_containing(vault, name) == [], name
    vault.close()
    for name in NAMES:
        assert files_containing(vault_dir, name) == [], name
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == len(kept)


def test_verify_deep_finds_data_that_was_not_wiped_and_compact_clears_it(vault: Vault) -> None:
    cases = [_case(vault, i, (f"Person Number{i}",)) for i in range(30)]
    vault.conn.execute("PRAGMA secure_delete = OFF")  # as an old Casebook or a bug would
    for case in cases[:10]:
        delete_case(vault, case.id)
    vault.conn.execute("PRAGMA secure_delete = ON")
    problems = deep_problems(vault)
    assert problems and "not wiped" in problems[0]
    compact(vault)
    assert deep_problems(vault) == []


def test_in_the_schema_pages_only_words_of_the_schema_are_left_alone(vault: Vault) -> None:
    """SQLite leaves copies of schema rows in the gaps of the schema table's pages when
    it moves them (VACUUM does): those are no deleted data; any other word there is."""
    from casebook.vault import pages as pg

    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = dict(pg.decrypted_pages(vault.db_path, vault.data_key()))
    schema = pg.btree_pages(pages, 1)
    assert 1 in schema and len(schema) > 1  # the schema is larger than one page
    assert not schema & pg.btree_pages(pages, 2)  # schema_version's root is another tree
    known = b"tableevidence_eventsevidence_events\nCREATE TABLE evidence_events"
    page = bytearray(4096)
    page[0], page[5:7] = 13, (4000).to_bytes(2, "big")  # a leaf with its gap up to 4000
    page[100:140] = b"\x83Stableevidence_eventsevidence_events\x12C"
    assert pg.stale_words(bytes(page), pg.unwiped_areas(2, bytes(page)), known) == []
    page[200:220] = b"Gulnara Abdrakhmanova"[:20]
    assert pg.stale_words(bytes(page), pg.unwiped_areas(2, bytes(page)), known) == [
        b"Gulnara",
        b"Abdrakhmanov",
    ]


def test_a_large_deletion_compacts_by_itself(vault: Vault) -> None:
    cases = [_case(vault, i, ("Big Deletion",)) for i in range(120)]
    before = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    for case in cases[:100]:
        delete_case(vault, case.id)
    free = vault.conn.execute("PRAGMA freelist_count").fetchone()[0]
    total = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    assert not (free >= 64 and free * 4 >= total)  # what compact_if_worth_it keeps to
    assert total < before * 3 // 4  # it compacted on the way: the file shrank


def test_cli_compact_and_verify_deep(cli, vault: Vault, vault_dir: Path) -> None:
    case = _case(vault, 1, NAMES)
    vault.close()
    assert cli("--vault", str(vault_dir), "case", "delete", case.id).code == 0
    result = cli("--vault", str(vault_dir), "compact")
    assert result.code == 0 and "compacted" in result.out
    result = cli("--vault", str(vault_dir), "verify", "--deep")
    assert result.code == 0 and "deleted data wiped" in result.out


def test_migration_snapshot_is_kept_only_while_the_upgrade_is_unproven(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.close()
    (vault_dir / f"{DATABASE}.before-v1").write_bytes(b"an older snapshot")
    steps = dict(db.migrations())
    latest = max(steps)
    steps[latest + 1] = lambda conn: conn.execute("CREATE TABLE later (x)")
    monkeypatch.setattr(db, "migrations", lambda: steps)
    monkeypatch.setattr(db, "integrity_problems", lambda conn: ["database: a problem"])
    Vault.unlock(vault_dir, PASSPHRASE).close()
    snapshots = sorted(p.name for p in vault_dir.glob(f"{DATABASE}.before-v*"))
    assert snapshots == [f"{DATABASE}.before-v{latest + 1}"]  # never more than one
    monkeypatch.undo()
    steps[latest + 2] = lambda conn: conn.execute("CREATE TABLE later2 (x)")
    monkeypatch.setattr(db, "migrations", lambda: steps)
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.migrated == [latest + 2]
    assert not list(vault_dir.glob(f"{DATABASE}.before-v*"))  # sound: removed
