"""The names of the files in a vault folder. A backup folder is a vault and uses the same.

    header        the key slots (header2.py; random-looking bytes)
    data          the SQLCipher database (random-looking bytes)
    evidence/     one age file per evidence item, named by a random id
    quarantine/   evidence files without a row (evidence_files.py)

Nothing in a folder made by this version says "Casebook" to someone browsing a seized
disk (issue 13). The database is called `data`: a name countless programs give a file of
random-looking bytes, without an extension that would say "database" and without the
program's name. Vaults and backups made by earlier versions keep their database under
the old name, `casebook.db`, and keep opening: `database_path` is the one place that
decides which name a folder uses (the old one where that file is there, else the new
one), and every file derived from the database takes its name from it (`-wal`, `-shm`,
`.before-vN`, `.rekey`, and in backups `.NAME.new`, `.NAME.journal`, `NAME.gen-N`). A folder
never holds two databases: new files are only ever made under the name of its own.
"""

from __future__ import annotations

from pathlib import Path

HEADER = "header"
EVIDENCE = "evidence"
DATABASE = "data"
LEGACY_DATABASE = "casebook.db"  # vaults and backups made before issue 13
DATABASE_NAMES = (DATABASE, LEGACY_DATABASE)


def database_name(folder: Path) -> str:
    """The name of the database of the vault (or backup) folder `folder`: the old name
    where a database of an earlier version is there, else the neutral one."""
    return LEGACY_DATABASE if (Path(folder) / LEGACY_DATABASE).exists() else DATABASE


def database_path(folder: Path) -> Path:
    return Path(folder) / database_name(folder)


# Files made from a database, by what follows its name: SQLite's logs, a key replacement's
# copy (rekey.py); pre-migration snapshots (db.py) and a backup's kept generations; and
# hidden ones: a backup's snapshot being written and its base (services/backup*.py).
_SUFFIXES = ("", "-wal", "-shm", "-journal")
_COPIES = ("", ".rekey")
_PREFIXES = (".before-v", ".gen-")
_HIDDEN_PREFIXES = (".new", ".base", ".before-v", ".journal")


def belongs_to_database(name: str) -> bool:
    """Whether a file `name` in a vault (or backup) folder is its database or a file made
    from it, under either database name."""
    for db in DATABASE_NAMES:
        if name in {db + copy + suffix for copy in _COPIES for suffix in _SUFFIXES}:
            return True
        if name.startswith(tuple(db + p for p in _PREFIXES)):
            return True
        if name.startswith(tuple(f".{db}{p}" for p in _HIDDEN_PREFIXES)):
            return True
    return False
