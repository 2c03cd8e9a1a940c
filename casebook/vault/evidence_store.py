"""Evidence rows in the database (table `evidence` and its links to events)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from casebook.i18n import QT_TRANSLATE_NOOP, translate
from casebook.vault.db import Connection, resolve_prefix
from casebook.vault.errors import NotFound


@dataclass(frozen=True)
class EvidenceRow:
    id: str
    case_id: str
    file_id: str
    identity: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    imported_at: str
    imported_by: str = ""
    source: str = ""
    description: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    event_ids: tuple[str, ...] = ()


_COLUMNS = (
    "id, case_id, file_id, identity, original_name, media_type, size, sha256, imported_at,"
    " imported_by, source, description, metadata"
)


def insert(conn: Connection, row: EvidenceRow) -> None:
    conn.execute(
        f"INSERT INTO evidence ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.id, row.case_id, row.file_id, row.identity, row.original_name, row.media_type,
            row.size, row.sha256, row.imported_at, row.imported_by, row.source,
            row.description, json.dumps(row.metadata, ensure_ascii=False, sort_keys=True),
        ),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO evidence_events (evidence_id, event_id) VALUES (?, ?)",
        [(row.id, e) for e in row.event_ids],
    )


def update_details(
    conn: Connection, evidence_id: str, source: str, description: str, event_ids: tuple[str, ...]
) -> None:
    """Replace what the user said about an item (its file and hash never change)."""
    conn.execute(
        "UPDATE evidence SET source = ?, description = ? WHERE id = ?",
        (source, description, evidence_id),
    )
    conn.execute("DELETE FROM evidence_events WHERE evidence_id = ?", (evidence_id,))
    conn.executemany(
        "INSERT INTO evidence_events (evidence_id, event_id) VALUES (?, ?)",
        [(evidence_id, e) for e in event_ids],
    )


def _row(conn: Connection, values: tuple[Any, ...]) -> EvidenceRow:
    try:
        metadata = json.loads(values[12])
    except (json.JSONDecodeError, TypeError):
        metadata = {}
    events = conn.execute(
        "SELECT ee.event_id FROM evidence_events ee JOIN events e ON e.id = ee.event_id"
        " WHERE ee.evidence_id = ? ORDER BY e.position, e.id",
        (values[0],),
    ).fetchall()
    v = [str(x) for x in values]
    return EvidenceRow(
        id=v[0], case_id=v[1], file_id=v[2], identity=v[3], original_name=v[4],
        media_type=v[5], size=int(values[6]), sha256=v[7], imported_at=v[8],
        imported_by=v[9], source=v[10], description=v[11],
        metadata=metadata if isinstance(metadata, dict) else {},
        event_ids=tuple(str(e[0]) for e in events),
    )  # fmt: skip


def get(conn: Connection, evidence_id: str) -> EvidenceRow:
    values = conn.execute(
        f"SELECT {_COLUMNS} FROM evidence WHERE id = ?", (evidence_id,)
    ).fetchone()
    if values is None:
        raise NotFound(no_evidence(evidence_id))
    return _row(conn, values)


def list_for_case(conn: Connection, case_id: str) -> list[EvidenceRow]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM evidence WHERE case_id = ? ORDER BY imported_at, rowid",
        (case_id,),
    ).fetchall()
    return [_row(conn, r) for r in rows]


def all_rows(conn: Connection) -> list[EvidenceRow]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM evidence ORDER BY case_id, rowid").fetchall()
    return [_row(conn, r) for r in rows]


_NO_EVIDENCE = QT_TRANSLATE_NOOP("vault", "no evidence item with id {id!r}")
_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "vault", "evidence id prefix {prefix!r} is ambiguous; give more characters"
)


def resolve_id(conn: Connection, prefix: str) -> str:
    """A full evidence id from an id or an unambiguous prefix of at least 4 characters."""
    return resolve_prefix(conn, "evidence", prefix, missing=_NO_EVIDENCE, ambiguous=_AMBIGUOUS)


def resolve_logged_id(conn: Connection, prefix: str) -> str:
    """The same for the items of the custody log, deleted ones included."""
    return resolve_prefix(
        conn, "custody", prefix, missing=_NO_EVIDENCE, ambiguous=_AMBIGUOUS, column="evidence_id"
    )


def no_evidence(evidence_id: str) -> str:
    return translate("vault", _NO_EVIDENCE).format(id=evidence_id)


def delete(conn: Connection, evidence_id: str) -> None:
    """Delete the row (and with it the identity); secure_delete overwrites the pages."""
    conn.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))


def file_ids_of_case(conn: Connection, case_id: str) -> list[tuple[str, str]]:
    """(evidence id, file id) of every item of a case."""
    rows = conn.execute("SELECT id, file_id FROM evidence WHERE case_id = ?", (case_id,))
    return [(str(r[0]), str(r[1])) for r in rows]
