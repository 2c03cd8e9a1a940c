"""Evidence figures (issues 3 and 19): importing a 1 GiB file, next to what a careful user
would do by hand on the same file: `openssl dgst -sha256` followed by the stock `age -r`
(two reads) and `sync`. Aim: casebook no slower (time ratio <= 1.0x), and a peak RSS rise
under 64 MiB. Also exporting it back (decrypt + SHA-256 check) next to `age -d` + `sync`
(aim: <= 1.0x). Every figure, ours included, ends with `sync`.

Each run is a separate process so its peak memory (max RSS) can be read; for Casebook
the rise of the peak during the operation is printed too. The input is generated into
a temporary directory (benchmark input, not vault content) and removed afterwards.
Size: CASEBOOK_BENCH_EVIDENCE_MIB (default 1024). Runs: CASEBOOK_BENCH_EVIDENCE_ROUNDS
(default 5), ours and the baseline interleaved, each step started after a `sync`; times
are medians, peaks the highest.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

MIB = 1024 * 1024
SIZE_MIB = int(os.environ.get("CASEBOOK_BENCH_EVIDENCE_MIB", "1024"))
ROUNDS = int(os.environ.get("CASEBOOK_BENCH_EVIDENCE_ROUNDS", "5"))
PASSPHRASE = "bench passphrase for a synthetic vault"
ROOT = Path(__file__).resolve().parent.parent

CASEBOOK = textwrap.dedent(
    """
    import os, sys, threading, time
    from pathlib import Path
    from casebook.services import evidence as ev
    from casebook.vault.vault import Vault

    what, vault_path, case_id, path = sys.argv[1:5]
    vault = Vault.unlock(vault_path, sys.stdin.readline().rstrip("\\n"))
    def status(key):  # KiB, from Linux's /proc
        with open("/proc/self/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith(key))
    def peak():  # this process's own peak (ru_maxrss would include the parent's at fork)
        return status("VmHWM:")
    helper = [0]  # the highest private memory of a helper process (age_parallel), KiB
    stop = threading.Event()
    def watch_helpers():
        while not stop.wait(0.05):
            for task in os.listdir("/proc/self/task"):
                try:
                    with open(f"/proc/self/task/{task}/children") as f:
                        pids = f.read().split()
                    for pid in pids:
                        with open(f"/proc/{pid}/smaps_rollup") as f:
                            own = sum(int(l.split()[1]) for l in f
                                      if l.startswith(("Private_Clean:", "Private_Dirty:")))
                        helper[0] = max(helper[0], own)
                except OSError:
                    pass
    watcher = threading.Thread(target=watch_helpers, daemon=True)
    watcher.start()
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # reset the peak to the current size
    before = status("VmRSS:")
    os.sync()  # what earlier steps left to write is not this step's work
    t0 = time.perf_counter()
    if what == "import":
        item = ev.import_file(vault, case_id, path, progress=lambda d, t: None)
        result = item.id
    else:
        ev.export_original(vault, path, Path(sys.argv[5]))
        result = "-"
    os.sync()
    seconds = time.perf_counter() - t0
    stop.set()
    print(seconds, before, peak(), result, helper[0])
    """
)


def _generate(path: Path) -> None:
    block = os.urandom(16 * MIB)
    with open(path, "wb") as f:
        for i in range(SIZE_MIB // 16):
            f.write(block[i:] + block[:i])
        f.write(block[: (SIZE_MIB % 16) * MIB])


def _timed(cmd: list[str]) -> tuple[float, int]:
    """(seconds, max RSS in KiB) of one external command, read from its own rusage (no
    wrapper process whose start-up would count in the baseline)."""
    os.sync()  # what earlier steps left to write is not this command's work
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - t0
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, cmd)
    return seconds, usage.ru_maxrss


def _casebook(*args: str) -> tuple[float, int, int, str, int]:
    """(seconds inside the process, resident before, peak after in KiB, item id, the
    peak private memory of its decrypting helper process in KiB)."""
    out = subprocess.run(
        [sys.executable, "-c", CASEBOOK, *args], input=PASSPHRASE + "\n",
        capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout.split()  # fmt: skip
    return float(out[0]), int(out[1]), int(out[2]), out[3], int(out[4])


def _prepare_vault(work: Path) -> tuple[Path, str]:
    from casebook.domain.model import Case
    from casebook.services.cases import save_case
    from casebook.vault.keys import KdfParams
    from casebook.vault.vault import Vault

    vault, _ = Vault.create(work / "vault", PASSPHRASE, kdf=KdfParams(256, 1, 1))
    case = Case(title="Bench")
    save_case(vault, case)
    vault.close()
    return work / "vault", case.id


def _delete(vault_path: Path, evidence_id: str) -> None:
    from casebook.services.evidence import delete_evidence
    from casebook.vault.vault import Vault

    with Vault.unlock(vault_path, PASSPHRASE) as vault:
        delete_evidence(vault, evidence_id)


def main() -> None:
    if shutil.which("age") is None or shutil.which("age-keygen") is None:
        print("age is not installed (Debian package 'age'); no baseline to compare with")
        return
    with tempfile.TemporaryDirectory(prefix="casebook-bench-") as tmp:
        work = Path(tmp)
        source = work / "input.bin"
        _generate(source)
        subprocess.run(["age-keygen", "-o", str(work / "key.txt")], check=True,
                       capture_output=True)  # fmt: skip
        recipient = subprocess.run(["age-keygen", "-y", str(work / "key.txt")], check=True,
                                   capture_output=True, text=True).stdout.strip()  # fmt: skip
        vault_path, case_id = _prepare_vault(work)
        _run(work, source, recipient, vault_path, case_id)


def _run(work: Path, source: Path, recipient: str, vault_path: Path, case_id: str) -> None:
    base_in, cb_in, base_out, cb_out = [], [], [], []
    age_file = work / "input.bin.age"
    for _ in range(ROUNDS):
        sha = _timed(["openssl", "dgst", "-sha256", str(source)])
        enc = _timed(["age", "-r", recipient, "-o", str(age_file), str(source)])
        synced = _timed(["sync"])
        base_in.append((sha[0] + enc[0] + synced[0], max(sha[1], enc[1])))
        seconds, before, after, item, helper = _casebook("import", str(vault_path), case_id,
                                                         str(source))  # fmt: skip
        cb_in.append((seconds, after, after - before + helper))
        dec = _timed(["age", "-d", "-i", str(work / "key.txt"), "-o", str(work / "plain.bin"),
                      str(age_file)])  # fmt: skip
        synced = _timed(["sync"])
        base_out.append((dec[0] + synced[0], dec[1]))
        (work / "plain.bin").unlink()
        seconds, before, after, _, helper = _casebook("export", str(vault_path), case_id, item,
                                                      str(work / "export.bin"))  # fmt: skip
        cb_out.append((seconds, after, after - before + helper))
        (work / "export.bin").unlink()
        _delete(vault_path, item)
        age_file.unlink()
    _report("import", _median(base_in), _median(cb_in), "openssl sha256 + age -r")
    _report("export", _median(base_out), _median(cb_out), "age -d")


def _median(runs: list[tuple]) -> tuple:
    """The median time, with the highest of every other figure (peaks)."""
    columns = list(zip(*runs, strict=True))
    return (statistics.median(columns[0]), *(max(col) for col in columns[1:]))


def _report(what: str, base: tuple, ours: tuple, label: str) -> None:
    size = SIZE_MIB * MIB
    print(f"\n{what} of a {SIZE_MIB} MiB file (median of {ROUNDS} interleaved runs)")
    print(f"  {label:<22} {base[0]:6.2f} s  {size / MIB / base[0]:7.0f} MiB/s  "
          f"peak RSS {base[1] / 1024:6.1f} MiB")  # fmt: skip
    print(f"  {'casebook':<22} {ours[0]:6.2f} s  {size / MIB / ours[0]:7.0f} MiB/s  "
          f"peak RSS {ours[1] / 1024:6.1f} MiB (rise during the {what}, with the helper "
          f"process's own pages: {ours[2] / 1024:.1f} MiB; limit 64)")  # fmt: skip
    print(f"  casebook / baseline time: {ours[0] / base[0]:.2f}x "
          f"({'faster' if ours[0] < base[0] else 'slower'}; aim <= 1.00x)")  # fmt: skip
