"""Importing a bundle in two passes: check everything, then apply.

Pass 1 (`inspect_bundle`) decrypts the whole bundle, checks the signature, the signer,
every member's name, size and SHA-256, parses every case and evidence record, and
works out what would change, touching nothing: this is the summary shown before an
import. Pass 2 (`import_bundle`) reads the bundle again, makes sure it is the same
file that was checked, and applies the plan; if it fails half-way (a disk error, a
cancel), what it added is taken out again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from casebook.domain.model import Case
from casebook.domain.validation import ValidationError, validate_case
from casebook.i18n import translate
from casebook.services.backup import CancelFlag, Progress
from casebook.services.bundle import evidence_io, merge
from casebook.services.bundle.format import BundleError
from casebook.services.bundle.manifest import Manifest, Member
from casebook.services.bundle.reader import MemberStream, walk
from casebook.services.cases import parse_case_json
from casebook.services.changes import Changes
from casebook.services.identity import Card, own_card
from casebook.services.partners import find_by_signing_key
from casebook.vault import cases as repo
from casebook.vault.db import Connection
from casebook.vault.vault import Vault


class UnknownSender(BundleError):
    """Signed by a key that is not a partner's; accept explicitly or add the partner."""


def unnamed(organisation: str) -> str:
    return organisation or translate("bundle", "an unnamed organisation")


@dataclass
class CasePlan:
    case_id: str
    title: str
    action: str  # merge.NEW, UPDATED, UNCHANGED, KEPT or CONFLICT
    evidence_new: int = 0
    evidence_present: int = 0


@dataclass
class ImportPlan:
    path: Path
    sender: Card
    partner: str  # the partner's name, "" when the signer is not a known partner
    created: str
    digest: str  # SHA-256 of the signed manifest: ties the plan to this very bundle
    cases: list[CasePlan] = field(default_factory=list)
    evidence_bytes: int = 0

    def count(self, action: str) -> int:
        return sum(1 for c in self.cases if c.action == action)

    @property
    def sender_label(self) -> str:
        if self.partner:
            return translate("bundle", "partner {name!r}").format(name=self.partner)
        return translate(
            "bundle", "{name!r}, not a known partner (fingerprint {fingerprint})"
        ).format(name=unnamed(self.sender.organisation), fingerprint=self.sender.fingerprint)


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    changes: Changes
    evidence_ids: tuple[str, ...]


class _Checker:
    """Pass 1: works out the plan, writes nothing."""

    hash_data = True

    def __init__(self, vault: Vault, path: Path, accept_unknown: bool) -> None:
        self.vault, self.path, self.accept_unknown = vault, path, accept_unknown
        self.plan: ImportPlan | None = None
        self.by_member: dict[str, CasePlan] = {}
        self.histories: dict[str, tuple[str, ...]] = {}
        self.evidence = evidence_io.IncomingSet()
        self.ids: dict[str, str] = {}

    def manifest(self, manifest: Manifest, body: bytes) -> None:
        partner = find_by_signing_key(self.vault, manifest.sender.signing_key)
        is_self = manifest.sender.signing_key == own_card(self.vault).signing_key
        if partner is None and not is_self and not self.accept_unknown:
            who = unnamed(manifest.sender.organisation)
            raise UnknownSender(
                translate(
                    "bundle",
                    "the bundle is signed by {who!r}, who is not one of your partners "
                    "(fingerprint {fingerprint}). Compare the fingerprint with them by "
                    "phone, then add them as a partner or accept it explicitly "
                    "(--accept-unknown); nothing was imported",
                ).format(who=who, fingerprint=manifest.sender.fingerprint)
            )
        self.plan = ImportPlan(
            self.path, manifest.sender, partner.name if partner else "", manifest.created,
            hashlib.sha256(body).hexdigest(),
        )  # fmt: skip
        self.by_member = {}
        self.histories = {c.member: c.history for c in manifest.cases}
        self.ids = {c.member: c.id for c in manifest.cases}
        self._manifest = manifest

    def json_member(self, member: Member, data: bytes) -> None:
        if member.name.startswith("cases/"):
            case = self._case(member, data)
            action = merge.decide(self.vault.conn, case, self.histories[member.name])
            plan = CasePlan(case.id, case.title, action)
            self.by_member[member.name] = plan
            assert self.plan is not None
            self.plan.cases.append(plan)
        else:
            item = self.evidence.add_meta(self.vault.conn, self._manifest, member, data)
            plan = self._plan_of(item.case_id)
            if item.present:
                plan.evidence_present += 1
            else:
                plan.evidence_new += 1
                assert self.plan is not None
                self.plan.evidence_bytes += item.size

    def data_member(self, member: Member, stream: MemberStream) -> None:
        pass  # hashed by the walk

    def _plan_of(self, case_id: str) -> CasePlan:
        return next(p for p in self.by_member.values() if p.case_id == case_id)

    def _case(self, member: Member, data: bytes) -> Case:
        try:
            case = parse_case_json(data)
            validate_case(case)
        except ValidationError as exc:  # InterchangeError too
            first = exc.errors[0] if exc.errors else "?"
            raise BundleError(
                translate("bundle", "{name} is not a valid case ({problem})").format(
                    name=member.name, problem=first
                )
            ) from None
        if case.id != self.ids[member.name]:
            raise BundleError(
                translate("bundle", "{name} holds another case than its manifest says").format(
                    name=member.name
                )
            )
        _refuse_foreign_ids(self.vault.conn, case)
        return case


def _refuse_foreign_ids(conn: Connection, case: Case) -> None:
    """A received case must not take over ids that belong to another local case."""
    checks = [("people", p.id) for p in case.people]
    checks += [("organisations", o.id) for o in case.organisations]
    checks += [("events", e.id) for e in case.events]
    for table, ident in checks:
        row = conn.execute(f"SELECT case_id FROM {table} WHERE id = ?", (ident,)).fetchone()
        if row is not None and row[0] != case.id:
            raise BundleError(
                translate(
                    "bundle", "case {id} in the bundle reuses an id of another case in this vault"
                ).format(id=case.id[:8])
            )


def inspect_bundle(
    vault: Vault,
    path: Path,
    *,
    accept_unknown: bool = False,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ImportPlan:
    """Check the bundle completely and say what importing it would change (pass 1)."""
    checker = _Checker(vault, Path(path), accept_unknown)
    walk(vault, Path(path), checker, progress=progress, cancel=cancel)
    assert checker.plan is not None
    return checker.plan


class _Applier(_Checker):
    """Pass 2: the same checks again, then the changes, undone if anything fails.
    Evidence bytes go to the store with their expected SHA-256, which it checks."""

    hash_data = False

    def __init__(self, vault: Vault, path: Path, accept_unknown: bool, expected: str) -> None:
        super().__init__(vault, path, accept_unknown)
        self.expected = expected
        self.received: list[tuple[merge.Received, str]] = []
        self.applied = False
        self.undo = _Undo()

    def manifest(self, manifest: Manifest, body: bytes) -> None:  # type: ignore[override]
        if hashlib.sha256(body).hexdigest() != self.expected:
            raise BundleError(
                translate(
                    "bundle", "the bundle file changed after it was checked; nothing was imported"
                )
            )
        super().manifest(manifest, body)

    def json_member(self, member: Member, data: bytes) -> None:
        super().json_member(member, data)
        if member.name.startswith("cases/"):
            assert self.plan is not None
            case = parse_case_json(data)
            peer = self.plan.sender.signing_key
            name = self.plan.partner or self.plan.sender.organisation
            item = merge.Received(case, self.histories[member.name], peer, name)
            self.received.append((item, self.by_member[member.name].action))
        else:
            self.apply_cases()

    def data_member(self, member: Member, stream: MemberStream) -> None:
        assert self.plan is not None
        item = self.evidence.for_data(member.name)
        if item.present:
            return
        new_id = evidence_io.receive(self.vault, item, stream, self.plan)
        self.undo.evidence.append(new_id)

    def apply_cases(self) -> None:
        if self.applied:
            return
        self.applied = True
        with self.vault.transaction() as conn:
            for item, action in self.received:
                self.undo.remember(conn, item.case.id)
                merge.apply(conn, item, action)


_Row = tuple[object, ...]


class _Undo:
    """What pass 2 changed, to take it out again if it cannot finish."""

    def __init__(self) -> None:
        self.cases: dict[str, tuple[Case | None, list[_Row], list[_Row]]] = {}
        self.evidence: list[str] = []

    def remember(self, conn: Connection, case_id: str) -> None:
        before = repo.get_case(conn, case_id) if repo.case_exists(conn, case_id) else None
        sync = conn.execute("SELECT * FROM case_sync WHERE case_id = ?", (case_id,)).fetchall()
        conflicts = conn.execute(
            "SELECT * FROM case_conflicts WHERE case_id = ?", (case_id,)
        ).fetchall()
        self.cases[case_id] = (before, sync, conflicts)

    def run(self, vault: Vault) -> None:
        evidence_io.remove(vault, self.evidence)
        with vault.transaction() as conn:
            for case_id, (before, sync, conflicts) in self.cases.items():
                conn.execute("DELETE FROM case_sync WHERE case_id = ?", (case_id,))
                conn.execute("DELETE FROM case_conflicts WHERE case_id = ?", (case_id,))
                if before is None:
                    repo.delete_case(conn, case_id)
                    continue
                repo.save_case(conn, before)
                _reinsert(conn, "case_sync", sync)
                _reinsert(conn, "case_conflicts", conflicts)


def _reinsert(conn: Connection, table: str, rows: list[tuple[object, ...]]) -> None:
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def import_bundle(
    vault: Vault,
    path: Path,
    *,
    accept_unknown: bool = False,
    plan: ImportPlan | None = None,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ImportResult:
    """Import a bundle: pass 1 unless `plan` (from inspect_bundle) is given, then pass 2."""
    path = Path(path)
    if plan is None:
        plan = inspect_bundle(vault, path, accept_unknown=accept_unknown, cancel=cancel)
    applier = _Applier(vault, path, accept_unknown or not plan.partner, plan.digest)
    try:
        walk(vault, path, applier, progress=progress, cancel=cancel)
        applier.apply_cases()
    except BaseException:
        applier.undo.run(vault)
        raise
    done = applier.plan
    assert done is not None
    touched = tuple(c.case_id for c in done.cases if c.action != merge.UNCHANGED)
    changes = Changes(cases=bool(touched), evidence=bool(applier.undo.evidence), case_ids=touched)
    return ImportResult(done, changes, tuple(applier.undo.evidence))
