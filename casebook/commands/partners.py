"""identity show; partner add/list/remove/confirm; bundle export/import/review/accept/reject
(and the older conflicts/resolve)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from casebook.commands.common import CliError, json_flag, opened, print_json
from casebook.i18n import QT_TRANSLATE_NOOP, Context, translate
from casebook.lazy import lazy_module

if TYPE_CHECKING:
    from casebook.services import bundle, cases, identity, partners
    from casebook.services.bundle import fields as bundle_fields
else:  # loaded by these commands only (start-up time)
    bundle = lazy_module("casebook.services.bundle")
    bundle_fields = lazy_module("casebook.services.bundle.fields")
    cases = lazy_module("casebook.services.cases")
    identity = lazy_module("casebook.services.identity")
    partners = lazy_module("casebook.services.partners")

CARD_FILE_LIMIT = 1024 * 1024

cli = Context("cli")


def register(sub: argparse._SubParsersAction) -> None:
    _register_identity(sub)
    _register_partner(sub)
    _register_bundle(sub)


def _register_identity(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("identity", help=translate("cli", "this vault's organisation identity"))
    cmds = p.add_subparsers(dest="identity_command", metavar="COMMAND", required=True)
    show = cmds.add_parser(
        "show", help=translate("cli", "print the contact card to give to partners")
    )
    show.add_argument(
        "--card", action="store_true", help=translate("cli", "print only the card line")
    )
    json_flag(show)
    show.set_defaults(func=cmd_identity_show)


def _register_partner(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "partner", help=translate("cli", "partner organisations (their contact cards)")
    )
    cmds = p.add_subparsers(dest="partner_command", metavar="COMMAND", required=True)
    add = cmds.add_parser("add", help=translate("cli", "store a partner's contact card"))
    add.add_argument("name", help=translate("cli", "a name for this partner, your choice"))
    add.add_argument(
        "card", metavar="CARD_OR_FILE",
        help=translate("cli", "the card line, or a file holding it"),
    )  # fmt: skip
    add.add_argument(
        "--fingerprint", default="", metavar="DIGITS",
        help=translate(
            "cli",
            "the fingerprint the partner read to you; must match, marks the card confirmed",
        ),
    )  # fmt: skip
    add.set_defaults(func=cmd_partner_add)
    ls = cmds.add_parser("list", help=translate("cli", "list partners"))
    json_flag(ls)
    ls.set_defaults(func=cmd_partner_list)
    rm = cmds.add_parser("remove", help=translate("cli", "forget a partner"))
    rm.add_argument("name", help=translate("cli", "the partner's name"))
    rm.set_defaults(func=cmd_partner_remove)
    confirm = cmds.add_parser("confirm", help=translate("cli", "confirm a partner's fingerprint"))
    confirm.add_argument("name", help=translate("cli", "the partner's name"))
    confirm.add_argument(
        "fingerprint", nargs="+", metavar="DIGITS",
        help=translate("cli", "the fingerprint the partner read to you"),
    )  # fmt: skip
    confirm.set_defaults(func=cmd_partner_confirm)
    from casebook.commands.rekey import register_partner_rotate

    register_partner_rotate(cmds)


def _register_bundle(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bundle", help=translate("cli", "encrypted case bundles for partners"))
    cmds = p.add_subparsers(dest="bundle_command", metavar="COMMAND", required=True)
    exp = cmds.add_parser(
        "export", help=translate("cli", "write cases into a bundle for partners"),
        description=translate(
            "cli", "A bundle carries the full cases (no redaction) to trusted partners."
        ),
    )  # fmt: skip
    exp.add_argument(
        "cases", nargs="*", metavar="CASE_ID",
        help=translate("cli", "the cases (none: only the deletions the partners should hear of)"),
    )  # fmt: skip
    exp.add_argument(
        "--to", nargs="+", required=True, metavar="PARTNER_OR_AGE_RECIPIENT",
        help=translate("cli", "partners' names or age recipients to encrypt the bundle to"),
    )  # fmt: skip
    exp.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=translate("cli", "the bundle file")
    )
    exp.add_argument(
        "--no-evidence", action="store_true", help=translate("cli", "leave the evidence out")
    )
    exp.add_argument(
        "--force", action="store_true", help=translate("cli", "also send cases marked internal")
    )
    exp.set_defaults(func=cmd_bundle_export)
    imp = cmds.add_parser(
        "import", help=translate("cli", "check a bundle and merge it into the vault")
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--accept-unknown", action="store_true",
        help=translate("cli", "accept a bundle signed by someone who is not a partner"),
    )  # fmt: skip
    imp.add_argument(
        "--confirm-fingerprint", default="", metavar="FP",
        help=translate(
            "cli", "the partner's fingerprint as they read it to you by phone; confirms them"
        ),
    )  # fmt: skip
    imp.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "check and summarise only")
    )
    imp.set_defaults(func=cmd_bundle_import)
    rev = cmds.add_parser(
        "review", help=translate("cli", "list received changes that wait for your decision")
    )
    json_flag(rev)
    rev.set_defaults(func=cmd_bundle_review)
    for name, helptext, func in (
        ("accept", translate("cli", "take the partner's values (all, or --fields)"),
         cmd_bundle_accept),
        ("reject", translate("cli", "keep your values (all, or --fields)"), cmd_bundle_reject),
    ):  # fmt: skip
        p_ = cmds.add_parser(name, help=helptext)
        p_.add_argument("proposal", metavar="PROPOSAL", help=translate("cli", "the proposal id"))
        p_.add_argument(
            "--fields", nargs="+", metavar="FIELD",
            help=translate("cli", "only these fields (as 'bundle review' names them)"),
        )  # fmt: skip
        p_.set_defaults(func=func)
    con = cmds.add_parser("conflicts", help=translate("cli", "list cases changed on both sides"))
    con.set_defaults(func=cmd_bundle_conflicts)
    res = cmds.add_parser("resolve", help=translate("cli", "settle a conflict"))
    res.add_argument("case", metavar="CASE_ID")
    res.add_argument("version", help=translate("cli", "the version (see 'bundle conflicts')"))
    res.add_argument(
        "--keep", choices=("mine", "theirs"), required=True,
        help=translate("cli", "which version to keep: yours (mine) or the partner's (theirs)"),
    )  # fmt: skip
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
        rows = [
            (translate("cli", "Organisation:"),
             card.organisation or translate("cli", "(no name set)")),
            (translate("cli", "Age recipient:"), card.recipient),
            (translate("cli", "Signing key:"), card.signing_key),
            (translate("cli", "Fingerprint:"), card.fingerprint),
        ]  # fmt: skip
        width = max(len(label) for label, _ in rows) + 1
        for label, value in rows:
            print(f"{label:<{width}}{value}")
        print(
            translate("cli", "Give partners this card line; read the fingerprint to them by phone:")
        )
        print(card.to_text())
    return 0


def _read_card(text: str) -> identity.Card:
    if identity.CARD_PREFIX in text:
        return identity.parse_card(text)
    path = Path(text).expanduser()
    if not path.is_file():
        raise CliError(
            translate("cli", "{text!r} is neither a contact card nor a file holding one").format(
                text=text
            )
        )
    with open(path, "rb") as f:
        data = f.read(CARD_FILE_LIMIT + 1)
    if len(data) > CARD_FILE_LIMIT:
        raise CliError(
            translate("cli", "{path} is far too large to be a contact card").format(path=path)
        )
    return identity.parse_card(data.decode("utf-8", errors="replace"))


def cmd_partner_add(args: argparse.Namespace) -> int:
    card = _read_card(args.card)
    with opened(args) as vault:
        partner = partners.add_partner(vault, args.name, card, fingerprint=args.fingerprint)
    organisation = card.organisation or translate("cli", "no organisation name")
    print(
        translate("cli", "Added partner {name!r} ({organisation}).").format(
            name=partner.name, organisation=organisation
        )
    )
    print(translate("cli", "Fingerprint: {fingerprint}").format(fingerprint=card.fingerprint))
    if not partner.is_confirmed:
        print(
            translate(
                "cli",
                "Not confirmed yet: ask them to read their fingerprint to you by phone, then "
                "run 'casebook partner confirm {name!r} DIGITS'.",
            ).format(name=partner.name)
        )
    return 0


def cmd_partner_list(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        found = partners.list_partners(vault)
    if args.json:
        print_json([p.to_json() for p in found])
        return 0
    if not found:
        print(translate("cli", "No partners yet (casebook partner add NAME CARD)."))
    for p in found:
        if p.is_confirmed:
            state = translate("cli", "confirmed {time}").format(time=p.confirmed)
        else:
            state = translate("cli", "NOT CONFIRMED")
        added = translate("cli", "added {time}").format(time=p.added)
        print(f"{p.name}\t{p.card.organisation}\t{p.card.fingerprint}\t{added}\t{state}")
    return 0


def cmd_partner_remove(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        partners.remove_partner(vault, args.name)
    print(translate("cli", "Removed partner {name!r}.").format(name=args.name))
    return 0


def cmd_partner_confirm(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        partner = partners.confirm_partner(vault, args.name, " ".join(args.fingerprint))
    print(
        translate("cli", "The fingerprint of {name!r} matches; marked confirmed.").format(
            name=partner.name
        )
    )
    return 0


# --- bundles ----------------------------------------------------------------------------


def cmd_bundle_export(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        ids = [cases.resolve_case_id(vault, c) for c in args.cases]
        report = bundle.export_bundle(
            vault, ids, args.to, Path(args.output),
            include_evidence=not args.no_evidence, force=args.force,
        )  # fmt: skip
    print(
        translate("cli", "Wrote {path}: {cases}, {evidence}").format(
            path=report.path,
            cases=cli.tr("%n case(s)", "", len(report.case_ids)),
            evidence=cli.tr("%n evidence item(s)", "", report.evidence),
        )
    )
    print(
        translate("cli", "  encrypted to: {recipients}").format(
            recipients=", ".join(report.recipients)
        )
    )
    print(translate("cli", "  it carries the full cases, without the redaction of appeals"))
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        if args.dry_run:
            plan = bundle.inspect_bundle(
                vault, Path(args.file), accept_unknown=args.accept_unknown,
                confirm_fingerprint=args.confirm_fingerprint,
            )  # fmt: skip
            _print_plan(plan)
            print(translate("cli", "Checked; nothing was imported (--dry-run)."))
            return 0
        result = bundle.import_bundle(  # one pass: checks everything, then commits at once
            vault, Path(args.file), accept_unknown=args.accept_unknown,
            confirm_fingerprint=args.confirm_fingerprint,
        )  # fmt: skip
    plan = result.plan
    _print_plan(plan)
    if plan.confirm:
        print(translate("cli", "The partner's fingerprint matches; marked confirmed."))
    if plan.rotated:
        print(
            translate(
                "cli", "The partner's card was replaced by their key rotation notice "
                "(signed with their old and new keys); new fingerprint: {fingerprint}",
            ).format(fingerprint=plan.sender.fingerprint)
        )  # fmt: skip
    if plan.unverified:
        print(translate("cli", "The cases are marked as from an unverified source."))
    proposals = result.plan.proposals
    if proposals:
        print(
            cli.tr(
                "%n change(s) wait for your decision: see 'casebook bundle review'.", "", proposals
            )
        )
    conflicts = result.plan.count(bundle.CONFLICT)
    print(
        translate("cli", "Imported: {cases}, {evidence}.").format(
            cases=cli.tr("%n case(s) changed", "", len(result.changes.case_ids)),
            evidence=cli.tr("%n evidence item(s) added", "", len(result.evidence_ids)),
        )
    )
    if conflicts:
        print(
            cli.tr(
                "%n case(s) changed on both sides: see 'casebook bundle conflicts'.", "", conflicts
            )
        )
    return 0


def _action_word(action: str) -> str:
    """The import plan's action (bundle.NEW ...) in the current language."""
    words = {
        bundle.NEW: QT_TRANSLATE_NOOP("cli", "new"),
        bundle.UPDATED: QT_TRANSLATE_NOOP("cli", "update (changed only by the sender)"),
        bundle.UNCHANGED: QT_TRANSLATE_NOOP("cli", "unchanged"),
        bundle.KEPT: QT_TRANSLATE_NOOP("cli", "kept (yours is newer)"),
        bundle.CONFLICT: QT_TRANSLATE_NOOP(
            "cli", "CONFLICT (changed on both sides; both versions kept)"
        ),
        bundle.PROTECTED: QT_TRANSLATE_NOOP(
            "cli", "PROPOSAL (changes consent, names, contacts or sensitivity; not applied)"
        ),
        bundle.UNVERIFIED: QT_TRANSLATE_NOOP(
            "cli", "PROPOSAL (from an unverified source; not applied)"
        ),
        bundle.DELETED_HERE: QT_TRANSLATE_NOOP(
            "cli", "PROPOSAL (you deleted this case; the partner still has it)"
        ),
        bundle.DELETED_THERE: QT_TRANSLATE_NOOP(
            "cli", "PROPOSAL (the partner deleted this case; yours is kept)"
        ),
    }
    return translate("cli", words[action])


def _print_plan(plan: bundle.ImportPlan) -> None:
    print(
        translate(
            "cli", "Bundle from {sender}, made {time}; signature and contents verified."
        ).format(sender=plan.sender_label, time=plan.created)
    )
    for c in plan.cases:
        evidence = ""
        if c.evidence_new or c.evidence_present:
            evidence = translate("cli", "; evidence: {new} new, {held} already held").format(
                new=c.evidence_new, held=c.evidence_present
            )
        print(f"  {c.case_id[:8]}  {_action_word(c.action)}{evidence}")
        for problem in c.custody_problems:
            print(
                translate("cli", "    custody log NOT verified: {problem}").format(problem=problem)
            )


def cmd_bundle_review(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        found = bundle.list_proposals(vault)
    if args.json:
        print_json([p.to_json() for p in found])
        return 0
    if not found:
        print(translate("cli", "Nothing waits for your decision."))
    for p in found:
        print(
            translate("cli", "{id}  case {case} {title!r}: {kind}, from {sender}, {time}").format(
                id=p.id, case=p.case_id[:8], title=p.title, kind=p.kind_label,
                sender=p.peer_name, time=p.received,
            )
        )  # fmt: skip
        for change in p.pending:
            mark = "!" if change.protected else " "
            ours = _short(bundle_fields.show(change.ours))
            theirs = _short(bundle_fields.show(change.theirs))
            field = change.path
            if p.label(change) != field:
                field += f" ({p.label(change)})"
            print(
                translate("cli", "  {mark} {field}: yours {ours!r} -> theirs {theirs!r}").format(
                    mark=mark, field=field, ours=ours, theirs=theirs
                )
            )
    if found:
        print(
            translate(
                "cli", "Fields marked ! are protected. 'casebook bundle accept|reject PROPOSAL "
                "[--fields FIELD ...]' decides."
            )
        )  # fmt: skip
    return 0


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cmd_bundle_accept(args: argparse.Namespace) -> int:
    return _decide(args, bundle.accept, translate("cli", "Taken from the partner: {fields}."))


def cmd_bundle_reject(args: argparse.Namespace) -> int:
    return _decide(args, bundle.reject, translate("cli", "Kept yours: {fields}."))


def _decide(args: argparse.Namespace, action: Callable[..., object], message: str) -> int:
    with opened(args) as vault:
        proposal = bundle.get_proposal(vault, args.proposal)
        chosen = args.fields or [c.path for c in proposal.pending]
        action(vault, proposal.id, args.fields)
        left = [p for p in bundle.list_proposals(vault) if p.id == proposal.id]
    print(message.format(fields=", ".join(chosen) or "-"))
    if left:
        waiting = ", ".join(c.path for c in left[0].pending)
        text = translate("cli", "Still waiting in {id}: {fields}")
        print(text.format(id=proposal.id, fields=waiting))
    else:
        print(translate("cli", "Proposal {id} is settled.").format(id=proposal.id))
    return 0


def cmd_bundle_conflicts(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        found = bundle.list_conflicts(vault)
    if not found:
        print(translate("cli", "No conflicts."))
    for c in found:
        version = translate("cli", "version {version}").format(version=c.hash[:16])
        peer = translate("cli", "from {name}").format(name=c.peer_name)
        received = translate("cli", "received {time}").format(time=c.received)
        print(f"{c.case_id}\t{version}\t{peer}\t{received}")
    return 0


def cmd_bundle_resolve(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        case_id = cases.resolve_case_id(vault, args.case)
        versions = [c.hash for c in bundle.list_conflicts(vault, case_id)]
        match = [v for v in versions if v.startswith(args.version.lower())]
        if len(match) != 1:
            raise CliError(
                translate("cli", "no single conflicting version of {id} starts with that").format(
                    id=case_id[:8]
                )
            )
        bundle.resolve_conflict(vault, case_id, match[0], args.keep)
    kept = translate("cli", "yours") if args.keep == "mine" else translate("cli", "theirs")
    print(translate("cli", "Conflict settled: kept {version}.").format(version=kept))
    return 0
