"""stats: counts of events by type, time, place, perpetrator kind, organisation."""

from __future__ import annotations

import argparse
import csv
import io
import sys

from casebook.commands.common import EXIT_USAGE, CliError, opened, print_json
from casebook.domain import vocab
from casebook.i18n import language, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stats", help=translate("cli", "count events by type, time, place or perpetrator")
    )
    p.add_argument(
        "--by", default="type", metavar="DIMS",
        help=translate("cli", "what to count by, comma separated: {choices}").format(
            choices="type, month, quarter, year, place, perpetrator, organisation"
        ),
    )  # fmt: skip
    p.add_argument(
        "--from",
        dest="date_from",
        default="",
        metavar="D",
        help=translate("cli", "only events on or after D (YYYY-MM-DD, YYYY-MM, YYYY)"),
    )
    p.add_argument(
        "--to",
        dest="date_to",
        default="",
        metavar="D",
        help=translate("cli", "only events on or before D (YYYY-MM-DD, YYYY-MM, YYYY)"),
    )
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    out.add_argument("--csv", action="store_true", help=translate("cli", "print CSV"))
    p.set_defaults(func=cmd_stats)


def cmd_stats(args: argparse.Namespace) -> int:
    from casebook.services import stats

    try:  # bad options fail before the passphrase is asked for
        by = stats.parse_by(args.by)
        start, end = stats.date_bounds(args.date_from, args.date_to)
    except stats.StatsError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    request = stats.StatsRequest(by=by, date_from=start, date_to=end)
    with opened(args) as vault:
        table = stats.count_events(vault.conn, request)
    if args.json:
        print_json(
            {
                "by": list(by), "from": start or None, "to": end or None,
                "total": table.total, "rows": [_with_codes(r) for r in table.as_dicts()],
            }
        )  # fmt: skip
    elif args.csv:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        extra = ["esf_code"] if "type" in by else []
        writer.writerow([*by, *extra, "count"])
        for row in table.as_dicts():
            row = _with_codes(row)
            writer.writerow([row[d] for d in by] + [row[c] for c in extra] + [row["count"]])
        sys.stdout.write(buf.getvalue())
    else:
        sys.stdout.write(format_table(table))
    return 0


def _with_codes(row: dict[str, object]) -> dict[str, object]:
    if "type" in row:
        row = {**row, "esf_code": vocab.esf_code(str(row["type"]))}
    return row


def value_label(dim: str, value: str, lang: str) -> str:
    """How a counted value reads for a person (codes become labels)."""
    from casebook.services.stats import PERPETRATOR_KINDS

    if dim == "type":
        return vocab.label(vocab.EVENT_TYPE, value, lang)
    if dim == "perpetrator":
        if value in PERPETRATOR_KINDS:
            return translate("stats", PERPETRATOR_KINDS[value])
        return vocab.label(vocab.ORG_KIND, value, lang)
    return value or "—"


def format_table(table: object) -> str:
    from casebook.services.stats import StatsTable

    assert isinstance(table, StatsTable)
    lang = language()
    lines = []
    labelled = [
        ([value_label(d, v, lang) for d, v in zip(table.by, key, strict=True)], n)
        for key, n in table.rows
    ]
    widths = [max([len(d)] + [len(k[i]) for k, _ in labelled]) for i, d in enumerate(table.by)]
    lines.append("  ".join(d.ljust(w) for d, w in zip(table.by, widths, strict=True)) + "  count")
    for key, n in labelled:
        lines.append("  ".join(k.ljust(w) for k, w in zip(key, widths, strict=True)) + f"  {n:>5}")
    lines.append(translate("cli", "{count} events").format(count=table.total))
    return "\n".join(lines) + "\n"
