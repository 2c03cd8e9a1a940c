"""Small file-system helpers for crash-safe writes."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_writer(
    path: Path, mode: int = 0o600, *, rename: Callable[[Path, Path], object] = os.replace
) -> Iterator[BinaryIO]:
    """A new file that takes the place of `path` once it is complete: written under a
    temporary name beside it, fsynced, renamed with `rename(temporary, path)` (which may
    do more, in a transaction say), then the directory fsynced. If the body or `rename`
    raises, the temporary file is removed and `path` is left as it was."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        rename(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data` (see `atomic_writer`)."""
    with atomic_writer(path, mode) as f:
        f.write(data)


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
