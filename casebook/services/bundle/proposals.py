"""Proposals: received versions that wait for a person, reviewed field by field.

A proposal holds the partner's version of a case (or their deletion of it) and the
fields already decided as "keep ours". What still waits is every field in which the
partner's version differs from ours now, less those. Accepting fields applies the
partner's values to our case as it is now; rejecting keeps ours. When nothing waits
any more the proposal is settled: the partner's version counts as seen, so the same
bundle (or a later one based on it) never proposes it again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from casebook.domain.interchange import case_from_dict, case_to_dict
from casebook.domain.model import Case, utc_now
from casebook.domain.validation import ValidationError, validate_case
from casebook.i18n import QT_TRANSLATE_NOOP, translate
from casebook.services.bundle import fields as fieldmod
from casebook.services.bundle import merge
from casebook.services.bundle.fields import FieldChange
from casebook.services.bundle.format import BundleError
from casebook.services.cases import delete_case_in, remove_files
from casebook.services.changes import Changes
from casebook.vault import cases as repo
from casebook.vault.db import Connection
from casebook.vault.errors import NotFound
from casebook.vault.vault import Vault

WHOLE_CASE = "case"  # the one field of a deletion proposal

KINDS = {
    merge.CONFLICT: QT_TRANSLATE_NOOP("bundle", "changed on both sides"),
    merge.PROTECTED: QT_TRANSLATE_NOOP("bundle", "changes protected fields"),
    merge.UNVERIFIED: QT_TRANSLATE_NOOP("bundle", "from an unverified source"),
    merge.DELETED_HERE: QT_TRANSLATE_NOOP("bundle", "partner still has this case (deleted here)"),
    merge.DELETED_THERE: QT_TRANSLATE_NOOP("bundle", "partner deleted this case"),
}


@dataclass(frozen=True)
class Proposal:
    id: str
    case_id: str
    kind: str
    version: str
    peer_name: str
    bundle_id: str
    received: str
    title: str
    theirs: Case | None
    pending: list[FieldChange] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # item path -> a person's name...
    partial: bool = False  # some differing fields are not offered (decided, or only ours)

    def label(self, change: FieldChange) -> str:
        """The field with names instead of ids, for people to read."""
        return fieldmod.readable(change.path, self.names)

    @property
    def kind_label(self) -> str:
        return translate("bundle", KINDS.get(self.kind, self.kind))

    def to_json(self) -> dict[str, Any]:
        return {
            "proposal": self.id, "case": self.case_id, "case_id": self.case_id,
            "title": self.title,
            "kind": self.kind, "sender": self.peer_name, "bundle_id": self.bundle_id,
            "received": self.received,
            "fields": [{**c.to_json(), "label": self.label(c)} for c in self.pending],
        }  # fmt: skip


_COLS = "id, case_id, hash, kind, peer_name, bundle_id, received, case_json, fields, history"


def list_proposals(vault: Vault, case_id: str | None = None) -> list[Proposal]:
    sql, args = f"SELECT {_COLS} FROM case_proposals", tuple[str, ...]()
    if case_id is not None:
        sql, args = sql + " WHERE case_id = ?", (case_id,)
    rows = vault.conn.execute(sql + " ORDER BY received, id", args).fetchall()
    return [_proposal(vault.conn, r) for r in rows]


def get_proposal(vault: Vault, prefix: str) -> Proposal:
    wanted = prefix.strip().lower()
    rows = vault.conn.execute(
        f"SELECT {_COLS} FROM case_proposals WHERE id LIKE ? || '%'", (wanted,)
    ).fetchall()
    if len(rows) != 1 or not wanted:
        raise NotFound(
            translate(
                "bundle", "no single proposal starts with {prefix!r} (see 'casebook bundle review')"
            ).format(prefix=prefix)
        )
    return _proposal(vault.conn, rows[0])


def _proposal(conn: Connection, row: tuple[Any, ...]) -> Proposal:
    pid, case_id, version, kind, peer, bundle_id, received, document, decided, history = row
    local = repo.get_case(conn, case_id) if repo.case_exists(conn, case_id) else None
    theirs = case_from_dict(json.loads(document)) if document else None
    shown = theirs or local
    title = shown.title if shown is not None else case_id
    partial = False
    if kind == merge.DELETED_THERE:
        pending = [FieldChange(WHOLE_CASE, title, None, True)] if local else []
    elif local is None:
        pending = [FieldChange(WHOLE_CASE, None, title, True)]
    else:
        assert theirs is not None
        skip = set(json.loads(decided))
        changes = fieldmod.changes(case_to_dict(local), case_to_dict(theirs))
        base = merge.common_base(conn, case_id, json.loads(history))
        if base is not None:  # only what the partner changed since the common base
            theirs_changed = {c.path for c in fieldmod.changes(case_to_dict(base),
                                                               case_to_dict(theirs))}  # fmt: skip
            skip |= {c.path for c in changes if c.path not in theirs_changed}
        pending = [c for c in changes if c.path not in skip]
        partial = len(pending) != len(changes)
    docs = [case_to_dict(c) for c in (local, theirs) if c is not None]
    return Proposal(pid, case_id, kind, version, peer, bundle_id, received, title, theirs,
                    pending, fieldmod.item_names(*docs), partial)  # fmt: skip


def _chosen(proposal: Proposal, wanted: Iterable[str] | None) -> set[str]:
    paths = [c.path for c in proposal.pending]
    if wanted is None:
        return set(paths)
    chosen = set(wanted)
    unknown = sorted(chosen - set(paths))
    if unknown:
        raise BundleError(
            translate(
                "bundle", "proposal {id} has no waiting field {fields}; it waits for: {waiting}"
            ).format(
                id=proposal.id, fields=", ".join(unknown), waiting=", ".join(paths) or "-"
            )  # fmt: skip
        )
    return chosen


def accept(vault: Vault, prefix: str, wanted: Iterable[str] | None = None) -> Changes:
    """Take the partner's values for `wanted` fields (all waiting ones when None)."""
    proposal = get_proposal(vault, prefix)
    chosen = _chosen(proposal, wanted)
    rest = [c for c in proposal.pending if c.path not in chosen]
    files: list[str] = []
    with vault.transaction() as conn:
        if proposal.kind == merge.DELETED_THERE:
            files = delete_case_in(conn, proposal.case_id)
        elif proposal.pending and proposal.pending[0].path == WHOLE_CASE:
            assert proposal.theirs is not None
            repo.save_case(conn, proposal.theirs)
            conn.execute("DELETE FROM case_tombstones WHERE case_id = ?", (proposal.case_id,))
        elif chosen:
            _take(conn, proposal, chosen, exact=not rest and not proposal.partial)
        _settle_or_keep(conn, proposal, rest, [], "proposal")
    if files:
        remove_files(vault, files)
    return Changes(cases=True, evidence=bool(files), case_ids=(proposal.case_id,))


def reject(vault: Vault, prefix: str, wanted: Iterable[str] | None = None) -> Changes:
    """Keep ours for `wanted` fields (all waiting ones when None)."""
    proposal = get_proposal(vault, prefix)
    chosen = _chosen(proposal, wanted)
    rest = [c for c in proposal.pending if c.path not in chosen]
    with vault.transaction() as conn:
        _settle_or_keep(conn, proposal, rest, sorted(chosen), "rejected")
    return Changes(cases=True, case_ids=(proposal.case_id,))


def _take(conn: Connection, proposal: Proposal, chosen: set[str], exact: bool) -> None:
    assert proposal.theirs is not None
    if exact:  # saved as received: later versions from them follow on
        case = proposal.theirs
    else:
        ours = case_to_dict(repo.get_case(conn, proposal.case_id))
        merged = fieldmod.take(ours, case_to_dict(proposal.theirs), chosen)
        try:
            case = case_from_dict(merged)
            validate_case(case)
        except ValidationError as exc:
            first = exc.errors[0] if exc.errors else "?"
            raise BundleError(
                translate(
                    "bundle", "these fields cannot be taken alone ({problem}); nothing was changed"
                ).format(problem=first)
            ) from None
        case.updated = utc_now()
    repo.save_case(conn, case)
    merge.record_version(conn, case.id, merge.case_hash(case), "proposal", base=proposal.version,
                         who=proposal.peer_name, bundle_id=proposal.bundle_id)  # fmt: skip


def _settle_or_keep(
    conn: Connection, proposal: Proposal, rest: list[FieldChange], rejected: list[str],
    origin: str,
) -> None:  # fmt: skip
    if rest:
        row = conn.execute("SELECT fields FROM case_proposals WHERE id = ?", (proposal.id,))
        decided = sorted(set(json.loads(row.fetchone()[0])) | set(rejected))
        conn.execute(
            "UPDATE case_proposals SET fields = ? WHERE id = ?", (json.dumps(decided), proposal.id)
        )
        return
    row = conn.execute("SELECT history FROM case_proposals WHERE id = ?", (proposal.id,))
    found = row.fetchone()
    if found is None:  # the case was deleted, and its proposals with it
        return
    history = json.loads(found[0])
    if repo.case_exists(conn, proposal.case_id) and proposal.kind != merge.DELETED_THERE:
        merge.record(conn, proposal.case_id, [proposal.version, *history], "", "resolved")
    # The partner's version counts as seen (rejected: never proposed again); its JSON is
    # the common base when their next version meets a changed one here.
    held = repo.case_exists(conn, proposal.case_id)  # no copy of a case deleted here
    document = merge.case_json(proposal.theirs).decode() if proposal.theirs and held else ""
    merge.record_version(conn, proposal.case_id, proposal.version,
                         "rejected" if origin == "rejected" else "seen",
                         who=proposal.peer_name, bundle_id=proposal.bundle_id,
                         document=document)  # fmt: skip
    conn.execute("DELETE FROM case_proposals WHERE id = ?", (proposal.id,))
