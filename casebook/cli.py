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
from casebook.commands.common import CliError, run_command

# Each module adds its sub-commands with register(subparsers).
COMMAND_MODULES = (
    "casebook.commands.vault",
    "casebook.commands.cases",
    "casebook.commands.evidence",
    "casebook.commands.appeal",
    "casebook.commands.backup",
    "casebook.commands.partners",
    "casebook.commands.selftest",
)


def build_parser() -> argparse.ArgumentParser:
    from casebook import paths

    parser = argparse.ArgumentParser(
        prog="casebook",
        description="Casebook: encrypted case documentation for human rights defenders.",
    )
    parser.add_argument("--version", action="version", version=f"casebook {__version__}")
    parser.add_argument(
        "--vault", metavar="DIR", default=None,
        help=f"vault directory (default: {paths.default_vault()})",
    )  # fmt: skip
    parser.add_argument(
        "--passphrase-file", metavar="FILE", default=None,
        help="read the passphrase from the first line of FILE",
    )  # fmt: skip
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the desktop application")
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
                _accept_globals_everywhere(child, top=False)


def _gui(args: argparse.Namespace) -> int:
    try:
        from casebook.ui.app import run_gui
    except ImportError as exc:
        raise CliError(f"the desktop application cannot start here: {exc}") from None
    return run_gui(args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.func = _gui if _gui_available() else None
        if args.func is None:
            parser.print_help()
            return 0
    return run_command(args)


def _gui_available() -> bool:
    return importlib.util.find_spec("casebook.ui.app") is not None


if __name__ == "__main__":
    sys.exit(main())
