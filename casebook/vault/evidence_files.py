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

import sqlcipher3

from casebook.vault import layout, page_journal
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


QUARANTINE = "quarantine"


GENERATION_SUFFIX = ".gen-"  # older databases a backup keeps: DB.gen-N (see backup)


def generation_prefix(folder: Path) -> str:
    """The names of the older databases a backup in `folder` keeps begin with this."""
    return layout.database_name(folder) + GENERATION_SUFFIX


def kept_by_generations(vault: Vault) -> set[str]:
    """Evidence file names the older generations kept in a backup refer to: in a
    backup they are neither orphans nor strays."""
    names: set[str] = set()
    main = layout.database_path(vault.path)
    others = [*vault.path.glob(generation_prefix(vault.path) + "*"), main]
    if len(others) == 1:
        return names  # a working vault, or a backup that keeps no generation yet
    for path in others:
        if path == vault.db_path:
            continue
        if path.name.endswith(page_journal.PAGES):  # a generation kept as a page journal
            try:
                names.update(page_journal.read(path, vault.data_key()).files)
            except (OSError, page_journal.JournalError):
                pass  # under other keys or damaged: it keeps nothing
            continue
        conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{vault.data_key().hex()}'\"")
            rows = conn.execute("SELECT file_id FROM evidence").fetchall()
        except sqlcipher3.DatabaseError:
            continue  # under other keys or damaged: it keeps nothing
        finally:
            conn.close()
        names.update(f"{r[0]}{SUFFIX}" for r in rows)
    return names


def quarantine_dir(vault: Vault) -> Path:
    return vault.path / QUARANTINE


def remove_orphans(vault: Vault) -> list[str]:
    """Tidy evidence/ of files without a row; returns their names.

    The write order is: temporary file, fsync, rename, then the row. A temporary file
    that nobody holds locked is an import that never finished: it is removed. A complete
    file without a row is never deleted: it may be the evidence of a newer database that
    an older copy replaced. It moves to quarantine/ (still encrypted), where `verify`
    lists it and `casebook evidence quarantine` restores or purges it. Files that a
    running import still holds locked are left alone.
    """
    directory = vault.evidence_dir
    if not directory.is_dir():
        return []
    kept = kept_by_generations(vault)
    moved = []
    for entry in sorted(directory.iterdir()):
        if not entry.is_file() or entry.name in kept or _known(vault, entry.name):
            continue
        if _locked_by_someone(entry) or _known(vault, entry.name):
            continue
        if entry.name.startswith(".") or not entry.name.endswith(SUFFIX):
            entry.unlink(missing_ok=True)  # an unfinished write: never a whole item
        else:
            _to_quarantine(vault, entry)
        moved.append(entry.name)
    if moved:
        fsync_dir(directory)
    return moved


def _to_quarantine(vault: Vault, entry: Path) -> None:
    target_dir = quarantine_dir(vault)
    target_dir.mkdir(mode=0o700, exist_ok=True)
    target = target_dir / entry.name
    if target.exists():  # the same name twice: keep both
        target = target_dir / f"{entry.stem}.{secrets.token_hex(4)}{SUFFIX}"
    os.replace(entry, target)
    fsync_dir(target_dir)


def quarantined(vault: Vault) -> list[Path]:
    """The files in quarantine/, by name."""
    directory = quarantine_dir(vault)
    if not directory.is_dir():
        return []
    return [e for e in sorted(directory.iterdir()) if e.is_file()]


def file_id_of(name: str) -> str:
    """The evidence file id a (quarantined) file name carries."""
    return name.removesuffix(SUFFIX).split(".")[0]


def _known(vault: Vault, name: str) -> bool:
    if name.startswith(".") or not name.endswith(SUFFIX):
        return False
    row = vault.conn.execute(
        "SELECT 1 FROM evidence WHERE file_id = ?", (name.removesuffix(SUFFIX),)
    ).fetchone()
    return row is not None


def stray_files(vault: Vault) -> list[str]:
    """Names in evidence/ that belong to no row (for verify; normally none). A temporary
    file that an import is writing (it holds the lock) is not one."""
    directory = vault.evidence_dir
    if not directory.is_dir():
        return []
    kept = kept_by_generations(vault)
    return [
        e.name
        for e in sorted(directory.iterdir())
        if e.name not in kept
        and not _known(vault, e.name)
        and not (e.name.startswith(".") and _locked_by_someone(e))
    ]


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
