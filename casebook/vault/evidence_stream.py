"""Streaming age encryption and decryption of evidence, with bounded memory.

Encryption reads the source once: `Tap` sits between the source and the cipher,
hashing, counting, reporting progress and watching for cancellation as the bytes pass.
Decryption never writes plaintext to disk: it feeds a callback (`decrypt_into`) or a
reader (`PlaintextStream`, fed by a worker thread through a small bounded queue).

The age format itself is casebook.vault.age_stream (stock `age` reads what it writes):
reading and hashing run in one thread, the cipher in another, 1 MiB at a time, so
memory stays bounded (a few batches in flight) whatever the size of the file.
"""

from __future__ import annotations

import hashlib
import io
import os
import queue
import threading
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from casebook.i18n import translate
from casebook.vault import age_parallel, age_stream
from casebook.vault.errors import VaultDamaged, VaultError

Progress = Callable[[int, int], None]  # (bytes_done, bytes_total); total 0 = unknown

HEAD = 64 * 1024  # kept for detecting the media type
REPORT_EVERY = 1 << 20
READ_BUFFER = 1 << 20


class Cancelled(Exception):
    """The user cancelled; nothing was left behind."""

    def __init__(self, message: str = "cancelled; nothing was stored") -> None:
        super().__init__(message)


class Undecryptable(VaultDamaged):
    """An evidence file does not decrypt: damaged, truncated or altered."""


class ImportRejected(VaultError):
    """The bytes were not what was announced (size or SHA-256); nothing was stored."""


class Tap:
    """A reader for pyrage that hashes and counts what passes through it.

    `keep_if(first_bytes)` decides whether the whole content is also kept in memory
    (up to `keep_limit` bytes; beyond that it is dropped) for metadata extraction.
    """

    def __init__(
        self, source: BinaryIO, *, total: int = 0, expected_size: int | None = None,
        progress: Progress | None = None, cancel: threading.Event | None = None,
        keep_if: Callable[[bytes], bool] | None = None, keep_limit: int = 0,
    ) -> None:  # fmt: skip
        self.source = source
        self.total = total
        self.expected_size = expected_size
        self.progress = progress
        self.cancel = cancel
        self.keep_if = keep_if
        self.keep_limit = keep_limit
        self.sha = hashlib.sha256()
        self.size = 0
        self.head = bytearray()
        self.kept: bytearray | None = None
        self.error: BaseException | None = None
        self._reported = 0

    def read(self, n: int = -1) -> bytes:
        try:
            return self._read(n)
        except BaseException as exc:  # pyrage would turn it into an opaque error
            self.error = self.error or exc
            raise

    def _read(self, n: int) -> bytes:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        data = self.source.read(n if n and n > 0 else READ_BUFFER)
        if not isinstance(data, bytes):  # bytearray or memoryview from a custom reader
            data = bytes(data or b"")
        if data:
            self._take(data)
        self._report(final=not data)
        return data

    def _take(self, data: bytes) -> None:
        first = self.size == 0
        self.sha.update(data)
        self.size += len(data)
        if self.expected_size is not None and self.size > self.expected_size:
            raise ImportRejected(
                translate(
                    "evidence", "more bytes arrived than the {size} announced; nothing was stored"
                ).format(size=self.expected_size)
            )
        if len(self.head) < HEAD:
            self.head += data[: HEAD - len(self.head)]
        if first and self.keep_if is not None and self.keep_if(data):
            self.kept = bytearray()
        if self.kept is not None:
            if len(self.kept) + len(data) > self.keep_limit:
                self.kept = None
            else:
                self.kept += data

    def _report(self, final: bool) -> None:
        if self.progress is None:
            return
        if final or self.size - self._reported >= REPORT_EVERY:
            self._reported = self.size
            self.progress(self.size, max(self.total, self.size) if final else self.total)

    def hexdigest(self) -> str:
        return self.sha.hexdigest()


def encrypt(tap: Tap, out: BinaryIO, recipient: pyrage.x25519.Recipient) -> None:
    """Stream everything `tap` yields into `out` as an age file.

    This thread reads and hashes (`tap`: progress and cancel stay in the caller's
    thread) while a worker thread encrypts and writes."""
    writer = age_stream.SealingWriter(out, age_stream.recipient_key(recipient))
    try:
        while data := tap.read(READ_BUFFER):
            writer.write(data)
    except BaseException:
        writer.abort()
        raise
    writer.finish()


def decrypt_into(
    path: Path, identity: pyrage.x25519.Identity, write: Callable[[bytes | memoryview], object],
    sha: Any = None, *, out_fd: int | None = None,
) -> None:  # fmt: skip
    """Decrypt the age file at `path`, handing the plaintext to `write` piece by piece
    (a view that is valid during the call only: copy it to keep it), and to `sha` (a
    hashlib object) when it is given. With `out_fd` the plaintext is also written to
    that file, from its start, before `write` sees each piece (which then only counts,
    reports and cancels).

    A large file is decrypted (and written) by a helper process (age_parallel) while
    this thread hashes; a small one, or one on a platform without the helper, by a
    worker thread. Raises Undecryptable when the file is damaged; exceptions from
    `write` and errors writing `out_fd` come through unchanged.
    """
    secret = age_stream.identity_key(identity)
    if age_parallel.available() and path.stat().st_size >= age_parallel.MIN_PAYLOAD:
        pieces = _undecryptable_on_error(age_parallel.decrypt_file(path, secret, out_fd))
        try:
            for view in pieces:
                if sha is not None:
                    sha.update(view)
                write(view)
        finally:
            pieces.close()  # ends the helper at once when `write` raised
        return

    def plaintext(f: BinaryIO) -> Iterator[bytes]:
        yield from _undecryptable_on_error(age_stream.decrypt_chunks(f, secret))

    def hashed(batches: Iterator[bytes]) -> Iterator[bytes]:
        for data in batches:
            sha.update(data)
            yield data

    with open(path, "rb", buffering=READ_BUFFER) as f:
        decrypted = age_stream.pipelined(lambda: plaintext(f))
        batches = age_stream.pipelined(lambda: hashed(decrypted)) if sha else decrypted
        for data in batches:
            if out_fd is not None:
                _write_all(out_fd, data)
            write(data)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _undecryptable_on_error(pieces: Iterator[Any]) -> Generator[Any, None, None]:
    """The items of `pieces`; a damaged file or a read error (not the errors of the
    consumer, which come through unchanged, nor those of writing the output) raises
    Undecryptable."""
    try:
        yield from pieces
    except age_parallel.WriteFailed:
        raise
    except (age_stream.AgeFormatError, OSError) as exc:
        raise Undecryptable(str(exc) or type(exc).__name__) from None


def digest_of(path: Path, identity: pyrage.x25519.Identity) -> tuple[int, str]:
    """(size, sha256) of the plaintext of an age file, computed in memory."""
    sha = hashlib.sha256()
    size = 0

    def take(data: bytes | memoryview) -> None:
        nonlocal size
        size += len(data)

    decrypt_into(path, identity, take, sha)
    return size, sha.hexdigest()


_EOF = object()
_QUEUE_ITEMS = 3  # of up to 1 MiB each
_PIECE = 256 * 1024


class PlaintextStream(io.RawIOBase):
    """The decrypted bytes of one evidence file, read on demand; nothing touches disk.

    A daemon thread runs pyrage into a bounded queue. At the end the size and SHA-256
    are checked against the recorded ones: a mismatch raises VaultDamaged instead of
    returning a clean end of file. Closing early stops the thread.
    """

    def __init__(
        self, path: Path, identity: pyrage.x25519.Identity, *, size: int, sha256: str,
        label: str,
    ) -> None:  # fmt: skip
        super().__init__()
        self._expected = (size, sha256)
        self._label = label
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=_QUEUE_ITEMS)
        self._stop = threading.Event()
        self._piece = memoryview(b"")
        self._sha = hashlib.sha256()
        self._count = 0
        self._done = False
        source = open(path, "rb", buffering=READ_BUFFER)  # noqa: SIM115 - closed by the thread
        self._thread = threading.Thread(
            target=self._run, args=(source, identity), name="casebook-decrypt", daemon=True
        )
        self._thread.start()

    # --- producer (worker thread) ---

    def _run(self, source: BinaryIO, identity: pyrage.x25519.Identity) -> None:
        outcome: Any = _EOF
        try:
            with source:
                for data in age_stream.decrypt_chunks(source, age_stream.identity_key(identity)):
                    self._put(data)
        except BaseException as exc:  # noqa: BLE001 - handed to the reading thread
            outcome = exc
        self._put(outcome)

    def _put(self, item: Any) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue
        if item is not _EOF and not isinstance(item, BaseException):
            raise OSError("the reader was closed")

    # --- consumer ---

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.closed:
            raise ValueError("read from a closed evidence stream")
        while not self._piece:
            if self._done:
                return 0
            self._next_piece()
        n = min(len(buffer), len(self._piece))
        buffer[:n] = self._piece[:n]
        self._piece = self._piece[n:]
        return n

    def _next_piece(self) -> None:
        item = self._queue.get()
        if item is _EOF:
            self._done = True
            self._check_end()
        elif isinstance(item, BaseException):
            self._done = True
            raise VaultDamaged(
                translate(
                    "evidence",
                    "{item}: the encrypted file cannot be decrypted ({error}); "
                    "run 'casebook verify'",
                ).format(item=self._label, error=item)
            ) from None
        else:
            self._sha.update(item)
            self._count += len(item)
            self._piece = memoryview(item)

    def _check_end(self) -> None:
        size, sha = self._expected
        if self._count != size or self._sha.hexdigest() != sha:
            raise VaultDamaged(
                translate(
                    "evidence", "{item}: the decrypted file does not match its recorded size and "
                    "SHA-256; run 'casebook verify'",
                ).format(item=self._label)
            )  # fmt: skip

    def close(self) -> None:
        if not self.closed:
            self._stop.set()
            while True:  # unblock the producer so it can see the stop
                try:
                    self._queue.get_nowait()
                except queue.Empty:
                    break
        super().close()


def open_stream(
    path: Path, identity: pyrage.x25519.Identity, *, size: int, sha256: str, label: str
) -> io.BufferedReader:
    raw = PlaintextStream(path, identity, size=size, sha256=sha256, label=label)
    return io.BufferedReader(raw, buffer_size=_PIECE)
