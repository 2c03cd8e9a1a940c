"""appeal: turn a case into an urgent appeal; appeals: kept appeals and the demands library.

casebook appeal CASE_ID --lang en|ru|kk --format pdf|docx|html|md -o PATH [--force]
    [--accept-findings] [--redact TEXT] [--keep TEXT]
casebook appeal CASE_ID --check [--json]   (exit 0: nothing unresolved, 1: something is)
casebook appeals list CASE_ID | show APPEAL_ID | export APPEAL_ID -o PATH
casebook appeals regenerate APPEAL_ID -o PATH [--format F] [--force]
casebook appeals demands [--lang L]
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from casebook.commands.common import (
    EXIT_USAGE,
    CliError,
    json_flag,
    opened,
    output_path,
    print_json,
)
from casebook.domain.appeal import DOC_TYPES, FORMATS, DemandChoice
from casebook.domain.appeal_builder import CheckedAppeal
from casebook.domain.doc_types import DocumentRefused
from casebook.domain.phrases import APPEAL_LANGS
from casebook.domain.redaction import finding_key, unique_findings
from casebook.i18n import Context, translate
from casebook.lazy import lazy_module

if TYPE_CHECKING:
    from casebook.services import appeals as svc
    from casebook.services.appeals import library
else:  # loaded by the appeal commands only (start-up time)
    svc = lazy_module("casebook.services.appeals")
    library = lazy_module("casebook.services.appeals.library")

cli = Context("cli")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("appeal", help=translate("cli", "produce an urgent appeal from a case"))
    p.add_argument("case_id", metavar="CASE_ID")
    p.add_argument(
        "--lang", choices=APPEAL_LANGS,
        help=translate("cli", "language of the appeal (default: the case's setting)"),
    )  # fmt: skip
    _format_and_output(p, required=False)
    _force(p)
    _check_options(p)
    p.add_argument(
        "--strict", action="store_true",
        help=translate(
            "cli", "refuse (exit 1, nothing written) when a case text has no version in the "
            "appeal's language"
        ),
    )  # fmt: skip
    p.add_argument(
        "--demand", action="append", metavar="KEY_OR_TEXT",
        help=translate(
            "cli", "a demand: a key of 'casebook appeals demands' or your own text (repeatable; "
            "replaces the case's chosen demands for this appeal)",
        ),
    )  # fmt: skip
    p.add_argument(
        "--concern", metavar="TEXT",
        help=translate("cli", "statement of concern for this appeal"),
    )  # fmt: skip
    p.add_argument(
        "--reference", metavar="REF",
        help=translate("cli", "reference number (default: next free)"),
    )  # fmt: skip
    p.add_argument(
        "--type", dest="doc_type", choices=DOC_TYPES, default="urgent",
        help=translate(
            "cli", "kind of document: an urgent appeal (default), an update of an earlier "
            "appeal, a UN Special Procedures submission or a letter to an authority",
        ),
    )  # fmt: skip
    p.add_argument(
        "--follows", metavar="REF", default="",
        help=translate("cli", "with --type update: the earlier appeal (default: the newest)"),
    )  # fmt: skip
    p.add_argument(
        "--addressee", metavar="NAME", default="",
        help=translate(
            "cli", "an addressee of the address book (a letter is written in their language)"
        ),
    )  # fmt: skip
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))
    p.set_defaults(func=cmd_appeal)

    appeals = sub.add_parser(
        "appeals", help=translate("cli", "kept appeals and the demands library")
    )
    asub = appeals.add_subparsers(dest="appeals_command", metavar="ACTION", required=True)
    q = asub.add_parser("list", help=translate("cli", "appeals kept for a case, newest first"))
    q.add_argument("case_id", metavar="CASE_ID")
    json_flag(q)
    q.set_defaults(func=cmd_list)
    q = asub.add_parser("show", help=translate("cli", "print the text of a kept appeal"))
    q.add_argument("appeal_id", metavar="APPEAL_ID")
    q.set_defaults(func=cmd_show)
    q = asub.add_parser(
        "export", help=translate("cli", "write a kept appeal again, exactly as it was")
    )
    q.add_argument("appeal_id", metavar="APPEAL_ID")
    _format_and_output(q)
    q.set_defaults(func=cmd_export_kept)
    q = asub.add_parser(
        "regenerate", help=translate("cli", "build a kept appeal again from the case as it is now")
    )
    q.add_argument("appeal_id", metavar="APPEAL_ID")
    _format_and_output(q)
    _force(q)
    q.add_argument(
        "--accept-findings", action="store_true",
        help=translate("cli", "export even with unresolved findings (they are redacted)"),
    )  # fmt: skip
    q.set_defaults(func=cmd_regenerate)
    q = asub.add_parser("demands", help=translate("cli", "the library of standard demands"))
    q.add_argument(
        "--lang", choices=APPEAL_LANGS, default="en",
        help=translate("cli", "language of the demands (default: en)"),
    )  # fmt: skip
    json_flag(q)
    q.set_defaults(func=cmd_demands)


def _format_and_output(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument(
        "--format", choices=FORMATS, help=translate("cli", "file format (default: from -o)")
    )
    p.add_argument(
        "-o", "--output", required=required, metavar="PATH",
        help=translate("cli", "file or directory"),
    )  # fmt: skip


def _check_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--check", action="store_true",
        help=translate(
            "cli", "list what the pre-publication check finds (names and contacts replaced, "
            "doubtful mentions) instead of exporting; exit 1 while any is unresolved",
        ),
    )  # fmt: skip
    p.add_argument(
        "--accept-findings", action="store_true",
        help=translate("cli", "export even with unresolved findings (they are redacted)"),
    )  # fmt: skip
    p.add_argument(
        "--redact", action="append", default=[], metavar="TEXT",
        help=translate("cli", "decide a doubtful finding: always redact TEXT (repeatable; kept)"),
    )  # fmt: skip
    p.add_argument(
        "--keep", action="append", default=[], metavar="TEXT",
        help=translate("cli", "decide a doubtful finding: publish TEXT as is (repeatable; kept)"),
    )  # fmt: skip


def _force(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--force", action="store_true",
        help=translate("cli", "export even if the case is internal"),
    )  # fmt: skip


def _format(args: argparse.Namespace) -> str:
    """The format asked for or told by the file name. Nothing is created here: this runs
    before the passphrase is checked."""
    path = Path(args.output).expanduser()
    folder = path.is_dir() or args.output.endswith(("/", os.sep))
    fmt = args.format or (None if folder else svc.format_for_path(path))
    if fmt not in FORMATS:
        raise CliError(
            translate("cli", "cannot tell the format from {path!r}; give --format ({formats})")
            .format(path=args.output, formats=", ".join(FORMATS)),
            EXIT_USAGE,
        )  # fmt: skip
    return str(fmt)


def _report(
    args: argparse.Namespace, result: svc.ExportResult, fallbacks: list[str] | None = None
) -> None:
    if getattr(args, "json", False):
        print_json(
            {"path": str(result.path), "format": result.format, "sha256": result.sha256,
             "size": result.size, "appeal_id": result.appeal_id, "reference": result.reference,
             "lang": result.document.lang,
             "fallbacks": [{"field": t.field, "lang": t.lang, "label": label}
                           for t, label in zip(result.document.fallbacks(), fallbacks or [],
                                               strict=False)]}
        )  # fmt: skip
        return
    if fallbacks:
        print(
            translate(
                "cli", "warning: no {lang} version, the original text was used for: {fields}"
            ).format(lang=result.document.lang, fields="; ".join(fallbacks)),
            file=sys.stderr,
        )
    print(
        translate("cli", "wrote {path} ({format}, {size})").format(
            path=result.path, format=result.format, size=cli.tr("%n bytes", "", result.size)
        )
    )
    print(f"sha256 {result.sha256}")
    print(
        translate("cli", "kept as appeal {id} ({reference})").format(
            id=result.appeal_id[:8], reference=result.reference
        )
    )


def _refused(exc: Exception) -> CliError:
    return CliError(translate("cli", "{reason}; nothing was written").format(reason=exc))


def _internal(exc: Exception) -> CliError:
    return CliError(translate("cli", "{reason}; nothing was written").format(reason=exc))


def cmd_appeal(args: argparse.Namespace) -> int:
    if not args.check and not args.output:
        raise CliError(translate("cli", "give -o PATH, or --check"), EXIT_USAGE)
    fmt = "" if args.check else _format(args)
    with opened(args) as vault:
        settings = replace(
            svc.load_settings(vault, args.case_id), doc_type=args.doc_type,
            follows=args.follows, addressee=args.addressee,
        )  # fmt: skip
        settings = replace(settings, lang=args.lang or svc.default_lang(vault, settings))
        if args.demand:
            settings = replace(
                settings,
                demands=tuple(_demand_choice(d) for d in args.demand),
            )
        if args.concern is not None:
            settings = replace(settings, concern=args.concern)
        if args.reference:
            settings = replace(settings, reference=args.reference)
        decisions = {finding_key(t): "redact" for t in args.redact}
        decisions |= {finding_key(t): "keep" for t in args.keep}
        if decisions:
            svc.decide_findings(vault, args.case_id, decisions)
            settings = settings.with_decisions(decisions)
        if args.check:
            try:
                checked = svc.check_case(vault, args.case_id, settings)
            except DocumentRefused as exc:
                raise _refused(exc) from None
            return _print_check(args, checked)
        try:
            result = svc.export_appeal(
                vault, args.case_id, fmt, output_path(args.output), settings=settings,
                confirmed=args.force, accept_findings=args.accept_findings,
                strict=args.strict,
            )  # fmt: skip
        except svc.InternalCaseError as exc:
            raise _internal(exc) from None
        except DocumentRefused as exc:
            raise _refused(exc) from None
        except svc.UnresolvedFindingsError as exc:
            raise _refused(exc) from None
        except svc.FallbackError as exc:
            raise CliError(str(exc)) from None
        from casebook.services.cases import get_case

        fallbacks = svc.fallback_fields(get_case(vault, args.case_id), result.document)
    _report(args, result, fallbacks)
    return 0


def _print_check(args: argparse.Namespace, checked: CheckedAppeal) -> int:
    findings = unique_findings(checked.findings)
    unresolved = checked.unresolved
    if args.json:
        print_json(
            {"findings": [f.to_dict() for f in findings],
             "hints": [f.to_dict() for f in checked.hints],
             "unresolved": len(unresolved)}
        )  # fmt: skip
        return 1 if unresolved else 0
    for f in findings:
        if f.certain:
            state = translate("cli", "replaced")
        elif f.decision:
            state = translate("cli", "decided: {decision}").format(decision=f.decision)
        else:
            state = translate("cli", "UNRESOLVED")
        print(f"[{state}] {f.reason}: {f.text!r} -> {f.label!r}  ({f.where}) {f.context}")
    for h in checked.hints:
        hint = translate("cli", "hint: a named person's profile mentions {word!r}: {context}")
        print(hint.format(word=h.text, context=h.context))
    summary = translate("cli", "{found} finding(s), {unresolved} unresolved")
    print(summary.format(found=len(findings), unresolved=len(unresolved)), file=sys.stderr)
    return 1 if unresolved else 0


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        kept = svc.list_kept(vault, args.case_id)
    if args.json:
        print_json(
            [
                {"id": k.id, "reference": k.reference, "lang": k.lang, "created": k.created,
                 "regenerated_from": k.regenerated_from,
                 "files": [{"format": f.format, "sha256": f.sha256, "size": f.size,
                            "exported": f.exported} for f in k.files]}
                for k in kept
            ]
        )  # fmt: skip
        return 0
    for k in kept:
        formats = ",".join(dict.fromkeys(f.format for f in k.files)) or "-"
        print(f"{k.id[:8]}  {k.created}  {k.reference:<12} {k.lang}  {formats}")
    if not kept:
        print(translate("cli", "no appeals kept for this case"), file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        kept = svc.get_kept(vault, args.appeal_id)
    sys.stdout.write(kept.text)
    for f in kept.files:
        sys.stderr.write(f"{f.exported}  {f.format:<4}  sha256 {f.sha256}\n")
    return 0


def cmd_export_kept(args: argparse.Namespace) -> int:
    fmt = _format(args)
    with opened(args) as vault:
        try:
            result = svc.export_kept(vault, args.appeal_id, fmt, output_path(args.output))
        except DocumentRefused as exc:
            raise _refused(exc) from None
    _report(args, result)
    return 0


def cmd_regenerate(args: argparse.Namespace) -> int:
    fmt = _format(args)
    with opened(args) as vault:
        try:
            result = svc.regenerate(
                vault, args.appeal_id, fmt, output_path(args.output), confirmed=args.force,
                accept_findings=args.accept_findings,
            )  # fmt: skip
        except svc.InternalCaseError as exc:
            raise _internal(exc) from None
        except DocumentRefused as exc:
            raise _refused(exc) from None
        except svc.UnresolvedFindingsError as exc:
            raise _refused(exc) from None
    _report(args, result)
    return 0


def _demand_choice(text: str) -> DemandChoice:
    """A demand named on the command line: a key of the library, else its own text."""
    return DemandChoice(key=text) if library.library_demand(text) else library.choice_for(text)


def cmd_demands(args: argparse.Namespace) -> int:
    demands = library.demands_library()
    if args.json:
        print_json([{"key": d.key, **d.texts} for d in demands])
        return 0
    width = max(len(d.key) for d in demands)
    for d in demands:
        print(f"{d.key:<{width}}  {d.text(args.lang)}")
    return 0
