"""Evidence: import, read, export, delete, and the custody log of every item.

Public API used by the GUI, the CLI and bundles. Every function takes a `Vault`,
including a worker's `vault.for_thread()` handle. Long operations report progress
from the calling (worker) thread and stop on `cancel.set()` with `Cancelled`,
leaving nothing behind.

Import reads the file once: the same pass hashes it and streams it into an age file
encrypted to an X25519 identity of its own, kept in the database. Write order: temp
file, fsync, rename, then the row in the same transaction as the first custody entry.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from casebook.domain.model import new_id, utc_now
from casebook.domain.validation import ValidationError
from casebook.i18n import translate
from casebook.services import evidence_media as media
from casebook.services.evidence_base import EvidenceItem, find_row, label, safe_name, stored_file
from casebook.services.evidence_base import item_of as _item
from casebook.services.evidence_base import resolve_events as _resolve_events
from casebook.services.evidence_check import verify_evidence
from casebook.services.evidence_clean import CannotClean
from casebook.services.evidence_details import detail_errors, update_evidence_details
from casebook.services.evidence_export import delete_evidence, export_cleaned, export_original
from casebook.services.evidence_meta import extract, identifying, summary
from casebook.services.verify import register
from casebook.vault import custody, evidence_files
from casebook.vault import evidence_store as store
from casebook.vault.custody import CustodyEntry
from casebook.vault.db import Connection
from casebook.vault.errors import NotFound, VaultError
from casebook.vault.evidence_stream import Cancelled, ImportRejected, Tap, encrypt, open_stream
from casebook.vault.vault import Vault

__all__ = [
    "EvidenceItem", "CustodyEntry", "Cancelled", "CannotClean", "Progress", "ImportRejected",
    "import_file", "import_stream", "list_evidence", "get_evidence", "resolve_evidence_id",
    "open_plaintext", "read_bytes", "export_original", "export_cleaned", "delete_evidence",
    "custody_log", "case_custody_log", "append_custody", "verify_evidence",
    "metadata_summary", "can_clean", "update_evidence_details",
]  # fmt: skip

Progress = Callable[[int, int], None]  # (bytes_done, bytes_total); total 0 when unknown

KEEP_FOR_METADATA = 16 * 1024 * 1024  # images and PDFs up to this size are parsed in memory
PREVIEW_LIMIT = 64 * 1024 * 1024
IMPORT_ACTIONS = ("imported", "received")


# --- import ------------------------------------------------------------------------------


def import_file(
    vault: Vault, case_id: str, path: Path | str, *, description: str = "", source: str = "",
    event_ids: Iterable[str] = (), actor: str = "", progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> EvidenceItem:  # fmt: skip
    """Import one file into the case; the original file is left as it is."""
    errors = detail_errors(source, description)
    if errors:
        raise ValidationError(errors)
    path = Path(path)
    if not path.exists():
        raise NotFound(translate("evidence", "{path}: no such file").format(path=path))
    if not path.is_file():
        raise VaultError(
            translate(
                "evidence", "{path} is not a regular file; only files can be imported"
            ).format(path=path)
        )
    with open(path, "rb", buffering=1 << 20) as f:
        total = os.fstat(f.fileno()).st_size
        tap = Tap(f, total=total, progress=progress, cancel=cancel,
                  keep_if=_worth_keeping, keep_limit=KEEP_FOR_METADATA)  # fmt: skip
        return _store(
            vault, case_id, tap, name=path.name, path=path, description=description,
            source=source, event_ids=event_ids, actor=actor, action="imported",
        )  # fmt: skip


def import_stream(
    vault: Vault, case_id: str, reader: BinaryIO, *, original_name: str,
    size: int | None = None, description: str = "", source: str = "",
    event_ids: Iterable[str] = (), actor: str = "", action: str = "imported",
    details: dict[str, Any] | None = None, expected_sha256: str | None = None,
    metadata: dict[str, Any] | None = None, progress: Progress | None = None,
    cancel: threading.Event | None = None, staged: list[Staged] | None = None,
) -> EvidenceItem:  # fmt: skip
    """Import what `reader` yields (bundles use action="received", details naming the
    sender). With `size` or `expected_sha256`, different bytes are rejected with
    ImportRejected and nothing is stored. `metadata` given is stored as it is.
    With `staged`, only the encrypted file is written and its row is appended to
    `staged`: the caller commits it with commit_staged in its own transaction (or
    calls discard_staged); a file left without a row is tidied when the vault opens."""
    tap = Tap(
        reader, total=size or 0, expected_size=size, progress=progress, cancel=cancel,
        keep_if=_worth_keeping if metadata is None else None, keep_limit=KEEP_FOR_METADATA,
    )  # fmt: skip
    return _store(
        vault, case_id, tap, name=original_name, path=None, description=description,
        source=source, event_ids=event_ids, actor=actor, action=action, details=details,
        expected_sha256=expected_sha256, metadata=metadata, staged=staged,
    )  # fmt: skip


@dataclass(frozen=True)
class Staged:
    """An evidence file written to the store whose row is not committed yet. `handle`
    keeps the file locked, so that tidying of files without rows (another window,
    another process opening the vault) leaves it alone until the commit."""

    row: store.EvidenceRow
    action: str
    details: dict[str, Any] | None
    handle: BinaryIO | None = None


KEEP_LOCKED = 512  # staged files held open (and locked) at most, far below the fd limit


def commit_staged(conn: Connection, staged: Iterable[Staged]) -> None:
    """Insert the rows (and first custody entries) of staged imports; inside the
    caller's transaction."""
    for item in staged:
        _insert_import(conn, item.row, item.action, item.details)


def release_staged(staged: Iterable[Staged]) -> None:
    """After the commit: let go of the files' locks."""
    for item in staged:
        if item.handle is not None:
            item.handle.close()


def discard_staged(vault: Vault, staged: Iterable[Staged]) -> None:
    for item in staged:
        evidence_files.final_path(vault, item.row.file_id).unlink(missing_ok=True)
    release_staged(staged)


def _worth_keeping(first: bytes) -> bool:
    kind = media.detect(first)
    return kind.startswith("image/") or kind == "application/pdf"


def _store(
    vault: Vault, case_id: str, tap: Tap, *, name: str, path: Path | None, description: str,
    source: str, event_ids: Iterable[str], actor: str, action: str,
    details: dict[str, Any] | None = None, expected_sha256: str | None = None,
    metadata: dict[str, Any] | None = None, staged: list[Staged] | None = None,
) -> EvidenceItem:  # fmt: skip
    if action not in IMPORT_ACTIONS:
        raise ValueError(f"an import is recorded as one of {IMPORT_ACTIONS}, not {action!r}")
    if staged is None:
        case_id = _resolve_case(vault, case_id)
        events = _resolve_events(vault, case_id, event_ids)
    else:  # the caller commits the case with the row and vouches for the ids
        events = tuple(event_ids)
    identity = pyrage.x25519.Identity.generate()
    file_id = evidence_files.new_file_id()
    temp = evidence_files.temp_path(vault, file_id)
    final = evidence_files.final_path(vault, file_id)
    out = evidence_files.create_temp(temp)
    to_close: BinaryIO | None = out
    committed = False
    try:
        try:
            encrypt(tap, out, identity.to_public())
            _check_announced(tap, expected_sha256)
            kind = media.detect(bytes(tap.head))
            found = metadata if metadata is not None else _metadata(kind, tap, path)
            _raise_if_cancelled(tap)
            evidence_files.finish_temp(out, temp, final)
            row = store.EvidenceRow(
                id=new_id(), case_id=case_id, file_id=file_id, identity=str(identity),
                original_name=safe_name(name), media_type=kind, size=tap.size,
                sha256=tap.hexdigest(), imported_at=utc_now(), imported_by=actor,
                source=source, description=description, metadata=found, event_ids=events,
            )  # fmt: skip
            if staged is not None:
                keep = len(staged) < KEEP_LOCKED
                staged.append(Staged(row, action, details, out if keep else None))
                to_close = None if keep else out  # held (locked) until the caller's commit
            else:
                _commit_import(vault, row, action, details)
            committed = True
        finally:
            if to_close is not None:
                to_close.close()  # releases the lock that kept others from removing it
    except BaseException:
        if not committed:
            temp.unlink(missing_ok=True)
            final.unlink(missing_ok=True)
        raise
    return _item(row)


def _commit_import(
    vault: Vault, row: store.EvidenceRow, action: str, details: dict[str, Any] | None
) -> None:
    with vault.transaction() as conn:
        _insert_import(conn, row, action, details)


def _insert_import(
    conn: Connection, row: store.EvidenceRow, action: str, details: dict[str, Any] | None
) -> None:
    first = {"name": row.original_name, "size": row.size, "sha256": row.sha256,
             "media_type": row.media_type, **(details or {})}  # fmt: skip
    store.insert(conn, row)
    custody.append(conn, row.id, row.case_id, action, row.imported_by, first,
                   time=row.imported_at)  # fmt: skip


def _check_announced(tap: Tap, expected_sha256: str | None) -> None:
    if tap.expected_size is not None and tap.size != tap.expected_size:
        raise ImportRejected(
            translate(
                "evidence",
                "{size} bytes arrived instead of the {expected} announced; nothing was stored",
            ).format(size=tap.size, expected=tap.expected_size)
        )
    if expected_sha256 is not None and tap.hexdigest() != expected_sha256.strip().lower():
        raise ImportRejected(
            translate(
                "evidence",
                "the content does not match its expected SHA-256 (altered or "
                "incomplete); nothing was stored",
            )
        )


def _raise_if_cancelled(tap: Tap) -> None:
    if tap.cancel is not None and tap.cancel.is_set():
        raise Cancelled()


def _metadata(kind: str, tap: Tap, path: Path | None) -> dict[str, Any]:
    if not (kind.startswith("image/") or kind == "application/pdf"):
        return {}
    if tap.kept is not None:
        return extract(kind, bytes(tap.kept))
    if path is not None:  # too large to keep: parsers read just the parts they need
        return extract(kind, path)
    return extract(kind, bytes(tap.head)) if kind.startswith("image/") else {}


def _resolve_case(vault: Vault, case_id: str) -> str:
    from casebook.services.cases import resolve_case_id

    return resolve_case_id(vault, case_id)


# --- reading -----------------------------------------------------------------------------


def resolve_evidence_id(vault: Vault, evidence_id: str) -> str:
    return store.resolve_id(vault.conn, evidence_id)


def list_evidence(vault: Vault, case_id: str) -> list[EvidenceItem]:
    return [_item(r) for r in store.list_for_case(vault.conn, _resolve_case(vault, case_id))]


def get_evidence(vault: Vault, evidence_id: str) -> EvidenceItem:
    """One item by id or unambiguous id prefix (at least 4 characters)."""
    return _item(find_row(vault, evidence_id))


def open_plaintext(
    vault: Vault, evidence_id: str, *, actor: str = "", log: bool = True,
    details: dict[str, Any] | None = None,
) -> BinaryIO:  # fmt: skip
    """A stream of the decrypted bytes, decrypted as it is read; nothing touches disk.

    At the end of the stream the size and SHA-256 are checked (VaultDamaged if they
    differ). Close it when done. Records "opened" in the custody log when `log`.
    """
    row = find_row(vault, evidence_id)
    stream = open_stream(
        stored_file(vault, row), pyrage.x25519.Identity.from_str(row.identity),
        size=row.size, sha256=row.sha256, label=label(row.id, row.original_name),
    )  # fmt: skip
    if log:
        try:
            append_custody(vault, row.id, row.case_id, "opened", actor, details or {})
        except BaseException:
            stream.close()
            raise
    return stream  # type: ignore[return-value]


def read_bytes(
    vault: Vault, evidence_id: str, *, actor: str = "", limit: int = PREVIEW_LIMIT,
    log: bool = True,
) -> bytes:  # fmt: skip
    """The content in memory (for previews): all of it, or the first `limit` bytes."""
    row = find_row(vault, evidence_id)
    with open_plaintext(vault, row.id, actor=actor, log=log, details={"for": "preview"}) as s:
        return s.read() if row.size <= limit else s.read(limit)


def metadata_summary(item: EvidenceItem) -> list[tuple[str, str]]:
    """(label, value) lines of the metadata found in the file, GPS first."""
    return summary(item.metadata)


def identifying_metadata(item: EvidenceItem) -> list[tuple[str, str]]:
    """(label, value) lines of metadata that can place or name someone (GPS position,
    a person's name in EXIF, a document's author); empty when there are none."""
    return identifying(item.metadata)


def can_clean(item: EvidenceItem) -> str:
    """'' when a cleaned copy can be made, else the plain reason why not."""
    from casebook.services.evidence_clean import refusal

    return refusal(item.media_type, item.size)


# --- custody -------------------------------------------------------------------------------


def custody_log(vault: Vault, evidence_id: str) -> list[CustodyEntry]:
    """The custody entries of one item, oldest first (also after it was deleted)."""
    try:
        full = store.resolve_id(vault.conn, evidence_id)
    except NotFound:
        full = store.resolve_logged_id(vault.conn, evidence_id)
    return custody.entries(vault.conn, full)


def case_custody_log(vault: Vault, case_id: str) -> list[CustodyEntry]:
    """Every custody entry of a case's items, deleted ones included, oldest first."""
    return custody.case_entries(vault.conn, case_id)


def append_custody(
    target: Vault | Connection, evidence_id: str, case_id: str, action: str,
    actor: str = "", details: dict[str, Any] | None = None,
) -> CustodyEntry:  # fmt: skip
    """Append a signed entry. With a Vault it gets its own transaction; with a
    connection already in a transaction it joins that one (bundles: "bundled")."""
    if isinstance(target, Vault):
        with target.transaction() as conn:
            return custody.append(conn, evidence_id, case_id, action, actor, details)
    if target.in_transaction:
        return custody.append(target, evidence_id, case_id, action, actor, details)
    target.execute("BEGIN IMMEDIATE")
    try:
        entry = custody.append(target, evidence_id, case_id, action, actor, details)
    except BaseException:
        target.execute("ROLLBACK")
        raise
    target.execute("COMMIT")
    return entry


register(verify_evidence)
