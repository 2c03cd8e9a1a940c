"""The first opening by a new version upgrades the vault, which takes minutes on a large
one: the command line and the unlock page say so before it starts, and how far it has
come, instead of looking hung."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from casebook.vault import db
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault
from tests import ui_support

DATA = Path(__file__).parent / "data"
V1_PASSPHRASE = "vault-v1 test passphrase, not secret"

gui = ui_support.gui


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "vault-v1"
    shutil.copytree(DATA / "vault-v1", target)
    return target


def test_an_upgrade_reports_each_step_and_only_then(v1_copy: Path, tmp_path: Path) -> None:
    steps = db.latest_version() - 1  # the committed vault is at schema 1
    calls: list[tuple[int, int]] = []
    with db.reporting_upgrade(lambda done, total: calls.append((done, total))):
        Vault.unlock(v1_copy, V1_PASSPHRASE).close()
        assert calls == [(done, steps) for done in range(steps + 1)]
        calls.clear()
        Vault.unlock(v1_copy, V1_PASSPHRASE).close()  # nothing left to upgrade
        Vault.create(tmp_path / "new", "a new vault's passphrase", kdf=KdfParams(8, 1, 1))[
            0
        ].close()  # a new vault is built, not upgraded
    assert calls == []


def test_the_listener_is_only_that_of_the_opening_under_way(v1_copy: Path) -> None:
    calls: list[tuple[int, int]] = []
    with db.reporting_upgrade(lambda done, total: calls.append((done, total))):
        pass
    Vault.unlock(v1_copy, V1_PASSPHRASE).close()
    assert calls == []


def test_the_command_line_says_it_upgrades_on_standard_error(cli, v1_copy: Path) -> None:
    steps = db.latest_version() - 1
    first = cli("--vault", str(v1_copy), "case", "list", "--json", stdin=V1_PASSPHRASE + "\n")
    assert first.code == 0
    assert len(json.loads(first.out)) == 4  # the JSON on standard output stays whole
    assert "upgrading this vault for this version of Casebook" in first.err
    assert f"step {steps} of {steps} done" in first.err
    again = cli("--vault", str(v1_copy), "case", "list", "--json", stdin=V1_PASSPHRASE + "\n")
    assert again.code == 0 and "upgrad" not in again.err


def test_verify_on_an_old_vault_says_it_upgrades_too(cli, v1_copy: Path) -> None:
    """`verify` opens the vault its own way (it reports a damaged header first)."""
    result = cli("--vault", str(v1_copy), "verify", stdin=V1_PASSPHRASE + "\n")
    assert result.code == 0
    assert "upgrading this vault for this version of Casebook" in result.err


def test_the_unlock_page_shows_how_far_the_upgrade_has_come(
    gui, qtbot, v1_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = ui_support.open_window(qtbot, v1_copy, tmp_path)
    page = win.unlock_page
    seen: list[tuple[str, int, int, int]] = []
    real = page._upgrading

    def upgrading(done: int, total: int, attempt: int) -> None:
        real(done, total, attempt)
        seen.append((page.status.text(), page.busy.minimum(), page.busy.maximum(), done))

    monkeypatch.setattr(page, "_upgrading", upgrading)
    ui_support.unlock(win, V1_PASSPHRASE)
    assert win.vault is not None
    steps = db.latest_version() - 1
    assert [s[3] for s in seen] == list(range(steps + 1))
    text, low, high, _ = seen[0]
    assert f"step 1 of {steps}" in text and "Do not close Casebook" in text
    assert (low, high) == (0, steps)  # a bar that shows how far, not one that only moves
    assert not page.status.isVisible() and page.busy.maximum() == 0  # gone once open


def test_the_recovery_page_shows_the_upgrade_too(
    gui, qtbot, v1_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A forgotten passphrase on a vault of an older version: the recovery key opens it,
    and the upgrade is shown there as on the unlock page."""
    new = "a new passphrase for the upgraded vault, long enough 7"
    win = ui_support.open_window(qtbot, v1_copy, tmp_path)
    win.unlock_page.forgotRequested.emit()
    page = win.forgot_page
    seen: list[tuple[str, int]] = []
    real = page._upgrading

    def upgrading(done: int, total: int, attempt: int) -> None:
        real(done, total, attempt)
        seen.append((page.status.text(), page.busy.maximum()))

    monkeypatch.setattr(page, "_upgrading", upgrading)
    page.recovery.setText((DATA / "vault-v1.recovery.txt").read_text().strip())
    page.passphrase.first.setText(new)
    page.passphrase.second.setText(new)
    page.reset_button.click()
    assert win.vault is not None
    steps = db.latest_version() - 1
    assert len(seen) == steps + 1
    assert f"step 1 of {steps}" in seen[0][0] and seen[0][1] == steps
    assert not page.status.isVisible()
