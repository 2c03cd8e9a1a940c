"""Case repository: a case is stored and loaded as one aggregate."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from casebook.domain import vocab
from casebook.domain.model import (
    Case,
    CaseSummary,
    Event,
    EventDate,
    Involvement,
    Organisation,
    Person,
    Version,
)
from casebook.domain.names import clean, name_keys
from casebook.domain.names.keys import ENDINGS, MAX_ENDING
from casebook.domain.names.search_terms import EVENT_TYPE_WORDS
from casebook.domain.texts import TextPath
from casebook.i18n import translate
from casebook.vault import outreach
from casebook.vault.db import Connection, DatabaseError
from casebook.vault.errors import NotFound

_PERSON_COLS = (
    "id", "name", "pseudonym", "consent", "organisation", "role", "profile",
    "private_notes", "risk", "gender", "anonymous_description", "contact",
)  # fmt: skip
_CASE_COLS = (
    "id", "title", "status", "country", "location", "summary", "background",
    "sensitivity", "created", "updated",
)  # fmt: skip


def _person_lists(p: Person) -> tuple[str, str]:
    return (json.dumps(list(p.aliases), ensure_ascii=False),
            json.dumps(list(p.contacts), ensure_ascii=False))  # fmt: skip


def _text_list(raw: str | None) -> list[str]:
    value = json.loads(raw or "[]")
    return [str(v) for v in value] if isinstance(value, list) else []


def _search_title(case: Case) -> str:
    """The title and every language version of it."""
    title = TextPath("case", "title").key
    return "\n".join([case.title, *(v.text for v in case.translations.get(title, {}).values())])


def _search_body(case: Case) -> str:
    parts: list[str] = [case.summary, case.background, case.location, " ".join(case.tags)]
    title = TextPath("case", "title").key
    # every language version of every text: a hit in any language finds the case
    parts += [
        v.text for key, entry in case.translations.items() if key != title for v in entry.values()
    ]
    for p in case.people:
        parts += [p.name, p.pseudonym, *p.aliases, p.organisation, p.role, p.profile]
    for o in case.organisations:
        parts += [o.name, o.description]
    for e in case.events:
        parts += [e.place, e.description]
    return "\n".join(x for x in parts if x)


# --- what the index stores beside the text, and how a query word is normalised ---------


_INDEX_WORD = re.compile(r"\w+")


def search_names(title: str, body: str, event_types: Iterable[str] = ()) -> str:
    """The `names` column of the index: every word of the case once more as a name key
    (one spelling across scripts: Секербаева, Sekerbayeva -> sekerbaeva) and as its stem
    without endings, and the labels of its event types in every language, so that a
    query in another script, word form or interface language finds the case."""
    labels = [
        text
        for kind in dict.fromkeys(event_types)
        for text in (*(vocab.label(vocab.EVENT_TYPE, kind, lang) for lang in vocab.LANGS),
                     *EVENT_TYPE_WORDS.get(kind, ()))
    ]  # fmt: skip
    words = set(_INDEX_WORD.findall(clean("\n".join([title, body, *labels]))))
    out: set[str] = set()
    for word in words:
        out.update(_index_forms(word))
    return " ".join(sorted(out))


@lru_cache(maxsize=65536)
def _index_forms(word: str) -> tuple[str, ...]:
    if len(word) < 3 or word.isdigit():
        return ()
    return tuple({form for key in name_keys(word) for form in (key, search_stem(key))})


def search_stem(key: str) -> str:
    """A name key without its longest Russian or Kazakh ending, keeping 4 letters:
    секербаевой -> sekerbaev, Айгерімнің -> aigerim, Алматы -> almat."""
    for cut in range(min(MAX_ENDING, len(key) - 4), 0, -1):
        if key[-cut:] in ENDINGS:
            return key[:-cut]
    return key


def query_word(word: str) -> str:
    """An FTS5 expression for one typed word: the word itself as a prefix of the title
    (which ranks first), or its name key's stem as a prefix in the `names` column, which
    holds every word of the case in any script and word form. One column and one prefix
    per word keeps a query as fast as a plain one (bench/bench_names.py)."""
    plain = '"' + word.replace('"', "") + '"*'
    keys = [search_stem(k) for k in name_keys(word) if len(k) >= 3 and not k.isdigit()]
    if not keys:
        return plain
    alternatives = " OR ".join(dict.fromkeys(f'names : "{k}"*' for k in keys))
    return f"(title : {plain} OR {alternatives})"


_PREFIX_PHRASE = re.compile(r'"(?:[^"]|"")*"\*')


def exact_terms_within(conn: Connection, match: str) -> str:
    """`exact_terms` (issue 19) for every prefix word of fts_query's form, which puts
    each typed word in "(title : "w"* OR names : "k"*)": each prefix becomes the indexed
    words it stands for, inside its column filter. A plain list of words goes to
    `exact_terms` whole (it joins the groups with AND)."""
    if all(_PHRASE.fullmatch(p) for p in match.split(" ")):
        return exact_terms(conn, match)
    return _PREFIX_PHRASE.sub(lambda m: exact_terms(conn, m.group()), match)


def highlight(body: str, query: str, words: int = 12) -> str:
    """A snippet of `body` around the first word that matches a word of `query` in any
    script or word form, marked [like this]; "" when none does."""
    stems = {search_stem(k) for w in query.split() for k in name_keys(w) if len(k) >= 3}
    if not stems:
        return ""
    tokens = list(_INDEX_WORD.finditer(body))
    for i, m in enumerate(tokens):
        keys = name_keys(m.group())
        if any(k.startswith(s) for k in keys for s in stems):
            first = tokens[max(0, i - words // 2)].start()
            last = tokens[min(len(tokens) - 1, i + words // 2)].end()
            text = body[first : m.start()] + "[" + m.group() + "]" + body[m.end() : last]
            lead = "…" if first else ""
            tail = "…" if last < len(body) else ""
            return lead + " ".join(text.split()) + tail
    return ""


STATS_SEP = "\x1f"  # between the victims' organisations of an event (m0011)


def _sql_trim(text: str) -> str:
    return text.strip(" ")  # SQL's trim(): spaces only


def event_stats(case: Case, event: Event) -> tuple[int, str, str, str]:
    """What the statistics count of `event` (columns month, case_status, perpetrators,
    victim_orgs; see migrations/m0011_event_stats.py, whose backfill gives the same)."""
    text = event.date.text()
    start = event.date.sort_key()
    month = int(text) if len(text) == 4 else int(start[:4] + start[5:7])
    people = {p.id: p for p in case.people}
    orgs = {o.id: o for o in case.organisations}
    kinds: set[str] = set()
    groups: set[str] = set()
    for inv in event.involved:
        if inv.role == "perpetrator":
            org = orgs.get(inv.ref)
            kinds.add(org.kind if org else "individual" if inv.ref in people else "unknown")
        elif inv.role == "victim":
            person, org = people.get(inv.ref), orgs.get(inv.ref)
            name = _sql_trim(person.organisation) if person else ""
            if not name and org is not None:
                name = org.name
            groups.add(_sql_trim(name).replace(STATS_SEP, " "))
    return (month, case.status, ",".join(sorted(kinds)) or "unknown",
            STATS_SEP.join(sorted(groups)))  # fmt: skip


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
        conn.execute("DELETE FROM case_fts WHERE rowid = ?", (exists[0],))
    else:
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
        f"INSERT INTO people (case_id, position, {', '.join(_PERSON_COLS)}, aliases, contacts)"
        f" VALUES ({', '.join('?' * (len(_PERSON_COLS) + 4))})",
        [
            (case.id, i, *(getattr(p, c) for c in _PERSON_COLS), *_person_lists(p))
            for i, p in enumerate(case.people)
        ],
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
        " description, month, case_status, perpetrators, victim_orgs)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                *event_stats(case, e),
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
    # UNINDEXED case_id column would scan the whole index. Each save gives it a new,
    # higher rowid, so the index lists the most recently saved cases last (top_matches).
    body = _search_body(case)
    title = _search_title(case)
    names = search_names(title, body, [e.type for e in case.events])
    cursor = conn.execute(
        "INSERT INTO case_fts (case_id, title, body, names) VALUES (?, ?, ?, ?)",
        (case.id, title, body, names),
    )
    conn.execute("UPDATE cases SET fts_rowid = ? WHERE id = ?", (cursor.lastrowid, case.id))
    outreach.save_case_outreach(conn, case)
    _save_texts(conn, case, bool(exists))


def _save_texts(conn: Connection, case: Case, existed: bool) -> None:
    """The case's language and its translated texts (table case_texts)."""
    if existed or case.language != "en":
        conn.execute("UPDATE cases SET language = ? WHERE id = ?", (case.language, case.id))
    if existed:
        conn.execute("DELETE FROM case_texts WHERE case_id = ?", (case.id,))
    conn.executemany(
        "INSERT INTO case_texts (case_id, key, lang, text, original_hash, review)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (case.id, key, lang, v.text, v.original_hash, int(v.review))
            for key, entry in case.translations.items()
            for lang, v in entry.items()
        ],
    )


def _load_texts(conn: Connection, case: Case) -> None:
    row = conn.execute("SELECT language FROM cases WHERE id = ?", (case.id,)).fetchone()
    case.language = row[0]
    for key, lang, text, digest, review in conn.execute(
        "SELECT key, lang, text, original_hash, review FROM case_texts WHERE case_id = ?",
        (case.id,),
    ):
        case.translations.setdefault(key, {})[lang] = Version(text, digest, bool(review))


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
        Person(
            **dict(zip(_PERSON_COLS, r[:-2], strict=True)),
            aliases=_text_list(r[-2]),
            contacts=_text_list(r[-1]),
        )
        for r in conn.execute(
            f"SELECT {', '.join(_PERSON_COLS)}, aliases, contacts FROM people"
            " WHERE case_id=? ORDER BY position",
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
    _load_texts(conn, case)
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

    def where(
        self, broad_match: bool = False, match: str | None = None
    ) -> tuple[str, list[object]]:
        """SQL for the filter. `broad_match`: the words match many cases, so walk the
        cases in list order and test each against the matches (the unary + keeps
        SQLite from fetching every matching row and sorting them all). `match`: the
        FTS5 query to use for `query` (by default fts_query's)."""
        clauses: list[str] = []
        args: list[object] = []
        if self.query.strip():
            match = fts_query(self.query) if match is None else match
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
    flt = flt or CaseFilter()
    where, args = flt.where(match=_match_of(conn, flt))
    return int(conn.execute(f"SELECT count(*) FROM cases c{where}", args).fetchone()[0])


def _match_of(conn: Connection, flt: CaseFilter) -> str:
    """The FTS5 query of the filter's words, as exact terms where it helps (exact_terms)."""
    match = fts_query(flt.query) if flt.query.strip() else ""
    return exact_terms_within(conn, match) if match else ""


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
    match = _match_of(conn, flt)
    where, args = flt.where(broad_match=_is_broad(conn, match), match=match)
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


def _is_broad(conn: Connection, match: str) -> bool:
    if not match:
        return False
    total = conn.execute("SELECT max(rowid) FROM cases").fetchone()[0] or 0
    share = int(BROAD_SHARE * total)
    return count_matches(conn, match, share + 1) > share  # counted no further than needed


def all_tags(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT tag FROM case_tags ORDER BY tag")]


# --- full-text search -------------------------------------------------------------


RANK_LIMIT = 2000  # more matches than this are listed by last save, not by relevance


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
            words.append(query_word(word))
    return " AND ".join(words)


def search(conn: Connection, text: str, limit: int = 50, snippets: int = 10) -> list[SearchHit]:
    """Best matches first (BM25, title weighted 8x). Snippets cost about a millisecond
    each (`highlight` reads the text again), so only the first `snippets` hits get one."""
    match = fts_query(text)
    if not match:
        return []
    match = exact_terms_within(conn, match)
    ranked = top_matches(conn, match, limit)
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
    if wanted:  # the word marked in the case's own spelling, whatever the query's script
        marks = ", ".join("?" * len(wanted))
        for rowid, body in conn.execute(
            f"SELECT rowid, body FROM case_fts WHERE rowid IN ({marks})", wanted
        ):
            details[rowid] = (*details[rowid][:2], highlight(body, text))
    hits = []
    for rowid, rank in ranked:
        case_id, title, snippet = details[rowid]
        hits.append(SearchHit(case_id, title, " ".join(snippet.split()), float(rank)))
    return hits


# --- how a query is executed (issue 19): top-k, a count that stops early, exact terms --


def top_matches(conn: Connection, match: str, limit: int) -> list[tuple[int, float]]:
    """(index rowid, BM25 rank) of the best `limit` matches of the FTS5 query `match`.

    Words found in thousands of cases: BM25 would score every one of them (about a
    second on 100,000 cases) for an order that means little; they are listed most
    recently saved first instead (rank 0.0): a case's index row gets a new, higher rowid
    each time it is saved (save_case), so FTS5 reads its matches backwards and stops
    after `limit`, without collecting the others. Whether a query is that broad is
    counted only up to RANK_LIMIT."""
    if count_matches(conn, match, RANK_LIMIT + 1) > RANK_LIMIT:
        return [
            (int(r[0]), 0.0)
            for r in conn.execute(
                "SELECT rowid FROM case_fts WHERE case_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                (match, limit),
            )
        ]
    return [
        (int(r[0]), float(r[1]))
        for r in conn.execute(
            "SELECT rowid, bm25(case_fts, 0, 8, 1) AS r FROM case_fts WHERE case_fts MATCH ?"
            " ORDER BY r LIMIT ?",
            (match, limit),
        )
    ]


def count_matches(conn: Connection, match: str, up_to: int) -> int:
    """How many cases match, counted no further than `up_to` (a lazy count)."""
    row = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM case_fts WHERE case_fts MATCH ? LIMIT ?)",
        (match, up_to),
    ).fetchone()
    return int(row[0])


# A prefix standing for more indexed words than this stays a prefix. FTS5 reads 100
# exact terms as streams and stops after the newest 50 (80 ms on 100,000 cases) where
# the prefix itself is merged whole first (2.2 s for a 4-letter name stem: bench_names).
PREFIX_TERMS = 128
_PHRASE = re.compile(r'"((?:[^"]|"")*)"(\*?)')


def exact_terms(conn: Connection, match: str) -> str:
    """`match` with each prefix word ("арест"*) replaced by the indexed words it stands
    for ("арест" OR "арестом" ...), looked up in the index's vocabulary.

    The index has no prefix index, so FTS5 answers a prefix by merging the position
    lists of every word it covers into memory before returning anything; the same
    words as exact terms are read as streams (10x faster for a word in most cases).
    A word is left as it was when nothing is found under it (the tokenizer may fold it
    further: é to e), when it holds punctuation or combining marks, or when it stands
    for more than PREFIX_TERMS words, so the matches are those of the prefix query."""
    try:  # in memory (temp_store=MEMORY), for this connection only
        conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_fts_terms"
            " USING fts5vocab(main, 'case_fts', 'row')"
        )
    except DatabaseError:  # a read-only connection: the prefix query as it is
        return match
    phrases = match.split(" ")
    if not all(_PHRASE.fullmatch(p) for p in phrases):
        return match  # not a plain list of words (fts_query's form): left as it is
    parts = []
    for phrase in phrases:
        found = _PHRASE.fullmatch(phrase)
        if found is None or not found.group(2) or not _plain(found.group(1)):
            parts.append(phrase)
            continue
        word = found.group(1).lower()
        terms = [
            r[0]
            for r in conn.execute(
                "SELECT term FROM temp.case_fts_terms WHERE term >= ? AND term < ? LIMIT ?",
                (word, word + "\U0010ffff", PREFIX_TERMS + 1),
            )
        ]
        if not terms or len(terms) > PREFIX_TERMS:
            parts.append(phrase)  # nothing to gain (or a folding the tokenizer does)
        else:
            quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
            parts.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(parts) if len(parts) > 1 else parts[0]


def _plain(word: str) -> bool:
    """Letters and digits in their composed form. The word is looked up lower-cased
    only: where the tokenizer folds a letter further (é to e) nothing is found under the
    word, and it stays a prefix; so what is found is all there is."""
    return word.isalnum() and unicodedata.normalize("NFC", word) == word


def known_people(conn: Connection, limit: int) -> list[tuple[str, str, str, str, str]]:
    """(name, pseudonym, consent, organisation, role) of the people of every case, by name."""
    rows = conn.execute(
        "SELECT name, pseudonym, consent, organisation, role FROM people"
        " WHERE name <> '' OR pseudonym <> '' ORDER BY name, pseudonym LIMIT ?",
        (limit,),
    ).fetchall()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def known_organisations(conn: Connection, limit: int) -> list[tuple[str, str]]:
    """(name, kind) of the organisations of every case, by name."""
    rows = conn.execute(
        "SELECT name, kind FROM organisations WHERE name <> '' ORDER BY name LIMIT ?", (limit,)
    ).fetchall()
    return [(r[0], r[1]) for r in rows]
