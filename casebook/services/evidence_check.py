"""`casebook verify` for evidence: every file and every custody chain, one line a problem."""

from __future__ import annotations

import pyrage

from casebook.i18n import QT_TRANSLATE_NOOP, Context, translate
from casebook.services.evidence_base import label
from casebook.vault import custody, evidence_files
from casebook.vault import evidence_store as store
from casebook.vault.custody import CustodyEntry
from casebook.vault.evidence_stream import Undecryptable, digest_of
from casebook.vault.vault import Vault

evidence = Context("evidence")


# What the check covers, shown by `casebook verify` from the docstring below.
QT_TRANSLATE_NOOP("verify", "evidence files and custody logs")


def verify_evidence(vault: Vault) -> list[str]:
    """evidence files and custody logs"""
    rows = store.all_rows(vault.conn)
    problems: list[str] = []
    for row in rows:
        problem = file_problem(vault, row)
        if problem:
            problems.append(f"{label(row.id, row.original_name)}: {problem}")
    stray = translate("evidence", "evidence/{name}: a file that belongs to no evidence item")
    problems += [stray.format(name=name) for name in evidence_files.stray_files(vault)]
    return problems + custody_problems(vault, rows)


def file_problem(vault: Vault, row: store.EvidenceRow) -> str:
    """What is wrong with the item's file ('' if it decrypts to the recorded bytes)."""
    path = evidence_files.final_path(vault, row.file_id)
    if not path.is_file():
        return translate("evidence", "its file is missing (evidence/{name})").format(name=path.name)
    header = evidence_files.header_length(path)
    if header is None:
        return translate("evidence", "its file is damaged: it is not an age file any more")
    actual, expected = path.stat().st_size, evidence_files.expected_size(header, row.size)
    if actual < expected:
        return evidence.tr("its file is truncated ({actual} of %n bytes)", "", expected).format(
            actual=actual
        )
    if actual > expected:
        return evidence.tr("its file was altered: %n bytes too many", "", actual - expected)
    try:
        identity = pyrage.x25519.Identity.from_str(row.identity)
    except pyrage.IdentityError:
        return translate(
            "evidence", "its key in the database is damaged; the file cannot be decrypted"
        )
    try:
        size, sha = digest_of(path, identity)
    except Undecryptable:
        return translate("evidence", "its file was altered: it no longer decrypts")
    if size != row.size:
        return evidence.tr("its content has %n bytes instead of {recorded}", "", size).format(
            recorded=row.size
        )
    if sha != row.sha256:
        return translate("evidence", "its content was altered: the SHA-256 does not match")
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
            problem = translate("evidence", "has no custody log")
        else:
            problem = custody.chain_problem(chain, public) or custody.head_problem(
                evidence_id, chain, heads.get(evidence_id), public
            )
        problem = problem or _lifecycle_problem(chain, row)
        if problem:
            problems.append(f"{label(evidence_id, name)}: {problem}")
    return problems


def _deleted_name(chain: list[CustodyEntry]) -> str:
    if chain and chain[-1].action == "deleted":
        state = translate("evidence", "deleted: {name}")
    else:
        state = translate("evidence", "missing: {name}")
    for entry in reversed(chain):
        if entry.details.get("name"):
            return state.format(name=entry.details["name"])
    return state.format(name="…")  # a deleted item's log keeps no name


def _lifecycle_problem(chain: list[CustodyEntry], row: store.EvidenceRow | None) -> str:
    actions = [e.action for e in chain]
    if row is not None:
        if actions[0] not in ("imported", "received"):
            return translate(
                "evidence", "custody log starts with {action!r} instead of its import"
            ).format(action=actions[0])
        if "deleted" in actions:
            return translate(
                "evidence", "custody log records a deletion but the item is still there"
            )
        if chain[0].case_id != row.case_id:
            return translate("evidence", "custody log belongs to another case than the item")
        return ""
    if actions and actions[-1] != "deleted":
        return translate(
            "evidence",
            "the item is gone from the database but its custody log records no deletion",
        )
    return ""
