"""Plaintext exports where the file cannot be unnamed until it is complete.

An export (evidence, appeals, case files, tables) is the one place where plaintext
reaches the disk. On Linux it is written to an unnamed file (O_TMPFILE) and linked into
place once complete, so a kill leaves nothing. Where that cannot be done (a FAT or exFAT
USB stick, another system) it is written under a hidden temporary name beside the
target, ".NAME.<random>.part". Before that file is created, its path is recorded in the
vault's database (table `partial_files`, migration m0010: encrypted with the rest, so
the record does not say where the user exports to), committed; once the file is renamed
into place or removed the record goes.

Every opening of the vault (each command that unlocks it, the window's unlock) removes
what a kill left: every recorded path whose name is one of ours (`fsutil.PARTIAL`) and
that is a regular file. A record can therefore never delete a file the user made or
named. A record whose folder is not there (a USB stick not plugged in) is kept for a
later opening, and so is a partial still being written by another process (the window
while a command runs): the writer holds a lock on it (`fsutil.lock_part`). A read-only
opening (an older copy put back, issue 12) removes the files but cannot forget the
records; the next writable opening does.

A command that does not open the vault (init, passphrase, language, selftest...) cannot
clean up: the paths are encrypted in the vault, so this waits for the next unlock.
"""

from __future__ import annotations

import os
import stat
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from casebook.i18n import translate
from casebook.vault import db
from casebook.vault.errors import VaultError
from casebook.vault.fsutil import PARTIAL, atomic_writer, lock_part

if TYPE_CHECKING:
    from collections.abc import Callable

    from casebook.vault.vault import Vault

TABLE = "partial_files"


class Recorder:
    """`fsutil.Partials` for one open vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def note(self, part: Path) -> None:
        if self.vault.read_only:
            raise VaultError(
                translate(
                    "vault", "{path}: this drive cannot hold an unfinished file safely, and "
                    "the vault is open read-only, so it cannot note one to remove after a "
                    "crash. Export to a folder on this computer's own disk",
                ).format(path=part.parent)
            )  # fmt: skip
        with self.vault.transaction() as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO {TABLE}(path, created) VALUES (?, datetime('now'))",
                (str(part.absolute()),),
            )

    def forget(self, part: Path) -> None:
        try:
            with self.vault.transaction() as conn:
                conn.execute(f"DELETE FROM {TABLE} WHERE path = ?", (str(part.absolute()),))
        except (VaultError, db.DatabaseError):
            pass  # the next opening removes the record


def writer(
    vault: Vault, path: Path, mode: int = 0o600, *,
    rename: Callable[[Path, Path], object] = os.replace,
) -> AbstractContextManager[BinaryIO]:  # fmt: skip
    """`fsutil.atomic_writer` for a plaintext export out of `vault`."""
    return atomic_writer(path, mode, rename=rename, partials=Recorder(vault))


def write(vault: Vault, path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data`, a plaintext export out of `vault`."""
    with writer(vault, path, mode) as f:
        f.write(data)


def recorded(vault: Vault) -> list[Path]:
    return [path for path, _young in _rows(vault)]


def _rows(vault: Vault) -> list[tuple[Path, bool]]:
    """(path, recorded in the last minute) of every record."""
    try:
        rows = vault.conn.execute(
            f"SELECT path, created > datetime('now', '-60 seconds') FROM {TABLE} ORDER BY path"
        ).fetchall()
    except db.DatabaseError as exc:
        if db.is_damage(exc):
            raise
        return []  # a database from before the table (a worker on an older copy)
    return [(Path(str(r[0])), bool(r[1])) for r in rows]


def tidy(vault: Vault) -> list[Path]:
    """Remove the partial exports a kill left; returns those removed. Records of files
    that are gone are forgotten, unless the vault is read-only. An export under way in
    another process (the window, a second command) is left alone: its file is locked,
    or, in the instant between its record and its file, the record is a minute old at
    most."""
    removed, done = [], []
    for path, young in _rows(vault):
        outcome = _remove(path)
        if outcome is None or (outcome is False and young and not path.exists()):
            continue  # its folder is away, it is being written, or about to be
        done.append(path)
        if outcome:
            removed.append(path)
    if done and not vault.read_only:
        with vault.transaction() as conn:
            conn.executemany(f"DELETE FROM {TABLE} WHERE path = ?", [(str(p),) for p in done])
    return removed


def _remove(path: Path) -> bool | None:
    """True when the partial at `path` was removed, False when there is nothing of ours
    there (the record can go), None when it cannot be told now."""
    if not PARTIAL.fullmatch(path.name) or not path.is_absolute():
        return False  # not a name we give: never touched
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False if path.parent.is_dir() else None
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return False  # a link or a folder of that name is not ours
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return False
    except OSError:
        return None
    try:
        if not lock_part(fd):
            return None  # an export under way holds it
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return None
    finally:
        os.close(fd)
    return True
