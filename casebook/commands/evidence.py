"""evidence add/list/show/edit/export/custody/delete."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebook.commands.common import (
    EXIT_USAGE,
    CliError,
    interactive,
    json_flag,
    kibibytes,
    opened,
    output_path,
    print_json,
)
from casebook.i18n import QT_TRANSLATE_NOOP, Context, translate
from casebook.lazy import lazy_module

if TYPE_CHECKING:
    from casebook.services import evidence as svc
else:  # loaded by the evidence commands only (start-up time)
    svc = lazy_module("casebook.services.evidence")

cli = Context("cli")


def register(sub: argparse._SubParsersAction) -> None:
    ev = sub.add_parser(
        "evidence", help=translate("cli", "add, list, show, edit, export or delete evidence")
    )
    esub = ev.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)

    p = esub.add_parser(
        "add", help=translate("cli", "import files as evidence of a case (prints the new ids)")
    )
    p.add_argument("case_id")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--description", default="", help=translate("cli", "what the file shows"))
    p.add_argument("--source", default="", help=translate("cli", "where the file came from"))
    p.add_argument(
        "--event", action="append", default=[], metavar="EVENT_ID",
        help=translate("cli", "an event of the case it belongs to (repeatable)"),
    )  # fmt: skip
    _actor(p)
    p.set_defaults(func=cmd_add)

    p = esub.add_parser("list", help=translate("cli", "list the evidence of a case"))
    p.add_argument("case_id")
    json_flag(p)
    p.set_defaults(func=cmd_list)

    p = esub.add_parser(
        "show", help=translate("cli", "show one item with the metadata found in it")
    )
    p.add_argument("id")
    json_flag(p)
    p.set_defaults(func=cmd_show)

    p = esub.add_parser(
        "edit",
        help=translate(
            "cli", "change the source, description or events of an item (file unchanged)"
        ),
    )
    p.add_argument("id")
    p.add_argument("--source", help=translate("cli", "where the file came from ('' clears it)"))
    p.add_argument("--description", help=translate("cli", "what it shows ('' clears it)"))
    links = p.add_mutually_exclusive_group()
    links.add_argument(
        "--event", action="append", metavar="EVENT_ID",
        help=translate("cli", "link it to this event of its case instead (repeatable)"),
    )  # fmt: skip
    links.add_argument(
        "--no-events", action="store_true", help=translate("cli", "unlink it from every event")
    )
    p.add_argument(
        "--json", action="store_true",
        help=translate("cli", "print the item as 'show --json' does"),
    )  # fmt: skip
    _actor(p)
    p.set_defaults(func=cmd_edit)

    p = esub.add_parser(
        "export", help=translate("cli", "export the original, or a cleaned copy with --clean")
    )
    p.add_argument("id")
    p.add_argument("-o", "--output", required=True, metavar="PATH",
                   help=translate("cli", "file or directory"))  # fmt: skip
    p.add_argument("--clean", action="store_true",
                   help=translate("cli", "without EXIF/GPS/XMP/document info"))  # fmt: skip
    _actor(p)
    p.set_defaults(func=cmd_export)

    p = esub.add_parser("custody", help=translate("cli", "show the custody log of an item"))
    p.add_argument("id")
    json_flag(p)
    p.set_defaults(func=cmd_custody)

    p = esub.add_parser("delete", help=translate("cli", "delete an item (its custody log stays)"))
    p.add_argument("id")
    _actor(p)
    p.set_defaults(func=cmd_delete)

    from casebook.commands import quarantine

    quarantine.register(esub)


def _actor(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--actor", default=os.environ.get("CASEBOOK_ACTOR", ""),
        help=translate("cli", "who does this, for the custody log (default: $CASEBOOK_ACTOR)"),
    )  # fmt: skip


def item_dict(item: svc.EvidenceItem, *, metadata: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": item.id, "case_id": item.case_id, "name": item.original_name,
        "media_type": item.media_type, "size": item.size, "sha256": item.sha256,
        "imported_at": item.imported_at,
    }  # fmt: skip
    if metadata:
        data.update(
            imported_by=item.imported_by, source=item.source, description=item.description,
            events=list(item.event_ids), metadata=item.metadata,
        )  # fmt: skip
    return data


class _Meter:
    """Progress on stderr for large files, only on a terminal."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if total >= 64 << 20 and interactive():
            sys.stderr.write(f"\r{self.name}: {done * 100 // total:3d}%")
            self.shown = True

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def cmd_add(args: argparse.Namespace) -> int:
    paths = [Path(f) for f in args.files]
    for path in paths:  # fail before asking for the passphrase
        if not path.is_file():
            raise CliError(
                translate("cli", "{path} is not a file (or does not exist)").format(path=path)
            )
        if not os.access(path, os.R_OK):
            raise CliError(
                translate("cli", "cannot read {path}: permission denied").format(path=path)
            )
    with opened(args) as vault:
        for path in paths:
            meter = _Meter(path.name)
            item = svc.import_file(
                vault, args.case_id, path, description=args.description, source=args.source,
                event_ids=args.event, actor=args.actor, progress=meter,
            )  # fmt: skip
            meter.end()
            print(item.id, flush=True)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        items = svc.list_evidence(vault, args.case_id)
    if args.json:
        print_json([item_dict(i) for i in items])
        return 0
    for i in items:
        print(f"{i.id[:8]}  {i.imported_at}  {_size(i.size):>9}  {i.media_type:<24} "
              f"{i.original_name}")  # fmt: skip
    if not items:
        print(translate("cli", "no evidence"), file=sys.stderr)
    return 0


def _size(n: int) -> str:
    if n < 1024:
        return translate("cli", "{n} B").format(n=n)
    return kibibytes(n)


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        item = svc.get_evidence(vault, args.id)
    if args.json:
        print_json(item_dict(item, metadata=True))
        return 0
    rows = [
        (translate("cli", "id:"), item.id),
        (translate("cli", "case:"), item.case_id),
        (translate("cli", "name:"), item.original_name),
        (translate("cli", "media type:"), item.media_type),
        (translate("cli", "size:"), cli.tr("%n bytes", "", item.size)),
        ("sha256:", item.sha256),
        (translate("cli", "imported:"), f"{item.imported_at} {item.imported_by}".strip()),
        (translate("cli", "source:"), item.source),
        (translate("cli", "description:"), item.description),
        (translate("cli", "events:"), ", ".join(e[:8] for e in item.event_ids)),
        (translate("cli", "metadata:"), ""),
    ]
    width = max(13, *(len(label) + 1 for label, _ in rows))
    lines = svc.metadata_summary(item)
    if not lines:
        rows[-1] = (rows[-1][0], translate("cli", "none found"))
    for label, value in rows:
        print(f"{label:<{width}}{value}".rstrip())
    for label, value in lines:
        print(f"  {label}: {value}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    events = () if args.no_events else args.event
    if args.source is None and args.description is None and events is None:
        raise CliError(
            translate(
                "cli", "nothing to change: give --source, --description, --event or --no-events"
            ),
            EXIT_USAGE,
        )
    with opened(args) as vault:
        before = svc.get_evidence(vault, args.id)
        item = svc.update_evidence_details(
            vault, before.id, source=args.source, description=args.description,
            event_ids=events, actor=args.actor,
        )  # fmt: skip
    if args.json:
        print_json(item_dict(item, metadata=True))
        return 0
    changed = [
        translate("cli", name)
        for name, old, new in (
            (_SOURCE, before.source, item.source),
            (_DESCRIPTION, before.description, item.description),
            (_EVENTS, set(before.event_ids), set(item.event_ids)),
        )
        if old != new
    ]
    if changed:
        done = translate("cli", "changed {fields}").format(fields=", ".join(changed))
    else:
        done = translate("cli", "nothing changed")
    print(f"{item.id}: {done}")
    return 0


_SOURCE = QT_TRANSLATE_NOOP("cli", "source")
_DESCRIPTION = QT_TRANSLATE_NOOP("cli", "description")
_EVENTS = QT_TRANSLATE_NOOP("cli", "events")


def cmd_export(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        if args.clean:
            try:
                path = svc.export_cleaned(
                    vault, args.id, output_path(args.output), actor=args.actor
                )
            except svc.CannotClean as exc:
                raise CliError(
                    translate("cli", "no cleaned copy: {reason}").format(reason=exc)
                ) from None
        else:
            path = svc.export_original(vault, args.id, output_path(args.output), actor=args.actor)
    print(path)
    return 0


def cmd_custody(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        entries = svc.custody_log(vault, args.id)
    if args.json:
        print_json([
            {"seq": e.seq, "evidence_id": e.evidence_id, "case_id": e.case_id, "time": e.time,
             "action": e.action, "actor": e.actor, "details": e.details,
             "prev_hash": e.prev_hash, "hash": e.hash, "signature": e.signature}
            for e in entries
        ])  # fmt: skip
        return 0
    for e in entries:
        details = ", ".join(f"{k}={v}" for k, v in sorted(e.details.items()))
        print(f"{e.time}  {e.action:<9} {e.actor or '-':<12} {details}".rstrip())
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        item = svc.get_evidence(vault, args.id)
        svc.delete_evidence(vault, item.id, actor=args.actor)
    print(translate("cli", "deleted {id}").format(id=item.id))
    return 0
