"""Small file-system helpers for crash-safe writes."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data`: temporary file, fsync, rename, fsync of the directory.

    The temporary file has a random name and must be new (O_EXCL): in a shared folder a
    file or link planted under a predictable name would otherwise receive the data."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except OSError as exc:
        raise _about(exc, path) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno is not None:
            raise _about(exc, path) from None
        raise
    fsync_dir(path.parent)


def _about(exc: OSError, path: Path) -> OSError:
    """The same error, about the file the caller asked for instead of its temporary name
    (which the user never gave, and which no longer exists)."""
    return OSError(exc.errno, exc.strerror, str(path))


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
