"""selftest: check that this installation works (also in the frozen application)."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "selftest",
        help="check this installation with a throwaway vault in a temporary directory",
        description="Create a throwaway vault in a temporary directory, import a fictional "
        "case, add evidence, export a PDF appeal in Kazakh and verify the vault; one line "
        "per check. Your own vault is not opened. Exit code 1 when a check fails.",
    )
    p.set_defaults(func=cmd_selftest)


def cmd_selftest(args: argparse.Namespace) -> int:
    from casebook.services.selftest import run_selftest

    def report(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    return 0 if run_selftest(report) else 1
