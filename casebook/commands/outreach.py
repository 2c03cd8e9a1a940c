"""addressees import/list; outreach add/respond/list; reminders.

casebook addressees import FILE.json | list [--json]
casebook outreach add APPEAL_REF --to ADDRESSEE --via email|post|form|hand --on DATE
casebook outreach respond ENTRY_ID --on DATE --summary TEXT [--evidence ID] [--follow-up DATE]
casebook outreach list [CASE_ID] [--due] [--today DATE] [--json]
casebook reminders [--today YYYY-MM-DD] [--json]
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from casebook.commands.common import CliError, cannot_read, json_flag, opened, print_json
from casebook.domain.outreach import CHANNELS, OutreachEntry, parse_day
from casebook.i18n import translate
from casebook.services import outreach as svc
from casebook.services.cases import resolve_case_id


def register(sub: argparse._SubParsersAction) -> None:
    _register_addressees(sub)
    _register_outreach(sub)
    rem = sub.add_parser(
        "reminders", help=translate("cli", "what is due: release dates and follow-ups")
    )
    _today(rem)
    json_flag(rem)
    rem.set_defaults(func=cmd_reminders)


def _today(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--today", metavar="YYYY-MM-DD", default=None,
        help=translate("cli", "the day to count from (default: today)"),
    )  # fmt: skip


def _register_addressees(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("addressees", help=translate("cli", "the address book of addressees"))
    cmds = p.add_subparsers(dest="addressees_command", metavar="COMMAND", required=True)
    imp = cmds.add_parser(
        "import",
        help=translate("cli", "add or update addressees from a JSON file (a list of objects)"),
    )
    imp.add_argument("file", metavar="FILE")
    imp.set_defaults(func=cmd_addressees_import)
    ls = cmds.add_parser("list", help=translate("cli", "list the addressees"))
    json_flag(ls)
    ls.set_defaults(func=cmd_addressees_list)


def _register_outreach(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "outreach", help=translate("cli", "what was sent to whom, and what came back")
    )
    cmds = p.add_subparsers(dest="outreach_command", metavar="COMMAND", required=True)
    add = cmds.add_parser("add", help=translate("cli", "record that a kept appeal was sent"))
    add.add_argument(
        "appeal", metavar="APPEAL_REF",
        help=translate("cli", "the appeal's reference (UA-2025-001) or id"),
    )  # fmt: skip
    add.add_argument(
        "--to", required=True, metavar="ADDRESSEE",
        help=translate("cli", "the addressee's name (from the address book, or any name)"),
    )  # fmt: skip
    add.add_argument("--via", required=True, choices=CHANNELS)
    add.add_argument(
        "--on", required=True, metavar="YYYY-MM-DD", help=translate("cli", "day it was sent")
    )
    add.add_argument("--by", default="", metavar="NAME", help=translate("cli", "who sent it"))
    add.add_argument(
        "--follow-up", default="", metavar="YYYY-MM-DD",
        help=translate("cli", "day to follow up if no answer came"),
    )  # fmt: skip
    json_flag(add)
    add.set_defaults(func=cmd_outreach_add)
    res = cmds.add_parser("respond", help=translate("cli", "record the answer to a sending"))
    res.add_argument("entry", metavar="ENTRY_ID")
    res.add_argument(
        "--on", required=True, metavar="YYYY-MM-DD", help=translate("cli", "day of the answer")
    )
    res.add_argument(
        "--summary", required=True, metavar="TEXT", help=translate("cli", "what they answered")
    )
    res.add_argument(
        "--evidence", default="", metavar="EVIDENCE_ID",
        help=translate("cli", "the evidence item holding the reply"),
    )  # fmt: skip
    res.add_argument(
        "--follow-up", default=None, metavar="YYYY-MM-DD",
        help=translate("cli", "next day to follow up ('' clears it)"),
    )  # fmt: skip
    json_flag(res)
    res.set_defaults(func=cmd_outreach_respond)
    ls = cmds.add_parser("list", help=translate("cli", "list what was sent"))
    ls.add_argument("case_id", nargs="?", metavar="CASE_ID")
    ls.add_argument(
        "--due", action="store_true",
        help=translate("cli", "only sendings whose follow-up day has come without an answer"),
    )  # fmt: skip
    _today(ls)
    json_flag(ls)
    ls.set_defaults(func=cmd_outreach_list)


def _day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return parse_day(text)
    except ValueError as exc:
        raise CliError(str(exc), 2) from None


def cmd_addressees_import(args: argparse.Namespace) -> int:
    try:
        data = svc.read_address_book(Path(args.file))
    except OSError as exc:
        raise cannot_read(args.file, exc) from None
    svc.parse_addressees(data)  # a bad file is reported before the passphrase is asked
    with opened(args) as vault:
        added, updated = svc.import_addressees(vault, data)
    print(translate("cli", "{added} added, {updated} updated").format(added=added, updated=updated))
    return 0


def cmd_addressees_list(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        found = svc.list_addressees(vault)
    if args.json:
        print_json([vars(a) for a in found])
        return 0
    for a in found:
        where = " / ".join(x for x in (a.email, a.form_url, a.post.replace("\n", ", ")) if x)
        print(f"{a.name}\t{a.function}\t{a.organisation}\t{a.country}\t{a.language}\t{where}")
    return 0


def cmd_outreach_add(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        entry, _ = svc.add_entry(
            vault, args.appeal, to=args.to, via=args.via, on=args.on, by=args.by,
            follow_up=args.follow_up,
        )  # fmt: skip
    return _print_entry(args, entry)


def cmd_outreach_respond(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        entry, _ = svc.respond(
            vault, args.entry, on=args.on, summary=args.summary, evidence=args.evidence,
            follow_up=args.follow_up,
        )  # fmt: skip
    return _print_entry(args, entry)


def _print_entry(args: argparse.Namespace, entry: OutreachEntry) -> int:
    if args.json:
        print_json(svc.entry_to_json(entry))
    else:
        print(entry.id)
    return 0


def cmd_outreach_list(args: argparse.Namespace) -> int:
    today = _day(args.today).isoformat()
    with opened(args) as vault:
        case_id = resolve_case_id(vault, args.case_id) if args.case_id else None
        entries = svc.list_entries(vault, case_id)
    if args.due:
        entries = [e for e in entries if e.follow_up and e.follow_up <= today and not e.answered()]
    if args.json:
        print_json([svc.entry_to_json(e) for e in entries])
        return 0
    for e in entries:
        answer = e.response_on or (
            translate("cli", "follow up {day}").format(day=e.follow_up) if e.follow_up else ""
        )
        print(f"{e.id[:8]}\t{e.sent_on}\t{e.reference}\t{e.addressee}\t{e.via}\t{answer}")
    return 0


def cmd_reminders(args: argparse.Namespace) -> int:
    today = _day(args.today)
    with opened(args) as vault:
        found = svc.reminders(vault, today)
    if args.json:
        print_json([svc.reminder_to_json(r) for r in found])
        return 0
    for r in found:
        print(f"{r.due}\t{r.case_title}\t{r.text}")
    return 0
