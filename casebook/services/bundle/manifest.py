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

Format 2 adds, all under the signature:

  "bundle_id": "<32 hex>", "sequence": 7,          # per sender, growing
  "recipients": [{"recipient": "age1...", "fingerprint": "..."}],
  "cases": [{..., "version": "<sha256 of the member>", "base": "<sha256>" or ""}],
  "tombstones": [{"id": "<case id>", "deleted": "<time>", "version": "<sha256>"}],
  "padding": 12345                                 # zero bytes in the last member

and its signature travels in manifest.sig, before the manifest, as four fixed lines
(see signature_text) that are checked before a byte of the manifest is parsed.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casebook.domain import safe_json
from casebook.i18n import translate
from casebook.services.bundle.format import (
    FORMAT,
    FORMAT_V2,
    MAX_MEMBERS,
    SIGNING_CONTEXT,
    SIGNING_CONTEXT_V2,
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
    version: str = ""  # format 2: the SHA-256 of the case member
    base: str = ""  # format 2: the version it was made from, "" for a first version


@dataclass(frozen=True)
class Addressee:
    recipient: str  # age recipient
    fingerprint: str  # the card's fingerprint, "" for a bare age recipient


@dataclass(frozen=True)
class Tombstone:
    id: str
    deleted: str
    version: str


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
    version: int = 1
    bundle_id: str = ""
    sequence: int = 0
    recipients: tuple[Addressee, ...] = ()
    tombstones: tuple[Tombstone, ...] = ()
    padding: int = 0

    def to_bytes(self) -> bytes:
        if self.version == 1:
            return self._v1_bytes()
        doc = {
            "format": FORMAT_V2,
            "bundle_id": self.bundle_id,
            "sequence": self.sequence,
            "created": self.created,
            "sender": self.sender.to_dict(),
            "recipients": [
                {"recipient": r.recipient, "fingerprint": r.fingerprint} for r in self.recipients
            ],
            "cases": [
                {
                    "id": c.id,
                    "member": c.member,
                    "version": c.version,
                    "base": c.base,
                    "history": list(c.history),
                }
                for c in self.cases
            ],  # fmt: skip
            "tombstones": [
                {"id": t.id, "deleted": t.deleted, "version": t.version} for t in self.tombstones
            ],
            "evidence": [
                {"case_id": e.case_id, "meta": e.meta, "data": e.data} for e in self.evidence
            ],
            "members": [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in self.members],
            "padding": self.padding,
        }
        return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    def _v1_bytes(self) -> bytes:
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

    def addressed_to(self, recipient: str) -> bool:
        return self.version == 1 or any(r.recipient == recipient for r in self.recipients)

    def member(self, name: str) -> Member:
        for m in self.members:
            if m.name == name:
                return m
        raise BundleError(
            translate("bundle", "the manifest does not list {name!r}").format(name=name)
        )


def sign(key: Ed25519PrivateKey, manifest_bytes: bytes) -> bytes:
    """A format 1 signature (kept for tests of old bundles)."""
    return key.sign(SIGNING_CONTEXT + manifest_bytes).hex().encode("ascii") + b"\n"


_SIG_V2 = re.compile(
    rb"casebook-bundle/2 signature\n"
    rb"signer ([0-9a-f]{64})\n"
    rb"recipient (age1[02-9ac-hj-np-z]{58})\n"
    rb"signature ([0-9a-f]{128})\n"
    rb"(?:rotation ([A-Za-z0-9_-]{1,7000})\n)?"
)


def signature_text(
    key: Ed25519PrivateKey, recipient: str, manifest_bytes: bytes, rotation: str = ""
) -> bytes:
    """manifest.sig of format 2: fixed lines, so it is read without a parser. A vault
    that rotated its keys adds its rotation notice (signed by its old and new keys, so
    it vouches for itself), so partners who know the old card accept the new key."""
    from cryptography.hazmat.primitives import serialization

    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    signature = key.sign(SIGNING_CONTEXT_V2 + manifest_bytes)
    extra = b""
    if rotation:
        extra = b"rotation " + base64.urlsafe_b64encode(rotation.encode()).rstrip(b"=") + b"\n"
    return (
        b"casebook-bundle/2 signature\nsigner " + public.hex().encode() + b"\nrecipient "
        + recipient.encode("ascii") + b"\nsignature " + signature.hex().encode() + b"\n"
        + extra
    )  # fmt: skip


@dataclass(frozen=True)
class Signer:
    """Who signed a format 2 bundle, known before its manifest is parsed."""

    signing_key: str
    recipient: str
    signature: bytes
    rotation: str = ""  # the text of a key rotation notice, "" when none came

    def card(self) -> Card:
        return Card("", self.recipient, self.signing_key)


def read_signature_v2(data: bytes) -> Signer:
    found = _SIG_V2.fullmatch(data)
    if found is None:
        raise BundleError(translate("bundle", "the bundle's signature block is malformed"))
    key, recipient, signature, rotation = found.groups()
    notice = ""
    if rotation:
        try:
            notice = base64.urlsafe_b64decode(rotation + b"=" * (-len(rotation) % 4)).decode()
        except (ValueError, UnicodeDecodeError):
            raise BundleError(
                translate("bundle", "the bundle's signature block is malformed")
            ) from None
    return Signer(key.decode(), recipient.decode(), bytes.fromhex(signature.decode()), notice)


def verify_v2(signer: Signer, manifest_bytes: bytes) -> bool:
    return signer.card().verify(SIGNING_CONTEXT_V2 + manifest_bytes, signer.signature)


_V1_SIGNER = re.compile(rb'"signing_key":\s*"([0-9a-f]{64})"')


def v1_signer(manifest_bytes: bytes) -> str:
    """The signing key a format 1 manifest names, found without parsing it (it must
    name exactly one); "" when it does not."""
    found = set(_V1_SIGNER.findall(manifest_bytes))
    return found.pop().decode() if len(found) == 1 else ""


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
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise BundleError(translate("bundle", "the bundle's manifest is not valid JSON")) from None
    if not isinstance(doc, dict) or doc.get("format") not in (FORMAT, FORMAT_V2):
        found = doc.get("format") if isinstance(doc, dict) else None
        raise BundleError(
            translate(
                "bundle", "the bundle has format {found!r}; this Casebook reads {known}"
            ).format(found=found, known=f"{FORMAT}, {FORMAT_V2}")
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
    if doc["format"] == FORMAT_V2:
        manifest = _v2(doc, manifest)
    _check_references(manifest)
    return manifest


_BUNDLE_ID = re.compile(r"^[0-9a-f]{32}$")
_AGE = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")


def _v2(doc: dict[str, Any], manifest: Manifest) -> Manifest:
    bundle_id, sequence, padding = doc.get("bundle_id"), doc.get("sequence"), doc.get("padding")
    if not isinstance(bundle_id, str) or not _BUNDLE_ID.match(bundle_id):
        raise BundleError(translate("bundle", "the bundle's manifest has no valid bundle id"))
    for value in (sequence, padding):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**62:
            raise BundleError(
                translate("bundle", "the bundle's manifest has an invalid sequence or padding")
            )
    recipients = []
    for r in _list(doc.get("recipients"), "recipients"):
        if not (isinstance(r, dict) and isinstance(r.get("recipient"), str)
                and _AGE.match(r["recipient"]) and isinstance(r.get("fingerprint", ""), str)
                and len(r.get("fingerprint", "")) < 100):  # fmt: skip
            raise BundleError(
                translate("bundle", "the bundle's manifest has a malformed recipient")
            )
        recipients.append(Addressee(r["recipient"], r.get("fingerprint", "")))
    raw_cases = _list(doc.get("cases"), "cases")
    cases = []
    for entry, raw in zip(manifest.cases, raw_cases, strict=True):
        version, base = raw.get("version"), raw.get("base", "")
        if not (isinstance(version, str) and _HEX64.match(version)) or not (
            isinstance(base, str) and (base == "" or _HEX64.match(base))
        ):
            raise BundleError(
                translate("bundle", "the bundle's manifest has no valid version for case {id}")
                .format(id=entry.id)
            )  # fmt: skip
        if manifest.member(entry.member).sha256 != version:
            raise BundleError(
                translate("bundle", "case {id} is not the version its manifest names").format(
                    id=entry.id
                )
            )
        cases.append(CaseEntry(entry.id, entry.member, entry.history, version, base))
    tombstones = tuple(_tombstone(t) for t in _list(doc.get("tombstones", []), "tombstones"))
    return Manifest(
        manifest.created, manifest.sender, tuple(cases), manifest.evidence, manifest.members,
        2, bundle_id, int(sequence or 0), tuple(recipients), tombstones, int(padding or 0),
    )  # fmt: skip


def _tombstone(value: Any) -> Tombstone:
    if not (isinstance(value, dict) and isinstance(value.get("id"), str)
            and _CASE_ID.match(value["id"]) and isinstance(value.get("deleted"), str)
            and len(value["deleted"]) <= 40 and isinstance(value.get("version"), str)
            and _HEX64.match(value["version"])):  # fmt: skip
        raise BundleError(translate("bundle", "the bundle's manifest has a malformed tombstone"))
    return Tombstone(value["id"], value["deleted"], value["version"])


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
    if not case_ids and not manifest.tombstones:
        raise BundleError(translate("bundle", "the bundle holds no cases"))
    unknown = {e.case_id for e in manifest.evidence} - set(case_ids)
    if unknown:
        raise BundleError(
            translate("bundle", "the bundle has evidence for a case it does not hold")
        )
