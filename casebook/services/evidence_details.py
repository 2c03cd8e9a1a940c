"""What the user says about an evidence item: its source, its description and the events
of the case it belongs to. They may be given at import and changed later; the file, its
size and its SHA-256 never change.

A change is one transaction with a "described" custody entry. The entry names the fields
that changed (and the ids of the events linked afterwards), not the new or old texts: the
custody log is append-only, outlives the item when it is deleted and travels to partners
inside bundles, so a description that named someone by mistake must be correctable
without the mistake staying in a log that can never be cleaned.
"""

from __future__ import annotations

from collections.abc import Iterable

from casebook.domain.validation import (
    MAX_SHORT,
    MAX_TEXT,
    FieldError,
    ValidationError,
    too_long,
)
from casebook.services.evidence_base import EvidenceItem, find_row, item_of, resolve_events
from casebook.vault import custody
from casebook.vault import evidence_store as store
from casebook.vault.vault import Vault

DESCRIBED = "described"
LIMITS = {"source": MAX_SHORT, "description": MAX_TEXT}


def detail_errors(source: str | None = None, description: str | None = None) -> list[FieldError]:
    """Problems with a source or description (None: not given, not checked)."""
    errors = []
    for name, value in (("source", source), ("description", description)):
        if value is not None and len(value) > LIMITS[name]:
            errors.append(FieldError(name, too_long(len(value), LIMITS[name])))
    return errors


def clean_source(text: str) -> str:
    """A source is one line: line breaks become spaces, ends are trimmed."""
    return " ".join(text.splitlines()).strip()


def update_evidence_details(
    vault: Vault,
    evidence_id: str,
    *,
    source: str | None = None,
    description: str | None = None,
    event_ids: Iterable[str] | None = None,
    actor: str = "",
) -> EvidenceItem:
    """Change the source, description or linked events of an item (None: unchanged;
    `event_ids=()` unlinks every event). Events must belong to the item's case, by id or
    unambiguous prefix. Nothing is written when a value is invalid (ValidationError,
    NotFound) or when nothing differs from what is stored (no custody entry then)."""
    if isinstance(event_ids, str):
        event_ids = (event_ids,)
    row = find_row(vault, evidence_id)
    new_source = row.source if source is None else clean_source(source)
    new_description = row.description if description is None else description.rstrip()
    errors = detail_errors(new_source if source is not None else None,
                           new_description if description is not None else None)  # fmt: skip
    if errors:
        raise ValidationError(errors)
    events = row.event_ids if event_ids is None else resolve_events(vault, row.case_id, event_ids)
    changed = [
        name
        for name, same in (
            ("source", new_source == row.source),
            ("description", new_description == row.description),
            ("events", set(events) == set(row.event_ids)),
        )
        if not same
    ]
    if not changed:
        return item_of(row)
    details: dict[str, object] = {"changed": changed}
    if "events" in changed:
        details["event_ids"] = sorted(events)
    with vault.transaction() as conn:
        store.update_details(conn, row.id, new_source, new_description, events)
        custody.append(conn, row.id, row.case_id, DESCRIBED, actor, details)
    return item_of(store.get(vault.conn, row.id))
