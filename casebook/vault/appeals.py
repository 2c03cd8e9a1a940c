"""Appeal repository: each case's appeal settings, and the appeals kept as sent."""

from __future__ import annotations

from dataclasses import dataclass

from casebook.i18n import QT_TRANSLATE_NOOP, translate
from casebook.vault.db import Connection, resolve_prefix
from casebook.vault.errors import NotFound

_NO_APPEAL = QT_TRANSLATE_NOOP("vault", "no appeal with id {id!r}")
_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "vault", "appeal id prefix {prefix!r} is ambiguous; give more characters"
)


@dataclass(frozen=True)
class FileRecord:
    format: str
    sha256: str
    size: int
    exported: str


@dataclass(frozen=True)
class KeptAppeal:
    id: str
    case_id: str
    reference: str
    lang: str
    settings: str  # JSON
    document: str  # JSON
    text: str  # Markdown
    created: str
    regenerated_from: str = ""
    files: tuple[FileRecord, ...] = ()


_COLS = "id, case_id, reference, lang, settings, document, text, created, regenerated_from"


def get_settings(conn: Connection, case_id: str) -> str | None:
    row = conn.execute("SELECT settings FROM appeal_settings WHERE case_id = ?", (case_id,))
    found = row.fetchone()
    return None if found is None else str(found[0])


def put_settings(conn: Connection, case_id: str, settings: str, now: str) -> None:
    conn.execute(
        "INSERT INTO appeal_settings(case_id, settings, updated) VALUES (?, ?, ?)"
        " ON CONFLICT(case_id) DO UPDATE SET settings = excluded.settings,"
        " updated = excluded.updated",
        (case_id, settings, now),
    )


def insert_appeal(conn: Connection, appeal: KeptAppeal) -> None:
    conn.execute(
        f"INSERT INTO appeals ({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            appeal.id, appeal.case_id, appeal.reference, appeal.lang, appeal.settings,
            appeal.document, appeal.text, appeal.created, appeal.regenerated_from,
        ),
    )  # fmt: skip


def add_file(conn: Connection, appeal_id: str, record: FileRecord) -> None:
    seq = conn.execute(
        "SELECT coalesce(max(seq), 0) + 1 FROM appeal_files WHERE appeal_id = ?", (appeal_id,)
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO appeal_files(appeal_id, seq, format, sha256, size, exported)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (appeal_id, seq, record.format, record.sha256, record.size, record.exported),
    )


def _files(conn: Connection, appeal_id: str) -> tuple[FileRecord, ...]:
    rows = conn.execute(
        "SELECT format, sha256, size, exported FROM appeal_files WHERE appeal_id = ? ORDER BY seq",
        (appeal_id,),
    )
    return tuple(FileRecord(*r) for r in rows)


def _appeal(conn: Connection, row: tuple[str, ...]) -> KeptAppeal:
    keys = [c.strip() for c in _COLS.split(",")]
    values = dict(zip(keys, (str(v) for v in row), strict=True))
    return KeptAppeal(**values, files=_files(conn, row[0]))  # type: ignore[arg-type]


def get_appeal(conn: Connection, appeal_id: str) -> KeptAppeal:
    row = conn.execute(f"SELECT {_COLS} FROM appeals WHERE id = ?", (appeal_id,)).fetchone()
    if row is None:
        raise NotFound(translate("vault", _NO_APPEAL).format(id=appeal_id))
    return _appeal(conn, row)


def list_appeals(conn: Connection, case_id: str) -> list[KeptAppeal]:
    """The appeals of a case, newest first."""
    rows = conn.execute(
        f"SELECT {_COLS} FROM appeals WHERE case_id = ? ORDER BY created DESC, rowid DESC",
        (case_id,),
    ).fetchall()
    return [_appeal(conn, r) for r in rows]


def latest_appeal(conn: Connection, case_id: str) -> KeptAppeal | None:
    appeals = list_appeals(conn, case_id)
    return appeals[0] if appeals else None


def resolve_appeal_id(conn: Connection, prefix: str) -> str:
    """A full appeal id from an id or an unambiguous prefix of at least 4 characters."""
    return resolve_prefix(conn, "appeals", prefix, missing=_NO_APPEAL, ambiguous=_AMBIGUOUS)


def references_with_prefix(conn: Connection, prefix: str) -> list[str]:
    """References in use (kept appeals and drafts) that start with `prefix`."""
    rows = conn.execute(
        "SELECT reference FROM appeals WHERE reference >= ?1 AND reference < ?2"
        " UNION SELECT json_extract(settings, '$.reference') AS r FROM appeal_settings"
        " WHERE r >= ?1 AND r < ?2",
        (prefix, prefix + "\uffff"),
    )
    return [str(r[0]) for r in rows]
