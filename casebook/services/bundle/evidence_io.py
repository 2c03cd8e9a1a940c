"""Evidence in bundles: what goes out, what comes in, and the custody entries for both.

Outgoing, each item is two members: evidence/NNNNN.json (this record) and
evidence/NNNNN.bin (the bytes, decrypted from the store as they are written):

{
  "format": "casebook-evidence/1",
  "id", "case_id", "original_name", "media_type", "size", "sha256", "imported_at",
  "imported_by", "source", "description", "metadata": {...}, "event_ids": [...],
  "custody": [{"seq", "time", "action", "actor", "details", "prev_hash", "hash",
               "signature"}, ...]          # the sender's log, signed with its key
}

Incoming, an item whose SHA-256 the case already holds is not imported again; a new
one goes into the store with a "received" custody entry naming the sender, which also
keeps the sender's custody log.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, is_dataclass
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from casebook.domain import safe_json
from casebook.i18n import translate
from casebook.services import evidence as store
from casebook.services.bundle.format import BundleError
from casebook.services.bundle.manifest import Manifest, Member
from casebook.services.evidence_base import find_row, label, stored_file
from casebook.vault import age_stream
from casebook.vault.db import Connection
from casebook.vault.errors import VaultDamaged
from casebook.vault.vault import Vault

if TYPE_CHECKING:
    from casebook.services.bundle.importer import ImportPlan
    from casebook.services.bundle.reader import MemberStream

EVIDENCE_FORMAT = "casebook-evidence/1"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1024 * 1024


# --- outgoing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    evidence_id: str
    case_id: str
    meta: bytes  # evidence/NNNNN.json
    size: int
    sha256: str
    chunks: Callable[[], Iterator[bytes]]


def outgoing(vault: Vault, case_ids: Sequence[str]) -> list[Outgoing]:
    """The evidence of the cases, ready to be streamed into a bundle."""
    items = []
    for case_id in case_ids:
        for ev in store.list_evidence(vault, case_id):
            custody = [_jsonable(e) for e in store.custody_log(vault, ev.id)]
            meta = _meta_json(ev, custody)
            items.append(Outgoing(ev.id, case_id, meta, ev.size, ev.sha256, _reader(vault, ev.id)))
    return items


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _meta_json(ev: Any, custody: list[Any]) -> bytes:
    doc = {
        "format": EVIDENCE_FORMAT,
        "id": ev.id,
        "case_id": ev.case_id,
        "original_name": ev.original_name,
        "media_type": ev.media_type,
        "size": ev.size,
        "sha256": ev.sha256,
        "imported_at": ev.imported_at,
        "imported_by": ev.imported_by,
        "source": ev.source,
        "description": ev.description,
        "metadata": _jsonable(ev.metadata),
        "event_ids": list(ev.event_ids),
        "custody": custody,
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _reader(vault: Vault, evidence_id: str) -> Callable[[], Iterator[bytes]]:
    """The decrypted bytes, as the bundle is written: a worker thread decrypts the stored
    file 1 MiB at a time (casebook.vault.age_stream) ahead of this thread, which hashes
    them and hands them on. Size and SHA-256 are checked at the end of the stream: a
    damaged item stops the bundle (VaultDamaged)."""

    def chunks() -> Iterator[bytes]:
        row = find_row(vault, evidence_id)
        digest, size = hashlib.sha256(), 0
        with open(stored_file(vault, row), "rb", buffering=_CHUNK) as f:
            for chunk in age_stream.pipelined(lambda: _plaintext(f, row.identity)):
                if chunk is None:  # the stored file does not decrypt
                    size = -1
                    break
                digest.update(chunk)
                size += len(chunk)
                yield chunk
        if size != row.size or digest.hexdigest() != row.sha256:
            raise VaultDamaged(
                translate(
                    "bundle", "evidence {name} is damaged in the vault (it does not match its "
                    "SHA-256); run 'casebook verify'",
                ).format(name=label(row.id, row.original_name))
            )  # fmt: skip

    return chunks


def _plaintext(f: BinaryIO, identity: str) -> Iterator[Any]:
    """The batches of a stored evidence file, then None if it turned out damaged."""
    try:
        yield from age_stream.decrypt_chunks(f, age_stream.identity_key(identity))
    except age_stream.AgeFormatError:
        yield None


RECIPIENT_OF_THIS_BUNDLE = "the recipient of this bundle"
SENDER_OF_THIS_BUNDLE = "the sender of this bundle"


def log_bundled(vault: Vault, manifest: Manifest, items: Sequence[Outgoing], digest: str) -> None:
    """A "bundled" custody entry for each item that went out. It names no partner (the
    log travels with the item to every later recipient): who got the bundle is kept in
    the table bundles_sent under the bundle id."""
    details = {
        "to": RECIPIENT_OF_THIS_BUNDLE,
        "bundle_id": manifest.bundle_id,
        "bundle_manifest_sha256": digest,
        "created": manifest.created,
    }
    with vault.transaction() as conn:
        for item in items:
            store.append_custody(conn, item.evidence_id, item.case_id, "bundled", "", details)


# --- incoming ----------------------------------------------------------------------------


@dataclass
class Incoming:
    data_member: str
    case_id: str
    size: int
    sha256: str
    doc: dict[str, Any]
    present: bool  # the case already holds these bytes (or the bundle did, earlier)
    custody_problem: str = ""  # why the sender's custody log does not verify, or ""


def custody_problem(entries: list[Any], signing_key: str) -> str:
    """Check the sender's custody log of an item against the sender's signing key: ''
    when the chain is whole and signed by them, else what is wrong (shown, not hidden)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from casebook.vault.custody import CustodyEntry, chain_problem

    if not entries:
        return translate("bundle", "the sender sent no custody log")
    chain = []
    try:
        for e in entries:
            details = e.get("details", {})
            if not isinstance(details, dict):
                raise TypeError
            keys = ("evidence_id", "case_id", "time", "action", "actor", "prev_hash", "hash",
                    "signature")  # fmt: skip
            if not all(isinstance(e.get(k), str) for k in keys) or not isinstance(
                e.get("seq"), int
            ):
                raise TypeError
            chain.append(CustodyEntry(seq=e["seq"], details=details, **{k: e[k] for k in keys}))
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(signing_key))
        return chain_problem(chain, public)
    except (TypeError, ValueError, AttributeError):
        return translate("bundle", "the sender's custody log is unreadable")


class IncomingSet:
    """The evidence records of a bundle as they arrive, with what to do with each."""

    def __init__(self) -> None:
        self.items: dict[str, Incoming] = {}
        self._seen: set[tuple[str, str]] = set()

    def add_meta(
        self, conn: Connection, manifest: Manifest, member: Member, data: bytes
    ) -> Incoming:
        entry = next(e for e in manifest.evidence if e.meta == member.name)
        bytes_member = manifest.member(entry.data)
        doc = parse_meta(member.name, data, entry.case_id, bytes_member)
        key = (entry.case_id, bytes_member.sha256)
        present = key in self._seen or _held(conn, *key)
        self._seen.add(key)
        problem = custody_problem(doc.get("custody", []), manifest.sender.signing_key)
        item = Incoming(entry.data, entry.case_id, bytes_member.size, bytes_member.sha256,
                        doc, present, problem)  # fmt: skip
        self.items[entry.data] = item
        return item

    def for_data(self, name: str) -> Incoming:
        return self.items[name]


def _held(conn: Connection, case_id: str, sha256: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM evidence WHERE case_id = ? AND sha256 = ?", (case_id, sha256)
    ).fetchone()
    return row is not None


def parse_meta(name: str, data: bytes, case_id: str, bytes_member: Member) -> dict[str, Any]:
    """The evidence record, checked against the manifest; BundleError names the problem."""
    try:
        doc = safe_json.loads(data)
    except safe_json.JsonError as exc:
        raise BundleError(
            translate("bundle", "{name} at {path}: {problem}").format(
                name=name, path=exc.path, problem=exc.reason
            )
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError(
            translate("bundle", "{name} is not valid JSON").format(name=name)
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != EVIDENCE_FORMAT:
        raise BundleError(
            translate("bundle", "{name} is not a Casebook evidence record").format(name=name)
        )
    if doc.get("case_id") != case_id:
        raise BundleError(
            translate("bundle", "{name} belongs to another case than its manifest says").format(
                name=name
            )
        )
    if doc.get("size") != bytes_member.size or doc.get("sha256") != bytes_member.sha256:
        raise BundleError(
            translate("bundle", "{name} does not describe the bytes that come with it").format(
                name=name
            )
        )
    texts = ("id", "original_name", "media_type", "imported_at", "imported_by", "source",
             "description")  # fmt: skip
    for key in texts:
        if not isinstance(doc.get(key, ""), str) or len(doc.get(key, "")) > 100_000:
            raise BundleError(
                translate("bundle", "{name} has an invalid {key}").format(name=name, key=key)
            )
    if not isinstance(doc.get("metadata", {}), dict):
        raise BundleError(translate("bundle", "{name} has invalid metadata").format(name=name))
    events, custody = doc.get("event_ids", []), doc.get("custody", [])
    if not isinstance(events, list) or not all(isinstance(e, str) for e in events):
        raise BundleError(
            translate("bundle", "{name} has an invalid list of events").format(name=name)
        )
    if not isinstance(custody, list) or not all(isinstance(e, dict) for e in custody):
        raise BundleError(
            translate("bundle", "{name} has an invalid custody log").format(name=name)
        )
    return doc


def receive(
    vault: Vault, item: Incoming, stream: MemberStream, plan: ImportPlan,
    known_events: set[str], staged: list[store.Staged],
) -> str:  # fmt: skip
    """Put received bytes into the store, staged (the row is committed by the caller);
    returns the new evidence id. The "received" entry travels with the item if it is
    sent on, so it does not name the sender: it names the bundle, and who sent that
    bundle stays here (bundles_received; provenance.bundle_sender)."""
    doc = item.doc
    details = {
        "from": SENDER_OF_THIS_BUNDLE,
        "verified_source": not plan.unverified,
        "bundle_id": plan.bundle_id,
        "bundle_created": plan.created,
        "sender_evidence_id": doc.get("id", ""),
        "sender_imported_at": doc.get("imported_at", ""),
        "sender_imported_by": doc.get("imported_by", ""),
        "sender_custody": doc.get("custody", []),
        "sender_custody_verified": not item.custody_problem,
        "sender_custody_problem": item.custody_problem,
    }
    try:
        imported = _import(vault, item, stream, doc, details, known_events, staged)
    except store.ImportRejected:
        raise BundleError(
            translate(
                "bundle",
                "{name} does not match its SHA-256 in the signed manifest: the bundle was altered",
            ).format(name=item.data_member)
        ) from None
    return str(imported.id)


def _import(
    vault: Vault, item: Incoming, stream: MemberStream, doc: dict[str, Any],
    details: dict[str, Any], known_events: set[str], staged: list[store.Staged],
) -> Any:  # fmt: skip
    return store.import_stream(
        vault, item.case_id, cast(BinaryIO, stream),
        original_name=_safe_name(doc.get("original_name", "")),
        size=item.size,
        description=doc.get("description", ""),
        source=doc.get("source", "") or "received in a bundle",
        event_ids=tuple(e for e in doc.get("event_ids", []) if e in known_events),
        action="received",
        details=details,
        expected_sha256=item.sha256,
        metadata=doc.get("metadata", {}),
        staged=staged,
    )  # fmt: skip


def _safe_name(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip().replace("\0", "")
    return base[:255] or "evidence"
