"""Bundle figures (issues 14 and 19): export and import of a format 2 bundle (padding and
signatures included) next to the same cryptographic work done by the stock tools.

    export   casebook bundle export (+ sync)
             vs. `age -d` of each stored evidence file, through `tar c`, into `age -r`
             (+ sync): the vault keeps evidence encrypted, so a bundle must decrypt and
             re-encrypt; and, as the lower bound, plain `tar c | age -r` of the originals
    import   casebook bundle import, one pass (+ sync)
             vs. `age -d | tar x` followed by `age -r` of each member into the store
             (+ sync)

Ratios are Casebook's time over the stock pipeline's (<= 1.0 meets the aim). The vaults
are synthetic, made with cheap KDF parameters (the KDF is not what is measured); inputs
and stock-tool outputs live in a temporary directory removed afterwards. The stock
baselines write the decrypted evidence to that directory, as a user doing it by hand
would (tar needs files).
Size: CASEBOOK_BENCH_BUNDLE_MIB (default 1024) in 4 evidence files. Runs: best of
CASEBOOK_BENCH_BUNDLE_ROUNDS (default 3).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

MIB = 1024 * 1024
SIZE_MIB = int(os.environ.get("CASEBOOK_BENCH_BUNDLE_MIB", "1024"))
ROUNDS = int(os.environ.get("CASEBOOK_BENCH_BUNDLE_ROUNDS", "3"))
FILES = 4


def _generate(path: Path, size: int) -> None:
    """Incompressible bytes (a rotated random block), as a video would be."""
    block = os.urandom(4 * MIB)
    with open(path, "wb") as f:
        left, shift = size, 0
        while left:
            chunk = block[shift:] + block[:shift]
            f.write(chunk[: min(left, len(chunk))])
            left -= min(left, len(chunk))
            shift = (shift + 4099) % len(block)


def _best(run: Callable[[], None], before: Callable[[], None] | None = None) -> float:
    times = []
    for _ in range(ROUNDS):
        if before is not None:
            before()
        os.sync()
        t0 = time.perf_counter()
        run()
        os.sync()
        times.append(time.perf_counter() - t0)
    return min(times)


def _sh(script: str) -> None:
    subprocess.run(["bash", "-c", "set -eo pipefail\n" + script], check=True)


def main() -> None:
    from casebook.domain.model import Case
    from casebook.services import bundle, evidence, identity, partners
    from casebook.services.cases import save_case
    from casebook.vault.keys import KdfParams
    from casebook.vault.vault import Vault

    if not shutil.which("age"):
        print("bundle bench skipped: the stock 'age' binary is not installed")
        return
    cheap = KdfParams(memory_kib=1024, iterations=1, lanes=1)
    work = Path(tempfile.mkdtemp(prefix="casebook-bench-bundle-"))
    try:
        a, _ = Vault.create(work / "a", "bench passphrase a", kdf=cheap, organisation="A")
        b, _ = Vault.create(work / "b", "bench passphrase b", kdf=cheap, organisation="B")
        partners.add_partner(a, "B", identity.own_card(b), confirmed=True)
        partners.add_partner(b, "A", identity.own_card(a), confirmed=True)
        case = Case(title="Bench", sensitivity="partners")
        save_case(a, case)
        src = work / "src"
        src.mkdir()
        for n in range(FILES):
            path = src / f"video-{n}.bin"
            _generate(path, SIZE_MIB * MIB // FILES)
            evidence.import_file(a, case.id, path)
        rows = a.conn.execute("SELECT file_id, identity FROM evidence").fetchall()
        keys = work / "keys"
        keys.mkdir()
        for file_id, key in rows:
            (keys / f"{file_id}.key").write_text(key + "\n")
        recipient = identity.own_card(b).recipient
        b_key = work / "b.key"
        b_key.write_text(str(b.age_identity()) + "\n")
        out = work / "bundle.age"

        def export() -> None:
            out.unlink(missing_ok=True)
            bundle.export_bundle(a, [case.id], ["B"], out)

        t_export = _best(export)
        plain = work / "plain"
        stock_out = work / "stock.age"
        decrypt_each = " && ".join(
            f"age -d -i {keys / f'{fid}.key'} -o {plain / fid} {a.evidence_dir / f'{fid}.age'}"
            for fid, _ in rows
        )

        def stock_export() -> None:
            shutil.rmtree(plain, ignore_errors=True)
            plain.mkdir()
            _sh(f"{decrypt_each}\ntar c -C {plain} . | age -r {recipient} -o {stock_out}")

        t_stock_export = _best(stock_export)
        t_tar_age = _best(lambda: _sh(f"tar c -C {src} . | age -r {recipient} -o {stock_out}"))

        def reset_b() -> None:
            for (cid,) in b.conn.execute("SELECT id FROM cases").fetchall():
                from casebook.services.cases import delete_case

                delete_case(b, cid)
            with b.transaction() as conn:
                conn.execute("DELETE FROM bundles_received")
                conn.execute("DELETE FROM case_tombstones")

        t_import = _best(lambda: bundle.import_bundle(b, out), reset_b)
        into = work / "into"
        store = work / "store"

        def stock_import() -> None:
            for d in (into, store):
                shutil.rmtree(d, ignore_errors=True)
                d.mkdir()
            _sh(
                f"age -d -i {b_key} {out} | tar x -C {into}\n"
                f"for f in {into}/evidence/*.bin; do age -r {recipient} -o {store}/$(basename $f)"
                f".age $f; done"
            )

        t_stock_import = _best(stock_import)
        a.close()
        b.close()
        size = out.stat().st_size
        print(f"bundle of {SIZE_MIB} MiB of evidence in {FILES} files, format 2, "
              f"{size / MIB:.1f} MiB on disk (padding included); best of {ROUNDS}")  # fmt: skip
        print(f"  export  casebook {t_export:6.2f} s | age -d each | tar c | age -r "
              f"{t_stock_export:6.2f} s | ratio {t_export / t_stock_export:4.2f}x (aim <= 1.0x)"
              f" | plain tar c | age -r {t_tar_age:6.2f} s (lower bound, "
              f"{t_export / t_tar_age:4.2f}x)")  # fmt: skip
        print(f"  import  casebook {t_import:6.2f} s | age -d | tar x; age -r each "
              f"{t_stock_import:6.2f} s | ratio {t_import / t_stock_import:4.2f}x "
              f"(aim <= 1.0x)")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
