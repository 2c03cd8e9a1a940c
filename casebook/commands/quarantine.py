"""casebook evidence quarantine list|restore|purge."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from casebook.commands.common import json_flag, kibibytes, opened, print_json
from casebook.i18n import translate


def register(esub: argparse._SubParsersAction) -> None:
    q = esub.add_parser(
        "quarantine",
        help=translate("cli", "evidence files without a database row, kept instead of deleted"),
    )
    qsub = q.add_subparsers(dest="quarantine_command", metavar="ACTION", required=True)
    p = qsub.add_parser("list", help=translate("cli", "list the quarantined files"))
    json_flag(p)
    p.set_defaults(func=cmd_list)
    p = qsub.add_parser(
        "restore",
        help=translate("cli", "put a quarantined file back (when an evidence item refers to it)"),
    )
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_restore)
    p = qsub.add_parser("purge", help=translate("cli", "delete quarantined files for good"))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("names", nargs="*", default=[], metavar="NAME")
    which.add_argument(
        "--all", action="store_true", help=translate("cli", "every quarantined file")
    )
    p.set_defaults(func=cmd_purge)


def cmd_list(args: argparse.Namespace) -> int:
    from casebook.services.quarantine import list_quarantine

    with opened(args) as vault:
        files = list_quarantine(vault)
    if args.json:
        print_json(
            [
                {"name": f.name, "size": f.size, "modified": _when(f.modified),
                 "restorable": f.restorable}
                for f in files
            ]
        )  # fmt: skip
        return 0
    for f in files:
        note = translate("cli", "restorable") if f.restorable else ""
        print(f"{f.name}  {_when(f.modified)}  {kibibytes(max(f.size, 1024)):>10}  {note}".rstrip())
    if not files:
        print(translate("cli", "the quarantine is empty"), file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from casebook.services.quarantine import restore_quarantined

    with opened(args) as vault:
        restore_quarantined(vault, args.name)
    print(translate("cli", "restored {name} to the evidence folder").format(name=args.name))
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from casebook.services.quarantine import purge_quarantined

    with opened(args) as vault:
        removed = purge_quarantined(vault, None if args.all else list(args.names))
    for name in removed:
        print(translate("cli", "deleted {name}").format(name=name))
    return 0


def _when(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
