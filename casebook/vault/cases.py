"""Case repository: a case is stored and loaded as one aggregate."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from casebook.domain.model import (
    Case,
    CaseSummary,
    Event,
    EventDate,
    Involvement,
    Organisation,
    Person,
)
from casebook.i18n import translate
from casebook.vault import outreach
from casebook.vault.db import Connection
from casebook.vault.errors import NotFound

_PERSON_COLS = (
    "id", "name", "pseudonym", "consent", "organisation", "role", "profile",
    "private_notes", "risk", "gender", "anonymous_description", "contact",
)  # fmt: skip
_CASE_COLS = (
    "id", "title", "status", "country", "location", "summary", "background",
    "sensitivity", "created", "updated",
)  # fmt: skip


def _search_body(case: Case) -> str:
    parts: list[str] = [case.summary, case.background, case.location, " ".join(case.tags)]
    for p in case.people:
        parts += [p.name, p.pseudonym, p.organisation, p.role, p.profile]
    for o in case.organisations:
        parts += [o.name, o.description]
    for e in case.events:
        parts += [e.place, e.description]
    return "\n".join(x for x in parts if x)


def save_case(conn: Connection, case: Case) -> None:
    """Insert or replace `case` with everything it holds. Call inside a transaction."""
    exists = conn.execute("SELECT fts_rowid FROM cases WHERE id = ?", (case.id,)).fetchone()
    last = max((e.date.last_day().isoformat() for e in case.events), default="")
    values = [getattr(case, c) for c in _CASE_COLS]
    values += [json.dumps(case.tags), json.dumps(case.demands), len(case.events), last]
    if exists:
        conn.execute(
            "UPDATE cases SET title=?, status=?, country=?, location=?, summary=?, background=?,"
            " sensitivity=?, created=?, updated=?, tags=?, demands=?, event_count=?, last_event=?"
            " WHERE id=?",
            (*values[1:], case.id),
        )
        for table in ("case_tags", "people", "organisations"):
            conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case.id,))
        # Events are replaced, but links from evidence to events that still exist are kept.
        keep = {e.id for e in case.events}
        old = [r[0] for r in conn.execute("SELECT id FROM events WHERE case_id=?", (case.id,))]
        links = conn.execute(
            "SELECT evidence_id, event_id FROM evidence_events WHERE event_id IN "
            "(SELECT id FROM events WHERE case_id = ?)",
            (case.id,),
        ).fetchall()
        conn.executemany("DELETE FROM events WHERE id = ?", [(i,) for i in old])
        fts_rowid = exists[0]
        conn.execute("DELETE FROM case_fts WHERE rowid = ?", (fts_rowid,))
    else:
        fts_rowid = None
        conn.execute(
            f"INSERT INTO cases ({', '.join(_CASE_COLS)}, tags, demands, event_count, last_event)"
            f" VALUES ({', '.join('?' * (len(_CASE_COLS) + 4))})",
            values,
        )
        keep, links = set(), []
    conn.executemany(
        "INSERT OR IGNORE INTO case_tags(case_id, tag) VALUES (?, ?)",
        [(case.id, t) for t in case.tags],
    )
    conn.executemany(
        f"INSERT INTO people (case_id, position, {', '.join(_PERSON_COLS)})"
        f" VALUES ({', '.join('?' * (len(_PERSON_COLS) + 2))})",
        [(case.id, i, *(getattr(p, c) for c in _PERSON_COLS)) for i, p in enumerate(case.people)],
    )
    conn.executemany(
        "INSERT INTO organisations (case_id, position, id, name, kind, description)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (case.id, i, o.id, o.name, o.kind, o.description)
            for i, o in enumerate(case.organisations)
        ],
    )
    conn.executemany(
        "INSERT INTO events (case_id, position, id, date_text, date_start, time, place, type,"
        " description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                case.id,
                i,
                e.id,
                e.date.text(),
                e.date.sort_key(),
                e.time,
                e.place,
                e.type,
                e.description,
            )
            for i, e in enumerate(case.events)
        ],  # fmt: skip
    )
    conn.executemany(
        "INSERT INTO involvements (event_id, position, party_id, role) VALUES (?, ?, ?, ?)",
        [(e.id, i, inv.ref, inv.role) for e in case.events for i, inv in enumerate(e.involved)],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO evidence_events (evidence_id, event_id) VALUES (?, ?)",
        [link for link in links if link[1] in keep],
    )
    # The index row is found by its rowid, kept in cases.fts_rowid: a lookup by the
    # UNINDEXED case_id column would scan the whole index.
    cursor = conn.execute(
        "INSERT INTO case_fts (rowid, case_id, title, body) VALUES (?, ?, ?, ?)",
        (fts_rowid, case.id, case.title, _search_body(case)),
    )
    if fts_rowid is None:
        conn.execute("UPDATE cases SET fts_rowid = ? WHERE id = ?", (cursor.lastrowid, case.id))
    outreach.save_case_outreach(conn, case)


def get_case(conn: Connection, case_id: str) -> Case:
    row = conn.execute(
        f"SELECT {', '.join(_CASE_COLS)}, tags, demands FROM cases WHERE id = ?", (case_id,)
    ).fetchone()
    if row is None:
        raise NotFound(translate("vault", "no case with id {id!r}").format(id=case_id))
    case = Case(**dict(zip(_CASE_COLS, row[: len(_CASE_COLS)], strict=True)))
    case.tags = json.loads(row[-2])
    case.demands = json.loads(row[-1])
    case.people = [
        Person(**dict(zip(_PERSON_COLS, r, strict=True)))
        for r in conn.execute(
            f"SELECT {', '.join(_PERSON_COLS)} FROM people WHERE case_id=? ORDER BY position",
            (case_id,),
        )
    ]
    case.organisations = [
        Organisation(id=r[0], name=r[1], kind=r[2], description=r[3])
        for r in conn.execute(
            "SELECT id, name, kind, description FROM organisations WHERE case_id=?"
            " ORDER BY position",
            (case_id,),
        )
    ]
    involved: dict[str, list[Involvement]] = {}
    for event_id, party, role in conn.execute(
        "SELECT i.event_id, i.party_id, i.role FROM involvements i JOIN events e"
        " ON e.id = i.event_id WHERE e.case_id = ? ORDER BY i.event_id, i.position",
        (case_id,),
    ):
        involved.setdefault(event_id, []).append(Involvement(party, role))
    case.events = [
        Event(
            id=r[0],
            date=EventDate.parse(r[1]),
            time=r[2],
            place=r[3],
            type=r[4],
            description=r[5],
            involved=involved.get(r[0], []),
        )  # fmt: skip
        for r in conn.execute(
            "SELECT id, date_text, time, place, type, description FROM events"
            " WHERE case_id = ? ORDER BY position",
            (case_id,),
        )
    ]
    outreach.load_case_outreach(conn, case)
    return case


def case_exists(conn: Connection, case_id: str) -> bool:
    return conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None


def delete_case(conn: Connection, case_id: str) -> None:
    """Delete the case and, by cascade, everything in it. Call inside a transaction."""
    conn.execute(
        "DELETE FROM case_fts WHERE rowid = (SELECT fts_rowid FROM cases WHERE id = ?)",
        (case_id,),
    )
    if conn.execute("DELETE FROM cases WHERE id = ?", (case_id,)).rowcount == 0:
        raise NotFound(translate("vault", "no case with id {id!r}").format(id=case_id))


SORT_COLUMNS = {
    "title": "c.title COLLATE NOCASE",
    "status": "c.status",
    "country": "c.country",
    "last_event": "c.last_event",
    "event_count": "c.event_count",
    "evidence_count": "evidence_count",
    "updated": "c.updated",
}


@dataclass
class CaseFilter:
    """What the case list shows: full-text query and filters, all optional."""

    query: str = ""
    status: str = ""
    event_type: str = ""
    tag: str = ""
    date_from: str = ""  # ISO day, compared with event dates
    date_to: str = ""
    ids: list[str] = field(default_factory=list)

    def where(self, broad_match: bool = False) -> tuple[str, list[object]]:
        """SQL for the filter. `broad_match`: the words match many cases, so walk the
        cases in list order and test each against the matches (the unary + keeps
        SQLite from fetching every matching row and sorting them all)."""
        clauses: list[str] = []
        args: list[object] = []
        if self.query.strip():
            match = fts_query(self.query)
            if match:
                plus = "+" if broad_match else ""
                clauses.append(
                    f"{plus}c.fts_rowid IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?)"
                )
                args.append(match)
        if self.status:
            clauses.append("c.status = ?")
            args.append(self.status)
        if self.tag:
            clauses.append("c.id IN (SELECT case_id FROM case_tags WHERE tag = ?)")
            args.append(self.tag)
        if self.event_type or self.date_from or self.date_to:
            sub = ["1"]
            if self.event_type:
                sub.append("e.type = ?")
                args.append(self.event_type)
            if self.date_from:
                sub.append("e.date_start >= ?")
                args.append(self.date_from)
            if self.date_to:
                sub.append("e.date_start <= ?")
                args.append(self.date_to)
            clauses.append(f"c.id IN (SELECT e.case_id FROM events e WHERE {' AND '.join(sub)})")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def count_cases(conn: Connection, flt: CaseFilter | None = None) -> int:
    where, args = (flt or CaseFilter()).where()
    return int(conn.execute(f"SELECT count(*) FROM cases c{where}", args).fetchone()[0])


def list_cases(
    conn: Connection,
    flt: CaseFilter | None = None,
    *,
    sort: str = "updated",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> list[CaseSummary]:
    flt = flt or CaseFilter()
    where, args = flt.where(broad_match=_is_broad(conn, flt))
    order = SORT_COLUMNS.get(sort, SORT_COLUMNS["updated"])
    direction = "DESC" if descending else "ASC"
    rows = conn.execute(
        "SELECT c.id, c.title, c.status, c.country, c.sensitivity, c.last_event, c.event_count,"
        " (SELECT count(*) FROM evidence v WHERE v.case_id = c.id) AS evidence_count,"
        f" c.updated, c.tags FROM cases c{where} ORDER BY {order} {direction}, c.id"
        " LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    return [
        CaseSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], tuple(json.loads(r[9])))
        for r in rows
    ]


BROAD_SHARE = 0.02  # above 2% of all cases, walking the list beats sorting the matches


def _is_broad(conn: Connection, flt: CaseFilter) -> bool:
    match = fts_query(flt.query) if flt.query.strip() else ""
    if not match:
        return False
    matches = conn.execute("SELECT count(*) FROM case_fts WHERE case_fts MATCH ?", (match,))
    total = conn.execute("SELECT max(rowid) FROM cases").fetchone()[0] or 0
    return int(matches.fetchone()[0]) > BROAD_SHARE * total


def all_tags(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT tag FROM case_tags ORDER BY tag")]


# --- full-text search -------------------------------------------------------------


RANK_LIMIT = 5000  # more matches than this are listed by last update, not by relevance


@dataclass(frozen=True)
class SearchHit:
    """One match; `rank` is BM25 (lower is better), 0.0 when listed newest first."""

    case_id: str
    title: str
    snippet: str
    rank: float


def fts_query(text: str) -> str:
    """A safe FTS5 query from what a person typed: every word must match, as a prefix.

    Quotes and FTS5 operators typed by the user are treated as plain text.
    """
    words = []
    for raw in text.split():
        word = "".join(ch for ch in raw if ch.isalnum() or ch in "-'")
        word = word.strip("-'")
        if word:
            words.append('"' + word.replace('"', "") + '"*')
    return " ".join(words)


def search(conn: Connection, text: str, limit: int = 50, snippets: int = 10) -> list[SearchHit]:
    """Best matches first (BM25, title weighted 8x). Snippets cost about a millisecond
    each (FTS5 re-tokenises the text), so only the first `snippets` hits get one."""
    match = fts_query(text)
    if not match:
        return []
    count = conn.execute("SELECT count(*) FROM case_fts WHERE case_fts MATCH ?", (match,))
    if int(count.fetchone()[0]) > RANK_LIMIT:
        # Words found in thousands of cases: BM25 would score every one of them (about
        # a second on 100,000 cases) for an order that means little. Most recently
        # updated first, walking the cases in that order (as the case list does).
        ranked = conn.execute(
            "SELECT c.fts_rowid, 0.0 FROM cases c WHERE +c.fts_rowid IN"
            " (SELECT rowid FROM case_fts WHERE case_fts MATCH ?)"
            " ORDER BY c.updated DESC, c.rowid DESC LIMIT ?",
            (match, limit),
        ).fetchall()
    else:
        ranked = conn.execute(
            "SELECT rowid, bm25(case_fts, 0, 8, 1) AS r FROM case_fts WHERE case_fts MATCH ?"
            " ORDER BY r LIMIT ?",
            (match, limit),
        ).fetchall()
    if not ranked:
        return []
    marks = ", ".join("?" * len(ranked))
    details = {
        row[0]: (row[1], row[2], "")
        for row in conn.execute(
            f"SELECT fts_rowid, id, title FROM cases WHERE fts_rowid IN ({marks})",
            [r[0] for r in ranked],
        )
    }
    wanted = [r[0] for r in ranked[:snippets]]
    if wanted:
        marks = ", ".join("?" * len(wanted))
        for rowid, snippet in conn.execute(
            "SELECT rowid, snippet(case_fts, 2, '[', ']', '…', 12)"
            f" FROM case_fts WHERE case_fts MATCH ? AND rowid IN ({marks})",
            (match, *wanted),
        ):
            details[rowid] = (*details[rowid][:2], snippet)
    hits = []
    for rowid, rank in ranked:
        case_id, title, snippet = details[rowid]
        hits.append(SearchHit(case_id, title, " ".join(snippet.split()), float(rank)))
    return hits
