"""Rekey and compact figures (issue 12): for the generated vault of bench_vault (100,000
cases, 1,000,000 events) with 1 GiB of evidence, the time of `rekey` (a new data key:
the whole database re-encrypted; evidence files are not touched, their keys move with
the database) and of `compact` after deleting a tenth of the cases. Beside each, the
floor it cannot beat: copying the database file once (rekey), and a plain VACUUM
(compact).

CASEBOOK_BENCH_CASES (default 100000) and CASEBOOK_BENCH_REKEY_MIB (default 1024) make
it smaller. The vault is copied from the cached one into a temporary directory under
$CASEBOOK_BENCH_DIR and removed afterwards.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import time
from pathlib import Path

from bench import cache_dir
from bench.bench_vault import BENCH_KDF, N_CASES, PASSPHRASE, big_vault
from casebook.services.compact import compact
from casebook.services.evidence import import_stream
from casebook.services.rekey import replace_all_keys
from casebook.vault import cases as repo
from casebook.vault.vault import Vault

EVIDENCE_MIB = int(os.environ.get("CASEBOOK_BENCH_REKEY_MIB", "1024"))
NEW = "a new passphrase for the benchmark 42"


def _row(label: str, ours: float, base: float, base_label: str) -> None:
    print(f"{label:<40} {ours:8.2f} s   {base_label:<30} {base:8.2f} s   ratio {ours / base:5.2f}")


def _add_evidence(vault: Vault, mib: int) -> None:
    case_id = vault.conn.execute("SELECT id FROM cases LIMIT 1").fetchone()[0]
    chunk = 64
    for i in range(0, mib, chunk):
        size = min(chunk, mib - i) << 20
        import_stream(vault, case_id, io.BytesIO(os.urandom(size)), original_name=f"v{i}.mp4")


def main() -> None:
    source = big_vault()
    root = cache_dir()
    work = Path(tempfile.mkdtemp(prefix="rekey-", dir=root))
    try:
        path = work / "vault"
        shutil.copytree(source, path)
        vault = Vault.unlock(path, PASSPHRASE)
        _add_evidence(vault, EVIDENCE_MIB)
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db_mib = vault.db_path.stat().st_size / 2**20
        print(f"{N_CASES:,} cases, database {db_mib:.0f} MiB, evidence {EVIDENCE_MIB} MiB")

        t0 = time.perf_counter()
        shutil.copyfile(vault.db_path, work / "copy.db")
        os.sync()
        copy_s = time.perf_counter() - t0
        (work / "copy.db").unlink()
        t0 = time.perf_counter()
        replace_all_keys(vault, PASSPHRASE, NEW, BENCH_KDF)
        rekey_s = time.perf_counter() - t0
        _row("rekey (whole database re-encrypted)", rekey_s, copy_s, "copy of the database file")

        ids = [r[0] for r in vault.conn.execute("SELECT id FROM cases")][::10]
        with vault.transaction() as conn:
            for case_id in ids:
                repo.delete_case(conn, case_id)
        t0 = time.perf_counter()
        vault.conn.execute("VACUUM")
        vacuum_s = time.perf_counter() - t0
        with vault.transaction() as conn:  # free pages again for compact to remove
            for case_id in [r[0] for r in conn.execute("SELECT id FROM cases")][::10]:
                repo.delete_case(conn, case_id)
        t0 = time.perf_counter()
        report = compact(vault)
        compact_s = time.perf_counter() - t0
        _row("compact after deleting a tenth", compact_s, vacuum_s, "plain VACUUM (first tenth)")
        print(f"compact: {report.bytes_before / 2**20:.0f} MiB -> "
              f"{report.bytes_after / 2**20:.0f} MiB")  # fmt: skip
        vault.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
