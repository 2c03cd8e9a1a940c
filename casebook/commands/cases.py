"""case import/export/list/show/delete, search."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebook.commands.common import CliError, cannot_read, json_flag, opened, print_json
from casebook.domain import texts, vocab
from casebook.domain.interchange import case_to_dict
from casebook.domain.model import Case
from casebook.domain.phrases import APPEAL_LANGS
from casebook.i18n import language, translate
from casebook.services import cases as svc
from casebook.services import texts as text_svc
from casebook.vault import cases as repo


def register(sub: argparse._SubParsersAction) -> None:
    case = sub.add_parser(
        "case", help=translate("cli", "import, export, list, show or delete cases")
    )
    csub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    p = csub.add_parser(
        "import", help=translate("cli", "import a casebook-case/2 (or /1) JSON file")
    )
    p.add_argument("file", help=translate("cli", "the casebook-case/2 (or /1) JSON file"))
    p.set_defaults(func=cmd_import)

    p = csub.add_parser(
        "update",
        help=translate("cli", "apply a casebook-case JSON file as a new version of a case"),
    )
    p.add_argument("id")
    p.add_argument("file", help=translate("cli", "the casebook-case/2 (or /1) JSON file"))
    p.set_defaults(func=cmd_update)

    p = csub.add_parser(
        "history", help=translate("cli", "where a case came from, and its versions")
    )
    p.add_argument("id")
    json_flag(p)
    p.set_defaults(func=cmd_history)

    p = csub.add_parser("export", help=translate("cli", "export a case as casebook-case/2 JSON"))
    p.add_argument("id")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = csub.add_parser("list", help=translate("cli", "list cases, most recently updated first"))
    json_flag(p)
    p.set_defaults(func=cmd_list)

    p = csub.add_parser("show", help=translate("cli", "show one case"))
    p.add_argument("id")
    p.add_argument(
        "--lang", type=_language, metavar="L",
        help=translate(
            "cli", "show the case's texts in language L (en, ru, kk, ...); texts without "
            "an L version are shown in the original and marked"
        ),
    )  # fmt: skip
    json_flag(p)
    p.set_defaults(func=cmd_show)

    p = csub.add_parser(
        "translations",
        help=translate("cli", "list, per language, the case texts missing or needing review"),
    )
    p.add_argument("id")
    json_flag(p)
    p.set_defaults(func=cmd_translations)

    p = csub.add_parser(
        "translate", help=translate("cli", "set the version of one case text in a language")
    )
    p.add_argument("id")
    p.add_argument(
        "field", metavar="FIELD",
        help=translate("cli", "the text, as 'case translations --json' names it (case/summary/)"),
    )  # fmt: skip
    p.add_argument("--lang", type=_language, required=True, metavar="L")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", metavar="TEXT", help=translate("cli", "the translated text"))
    source.add_argument(
        "--file", metavar="FILE", help=translate("cli", "read the translated text from FILE")
    )
    p.add_argument(
        "--review", action="store_true",
        help=translate("cli", "mark the version as needing review"),
    )  # fmt: skip
    p.set_defaults(func=cmd_translate)

    p = csub.add_parser("delete", help=translate("cli", "delete a case and its evidence"))
    p.add_argument("id")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("search", help=translate("cli", "full-text search of the vault"))
    p.add_argument("query", help=translate("cli", "words to look for"))
    json_flag(p)
    p.set_defaults(func=cmd_search)


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        data = svc.read_case_file(path)
    except OSError as exc:
        raise cannot_read(path, exc) from None
    case = svc.parse_case_json(data)  # fails before the passphrase is asked for
    del case
    with opened(args) as vault:
        imported = svc.import_case_json(vault, data)
    print(imported.id)
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    from casebook.services.bundle.fields import show
    from casebook.services.case_update import update_case_json

    path = Path(args.file)
    try:
        data = svc.read_case_file(path)
    except OSError as exc:
        raise cannot_read(path, exc) from None
    svc.parse_case_json(data)  # fails before the passphrase is asked for
    with opened(args) as vault:
        changed = update_case_json(vault, args.id, data)
    if not changed:
        print(translate("cli", "Nothing changed; nothing was written."))
    for c in changed:
        ours, theirs = " ".join(show(c.ours).split()), " ".join(show(c.theirs).split())
        print(f"{c.path}: {ours[:80]!r} -> {theirs[:80]!r}")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from casebook.services import bundle

    with opened(args) as vault:
        case_id = svc.resolve_case_id(vault, args.id)
        origin = bundle.origin(vault, case_id)
        versions = bundle.history(vault, case_id)
    if args.json:
        print_json({"case_id": case_id, "origin": asdict(origin),
                    "versions": [asdict(v) for v in versions]})  # fmt: skip
        return 0
    print(translate("cli", "Origin: {where}").format(where=origin.describe()))
    for v in versions:
        who = f" ({v.who})" if v.who else ""
        bundle_id = f" bundle {v.bundle_id[:12]}" if v.bundle_id else ""
        print(f"{v.time}  {v.version[:12]}  {v.origin}{who}{bundle_id}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        svc.export_case_file(vault, args.id, Path(args.output))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        rows = repo.list_cases(vault.conn, limit=1_000_000)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "status": r.status,
                    "country": r.country,
                    "sensitivity": r.sensitivity,
                    "last_event": r.last_event,
                    "events": r.event_count,
                    "evidence": r.evidence_count,
                    "updated": r.updated,
                    "tags": list(r.tags),
                }
                for r in rows
            ]  # fmt: skip
        )
        return 0
    for r in rows:
        print(f"{r.id[:8]}  {r.status:<10} {r.country:<2}  {r.last_event or '-':<10}  {r.title}")
    return 0


def _language(value: str) -> str:
    if not texts.is_language(value):
        message = translate("cli", "{code!r} is not an ISO 639-1 language code (en, ru, kk, ...)")
        raise argparse.ArgumentTypeError(message.format(code=value))
    return value


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        case = svc.get_case(vault, args.id)
    if args.lang:
        shown = text_svc.texts_in(case, args.lang)
        if args.json:
            print_json(
                {"id": case.id, "language": case.language, "lang": args.lang,
                 "texts": [t.to_dict() for t in shown]}
            )  # fmt: skip
            return 0
        sys.stdout.write(format_case_in(case, args.lang, shown))
    elif args.json:
        print_json(case_to_dict(case))
    else:
        sys.stdout.write(format_case(case))
    return 0


def format_case_in(case: Case, lang: str, shown: list[text_svc.ShownText]) -> str:
    """The case read in `lang`: texts without an `lang` version are marked [original]."""
    local = texts.localise(case, lang).case
    marks = {t.path: t for t in shown}
    for path, t in marks.items():
        if t.fell_back:
            texts.set_original(local, path, f"[{t.lang}] {t.text}")
        elif t.needs_review:
            texts.set_original(local, path, f"[{lang}?] {t.text}")
    out = format_case(local, lang if lang in APPEAL_LANGS else None)
    fell_back = [t.label for t in shown if t.fell_back]
    stale = [t.label for t in shown if t.needs_review]
    if fell_back:
        out += (
            "\n"
            + translate(
                "cli", "No {lang} version, shown in the original [{original}]: {fields}"
            ).format(lang=lang, original=case.language, fields="; ".join(fell_back))
            + "\n"
        )
    if stale:
        out += (
            "\n"
            + translate(
                "cli", "Needs review [{lang}?] (the original changed since): {fields}"
            ).format(lang=lang, fields="; ".join(stale))
            + "\n"
        )
    return out


def cmd_translations(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        case = svc.get_case(vault, args.id)
        gaps = text_svc.translation_gaps(case, vault)
    if args.json:
        print_json(
            {"id": case.id, "language": case.language,
             "languages": {
                 lang: {"missing": [g.to_dict() for g in found if g.state == texts.MISSING],
                        "review": [g.to_dict() for g in found if g.state == texts.REVIEW]}
                 for lang, found in gaps.items()
             }}
        )  # fmt: skip
        return 0
    print(translate("cli", "original language: {lang}").format(lang=case.language))
    for lang, found in gaps.items():
        missing = sum(g.state == texts.MISSING for g in found)
        review = len(found) - missing
        if not found:
            print(translate("cli", "{lang}: complete").format(lang=lang))
            continue
        print(
            translate("cli", "{lang}: {missing} missing, {review} to review").format(
                lang=lang, missing=missing, review=review
            )
        )
        for g in found:
            state = (
                translate("cli", "missing")
                if g.state == texts.MISSING
                else (translate("cli", "review"))
            )
            print(f"  {state:<8} {g.label}")
    return 0


def cmd_translate(args: argparse.Namespace) -> int:
    if args.file is not None:
        try:
            text = Path(args.file).read_text("utf-8")
        except OSError as exc:
            raise cannot_read(args.file, exc) from None
        except UnicodeDecodeError:
            message = translate("cli", "{path} is not UTF-8 text").format(path=args.file)
            raise CliError(message) from None
    else:
        text = args.text
    with opened(args) as vault:
        case_id = svc.resolve_case_id(vault, args.id)
        try:
            text_svc.set_text(vault, case_id, args.field, args.lang, text, review=args.review)
        except text_svc.UnknownText as exc:
            raise CliError(str(exc)) from None
    return 0


def format_case(case: Case, lang: str | None = None) -> str:
    lang = lang or language()
    fields = [
        (translate("cli", "id:"), case.id),
        (translate("cli", "status:"), vocab.label(vocab.CASE_STATUS, case.status, lang)),
        (translate("cli", "sensitivity:"), vocab.label(vocab.SENSITIVITY, case.sensitivity, lang)),
        (translate("cli", "place:"), ", ".join(x for x in (case.location, case.country) if x)),
        (translate("cli", "tags:"), ", ".join(case.tags)),
        (translate("cli", "updated:"), case.updated),
    ]
    width = max(len(name) for name, _ in fields) + 1
    lines = [case.title, "=" * min(len(case.title), 78)]
    lines += [f"{name:<{width}}{value}".rstrip() for name, value in fields]
    lines += ["", case.summary, ""]
    if case.people:
        lines.append(translate("cli", "People:"))
        for p in case.people:
            consent = vocab.label(vocab.CONSENT, p.consent, lang)
            risk = translate("cli", "risk: {level}").format(
                level=vocab.label(vocab.RISK, p.risk, lang)
            )
            lines.append(f"  - {p.display_name()} ({consent}; {risk}) {p.role}".rstrip())
    if case.organisations:
        lines.append(translate("cli", "Organisations:"))
        lines += [
            f"  - {o.name} ({vocab.label(vocab.ORG_KIND, o.kind, lang)})"
            for o in case.organisations
        ]
    if case.events:
        lines.append(translate("cli", "Events:"))
        for e in case.events_in_order():
            when = " ".join(x for x in (e.date.text(), e.time) if x)
            kind = vocab.label(vocab.EVENT_TYPE, e.type, lang)
            lines.append(f"  {when}  {kind}  {e.place}".rstrip())
            if e.description:
                lines.append(f"      {e.description}")
    if case.demands:
        lines.append(translate("cli", "Demands:"))
        lines += [f"  {i}. {d}" for i, d in enumerate(case.demands, 1)]
    return "\n".join(lines) + "\n"


def cmd_delete(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        case_id = svc.resolve_case_id(vault, args.id)
        svc.delete_case(vault, case_id)
    print(translate("cli", "deleted {id}").format(id=case_id))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        hits = repo.search(vault.conn, args.query)
    if args.json:
        print_json([{"id": h.case_id, "title": h.title, "snippet": h.snippet} for h in hits])
        return 0
    for h in hits:
        print(f"{h.case_id[:8]}  {h.title}")
        if h.snippet:
            print(f"          {h.snippet}")
    if not hits:
        print(translate("cli", "no matches"), file=sys.stderr)
    return 0
