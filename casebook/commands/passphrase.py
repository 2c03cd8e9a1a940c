"""passphrase suggest."""

from __future__ import annotations

import argparse

from casebook.commands.common import EXIT_USAGE, CliError
from casebook.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("passphrase", help=translate("cli", "generate a strong passphrase"))
    actions = p.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True)
    s = actions.add_parser(
        "suggest",
        help=translate("cli", "print a passphrase of random words (at least 77 bits)"),
    )
    s.add_argument(
        "--lang", dest="words_lang", choices=("en", "ru", "kk"), default="en",
        help=translate("cli", "language of the words (default: en)"),
    )  # fmt: skip
    s.add_argument(
        "--words", type=int, default=6, metavar="N",
        help=translate("cli", "number of words, at least 6 (default: 6)"),
    )  # fmt: skip
    s.set_defaults(func=cmd_suggest)


def cmd_suggest(args: argparse.Namespace) -> int:
    from casebook.services.passphrase import suggest

    try:
        suggestion = suggest(args.words_lang, args.words)
    except ValueError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    print(suggestion.passphrase)
    return 0
