"""selftest: check that this installation works (also in the frozen application)."""

from __future__ import annotations

import argparse
import sys

from casebook.i18n import QT_TRANSLATE_NOOP, translate
from casebook.services.selftest import Step


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "selftest",
        help=translate(
            "cli", "check this installation with a throwaway vault in a temporary directory"
        ),
        description=translate(
            "cli",
            "Create a throwaway vault in a temporary directory, import a fictional case, add "
            "evidence, export a PDF appeal in Kazakh and verify the vault; one line per check. "
            "Your own vault is not opened. Exit code 1 when a check fails.",
        ),
    )
    p.set_defaults(func=cmd_selftest)


def cmd_selftest(args: argparse.Namespace) -> int:
    from casebook.services.selftest import run_selftest

    def report(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    return 0 if run_selftest(report, steps=steps()) else 1


def steps() -> list[Step]:
    """The service's steps, with the GUI check after the bundled data (before the PDF,
    which would otherwise start Qt without widgets)."""
    from casebook.services.selftest_steps import STEPS
    from casebook.ui.selftest_check import qt_widgets

    titles = [title for title, _ in STEPS]
    at = titles.index("finding the bundled data") + 1
    gui = (QT_TRANSLATE_NOOP("selftest", "starting Qt widgets"), qt_widgets)
    return [*STEPS[:at], gui, *STEPS[at:]]
