"""Travel mode: the key slots leave the laptop, and come back."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest

from casebook.domain.model import Case
from casebook.services import travel
from casebook.services.cases import save_case
from casebook.vault.errors import WrongPassphrase
from casebook.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def made(vault_dir: Path, tmp_path: Path) -> Path:
    """A vault with one case; returns the file holding its recovery key."""
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    save_case(vault, Case(title="Detained at the march"))
    vault.close()
    key = tmp_path / "recovery.txt"
    key.write_text(recovery + "\n")
    return key


def test_round_trip_with_the_recovery_key(cli, made: Path, vault_dir: Path, tmp_path) -> None:
    vpath, out = str(vault_dir), tmp_path / "away" / "keys.age"
    before = (vault_dir / "header").read_bytes()
    started = cli("--vault", vpath, "travel", "start", "-o", str(out),
                  "--recovery-key-file", str(made))  # fmt: skip
    assert started.code == 0, started.err
    assert out.read_bytes().startswith(b"age-encryption.org/v1")
    after = (vault_dir / "header").read_bytes()
    assert after != before and len(after) == len(before)  # looks like any header
    assert cli("--vault", vpath, "case", "list").code == 3  # cannot be opened in between
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(vault_dir, made.read_text())
    bad = cli("--vault", vpath, "travel", "end", str(out), "--recovery-key-file", str(made),
              stdin="not the passphrase\n")  # fmt: skip
    assert bad.code == 3 and (vault_dir / "header").read_bytes() == after
    ended = cli("--vault", vpath, "travel", "end", str(out), "--recovery-key-file", str(made))
    assert ended.code == 0, ended.err
    listed = cli("--vault", vpath, "case", "list")
    assert listed.code == 0 and "Detained at the march" in listed.out


def test_round_trip_through_a_partner(made: Path, vault_dir: Path, tmp_path: Path) -> None:
    partner = pyrage.x25519.Identity.generate()
    out = tmp_path / "keys.age"
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        started = travel.start(vault, out, recipient=str(partner.to_public()))
    assert started.file == out
    with pytest.raises(travel.TravelError, match="age -d"):
        travel.end(vault_dir, out, PASSPHRASE)
    returned = tmp_path / "from-partner.bin"
    returned.write_bytes(pyrage.decrypt(out.read_bytes(), [partner]))  # what age -d gives
    travel.end(vault_dir, returned, PASSPHRASE)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1


def test_a_travel_file_of_another_vault_changes_nothing(made: Path, tmp_path: Path) -> None:
    other_dir = tmp_path / "other"
    other, other_recovery = Vault.create(other_dir, PASSPHRASE, kdf=FAST_KDF)
    out = tmp_path / "other.age"
    travel.start(other, out, recovery_key=other_recovery)
    other.close()
    vault_dir = tmp_path / "vault"
    header = (vault_dir / "header").read_bytes()
    with pytest.raises(travel.TravelError, match="another vault"):
        travel.end(vault_dir, out, PASSPHRASE, other_recovery)
    assert (vault_dir / "header").read_bytes() == header
    not_travel = tmp_path / "x.bin"
    not_travel.write_bytes(b"hello")
    with pytest.raises(travel.TravelError, match="not a Casebook travel file"):
        travel.end(vault_dir, not_travel, PASSPHRASE)


def test_start_needs_a_working_recovery_key(made: Path, vault_dir: Path, tmp_path) -> None:
    from casebook.vault.keys import format_recovery_key

    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        with pytest.raises(WrongPassphrase):
            travel.start(vault, tmp_path / "k.age", recovery_key=format_recovery_key(b"\1" * 20))
    assert not (tmp_path / "k.age").exists()
    Vault.unlock(vault_dir, PASSPHRASE).close()
