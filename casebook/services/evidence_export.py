"""Exports (original or cleaned) and deletion of evidence items.

An export is the one place where plaintext reaches the disk, because the user asked
for it there: it is written to an unnamed file (or, where there is none, a hidden
temporary file next to the destination, noted in the vault: vault/partials.py),
checked, fsynced, put in place, and then logged in its custody entry.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from casebook.i18n import translate
from casebook.services.changes import Changes
from casebook.services.evidence_base import find_row, label, safe_name, stored_file
from casebook.services.evidence_clean import CannotClean, clean, refusal
from casebook.vault import custody, evidence_files, partials
from casebook.vault import evidence_store as store
from casebook.vault.errors import VaultDamaged
from casebook.vault.evidence_stream import REPORT_EVERY, Cancelled, Undecryptable, decrypt_into
from casebook.vault.fsutil import fsync_dir
from casebook.vault.vault import Vault

Progress = Callable[[int, int], None]


def destination(vault: Vault, dest: Path | str, name: str) -> Path:
    """The file to write: `dest`, or `name` inside it when `dest` is a directory."""
    path = Path(dest).expanduser()
    if path.is_dir():
        path = path / safe_name(name, "evidence")
    vault.refuse_inside(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _logged_rename(
    vault: Vault, row: store.EvidenceRow, actor: str, details: dict[str, Any]
) -> Callable[[Path, Path], None]:
    """Rename the finished file into place, then log the export."""

    def rename(part: Path, dest: Path) -> None:
        # The named partial is replaced at once (a kill must leave no plaintext beside the
        # target), then logged; a failed log takes the file back out.
        os.replace(part, dest)
        try:
            with vault.transaction() as conn:
                custody.append(conn, row.id, row.case_id, "exported", actor,
                               {"file_name": dest.name, **details})  # fmt: skip
        except BaseException:
            dest.unlink(missing_ok=True)
            raise

    return rename


def export_original(
    vault: Vault, evidence_id: str, dest: Path | str, *, actor: str = "",
    progress: Progress | None = None, cancel: threading.Event | None = None,
) -> Path:  # fmt: skip
    """Write the original, byte-identical; its SHA-256 is checked before it is handed over."""
    row = find_row(vault, evidence_id)
    source = stored_file(vault, row)
    target = destination(vault, dest, row.original_name)
    details = {"copy": "original"}  # and its SHA-256, once checked
    with partials.writer(vault, target, rename=_logged_rename(vault, row, actor, details)) as out:
        out.flush()
        details["sha256"] = _copy_plaintext(source, row, out.fileno(), progress, cancel)
        if os.fstat(out.fileno()).st_size != row.size:  # not linked into place: see above
            raise VaultDamaged(_mismatch(row))
    return target


def _copy_plaintext(source: Path, row: store.EvidenceRow, out: BinaryIO | int,
                    progress: Progress | None, cancel: threading.Event | None) -> str:  # fmt: skip
    """Decrypt the item into `out` (a file descriptor of an empty file: written
    directly, by the decrypting helper process where there is one; or a writer) and
    return its SHA-256, checked against the recorded one."""
    sha = hashlib.sha256()
    done = reported = 0

    def write(data: bytes | memoryview) -> None:
        nonlocal done, reported
        if cancel is not None and cancel.is_set():
            raise Cancelled(translate("evidence", "cancelled; no file was written"))
        if not isinstance(out, int):
            out.write(data)
        done += len(data)
        if progress is not None and done - reported >= REPORT_EVERY:
            reported = done
            progress(done, row.size)

    identity = pyrage.x25519.Identity.from_str(row.identity)
    fd = out if isinstance(out, int) else None
    try:
        decrypt_into(source, identity, write, sha, out_fd=fd)
    except Undecryptable as exc:
        raise VaultDamaged(
            translate("evidence", "{label}: cannot be decrypted ({error})").format(
                label=label(row.id, row.original_name), error=exc
            )
        ) from None
    if done != row.size or sha.hexdigest() != row.sha256:
        raise VaultDamaged(_mismatch(row))
    if progress is not None:
        progress(done, row.size)
    return sha.hexdigest()


def _mismatch(row: store.EvidenceRow) -> str:
    return translate(
        "evidence",
        "{label}: the decrypted file does not match its recorded SHA-256; "
        "nothing was exported. Run 'casebook verify'",
    ).format(label=label(row.id, row.original_name))


def decrypt_in_memory(vault: Vault, row: store.EvidenceRow) -> bytes:
    """All the plaintext of an item in memory, checked against its SHA-256."""
    pieces: list[bytes] = []
    buffer = _ListWriter(pieces)
    _copy_plaintext(stored_file(vault, row), row, buffer, None, None)  # type: ignore[arg-type]
    return b"".join(pieces)


class _ListWriter:
    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces

    def write(self, data: bytes | memoryview) -> int:
        self.pieces.append(bytes(data))  # a view is valid during the call only
        return len(data)


def export_cleaned(vault: Vault, evidence_id: str, dest: Path | str, *, actor: str = "") -> Path:
    """Write a copy without identifying metadata, or raise CannotClean saying why not."""
    row = find_row(vault, evidence_id)
    reason = refusal(row.media_type, row.size)
    if reason:
        raise CannotClean(reason)
    cleaned = clean(row.media_type, decrypt_in_memory(vault, row))
    target = destination(vault, dest, _cleaned_name(row.original_name))
    sha = hashlib.sha256(cleaned).hexdigest()
    details = {"copy": "cleaned", "sha256": sha, "size": len(cleaned)}
    with partials.writer(vault, target, rename=_logged_rename(vault, row, actor, details)) as out:
        out.write(cleaned)
    return target


def _cleaned_name(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}-cleaned.{suffix}" if dot and stem else f"{name}-cleaned"


def delete_evidence(vault: Vault, evidence_id: str, *, actor: str = "") -> Changes:
    """Delete the row (and with it the item's key; secure_delete) and the file.

    The custody log stays, ending with "deleted". Without the key a stray copy of the
    file cannot be decrypted.
    """
    row = find_row(vault, evidence_id)
    with vault.transaction() as conn:
        custody.append(conn, row.id, row.case_id, "deleted", actor, {"name": row.original_name})
        store.delete(conn, row.id)
        custody.reduce_deleted(conn, row.id)  # the log keeps no file name
    evidence_files.final_path(vault, row.file_id).unlink(missing_ok=True)
    fsync_dir(vault.evidence_dir)
    return Changes(evidence=True, case_ids=(row.case_id,))
