"""`casebook verify --deep`: decrypt every page of the database and check that what was
deleted is gone: every page's HMAC holds, free pages are zero, and the unused parts of
the pages in use hold nothing (`secure_delete` wipes them; `casebook compact` removes
free pages altogether).
"""

from __future__ import annotations

from casebook.i18n import QT_TRANSLATE_NOOP, translate
from casebook.vault import pages as pg
from casebook.vault.vault import Vault

QT_TRANSLATE_NOOP("verify", "every page decrypted, deleted data wiped")


def deep_problems(vault: Vault) -> list[str]:
    """every page decrypted, deleted data wiped"""
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file holds every page
    pages = dict(pg.decrypted_pages(vault.db_path, vault.data_key()))
    problems = [
        translate("verify", "database page {number}: does not decrypt (altered or damaged)")
        .format(number=n)
        for n, page in pages.items() if page is None
    ]  # fmt: skip
    free = pg.free_pages(pages)
    trunks = pg.trunk_pages(pages)
    # The schema table holds the SQL of tables and indexes, never case data. When it
    # grows past a page, SQLite moves its rows between pages and may leave copies of
    # them in the gaps (VACUUM does, as compact runs it): words of the schema itself
    # there are no deleted data; any other word is.
    schema = pg.btree_pages(pages, 1)
    known = "\n".join(
        f"{kind}{name}{table}\n{sql or ''}"
        for kind, name, table, sql in vault.conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
        )
    ).encode()
    not_wiped = []
    for number, page in pages.items():
        if page is None:
            continue
        if number in free:
            if pg.unwiped_free_page(number, page, trunks):
                not_wiped.append(number)
        elif number in schema:
            if pg.stale_words(page, pg.unwiped_areas(number, page), known):
                not_wiped.append(number)
        elif pg.unwiped_areas(number, page):
            not_wiped.append(number)
    if not_wiped:
        problems.append(
            translate(
                "verify", "database pages {numbers}: deleted data is not wiped; run "
                "'casebook compact'",
            ).format(numbers=", ".join(map(str, not_wiped[:20])))
        )  # fmt: skip
    return problems
