"""Integrity check of a vault: header, database, and what later layers register.

Each problem is one line naming what it is about. An empty list means all is well.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from casebook.i18n import translate
from casebook.vault import db, keys
from casebook.vault.errors import VaultError
from casebook.vault.vault import HEADER, Vault

Check = Callable[[Vault], list[str]]
_CHECKS: list[Check] = []


def register(check: Check) -> Check:
    """Add a check that runs on an unlocked vault (evidence, custody, ...)."""
    _CHECKS.append(check)
    return check


def header_problems(path: Path) -> list[str]:
    try:
        header = keys.read_header(path / HEADER)
        keys.check_header(header)
    except VaultError as exc:
        return [translate("verify", "header: {problem}").format(problem=exc)]
    return []


def verify_vault(vault: Vault, *, full: bool = True) -> list[str]:
    """Every problem found. `full=False` is the daily check: SQLite's `quick_check` in
    place of the complete `integrity_check` (which also compares every index with its
    table); every other check (page HMACs, references, evidence files and their
    SHA-256, custody chains) runs in both."""
    problems = header_problems(vault.path)
    try:  # a second connection: the page HMACs and references are checked on it meanwhile
        second: db.Connection | None = vault.connect()
    except VaultError:
        second = None  # it cannot be read: the checks below say so, one after the other
    try:
        problems += db.integrity_problems(vault.conn, full=full, second=second)
    finally:
        if second is not None:
            second.close()
    _load_checks()
    for check in _CHECKS:
        try:
            problems += check(vault)
        except VaultError as exc:
            problems.append(str(exc))
        except db.DatabaseError as exc:
            problems.append(db.unreadable_database(exc))
    return problems


def _load_checks() -> None:
    """Import the modules that register checks (kept lazy to avoid import cycles)."""
    import importlib

    for name in ("casebook.services.evidence",):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
