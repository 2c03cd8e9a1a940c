"""Urgent appeals: build a case into an AppealDocument, render it as PDF, DOCX, HTML or
Markdown, and keep every appeal sent in the vault.

Renderers live in html.py, markdown.py, docx.py and pdf.py (the only Qt user here);
they are imported lazily by `render`, so the command line loads Qt only for PDF.
"""

from casebook.services.appeals.build import (
    ExportResult,
    InternalCaseError,
    UnresolvedFindingsError,
    build_checked,
    build_document,
    check_case,
    decide_findings,
    default_lang,
    default_settings,
    export_appeal,
    export_kept,
    format_for_path,
    get_kept,
    kept_document,
    kept_settings,
    list_kept,
    load_settings,
    next_reference,
    regenerate,
    render,
    render_text,
    save_settings,
    suggested_filename,
)
from casebook.services.appeals.earlier import EarlierEvent, earlier_candidates
from casebook.services.appeals.library import demands_library, phrases

__all__ = [
    "EarlierEvent", "ExportResult", "InternalCaseError", "build_document",
    "default_lang", "default_settings", "demands_library", "earlier_candidates", "export_appeal",
    "export_kept", "format_for_path", "get_kept", "kept_document", "kept_settings",
    "list_kept", "load_settings", "next_reference", "phrases", "regenerate", "render",
    "render_text", "save_settings", "suggested_filename", "UnresolvedFindingsError",
    "build_checked", "check_case", "decide_findings",
]  # fmt: skip
