"""`casebook compact`: rebuild the database so that nothing deleted stays in it.

`secure_delete` already wipes what a deletion frees, and the search index forgets
deleted words (FTS5 secure-delete); VACUUM then rebuilds the file without free pages and
the write-ahead log is emptied. Pre-migration snapshots (which hold the data as it was
before an upgrade) are removed once the database passes its integrity check. It also
runs by itself after a large deletion.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from casebook.i18n import translate
from casebook.vault import db
from casebook.vault.errors import VaultError
from casebook.vault.vault import Vault

# A deletion that leaves this much free space (or a quarter of the file) compacts by itself.
AUTO_FREE_BYTES = 4 << 20


@dataclass(frozen=True)
class CompactReport:
    bytes_before: int
    bytes_after: int
    seconds: float
    snapshots_removed: int


def _size(vault: Vault) -> int:
    return sum(
        p.stat().st_size
        for p in (vault.db_path, vault.db_path.with_name(vault.db_path.name + "-wal"))
        if p.exists()
    )


def compact(vault: Vault) -> CompactReport:
    if vault.read_only:
        raise VaultError(translate("vault", "the vault is open read-only; nothing can be changed"))
    t0 = time.perf_counter()
    before = _size(vault)
    with vault.transaction() as conn:
        conn.execute("INSERT INTO case_fts(case_fts) VALUES ('optimize')")
    conn = vault.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    removed = db.remove_snapshots(conn, vault.db_path)
    return CompactReport(before, _size(vault), time.perf_counter() - t0, removed)


def compact_if_worth_it(vault: Vault) -> CompactReport | None:
    """After a deletion: compact when the freed space is large."""
    if vault.read_only:
        return None
    page_size = int(vault.conn.execute("PRAGMA page_size").fetchone()[0])
    free = int(vault.conn.execute("PRAGMA freelist_count").fetchone()[0])
    total = int(vault.conn.execute("PRAGMA page_count").fetchone()[0])
    if free * page_size >= AUTO_FREE_BYTES or (free >= 64 and free * 4 >= total):
        return compact(vault)
    return None
