"""Writing a bundle: chosen cases (and their evidence) for one or more recipients."""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from casebook.domain.model import Case, utc_now
from casebook.i18n import translate
from casebook.services.backup import CancelFlag, Progress
from casebook.services.bundle import evidence_io, merge
from casebook.services.bundle.format import (
    MANIFEST,
    PADDING,
    SIGNATURE,
    BundleError,
    Cancelled,
    OutMember,
    encrypt_batched,
    padding_for,
    sha256_hex,
    tar_size,
    tar_stream,
    zeros,
)
from casebook.services.bundle.manifest import (
    Addressee,
    CaseEntry,
    EvidenceEntry,
    Manifest,
    Member,
    Tombstone,
    signature_text,
)
from casebook.services.cases import get_case
from casebook.services.identity import own_card
from casebook.services.partners import ROTATION_META, Recipient, resolve_recipient
from casebook.vault.fsutil import atomic_writer
from casebook.vault.vault import Vault


@dataclass(frozen=True)
class ExportReport:
    path: Path
    case_ids: tuple[str, ...]
    evidence: int
    size: int
    recipients: tuple[str, ...]


class _Counter:
    def __init__(self, total: int, progress: Progress | None, cancel: CancelFlag | None) -> None:
        self.total, self.done = max(total, 1), 0
        self.progress, self.cancel = progress, cancel

    def wrap(self, chunks: Callable[[], Iterable[bytes]]) -> Callable[[], Iterator[bytes]]:
        def counted() -> Iterator[bytes]:
            for chunk in chunks():
                if self.cancel is not None and self.cancel.is_set():
                    raise Cancelled(
                        translate("bundle", "the bundle was cancelled; no file was written")
                    )
                self.done += len(chunk)
                if self.progress is not None:
                    self.progress(self.done, self.total)
                yield chunk

        return counted


def internal_cases(cases: Sequence[Case]) -> list[Case]:
    return [c for c in cases if c.sensitivity == "internal"]


def export_bundle(
    vault: Vault,
    case_ids: Sequence[str],
    recipients: Sequence[str],
    out: Path,
    *,
    include_evidence: bool = True,
    force: bool = False,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ExportReport:
    """Write the cases (full, not redacted) to `out`, encrypted to every recipient (partner
    names or age recipients). Cases marked "internal" are refused unless `force`. The
    deletions of cases once exchanged with these partners travel with it as tombstones;
    with no cases, a bundle carries just those."""
    targets = _recipients(vault, recipients)
    cases = [get_case(vault, cid) for cid in dict.fromkeys(case_ids)]
    if not cases and not _tombstones(vault, targets):  # deletions alone may travel too
        raise BundleError(translate("bundle", "choose at least one case for the bundle"))
    refused = internal_cases(cases)
    if refused and not force:
        ids = ", ".join(c.id[:8] for c in refused)
        raise BundleError(
            translate(
                "bundle",
                "case(s) {ids} are marked internal; send them only after an explicit "
                "confirmation (--force)",
            ).format(ids=ids)
        )
    out = _check_output(vault, Path(out))
    items = evidence_io.outgoing(vault, [c.id for c in cases]) if include_evidence else []
    members, manifest = _members(vault, cases, items, targets)
    body, manifest = _padded(vault, manifest, [m.size for m in members])
    rotation = vault.get_meta(ROTATION_META, "")
    signature = signature_text(vault.signing_key(), manifest.sender.recipient, body, rotation)
    head = [
        OutMember(SIGNATURE, len(signature), lambda: [signature]),
        OutMember(MANIFEST, len(body), lambda: [body]),
    ]
    counter = _Counter(sum(m.size for m in members), progress, cancel)
    counted = [OutMember(m.name, m.size, counter.wrap(m.chunks)) for m in members]
    counted.append(OutMember(PADDING, manifest.padding, zeros(manifest.padding)))
    mtime = int(datetime.fromisoformat(manifest.created.replace("Z", "+00:00")).timestamp())
    _write(out, tar_stream(head + counted, mtime), [t.recipient for t in targets])
    _after_sending(vault, cases, targets, manifest, items)
    return ExportReport(
        out, tuple(c.id for c in cases), len(manifest.evidence), out.stat().st_size,
        tuple(t.label for t in targets),
    )  # fmt: skip


def _recipients(vault: Vault, texts: Sequence[str]) -> list[Recipient]:
    found: dict[str, Recipient] = {}
    for text in texts:
        target = resolve_recipient(vault, text)
        found.setdefault(target.recipient, target)
    if not found:
        raise BundleError(
            translate("bundle", "give at least one recipient: a partner's name or an age recipient")
        )
    return list(found.values())


def _check_output(vault: Vault, out: Path) -> Path:
    out = out.expanduser().resolve()
    if out.is_relative_to(vault.path.resolve()):
        raise BundleError(translate("bundle", "write the bundle outside the vault directory"))
    if out.is_dir():
        raise BundleError(
            translate("bundle", "{path} is a directory; give a file name for the bundle").format(
                path=out
            )
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    return out


def _padded(vault: Vault, manifest: Manifest, sizes: list[int]) -> tuple[bytes, Manifest]:
    """The manifest with the padding that brings the whole tar to its size bucket (the
    padding is written in the manifest, so its digits count too: repeat until stable)."""
    rotation = vault.get_meta(ROTATION_META, "")
    signature = len(signature_text(vault.signing_key(), manifest.sender.recipient, b"", rotation))
    padding = 0
    for _ in range(8):
        body = replace(manifest, padding=padding).to_bytes()
        need = padding_for(tar_size([signature, len(body), *sizes]))
        if need == padding:
            return body, replace(manifest, padding=padding)
        padding = need
    raise AssertionError("padding did not settle")  # pragma: no cover


def next_sequence(vault: Vault) -> int:
    """This vault's next bundle number (each bundle gets a higher one)."""
    with vault.transaction() as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = 'bundle_sequence'").fetchone()
        value = int(row[0]) + 1 if row else 1
        conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('bundle_sequence', ?)", (str(value),)
        )
    return value


def _base(vault: Vault, case_id: str, version: str) -> str:
    row = vault.conn.execute(
        "SELECT hash FROM case_sync WHERE case_id = ? AND hash != ? ORDER BY time DESC LIMIT 1",
        (case_id, version),
    ).fetchone()
    return str(row[0]) if row else ""


def _tombstones(vault: Vault, targets: Sequence[Recipient]) -> tuple[Tombstone, ...]:
    """Deletions of cases once exchanged with one of the partners this bundle goes to."""
    keys = {t.partner.card.signing_key for t in targets if t.partner}
    rows = vault.conn.execute("SELECT case_id, deleted, version, peers FROM case_tombstones")
    found = []
    for case_id, deleted, version, peers in rows.fetchall():
        if keys & set(json.loads(peers)):
            found.append(Tombstone(case_id, deleted, version))
    return tuple(found)


def _members(
    vault: Vault,
    cases: list[Case],
    items: list[evidence_io.Outgoing],
    targets: Sequence[Recipient],
) -> tuple[list[OutMember], Manifest]:
    members: list[OutMember] = []
    entries: list[CaseEntry] = []
    listed: list[Member] = []
    for i, case in enumerate(cases, 1):
        data = merge.case_json(case)
        name = f"cases/{i:05d}.json"
        members.append(OutMember(name, len(data), _once(data)))
        listed.append(Member(name, len(data), sha256_hex(data)))
        history = sorted(merge.history(vault.conn, case.id))
        version = sha256_hex(data)
        base = _base(vault, case.id, version)
        entries.append(CaseEntry(case.id, name, tuple(history), version, base))
    evidence: list[EvidenceEntry] = []
    for n, item in enumerate(items, 1):
        meta_name, data_name = f"evidence/{n:05d}.json", f"evidence/{n:05d}.bin"
        members.append(OutMember(meta_name, len(item.meta), _once(item.meta)))
        members.append(OutMember(data_name, item.size, item.chunks))
        listed.append(Member(meta_name, len(item.meta), sha256_hex(item.meta)))
        listed.append(Member(data_name, item.size, item.sha256))
        evidence.append(EvidenceEntry(item.case_id, meta_name, data_name))
    card = own_card(vault)
    addressees = tuple(
        Addressee(t.recipient, t.partner.card.fingerprint if t.partner else "") for t in targets
    )
    manifest = Manifest(
        utc_now(), card, tuple(entries), tuple(evidence), tuple(listed), 2,
        secrets.token_hex(16), next_sequence(vault), addressees, _tombstones(vault, targets),
    )  # fmt: skip
    return members, manifest


def _once(data: bytes) -> Callable[[], list[bytes]]:
    return lambda: [data]


def _write(out: Path, stream: Iterator[bytes], recipients: list[str]) -> None:
    """Encrypt the stream into a temporary file beside `out`, then rename it. Reading and
    decrypting the evidence, tar and hashing run in this thread and worker threads of
    their own, the encryption to the recipients in another (encrypt_batched)."""
    with atomic_writer(out) as f:
        encrypt_batched(f, stream, recipients)


def _after_sending(
    vault: Vault,
    cases: list[Case],
    targets: list[Recipient],
    manifest: Manifest,
    items: list[evidence_io.Outgoing],
) -> None:
    """Remember what was sent to whom (the base of later merges); log custody."""
    with vault.transaction() as conn:
        for case in cases:
            version = merge.case_hash(case)
            for target in targets:
                peer = target.partner.card.signing_key if target.partner else ""
                merge.record(conn, case.id, [version], peer, "sent")
            merge.record_version(conn, case.id, version, "sent", bundle_id=manifest.bundle_id,
                                 document=merge.case_json(case).decode())  # fmt: skip
        conn.execute(
            "INSERT INTO bundles_sent(bundle_id, sequence, recipients, time) VALUES (?, ?, ?, ?)",
            (manifest.bundle_id, manifest.sequence,
             json.dumps([t.label for t in targets], ensure_ascii=False), utc_now()),
        )  # fmt: skip
    digest = hashlib.sha256(manifest.to_bytes()).hexdigest()
    evidence_io.log_bundled(vault, manifest, items, digest)
