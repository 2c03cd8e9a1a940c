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
from casebook.i18n import LANGS, QT_TRANSLATE_NOOP, translate
from casebook.process import harden_process

# Every sub-command with the module that adds it (register(subparsers)) and its line in
# `casebook --help`. With this table `--help` imports none of the modules and a command
# imports only its own (start-up time, issue 19); tests/test_cli_index.py checks it
# against what the modules register.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("init", "vault", QT_TRANSLATE_NOOP("cli", "create a new vault")),
    ("passwd", "vault", QT_TRANSLATE_NOOP(
        "cli", "change the passphrase (or reset it with the recovery key)")),
    ("verify", "vault", QT_TRANSLATE_NOOP("cli", "check the integrity of the vault")),
    ("demo", "vault", QT_TRANSLATE_NOOP("cli", "create a vault with fictional demo cases")),
    ("rekey", "rekey", QT_TRANSLATE_NOOP(
        "cli", "replace all keys (after a compromise): new data key, passphrase and recovery key")),
    ("compact", "compact", QT_TRANSLATE_NOOP(
        "cli", "rebuild the database so that nothing deleted can be recovered from it")),
    ("case", "cases", QT_TRANSLATE_NOOP("cli", "import, export, list, show or delete cases")),
    ("search", "cases", QT_TRANSLATE_NOOP("cli", "full-text search of the vault")),
    ("evidence", "evidence", QT_TRANSLATE_NOOP(
        "cli", "add, list, show, edit, export or delete evidence")),
    ("appeal", "appeal", QT_TRANSLATE_NOOP("cli", "produce an urgent appeal from a case")),
    ("appeals", "appeal", QT_TRANSLATE_NOOP("cli", "kept appeals and the demands library")),
    ("backup", "backup", QT_TRANSLATE_NOOP(
        "cli", "write or update an encrypted backup (a copy that is itself a vault)")),
    ("restore", "backup", QT_TRANSLATE_NOOP("cli", "create a working vault from a backup")),
    ("identity", "partners", QT_TRANSLATE_NOOP("cli", "this vault's organisation identity")),
    ("partner", "partners", QT_TRANSLATE_NOOP(
        "cli", "partner organisations (their contact cards)")),
    ("bundle", "partners", QT_TRANSLATE_NOOP("cli", "encrypted case bundles for partners")),
    ("addressees", "outreach", QT_TRANSLATE_NOOP("cli", "the address book of addressees")),
    ("outreach", "outreach", QT_TRANSLATE_NOOP(
        "cli", "what was sent to whom, and what came back")),
    ("reminders", "outreach", QT_TRANSLATE_NOOP(
        "cli", "what is due: release dates and follow-ups")),
    ("selftest", "selftest", QT_TRANSLATE_NOOP(
        "cli", "check this installation with a throwaway vault in a temporary directory")),
    ("passphrase", "passphrase", QT_TRANSLATE_NOOP("cli", "generate a strong passphrase")),
    ("travel", "travel", QT_TRANSLATE_NOOP(
        "cli", "travel mode: take the keys off the laptop for a journey")),
    ("stats", "patterns", QT_TRANSLATE_NOOP(
        "cli", "count events by type, time, place or perpetrator")),
    ("export", "exports", QT_TRANSLATE_NOOP(
        "cli", "export tables of incidents or a kit for Uwazi")),
)  # fmt: skip
COMMAND_MODULES = tuple(dict.fromkeys(f"casebook.commands.{m}" for _, m, _ in COMMANDS))


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `argv`, only the module of the command it names is
    imported and every other command is a stand-in with its help line (main() builds
    the whole parser when a stand-in is chosen after all)."""
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
    if argv is None:
        needed = COMMAND_MODULES
    else:
        named = _command_of(argv)
        needed = tuple(f"casebook.commands.{m}" for name, m, _ in COMMANDS if name == named)
    for module in needed:
        importlib.import_module(module).register(sub)
    for name, _module, text in COMMANDS:
        if name not in sub.choices:
            stand_in = sub.add_parser(name, help=translate("cli", text), add_help=False)
            stand_in.set_defaults(stand_in=True)  # takes anything: see main()
    _accept_globals_everywhere(parser)
    return parser


def _command_of(argv: Sequence[str]) -> str:
    """The sub-command `argv` names, as far as can be told without parsing: the first
    word that is not a main option or its value ('' when there is none)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _GLOBAL_VALUED:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return ""


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

    language.choose(argv)
    parser = build_parser(argv)
    if getattr(parser.parse_known_args(argv)[0], "stand_in", False):
        parser = build_parser()  # argv named its command in a way _command_of did not see
    args = parser.parse_args(argv)
    if args.interface_lang:  # an abbreviation (--la ru) that language.choose did not see
        language.choose(["--lang", args.interface_lang])
    if args.command is None:
        args.func = _gui if _gui_available() else None
        if args.func is None:
            parser.print_help()
            return 0
    from casebook.commands.common import run_command

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
