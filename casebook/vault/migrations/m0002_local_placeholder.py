"""LOCAL ONLY (not committed): stands in for m0002 until it lands on main."""

from casebook.vault.db import Connection


def apply(conn: Connection) -> None:
    pass
