"""Appeal operations used by both the GUI and the CLI: settings per case, building,
rendering, exporting, and keeping every appeal sent in the vault."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from casebook.domain import texts
from casebook.domain.appeal import FORMATS, AppealDocument, AppealSettings
from casebook.domain.appeal_builder import CheckedAppeal, check_appeal
from casebook.domain.model import Case, new_id, utc_now
from casebook.domain.phrases import APPEAL_LANGS
from casebook.domain.redaction import Finding
from casebook.i18n import translate
from casebook.services.appeals.earlier import resolve_earlier
from casebook.services.appeals.library import choice_for, library_mapping, phrases
from casebook.services.cases import get_case, resolve_case_id
from casebook.services.changes import Changes
from casebook.vault import appeals as repo
from casebook.vault import partials
from casebook.vault.db import Connection
from casebook.vault.vault import Vault

EXTENSIONS = {"pdf": "pdf", "docx": "docx", "html": "html", "md": "md"}
_KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile(r"[а-яА-ЯёЁ]")


class InternalCaseError(Exception):
    """The case is marked internal; exporting it needs an explicit confirmation."""


class AppealFormatError(ValueError):
    pass


class UnresolvedFindingsError(Exception):
    """The pre-publication check found spans the user has not decided on yet."""

    def __init__(self, findings: tuple[Finding, ...]) -> None:
        self.findings = findings
        super().__init__(
            translate(
                "appeals",
                "{count} doubtful mention(s) of a person who may not be named are not resolved"
                " (see 'casebook appeal ID --check'; decide with --redact/--keep, or export"
                " anyway with --accept-findings, which redacts them)",
            ).format(count=len(findings))
        )


class FallbackError(Exception):
    """--strict: some case text has no version in the appeal's language."""

    def __init__(self, lang: str, fields: list[str]) -> None:
        self.lang = lang
        self.fields = fields
        super().__init__(
            translate("appeals", "no {lang} version of: {fields}; nothing was written").format(
                lang=lang, fields="; ".join(fields)
            )
        )


def fallback_fields(case: Case, doc: AppealDocument) -> list[str]:
    """The fields of an appeal that fell back to their original, named for people."""
    out = []
    for use in doc.fallbacks():
        case_id, _, key = use.field.rpartition(":")
        name = texts.describe(case, texts.TextPath.parse(key))
        if case_id and case_id != case.id:
            name = translate("appeals", "earlier incident: {field}").format(field=name)
        out.append(name)
    return out


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    sha256: str
    size: int
    appeal_id: str
    reference: str
    document: AppealDocument
    changes: Changes


# --- settings ---------------------------------------------------------------------


def default_settings(case: Case) -> AppealSettings:
    """Settings for a case that has none yet: the case's own demands (library entries
    where they are one), and the language its title is written in."""
    text = case.title + case.summary
    lang = "kk" if _KAZAKH.search(text) else "ru" if _CYRILLIC.search(text) else "en"
    if case.language != "en" and case.language in APPEAL_LANGS:
        lang = case.language  # the case's own language, where it is not the default
    return AppealSettings(lang=lang, demands=tuple(choice_for(d) for d in case.demands))


def load_settings(vault: Vault, case_id: str, case: Case | None = None) -> AppealSettings:
    """The appeal choices kept for a case, or the defaults for it. `case` is the stored
    case if the caller has it already (the defaults are made from it)."""
    case_id = resolve_case_id(vault, case_id)
    stored = repo.get_settings(vault.conn, case_id)
    if stored is None:
        if case is None or case.id != case_id:
            case = get_case(vault, case_id)
        return default_settings(case)
    return AppealSettings.from_dict(json.loads(stored))


def default_lang(vault: Vault, settings: AppealSettings) -> str:
    """The language a document is written in when none is asked for: a letter in its
    addressee's language, a UN submission in English (a UN working language), otherwise
    the case's choice; always one the type is written in."""
    from casebook.domain.doc_types import DOC_TYPES
    from casebook.vault.outreach import find_addressee

    langs = DOC_TYPES[settings.doc_type].langs
    if settings.doc_type == "letter" and settings.addressee:
        found = find_addressee(vault.conn, settings.addressee)
        if found is not None and found.language in langs:
            return found.language
    if settings.doc_type == "un-submission":
        return "en"
    return settings.lang if settings.lang in langs else langs[0]


def for_case(settings: AppealSettings) -> AppealSettings:
    """The settings as kept for the case: without what belongs to one document only."""
    return replace(settings, doc_type="urgent", follows="", addressee="")


def save_settings(vault: Vault, case_id: str, settings: AppealSettings) -> Changes:
    """Keep the appeal choices of a case (demands, concern, addressees, ...)."""
    case_id = resolve_case_id(vault, case_id)
    data = json.dumps(settings.to_dict(), ensure_ascii=False)
    with vault.transaction() as conn:
        repo.put_settings(conn, case_id, data, utc_now())
    return Changes(appeals=True, case_ids=(case_id,))


def next_reference(vault: Vault, today: date | None = None) -> str:
    """The next free reference number of the year: UA-2025-001, UA-2025-002, ..."""
    prefix = f"UA-{(today or date.today()).year}-"
    used = [r.removeprefix(prefix) for r in repo.references_with_prefix(vault.conn, prefix)]
    numbers = [int(u) for u in used if u.isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


# --- building and rendering ---------------------------------------------------------


def build_document(
    vault: Vault, case: Case, settings: AppealSettings, *, today: date | None = None
) -> AppealDocument:
    """The document of `settings.doc_type` as it would be issued today (redacted;
    nothing is written). DocumentRefused when this type cannot be made from this case
    (a UN submission for a victim who did not agree to be named to the government, an
    update with no earlier appeal, a language the type is not written in)."""
    return build_checked(vault, case, settings, today=today).document


def build_checked(
    vault: Vault, case: Case, settings: AppealSettings, *, today: date | None = None
) -> CheckedAppeal:
    """The document as it would be issued today, with the findings of the
    pre-publication check (every span replaced, every doubtful one with its decision;
    nothing written). Every document type goes through the same check."""
    from casebook.services.appeals import doc_types as types

    shaping = types.prepare(vault, case, settings, today)
    checked = check_appeal(
        shaping.case, settings, phrases(settings.lang), library_mapping(),
        issued=today or date.today(),
        issuer=vault.get_meta("organisation") or "—",
        reference=settings.reference or next_reference(vault, today),
        earlier=resolve_earlier(vault, settings.earlier),
        shape=shaping.shape,
    )  # fmt: skip
    return replace(checked, document=shaping.finish(checked.document))


def check_case(
    vault: Vault, case_id: str, settings: AppealSettings | None = None,
    *, today: date | None = None,
) -> CheckedAppeal:  # fmt: skip
    """The pre-publication check of a case's appeal, with its kept (or given) settings."""
    case = get_case(vault, case_id)
    settings = settings or load_settings(vault, case.id, case)
    return build_checked(vault, case, settings, today=today)


def decide_findings(vault: Vault, case_id: str, decisions: Mapping[str, str]) -> Changes:
    """Keep the user's answers ("redact" or "keep", by finding key) with the appeal
    settings of the case, so the same text is not asked about again."""
    case_id = resolve_case_id(vault, case_id)
    settings = load_settings(vault, case_id)
    return save_settings(vault, case_id, settings.with_decisions(decisions))


def render(doc: AppealDocument, fmt: str) -> bytes:
    """The document in one format, in memory."""
    if fmt == "pdf":
        from casebook.services.appeals.pdf import render_pdf

        return render_pdf(doc)
    if fmt == "docx":
        from casebook.services.appeals.docx import render_docx

        return render_docx(doc)
    if fmt == "html":
        from casebook.services.appeals.html import render_html

        return render_html(doc).encode("utf-8")
    if fmt == "md":
        return render_text(doc).encode("utf-8")
    raise AppealFormatError(
        translate("appeals", "unknown format {fmt!r}; use one of {formats}").format(
            fmt=fmt, formats=", ".join(FORMATS)
        )
    )


def render_text(doc: AppealDocument) -> str:
    from casebook.services.appeals.markdown import render_markdown

    return render_markdown(doc)


def format_for_path(path: Path) -> str | None:
    ext = path.suffix.lower().lstrip(".")
    return {"markdown": "md", "htm": "html"}.get(ext, ext) if ext else None


def suggested_filename(doc: AppealDocument, fmt: str) -> str:
    """A file name that says nothing about the case: reference and language only."""
    ref = re.sub(r"[^A-Za-z0-9-]+", "-", doc.reference).strip("-") or "appeal"
    return f"appeal-{ref}-{doc.lang}.{EXTENSIONS[fmt]}"


# --- exporting and keeping ------------------------------------------------------------


def export_appeal(
    vault: Vault, case_id: str, fmt: str, path: Path, *,
    settings: AppealSettings | None = None, confirmed: bool = False,
    today: date | None = None, regenerated_from: str = "", accept_findings: bool = False,
    strict: bool = False,
) -> ExportResult:  # fmt: skip
    """Build, render and write the appeal of a case, and keep it in the vault.

    `path` may be a directory: the file then gets `suggested_filename`. A case marked
    internal raises InternalCaseError unless `confirmed`. The file is written atomically
    in its own directory, inside the transaction that keeps the appeal, so a failed
    write keeps nothing. Doubtful findings of the pre-publication check that the user
    has not decided on raise UnresolvedFindingsError unless `accept_findings` (they are
    then redacted). `strict`: FallbackError, and nothing written, when a case text has no
    version in the appeal's language."""
    if fmt not in FORMATS:
        raise AppealFormatError(
            translate("appeals", "unknown format {fmt!r}; use one of {formats}").format(
                fmt=fmt, formats=", ".join(FORMATS)
            )
        )
    vault.refuse_inside(path)  # before a reference number is taken
    case = get_case(vault, case_id)
    if case.sensitivity == "internal" and not confirmed:
        raise InternalCaseError(
            translate(
                "appeals",
                "this case is marked 'internal only'; confirm that this appeal may leave "
                "the organisation (on the command line: --force)",
            )
        )
    settings = settings or load_settings(vault, case.id, case)
    checked = build_checked(vault, case, settings, today=today)
    if strict and (missing := fallback_fields(case, checked.document)):
        raise FallbackError(settings.lang, missing)  # before a reference number is taken
    if checked.unresolved and not accept_findings:
        raise UnresolvedFindingsError(checked.unresolved)
    if not settings.reference:
        settings = replace(settings, reference=next_reference(vault, today))
        save_settings(vault, case.id, for_case(settings))
    doc = build_document(vault, case, settings, today=today)
    return _write_kept(vault, case.id, settings, doc, fmt, path, regenerated_from)


def export_kept(vault: Vault, appeal_id: str, fmt: str, path: Path) -> ExportResult:
    """The exact document of a kept appeal, again, in any format (nothing is rebuilt)."""
    vault.refuse_inside(path)
    kept = get_kept(vault, appeal_id)
    doc = AppealDocument.from_dict(json.loads(kept.document))
    settings = AppealSettings.from_dict(json.loads(kept.settings))
    _refuse_withdrawn_names(vault, kept.case_id, settings, json.loads(kept.document))
    return _write_kept(vault, kept.case_id, settings, doc, fmt, path, kept.regenerated_from)


def _refuse_withdrawn_names(
    vault: Vault, case_id: str, settings: AppealSettings, document: object
) -> None:
    """A kept appeal is written again exactly as it was, unless it names someone who may
    no longer be named (consent withdrawn since): then DocumentRefused names who."""
    from casebook.domain.doc_types import DocumentRefused
    from casebook.domain.names import Forbidden, Matcher
    from casebook.domain.redaction import allowed_names, effective_consent, forbidden_strings
    from casebook.vault.errors import NotFound

    try:
        case = get_case(vault, case_id)
    except NotFound:  # the case is gone: nothing to compare with
        return
    people = list(case.people)
    if settings.doc_type == "un-submission":  # victims who agreed are named there
        agreed = {p.id for p in people if p.un_consent.send_to_government is True}
        people = [replace(p, consent="named") if p.id in agreed else p for p in people]
    forbidden = [
        Forbidden(p.id, "", tuple(forbidden_strings(p)))
        for p in people
        if effective_consent(p) != "named"
    ]
    matcher = Matcher(forbidden, allowed=allowed_names(people))
    found: dict[str, None] = {}
    for text in _strings(document):
        for hit in matcher.find(text):
            if hit.certain and hit.owner:
                found[hit.owner] = None
    if found:
        names = ", ".join(p.display_name() for p in people if p.id in found)
        raise DocumentRefused(
            translate(
                "appeals",
                "this kept appeal names {names}, who may not be named now; build it "
                "again from the case as it is now ('casebook appeals regenerate')",
            ).format(names=names)
        )


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def regenerate(
    vault: Vault, appeal_id: str, fmt: str, path: Path, *,
    confirmed: bool = False, today: date | None = None, accept_findings: bool = False,
) -> ExportResult:  # fmt: skip
    """The appeal built again from the case as it is now, with the kept settings."""
    kept = get_kept(vault, appeal_id)
    settings = AppealSettings.from_dict(json.loads(kept.settings))
    return export_appeal(
        vault, kept.case_id, fmt, path, settings=settings, confirmed=confirmed,
        today=today, regenerated_from=kept.id, accept_findings=accept_findings,
    )  # fmt: skip


def _write_kept(
    vault: Vault, case_id: str, settings: AppealSettings, doc: AppealDocument,
    fmt: str, path: Path, regenerated_from: str,
) -> ExportResult:  # fmt: skip
    if fmt not in FORMATS:
        raise AppealFormatError(
            translate("appeals", "unknown format {fmt!r}; use one of {formats}").format(
                fmt=fmt, formats=", ".join(FORMATS)
            )
        )
    data = render(doc, fmt)
    path = Path(path)
    if path.is_dir():
        path = path / suggested_filename(doc, fmt)
    vault.refuse_inside(path)
    digest = hashlib.sha256(data).hexdigest()
    record = repo.FileRecord(fmt, digest, len(data), utc_now())
    kept: list[str] = []

    def keep_and_rename(part: Path, target: Path) -> None:
        # The appeal is kept in the transaction that puts the file in place (a failed
        # write keeps nothing); the named partial is recorded apart (vault/partials.py).
        with vault.transaction() as conn:
            kept.append(_keep(conn, case_id, settings, doc, regenerated_from))
            repo.add_file(conn, kept[0], record)
            os.replace(part, target)

    path.parent.mkdir(parents=True, exist_ok=True)
    with partials.writer(vault, path, 0o600, rename=keep_and_rename) as out:
        out.write(data)
    os.chmod(path, 0o600)
    appeal_id = kept[0]
    changes = Changes(appeals=True, case_ids=(case_id,))
    return ExportResult(path, fmt, digest, len(data), appeal_id, doc.reference, doc, changes)


def _keep(
    conn: Connection, case_id: str, settings: AppealSettings, doc: AppealDocument, parent: str
) -> str:
    """The id of the kept appeal for this exact document and settings: the newest one of
    the case when it is the same, else a new one."""
    document = json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True)
    settings_json = json.dumps(settings.to_dict(), ensure_ascii=False, sort_keys=True)
    latest = repo.latest_appeal(conn, case_id)
    if latest and latest.document == document and latest.settings == settings_json:
        return latest.id
    appeal = repo.KeptAppeal(
        id=new_id(), case_id=case_id, reference=doc.reference, lang=doc.lang,
        settings=settings_json, document=document, text=render_text(doc),
        created=utc_now(), regenerated_from=parent,
    )  # fmt: skip
    repo.insert_appeal(conn, appeal)
    return appeal.id


# --- kept appeals ---------------------------------------------------------------------


def list_kept(vault: Vault, case_id: str) -> list[repo.KeptAppeal]:
    return repo.list_appeals(vault.conn, resolve_case_id(vault, case_id))


def get_kept(vault: Vault, appeal_id: str) -> repo.KeptAppeal:
    return repo.get_appeal(vault.conn, repo.resolve_appeal_id(vault.conn, appeal_id))


def kept_document(vault: Vault, appeal_id: str) -> AppealDocument:
    return AppealDocument.from_dict(json.loads(get_kept(vault, appeal_id).document))


def kept_settings(vault: Vault, appeal_id: str) -> AppealSettings:
    return AppealSettings.from_dict(json.loads(get_kept(vault, appeal_id).settings))
