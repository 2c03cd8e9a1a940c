"""Small helpers shared by the evidence service modules."""

from __future__ import annotations

from pathlib import Path

from casebook.i18n import translate
from casebook.vault import evidence_files
from casebook.vault import evidence_store as store
from casebook.vault.errors import VaultDamaged
from casebook.vault.vault import Vault


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
