"""Counts of events over the vault: by type, time, place, perpetrator kind and the
victims' organisation, for `casebook stats` and the Patterns view.

Everything is counted by SQL aggregates in the database; nothing is written anywhere.
An event with several perpetrators of different kinds (or victims of several
organisations) is counted once under each of them, so the rows of those dimensions
may add up to more than `total`, which counts each event once.

Events known only to a year have no month or quarter: they are counted under the
year itself ("2024") in those dimensions rather than silently under January.

`Cube` is the cached aggregate behind the Patterns view: one recount of the vault,
after which changing the time span, event types or case statuses only adds up cached
rows (no database work).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import product
from typing import Any

from casebook.domain.model import EventDate
from casebook.i18n import QT_TRANSLATE_NOOP, translate
from casebook.vault.cases import STATS_SEP, CaseFilter
from casebook.vault.db import Connection

# The counted keys of an event, kept on its row by save_case (m0011_event_stats): one
# covering index per key, followed by type, month, case status and first day, so that
# a recount reads that index alone, in order (GROUP BY streams, nothing is sorted).
_KEYS: dict[str, tuple[str, str, str]] = {  # dimension -> (expression, index, separator)
    "place": ("e.place", "events_stats_place", ""),  # trimmed in _values
    "perpetrator": ("e.perpetrators", "events_stats_perpetrators", ","),
    "organisation": ("e.victim_orgs", "events_stats_orgs", STATS_SEP),
}
TIME_DIMENSIONS = ("month", "quarter", "year")
DIMENSIONS = ("type", *TIME_DIMENSIONS, "place", "perpetrator", "organisation")

PERPETRATOR_KINDS = {
    "individual": QT_TRANSLATE_NOOP("stats", "individual"),
    "unknown": QT_TRANSLATE_NOOP("stats", "not recorded"),
}


class StatsError(ValueError):
    """A request the statistics cannot answer (an unknown dimension, a bad date)."""


@dataclass(frozen=True)
class StatsRequest:
    """What to count. `cases` narrows the cases as the case list does (words, status,
    tag, and cases with an event of a type or in a span); `event_types`, `date_from`
    and `date_to` narrow the events themselves (ISO days, inclusive)."""

    by: tuple[str, ...] = ("type",)
    date_from: str = ""
    date_to: str = ""
    event_types: tuple[str, ...] = ()
    cases: CaseFilter = field(default_factory=CaseFilter)


@dataclass(frozen=True)
class StatsTable:
    by: tuple[str, ...]
    rows: list[tuple[tuple[str, ...], int]]  # values of `by`, count of events
    total: int  # events counted, each once

    def as_dicts(self) -> list[dict[str, object]]:
        return [{**dict(zip(self.by, key, strict=True)), "count": n} for key, n in self.rows]


def parse_by(text: str) -> tuple[str, ...]:
    """ "type,month" -> ("type", "month"); an unknown name is an error naming it."""
    names = tuple(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))
    for name in names:
        if name not in DIMENSIONS:
            raise StatsError(
                translate("stats", "cannot count by {name!r}: choose from {choices}").format(
                    name=name, choices=", ".join(DIMENSIONS)
                )
            )
    if not names:
        raise StatsError(translate("stats", "--by needs at least one of {choices}").format(
            choices=", ".join(DIMENSIONS)
        ))  # fmt: skip
    return names


def date_bounds(date_from: str, date_to: str) -> tuple[str, str]:
    """ISO days from what a person typed: --from 2024 is 2024-01-01, --to 2024-03 is
    2024-03-31. Raises StatsError naming the bad value, or a span that ends first."""
    start = end = ""
    try:
        if date_from.strip():
            start = EventDate.parse(date_from).start.isoformat()
        if date_to.strip():
            end = EventDate.parse(date_to).last_day().isoformat()
    except ValueError as exc:
        raise StatsError(str(exc)) from None
    if start and end and end < start:
        raise StatsError(translate("stats", "the span ends ({end}) before it starts ({start})")
                         .format(start=start, end=end))  # fmt: skip
    return start, end


def _event_where(request: StatsRequest) -> tuple[str, list[object], bool]:
    """WHERE for the events counted, and whether it reads only indexed columns (a case
    filter on anything but the status looks at the cases)."""
    clauses: list[str] = []
    args: list[object] = []
    if request.date_from:
        clauses.append("e.date_start >= ?")
        args.append(request.date_from)
    if request.date_to:
        clauses.append("e.date_start <= ?")
        args.append(request.date_to)
    if request.event_types:
        clauses.append(f"e.type IN ({', '.join('?' * len(request.event_types))})")
        args.extend(request.event_types)
    flt = request.cases
    covered = replace(flt, status="", ids=[]) == CaseFilter()
    if covered and flt.status:
        clauses.append("e.case_status = ?")
        args.append(flt.status)
    elif not covered:
        case_where, case_args = flt.where()
        clauses.append(f"e.case_id IN (SELECT c.id FROM cases c{case_where})")
        args.extend(case_args)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args, covered


def _month_text(month: int) -> str:
    """202403 -> "2024-03"; 2024 (an event known only to a year) -> "2024"."""
    return str(month) if month < 10000 else f"{month // 100:04d}-{month % 100:02d}"


def _values(dim: str, key: str) -> list[str]:
    """The values an event's key counts under (a set of kinds or organisations)."""
    sep = _KEYS[dim][2]
    return key.split(sep) if sep else [key.strip(" ")]  # as SQL's trim()


def _cells(
    conn: Connection, dim: str, request: StatsRequest, *, status: bool = True
) -> list[tuple[Any, ...]]:
    """(key, type, month[, status], events) for the events of `request`: one pass over
    `dim`'s covering index, grouped in its order (which streams). Everything else is
    added up in Python: a GROUP BY that sorts is slow with cipher_memory_security on
    (every buffer of the sort is wiped), seconds for a sort SQLite plain does at once."""
    where, args, covered = _event_where(request)
    expr, index, _sep = _KEYS[dim]
    hint = f" INDEXED BY {index}" if covered else ""
    more = ", e.case_status" if status else ""
    groups = "1, 2, 3, 4" if status else "1, 2, 3"
    return conn.execute(
        f"SELECT {expr}, e.type, e.month{more}, count(*) FROM events e{hint}{where}"
        f" GROUP BY {groups}",
        args,
    ).fetchall()


class _Months:
    """Labels of months (YYYYMM, or YYYY for a year only) per time dimension, cached."""

    def __init__(self) -> None:
        self.cache: dict[tuple[str, int], str] = {}

    def label(self, dim: str, month: int) -> str:
        found = self.cache.get((dim, month))
        if found is None:
            found = self.cache[(dim, month)] = _bucket(dim, _month_text(month))
        return found


def count_events(conn: Connection, request: StatsRequest) -> StatsTable:
    """Counts of events grouped by `request.by`, largest first, then by value (in time
    order when the first dimension is one of time)."""
    for name in request.by:
        if name not in DIMENSIONS:
            parse_by(name)  # raises the error naming it
    keyed = [d for d in request.by if d in _KEYS]
    out: dict[tuple[str, ...], int] = {}
    total = 0
    months = _Months()
    if len(keyed) <= 1:  # one index read in order: the usual case
        key = keyed[0] if keyed else "place"
        sep = _KEYS[key][2]
        for k, event_type, month, n in _cells(conn, key, request, status=False):
            total += n
            values = (k.split(sep) if sep else [k.strip(" ")]) if keyed else [""]
            for value in values:
                row = tuple(
                    event_type if d == "type" else value if d == key
                    else months.label(d, month)
                    for d in request.by
                )  # fmt: skip
                out[row] = out.get(row, 0) + n
    else:  # two or three keys: one pass over the index of perpetrators (or of
        # organisations), which holds the other keys too, each event read (the events
        # of a group joined by group_concat were slower: its buffers are wiped too)
        driver = "perpetrator" if "perpetrator" in keyed else "organisation"
        others = [d for d in ("place", "organisation") if d in keyed and d != driver]
        where_sql, args, covered = _event_where(request)
        expr, index, sep = _KEYS[driver]
        hint = f" INDEXED BY {index}" if covered else ""
        cols = ", ".join(_KEYS[d][0] for d in others)
        seen: dict[tuple[Any, ...], int] = {}
        for key in conn.execute(
            f"SELECT {expr}, e.type, e.month, {cols} FROM events e{hint}{where_sql}", args
        ):
            seen[key] = seen.get(key, 0) + 1
        # each output value from a row (key, type, month, *others) of `seen`: split and
        # trimmed once per distinct text, labelled once per month
        split: dict[tuple[str, str], list[str]] = {}
        names = [driver, *others]

        def values_of(dim: str, text: str) -> list[str]:
            found = split.get((dim, text))
            if found is None:
                found = split[(dim, text)] = _values(dim, text)
            return found

        for (key, event_type, month, *fields), n in seen.items():
            total += n
            lists = [values_of(d, f) for d, f in zip(names, (key, *fields), strict=True)]
            for values in product(*lists):
                chosen = dict(zip(names, values, strict=True))
                row = tuple(
                    event_type if d == "type" else chosen[d] if d in chosen
                    else months.label(d, month)
                    for d in request.by
                )  # fmt: skip
                out[row] = out.get(row, 0) + n
    keyed_rows = list(out.items())
    time_first = bool(request.by) and request.by[0] in TIME_DIMENSIONS
    keyed_rows.sort(key=(lambda r: r[0]) if time_first else (lambda r: (-r[1], r[0])))
    return StatsTable(tuple(request.by), keyed_rows, total)


def _value_condition(dim: str, value: str) -> tuple[str, list[object]]:
    """SQL that an event counts under `value` of `dim`."""
    if dim == "type":
        return "e.type = ?", [value]
    if dim in TIME_DIMENSIONS:
        if len(value) == 4:  # a year; in months and quarters, the events known to it only
            if dim == "year":
                year = int(value)
                span: list[object] = [year, year * 100, year * 100 + 12]
                return "(e.month = ? OR e.month BETWEEN ? AND ?)", span
            return "e.month = ?", [int(value)]
        if dim == "month":
            return "e.month = ?", [int(value[:4] + value[5:7])]
        first = int(value[:4]) * 100 + 3 * int(value[6]) - 2
        return "e.month BETWEEN ? AND ?", [first, first + 2]
    expr, _index, sep = _KEYS[dim]
    if not sep:
        return f"trim({expr}) = ?", [value]
    quoted = "char(31)" if sep == STATS_SEP else "','"
    return (f"instr({quoted} || {expr} || {quoted}, {quoted} || ? || {quoted}) > 0",
            [value])  # fmt: skip


def case_ids_for(
    conn: Connection, request: StatsRequest, values: Sequence[str], limit: int | None = None
) -> list[str]:
    """The cases behind one row of a table: cases with an event counted under
    `values` (one per dimension of `request.by`), most recently updated first; all of
    them unless `limit` is given."""
    where, args, _covered = _event_where(request)
    conds: list[str] = []
    for dim, value in zip(request.by, values, strict=True):
        cond, more = _value_condition(dim, value)
        conds.append(cond)
        args.extend(more)
    glue = " AND " if where else " WHERE "
    tail = " LIMIT ?" if limit is not None else ""
    rows = conn.execute(
        f"SELECT c.id FROM cases c WHERE c.id IN (SELECT e.case_id FROM events e"
        f"{where}{glue}{' AND '.join(conds)}) ORDER BY c.updated DESC, c.id{tail}",
        [*args, *([limit] if limit is not None else [])],
    ).fetchall()
    return [r[0] for r in rows]


def case_titles(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    """Titles of the given cases (a page of them at a time: the Patterns view reads
    the titles of the rows it shows)."""
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        out.update(conn.execute(f"SELECT id, title FROM cases WHERE id IN ({marks})", chunk))
    return out


def cases_behind(
    conn: Connection, request: StatsRequest, values: Sequence[str], limit: int | None = None
) -> list[tuple[str, str]]:
    """(id, title) of the cases behind one row, most recently updated first."""
    ids = case_ids_for(conn, request, values, limit)
    titles = case_titles(conn, ids)
    return [(i, titles[i]) for i in ids if i in titles]


# --- the cached aggregate of the Patterns view ---------------------------------------


Triple = tuple[str, str, str]  # (event type, month, case status)


@dataclass
class Cube:
    """Counts per (event type, month, case status) and value, for each dimension, read
    once.

    Filters on time (whole months), event types and statuses are applied by adding up
    these counts in memory; a filter on words or tags needs a recount (`load` again with
    that case filter). Type and time are added up from the totals, which any one
    dimension gives (each event once)."""

    cells: dict[str, dict[Triple, dict[str, int]]]
    totals: dict[Triple, int]  # events, once each

    @classmethod
    def load(
        cls, conn: Connection, dimensions: Iterable[str] = DIMENSIONS,
        cases: CaseFilter | None = None, *, totals: bool = True,
    ) -> Cube:  # fmt: skip
        """Read the counts of `dimensions`, each from its index in one pass; the first
        one read also gives the totals (read unless `totals` is false: a cube being
        extended has them)."""
        request = StatsRequest(cases=replace(cases) if cases else CaseFilter())
        wanted = [d for d in dict.fromkeys(dimensions) if d in _KEYS]
        if totals and not wanted:
            wanted = ["place"]  # the smallest pass that gives the totals
        cells: dict[str, dict[Triple, dict[str, int]]] = {}
        counted: dict[Triple, int] = {}
        months: dict[int, str] = {}
        for dim in wanted:
            cell: dict[Triple, dict[str, int]] = {}
            count_totals = totals and dim == wanted[0]
            sep = _KEYS[dim][2]
            for key, event_type, month, status, n in _cells(conn, dim, request):
                text = months.get(month)
                if text is None:
                    text = months[month] = _month_text(month)
                triple = (event_type, text, status)
                if count_totals:
                    counted[triple] = counted.get(triple, 0) + n
                values = cell.get(triple)
                if values is None:
                    values = cell[triple] = {}
                for value in key.split(sep) if sep else (key.strip(" "),):
                    values[value] = values.get(value, 0) + n
            cells[dim] = cell
        return cls(cells, counted)

    def has(self, dim: str) -> bool:
        """Whether `table(dim)` can be answered from what was read."""
        return dim in ("type", *TIME_DIMENSIONS) or dim in self.cells

    def table(
        self, dim: str, *, month_from: str = "", month_to: str = "",
        types: Sequence[str] = (), statuses: Sequence[str] = (),
    ) -> StatsTable:  # fmt: skip
        """Counts by one dimension within whole months `month_from`..`month_to`
        ("YYYY-MM", inclusive; an event known to a year only counts when the year
        lies within), of the given event types and case statuses (empty: all)."""
        type_set, status_set = set(types), set(statuses)

        def keep(t: str, m: str, s: str) -> bool:
            if type_set and t not in type_set or status_set and s not in status_set:
                return False
            if month_from and (m if len(m) > 4 else m + "-01") < month_from:
                return False
            return not (month_to and (m if len(m) > 4 else m + "-12") > month_to)

        out: dict[str, int] = {}
        total = 0
        kept = [triple for triple in self.totals if keep(*triple)]
        for triple in kept:
            n = self.totals[triple]
            total += n
            if dim == "type":
                out[triple[0]] = out.get(triple[0], 0) + n
            elif dim in TIME_DIMENSIONS:
                bucket = _bucket(dim, triple[1])
                out[bucket] = out.get(bucket, 0) + n
        if dim not in ("type", *TIME_DIMENSIONS):
            cells = self.cells[dim]
            for triple in kept:
                for value, n in cells.get(triple, {}).items():
                    out[value] = out.get(value, 0) + n
        rows: list[tuple[tuple[str, ...], int]] = [((k,), n) for k, n in out.items()]
        rows.sort(key=(lambda r: r[0]) if dim in TIME_DIMENSIONS else (lambda r: (-r[1], r[0])))
        return StatsTable((dim,), rows, total)


def _months_of(key: str) -> tuple[int, int]:
    """The first and last month (year * 12 + month - 1) of "YYYY", "YYYY-MM", "YYYY-Qn"."""
    year = int(key[:4]) * 12
    if len(key) == 4:
        return year, year + 11
    if key[5] == "Q":
        first = year + 3 * (int(key[6]) - 1)
        return first, first + 2
    return year + int(key[5:7]) - 1, year + int(key[5:7]) - 1


def continuous(table: StatsTable, month_from: str = "", month_to: str = "") -> StatsTable:
    """A table of one time dimension with every month (quarter, year) from the first
    to the last, those without events at 0, so that a timeline shows the gaps. The axis
    spans `month_from`..`month_to` ("YYYY-MM") when given, else the events. Events known
    only to a year keep their own row ("2024") before that year's months or quarters."""
    dim = table.by[0]
    counts = {key[0]: n for key, n in table.rows}
    if not counts and not (month_from and month_to):
        return table
    # a year known to the year only is a row of its own: it does not stretch the axis
    periods = [k for k in counts if len(k) > 4 or dim == "year"] or list(counts)
    spans = [_months_of(k) for k in periods]
    low = _months_of(month_from)[0] if month_from else min(a for a, _ in spans)
    high = _months_of(month_to)[1] if month_to else max(b for _, b in spans)
    axis: set[str] = set(counts)  # nothing counted is dropped
    for month in range(low, high + 1):
        year = month // 12
        if dim == "year":
            axis.add(f"{year:04d}")
        elif dim == "quarter":
            axis.add(f"{year:04d}-Q{month % 12 // 3 + 1}")
        else:
            axis.add(f"{year:04d}-{month % 12 + 1:02d}")
    rows: list[tuple[tuple[str, ...], int]] = [((k,), counts.get(k, 0)) for k in sorted(axis)]
    return StatsTable(table.by, rows, table.total)


def _bucket(dim: str, month: str) -> str:
    if len(month) == 4 or dim == "month":
        return month
    if dim == "year":
        return month[:4]
    return f"{month[:4]}-Q{(int(month[5:7]) + 2) // 3}"
