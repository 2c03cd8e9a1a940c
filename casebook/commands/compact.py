"""casebook compact: rebuild the database so that nothing deleted stays in it."""

from __future__ import annotations

import argparse

from casebook.commands.common import kibibytes, opened
from casebook.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "compact",
        help=translate(
            "cli", "rebuild the database so that nothing deleted can be recovered from it"
        ),
    )
    p.set_defaults(func=cmd_compact)


def cmd_compact(args: argparse.Namespace) -> int:
    from casebook.services.compact import compact

    with opened(args) as vault:
        report = compact(vault)
    print(
        translate("cli", "compacted: {before} -> {after} in {seconds:.1f} s").format(
            before=kibibytes(max(report.bytes_before, 1024)),
            after=kibibytes(max(report.bytes_after, 1024)),
            seconds=report.seconds,
        )
    )
    return 0
