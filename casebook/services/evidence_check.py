"""`casebook verify` for evidence: every file and every custody chain, one line a problem."""

from __future__ import annotations

import pyrage

from casebook.services.evidence_base import label
from casebook.vault import custody, evidence_files
from casebook.vault import evidence_store as store
from casebook.vault.custody import CustodyEntry
from casebook.vault.evidence_stream import Undecryptable, digest_of
from casebook.vault.vault import Vault


def verify_evidence(vault: Vault) -> list[str]:
    """evidence files and custody logs"""
    rows = store.all_rows(vault.conn)
    problems: list[str] = []
    for row in rows:
        problem = file_problem(vault, row)
        if problem:
            problems.append(f"{label(row.id, row.original_name)}: {problem}")
    problems += [
        f"evidence/{name}: a file that belongs to no evidence item"
        for name in evidence_files.stray_files(vault)
    ]
    return problems + custody_problems(vault, rows)


def file_problem(vault: Vault, row: store.EvidenceRow) -> str:
    """What is wrong with the item's file ('' if it decrypts to the recorded bytes)."""
    path = evidence_files.final_path(vault, row.file_id)
    if not path.is_file():
        return f"its file is missing (evidence/{path.name})"
    header = evidence_files.header_length(path)
    if header is None:
        return "its file is damaged: it is not an age file any more"
    actual, expected = path.stat().st_size, evidence_files.expected_size(header, row.size)
    if actual < expected:
        return f"its file is truncated ({actual} of {expected} bytes)"
    if actual > expected:
        return f"its file was altered: {actual - expected} bytes too many"
    try:
        identity = pyrage.x25519.Identity.from_str(row.identity)
    except pyrage.IdentityError:
        return "its key in the database is damaged; the file cannot be decrypted"
    try:
        size, sha = digest_of(path, identity)
    except Undecryptable:
        return "its file was altered: it no longer decrypts"
    if size != row.size:
        return f"its content has {size} bytes instead of {row.size}"
    if sha != row.sha256:
        return "its content was altered: the SHA-256 does not match"
    return ""


def custody_problems(vault: Vault, rows: list[store.EvidenceRow]) -> list[str]:
    public = vault.signing_key().public_key()
    chains = custody.all_chains(vault.conn)
    heads = custody.all_heads(vault.conn)
    items = {r.id: r for r in rows}
    problems = []
    for evidence_id in sorted(set(chains) | set(heads) | set(items)):
        chain = chains.get(evidence_id, [])
        row = items.get(evidence_id)
        name = row.original_name if row else _deleted_name(chain)
        if not chain and row is not None:
            problem = "has no custody log"
        else:
            problem = custody.chain_problem(chain, public) or custody.head_problem(
                evidence_id, chain, heads.get(evidence_id), public
            )
        problem = problem or _lifecycle_problem(chain, row)
        if problem:
            problems.append(f"{label(evidence_id, name)}: {problem}")
    return problems


def _deleted_name(chain: list[CustodyEntry]) -> str:
    state = "deleted" if chain and chain[-1].action == "deleted" else "missing"
    for entry in reversed(chain):
        if entry.details.get("name"):
            return f"{state}: {entry.details['name']}"
    return state


def _lifecycle_problem(chain: list[CustodyEntry], row: store.EvidenceRow | None) -> str:
    actions = [e.action for e in chain]
    if row is not None:
        if actions[0] not in ("imported", "received"):
            return f"custody log starts with {actions[0]!r} instead of its import"
        if "deleted" in actions:
            return "custody log records a deletion but the item is still there"
        if chain[0].case_id != row.case_id:
            return "custody log belongs to another case than the item"
        return ""
    if actions and actions[-1] != "deleted":
        return "the item is gone from the database but its custody log records no deletion"
    return ""
