"""The signed manifest of a bundle: what it holds, who made it, and when.

{
  "format": "casebook-bundle/1",
  "created": "2026-01-01T12:00:00Z",
  "sender": {"organisation": ..., "recipient": "age1...", "signing_key": "<hex>"},
  "cases": [{"id": "<case id>", "member": "cases/00001.json", "history": ["<sha256>"...]}],
  "evidence": [{"case_id": ..., "meta": "evidence/00001.json", "data": "evidence/00001.bin"}],
  "members": [{"name": "cases/00001.json", "size": 1234, "sha256": "<hex>"}, ...]
}

`history` lists the SHA-256 of versions of the case the sender exchanged before: the
receiver merges with it (see merge.py). The signature covers SIGNING_CONTEXT followed
by the exact bytes of manifest.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casebook.domain import safe_json
from casebook.i18n import translate
from casebook.services.bundle.format import (
    FORMAT,
    MAX_MEMBERS,
    SIGNING_CONTEXT,
    BundleError,
    check_member_name,
    size_limit,
)
from casebook.services.identity import Card, CardError, card_from_dict

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_CASE_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
MAX_HISTORY = 10_000


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class CaseEntry:
    id: str
    member: str
    history: tuple[str, ...]


@dataclass(frozen=True)
class EvidenceEntry:
    case_id: str
    meta: str
    data: str


@dataclass(frozen=True)
class Manifest:
    created: str
    sender: Card
    cases: tuple[CaseEntry, ...]
    evidence: tuple[EvidenceEntry, ...]
    members: tuple[Member, ...]

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "created": self.created,
            "sender": self.sender.to_dict(),
            "cases": [
                {"id": c.id, "member": c.member, "history": list(c.history)} for c in self.cases
            ],
            "evidence": [
                {"case_id": e.case_id, "meta": e.meta, "data": e.data} for e in self.evidence
            ],
            "members": [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in self.members],
        }
        return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    def member(self, name: str) -> Member:
        for m in self.members:
            if m.name == name:
                return m
        raise BundleError(
            translate("bundle", "the manifest does not list {name!r}").format(name=name)
        )


def sign(key: Ed25519PrivateKey, manifest_bytes: bytes) -> bytes:
    return key.sign(SIGNING_CONTEXT + manifest_bytes).hex().encode("ascii") + b"\n"


def signature_valid(card: Card, manifest_bytes: bytes, signature_text: bytes) -> bool:
    try:
        signature = bytes.fromhex(signature_text.decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        return False
    return len(signature) == 64 and card.verify(SIGNING_CONTEXT + manifest_bytes, signature)


def parse(data: bytes) -> Manifest:
    """A manifest from manifest.json, every field checked; BundleError names the first problem."""
    try:
        doc = safe_json.loads(data)
    except safe_json.JsonError as exc:
        raise BundleError(
            translate("bundle", "the bundle's manifest at {path}: {problem}").format(
                path=exc.path, problem=exc.reason
            )
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError(translate("bundle", "the bundle's manifest is not valid JSON")) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        found = doc.get("format") if isinstance(doc, dict) else None
        raise BundleError(
            translate(
                "bundle", "the bundle has format {found!r}; this Casebook reads {known}"
            ).format(found=found, known=FORMAT)
        )
    try:
        sender = card_from_dict(doc.get("sender"))
    except CardError as exc:
        raise BundleError(
            translate("bundle", "the bundle's sender card: {problem}").format(problem=exc)
        ) from None
    members = _members(doc.get("members"))
    cases = tuple(_case(c) for c in _list(doc.get("cases"), "cases"))
    evidence = tuple(_evidence(e) for e in _list(doc.get("evidence"), "evidence"))
    created = doc.get("created")
    if not isinstance(created, str) or len(created) > 40:
        raise BundleError(translate("bundle", "the bundle's manifest has no valid creation time"))
    manifest = Manifest(created, sender, cases, evidence, members)
    _check_references(manifest)
    return manifest


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list) or len(value) > MAX_MEMBERS:
        raise BundleError(
            translate("bundle", "the bundle's manifest has no valid list '{what}'").format(
                what=what
            )
        )
    return value


def _members(value: Any) -> tuple[Member, ...]:
    members, names = [], set()
    for m in _list(value, "members"):
        if not isinstance(m, dict):
            raise BundleError(translate("bundle", "the bundle's manifest has a malformed member"))
        name, size, sha = m.get("name"), m.get("size"), m.get("sha256")
        if not isinstance(name, str):
            raise BundleError(
                translate("bundle", "the bundle's manifest has a member without a name")
            )
        check_member_name(name)
        if name in names:
            raise BundleError(
                translate("bundle", "the bundle's manifest lists {name!r} twice").format(name=name)
            )
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= size_limit(name):
            raise BundleError(
                translate(
                    "bundle", "the bundle's manifest gives {name!r} a size beyond the limits"
                ).format(name=name)
            )
        if not isinstance(sha, str) or not _HEX64.match(sha):
            raise BundleError(
                translate(
                    "bundle", "the bundle's manifest has no valid SHA-256 for {name!r}"
                ).format(name=name)
            )
        names.add(name)
        members.append(Member(name, size, sha))
    return tuple(members)


def _case(value: Any) -> CaseEntry:
    if not isinstance(value, dict):
        raise BundleError(translate("bundle", "the bundle's manifest has a malformed case entry"))
    case_id, member, history = value.get("id"), value.get("member"), value.get("history", [])
    if not isinstance(case_id, str) or not _CASE_ID.match(case_id):
        raise BundleError(
            translate("bundle", "the bundle's manifest has a case without a valid id")
        )
    if not isinstance(member, str) or not member.startswith("cases/"):
        raise BundleError(
            translate(
                "bundle", "the bundle's manifest has no valid member for case {case_id}"
            ).format(case_id=case_id)
        )
    if not isinstance(history, list) or len(history) > MAX_HISTORY:
        raise BundleError(
            translate(
                "bundle", "the bundle's manifest has a malformed history for case {case_id}"
            ).format(case_id=case_id)
        )
    if not all(isinstance(h, str) and _HEX64.match(h) for h in history):
        raise BundleError(
            translate(
                "bundle", "the bundle's manifest has a malformed history for case {case_id}"
            ).format(case_id=case_id)
        )
    return CaseEntry(case_id, member, tuple(history))


def _evidence(value: Any) -> EvidenceEntry:
    if not isinstance(value, dict):
        raise BundleError(
            translate("bundle", "the bundle's manifest has a malformed evidence entry")
        )
    case_id, meta, data = value.get("case_id"), value.get("meta"), value.get("data")
    if not (isinstance(case_id, str) and isinstance(meta, str) and isinstance(data, str)):
        raise BundleError(
            translate("bundle", "the bundle's manifest has a malformed evidence entry")
        )
    stem = meta.removesuffix(".json")
    if not (meta.startswith("evidence/") and meta.endswith(".json") and data == stem + ".bin"):
        raise BundleError(
            translate("bundle", "the bundle's manifest has a malformed evidence entry")
        )
    return EvidenceEntry(case_id, meta, data)


def _check_references(manifest: Manifest) -> None:
    """Every member belongs to exactly one entry, cases come first, then evidence
    (metadata before its bytes), in the order the entries are listed."""
    expected = [c.member for c in manifest.cases]
    for e in manifest.evidence:
        expected += [e.meta, e.data]
    if [m.name for m in manifest.members] != expected:
        raise BundleError(
            translate("bundle", "the bundle's manifest lists members that no entry explains")
        )
    case_ids = [c.id for c in manifest.cases]
    if len(set(case_ids)) != len(case_ids):
        raise BundleError(translate("bundle", "the bundle's manifest lists a case twice"))
    if not case_ids:
        raise BundleError(translate("bundle", "the bundle holds no cases"))
    unknown = {e.case_id for e in manifest.evidence} - set(case_ids)
    if unknown:
        raise BundleError(
            translate("bundle", "the bundle has evidence for a case it does not hold")
        )
