"""Importing a bundle in two passes: check everything, then apply.

Pass 1 (`inspect_bundle`) decrypts the whole bundle, checks the signature, the signer,
every member's name, size and SHA-256, parses every case and evidence record, and
works out what would change, touching nothing: this is the summary shown before an
import. Pass 2 (`import_bundle`) reads the bundle again, makes sure it is the same
file that was checked, stages the evidence files and applies the plan in one
transaction at the end; if it fails or is killed half-way, the vault is as before.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from casebook.domain.model import Case, utc_now
from casebook.domain.validation import ValidationError, validate_case
from casebook.i18n import translate
from casebook.services import evidence as store
from casebook.services.backup import CancelFlag, Progress
from casebook.services.bundle import evidence_io, merge
from casebook.services.bundle.format import BundleError
from casebook.services.bundle.manifest import CaseEntry, Manifest, Member, Signer, Tombstone
from casebook.services.bundle.reader import MemberStream, walk
from casebook.services.cases import parse_case_json
from casebook.services.changes import Changes
from casebook.services.evidence import Staged
from casebook.services.identity import Card, fingerprints_match, own_card
from casebook.services.partners import (
    Partner,
    RotationNotice,
    find_by_signing_key,
    parse_rotation_notice,
    replace_card,
    rotated_partner,
)
from casebook.vault import cases as repo
from casebook.vault.db import Connection
from casebook.vault.errors import VaultError
from casebook.vault.vault import Vault


class UnknownSender(BundleError):
    """Signed by a key that is not a partner's; accept explicitly or add the partner."""


class UnconfirmedPartner(BundleError):
    """Signed by a partner whose fingerprint was never confirmed."""

    def __init__(self, message: str, partner: str = "", fingerprint: str = "") -> None:
        super().__init__(message)
        self.partner, self.fingerprint = partner, fingerprint


class NotAddressed(BundleError):
    """The signed manifest does not name this vault among the recipients."""


class Replayed(BundleError):
    """This bundle, or a newer one from the same sender, was imported before."""


def unnamed(organisation: str) -> str:
    return organisation or translate("bundle", "an unnamed organisation")


@dataclass
class CasePlan:
    case_id: str
    title: str
    action: str  # merge.NEW, UPDATED, UNCHANGED, KEPT or one of merge.PROPOSALS
    evidence_new: int = 0
    evidence_present: int = 0
    custody_problems: list[str] = field(default_factory=list)  # "name: problem"


@dataclass
class ImportPlan:
    path: Path
    sender: Card
    partner: str  # the partner's name, "" when the signer is not a known partner
    created: str
    digest: str  # SHA-256 of the signed manifest: ties the plan to this very bundle
    cases: list[CasePlan] = field(default_factory=list)
    evidence_bytes: int = 0
    format: int = 2
    bundle_id: str = ""
    sequence: int | None = None
    unverified: bool = False  # signed by someone who is not a confirmed partner
    confirm: bool = False  # the import confirms the partner's fingerprint
    rotated: bool = False  # the partner's card is replaced by their rotation notice

    def count(self, action: str) -> int:
        return sum(1 for c in self.cases if c.action == action)

    @property
    def proposals(self) -> int:
        return sum(1 for c in self.cases if c.action in merge.PROPOSALS)

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

    def __init__(
        self, vault: Vault, path: Path, accept_unknown: bool, confirm_fingerprint: str = ""
    ) -> None:
        self.vault, self.path, self.accept_unknown = vault, path, accept_unknown
        self.confirm_fingerprint = confirm_fingerprint
        self.plan: ImportPlan | None = None
        self.by_member: dict[str, CasePlan] = {}
        self.entries: dict[str, CaseEntry] = {}
        self.evidence = evidence_io.IncomingSet()
        self.partner: Partner | None = None
        self.unverified = False
        self.confirm = False
        self.rotation: RotationNotice | None = None

    def signer(self, signer: Signer) -> None:
        """Trust is decided on the signer's key alone, before its manifest is parsed."""
        own = own_card(self.vault)
        if signer.signing_key == own.signing_key:
            return
        partner = find_by_signing_key(self.vault, signer.signing_key)
        if partner is None and signer.rotation:
            partner = self._rotated(signer)
        card = Card(partner.card.organisation if partner else "", signer.recipient,
                    signer.signing_key)  # fmt: skip
        if partner is None:
            if not self.accept_unknown:
                raise UnknownSender(
                    translate(
                        "bundle",
                        "the bundle is signed by someone who is not one of your partners "
                        "(fingerprint {fingerprint}). Compare the fingerprint with them by "
                        "phone, then add them as a partner or accept it explicitly "
                        "(--accept-unknown); nothing was imported",
                    ).format(fingerprint=card.fingerprint)
                )
            self.unverified = True
            return
        self.partner = partner
        expected = self.rotation.new.recipient if self.rotation else partner.card.recipient
        if signer.recipient and signer.recipient != expected:
            raise BundleError(
                translate(
                    "bundle",
                    "the bundle is signed with the key of partner {name!r} but names another "
                    "age recipient than their card: a card changes only by a rotation notice "
                    "or by removing and adding the partner again; nothing was imported",
                ).format(name=partner.name)
            )
        if partner.is_confirmed:
            return
        if not self.confirm_fingerprint:
            raise UnconfirmedPartner(
                translate(
                    "bundle",
                    "the fingerprint of partner {name!r} was never confirmed. Compare "
                    "{fingerprint} with them by phone, then import with "
                    "--confirm-fingerprint DIGITS; nothing was imported",
                ).format(name=partner.name, fingerprint=partner.card.fingerprint),
                partner.name,
                partner.card.fingerprint,
            )
        if not fingerprints_match(partner.card, self.confirm_fingerprint):
            raise BundleError(
                translate(
                    "bundle",
                    "the fingerprint you gave does not match the card of {name!r}; do not "
                    "import before you have found out why (nothing was imported)",
                ).format(name=partner.name)
            )
        self.confirm = True

    def _rotated(self, signer: Signer) -> Partner | None:
        """The partner a valid rotation notice in the signature block names as the old
        card of this new key (both keys must have signed it), or None."""
        try:
            notice = parse_rotation_notice(signer.rotation)
            if (notice.new.signing_key, notice.new.recipient) != (
                signer.signing_key, signer.recipient
            ):  # fmt: skip
                return None
            partner = rotated_partner(self.vault, notice)
        except VaultError:  # PartnerError, CardError: not a notice we can use
            return None
        self.rotation = notice
        return partner

    def manifest(self, manifest: Manifest, body: bytes) -> None:
        own = own_card(self.vault)
        if not manifest.addressed_to(own.recipient):
            raise NotAddressed(
                translate(
                    "bundle",
                    "this bundle was not addressed to this vault (its signed list of "
                    "recipients does not name it): it may have been passed on by someone "
                    "it was sent to; nothing was imported",
                )
            )
        digest = hashlib.sha256(body).hexdigest()
        bundle_id = manifest.bundle_id or digest
        sequence = manifest.sequence if manifest.version >= 2 else None
        _refuse_replay(self.vault.conn, manifest.sender.signing_key, bundle_id, sequence)
        self.plan = ImportPlan(
            self.path, manifest.sender, self.partner.name if self.partner else "",
            manifest.created, digest, format=manifest.version, bundle_id=bundle_id,
            sequence=sequence, unverified=self.unverified, confirm=self.confirm,
            rotated=bool(self.rotation),
        )  # fmt: skip
        self.by_member = {}
        self.entries = {c.member: c for c in manifest.cases}
        self._manifest = manifest
        for t in manifest.tombstones:
            action = merge.decide_tombstone(self.vault.conn, t.id, t.version)
            if action != merge.UNCHANGED:
                title = repo.get_case(self.vault.conn, t.id).title
                self.plan.cases.append(CasePlan(t.id, title, action))

    def json_member(self, member: Member, data: bytes) -> None:
        if member.name.startswith("cases/"):
            case = self._case(member, data)
            history = self.entries[member.name].history
            action = merge.decide(self.vault.conn, case, history, verified=not self.unverified)
            plan = CasePlan(case.id, case.title, action)
            self.by_member[member.name] = plan
            assert self.plan is not None
            self.plan.cases.append(plan)
        else:
            item = self.evidence.add_meta(self.vault.conn, self._manifest, member, data)
            plan = self._plan_of(item.case_id)
            if plan.action == merge.DELETED_HERE:
                item.present = True  # nowhere to put it while the case stays deleted
            if item.custody_problem:
                name = str(item.doc.get("original_name", "")) or member.name
                plan.custody_problems.append(f"{name}: {item.custody_problem}")
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
        if case.id != self.entries[member.name].id:
            raise BundleError(
                translate("bundle", "{name} holds another case than its manifest says").format(
                    name=member.name
                )
            )
        _refuse_foreign_ids(self.vault.conn, case)
        return case


def _refuse_replay(conn: Connection, signer: str, bundle_id: str, sequence: int | None) -> None:
    row = conn.execute(
        "SELECT time FROM bundles_received WHERE signer = ? AND bundle_id = ?", (signer, bundle_id)
    ).fetchone()
    if row is not None:
        raise Replayed(
            translate(
                "bundle", "this bundle was already imported on {time}; nothing was changed"
            ).format(time=row[0])
        )
    if sequence is None:
        return
    newest = conn.execute(
        "SELECT MAX(sequence) FROM bundles_received WHERE signer = ?", (signer,)
    ).fetchone()[0]
    if newest is not None and sequence <= newest:
        raise Replayed(
            translate(
                "bundle",
                "this is an older bundle from the same sender (number {sequence}; number "
                "{newest} was already imported); nothing was changed",
            ).format(sequence=sequence, newest=newest)
        )


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
    confirm_fingerprint: str = "",
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ImportPlan:
    """Check the bundle completely and say what importing it would change (pass 1)."""
    checker = _Checker(vault, Path(path), accept_unknown, confirm_fingerprint)
    walk(vault, Path(path), checker, progress=progress, cancel=cancel)
    assert checker.plan is not None
    return checker.plan


class _Applier(_Checker):
    """Pass 2: the same checks again; evidence files are written to the store without
    rows (staged), and only when the whole bundle has been read and checked do the
    cases, the evidence rows and the record of the bundle go in, in one transaction.
    A kill before that leaves files without rows, which the vault tidies when it opens."""

    hash_data = False

    def __init__(
        self, vault: Vault, path: Path, accept_unknown: bool, confirm: str, expected: str | None
    ) -> None:
        super().__init__(vault, path, accept_unknown, confirm)
        self.expected = expected
        self.received: list[tuple[merge.Received, str]] = []
        self.staged: list[Staged] = []
        self.tombstones: list[Tombstone] = []

    def manifest(self, manifest: Manifest, body: bytes) -> None:
        if self.expected is not None and hashlib.sha256(body).hexdigest() != self.expected:
            raise BundleError(
                translate(
                    "bundle", "the bundle file changed after it was checked; nothing was imported"
                )
            )
        super().manifest(manifest, body)
        self.tombstones = list(manifest.tombstones)

    def json_member(self, member: Member, data: bytes) -> None:
        super().json_member(member, data)
        if member.name.startswith("cases/"):
            assert self.plan is not None
            case = parse_case_json(data)
            entry = self.entries[member.name]
            item = merge.Received(
                case, entry.history, self.plan.sender.signing_key, self._peer_name(),
                self.plan.bundle_id, entry.base, self.plan.unverified,
            )  # fmt: skip
            self.received.append((item, self.by_member[member.name].action))

    def _peer_name(self) -> str:
        assert self.plan is not None
        return self.plan.partner or unnamed(self.plan.sender.organisation)

    def data_member(self, member: Member, stream: MemberStream) -> None:
        assert self.plan is not None
        item = self.evidence.for_data(member.name)
        if item.present:
            return
        evidence_io.receive(self.vault, item, stream, self.plan, self._events(item.case_id),
                            self.staged)  # fmt: skip

    def _events(self, case_id: str) -> set[str]:
        """The events the case will have once this import is committed."""
        for item, action in self.received:
            if item.case.id == case_id and action in (merge.NEW, merge.UPDATED):
                return {e.id for e in item.case.events}
        rows = self.vault.conn.execute("SELECT id FROM events WHERE case_id = ?", (case_id,))
        return {r[0] for r in rows}

    def commit(self) -> None:
        assert self.plan is not None
        plan = self.plan
        with self.vault.transaction() as conn:
            for item, action in self.received:
                merge.apply(conn, item, action)
            for t in self.tombstones:
                action = merge.decide_tombstone(conn, t.id, t.version)
                if action == merge.DELETED_THERE:
                    theirs = merge.Received(
                        repo.get_case(conn, t.id), (), plan.sender.signing_key,
                        self._peer_name(), plan.bundle_id,
                    )  # fmt: skip
                    merge.propose(conn, theirs, action, "deleted:" + t.version, "")
            store.commit_staged(conn, self.staged)
            conn.execute(
                "INSERT INTO bundles_received(signer, bundle_id, sequence, digest, time)"
                " VALUES (?, ?, ?, ?, ?)",
                (plan.sender.signing_key, plan.bundle_id, plan.sequence, plan.digest, utc_now()),
            )
            if self.rotation is not None and self.partner is not None:
                replace_card(conn, self.partner.name, self.rotation.new)
            if plan.confirm and self.partner is not None:
                conn.execute(
                    "UPDATE partners SET confirmed = ? WHERE name = ?",
                    (utc_now(), self.partner.name),
                )


def import_bundle(
    vault: Vault,
    path: Path,
    *,
    accept_unknown: bool = False,
    confirm_fingerprint: str = "",
    plan: ImportPlan | None = None,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ImportResult:
    """Import a bundle. With `plan` (from inspect_bundle, shown to the user first) the
    bundle must be the very one that was checked; without, the import is one pass that
    checks everything as it goes. All or nothing either way: the vault changes only in
    the last step, in one transaction, after every byte was checked."""
    path = Path(path)
    if plan is None:
        applier = _Applier(vault, path, accept_unknown, confirm_fingerprint, None)
    else:
        applier = _Applier(vault, path, accept_unknown or plan.unverified,
                           confirm_fingerprint, plan.digest)  # fmt: skip
    try:
        walk(vault, path, applier, progress=progress, cancel=cancel)
        applier.commit()
    except BaseException:
        store.discard_staged(vault, applier.staged)
        raise
    store.release_staged(applier.staged)
    done = applier.plan
    assert done is not None
    touched = tuple(c.case_id for c in done.cases if c.action not in (merge.UNCHANGED, merge.KEPT))
    ids = tuple(s.row.id for s in applier.staged)
    changes = Changes(cases=bool(touched), evidence=bool(ids), case_ids=touched)
    return ImportResult(done, changes, ids)
