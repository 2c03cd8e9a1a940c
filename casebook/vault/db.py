"""SQLCipher connections keyed with the raw data key, and the schema migrations."""

from __future__ import annotations

import importlib
import os
import pkgutil
import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from casebook.i18n import translate
from casebook.vault.errors import NotFound, VaultDamaged

if TYPE_CHECKING:  # sqlcipher3 has no type hints; its API is the one of sqlite3
    from sqlite3 import Connection, DatabaseError, IntegrityError
else:
    Connection = sqlcipher3.Connection
    DatabaseError = sqlcipher3.DatabaseError
    IntegrityError = sqlcipher3.IntegrityError

# cipher_memory_security stays ON (issue 19). It wipes every freed buffer that held
# decrypted pages and mlocks SQLCipher's memory, so plaintext of the vault neither
# lingers in freed RAM (a laptop seized while unlocked, a memory dump) nor goes to swap
# (plaintext on the disk). Measured by bench/bench_vault.py in separate processes (once
# on, it stays on for the process): on 20,000 cases search p95 38 ms ON against 17 ms
# OFF after the search work of issue 19 (it was 3x before, at 100,000 cases), under the
# 50 ms aim either way; the daily verify is about 10% slower. Worth it for this threat.
PRAGMAS = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 10000",
)


def connect(path: Path, dek: bytes, *, memory_security: bool = True) -> Connection:
    """Open the vault database with the raw key; the KDF is not run again."""
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn: Connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher's own log (dozens of lines on stderr for a damaged page) says nothing
        # our one-line message does not; it is silenced before the key is given.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
        for pragma in PRAGMAS:
            if "cipher_memory_security" in pragma and not memory_security:
                continue
            conn.execute(pragma)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        raise damaged(exc) from None
    return conn


def damaged(exc: BaseException) -> VaultDamaged:
    """The error to show for a database that SQLCipher cannot read (a page altered,
    truncated, or not decrypting)."""
    return VaultDamaged(
        translate(
            "vault", "the vault database cannot be read ({error}); run 'casebook verify' or "
            "restore from a backup",
        ).format(error=exc)
    )  # fmt: skip


def is_damage(exc: BaseException) -> bool:
    """Whether SQLCipher says the file is damaged: a plain DatabaseError (SQLITE_CORRUPT,
    SQLITE_NOTADB), not one of its subclasses (a lock, a constraint, a mistake in SQL)."""
    return type(exc) is DatabaseError


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception. A transaction that
    changed anything adds one to the vault's generation (see generation.py)."""
    conn.execute("BEGIN IMMEDIATE")
    before = conn.total_changes
    try:
        yield conn
        if conn.total_changes != before:
            bump_generation(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def bump_generation(conn: Connection) -> None:
    """One more write transaction (a no-op before the counter exists)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
        conn.execute(
            "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
            "WHERE key = 'generation'"
        )


Migration = Callable[[Connection], None]


def migrations() -> dict[int, Migration]:
    """Numbered steps from casebook/vault/migrations/mNNNN_*.py, each with `apply(conn)`."""
    from casebook.vault import migrations as package

    found: dict[int, Migration] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            number = int(info.name[1:5])
            if number in found:  # two steps of one number: one would silently not run
                raise RuntimeError(f"two migrations are numbered {number}")
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            found[number] = module.apply
    numbers = sorted(found)
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {numbers}")
    return found


def latest_version() -> int:
    return max(migrations())


def schema_version(conn: Connection) -> int:
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if row is None:
        return 0
    value = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    return int(value or 0)


# Who is told how far an upgrade has come: (steps done, steps in all), first (0, n)
# before anything is copied or changed. Set for the opening under way in this thread or
# task (reporting_upgrade), so no signature between the caller and migrate() changes.
_upgrade_progress: ContextVar[Callable[[int, int], None] | None] = ContextVar(
    "upgrade_progress", default=None
)


@contextmanager
def reporting_upgrade(progress: Callable[[int, int], None]) -> Iterator[None]:
    """While the block runs, an opening that upgrades the database calls `progress(done,
    total)`: (0, total) before the first step (an upgrade of a large vault takes
    minutes: say so before it starts), then after each step."""
    token = _upgrade_progress.set(progress)
    try:
        yield
    finally:
        _upgrade_progress.reset(token)


def migrate(conn: Connection, db_path: Path) -> list[int]:
    """Apply pending migrations, each in its own transaction.

    Before the first step on an existing database, the encrypted file is copied to
    ``DB.before-vN`` beside it (``DB`` being its own name, see layout.py) so a failed
    upgrade can be undone by hand. Progress goes to reporting_upgrade's listener.
    """
    steps = migrations()
    current = schema_version(conn)
    if current > max(steps):
        raise VaultDamaged(
            translate(
                "vault", "this vault was written by a newer Casebook (schema {schema}); "
                "update Casebook",
            ).format(schema=current)
        )  # fmt: skip
    pending = [n for n in sorted(steps) if n > current]
    report = _upgrade_progress.get() if current > 0 else None  # not for a new vault
    if report is not None and pending:
        report(0, len(pending))
    if pending and current > 0:
        _remove_snapshot_files(db_path)  # never more than one
        snapshot(conn, db_path, db_path.with_name(f"{db_path.name}.before-v{pending[0]}"))
    for done, number in enumerate(pending, 1):
        with transaction(conn):
            steps[number](conn)
            conn.execute(
                "INSERT INTO schema_version(version, applied) VALUES (?, datetime('now'))",
                (number,),
            )
        if report is not None:
            report(done, len(pending))
    return pending


SNAPSHOT_PREFIX = ".before-v"


def remove_snapshots(conn: Connection, db_path: Path) -> int:
    """Remove the pre-migration snapshots once the database passes its integrity check
    (they hold what was deleted since, under the same key); returns how many went."""
    if not list(db_path.parent.glob(db_path.name + SNAPSHOT_PREFIX + "*")):
        return 0
    if integrity_problems(conn):
        return 0
    return _remove_snapshot_files(db_path)


def _remove_snapshot_files(db_path: Path) -> int:
    found = list(db_path.parent.glob(db_path.name + SNAPSHOT_PREFIX + "*"))
    for path in found:
        path.unlink(missing_ok=True)
    return len(found)


def snapshot(conn: Connection, db_path: Path, target: Path) -> None:
    """Copy the (encrypted) database file after folding the WAL into it."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp = target.with_name(f".{target.name}.tmp")
    shutil.copyfile(db_path, tmp)
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, target)


def resolve_prefix(
    conn: Connection, table: str, prefix: str, *, missing: str, ambiguous: str, column: str = "id"
) -> str:
    """The value of `column` in `table` that `prefix` names: the value itself, or the only
    one starting with a prefix of at least 4 characters. Otherwise NotFound, with the
    message `missing` ({id}) or `ambiguous` ({prefix}), marked in the "vault" context."""
    prefix = prefix.strip().lower()
    sql = f"SELECT DISTINCT {column} FROM {table} WHERE {column}"
    if conn.execute(f"{sql} = ?", (prefix,)).fetchone():
        return prefix
    if len(prefix) >= 4:
        rows = conn.execute(
            f"{sql} >= ? AND {column} < ? LIMIT 2", (prefix, prefix + "\uffff")
        ).fetchall()
        if len(rows) == 1:
            return str(rows[0][0])
        if len(rows) > 1:
            raise NotFound(translate("vault", ambiguous).format(prefix=prefix))
    raise NotFound(translate("vault", missing).format(id=prefix))


CHECK_CACHE_KIB = 256 * 1024  # page cache while checking: pages are decrypted once


def integrity_problems(
    conn: Connection, *, full: bool = True, second: Connection | None = None
) -> list[str]:
    """`cipher_integrity_check` (the HMAC of every page), then `integrity_check` when
    `full`, else `quick_check` (the same walk of every page and row without checking
    each index against its table, linear in the size of the database), then
    `foreign_key_check`; one line per problem.

    The checks run with a 256 MiB page cache: with SQLite's default of 8 MiB every page
    that falls out of it is decrypted and authenticated again (issue 19). With a
    `second` connection to the same database, the page HMACs and the references are
    checked on it in another thread while the walk runs on `conn` (SQLite works without
    the GIL): on 100,000 cases 25 s instead of 35 s."""
    if second is None:
        return _checked(lambda: _page_problems(conn) + _walk_problems(conn, full)
                        + _reference_problems(conn))  # fmt: skip
    other = second
    with ThreadPoolExecutor(max_workers=1) as pool:
        pages = pool.submit(lambda: _checked(lambda: _page_problems(other)))
        references = pool.submit(lambda: _checked(lambda: _reference_problems(other)))
        walk = _checked(lambda: _walk_problems(conn, full))
        problems = pages.result() + walk + references.result()
    return list(dict.fromkeys(problems))  # one "cannot be read" line, not three


def _checked(check: Callable[[], list[str]]) -> list[str]:
    try:
        return check()
    except DatabaseError as exc:
        return [unreadable_database(exc)]


def _page_problems(conn: Connection) -> list[str]:
    database = translate("vault", "database: {problem}")
    return [database.format(problem=row) for (row,) in conn.execute(
        "PRAGMA cipher_integrity_check").fetchall()]  # fmt: skip


def _walk_problems(conn: Connection, full: bool) -> list[str]:
    database = translate("vault", "database: {problem}")
    with _page_cache(conn, CHECK_CACHE_KIB):
        check = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {check}").fetchall()]
    return [] if rows == ["ok"] else [database.format(problem=r) for r in rows]


def _reference_problems(conn: Connection) -> list[str]:
    database = translate("vault", "database: {problem}")
    broken = translate("vault", "broken reference in table {table}")
    with _page_cache(conn, REFERENCE_CACHE_KIB):
        rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    return [database.format(problem=broken.format(table=r[0])) for r in rows]


REFERENCE_CACHE_KIB = 64 * 1024


@contextmanager
def _page_cache(conn: Connection, kib: int) -> Iterator[None]:
    """A page cache of `kib` KiB for this connection while the block runs."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")
        conn.execute("PRAGMA shrink_memory")


def unreadable_database(exc: Exception) -> str:
    return translate("vault", "database: cannot be read ({error})").format(error=exc)
