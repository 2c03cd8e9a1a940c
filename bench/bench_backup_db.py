"""Database backup and verify figures (issue 19), on the generated vault of bench_vault
(CASEBOOK_BENCH_CASES cases, default 100,000; cached under $CASEBOOK_BENCH_DIR):

- full backup  vs  `cp -r` of the vault folder + `sync`            (aim <= 2x)
- backup after a one-case change, and after 1,000 changed cases, same baseline, with
  what each wrote (the kept generation's journal: the pages replaced)
                                                   (aim: grows with the change)
- `verify` (daily: page HMACs, quick_check, references)                (aim <= 30 s)
- `verify --full` (integrity_check), for comparison

The vault that is backed up is the `cp -r` copy itself, so the cached vault is never
changed. Medians of CASEBOOK_BENCH_ROUNDS runs (default 3), each ending with `sync`.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.bench_vault import N_CASES, PASSPHRASE, big_vault
from casebook.domain.model import Case
from casebook.services import backup
from casebook.services.cases import get_case, save_case
from casebook.services.verify import verify_vault
from casebook.vault import keys
from casebook.vault.layout import database_path
from casebook.vault.vault import Vault

ROUNDS = int(os.environ.get("CASEBOOK_BENCH_ROUNDS", "3"))


def _timed(fn: object) -> float:
    os.sync()
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    os.sync()
    return time.perf_counter() - t0


def _row(label: str, ours: float, base: float, base_label: str, aim: str) -> None:
    print(f"{label:<38} {ours:7.2f} s   {base_label:<20} {base:7.2f} s   "
          f"ratio {ours / base:6.2f}   aim {aim}")  # fmt: skip


def _round(source: Path, root: Path, dek: bytes) -> tuple[float, ...]:
    """(cp -r, full backup, backup with nothing changed, backup after one change, after
    1,000 changed cases; bytes kept for the one change, for the 1,000)."""
    work = Path(tempfile.mkdtemp(prefix="backup-db-", dir=root))
    copy, dest = work / "vault", work / "backup"
    try:
        t_cp = _timed(lambda: subprocess.run(["cp", "-r", str(source), str(copy)], check=True))
        with Vault(copy, dek) as vault:
            t_full = _timed(lambda: backup.backup(vault, dest))
            t_none = _timed(lambda: backup.backup(vault, dest))
            save_case(vault, Case(title="one change"))
            t_small = _timed(lambda: backup.backup(vault, dest))
            small = _newest_kept(dest)
            ids = [r[0] for r in vault.conn.execute("SELECT id FROM cases LIMIT 1000")]
            for case_id in ids:
                case = get_case(vault, case_id)
                case.summary += " (changed)"
                save_case(vault, case)
            t_large = _timed(lambda: backup.backup(vault, dest))
            large = _newest_kept(dest)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return t_cp, t_full, t_none, t_small, t_large, small, large


def _newest_kept(dest: Path) -> float:
    """Bytes of the newest kept generation: what the last backup replaced."""
    from casebook.services.backup_generations import generations

    return float(generations(dest)[0][1].stat().st_size)


def main() -> None:
    source = big_vault()
    root = source.parent
    dek = keys.unlock_passphrase(keys.read_header(source / "header"), PASSPHRASE)
    rounds = [_round(source, root, dek) for _ in range(ROUNDS)]
    cp, full, none, small, large, small_bytes, large_bytes = (
        [r[i] for r in rounds] for i in range(7)
    )
    base = statistics.median(cp)
    print(f"{N_CASES:,} cases, database {database_path(source).stat().st_size / 1e6:.0f} MB "
          f"(medians of {ROUNDS})")  # fmt: skip
    _row("full backup", statistics.median(full), base, "cp -r + sync", "<= 2x")
    _row("backup after a one-case change", statistics.median(small), base, "cp -r + sync",
         "grows with the change")  # fmt: skip
    _row("backup after 1,000 changed cases", statistics.median(large), base, "cp -r + sync",
         "grows with the change")  # fmt: skip
    print(f"{'  pages replaced (kept generation)':<38} one case "
          f"{statistics.median(small_bytes) / 1e6:.2f} MB, 1,000 cases "
          f"{statistics.median(large_bytes) / 1e6:.1f} MB, of a "
          f"{database_path(source).stat().st_size / 1e6:.0f} MB database")  # fmt: skip
    _row("backup, nothing changed", statistics.median(none), base, "cp -r + sync", "-")
    with Vault(source, dek) as vault:
        daily = _timed(lambda: verify_vault(vault, full=False))
        complete = _timed(lambda: verify_vault(vault, full=True))
    print(f"{'verify (daily)':<38} {daily:7.2f} s   aim <= 30 s at 100,000 cases")
    print(f"{'verify --full (integrity_check)':<38} {complete:7.2f} s")
