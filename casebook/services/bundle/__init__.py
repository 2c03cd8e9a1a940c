"""Bundles: cases (and their evidence) for a partner, as one signed, encrypted age file.

export_bundle(vault, case_ids, recipients, out)     write a bundle
inspect_bundle(vault, path)                         check it, say what would change
import_bundle(vault, path, plan=...)                check again and apply
list_proposals / accept / reject                    received versions waiting for a person
list_conflicts / resolve_conflict                   the older view of the same (kept working)
"""

from __future__ import annotations

from casebook.services.bundle.export import ExportReport, export_bundle, internal_cases
from casebook.services.bundle.format import BundleError, Cancelled
from casebook.services.bundle.importer import (
    CasePlan,
    ImportPlan,
    ImportResult,
    NotAddressed,
    Replayed,
    UnconfirmedPartner,
    UnknownSender,
    import_bundle,
    inspect_bundle,
)
from casebook.services.bundle.merge import (
    CONFLICT,
    DELETED_HERE,
    DELETED_THERE,
    KEPT,
    NEW,
    PROPOSALS,
    PROTECTED,
    UNCHANGED,
    UNVERIFIED,
    UPDATED,
    Conflict,
    cases_in_conflict,
    differences,
    list_conflicts,
    resolve_conflict,
)
from casebook.services.bundle.proposals import (
    Proposal,
    accept,
    get_proposal,
    list_proposals,
    reject,
)
from casebook.services.bundle.provenance import (
    Origin,
    Version,
    bundle_sender,
    history,
    origin,
)

__all__ = [
    "BundleError", "Cancelled", "CasePlan", "Conflict", "ExportReport", "ImportPlan",
    "ImportResult", "NotAddressed", "Proposal", "Replayed", "UnconfirmedPartner",
    "UnknownSender", "CONFLICT", "DELETED_HERE", "DELETED_THERE", "KEPT", "NEW", "PROPOSALS",
    "PROTECTED", "UNCHANGED", "UNVERIFIED", "UPDATED", "accept", "cases_in_conflict",
    "differences", "export_bundle", "get_proposal", "import_bundle", "inspect_bundle",
    "internal_cases", "list_conflicts", "list_proposals", "reject", "resolve_conflict",
    "Origin", "Version", "bundle_sender", "history", "origin",
]  # fmt: skip
