"""Merging received cases without silent overwrites.

A version of a case is named by the SHA-256 of its canonical casebook-case/1 JSON.
Each vault records, per case, the versions it exchanged (sent, received, learned as
ancestors of what it received, or settled in a conflict): its *history*. A bundle
carries the sender's history of each case. Then, with L the local version and R the
received one:

    no local case                 -> new: added
    R == L                        -> unchanged
    L in history(R)               -> updated: R was made from L, only the sender changed it
    R in history(L)               -> kept: the local version is newer
    otherwise                     -> conflict: both changed; the local case stays, R is
                                     kept beside it until a person resolves it

An update is applied by itself only when it changes nothing on the protected list
(fields.is_protected: consent, names, contacts of people, sensitivity, removal of
people or events) and its signer is a confirmed partner; otherwise it becomes a
proposal (protected / unverified), as does a version of a case deleted here
(deleted-here) and a partner's tombstone of a case we hold (deleted-there).
Proposals wait in case_proposals until a person reviews them (proposals.py).

A proposed version is not added to the history until it is settled, so a later
bundle from this vault never claims to be based on it.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from casebook.domain.interchange import case_to_dict
from casebook.domain.model import Case, utc_now
from casebook.i18n import translate
from casebook.services.bundle import fields
from casebook.services.changes import Changes
from casebook.vault import cases as repo
from casebook.vault.db import Connection
from casebook.vault.errors import NotFound
from casebook.vault.vault import Vault

NEW, UPDATED, UNCHANGED, KEPT, CONFLICT = "new", "updated", "unchanged", "kept", "conflict"
PROTECTED, UNVERIFIED = "protected", "unverified"
DELETED_HERE, DELETED_THERE = "deleted-here", "deleted-there"
PROPOSALS = (CONFLICT, PROTECTED, UNVERIFIED, DELETED_HERE, DELETED_THERE)


def case_json(case: Case) -> bytes:
    """The canonical bytes of a case: what is hashed and what a bundle carries."""
    return json.dumps(case_to_dict(case), ensure_ascii=False, sort_keys=True, indent=1).encode()


def case_hash(case: Case) -> str:
    return hashlib.sha256(case_json(case)).hexdigest()


def history(conn: Connection, case_id: str) -> set[str]:
    rows = conn.execute("SELECT DISTINCT hash FROM case_sync WHERE case_id = ?", (case_id,))
    return {r[0] for r in rows.fetchall()}


def record(
    conn: Connection, case_id: str, hashes: Iterable[str], peer_key: str, direction: str
) -> None:
    now = utc_now()
    conn.executemany(
        "INSERT OR IGNORE INTO case_sync(case_id, hash, peer_key, direction, time)"
        " VALUES (?, ?, ?, ?, ?)",
        [(case_id, h, peer_key, direction, now) for h in hashes],
    )


def decide(
    conn: Connection, incoming: Case, incoming_history: Iterable[str], verified: bool = True
) -> str:
    """What merging `incoming` into the vault would do (see the module text)."""
    remote = case_hash(incoming)
    if _pending(conn, incoming.id, remote):
        return UNCHANGED  # this very version already waits as a proposal
    if not repo.case_exists(conn, incoming.id):
        if conn.execute(
            "SELECT 1 FROM case_tombstones WHERE case_id = ?", (incoming.id,)
        ).fetchone():
            return UNCHANGED if _rejected(conn, incoming.id, remote) else DELETED_HERE
        return NEW
    local_case = repo.get_case(conn, incoming.id)
    local = case_hash(local_case)
    if remote == local:
        return UNCHANGED
    if remote in history(conn, incoming.id):
        return KEPT
    if local in set(incoming_history):
        if not verified:
            return UNVERIFIED
        mine, theirs = case_to_dict(local_case), case_to_dict(incoming)
        if any(c.protected for c in fields.changes(mine, theirs)):
            return PROTECTED
        return UPDATED
    return CONFLICT


def decide_tombstone(conn: Connection, case_id: str, version: str) -> str:
    """A partner deleted a case: never applied by itself."""
    if not repo.case_exists(conn, case_id) or _pending(conn, case_id, "deleted:" + version):
        return UNCHANGED
    if _rejected(conn, case_id, "deleted:" + version):
        return UNCHANGED
    return DELETED_THERE


def _pending(conn: Connection, case_id: str, version: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM case_proposals WHERE case_id = ? AND hash = ?", (case_id, version)
    ).fetchone()
    return row is not None


def _rejected(conn: Connection, case_id: str, version: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM case_versions WHERE case_id = ? AND version = ? AND origin = 'rejected'",
        (case_id, version),
    ).fetchone()
    return row is not None


def record_version(
    conn: Connection, case_id: str, version: str, origin: str, *, base: str = "",
    who: str = "", bundle_id: str = "", document: str = "",
) -> None:  # fmt: skip
    """One line of a case's history: which version, made how, by whom, from which bundle.
    `document` (the JSON) is given only for versions exchanged with a partner, who holds
    them anyway, and only the newest is kept: it is the common base of a later three-way
    comparison. Local versions keep no copy, so text removed from a case (a name taken
    out for safety) does not live on in its history."""
    conn.execute(
        "INSERT OR IGNORE INTO case_versions(case_id, version, base, origin, who, bundle_id,"
        " time, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (case_id, version, base, origin, who, bundle_id, utc_now(), document),
    )
    if document:
        conn.execute(
            "UPDATE case_versions SET document = '' WHERE case_id = ? AND document != ''"
            " AND seq < (SELECT MAX(seq) FROM case_versions WHERE case_id = ? AND document != '')",
            (case_id, case_id),
        )


def common_base(conn: Connection, case_id: str, their_history: Iterable[str]) -> Case | None:
    """The newest version we hold the JSON of that the partner's version was made from."""
    from casebook.domain.interchange import case_from_dict

    known = set(their_history)
    rows = conn.execute(
        "SELECT version, document FROM case_versions WHERE case_id = ? AND document != ''"
        " ORDER BY seq DESC",
        (case_id,),
    ).fetchall()
    for version, document in rows:
        if version in known:
            return case_from_dict(json.loads(document))
    return None


@dataclass(frozen=True)
class Received:
    case: Case
    history: tuple[str, ...]
    peer_key: str
    peer_name: str
    bundle_id: str = ""
    base: str = ""
    unverified: bool = False


def apply(conn: Connection, item: Received, action: str) -> None:
    """Carry out `action` for a received case. Call inside a transaction."""
    remote = case_hash(item.case)
    if action in (NEW, UPDATED):
        repo.save_case(conn, item.case)
        record(conn, item.case.id, item.history, "", "ancestor")
        record(conn, item.case.id, [remote], item.peer_key, "received")
        record_version(conn, item.case.id, remote, "bundle", base=item.base,
                       who=item.peer_name, bundle_id=item.bundle_id,
                       document=case_json(item.case).decode())  # fmt: skip
        if action == NEW:
            conn.execute(
                "INSERT OR REPLACE INTO case_origin(case_id, peer_name, peer_key, bundle_id,"
                " received, unverified) VALUES (?, ?, ?, ?, ?, ?)",
                (item.case.id, item.peer_name, item.peer_key, item.bundle_id, utc_now(),
                 int(item.unverified)),
            )  # fmt: skip
    elif action in PROPOSALS:
        propose(conn, item, action, remote, case_json(item.case).decode())
    elif action == KEPT or (action == UNCHANGED and _local_is(conn, item.case.id, remote)):
        record(conn, item.case.id, [remote], item.peer_key, "received")


def propose(conn: Connection, item: Received, kind: str, version: str, document: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO case_proposals(id, case_id, hash, kind, peer_key, peer_name,"
        " bundle_id, received, case_json, history) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            secrets.token_hex(4), item.case.id, version, kind, item.peer_key, item.peer_name,
            item.bundle_id, utc_now(), document, json.dumps(list(item.history)),
        ),
    )  # fmt: skip


def _local_is(conn: Connection, case_id: str, version: str) -> bool:
    """Whether the local case is exactly `version` (not a version waiting as a conflict)."""
    return repo.case_exists(conn, case_id) and case_hash(repo.get_case(conn, case_id)) == version


# --- conflicts, for a person to resolve ---------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    case_id: str
    hash: str
    peer_name: str
    received: str
    theirs: Case


def cases_in_conflict(vault: Vault) -> set[str]:
    """Cases with a proposal waiting (of any kind)."""
    rows = vault.conn.execute("SELECT DISTINCT case_id FROM case_proposals").fetchall()
    return {r[0] for r in rows}


def list_conflicts(vault: Vault, case_id: str | None = None) -> list[Conflict]:
    """Proposals that carry a version of a case we hold (the older 'conflicts' view)."""
    from casebook.services.cases import parse_case_json

    sql = (
        "SELECT case_id, hash, peer_name, received, case_json FROM case_proposals"
        " WHERE case_json != '' AND case_id IN (SELECT id FROM cases)"
    )
    args: tuple[str, ...] = ()
    if case_id is not None:
        sql, args = sql + " AND case_id = ?", (case_id,)
    rows = vault.conn.execute(sql + " ORDER BY received, hash", args).fetchall()
    return [Conflict(r[0], r[1], r[2], r[3], parse_case_json(r[4])) for r in rows]


def resolve_conflict(vault: Vault, case_id: str, version: str, keep: str) -> Changes:
    """Settle one conflicting version: keep "mine" (the local case as it is now; edit it
    first to merge by hand) or "theirs" (the received version replaces the local one).
    Either way the other version counts as seen, so it never conflicts again."""
    if keep not in ("mine", "theirs"):
        raise ValueError("keep is 'mine' or 'theirs'")
    match = [c for c in list_conflicts(vault, case_id) if c.hash == version]
    if not match:
        raise NotFound(
            translate("bundle", "case {case_id} has no conflicting version {version}").format(
                case_id=case_id, version=version[:12]
            )
        )
    row = vault.conn.execute(
        "SELECT history FROM case_proposals WHERE case_id = ? AND hash = ?", (case_id, version)
    ).fetchone()
    with vault.transaction() as conn:
        if keep == "theirs":  # saved as received: later versions from them follow on
            repo.save_case(conn, match[0].theirs)
            record_version(conn, case_id, version, "proposal", who=match[0].peer_name,
                           document=case_json(match[0].theirs).decode())  # fmt: skip
        record(conn, case_id, [version, *json.loads(row[0])], "", "resolved")
        conn.execute(
            "DELETE FROM case_proposals WHERE case_id = ? AND hash = ?", (case_id, version)
        )
    return Changes(cases=True, case_ids=(case_id,))


def differences(mine: Case, theirs: Case) -> list[tuple[str, str, str]]:
    """(field, mine, theirs) for each top-level field that differs, as short text; lists
    (people, events, ...) are shown as JSON so a person can compare them."""
    a, b = case_to_dict(mine), case_to_dict(theirs)
    found = []
    for key in a.keys() | b.keys():
        if a.get(key) != b.get(key):
            found.append((key, _show(a.get(key)), _show(b.get(key))))
    order = list(a)
    return sorted(found, key=lambda d: order.index(d[0]) if d[0] in order else len(order))


def _show(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=1)
