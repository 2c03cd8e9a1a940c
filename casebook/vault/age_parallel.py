"""Decrypting a large age file with the cipher in a second process (Linux).

cryptography's ChaCha20-Poly1305 holds the GIL for each call, so in one process the
cipher and the threads that hash and write take turns on the interpreter instead of
running side by side (an export of 1 GiB took 1.1-1.4x the time of `age -d` + sync).
Here a forked helper reads the ciphertext (through a read-only mapping: no copies),
checks each chunk's tag, decrypts into shared memory and, for an export, writes the
plaintext to the output file, while the caller hashes it in order: two cores, each
busy with its own half (0.8x).

What the helper gets and does:
- the payload cipher, already keyed, through fork: key material is passed in memory
  only, never through a file, a pipe or the command line;
- a ring of plaintext slots in anonymous shared memory (excluded from core dumps and
  zeroed at the end), and two pipes: "slot filled" one way, "slots free" the other;
- it writes nothing but the output file it is given (the caller's unnamed or temporary
  file, linked into place only once the caller has checked the hash), touches no
  database, starts no threads, and leaves with os._exit, so nothing of the parent
  (atexit handlers, buffers) runs twice.

The checks are those of age_stream.decrypt_chunks: every chunk's tag, the last-chunk
flag where the file ends, no empty last chunk after others, no truncated payload. The
header and its MAC are checked in the caller before the helper starts.
"""

from __future__ import annotations

import errno
import mmap
import os
import struct
from collections.abc import Callable, Generator, Iterator
from contextlib import suppress
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from casebook.vault import forked
from casebook.vault.age_stream import CHUNK, SEALED, TAG, AgeFormatError, chunk_nonce, open_payload

# Measured on 1 GiB (bench_evidence): slots of 0.5, 1, 2 or 4 MiB cost the same; 1 MiB
# keeps what the caller hashes in the processor's cache.
SLOT_CHUNKS = 16  # 1 MiB of plaintext per slot
SLOTS = 8  # 8 MiB of shared memory in all
ACK_EVERY = 4  # slots freed per message to the helper (fewer wake-ups)
# Written to the output file 1 MiB at a time: larger writes were 20-100 times slower
# per byte on Linux 6.18 (the page cache then allocates large folios).
WRITE_PIECE = 1024 * 1024
# An export's plaintext is sent on to the disk every 32 MiB: the final fsync then has
# little left to wait for (0.78x instead of 1.0x the time of `age -d` + sync).
WRITEBACK_SLOTS = 32
MIN_PAYLOAD = 32 * 1024 * 1024  # below this a second process does not pay
UNMAP_EVERY = 8 * 1024 * 1024  # the helper's mapping of the ciphertext stays this small

_MESSAGE = struct.Struct("<qq")  # (slot or a negative error code, bytes or errno)
_END = -100
_WRITE_FAILED = -5
_ERRORS = {
    -1: "a chunk of the age file does not authenticate",
    -2: "truncated age file",
    -3: "damaged age file: an empty last chunk",
    -4: "the age file could not be read",
}


class WriteFailed(OSError):
    """Writing the plaintext to the output file failed (a full disk, say): not damage."""


def available() -> bool:
    """Whether this platform can run the helper (see vault/forked.py)."""
    return forked.available()


def decrypt_file(
    path: Path, secret: X25519PrivateKey, out_fd: int | None = None
) -> Iterator[memoryview]:
    """The plaintext of the age file at `path`, in order, in pieces of up to 1 MiB.

    With `out_fd`, each piece has also been written to that file (at its offset from
    the start) when it is handed over. Each piece is a view of shared memory that stays
    valid only until the next one is asked for: copy it to keep it. Raises
    AgeFormatError as decrypt_chunks does, OSError when the file cannot be read,
    WriteFailed when `out_fd` cannot be written. Stopping early (an exception in the
    caller, or closing the generator) ends the helper at once. Should the helper die
    (killed, out of memory), the rest is decrypted in this process."""
    with open(path, "rb") as f:
        aead = open_payload(f, secret)
        start = f.tell()
        fd = os.dup(f.fileno())
    try:
        payload = os.fstat(fd).st_size - start
        if payload <= 0:
            raise AgeFormatError("truncated age file")
        job = _Job(fd, start, payload, aead, out_fd)
        done = yield from _in_helper(job)
        yield from _in_process(job, done)
    finally:
        os.close(fd)


class _Job:
    """The payload to decrypt: where it is, how long, its cipher, where it goes."""

    def __init__(
        self, fd: int, start: int, payload: int, aead: ChaCha20Poly1305, out_fd: int | None
    ) -> None:
        self.fd, self.start, self.payload, self.aead, self.out_fd = fd, start, payload, aead, out_fd
        self.chunks = -(-payload // SEALED)
        self.into = getattr(aead, "decrypt_into", None)  # cryptography 45+: no copy
        self._cipher = bytearray(SLOT_CHUNKS * SEALED)
        self._mapped: mmap.mmap | None = None
        self._released = 0  # mapped bytes before this are no longer resident

    @property
    def slots(self) -> int:
        return -(-self.chunks // SLOT_CHUNKS)

    def slot(self, n: int, out: memoryview, base: int) -> tuple[int, int]:
        """Decrypt slot `n` of the payload into out[base:] and write it to the output
        file; (plaintext length, 0), or (a negative error code, errno)."""
        length = self._decrypt(n, out, base)
        if length < 0 or self.out_fd is None:
            return length, 0
        position = n * SLOT_CHUNKS * CHUNK
        written = 0
        try:
            while written < length:
                piece = out[base + written : base + min(length, written + WRITE_PIECE)]
                written += os.pwrite(self.out_fd, piece, position + written)
        except OSError as exc:
            return _WRITE_FAILED, exc.errno or errno.EIO
        if (n + 1) % WRITEBACK_SLOTS == 0 and hasattr(os, "posix_fadvise"):
            # Start writing this stretch to the disk now, not all at the final fsync
            # (and drop it from the page cache once written: it is plaintext).
            window = WRITEBACK_SLOTS * SLOT_CHUNKS * CHUNK
            with suppress(OSError):
                os.posix_fadvise(self.out_fd, position + length - window, window,
                                 os.POSIX_FADV_DONTNEED)  # fmt: skip
        return length, 0

    def map_source(self) -> None:
        """Read the ciphertext through a mapping of the file, not copies (the helper
        only: a file cut short while mapped kills the process with SIGBUS, and then
        the caller takes over with reads that notice it)."""
        with suppress(OSError, ValueError):
            self._mapped = mmap.mmap(self.fd, 0, prot=mmap.PROT_READ)
            self._mapped.madvise(mmap.MADV_SEQUENTIAL)

    def _unmap_before(self, position: int) -> None:
        """Let go of the mapped pages already decrypted (they stay in the page cache),
        so that the helper's resident memory does not grow with the file."""
        assert self._mapped is not None
        end = position - position % mmap.PAGESIZE
        if end - self._released >= UNMAP_EVERY:
            self._mapped.madvise(mmap.MADV_DONTNEED, self._released, end - self._released)
            self._released = end

    def _ciphertext(self, offset: int, length: int) -> memoryview | int:
        """The sealed chunks at `offset` of the payload, or a negative error code."""
        if self._mapped is not None and self.start + offset + length <= len(self._mapped):
            position = self.start + offset
            self._unmap_before(position)
            return memoryview(self._mapped)[position : position + length]
        cipher = memoryview(self._cipher)[:length]
        try:
            if os.preadv(self.fd, [cipher], self.start + offset) != length:
                return -2  # the file became shorter while it was read
        except OSError:
            return -4
        return cipher

    def _decrypt(self, n: int, out: memoryview, base: int) -> int:
        first = n * SLOT_CHUNKS
        offset = first * SEALED
        length = min(SLOT_CHUNKS * SEALED, self.payload - offset)
        cipher = self._ciphertext(offset, length)
        if isinstance(cipher, int):
            return cipher
        done = 0
        for counter, o in enumerate(range(0, length, SEALED), start=first):
            sealed = cipher[o : o + SEALED]
            last = counter == self.chunks - 1
            nonce = chunk_nonce(counter, last)
            try:
                if self.into is not None and len(sealed) >= TAG:
                    target = out[base + done : base + done + len(sealed) - TAG]
                    got = self.into(nonce, sealed, None, target)
                else:
                    plain = self.aead.decrypt(nonce, sealed, None)
                    out[base + done : base + done + len(plain)] = plain
                    got = len(plain)
            except InvalidTag:
                return -1
            if last and got == 0 and counter > 0:
                return -3
            done += got
        return done


def _raise(code: int, detail: int) -> None:
    if code == _WRITE_FAILED:
        raise WriteFailed(detail, os.strerror(detail))
    raise AgeFormatError(_ERRORS.get(code, _ERRORS[-4]))


def _in_helper(job: _Job) -> Generator[memoryview, None, int]:
    """Yield the slots the helper decrypts; return how many came (all, unless it died)."""
    if job.payload < MIN_PAYLOAD or not available():
        return 0
    ring = mmap.mmap(-1, SLOTS * SLOT_CHUNKS * CHUNK, flags=mmap.MAP_SHARED)
    if hasattr(mmap, "MADV_DONTDUMP"):
        ring.madvise(mmap.MADV_DONTDUMP)
    filled_r, filled_w = os.pipe()
    free_r, free_w = os.pipe()

    def helper() -> None:
        _helper(job, memoryview(ring), filled_w, free_r)

    pid = _start(helper, (job.fd, job.out_fd, filled_w, free_r))
    os.close(filled_w)
    os.close(free_r)
    view = memoryview(ring)
    received = 0
    ack = max(1, min(ACK_EVERY, SLOTS // 2))  # the helper always has free slots to fill
    try:
        size = SLOT_CHUNKS * CHUNK
        while True:
            message = _read_message(filled_r)
            if message is None:  # the helper died: the rest is done here
                return received
            slot, length = message
            if slot == _END:
                return received
            if slot < 0:
                _raise(slot, length)
            yield view[slot * size : slot * size + length]
            received += 1
            if received % ack == 0:
                with suppress(BrokenPipeError):  # the helper may have finished
                    os.write(free_w, bytes(ack))
    finally:
        _end(pid, (filled_r, free_w))
        ring[:] = bytes(len(ring))  # no plaintext left in memory (best effort)
        view.release()
        with suppress(BufferError):  # the caller may still hold the last piece
            ring.close()


def _in_process(job: _Job, first: int) -> Iterator[memoryview]:
    buffer = bytearray(SLOT_CHUNKS * CHUNK)
    out = memoryview(buffer)
    for n in range(first, job.slots):
        length, detail = job.slot(n, out, 0)
        if length < 0:
            _raise(length, detail)
        yield out[:length]
    buffer[:] = bytes(len(buffer))


def _start(work: Callable[[], None], keep: tuple[int | None, ...]) -> int:
    return forked.start(work, keep)


def _end(pid: int, fds: tuple[int, int]) -> None:
    for fd in fds:
        os.close(fd)
    forked.end(pid)  # our own helper, if it still runs (stopped early)


def _read_message(fd: int) -> tuple[int, int] | None:
    data = b""
    while len(data) < _MESSAGE.size:
        part = os.read(fd, _MESSAGE.size - len(data))
        if not part:
            return None
        data += part
    slot, length = _MESSAGE.unpack(data)
    return slot, length


# --- the helper process ---------------------------------------------------------------


def _helper(job: _Job, out: memoryview, filled: int, free: int) -> None:
    job.map_source()  # a SIGBUS (file cut short) ends the helper; the caller goes on
    freed = 0
    for n in range(job.slots):
        while n - freed >= SLOTS:  # wait until the caller is done with this slot
            got = os.read(free, 64)
            if not got:
                return  # the caller stopped
            freed += len(got)
        slot = n % SLOTS
        code, detail = job.slot(n, out, slot * SLOT_CHUNKS * CHUNK)
        os.write(filled, _MESSAGE.pack(slot, code) if code >= 0 else _MESSAGE.pack(code, detail))
        if code < 0:
            return
    os.write(filled, _MESSAGE.pack(_END, 0))
