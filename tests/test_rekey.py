"""Rekey: a new data key, new slots and recovery key; a kill never leaves it unopenable."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services import backup
from casebook.services.cases import save_case
from casebook.services.evidence import import_file
from casebook.services.rekey import replace_all_keys
from casebook.services.verify import verify_vault
from casebook.vault import rekey
from casebook.vault.errors import VaultDamaged, WrongPassphrase
from casebook.vault.layout import DATABASE
from casebook.vault.vault import Vault
from tests.bundle_support import cases_of
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.test_evidence_support import make_case, write

NEW = "a whole new passphrase after the raid 42"
SECRET = "Written-After-Rekey-Aigerim"


def _recovery_of(vault_dir: Path) -> str:
    return (vault_dir.parent / "recovery.txt").read_text()


@pytest.fixture
def keyed(vault_dir: Path) -> Vault:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF, organisation="Org")
    (vault_dir.parent / "recovery.txt").write_text(recovery)
    return vault


def test_old_header_and_passphrase_cannot_read_what_is_written_after(
    keyed: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    case = make_case(keyed)
    import_file(keyed, case.id, write(tmp_path / "photo.txt", b"the photo"))
    before = cases_of(keyed)
    old_header = (vault_dir / "header").read_bytes()
    old_recovery = _recovery_of(vault_dir)

    recovery = replace_all_keys(keyed, PASSPHRASE, NEW, FAST_KDF)
    assert cases_of(keyed) == before and verify_vault(keyed) == []
    save_case(keyed, Case(title=SECRET))
    keyed.close()

    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(vault_dir, old_recovery)
    stolen = tmp_path / "stolen"
    shutil.copytree(vault_dir, stolen)
    (stolen / "header").write_bytes(old_header)  # the copy the attacker kept
    with pytest.raises(VaultDamaged):
        Vault.unlock(stolen, PASSPHRASE)
    raw = b"".join(p.read_bytes() for p in vault_dir.rglob("*") if p.is_file())
    assert SECRET.encode() not in raw

    with Vault.unlock(vault_dir, NEW) as again:
        assert SECRET in {c["title"] for c in cases_of(again).values()}
        assert verify_vault(again) == []
    with Vault.unlock_with_recovery(vault_dir, recovery) as again:
        assert verify_vault(again) == []
    assert sorted(p.name for p in vault_dir.iterdir()) == [DATABASE, "evidence", "header"]


def test_rekey_checks_the_current_passphrase_and_changes_nothing_when_wrong(
    keyed: Vault, vault_dir: Path
) -> None:
    header = (vault_dir / "header").read_bytes()
    with pytest.raises(WrongPassphrase):
        replace_all_keys(keyed, "not the passphrase", NEW, FAST_KDF)
    assert (vault_dir / "header").read_bytes() == header
    with pytest.raises(ValueError):
        replace_all_keys(keyed, PASSPHRASE, "short", FAST_KDF)
    keyed.close()
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_the_next_backup_after_rekey_replaces_the_old_one_under_new_keys(
    keyed: Vault, tmp_path: Path
) -> None:
    case = make_case(keyed)
    import_file(keyed, case.id, write(tmp_path / "photo.txt", b"the photo"))
    dest = tmp_path / "usb"
    backup.backup(keyed, dest)
    replace_all_keys(keyed, PASSPHRASE, NEW, FAST_KDF)
    backup.backup(keyed, dest)
    expected = cases_of(keyed)
    keyed.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(dest, PASSPHRASE)
    with Vault.unlock(dest, NEW) as copy:
        assert cases_of(copy) == expected and verify_vault(copy) == []


def test_leftovers_of_an_interrupted_rekey_are_settled(keyed: Vault, vault_dir: Path) -> None:
    keyed.close()
    (rekey.new_database(vault_dir)).write_bytes(b"half a copy")
    (vault_dir / rekey.NEW_HEADER).write_bytes(b"{}")
    with Vault.unlock(vault_dir, PASSPHRASE) as again:  # the swap had not happened
        assert verify_vault(again) == []
    assert not (rekey.new_database(vault_dir)).exists()
    assert not (vault_dir / rekey.NEW_HEADER).exists()


def test_cli_rekey_prints_the_new_recovery_key_once(cli, keyed: Vault, vault_dir: Path) -> None:
    keyed.close()
    stdin = f"{PASSPHRASE}\n{PASSPHRASE}\n{NEW}\n"
    result = cli("--vault", str(vault_dir), "rekey", stdin=stdin)
    assert result.code == 0, result.err
    assert "Recovery key" in result.out and "old passphrase" in result.out
    key = next(w for w in result.out.split() if w.count("-") == 7)
    Vault.unlock_with_recovery(vault_dir, key).close()
    assert cli("--vault", str(vault_dir), "case", "list", stdin=NEW + "\n").code == 0
    assert cli("--vault", str(vault_dir), "case", "list").code == 3


CHILD = """
import sys
from pathlib import Path
from casebook.services.rekey import replace_all_keys
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault
old, new = sys.argv[2], sys.argv[3]
vault = Vault.unlock(Path(sys.argv[1]), old)
print("ready", flush=True)
replace_all_keys(vault, old, new, KdfParams(memory_kib=256, iterations=1, lanes=1))
vault.close()
print("done", flush=True)
"""

KILLS = 52


def _child(path: Path, old: str, new: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), old, new],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


@pytest.mark.slow
def test_sigkill_at_random_moments_of_rekey_leaves_a_vault_that_opens(
    keyed: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    case = make_case(keyed)
    for i in range(3):
        import_file(keyed, case.id, write(tmp_path / f"f{i}.bin", os.urandom(200_000)))
    for i in range(300):
        save_case(keyed, Case(title=f"case {i}", summary="words " * 200))
    expected = cases_of(keyed)
    keyed.close()
    # one run to learn how long a rekey takes here
    timing = tmp_path / "timing"
    shutil.copytree(vault_dir, timing)
    proc = _child(timing, PASSPHRASE, NEW)
    t0 = time.perf_counter()
    out, _ = proc.communicate(timeout=120)
    window = time.perf_counter() - t0
    assert "done" in out
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    seen = {PASSPHRASE: 0, NEW: 0}
    passphrases = [PASSPHRASE, NEW]
    for _ in range(KILLS):
        proc = _child(vault_dir, passphrases[0], passphrases[1])
        time.sleep(rng.uniform(0, window * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        opened_with = None
        for candidate in passphrases:
            try:
                vault = Vault.unlock(vault_dir, candidate)
            except WrongPassphrase:
                continue
            opened_with = candidate
            break
        assert opened_with is not None, "the vault opens with neither passphrase"
        with vault:
            assert verify_vault(vault) == []
            assert cases_of(vault) == expected
        seen[opened_with] += 1
        if opened_with != passphrases[0]:
            passphrases.reverse()  # the rekey went through: next time from the new one
    assert sum(seen.values()) == KILLS
    print("rekey kills: opened with the old keys", seen[PASSPHRASE], "the new", seen[NEW])
