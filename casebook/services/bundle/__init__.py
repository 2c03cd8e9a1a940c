"""Bundles: cases (and their evidence) for a partner, as one signed, encrypted age file.

export_bundle(vault, case_ids, recipients, out)     write a bundle
inspect_bundle(vault, path)                         check it, say what would change
import_bundle(vault, path, plan=...)                check again and apply
list_conflicts / resolve_conflict                   cases both sides changed
"""

from __future__ import annotations

from casebook.services.bundle.export import ExportReport, export_bundle, internal_cases
from casebook.services.bundle.format import BundleError, Cancelled
from casebook.services.bundle.importer import (
    CasePlan,
    ImportPlan,
    ImportResult,
    UnknownSender,
    import_bundle,
    inspect_bundle,
)
from casebook.services.bundle.merge import (
    CONFLICT,
    KEPT,
    NEW,
    UNCHANGED,
    UPDATED,
    Conflict,
    cases_in_conflict,
    differences,
    list_conflicts,
    resolve_conflict,
)

__all__ = [
    "BundleError", "Cancelled", "CasePlan", "Conflict", "ExportReport", "ImportPlan",
    "ImportResult", "UnknownSender", "CONFLICT", "KEPT", "NEW", "UNCHANGED", "UPDATED",
    "cases_in_conflict", "differences", "export_bundle", "import_bundle", "inspect_bundle",
    "internal_cases", "list_conflicts", "resolve_conflict",
]  # fmt: skip
