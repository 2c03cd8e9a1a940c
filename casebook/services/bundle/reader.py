"""Walking through a bundle with every check, for both passes of an import.

The signature comes first and is checked over the raw bytes of the manifest before
the manifest is parsed (format 2: manifest.sig, then manifest.json; format 1: the
other way round, the signer found in the raw bytes); the visitor hears who signed
before anything the sender wrote is parsed, and may refuse. Then each member must
be the next one the manifest lists, with its size and SHA-256. JSON members are read
whole (they are small and capped) and checked before they are handed on; evidence
bytes are handed on as a stream and their hash is checked when the stream ends.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import BinaryIO, Protocol

from casebook.i18n import translate
from casebook.services.backup import CancelFlag, Progress
from casebook.services.bundle.format import (
    MANIFEST,
    PADDING,
    SIGNATURE,
    BundleError,
    Cancelled,
    DecryptingReader,
    Entry,
    TarReader,
    sha256_hex,
)
from casebook.services.bundle.manifest import (
    Manifest,
    Member,
    Signer,
    parse,
    read_signature_v2,
    signature_valid,
    v1_signer,
    verify_v2,
)
from casebook.services.identity import Card
from casebook.vault.vault import Vault


class Visitor(Protocol):
    # False when the visitor hands the bytes to something that checks their SHA-256
    # itself (the evidence store, in the second pass): then they are not hashed twice.
    hash_data: bool

    def signer(self, signer: Signer) -> None: ...
    def manifest(self, manifest: Manifest, body: bytes) -> None: ...
    def json_member(self, member: Member, data: bytes) -> None: ...
    def data_member(self, member: Member, stream: MemberStream) -> None: ...


class MemberStream:
    """The bytes of one evidence member, hashed as they pass; with progress and cancel."""

    def __init__(self, entry: Entry, walk: _Walk, hashing: bool = True) -> None:
        self.entry = entry
        self.walk = walk
        self.hash = hashlib.sha256() if hashing else None

    def chunks(self) -> Iterator[bytes]:
        for chunk in self.entry.chunks():
            self.walk.advance(len(chunk))
            if self.hash is not None:
                self.hash.update(chunk)
            yield chunk

    def read(self, n: int = -1) -> bytes:
        """File-like reading for code that pulls (the evidence store): up to `n` bytes,
        b"" only at the end of the member."""
        size = self.entry.left if n is None or n < 0 else min(n, self.entry.left)
        if size == 0:
            return b""
        data = self.entry.reader.read(size)  # may be fewer (a batch ends): no copying
        if not data:
            raise BundleError(
                translate("bundle", "the bundle is truncated inside {name}").format(
                    name=self.entry.name
                )
            )
        self.entry.left -= len(data)
        self.walk.advance(len(data))
        if self.hash is not None:
            self.hash.update(data)
        return data

    def drain(self) -> str | None:
        """Read what is left; the SHA-256 of all of it (None when not hashing)."""
        for _ in self.chunks():
            pass
        return self.hash.hexdigest() if self.hash is not None else None


class _Walk:
    def __init__(self, total: int, progress: Progress | None, cancel: CancelFlag | None) -> None:
        self.total, self.done = max(total, 1), 0
        self.progress, self.cancel = progress, cancel

    def advance(self, n: int) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled(translate("bundle", "the import was cancelled; nothing was imported"))
        self.done += n
        if self.progress is not None:
            self.progress(self.done, self.total)


def walk(
    vault: Vault,
    path: Path,
    visitor: Visitor,
    *,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> Manifest:
    """Decrypt `path` with the vault's identity and hand each checked part to `visitor`."""
    with open(path, "rb", buffering=_READ_BUFFER) as source:
        _check_age_start(source)
        with closing(DecryptingReader(source, vault.age_identity())) as s:
            return _walk(s, visitor, progress, cancel)


_READ_BUFFER = 1024 * 1024
AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
MAX_AGE_HEADER = 64 * 1024  # a bundle's header holds one short stanza per recipient


def _check_age_start(source: BinaryIO) -> None:
    """Refuse at once a file that does not start with an age header of sensible size.
    age's own parser reads until it finds the end of the header: in a large file
    without line breaks (a disk image, zeros) that is all of it, into memory."""
    start = source.read(MAX_AGE_HEADER)
    source.seek(0)
    binary = start.startswith(AGE_MAGIC) and b"\n--- " in start
    if not binary and not start.lstrip().startswith(AGE_ARMOR):
        raise BundleError(
            translate(
                "bundle", "this file is not an age-encrypted bundle, or its header is damaged"
            )
        )


def _walk(
    s: DecryptingReader,
    visitor: Visitor,
    progress: Progress | None,
    cancel: CancelFlag | None,
) -> Manifest:
    tar = TarReader(s)
    first = tar.next()
    if first is not None and first.name == SIGNATURE:
        manifest, body = _head_v2(tar, first.read_all(), visitor)
    else:
        manifest, body = _head_v1(tar, first, visitor)
    visitor.manifest(manifest, body)
    progress_total = sum(m.size for m in manifest.members)
    state = _Walk(progress_total, progress, cancel)
    for member in manifest.members:
        _member(tar, member, visitor, state)
    if manifest.version >= 2:
        _padding(tar, manifest.padding)
    if tar.next() is not None:
        raise BundleError(
            translate("bundle", "the bundle holds members its manifest does not list")
        )
    tar.finish()
    return manifest


def _forged() -> BundleError:
    return BundleError(
        translate(
            "bundle",
            "the bundle's signature does not match the sender's key: it was altered "
            "after it was signed, or forged",
        )
    )


def _head_v2(tar: TarReader, sig: bytes, visitor: Visitor) -> tuple[Manifest, bytes]:
    signer = read_signature_v2(sig)
    body = _expect(tar, MANIFEST).read_all()
    if not verify_v2(signer, body):
        raise _forged()
    visitor.signer(signer)
    manifest = parse(body)
    card = manifest.sender
    if manifest.version != 2 or (card.signing_key, card.recipient) != (
        signer.signing_key, signer.recipient
    ):  # fmt: skip
        raise _forged()
    if tar.mtime != _timestamp(manifest.created):
        raise BundleError(
            translate("bundle", "the bundle's tar headers do not carry its creation time")
        )
    return manifest, body


def _timestamp(created: str) -> int | None:
    from datetime import datetime

    try:
        return int(datetime.fromisoformat(created.replace("Z", "+00:00")).timestamp())
    except ValueError:
        return None


def _head_v1(tar: TarReader, first: Entry | None, visitor: Visitor) -> tuple[Manifest, bytes]:
    body = _expect(tar, MANIFEST, first).read_all()
    signature = _expect(tar, SIGNATURE).read_all()
    key = v1_signer(body)
    if not key or not signature_valid(Card("", "", key), body, signature):
        raise _forged()
    manifest = parse(body)
    if manifest.version != 1 or manifest.sender.signing_key != key:
        raise _forged()
    visitor.signer(Signer(key, manifest.sender.recipient, b""))
    return manifest, body


def _padding(tar: TarReader, size: int) -> None:
    """The padding member: exactly the size the signed manifest gives, zeros only."""
    entry = tar.next()
    if entry is None or entry.name != PADDING or entry.size != size:
        raise BundleError(translate("bundle", "the bundle's padding is not what its manifest says"))
    for chunk in entry.chunks():
        if chunk.count(0) != len(chunk):
            raise BundleError(translate("bundle", "the bundle's padding holds data"))


def _expect(tar: TarReader, name: str, entry: Entry | None = None) -> Entry:
    entry = entry if entry is not None else tar.next()
    if entry is None or entry.name != name:
        raise BundleError(
            translate(
                "bundle", "this is not a Casebook bundle (it does not start with {name})"
            ).format(name=name)
        )
    return entry


def _member(tar: TarReader, member: Member, visitor: Visitor, state: _Walk) -> None:
    entry = tar.next()
    if entry is None:
        raise BundleError(
            translate("bundle", "the bundle is incomplete: {name} is missing").format(
                name=member.name
            )
        )
    if entry.name != member.name:
        raise BundleError(
            translate(
                "bundle", "the bundle holds {found!r} where its manifest lists {listed!r}"
            ).format(found=entry.name, listed=member.name)
        )
    if entry.size != member.size:
        raise BundleError(
            translate("bundle", "{name} does not have the size its manifest gives").format(
                name=member.name
            )
        )
    if member.name.endswith(".json"):
        data = entry.read_all()
        state.advance(len(data))
        _check_hash(member, sha256_hex(data))
        visitor.json_member(member, data)
        return
    stream = MemberStream(entry, state, hashing=visitor.hash_data)
    visitor.data_member(member, stream)
    digest = stream.drain()
    if digest is not None:
        _check_hash(member, digest)


def _check_hash(member: Member, digest: str) -> None:
    if digest != member.sha256:
        raise BundleError(
            translate(
                "bundle",
                "{name} does not match its SHA-256 in the signed manifest: the bundle was altered",
            ).format(name=member.name)
        )
