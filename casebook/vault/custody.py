"""The custody log: append-only, hash-chained, signed entries for each evidence item.

Each item has its own chain (so a partner who receives one item can check its log
alone). An entry's hash covers its content and the hash of the item's previous entry;
the vault's Ed25519 key signs that hash. The last entry of each chain is also recorded
in a signed *head* (table `meta`, key ``custody_head:<evidence id>``), written in the
same transaction, so removing entries from the end is detected too.

Entries are kept after the item is deleted; the last one then says "deleted", and the
details of every entry (the file name among them) are replaced by a salted digest
(`reduce_deleted`).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from casebook.domain.model import utc_now
from casebook.i18n import QT_TRANSLATE_NOOP, Context, translate
from casebook.vault.db import Connection

GENESIS = "0" * 64
ENTRY_CONTEXT = b"casebook-custody/1\n"
HEAD_CONTEXT = b"casebook-custody-head/1\n"
HEAD_PREFIX = "custody_head:"

custody = Context("custody")

# What may be recorded; others raise ValueError so a typo cannot slip into the log.
ACTIONS = ("imported", "received", "described", "opened", "exported", "bundled", "deleted")


@dataclass(frozen=True)
class CustodyEntry:
    seq: int
    evidence_id: str
    case_id: str
    time: str
    action: str
    actor: str
    details: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = GENESIS
    hash: str = ""
    signature: str = ""


def canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def entry_hash(
    evidence_id: str, case_id: str, time: str, action: str, actor: str,
    details: dict[str, Any], prev_hash: str,
) -> str:  # fmt: skip
    body = {
        "v": 1,
        "evidence_id": evidence_id,
        "case_id": case_id,
        "time": time,
        "action": action,
        "actor": actor,
        "details": details,
        "prev_hash": prev_hash,
    }
    return hashlib.sha256(canonical(body)).hexdigest()


def _head_message(evidence_id: str, count: int, last_hash: str) -> bytes:
    return HEAD_CONTEXT + f"{evidence_id}\n{count}\n{last_hash}".encode()


def signing_key(conn: Connection) -> Ed25519PrivateKey:
    row = conn.execute("SELECT value FROM meta WHERE key = 'signing_key'").fetchone()
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row[0]))


def read_head(conn: Connection, evidence_id: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT value FROM meta WHERE key = ?", (HEAD_PREFIX + evidence_id,)
    ).fetchone()
    if row is None:
        return None
    try:
        head = json.loads(row[0])
    except json.JSONDecodeError:
        return {}
    return head if isinstance(head, dict) else {}


def append(
    conn: Connection, evidence_id: str, case_id: str, action: str, actor: str = "",
    details: dict[str, Any] | None = None, *, time: str | None = None,
) -> CustodyEntry:  # fmt: skip
    """Append one entry. Call inside a transaction (the head is updated with it)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown custody action {action!r}; expected one of {ACTIONS}")
    details = json.loads(canonical(details or {}))  # only JSON values, as they will be read
    head = read_head(conn, evidence_id) or {}
    prev = str(head.get("hash", GENESIS))
    count = int(head.get("count", 0)) + 1
    when = time or utc_now()
    digest = entry_hash(evidence_id, case_id, when, action, actor, details, prev)
    key = signing_key(conn)
    signature = key.sign(ENTRY_CONTEXT + bytes.fromhex(digest)).hex()
    cur = conn.execute(
        "INSERT INTO custody (evidence_id, case_id, time, action, actor, details, prev_hash,"
        " hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (evidence_id, case_id, when, action, actor, canonical(details).decode(), prev, digest,
         signature),
    )  # fmt: skip
    head_sig = key.sign(_head_message(evidence_id, count, digest)).hex()
    conn.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
        (HEAD_PREFIX + evidence_id, json.dumps({"count": count, "hash": digest, "sig": head_sig})),
    )
    seq = int(cur.lastrowid or 0)
    return CustodyEntry(seq, evidence_id, case_id, when, action, actor, details, prev, digest,
                        signature)  # fmt: skip


_COLUMNS = "seq, evidence_id, case_id, time, action, actor, details, prev_hash, hash, signature"


def _entry(row: tuple[Any, ...]) -> CustodyEntry:
    try:
        details = json.loads(row[6])
    except (json.JSONDecodeError, TypeError):
        details = {"unreadable": str(row[6])}
    if not isinstance(details, dict):
        details = {"value": details}
    return CustodyEntry(
        int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]),
        details, str(row[7]), str(row[8]), str(row[9]),
    )  # fmt: skip


def entries(conn: Connection, evidence_id: str) -> list[CustodyEntry]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM custody WHERE evidence_id = ? ORDER BY seq", (evidence_id,)
    ).fetchall()
    return [_entry(r) for r in rows]


def case_entries(conn: Connection, case_id: str) -> list[CustodyEntry]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM custody WHERE case_id = ? ORDER BY seq", (case_id,)
    ).fetchall()
    return [_entry(r) for r in rows]


# --- checking ------------------------------------------------------------------------


def _valid(public: Ed25519PublicKey, signature: str, message: bytes) -> bool:
    try:
        public.verify(bytes.fromhex(signature), message)
    except (InvalidSignature, ValueError):
        return False
    return True


_NOT_NEXT = QT_TRANSLATE_NOOP(
    "custody",
    "custody entry {number} ({action}, {time}) does not follow the entry before it "
    "(entries removed, inserted or reordered)",
)
_ALTERED = QT_TRANSLATE_NOOP(
    "custody",
    "custody entry {number} ({action}, {time}) was altered (its content does not match its hash)",
)
_FORGED = QT_TRANSLATE_NOOP(
    "custody",
    "custody entry {number} ({action}, {time}) has an invalid signature "
    "(not written by this vault)",
)
_OTHER_CASE = QT_TRANSLATE_NOOP(
    "custody",
    "custody entry {number} ({action}, {time}) names another case than the entries before it",
)


def chain_problem(chain: list[CustodyEntry], public: Ed25519PublicKey) -> str:
    """The first problem of one item's chain (entries in seq order), or ''."""
    prev = GENESIS
    case_id = chain[0].case_id if chain else ""
    for number, e in enumerate(chain, 1):
        problem = ""
        digest = entry_hash(
            e.evidence_id, e.case_id, e.time, e.action, e.actor, e.details, e.prev_hash
        )
        if e.prev_hash != prev:
            problem = _NOT_NEXT
        elif digest != e.hash:
            problem = _ALTERED
        elif not _valid(public, e.signature, ENTRY_CONTEXT + bytes.fromhex(digest)):
            problem = _FORGED
        elif e.case_id != case_id:
            problem = _OTHER_CASE
        if problem:
            return translate("custody", problem).format(number=number, action=e.action, time=e.time)
        prev = e.hash
    return ""


def head_problem(
    evidence_id: str, chain: list[CustodyEntry], head: dict[str, Any] | None,
    public: Ed25519PublicKey,
) -> str:  # fmt: skip
    if head is None:
        return translate(
            "custody", "custody log has no signed head (the log was removed or inserted by hand)"
        )
    try:
        count, last, sig = int(head["count"]), str(head["hash"]), str(head["sig"])
    except (KeyError, TypeError, ValueError):
        return translate("custody", "the signed head of the custody log is unreadable")
    if not _valid(public, sig, _head_message(evidence_id, count, last)):
        return translate("custody", "the signed head of the custody log has an invalid signature")
    if count != len(chain):
        return custody.tr(
            "custody log has %n entries but {written} were written (entries removed or added)",
            "", len(chain),
        ).format(written=count)  # fmt: skip
    if not chain or chain[-1].hash != last:
        return translate(
            "custody", "the last custody entry is not the one last written (entries replaced)"
        )
    return ""


def all_chains(conn: Connection) -> dict[str, list[CustodyEntry]]:
    chains: dict[str, list[CustodyEntry]] = {}
    for row in conn.execute(f"SELECT {_COLUMNS} FROM custody ORDER BY seq"):
        entry = _entry(row)
        chains.setdefault(entry.evidence_id, []).append(entry)
    return chains


def all_heads(conn: Connection) -> dict[str, dict[str, Any] | None]:
    heads: dict[str, dict[str, Any] | None] = {}
    rows = conn.execute(
        "SELECT key FROM meta WHERE key >= ? AND key < ?", (HEAD_PREFIX, HEAD_PREFIX + "\uffff")
    ).fetchall()
    for (key,) in rows:
        evidence_id = str(key)[len(HEAD_PREFIX) :]
        heads[evidence_id] = read_head(conn, evidence_id)
    return heads


def reduce_deleted(conn: Connection, evidence_id: str) -> None:
    """After the item is deleted: keep of each entry only what a court needs (time,
    action, actor, and a salted digest of the details, such as the file name), then
    chain and sign the reduced entries anew. The salt stays with the entry, so the
    group can show later that a name they hold is the one recorded. Call inside the
    transaction that deletes the item, after its "deleted" entry."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM custody WHERE evidence_id = ? ORDER BY seq", (evidence_id,)
    ).fetchall()
    key = signing_key(conn)
    prev, count = GENESIS, 0
    for row in rows:
        e = _entry(row)
        details = e.details if set(e.details) <= {"salt", "sealed"} else _sealed(e.details)
        digest = entry_hash(e.evidence_id, e.case_id, e.time, e.action, e.actor, details, prev)
        signature = key.sign(ENTRY_CONTEXT + bytes.fromhex(digest)).hex()
        conn.execute(
            "UPDATE custody SET details = ?, prev_hash = ?, hash = ?, signature = ? WHERE seq = ?",
            (canonical(details).decode(), prev, digest, signature, e.seq),
        )
        prev, count = digest, count + 1
    if count:
        head_sig = key.sign(_head_message(evidence_id, count, prev)).hex()
        conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
            (
                HEAD_PREFIX + evidence_id,
                json.dumps({"count": count, "hash": prev, "sig": head_sig}),
            ),
        )


def _sealed(details: dict[str, Any]) -> dict[str, Any]:
    if not details:
        return {}
    salt = os.urandom(16).hex()
    return {
        "salt": salt,
        "sealed": hashlib.sha256(bytes.fromhex(salt) + canonical(details)).hexdigest(),
    }


def resign_all(conn: Connection, key: Ed25519PrivateKey) -> None:
    """Sign every entry and head again with `key` (a new organisation identity). The
    hashes, and so the chains, stay as they are. Call inside a transaction."""
    rows = conn.execute("SELECT seq, hash FROM custody").fetchall()
    conn.executemany(
        "UPDATE custody SET signature = ? WHERE seq = ?",
        [(key.sign(ENTRY_CONTEXT + bytes.fromhex(h)).hex(), seq) for seq, h in rows],
    )
    for evidence_id, head in all_heads(conn).items():
        if not head:
            continue
        count, last = int(head.get("count", 0)), str(head.get("hash", GENESIS))
        sig = key.sign(_head_message(evidence_id, count, last)).hex()
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = ?",
            (json.dumps({"count": count, "hash": last, "sig": sig}), HEAD_PREFIX + evidence_id),
        )
