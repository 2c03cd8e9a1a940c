"""Benchmarks: `make bench` runs every bench/bench_*.py module's main(). Never pass/fail."""

import os
from pathlib import Path


def cache_dir() -> Path:
    """Where generated benchmark vaults are kept between runs: $CASEBOOK_BENCH_DIR, by
    default ~/.cache/casebook-bench (synthetic data only)."""
    return Path(os.environ.get("CASEBOOK_BENCH_DIR", Path.home() / ".cache" / "casebook-bench"))
