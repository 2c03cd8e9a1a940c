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

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from casebook.domain.model import EventDate
from casebook.i18n import QT_TRANSLATE_NOOP, translate
from casebook.vault.cases import CaseFilter
from casebook.vault.db import Connection

_MONTH = "CASE WHEN length(e.date_text) = 4 THEN e.date_text ELSE substr(e.date_start, 1, 7) END"
_QUARTER = (
    "CASE WHEN length(e.date_text) = 4 THEN e.date_text ELSE substr(e.date_start, 1, 4)"
    " || '-Q' || ((CAST(substr(e.date_start, 6, 2) AS INTEGER) + 2) / 3) END"
)
# Kind of each perpetrator of an event: the organisation's kind, "individual" for a
# person, "unknown" when the event names no perpetrator.
_PERPETRATORS = (
    "SELECT DISTINCT i.event_id, CASE WHEN o.id IS NOT NULL THEN o.kind"
    " WHEN p.id IS NOT NULL THEN 'individual' ELSE 'unknown' END AS value"
    " FROM involvements i LEFT JOIN organisations o ON o.id = i.party_id"
    " LEFT JOIN people p ON p.id = i.party_id WHERE i.role = 'perpetrator'"
)
# The organisation of each victim: a person's organisation, or the organisation itself.
_VICTIM_ORGS = (
    "SELECT DISTINCT i.event_id, trim(COALESCE(NULLIF(trim(p.organisation), ''), o.name, ''))"
    " AS value FROM involvements i LEFT JOIN organisations o ON o.id = i.party_id"
    " LEFT JOIN people p ON p.id = i.party_id WHERE i.role = 'victim'"
)

# dimension -> (SQL expression, joined subquery or "")
_DIMENSIONS: dict[str, tuple[str, str]] = {
    "type": ("e.type", ""),
    "month": (_MONTH, ""),
    "quarter": (_QUARTER, ""),
    "year": ("substr(e.date_start, 1, 4)", ""),
    "place": ("trim(e.place)", ""),
    "perpetrator": ("COALESCE(pk.value, 'unknown')", f"LEFT JOIN ({_PERPETRATORS}) pk"),
    "organisation": ("COALESCE(vo.value, '')", f"LEFT JOIN ({_VICTIM_ORGS}) vo"),
}
_ALIAS = {"perpetrator": "pk", "organisation": "vo"}
DIMENSIONS = tuple(_DIMENSIONS)
TIME_DIMENSIONS = ("month", "quarter", "year")

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
        if name not in _DIMENSIONS:
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


def _event_where(request: StatsRequest) -> tuple[str, list[object]]:
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
    case_where, case_args = request.cases.where()
    if case_where:
        clauses.append(f"e.case_id IN (SELECT c.id FROM cases c{case_where})")
        args.extend(case_args)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def _joins(by: Sequence[str]) -> str:
    return "".join(
        f" {_DIMENSIONS[d][1]} ON {_ALIAS[d]}.event_id = e.id" for d in by if _DIMENSIONS[d][1]
    )


def count_events(conn: Connection, request: StatsRequest) -> StatsTable:
    """Counts of events grouped by `request.by`, largest first, then by value."""
    for name in request.by:
        if name not in _DIMENSIONS:
            parse_by(name)  # raises the error naming it
    if len(request.by) == 1 and request.by[0] in TIME_DIMENSIONS and not request.event_types:
        return _count_by_time(conn, request)
    where, args = _event_where(request)
    exprs = [_DIMENSIONS[d][0] for d in request.by]
    cols = ", ".join(exprs)
    rows = conn.execute(
        f"SELECT {cols}, count(*) FROM events e{_joins(request.by)}{where}"
        f" GROUP BY {', '.join(str(i + 1) for i in range(len(exprs)))}",
        args,
    ).fetchall()
    total = int(conn.execute(f"SELECT count(*) FROM events e{where}", args).fetchone()[0])
    keyed = [(tuple(str(v) for v in r[:-1]), int(r[-1])) for r in rows]
    time_first = bool(request.by) and request.by[0] in TIME_DIMENSIONS
    keyed.sort(key=(lambda r: r[0]) if time_first else (lambda r: (-r[1], r[0])))
    return StatsTable(tuple(request.by), keyed, total)


def _count_by_time(conn: Connection, request: StatsRequest) -> StatsTable:
    """One time dimension: counts per day stream over the index on (date_start,
    case_id) without sorting (a GROUP BY on substr() sorted every event: ten times
    slower), then add up in Python. Events known only to a year start on 1 January:
    those days are looked at again for them."""
    where, args = _event_where(request)
    days = conn.execute(
        f"SELECT e.date_start, count(*) FROM events e{where} GROUP BY e.date_start", args
    ).fetchall()
    jan_first = [d for d, _ in days if d.endswith("-01-01")]
    years: dict[str, int] = {}
    if jan_first:
        marks = ", ".join("?" * len(jan_first))
        glue = " AND " if where else " WHERE "
        years = dict(conn.execute(
            f"SELECT e.date_start, count(*) FROM events e{where}{glue}e.date_start IN ({marks})"
            " AND length(e.date_text) = 4 GROUP BY e.date_start",
            [*args, *jan_first],
        ).fetchall())  # fmt: skip
    dim = request.by[0]
    out: Counter[str] = Counter()
    for day, n in days:
        year_only = int(years.get(day, 0))
        if year_only:
            out[day[:4]] += year_only
        if n - year_only:
            out[_bucket(dim, day[:7])] += n - year_only
    rows: list[tuple[tuple[str, ...], int]] = sorted(((k,), n) for k, n in out.items())
    return StatsTable((dim,), rows, sum(out.values()))


def case_ids_for(
    conn: Connection, request: StatsRequest, values: Sequence[str], limit: int = 10_000
) -> list[str]:
    """The cases behind one row of a table: cases with an event counted under
    `values` (one per dimension of `request.by`), most recently updated first."""
    where, args = _event_where(request)
    conds = [f"{_DIMENSIONS[d][0]} = ?" for d in request.by]
    glue = " AND " if where else " WHERE "
    rows = conn.execute(
        f"SELECT c.id FROM cases c WHERE c.id IN (SELECT e.case_id FROM events e"
        f"{_joins(request.by)}{where}{glue}{' AND '.join(conds)})"
        " ORDER BY c.updated DESC, c.id LIMIT ?",
        [*args, *values, limit],
    ).fetchall()
    return [r[0] for r in rows]


def cases_behind(
    conn: Connection, request: StatsRequest, values: Sequence[str], limit: int = 1000
) -> list[tuple[str, str]]:
    """(id, title) of the cases behind one row, most recently updated first."""
    ids = case_ids_for(conn, request, values, limit)
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    titles = dict(conn.execute(f"SELECT id, title FROM cases WHERE id IN ({marks})", ids))
    return [(i, titles[i]) for i in ids if i in titles]


# --- the cached aggregate of the Patterns view ---------------------------------------


@dataclass
class Cube:
    """Counts per (value, event type, month, case status) for each dimension, read once.

    Filters on time (whole months), event types and statuses are applied by adding up
    these rows in memory; a filter on words or tags needs a recount (`load` again with
    that case filter)."""

    cells: dict[str, Counter[tuple[str, str, str, str]]]
    totals: Counter[tuple[str, str, str]]  # (type, month, status) -> events, once each

    @classmethod
    def load(
        cls, conn: Connection, dimensions: Iterable[str] = DIMENSIONS,
        cases: CaseFilter | None = None, *, totals: bool = True,
    ) -> Cube:  # fmt: skip
        """Read the counts of `dimensions` (type and time need only the totals, which
        are read unless `totals` is false: a cube being extended has them)."""
        request = StatsRequest(cases=replace(cases) if cases else CaseFilter())
        where, args = _event_where(request)
        base = f"e.type, {_MONTH}, c.status"
        join_case = " JOIN cases c ON c.id = e.case_id"
        cells: dict[str, Counter[tuple[str, str, str, str]]] = {}
        for dim in dimensions:
            if dim in TIME_DIMENSIONS or dim == "type":
                continue  # derived from the totals
            expr = _DIMENSIONS[dim][0]
            rows = conn.execute(
                f"SELECT {expr}, {base}, count(*) FROM events e{join_case}{_joins([dim])}"
                f"{where} GROUP BY 1, 2, 3, 4",
                args,
            )
            cells[dim] = Counter({(str(v), t, m, s): int(n) for v, t, m, s, n in rows})
        counted: Counter[tuple[str, str, str]] = Counter()
        if totals:
            rows = conn.execute(
                f"SELECT {base}, count(*) FROM events e{join_case}{where} GROUP BY 1, 2, 3",
                args,
            )
            counted = Counter({(t, m, s): int(n) for t, m, s, n in rows})
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

        out: Counter[str] = Counter()
        total = 0
        for (t, m, s), n in self.totals.items():
            if keep(t, m, s):
                total += n
                if dim == "type":
                    out[t] += n
                elif dim in TIME_DIMENSIONS:
                    out[_bucket(dim, m)] += n
        if dim not in ("type", *TIME_DIMENSIONS):
            for (v, t, m, s), n in self.cells[dim].items():
                if keep(t, m, s):
                    out[v] += n
        rows: list[tuple[tuple[str, ...], int]] = [((k,), n) for k, n in out.items()]
        rows.sort(key=(lambda r: r[0]) if dim in TIME_DIMENSIONS else (lambda r: (-r[1], r[0])))
        return StatsTable((dim,), rows, total)


def _bucket(dim: str, month: str) -> str:
    if len(month) == 4 or dim == "month":
        return month
    if dim == "year":
        return month[:4]
    return f"{month[:4]}-Q{(int(month[5:7]) + 2) // 3}"
