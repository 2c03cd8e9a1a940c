"""Small helpers shared by the evidence service modules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook.i18n import translate
from casebook.vault import evidence_files
from casebook.vault import evidence_store as store
from casebook.vault.errors import NotFound, VaultDamaged
from casebook.vault.vault import Vault


@dataclass(frozen=True)
class EvidenceItem:
    id: str
    case_id: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    imported_at: str
    imported_by: str = ""
    source: str = ""
    description: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    event_ids: tuple[str, ...] = ()


def item_of(row: store.EvidenceRow) -> EvidenceItem:
    return EvidenceItem(
        id=row.id, case_id=row.case_id, original_name=row.original_name,
        media_type=row.media_type, size=row.size, sha256=row.sha256,
        imported_at=row.imported_at, imported_by=row.imported_by, source=row.source,
        description=row.description, metadata=row.metadata, event_ids=row.event_ids,
    )  # fmt: skip


def find_row(vault: Vault, evidence_id: str) -> store.EvidenceRow:
    """The row of an item by id or unambiguous id prefix (NotFound otherwise)."""
    return store.get(vault.conn, store.resolve_id(vault.conn, evidence_id))


def label(evidence_id: str, name: str) -> str:
    """How problems and errors name an item: short id and original file name."""
    return translate("evidence", "evidence {id} ({name})").format(id=evidence_id[:8], name=name)


def stored_file(vault: Vault, row: store.EvidenceRow) -> Path:
    path = evidence_files.final_path(vault, row.file_id)
    if not path.is_file():
        raise VaultDamaged(
            translate(
                "evidence", "{label}: its encrypted file is missing; run 'casebook verify'"
            ).format(label=label(row.id, row.original_name))
        )
    return path


def safe_name(name: str, fallback: str = "unnamed") -> str:
    """A file name without directories or control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if c.isprintable()).strip()
    if base in (".", ".."):
        base = ""
    return base[:255] or fallback


def resolve_events(vault: Vault, case_id: str, event_ids: Iterable[str]) -> tuple[str, ...]:
    """Full ids of events of the case, from ids or unambiguous prefixes."""
    known = [r[0] for r in vault.conn.execute("SELECT id FROM events WHERE case_id=?", (case_id,))]
    found: list[str] = []
    for given in event_ids:
        wanted = given.strip().lower()
        matches = [k for k in known if k == wanted] or [k for k in known if k.startswith(wanted)]
        if len(matches) != 1 or len(wanted) < 4:
            raise NotFound(
                translate(
                    "evidence", "{given!r} is not an event of case {case_id} (or is ambiguous)"
                ).format(given=given, case_id=case_id[:8])
            )
        if matches[0] not in found:
            found.append(matches[0])
    return tuple(found)
