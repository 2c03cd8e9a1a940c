"""Backup and bundle figures (issue 6), each next to its baseline:

- full backup of a vault with 1 GiB of evidence  vs  `cp -r` of the vault directory
- incremental backup after adding one 10 MiB file  vs  the same `cp -r`
- bundle export of the 1 GiB (one case)  vs  `tar c FILES | age -r RECIPIENT`
- (extra) bundle import, both passes, of that bundle

The evidence is random bytes (synthetic, no case data), written once as plain files
for the baseline and imported into a vault made with cheap KDF parameters through the
API. Everything lives in a temporary directory under $CASEBOOK_BENCH_DIR (default
~/.cache/casebook-bench) and is removed afterwards. CASEBOOK_BENCH_BACKUP_MIB sets the
size (default 1024), CASEBOOK_BENCH_ROUNDS the rounds of the full backup (default 3).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import cache_dir
from casebook.domain.model import Case
from casebook.services import backup, bundle, partners
from casebook.services.cases import save_case
from casebook.services.identity import own_card
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault

TOTAL_MIB = int(os.environ.get("CASEBOOK_BENCH_BACKUP_MIB", "1024"))
FILE_MIB = 16
ROUNDS = int(os.environ.get("CASEBOOK_BENCH_ROUNDS", "3"))
BENCH_KDF = KdfParams(256, 1, 1)
PASSPHRASE = "bench passphrase for a synthetic vault"


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _sync() -> None:
    os.sync()  # flush what earlier steps left in the page cache, so each step pays its own


def _write_random(path: Path, mib: int) -> None:
    with open(path, "wb") as f:
        for _ in range(mib):
            f.write(os.urandom(1024 * 1024))


def _make_files(root: Path) -> list[Path]:
    root.mkdir()
    files = []
    for i in range(max(1, TOTAL_MIB // FILE_MIB)):
        path = root / f"evidence-{i:03d}.bin"
        _write_random(path, min(FILE_MIB, TOTAL_MIB))
        files.append(path)
    return files


def _run(cmd: str) -> None:
    subprocess.run(cmd, shell=True, check=True)


def _row(label: str, ours: float, base: float, base_label: str) -> None:
    print(f"{label:<44} {ours:8.2f} s   {base_label:<28} {base:8.2f} s   ratio {ours / base:5.2f}")


def main() -> None:
    from casebook.services import evidence

    root = cache_dir()
    root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="backup-", dir=root))
    try:
        print(f"evidence: {TOTAL_MIB} MiB in files of {FILE_MIB} MiB; work dir {work}")
        files = _make_files(work / "plain")
        vault, _ = Vault.create(work / "vault", PASSPHRASE, kdf=BENCH_KDF, organisation="Bench")
        case = Case(title="Bench case", sensitivity="partners")
        save_case(vault, case)
        t_import = _timed(lambda: [evidence.import_file(vault, case.id, f) for f in files])
        print(f"(import of the evidence: {t_import:.2f} s)")
        cps, fulls = [], []
        for i in range(ROUNDS):  # interleaved; the disk of a shared machine varies a lot
            copy, dest = work / f"cp-copy-{i}", work / ("backup" if i == ROUNDS - 1 else f"b{i}")
            _sync()
            cps.append(_timed(lambda c=copy: _run(f"cp -r '{work / 'vault'}' '{c}' && sync")))
            _sync()
            fulls.append(_timed(lambda d=dest: (backup.backup(vault, d), os.sync())))
            shutil.rmtree(copy)
            if dest.name != "backup":
                shutil.rmtree(dest)
        t_cp, t_full = statistics.median(cps), statistics.median(fulls)
        _row(f"full backup (1 GiB of evidence, median of {ROUNDS})", t_full, t_cp,
             "cp -r vault + sync")  # fmt: skip
        extra = work / "plain" / "extra.bin"
        _write_random(extra, 10)
        evidence.import_file(vault, case.id, extra)
        _sync()
        t_incr = _timed(lambda: backup.backup(vault, work / "backup"))
        _row("incremental backup (+10 MiB file)", t_incr, t_cp, "cp -r vault + sync")
        t_none = _timed(lambda: backup.backup(vault, work / "backup"))
        print(f"{'incremental backup, nothing changed':<44} {t_none:8.2f} s")
        _bundles(vault, case, files, work)
        vault.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _bundles(vault: Vault, case: Case, files: list[Path], work: Path) -> None:
    receiver, _ = Vault.create(work / "receiver", PASSPHRASE, kdf=BENCH_KDF)
    partners.add_partner(vault, "R", own_card(receiver), confirmed=True)
    partners.add_partner(receiver, "S", own_card(vault), confirmed=True)
    recipient = own_card(receiver).recipient
    names = " ".join(f"'{f.name}'" for f in sorted((work / "plain").iterdir()))
    _sync()
    t_tar = _timed(
        lambda: _run(
            f"cd '{work / 'plain'}' && tar c {names} | age -r {recipient} > '{work / 'tar.age'}'"
            " && sync"
        )
    )
    out = work / "bundle.age"
    _sync()
    t_bundle = _timed(lambda: (bundle.export_bundle(vault, [case.id], ["R"], out), os.sync()))
    _row("bundle export (1 GiB + 10 MiB)", t_bundle, t_tar, "tar c | age -r + sync")
    t_import = _timed(lambda: bundle.import_bundle(receiver, out))
    print(f"{'bundle import (check + apply, two passes)':<44} {t_import:8.2f} s")
    receiver.close()


if __name__ == "__main__":
    main()
