"""Backups never go back in time and keep the last K generations of the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services import backup
from casebook.services.backup_generations import (
    KEEP,
    NewerBackup,
    generations,
    open_generation,
)
from casebook.services.cases import delete_case, save_case
from casebook.services.evidence import import_file
from casebook.services.verify import verify_vault
from casebook.vault import generation
from casebook.vault.vault import Vault
from tests.bundle_support import cases_of
from tests.conftest import PASSPHRASE
from tests.test_evidence_support import make_case, write


def test_backup_refuses_to_overwrite_a_newer_backup(vault: Vault, tmp_path: Path) -> None:
    old_usb, usb = tmp_path / "old", tmp_path / "usb"
    backup.backup(vault, old_usb)
    with Vault.unlock(old_usb, PASSPHRASE) as copy:
        backup.restore(copy, tmp_path / "stale")  # an older copy of the same vault
    for i in range(10):
        save_case(vault, Case(title=f"newer {i}"))
    backup.backup(vault, usb)
    before = {p.name: p.read_bytes() for p in usb.iterdir() if p.is_file()}
    with Vault.unlock(tmp_path / "stale", PASSPHRASE) as stale:
        with pytest.raises(NewerBackup, match="newer backup"):
            backup.backup(stale, usb)
    assert {p.name: p.read_bytes() for p in usb.iterdir() if p.is_file()} == before


def test_a_backup_keeps_the_last_generations_with_their_evidence(
    vault: Vault, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    case = make_case(vault)
    states = []
    for i in range(5):
        item = import_file(vault, case.id, write(tmp_path / f"f{i}.txt", f"file {i}".encode()))
        backup.backup(vault, usb)
        states.append((generation.of_db(vault.conn), cases_of(vault)))
        from casebook.services.evidence import delete_evidence

        delete_evidence(vault, item.id)  # the next backup no longer has this file
    kept = generations(usb)
    assert len(kept) == KEEP - 1
    with Vault.unlock(usb, PASSPHRASE) as whole:
        for number, _path in kept:
            expected = next(
                state
                for n, state in states
                if n <= number and n == max(m for m, _s in states if m <= number)
            )
            older = open_generation(whole, number)
            try:
                assert verify_vault(older) == []  # its evidence file was kept
                assert cases_of(older) == expected
            finally:
                older.close()


def test_cli_restores_an_older_generation(cli, vault: Vault, vault_dir: Path, tmp_path: Path):
    usb = tmp_path / "usb"
    doomed = Case(title="Kept in an older generation")
    save_case(vault, doomed)
    backup.backup(vault, usb)
    delete_case(vault, doomed.id)
    backup.backup(vault, usb)
    vault.close()
    [(number, _path)] = generations(usb)
    target = tmp_path / "back"
    result = cli("restore", str(usb), "--to", str(target), "--generation", str(number))
    assert result.code == 0, result.err
    with Vault.unlock(target, PASSPHRASE) as restored:
        titles = {c["title"] for c in cases_of(restored).values()}
    assert "Kept in an older generation" in titles
    result = cli("restore", str(usb), "--to", str(tmp_path / "x"), "--generation", "1")
    assert result.code == 1 and "no generation 1" in result.err
