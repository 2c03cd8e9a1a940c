"""Seizure and coercion: the duress passphrase, the wipe after failed attempts, header 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services.cases import save_case
from casebook.vault import header2, keys, protection
from casebook.vault.cases import list_cases
from casebook.vault.errors import VaultDamaged, WrongPassphrase
from casebook.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

DURESS = "tulips in the rain at noon"
DATA = Path(__file__).parent / "data"


@pytest.fixture
def made(vault_dir: Path) -> str:
    """A vault with one case and a duress passphrase; returns its recovery key."""
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    save_case(vault, Case(title="Detained at the march"))
    protection.set_duress(vault, PASSPHRASE, DURESS, kdf=FAST_KDF)
    vault.close()
    return recovery


def titles(vault: Vault) -> list[str]:
    return [r.title for r in list_cases(vault.conn)]


def test_duress_opens_an_empty_vault_and_destroys_the_keys(made: str, vault_dir: Path) -> None:
    (vault_dir / "evidence" / "leftover").write_bytes(b"age file")
    old = (vault_dir / "header").read_bytes()
    with Vault.unlock(vault_dir, DURESS) as opened:
        assert titles(opened) == []
        assert protection.status(opened) == protection.Protection(False, 0, 0)
    new = (vault_dir / "header").read_bytes()
    assert new != old and len(new) == len(old) == header2.FILE_BYTES
    assert list((vault_dir / "evidence").iterdir()) == []
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(vault_dir, made)
    with Vault.unlock(vault_dir, DURESS) as again:  # from now on the duress one opens it
        assert titles(again) == []


def test_duress_passphrase_must_differ_and_can_be_removed(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(protection.SameAsDuress):
        protection.set_duress(vault, PASSPHRASE, PASSPHRASE, kdf=FAST_KDF)
    with pytest.raises(WrongPassphrase):
        protection.set_duress(vault, "not the passphrase", DURESS, kdf=FAST_KDF)
    protection.set_duress(vault, PASSPHRASE, DURESS, kdf=FAST_KDF)
    assert protection.status(vault).duress
    with pytest.raises(protection.SameAsDuress):
        vault.change_passphrase(DURESS, kdf=FAST_KDF)
    vault.change_passphrase("another good passphrase here", kdf=FAST_KDF)
    assert protection.remove_duress(vault, "another good passphrase here")
    assert not protection.status(vault).duress
    vault.close()
    with pytest.raises(WrongPassphrase):  # the removed duress passphrase does nothing
        Vault.unlock(vault_dir, DURESS)
    with Vault.unlock(vault_dir, "another good passphrase here") as again:
        assert titles(again) == []


def test_slots_look_alike_and_are_in_random_order(made: str, vault_dir: Path) -> None:
    header = keys.read_header(vault_dir / "header")
    assert isinstance(header, header2.Header)
    assert len(header.slots) == header2.SLOTS
    assert {(len(s.salt), len(s.nonce), len(s.wrapped)) for s in header.slots} == {(16, 12, 48)}
    places = set()
    for _ in range(12):
        fresh, _dek, _rec = header2.new_header("x", FAST_KDF)
        assert len(fresh.to_bytes()) == header2.FILE_BYTES
        places.add(fresh.try_passphrase("x")[2])  # type: ignore[index]
    assert len(places) > 1


def test_duress_and_backup_made_before_restores(
    made: str, vault_dir: Path, tmp_path: Path, cli
) -> None:
    backup = tmp_path / "usb"
    assert cli("--vault", str(vault_dir), "backup", str(backup)).code == 0
    duress = cli("--vault", str(vault_dir), "case", "list", "--json", stdin=DURESS + "\n")
    assert duress.code == 0 and duress.out.strip() == "[]" and duress.err == ""
    real = cli("--vault", str(vault_dir), "case", "list")
    assert real.code == 3
    key = tmp_path / "key.txt"
    key.write_text(made + "\n")
    reset = cli("--vault", str(vault_dir), "passwd", "--recovery-key-file", str(key))
    assert reset.code == 3
    restored = tmp_path / "restored"
    assert cli("restore", str(backup), "--to", str(restored)).code == 0
    back = cli("--vault", str(restored), "case", "list")
    assert back.code == 0 and "Detained at the march" in back.out


def test_cli_sets_and_removes_the_duress_passphrase(cli, vault: Vault, vault_dir: Path, tmp_path):
    vault.close()
    duress_file = tmp_path / "d.txt"
    duress_file.write_text(DURESS + "\n")
    vpath = str(vault_dir)
    done = cli("--vault", vpath, "passwd", "--set-duress-file", str(duress_file))
    assert done.code == 0, done.err
    assert "destroyed" in done.out and "backup" in done.out
    assert cli("--vault", vpath, "passwd", "--remove-duress").code == 0
    assert cli("--vault", vpath, "case", "list", stdin=DURESS + "\n").code == 3
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    bad = cli("--vault", vpath, "passwd", "--set-duress-file", str(empty))
    assert bad.code == 1 and "empty.txt" in bad.err
    assert cli("--vault", vpath, "passwd", "--wipe-after", "7").code == 2


def test_wipe_after_failed_attempts(vault: Vault, vault_dir: Path) -> None:
    save_case(vault, Case(title="kept"))
    protection.set_wipe_after(vault, PASSPHRASE, 5)
    vault.close()
    remaining = []
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as caught:
            Vault.unlock(vault_dir, "a guess")
        remaining.append(caught.value.remaining)
    assert remaining == [4, 3, 2]
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:  # a good unlock resets the count
        assert protection.status(opened).failures == 0
        assert titles(opened) == ["kept"]
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, "a guess")
    with pytest.raises(WrongPassphrase) as fifth:
        Vault.unlock(vault_dir, "a guess")
    assert fifth.value.remaining is None
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert isinstance(keys.read_header(vault_dir / "header"), header2.Header)  # looks normal


def test_an_empty_passphrase_is_not_counted_as_a_failure(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    save_case(vault, Case(title="kept"))
    protection.set_wipe_after(vault, PASSPHRASE, 5)
    vault.close()
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    for _ in range(6):  # an empty passphrase file in a script run again and again
        done = cli("--vault", str(vault_dir), "--passphrase-file", str(empty), "case", "list")
        assert done.code == 3
    with pytest.raises(WrongPassphrase) as caught:
        Vault.unlock(vault_dir, "")
    assert caught.value.remaining is None
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        assert titles(opened) == ["kept"] and protection.status(opened).failures == 0


def test_wipe_policy_edited_away_destroys_at_the_next_unlock(vault: Vault, vault_dir: Path):
    protection.set_wipe_after(vault, PASSPHRASE, 10)
    vault.close()
    header = keys.read_header(vault_dir / "header")
    assert isinstance(header, header2.Header)
    header.wipe_after = 0  # someone switched it off to guess on
    keys.write_header(vault_dir / "header", header)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_without_wipe_policy_failures_change_nothing(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    before = (vault_dir / "header").read_bytes()
    with pytest.raises(WrongPassphrase) as caught:
        Vault.unlock(vault_dir, "a guess")
    assert caught.value.remaining is None
    assert (vault_dir / "header").read_bytes() == before


def test_format_1_header_is_upgraded_and_keeps_both_keys(tmp_path: Path) -> None:
    target = tmp_path / "old"
    shutil.copytree(DATA / "vault-header1", target)
    recovery = (DATA / "vault-header1.recovery.txt").read_text().strip()
    passphrase = "vault-header1 test passphrase, not secret"
    with Vault.unlock_with_recovery(target, recovery) as opened:  # upgraded with the key alone
        assert len(titles(opened)) == 4
    assert isinstance(keys.read_header(target / "header"), header2.Header)
    for _ in range(2):  # the carried slot is rewrapped at the first passphrase unlock
        with Vault.unlock(target, passphrase) as opened:
            assert len(titles(opened)) == 4
    with Vault.unlock_with_recovery(target, recovery) as opened:
        protection.set_duress(opened, passphrase, DURESS, kdf=FAST_KDF)
    Vault.unlock(target, passphrase).close()


def test_passphrase_is_normalised(vault_dir: Path) -> None:
    composed = "Қайрат жәрдем йогурт ұшқыр"
    decomposed = "Қайрат жәрдем и\u0306огурт ұшқыр"  # й typed as и + breve
    Vault.create(vault_dir, decomposed, kdf=FAST_KDF)[0].close()
    Vault.unlock(vault_dir, composed).close()
    Vault.unlock(vault_dir, decomposed).close()


def test_extra_header_fields_round_trip(vault: Vault, vault_dir: Path) -> None:
    protection.set_header_extra(vault, "generation", 7)
    protection.set_duress(vault, PASSPHRASE, DURESS, kdf=FAST_KDF)
    vault.change_passphrase("yet another passphrase ok", kdf=FAST_KDF)
    assert protection.header_extra(vault) == {"generation": 7}
    vault.close()
    header = keys.read_header(vault_dir / "header")
    assert isinstance(header, header2.Header)
    data = bytearray(header.sealed_blob)
    data[20] ^= 1
    header.sealed_blob = bytes(data)
    keys.write_header(vault_dir / "header", header)
    with pytest.raises(VaultDamaged, match="sealed"):
        Vault.unlock(vault_dir, "yet another passphrase ok")


def test_duress_unlock_runs_one_key_derivation_like_a_normal_one(
    made: str, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real = keys.KdfParams.derive
    monkeypatch.setattr(
        keys.KdfParams, "derive", lambda self, s, salt: calls.append(1) or real(self, s, salt)
    )
    Vault.unlock(vault_dir, PASSPHRASE).close()
    assert len(calls) == 1
    Vault.unlock(vault_dir, DURESS).close()
    assert len(calls) == 2  # the empty vault's slot was prepared when duress was set
    with Vault.unlock(vault_dir, DURESS) as again:
        assert titles(again) == []


def test_the_duress_passphrase_survives_a_replacement_of_every_key(
    made: str, vault_dir: Path
) -> None:
    """Replacing the keys after a compromise must not quietly take the duress passphrase
    away: after `rekey` it still empties the vault, and the old recovery key opens
    nothing."""
    new = "a whole new passphrase for after the raid"
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        assert protection.status(opened).duress
        recovery = opened.rekey(new, kdf=FAST_KDF)
        assert protection.status(opened).duress
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(vault_dir, made)
    with Vault.unlock(vault_dir, new) as opened:  # the new passphrase opens the cases
        assert titles(opened) == ["Detained at the march"]
    with Vault.unlock(vault_dir, DURESS) as emptied:  # and the duress one still empties
        assert titles(emptied) == []
    for secret in (new, PASSPHRASE):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, secret)
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(vault_dir, recovery)
