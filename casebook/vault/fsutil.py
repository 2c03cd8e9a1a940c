"""Small file-system helpers for crash-safe writes."""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Protocol

# The names of temporary files `atomic_writer` gives: ".NAME.<8 hex>.part" beside NAME.
PARTIAL = re.compile(r"\..+\.[0-9a-f]{8}\.part", re.DOTALL)


def partial_name(name: str) -> str:
    return f".{name}.{secrets.token_hex(4)}.part"


def lock_part(fd: int) -> bool:
    """Take the lock that says "being written" on an open partial; False when another
    process holds it. Where there are no such locks (not POSIX), True."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # a file system without locks: nothing to learn from it
    return True


class Partials(Protocol):
    """Where a named temporary file is noted before it is created and forgotten once it
    is gone or renamed (vault/partials.py: encrypted, in the vault), so that what a kill
    leaves is removed later."""

    def note(self, part: Path) -> None: ...

    def forget(self, part: Path) -> None: ...


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
    path: Path, mode: int = 0o600, *, rename: Callable[[Path, Path], object] = os.replace,
    partials: Partials | None = None,
) -> Iterator[BinaryIO]:  # fmt: skip
    """A new file that takes the place of `path` once it is complete: written under a
    temporary name beside it, fsynced, renamed with `rename(temporary, path)` (which may
    do more, in a transaction say), then the directory fsynced. If the body or `rename`
    raises, the temporary file is removed and `path` is left as it was.

    The temporary name is random and must be new (O_EXCL): in a shared folder a file or
    link planted under a predictable name would otherwise receive the data. An error
    about the temporary file is raised about `path`, the file the caller asked for.

    Where the platform can, the file has no name until it is complete (`_unnamed_file`).
    Elsewhere the named temporary file is first noted in `partials` (a plaintext export
    notes it in the vault), so that a kill that leaves it is cleaned up later."""
    unnamed = _unnamed_file(path.parent, mode)
    if unnamed is not None:
        with _linked_when_complete(unnamed, path, rename) as f:
            yield f
        return
    tmp = path.with_name(partial_name(path.name))
    if partials is not None:
        partials.note(tmp)
    try:
        with _named_part(tmp, path, mode, rename) as f:
            yield f
    finally:
        if partials is not None:
            partials.forget(tmp)


@contextmanager
def _named_part(
    tmp: Path, path: Path, mode: int, rename: Callable[[Path, Path], object]
) -> Iterator[BinaryIO]:
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except OSError as exc:
        raise _about(exc, tmp, path) from None
    lock_part(fd)  # while it is written, another opening of the vault leaves it alone
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


def _unnamed_file(directory: Path, mode: int) -> int | None:
    """A file without a name in `directory` (Linux O_TMPFILE): a kill before it is
    linked leaves nothing behind, not even a hidden part of a decrypted export. None
    where the platform or the file system (a FAT USB stick, say) cannot do it."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(directory, flag | os.O_WRONLY, mode)
    except OSError:
        return None


@contextmanager
def _linked_when_complete(
    fd: int, path: Path, rename: Callable[[Path, Path], object]
) -> Iterator[BinaryIO]:
    """Fill the unnamed file, fsync it, then give it a name: `path` itself when nothing
    is there yet, else a random temporary name renamed over `path` at once."""
    tmp: Path | None = None
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
            source = str(f.fileno())
            if rename is os.replace:
                try:
                    _link(source, path)
                except FileExistsError:
                    tmp = _link_beside(source, path)
                    os.replace(tmp, path)
            else:
                tmp = _link_beside(source, path)
                rename(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and tmp is not None and exc.filename == str(tmp):
            raise _about(exc, tmp, path) from None
        raise
    fsync_dir(path.parent)


def _link_beside(source: str, path: Path) -> Path:
    tmp = path.with_name(partial_name(path.name))
    _link(source, tmp)
    return tmp


def _link(fd_name: str, target: Path) -> None:
    """linkat(/proc/self/fd, fd, target, AT_SYMLINK_FOLLOW): a name for an open file.
    (Python calls plain link() unless a directory descriptor is given.)"""
    proc = os.open("/proc/self/fd", os.O_RDONLY)
    try:
        os.link(fd_name, target, src_dir_fd=proc, follow_symlinks=True)
    finally:
        os.close(proc)


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
