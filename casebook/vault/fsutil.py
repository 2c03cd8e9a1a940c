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
    raises, the temporary file is removed and `path` is left as it was.

    The temporary name is random and must be new (O_EXCL): in a shared folder a file or
    link planted under a predictable name would otherwise receive the data. An error
    about the temporary file is raised about `path`, the file the caller asked for."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except OSError as exc:
        raise _about(exc, tmp, path) from None
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        rename(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename == str(tmp):
            raise _about(exc, tmp, path) from None
        raise
    fsync_dir(path.parent)


def _about(exc: OSError, tmp: Path, path: Path) -> OSError:
    """The same error about `path` when it was about `tmp` (a name the user never gave,
    and which no longer exists)."""
    if exc.filename != str(tmp) or exc.errno is None:
        return exc
    return OSError(exc.errno, exc.strerror, str(path))


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data` (see `atomic_writer`)."""
    with atomic_writer(path, mode) as f:
        f.write(data)


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
