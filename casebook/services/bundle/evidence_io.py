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
from casebook.vault.db import Connection
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
    """The decrypted bytes, as the bundle is written. The store checks size and SHA-256
    at the end of the stream: a damaged item stops the bundle (VaultDamaged)."""

    def chunks() -> Iterator[bytes]:
        with store.open_plaintext(vault, evidence_id, log=False) as stream:
            while chunk := stream.read(_CHUNK):
                yield chunk

    return chunks


def log_bundled(vault: Vault, manifest: Manifest, items: Sequence[Outgoing],
                recipients: list[str], digest: str) -> None:  # fmt: skip
    """A "bundled" custody entry for each item that went out."""
    details = {"to": recipients, "bundle_manifest_sha256": digest, "created": manifest.created}
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
        item = Incoming(entry.data, entry.case_id, bytes_member.size, bytes_member.sha256,
                        doc, present)  # fmt: skip
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


def receive(vault: Vault, item: Incoming, stream: MemberStream, plan: ImportPlan) -> str:
    """Put received bytes into the store; returns the new evidence id."""
    doc = item.doc
    sender = plan.sender
    details = {
        "from": plan.partner or sender.organisation,
        "organisation": sender.organisation,
        "fingerprint": sender.fingerprint,
        "partner": bool(plan.partner),
        "bundle_created": plan.created,
        "sender_evidence_id": doc.get("id", ""),
        "sender_imported_at": doc.get("imported_at", ""),
        "sender_imported_by": doc.get("imported_by", ""),
        "sender_custody": doc.get("custody", []),
    }
    known_events = {
        r[0] for r in vault.conn.execute("SELECT id FROM events WHERE case_id = ?", (item.case_id,))
    }
    imported = store.import_stream(
        vault, item.case_id, cast(BinaryIO, stream),
        original_name=_safe_name(doc.get("original_name", "")),
        size=item.size,
        description=doc.get("description", ""),
        source=doc.get("source", "") or f"bundle from {details['from']}",
        event_ids=tuple(e for e in doc.get("event_ids", []) if e in known_events),
        action="received",
        details=details,
        expected_sha256=item.sha256,
        metadata=doc.get("metadata", {}),
    )  # fmt: skip
    return str(imported.id)


def _safe_name(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip().replace("\0", "")
    return base[:255] or "evidence"


def remove(vault: Vault, evidence_ids: Sequence[str]) -> None:
    """Take out evidence this import added (after a failure half-way)."""
    for evidence_id in evidence_ids:
        store.delete_evidence(vault, evidence_id)
