"""Run every benchmark module (bench/bench_*.py) in turn: `python -m bench [NAME...]`.

Each module has a `main()` that prints its figures next to the baseline its issue names.
Give names (e.g. `backup`) to run only those modules.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def modules(selected: list[str]) -> list[str]:
    here = Path(__file__).resolve().parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if selected:
        names = [n for n in names if n.removeprefix("bench_") in selected or n in selected]
    return names


def main(argv: list[str]) -> int:
    for name in modules(argv):
        print(f"== {name}")
        sys.stdout.flush()
        importlib.import_module(f"bench.{name}").main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
