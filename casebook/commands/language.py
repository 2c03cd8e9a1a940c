"""The language of the command line: --lang, else CASEBOOK_LANG, else the locale.

argparse's own words ("usage:", "options", its error formats) are looked up through
`argparse._` and `argparse.ngettext` at the moment they are used, so pointing those at
translate("argparse", ...) translates them; the strings are declared below for lupdate.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from casebook import i18n
from casebook.i18n import QT_TRANSLATE_NOOP

# Options of the main parser that take a value: skipped while looking for --lang.
_VALUED = ("--vault", "--passphrase-file")

ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
)


def _gettext(text: str | None) -> str | None:
    return None if text is None else i18n.translate("argparse", text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return i18n.translate("argparse", singular if n == 1 else plural)


def hook_argparse() -> None:
    """Route argparse's own words through the catalogue (English when none is loaded)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def requested(argv: Sequence[str]) -> str | None:
    """The value of a --lang given before the command, if any (read before the parser is
    built, as its help texts are translated when they are added)."""
    args = list(argv)
    i = 0
    while i < len(args):
        token = args[i]
        if token == "--lang":
            return args[i + 1] if i + 1 < len(args) else None
        if token.startswith("--lang="):
            return token.split("=", 1)[1]
        if token == "--":
            return None
        if token in _VALUED:
            i += 2
            continue
        if not token.startswith("-"):
            return None  # the command: a --lang after it belongs to the command
        i += 1
    return None


def choose(argv: Sequence[str]) -> str:
    """Set the language of messages from argv or the environment; return it."""
    wanted = i18n.normalise(requested(argv)) or i18n.language_from_environment()
    hook_argparse()
    return i18n.set_language(wanted)
