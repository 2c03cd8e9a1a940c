"""A backup killed at random moments (SIGKILL) leaves the previous backup intact.

A child process runs the backup; the test kills it at a random moment once the vault
is open, then opens the backup and checks it completely: it must verify and hold
either the previous state or the new one, never a mix. A later backup then completes.
"""

from __future__ import annotations

import io
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
from casebook.services import backup, evidence
from casebook.services.cases import delete_case, save_case
from casebook.services.verify import verify_vault
from casebook.vault.vault import Vault
from tests.bundle_support import cases_of
from tests.conftest import FAST_KDF, PASSPHRASE

KILLS = 8
CHILD = """
import sys, time
from pathlib import Path
from casebook.services import backup, evidence
from casebook.vault.vault import Vault
vault = Vault.unlock(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
print("ready", flush=True)
t0 = time.perf_counter()
backup.backup(vault, Path(sys.argv[2]))
print("done", time.perf_counter() - t0, flush=True)
"""


def _fill(vault: Vault, n: int, tag: str, evidence_each: int = 0) -> list[str]:
    """Cases with some text, and `evidence_each` files of 256 KiB in each."""
    ids = []
    for i in range(n):
        case = Case(title=f"{tag} case {i}", sensitivity="partners", summary="x" * 20_000)
        save_case(vault, case)
        for j in range(evidence_each):
            data = io.BytesIO(os.urandom(256 * 1024))
            evidence.import_stream(vault, case.id, data, original_name=f"{tag}-{i}-{j}.bin")
        ids.append(case.id)
    return ids


def _evidence(vault: Vault) -> dict[str, tuple[str, int]]:
    return {
        e.id: (e.sha256, e.size) for c in cases_of(vault) for e in evidence.list_evidence(vault, c)
    }


def _child(source: Path, dest: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(source), str(dest)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _state(path: Path) -> tuple[dict[str, dict[str, object]], dict[str, tuple[str, int]]]:
    """Cases and evidence of a vault that must verify completely (files, custody)."""
    with Vault.unlock(path, PASSPHRASE) as opened:
        assert verify_vault(opened) == []
        return cases_of(opened), _evidence(opened)


@pytest.mark.slow
def test_killed_backups_leave_the_previous_backup_intact(tmp_path: Path) -> None:
    source, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    old_ids = _fill(source, 30, "old", evidence_each=1)
    pristine = tmp_path / "pristine"
    backup.backup(source, pristine)
    old = (cases_of(source), _evidence(source))
    for case_id in old_ids[::3]:
        delete_case(source, case_id)
    _fill(source, 30, "new", evidence_each=1)
    new = (cases_of(source), _evidence(source))
    source.close()

    # one full run to learn how long a backup takes here
    timing = tmp_path / "timing"
    shutil.copytree(pristine, timing)
    proc = _child(source.path, timing)
    out, _ = proc.communicate(timeout=120)
    window = float(out.split()[-1])
    assert _state(timing) == new

    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    seen = {"old": 0, "new": 0}
    for i in range(KILLS):
        dest = tmp_path / f"kill-{i}"
        shutil.copytree(pristine, dest)
        proc = _child(source.path, dest)
        time.sleep(rng.uniform(0, window * 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        got = _state(dest)
        assert got in (old, new), f"kill {i}: the backup holds neither state"
        seen["old" if got == old else "new"] += 1
        with Vault.unlock(source.path, PASSPHRASE) as again:
            backup.backup(again, dest)  # the next backup completes over the leftovers
        assert _state(dest) == new
        # nothing left behind: no snapshot being written, no journal
        assert not [p for p in dest.rglob("*") if p.name.startswith(".")]
    assert sum(seen.values()) == KILLS


@pytest.mark.slow
def test_a_killed_first_backup_is_no_vault_and_the_next_one_completes(tmp_path: Path) -> None:
    source, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    _fill(source, 20, "only", evidence_each=1)
    expected = (cases_of(source), _evidence(source))
    source.close()
    timing = tmp_path / "timing"
    proc = _child(source.path, timing)
    window = float(proc.communicate(timeout=120)[0].split()[-1])
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    for i in range(3):
        dest = tmp_path / f"first-{i}"
        proc = _child(source.path, dest)
        time.sleep(rng.uniform(0, window * 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        if (dest / "header").exists():  # finished before the kill: then it is complete
            assert _state(dest) == expected
        with Vault.unlock(source.path, PASSPHRASE) as again:
            backup.backup(again, dest)
        assert _state(dest) == expected
