"""export incidents; export uwazi (and its --check)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebook.commands.common import EXIT_USAGE, CliError, opened, output_path, vault_path
from casebook.domain.model import Person
from casebook.i18n import language, translate
from casebook.vault.vault import is_vault

SENSITIVITY_HELP = "public, partners, internal"


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser(
        "export", help=translate("cli", "export tables of incidents or a kit for Uwazi")
    )
    esub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)

    p = esub.add_parser("incidents", help=translate("cli", "one row per event, as CSV or XLSX"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx")
    _common(p, default_level="public")
    p.set_defaults(func=cmd_incidents)

    p = esub.add_parser(
        "uwazi", help=translate("cli", "a kit an Uwazi administrator imports, or check one")
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("-o", "--output", metavar="KIT.zip")
    what.add_argument(
        "--check", metavar="KIT.zip", help=translate("cli", "check a kit against Uwazi's rules")
    )
    p.add_argument(
        "--langs", default="en,ru,kk", metavar="en,ru,kk",
        help=translate("cli", "languages of the kit, the default language first"),
    )  # fmt: skip
    _common(p, default_level="partners")
    p.set_defaults(func=cmd_uwazi)


def _common(p: argparse.ArgumentParser, default_level: str) -> None:
    p.add_argument(
        "--cases", nargs="+", default=[], metavar="ID",
        help=translate("cli", "only these cases (ids or id prefixes)"),
    )  # fmt: skip
    p.add_argument(
        "--sensitivity", default=default_level, metavar="LEVEL",
        help=translate(
            "cli",
            "include cases of this sensitivity and more open ones ({levels}; default {default})",
        ).format(levels=SENSITIVITY_HELP, default=default_level),
    )  # fmt: skip


def _check_level(level: str) -> None:
    from casebook.services.incidents import ExportError, allowed_sensitivities

    try:
        allowed_sensitivities(level)
    except ExportError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None


def _left_out(count: int) -> None:
    if count:
        print(
            translate(
                "cli", "{count} cases left out because of their sensitivity (see --sensitivity)"
            ).format(count=count),
            file=sys.stderr,
        )


def cmd_incidents(args: argparse.Namespace) -> int:
    from casebook.services import incidents

    dest = output_path(args.output)
    if dest.suffix.lower() not in (".csv", ".xlsx"):
        raise CliError(
            translate("export", "{path}: the file name must end in .csv or .xlsx").format(
                path=dest
            ),
            EXIT_USAGE,
        )
    _check_level(args.sensitivity)
    with opened(args) as vault:
        result = incidents.export_incidents(
            vault, dest, case_ids=args.cases, sensitivity=args.sensitivity, lang=language()
        )
    print(
        translate("cli", "wrote {rows} incidents of {cases} cases to {path}").format(
            rows=result.rows, cases=result.cases, path=result.path
        )
    )
    _left_out(result.left_out)
    return 0


def _people(args: argparse.Namespace) -> list[Person] | None:
    """The vault's people, to look for names in the kit; None (with a note) when there
    is no vault here to ask."""
    from casebook.services import uwazi

    if not is_vault(vault_path(args)):
        print(
            translate("cli", "no vault at {path}: names were not checked").format(
                path=vault_path(args)
            ),
            file=sys.stderr,
        )
        return None
    with opened(args) as vault:
        return uwazi.vault_people(vault)


def cmd_uwazi(args: argparse.Namespace) -> int:
    from casebook.services import uwazi

    if args.check:
        problems = uwazi.check_kit(Path(args.check), _people(args))
        for problem in problems:
            print(problem)
        if problems:
            raise CliError(
                translate("cli", "{path}: {count} problems found").format(
                    path=args.check, count=len(problems)
                )
            )
        print(translate("cli", "{path}: the kit follows Uwazi's import rules").format(
            path=args.check
        ))  # fmt: skip
        return 0
    try:
        langs = uwazi.parse_langs(args.langs)
    except uwazi.KitError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    _check_level(args.sensitivity)
    dest = output_path(args.output)
    if dest.suffix.lower() != ".zip":
        raise CliError(
            translate("cli", "{path}: the kit's file name must end in .zip").format(path=dest),
            EXIT_USAGE,
        )
    with opened(args) as vault:
        result = uwazi.export_kit(
            vault, dest, case_ids=args.cases, sensitivity=args.sensitivity, langs=langs
        )
    print(
        translate("cli", "wrote a kit of {cases} cases, {events} events, {people} people and "
                  "{files} files to {path}").format(
            cases=result.cases, events=result.events, people=result.people,
            files=result.files, path=result.path,
        )
    )  # fmt: skip
    _left_out(result.left_out)
    for note in result.notes:
        print(note, file=sys.stderr)
    return 0
