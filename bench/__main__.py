"""Run every benchmark module (bench/bench_*.py), or those named on the command line.

python -m bench              # all
python -m bench vault gui    # bench_vault and bench_gui only

Each module runs in a process of its own: what one leaves behind (the Qt application
object the PDF renderer creates, SQLCipher's process-wide cipher_memory_security, the
page cache of the files it read) must not change or crash the next one. A module that
fails is reported and the others still run; the exit code is then 1.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if argv:
        names = [n for n in names if n.removeprefix("bench_") in argv or n in argv]
    failed = []
    for name in names:
        print(f"\n=== {name} ===", flush=True)
        t0 = time.perf_counter()
        code = f"import bench.{name} as m; m.main()"
        done = subprocess.run([sys.executable, "-c", code], cwd=here.parent, check=False)
        print(f"({name} took {time.perf_counter() - t0:.1f} s)", flush=True)
        if done.returncode != 0:
            print(f"!!! {name} failed with exit code {done.returncode}", flush=True)
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
