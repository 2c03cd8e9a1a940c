"""Unlock timing: the real passphrase, the duress passphrase and a wrong one (issue 13).

The duress check must cost what a normal unlock costs, so that the time taken does not
tell which slot matched: every unlock stretches the passphrase once and tries every slot.
After a duress match the vault's keys are destroyed and a new empty vault is made; the
duress passphrase was stretched under the new vault's salt when it was set, so no second
key derivation runs then. The figures show the whole duress unlock apart. The same holds
where an open vault asks for its passphrase again (change of passphrase, Protection,
Replace all keys: protection.check_current), measured the same way.

Baseline: the real passphrase (ratio 1.00). Median of RUNS unlocks each, with the KDF
parameters a vault gets here (calibrated, about 1 s), or CASEBOOK_BENCH_KDF=fast for a
quick run at test parameters.

    CASEBOOK_BENCH_RUNS=5 CASEBOOK_BENCH_KDF=fast python -m bench duress
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from casebook.vault import keys, protection
from casebook.vault.errors import WrongPassphrase
from casebook.vault.vault import Vault

RUNS = int(os.environ.get("CASEBOOK_BENCH_RUNS", "20"))
REAL = "real passphrase for the benchmark, seven words"
DURESS = "duress passphrase for the benchmark, six"


def _params() -> keys.KdfParams:
    if os.environ.get("CASEBOOK_BENCH_KDF") == "fast":
        return keys.KdfParams(8 * 1024, 1, 1)
    return keys.calibrate()


def _median(action: Callable[[], None]) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        action()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    params = _params()
    with tempfile.TemporaryDirectory(prefix="casebook-bench-duress-") as tmp:
        root = Path(tmp)
        vault, _recovery = Vault.create(root / "v", REAL, kdf=params)
        protection.set_duress(vault, REAL, DURESS, kdf=params)
        vault.close()
        path = root / "v"
        header = keys.read_header(path / "header")

        def check(passphrase: str) -> Callable[[], None]:
            return lambda: header.try_passphrase(passphrase)  # type: ignore[union-attr]

        def wrong() -> None:
            try:
                Vault.unlock(path, "a wrong guess at the passphrase")
            except WrongPassphrase:
                pass

        def real() -> None:
            Vault.unlock(path, REAL).close()

        counter = iter(range(10**6))

        def armed() -> Path:
            target = root / f"d{next(counter)}"
            fresh, _r = Vault.create(target, REAL, kdf=params)
            protection.set_duress(fresh, REAL, DURESS, kdf=params)
            fresh.close()
            return target

        def duress() -> None:  # each run on a fresh copy: the first one destroys the keys
            target = armed()
            t0 = time.perf_counter()
            Vault.unlock(target, DURESS).close()
            duress_times.append(time.perf_counter() - t0)

        def asked_again() -> dict[str, float]:
            """check_current on an open vault: real, wrong, duress (on a fresh copy)."""
            found: dict[str, list[float]] = {"real": [], "wrong": [], "duress": []}
            opened = Vault.unlock(path, REAL)
            for _ in range(RUNS):
                for name, typed in (("real", REAL), ("wrong", "a wrong guess")):
                    t0 = time.perf_counter()
                    try:
                        protection.check_current(opened, typed)
                    except WrongPassphrase:
                        pass
                    found[name].append(time.perf_counter() - t0)
                target = Vault.unlock(armed(), REAL)
                t0 = time.perf_counter()
                protection.check_current(target, DURESS)
                found["duress"].append(time.perf_counter() - t0)
                target.close()
            opened.close()
            return {name: statistics.median(times) for name, times in found.items()}

        checks = {name: _median(check(p)) for name, p in
                  (("real", REAL), ("duress", DURESS), ("wrong", "a wrong guess"))}  # fmt: skip
        base = _median(real)
        wrong_t = _median(wrong)
        duress_times: list[float] = []
        for _ in range(RUNS):
            duress()
        full_duress = statistics.median(duress_times)
        again = asked_again()
    print(f"KDF {params}, median of {RUNS}")
    print("slot check alone (what decides which slot matched):")
    for name, t in checks.items():
        print(f"  {name:7s} {t * 1000:8.1f} ms   ratio to real {t / checks['real']:.2f}")
    print("whole unlock (Vault.unlock):")
    print(f"  real    {base * 1000:8.1f} ms   ratio 1.00 (baseline)")
    print(f"  wrong   {wrong_t * 1000:8.1f} ms   ratio {wrong_t / base:.2f}")
    print(f"  duress  {full_duress * 1000:8.1f} ms   ratio {full_duress / base:.2f} "
          "(check + destroy + a new empty database; no second key derivation)")  # fmt: skip
    print("asked again in an open vault (protection.check_current):")
    for name, t in again.items():
        print(f"  {name:7s} {t * 1000:8.1f} ms   ratio to real {t / again['real']:.2f}")


if __name__ == "__main__":
    main()
