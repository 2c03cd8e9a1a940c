"""Schema 5: a person's other names (aliases) and contact details, as JSON lists.

Both are private: they are forbidden text in appeals for everyone whose consent is not
"named" (see casebook/domain/names). Old vaults get empty lists; the free-text `contact`
column stays and is still read.
"""

from __future__ import annotations

from casebook.vault.db import Connection


def apply(conn: Connection) -> None:
    conn.execute("ALTER TABLE people ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]'")
    conn.execute("ALTER TABLE people ADD COLUMN contacts TEXT NOT NULL DEFAULT '[]'")
