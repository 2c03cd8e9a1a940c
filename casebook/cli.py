"""The command line: a thin front over the services.

Exit codes: 0 success, 1 any other error, 2 bad usage, 3 wrong passphrase or not a vault.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from casebook import __version__
from casebook.i18n import LANGS, translate
from casebook.process import harden_process

# Each module adds its sub-commands with register(subparsers).
COMMAND_MODULES = (
    "casebook.commands.vault",
    "casebook.commands.rekey",
    "casebook.commands.compact",
    "casebook.commands.cases",
    "casebook.commands.evidence",
    "casebook.commands.appeal",
    "casebook.commands.backup",
    "casebook.commands.partners",
    "casebook.commands.outreach",
    "casebook.commands.selftest",
    "casebook.commands.passphrase",
    "casebook.commands.travel",
    "casebook.commands.patterns",
    "casebook.commands.exports",
)


def build_parser() -> argparse.ArgumentParser:
    from casebook import paths

    parser = argparse.ArgumentParser(
        prog="casebook",
        description=translate(
            "cli", "Casebook: encrypted case documentation for human rights defenders."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"casebook {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )  # fmt: skip
    parser.add_argument(
        "--lang", dest="interface_lang", choices=LANGS, default=None,
        help=translate(
            "cli", "language of messages (default: $CASEBOOK_LANG, else the system locale)"
        ),
    )  # fmt: skip
    parser.add_argument(
        "--vault", metavar="DIR", default=None,
        help=translate("cli", "vault directory (default: {path})").format(
            path=paths.default_vault()
        ),
    )  # fmt: skip
    parser.add_argument(
        "--passphrase-file", metavar="FILE", default=None,
        help=translate("cli", "read the passphrase from the first line of FILE"),
    )  # fmt: skip
    parser.add_argument(
        "--read-only", action="store_true", default=False,
        help=translate(
            "cli", "open the vault for reading only (a vault refused as rolled back, say)"
        ),
    )  # fmt: skip
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help=translate("cli", "open the desktop application"))
    gui.set_defaults(func=_gui)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    _accept_globals_everywhere(parser)
    return parser


def _accept_globals_everywhere(parser: argparse.ArgumentParser, top: bool = True) -> None:
    """Let --vault and --passphrase-file also follow the sub-command (casebook demo --vault D)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                child.add_argument(
                    "--vault", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS
                )
                child.add_argument(
                    "--passphrase-file",
                    metavar="FILE",
                    default=argparse.SUPPRESS,
                    help=argparse.SUPPRESS,
                )
                child.add_argument(
                    "--read-only", action="store_true", default=argparse.SUPPRESS,
                    help=argparse.SUPPRESS,
                )  # fmt: skip
                _accept_globals_everywhere(child, top=False)


def _gui(args: argparse.Namespace) -> int:
    from casebook.commands.common import CliError

    try:
        from casebook.ui.app import run_gui
    except ImportError as exc:
        raise CliError(
            translate("cli", "the desktop application cannot start here: {reason}").format(
                reason=exc
            )
        ) from None
    return run_gui(args)


def main(argv: Sequence[str] | None = None) -> int:
    """The program. Without `argv` it runs as the process itself (all three entry points:
    the `casebook` script, `python -m casebook`, the frozen build) and hardens it first;
    tests pass `argv` and keep their own process as it is."""
    if argv is None:
        harden_process()
    argv = sys.argv[1:] if argv is None else list(argv)
    if _asks_version(argv):  # answered before any other module is imported (start-up time)
        print(f"casebook {__version__}")
        return 0
    from casebook.commands import language
    from casebook.commands.common import run_command

    language.choose(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.interface_lang:  # an abbreviation (--la ru) that language.choose did not see
        language.choose(["--lang", args.interface_lang])
    if args.command is None:
        args.func = _gui if _gui_available() else None
        if args.func is None:
            parser.print_help()
            return 0
    return run_command(args)


# The options of the main parser that take a value (skipped while looking for --version).
_GLOBAL_VALUED = ("--lang", "--vault", "--passphrase-file")


def _asks_version(argv: Sequence[str]) -> bool:
    """True when --version comes among the main options, before any sub-command."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--version":
            return True
        elif arg in _GLOBAL_VALUED:
            skip = True
        elif not (arg.startswith("--") and "=" in arg and arg.split("=")[0] in _GLOBAL_VALUED):
            return False
    return False


def _gui_available() -> bool:
    return importlib.util.find_spec("casebook.ui.app") is not None


if __name__ == "__main__":
    sys.exit(main())
