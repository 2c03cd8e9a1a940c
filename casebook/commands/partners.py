"""identity show; partner add/list/remove/confirm; bundle export/import/conflicts/resolve."""

from __future__ import annotations

import argparse
from pathlib import Path

from casebook.commands.common import CliError, opened, print_json
from casebook.services import bundle, identity, partners
from casebook.services.cases import resolve_case_id

CARD_FILE_LIMIT = 1024 * 1024


def register(sub: argparse._SubParsersAction) -> None:
    _register_identity(sub)
    _register_partner(sub)
    _register_bundle(sub)


def _register_identity(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("identity", help="this vault's organisation identity")
    cmds = p.add_subparsers(dest="identity_command", metavar="COMMAND", required=True)
    show = cmds.add_parser("show", help="print the contact card to give to partners")
    show.add_argument("--card", action="store_true", help="print only the card line")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_identity_show)


def _register_partner(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("partner", help="partner organisations (their contact cards)")
    cmds = p.add_subparsers(dest="partner_command", metavar="COMMAND", required=True)
    add = cmds.add_parser("add", help="store a partner's contact card")
    add.add_argument("name", help="a name for this partner, your choice")
    add.add_argument("card", metavar="CARD_OR_FILE", help="the card line, or a file holding it")
    add.add_argument(
        "--fingerprint", default="", metavar="DIGITS",
        help="the fingerprint the partner read to you; must match, marks the card confirmed",
    )  # fmt: skip
    add.set_defaults(func=cmd_partner_add)
    ls = cmds.add_parser("list", help="list partners")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(func=cmd_partner_list)
    rm = cmds.add_parser("remove", help="forget a partner")
    rm.add_argument("name")
    rm.set_defaults(func=cmd_partner_remove)
    confirm = cmds.add_parser("confirm", help="confirm a partner's fingerprint")
    confirm.add_argument("name")
    confirm.add_argument("fingerprint", nargs="+", metavar="DIGITS")
    confirm.set_defaults(func=cmd_partner_confirm)


def _register_bundle(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bundle", help="encrypted case bundles for partners")
    cmds = p.add_subparsers(dest="bundle_command", metavar="COMMAND", required=True)
    exp = cmds.add_parser(
        "export", help="write cases into a bundle for partners",
        description="A bundle carries the full cases (no redaction) to trusted partners.",
    )  # fmt: skip
    exp.add_argument("cases", nargs="+", metavar="CASE_ID")
    exp.add_argument("--to", nargs="+", required=True, metavar="PARTNER_OR_AGE_RECIPIENT")
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    exp.add_argument("--no-evidence", action="store_true", help="leave the evidence out")
    exp.add_argument("--force", action="store_true", help="also send cases marked internal")
    exp.set_defaults(func=cmd_bundle_export)
    imp = cmds.add_parser("import", help="check a bundle and merge it into the vault")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--accept-unknown", action="store_true",
                     help="accept a bundle signed by someone who is not a partner")  # fmt: skip
    imp.add_argument("--dry-run", action="store_true", help="check and summarise only")
    imp.set_defaults(func=cmd_bundle_import)
    con = cmds.add_parser("conflicts", help="list cases changed on both sides")
    con.set_defaults(func=cmd_bundle_conflicts)
    res = cmds.add_parser("resolve", help="settle a conflict")
    res.add_argument("case", metavar="CASE_ID")
    res.add_argument("version", help="the version (see 'bundle conflicts')")
    res.add_argument("--keep", choices=("mine", "theirs"), required=True)
    res.set_defaults(func=cmd_bundle_resolve)


# --- identity and partners ------------------------------------------------------------


def cmd_identity_show(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        card = identity.own_card(vault)
    if args.json:
        print_json({**card.to_dict(), "fingerprint": card.fingerprint, "card": card.to_text()})
    elif args.card:
        print(card.to_text())
    else:
        print(f"Organisation:  {card.organisation or '(no name set)'}")
        print(f"Age recipient: {card.recipient}")
        print(f"Signing key:   {card.signing_key}")
        print(f"Fingerprint:   {card.fingerprint}")
        print("Give partners this card line; read the fingerprint to them by phone:")
        print(card.to_text())
    return 0


def _read_card(text: str) -> identity.Card:
    if identity.CARD_PREFIX in text:
        return identity.parse_card(text)
    path = Path(text).expanduser()
    if not path.is_file():
        raise CliError(f"{text!r} is neither a contact card nor a file holding one")
    with open(path, "rb") as f:
        data = f.read(CARD_FILE_LIMIT + 1)
    if len(data) > CARD_FILE_LIMIT:
        raise CliError(f"{path} is far too large to be a contact card")
    return identity.parse_card(data.decode("utf-8", errors="replace"))


def cmd_partner_add(args: argparse.Namespace) -> int:
    card = _read_card(args.card)
    with opened(args) as vault:
        partner = partners.add_partner(vault, args.name, card, fingerprint=args.fingerprint)
    print(f"Added partner {partner.name!r} ({card.organisation or 'no organisation name'}).")
    print(f"Fingerprint: {card.fingerprint}")
    if not partner.is_confirmed:
        print(
            "Not confirmed yet: ask them to read their fingerprint to you by phone, then run "
            f"'casebook partner confirm {partner.name!r} DIGITS'."
        )
    return 0


def cmd_partner_list(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        found = partners.list_partners(vault)
    if args.json:
        print_json([p.to_json() for p in found])
        return 0
    if not found:
        print("No partners yet (casebook partner add NAME CARD).")
    for p in found:
        state = f"confirmed {p.confirmed}" if p.is_confirmed else "NOT CONFIRMED"
        print(f"{p.name}\t{p.card.organisation}\t{p.card.fingerprint}\tadded {p.added}\t{state}")
    return 0


def cmd_partner_remove(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        partners.remove_partner(vault, args.name)
    print(f"Removed partner {args.name!r}.")
    return 0


def cmd_partner_confirm(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        partner = partners.confirm_partner(vault, args.name, " ".join(args.fingerprint))
    print(f"The fingerprint of {partner.name!r} matches; marked confirmed.")
    return 0


# --- bundles ----------------------------------------------------------------------------


def cmd_bundle_export(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        ids = [resolve_case_id(vault, c) for c in args.cases]
        report = bundle.export_bundle(
            vault, ids, args.to, Path(args.output),
            include_evidence=not args.no_evidence, force=args.force,
        )  # fmt: skip
    cases, evidence = len(report.case_ids), report.evidence
    print(f"Wrote {report.path}: {cases} case(s), {evidence} evidence item(s)")
    print(f"  encrypted to: {', '.join(report.recipients)}")
    print("  it carries the full cases, without the redaction of appeals")
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        plan = bundle.inspect_bundle(vault, Path(args.file), accept_unknown=args.accept_unknown)
        _print_plan(plan)
        if args.dry_run:
            print("Checked; nothing was imported (--dry-run).")
            return 0
        result = bundle.import_bundle(
            vault, Path(args.file), accept_unknown=args.accept_unknown, plan=plan
        )
    conflicts = result.plan.count(bundle.CONFLICT)
    print(f"Imported: {len(result.changes.case_ids)} case(s) changed, "
          f"{len(result.evidence_ids)} evidence item(s) added.")  # fmt: skip
    if conflicts:
        print(f"{conflicts} case(s) changed on both sides: see 'casebook bundle conflicts'.")
    return 0


_ACTIONS = {
    bundle.NEW: "new",
    bundle.UPDATED: "update (changed only by the sender)",
    bundle.UNCHANGED: "unchanged",
    bundle.KEPT: "kept (yours is newer)",
    bundle.CONFLICT: "CONFLICT (changed on both sides; both versions kept)",
}


def _print_plan(plan: bundle.ImportPlan) -> None:
    print(f"Bundle from {plan.sender_label}, made {plan.created}; signature and contents verified.")
    for c in plan.cases:
        evidence = ""
        if c.evidence_new or c.evidence_present:
            evidence = f"; evidence: {c.evidence_new} new, {c.evidence_present} already held"
        print(f"  {c.case_id[:8]}  {_ACTIONS[c.action]}{evidence}")


def cmd_bundle_conflicts(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        found = bundle.list_conflicts(vault)
    if not found:
        print("No conflicts.")
    for c in found:
        print(f"{c.case_id}\tversion {c.hash[:16]}\tfrom {c.peer_name}\treceived {c.received}")
    return 0


def cmd_bundle_resolve(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        case_id = resolve_case_id(vault, args.case)
        versions = [c.hash for c in bundle.list_conflicts(vault, case_id)]
        match = [v for v in versions if v.startswith(args.version.lower())]
        if len(match) != 1:
            raise CliError(f"no single conflicting version of {case_id[:8]} starts with that")
        bundle.resolve_conflict(vault, case_id, match[0], args.keep)
    print(f"Conflict settled: kept {args.keep}.")
    return 0
