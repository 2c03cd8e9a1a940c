"""Evidence files on disk: names, writing in progress, and removal of files without a row.

Files are named by random ids (never a hash of their content). A file being written
is ``.<file id>.tmp``; the writer holds an advisory lock on it from creation until its
database row is committed, so another process that opens the vault meanwhile does not
take it for an orphan.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from casebook.vault.fsutil import fsync_dir

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no locks, orphans removed on open
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from casebook.vault.vault import Vault

SUFFIX = ".age"


def new_file_id() -> str:
    return secrets.token_hex(16)


def final_path(vault: Vault, file_id: str) -> Path:
    return vault.evidence_dir / f"{file_id}{SUFFIX}"


def temp_path(vault: Vault, file_id: str) -> Path:
    return vault.evidence_dir / f".{file_id}.tmp"


def create_temp(path: Path) -> BinaryIO:
    """Create a new temporary evidence file, readable by the user only, and lock it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    out = os.fdopen(fd, "wb", buffering=1 << 20)
    if fcntl is not None:
        fcntl.flock(out.fileno(), fcntl.LOCK_EX)
    return out


def finish_temp(out: BinaryIO, temp: Path, final: Path) -> None:
    """Flush and fsync the temporary file, then rename it; the lock stays held."""
    out.flush()
    os.fsync(out.fileno())
    os.replace(temp, final)
    fsync_dir(final.parent)


def _locked_by_someone(path: Path) -> bool:
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True  # vanished meanwhile: leave it to whoever moved it
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def remove_orphans(vault: Vault) -> list[str]:
    """Delete evidence files (and temporary files) without a row; returns their names.

    The write order is: temporary file, fsync, rename, then the row. A crash between
    the rename and the commit leaves a file without a row, which goes here. Files that
    a running import still holds locked are left alone.
    """
    directory = vault.evidence_dir
    if not directory.is_dir():
        return []
    removed = []
    for entry in sorted(directory.iterdir()):
        if not entry.is_file() or _known(vault, entry.name):
            continue
        if _locked_by_someone(entry) or _known(vault, entry.name):
            continue
        entry.unlink(missing_ok=True)
        removed.append(entry.name)
    if removed:
        fsync_dir(directory)
    return removed


def _known(vault: Vault, name: str) -> bool:
    if name.startswith(".") or not name.endswith(SUFFIX):
        return False
    row = vault.conn.execute(
        "SELECT 1 FROM evidence WHERE file_id = ?", (name.removesuffix(SUFFIX),)
    ).fetchone()
    return row is not None


def stray_files(vault: Vault) -> list[str]:
    """Names in evidence/ that belong to no row (for verify; normally none)."""
    directory = vault.evidence_dir
    if not directory.is_dir():
        return []
    return [e.name for e in sorted(directory.iterdir()) if not _known(vault, e.name)]


# --- the size an age file must have ----------------------------------------------------

CHUNK = 64 * 1024
NONCE = 16
TAG = 16
MAX_HEADER = 64 * 1024


def header_length(path: Path) -> int | None:
    """Length of the age header (up to and including the MAC line), or None if unreadable."""
    try:
        with open(path, "rb") as f:
            start = f.read(MAX_HEADER)
    except OSError:
        return None
    marker = start.find(b"\n--- ")
    if marker < 0:
        return None
    end = start.find(b"\n", marker + 1)
    return end + 1 if end >= 0 else None


def expected_size(header: int, plaintext: int) -> int:
    """Size of an age file with a header of `header` bytes holding `plaintext` bytes."""
    chunks = max(1, -(-plaintext // CHUNK))
    return header + NONCE + plaintext + chunks * TAG
