"""The vault header: every released header format keeps opening."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebook.services.verify import verify_vault
from casebook.vault.cases import list_cases
from casebook.vault.errors import WrongPassphrase
from casebook.vault.vault import Vault

DATA = Path(__file__).parent / "data"
H1_PASSPHRASE = "vault-header1 test passphrase, not secret"


@pytest.fixture
def h1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "vault-header1"
    shutil.copytree(DATA / "vault-header1", target)
    return target


def test_committed_header_1_vault_opens(h1_copy: Path) -> None:
    with Vault.unlock(h1_copy, H1_PASSPHRASE) as vault:
        assert len(list_cases(vault.conn)) == 4
        assert verify_vault(vault) == []
    with pytest.raises(WrongPassphrase):
        Vault.unlock(h1_copy, "not the passphrase")


def test_committed_header_1_vault_opens_with_recovery_key(h1_copy: Path) -> None:
    recovery = (DATA / "vault-header1.recovery.txt").read_text().strip()
    with Vault.unlock_with_recovery(h1_copy, recovery) as vault:
        assert len(list_cases(vault.conn)) == 4


def test_a_format_2_header_never_reads_as_format_1() -> None:
    from casebook.vault import header2
    from tests.conftest import FAST_KDF

    header, _dek, _recovery = header2.new_header("x", FAST_KDF)
    firsts = {header.to_bytes()[:1] for _ in range(3000)}
    assert len(firsts) > 200 and not firsts & set(header2.LEGACY_START)


def test_new_vaults_go_to_a_neutral_folder_and_old_ones_keep_theirs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from casebook import paths

    monkeypatch.delenv("CASEBOOK_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    neutral = paths.default_vault()
    assert neutral == tmp_path / "share" / "Notebook" / "data"
    named = str(neutral.relative_to(tmp_path)).lower()
    assert "casebook" not in named and "vault" not in named
    earlier = tmp_path / "share" / "Casebook" / "vault"
    earlier.mkdir(parents=True)
    (earlier / "header").write_bytes(b"{}")
    assert paths.default_vault() == earlier
