"""`casebook case update`: a casebook-case document as a new version of an existing case.

The document goes through the same checks as an import (schema, validation), must be
the case it claims to update, and must not take ids of another case's people or
events. Nothing is written when anything is wrong, or when nothing changed. The new
version is recorded in the case's history (origin "update").
"""

from __future__ import annotations

from casebook.domain.interchange import case_to_dict
from casebook.domain.model import utc_now
from casebook.domain.validation import validate_case
from casebook.i18n import translate
from casebook.services.bundle import merge
from casebook.services.bundle.fields import FieldChange, changes
from casebook.services.bundle.format import BundleError
from casebook.services.cases import get_case, parse_case_json, resolve_case_id
from casebook.vault import cases as repo
from casebook.vault.errors import VaultError
from casebook.vault.vault import Vault


class UpdateError(VaultError):
    """The document cannot update that case; the message says why."""


def update_case_json(vault: Vault, case_id: str, text: str | bytes) -> list[FieldChange]:
    """Apply the document as a new version of case `case_id`; returns what changed (an
    empty list when nothing did, and then nothing is written)."""
    case_id = resolve_case_id(vault, case_id)
    new = parse_case_json(text)
    validate_case(new)
    if new.id != case_id:
        raise UpdateError(
            translate(
                "cases", "the document is case {found}, not case {wanted}; nothing was changed"
            ).format(found=new.id[:8], wanted=case_id[:8])
        )
    _refuse_foreign_ids(vault, new)
    old = get_case(vault, case_id)
    found = changes(case_to_dict(old), case_to_dict(new))
    if not found:
        return []
    new.created = old.created
    new.updated = utc_now()
    with vault.transaction() as conn:
        repo.save_case(conn, new)
        merge.record_version(conn, case_id, merge.case_hash(new), "update",
                             base=merge.case_hash(old))  # fmt: skip
    return found


def _refuse_foreign_ids(vault: Vault, case: object) -> None:
    from casebook.services.bundle.importer import _refuse_foreign_ids as refuse

    try:
        refuse(vault.conn, case)  # type: ignore[arg-type]
    except BundleError:
        raise UpdateError(
            translate(
                "cases",
                "the document uses ids of people or events of another case; nothing was changed",
            )
        ) from None
