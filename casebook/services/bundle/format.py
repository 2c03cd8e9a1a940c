"""The bundle file: a tar stream inside one age file, written and read without temp files.

After `age -d -i IDENTITY bundle.age | tar t` a bundle (format 2) shows:

    manifest.sig           signer's keys and the Ed25519 signature of manifest.json, in a
                           fixed line format read before anything the sender wrote is parsed
    manifest.json          format, id, sequence, time, sender's card, recipients, cases
                           (version and base), tombstones, members with SHA-256, padding
    cases/00001.json       casebook-case/1
    evidence/00001.json    evidence metadata and its custody log
    evidence/00001.bin     the evidence bytes
    padding                zero bytes, as many as the manifest says (PADME size buckets)

Format 1 (still read) has manifest.json first, then manifest.sig (the signature in hex),
and no padding.

Members are plain files with short names in exactly the order the manifest lists.
The age file is written and read by casebook.vault.age_stream (stock `age -d` reads a
bundle; what age writes is read), 1 MiB at a time: writing pulls the tar bytes from a
generator while a worker thread encrypts; reading decrypts in a worker thread that hands
the plaintext over through a small queue, and a strict tar reader of our own takes it
apart (plain files only; no links, no extended headers, sizes checked before a byte is
read). Only an ASCII-armoured bundle is read through pyrage.
"""

from __future__ import annotations

import hashlib
import io
import queue
import re
import tarfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, BinaryIO, cast

import pyrage

from casebook.i18n import translate
from casebook.vault import age_stream
from casebook.vault.errors import VaultError

FORMAT = "casebook-bundle/1"
FORMAT_V2 = "casebook-bundle/2"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PADDING = "padding"
SIGNING_CONTEXT = b"casebook-bundle/1 manifest\n"
SIGNING_CONTEXT_V2 = b"casebook-bundle/2 manifest\n"
PAD_MINIMUM = 64 * 1024
BLOCK = 512
MAX_MANIFEST = 16 * 1024 * 1024
MAX_SIGNATURE = 8192  # format 2: the signature block may carry a key rotation notice
MAX_JSON = 16 * 1024 * 1024
MAX_EVIDENCE = 64 * 1024**3
MAX_MEMBERS = 100_000
MAX_TRAILER = 1024 * 1024
_MEMBER_NAME = re.compile(r"^(cases/\d{5,6}\.json|evidence/\d{5,6}\.(json|bin))$")
_HANDOFF = 1024 * 1024


class BundleError(VaultError):
    """A bundle that cannot be written or must not be imported; the message says why."""


class Cancelled(VaultError):
    """The user cancelled; nothing was changed (the name is what ui.tasks looks for)."""


def size_limit(name: str) -> int:
    if name == MANIFEST:
        return MAX_MANIFEST
    if name == SIGNATURE:
        return MAX_SIGNATURE
    if name == PADDING:
        return MAX_EVIDENCE
    return MAX_EVIDENCE if name.endswith(".bin") else MAX_JSON


def check_member_name(name: str) -> None:
    """Refuse names that could reach outside a directory, and names we never write."""
    shown = repr(name[:80])
    if "\0" in name or "\\" in name:
        raise BundleError(
            translate(
                "bundle", "the bundle has a member with a forbidden character: {shown}"
            ).format(shown=shown)
        )
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise BundleError(
            translate("bundle", "the bundle has a member with an absolute path: {shown}").format(
                shown=shown
            )
        )
    if ".." in name.split("/"):
        raise BundleError(
            translate("bundle", "the bundle has a member with '..' in its path: {shown}").format(
                shown=shown
            )
        )
    if name not in (MANIFEST, SIGNATURE, PADDING) and not _MEMBER_NAME.match(name):
        raise BundleError(
            translate("bundle", "the bundle has a member Casebook does not write: {shown}").format(
                shown=shown
            )
        )


# --- writing ---------------------------------------------------------------------------


def padme(length: int) -> int:
    """The PADME size bucket of `length` (Nikitin et al. 2019): at most about 12% more,
    and leaking only O(log log length) bits of it."""
    if length < 2:
        return length
    e = length.bit_length() - 1  # floor(log2(length))
    s = e.bit_length()  # floor(log2(e)) + 1
    last_bits = e - s
    mask = (1 << last_bits) - 1
    return (length + mask) & ~mask


def tar_size(sizes: Iterable[int]) -> int:
    """The size of the tar stream `tar_stream` writes for members of these sizes."""
    return sum(BLOCK + -(-size // BLOCK) * BLOCK for size in sizes) + 2 * BLOCK


def padding_for(unpadded_tar: int) -> int:
    """The size of the padding member that brings a tar of `unpadded_tar` bytes (without
    the padding member) up to its bucket: the next PADME size, at least 64 KiB, and a
    whole number of tar blocks."""
    least = unpadded_tar + BLOCK  # the padding member's header
    target = max(padme(least), PAD_MINIMUM)
    target = -(-target // BLOCK) * BLOCK
    return target - least


def zeros(size: int) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        block = bytes(min(size, 1024 * 1024))
        left = size
        while left:
            n = min(left, len(block))
            yield block if n == len(block) else block[:n]
            left -= n

    return chunks


@dataclass(frozen=True)
class OutMember:
    name: str
    size: int
    chunks: Callable[[], Iterable[bytes]]


def tar_stream(members: Iterable[OutMember], mtime: int) -> Iterator[bytes]:
    """The bytes of a tar archive of `members`; each must yield exactly its size."""
    for member in members:
        info = tarfile.TarInfo(member.name)
        info.size, info.mode, info.mtime = member.size, 0o600, mtime
        yield info.tobuf(format=tarfile.GNU_FORMAT)
        written = 0
        for chunk in member.chunks():
            written += len(chunk)
            if written > member.size:
                break
            yield chunk
        if written != member.size:
            raise BundleError(
                translate("bundle", "{name} changed while the bundle was written").format(
                    name=member.name
                )
            )
        if member.size % BLOCK:
            yield b"\0" * (BLOCK - member.size % BLOCK)
    yield b"\0" * (2 * BLOCK)


def encrypt_batched(out: BinaryIO, chunks: Iterator[bytes], recipients: list[str]) -> None:
    """Encrypt the plaintext `chunks` into `out` as one age file to every recipient
    (casebook.vault.age_stream: stock `age -d` reads it). This thread runs `chunks`
    (decrypting, hashing, tar) while a worker thread encrypts and writes, 1 MiB at a
    time; small pieces (tar headers, JSON members) are gathered first. An exception of
    `chunks` stops the worker and is raised as it is."""
    writer = age_stream.SealingWriter(out, [age_stream.recipient_key(r) for r in recipients])
    pending = bytearray()
    try:
        for chunk in chunks:
            if len(chunk) >= _HANDOFF // 4 and not pending:
                writer.write(chunk)
                continue
            pending += chunk
            if len(pending) >= _HANDOFF:
                writer.write(bytes(pending))
                pending.clear()
        if pending:
            writer.write(bytes(pending))
    except BaseException:
        writer.abort()
        raise
    writer.finish()


# --- reading ---------------------------------------------------------------------------


class DecryptingReader(io.RawIOBase):
    """The plaintext of an age file as a readable stream, decrypted in a worker thread
    (casebook.vault.age_stream, 1 MiB at a time, while this thread takes the tar apart,
    hashes and stores).

    Nothing is written anywhere: plaintext moves through a queue of at most a few MiB.
    A damaged or truncated file raises BundleError where the reader reaches it."""

    def __init__(self, source: IO[bytes], identity: pyrage.x25519.Identity) -> None:
        self._sink = _QueueSink()
        self._item = b""
        self._pos = 0
        self._done = False
        self._thread = threading.Thread(
            target=self._sink.run, args=(source, identity), name="bundle-decrypt", daemon=True
        )
        self._thread.start()

    def readable(self) -> bool:
        return True

    def _fill(self) -> bool:
        """Make sure unread bytes are at hand; False at the end of the plaintext."""
        while self._pos >= len(self._item):
            if self._done:
                return False
            item = self._sink.queue.get()
            if item is None:
                self._done = True
                return False
            if isinstance(item, BaseException):
                self._done = True
                raise item
            self._item, self._pos = item, 0
        return True

    def read(self, size: int | None = -1) -> bytes:
        """Up to `size` bytes (fewer at the end of a decrypted batch); b"" at the end.
        A whole batch is handed on as it is, without a copy."""
        if not self._fill():
            return b""
        left = len(self._item) - self._pos
        n = left if size is None or size < 0 else min(size, left)
        if self._pos == 0 and n == len(self._item):
            data = self._item
        else:
            data = self._item[self._pos : self._pos + n]
        self._pos += n
        return data

    def readinto(self, target: bytearray | memoryview) -> int:  # type: ignore[override]
        if not self._fill():
            return 0
        n = min(len(target), len(self._item) - self._pos)
        target[:n] = memoryview(self._item)[self._pos : self._pos + n]
        self._pos += n
        return n

    def read_exact(self, n: int) -> bytes:
        return _read_exact(self, n)

    def close(self) -> None:
        self._sink.abort.set()
        self._thread.join()
        super().close()


class _Aborted(Exception):
    pass


class _QueueSink:
    """Where decrypt_io writes, on the worker thread: chunks of about 1 MiB into a queue
    of four, then None at the end or the exception that stopped it."""

    def __init__(self) -> None:
        self.queue: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=4)
        self.abort = threading.Event()
        self._pending = bytearray()

    def run(self, source: IO[bytes], identity: pyrage.x25519.Identity) -> None:
        try:
            if _armored(source):  # ASCII armour: age's own reader (rare, not streamed fast)
                pyrage.decrypt_io(source, self, [identity])
                if self._pending:
                    self._put(bytes(self._pending))
            else:
                secret = age_stream.identity_key(identity)
                for batch in age_stream.decrypt_chunks(cast(BinaryIO, source), secret):
                    self._put(batch)
            self._put(None)
        except _Aborted:
            pass
        except (pyrage.DecryptError, age_stream.AgeFormatError, OSError) as exc:
            try:
                self._put(_decrypt_error(exc))
            except _Aborted:
                pass
        except BaseException as exc:  # noqa: BLE001 - handed to the reading side
            try:
                self._put(exc)
            except _Aborted:
                pass

    def write(self, data: bytes) -> int:
        self._pending += data
        if len(self._pending) >= _HANDOFF:
            self._put(bytes(self._pending))
            self._pending.clear()
        return len(data)

    def flush(self) -> None:
        pass

    def _put(self, item: bytes | BaseException | None) -> None:
        while True:
            if self.abort.is_set():
                raise _Aborted()
            try:
                self.queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue


def _armored(source: IO[bytes]) -> bool:
    start = source.read(64)
    source.seek(0)
    return start.lstrip().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")


_NOT_OURS = ("No matching keys", "no identity matched")
_BAD_HEADER = ("Header is invalid", "fill whole buffer", "not an age file", "damaged age header",
               "header's MAC")  # fmt: skip


def _decrypt_error(exc: BaseException) -> BaseException:
    if isinstance(exc, OSError) and exc.errno is not None:
        return exc  # reading the file failed: reported as such
    detail = str(exc)
    if any(text in detail for text in _NOT_OURS):
        return BundleError(
            translate(
                "bundle",
                "this bundle is not encrypted to this vault's identity (or its header is damaged)",
            )
        )
    if any(text in detail for text in _BAD_HEADER):
        return BundleError(
            translate(
                "bundle", "this file is not an age-encrypted bundle, or its header is damaged"
            )
        )
    return BundleError(
        translate("bundle", "the bundle is damaged or truncated (decryption failed: {detail})")
        .format(detail=detail)
    )  # fmt: skip


def _read_exact(stream: io.RawIOBase, n: int) -> bytes:
    data = bytearray()
    while len(data) < n:
        chunk = stream.read(min(n - len(data), _HANDOFF))
        if not chunk:
            raise BundleError(
                translate("bundle", "the bundle is truncated (it ends inside a member)")
            )
        data += chunk
    return bytes(data)


@dataclass
class Entry:
    """One member of the tar stream; read its data before asking for the next."""

    name: str
    size: int
    reader: DecryptingReader
    left: int = 0

    def __post_init__(self) -> None:
        self.left = self.size

    def chunks(self, chunk: int = 1024 * 1024) -> Iterator[bytes]:
        while self.left:
            data = self.reader.read(min(chunk, self.left))
            if not data:
                raise BundleError(
                    translate("bundle", "the bundle is truncated inside {name}").format(
                        name=self.name
                    )
                )
            self.left -= len(data)
            yield data

    def read_all(self) -> bytes:
        return b"".join(self.chunks())


class TarReader:
    """A strict reader of the tar stream a bundle holds."""

    def __init__(self, stream: DecryptingReader) -> None:
        self.stream = stream
        self.current: Entry | None = None
        self.seen: set[str] = set()
        # Format 2 (it starts with manifest.sig): every header must be exactly the one
        # tar_stream writes (mode, owner, one mtime for all), so that nothing outside the
        # signed members can carry data; `mtime` is then checked against the manifest.
        self.canonical = False
        self.mtime: int | None = None

    def next(self) -> Entry | None:
        """The next member, or None at the end of the archive."""
        self._finish_current()
        block = self._read_block()
        if block is None or block == b"\0" * BLOCK:
            return None
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except (tarfile.HeaderError, UnicodeDecodeError):
            raise BundleError(
                translate("bundle", "the bundle holds a damaged tar header")
            ) from None
        self._check(info)
        if not self.seen and info.name == SIGNATURE:
            self.canonical = True
        if self.canonical:
            self._check_canonical(info, block)
        self.seen.add(info.name)
        self.current = Entry(info.name, info.size, self.stream)
        return self.current

    def _check(self, info: tarfile.TarInfo) -> None:
        shown = repr(info.name[:80])
        if info.type in (tarfile.SYMTYPE, tarfile.LNKTYPE):
            raise BundleError(
                translate(
                    "bundle", "the bundle has a link ({shown}); links are not allowed"
                ).format(shown=shown)
            )
        if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
            raise BundleError(
                translate(
                    "bundle", "the bundle has a member that is not a plain file: {shown}"
                ).format(shown=shown)
            )
        check_member_name(info.name)
        if info.name in self.seen:
            raise BundleError(
                translate("bundle", "the bundle has the member {shown} twice").format(shown=shown)
            )
        if len(self.seen) >= MAX_MEMBERS + 2:
            raise BundleError(translate("bundle", "the bundle has too many members"))
        if not 0 <= info.size <= size_limit(info.name):
            raise BundleError(
                translate("bundle", "the member {shown} is larger than Casebook accepts").format(
                    shown=shown
                )
            )

    def _check_canonical(self, info: tarfile.TarInfo, block: bytes) -> None:
        if self.mtime is None:
            self.mtime = int(info.mtime)
        expected = tarfile.TarInfo(info.name)
        expected.size, expected.mode, expected.mtime = info.size, 0o600, self.mtime
        if expected.tobuf(format=tarfile.GNU_FORMAT) != block:
            raise BundleError(
                translate(
                    "bundle", "the tar header of {name} is not the one Casebook writes"
                ).format(name=repr(info.name[:80]))
            )

    def _finish_current(self) -> None:
        entry = self.current
        if entry is None:
            return
        for _ in entry.chunks():
            pass
        if entry.size % BLOCK:
            fill = self.stream.read_exact(BLOCK - entry.size % BLOCK)
            if self.canonical and fill.count(0) != len(fill):
                raise BundleError(translate("bundle", "the bundle has data between its members"))
        self.current = None

    def _read_block(self) -> bytes | None:
        first = self.stream.read(BLOCK)
        if not first:
            return None
        rest = self.stream.read_exact(BLOCK - len(first)) if len(first) < BLOCK else b""
        return first + rest

    def finish(self) -> None:
        """After the end marker only zero padding may follow, up to the end of the file,
        which is read to the end so that age checks the last chunk."""
        self._finish_current()
        extra = 0
        limit = BLOCK if self.canonical else MAX_TRAILER  # format 2: the end marker exactly
        while chunk := self.stream.read(64 * 1024):
            extra += len(chunk)
            if extra > limit or chunk.count(0) != len(chunk):
                raise BundleError(translate("bundle", "the bundle has data after its end"))
        if self.canonical and extra != BLOCK:
            raise BundleError(translate("bundle", "the bundle's end marker is damaged"))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
