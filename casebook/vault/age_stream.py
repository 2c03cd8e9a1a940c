"""The age v1 file format for X25519 recipients, streamed in large batches.

Files written here are ordinary age files: the stock `age -d` and pyrage read them, and
files written by either are read here (https://age-encryption.org/v1). Only what the
format prescribes is done, with the primitives of `cryptography` (X25519, HKDF-SHA-256,
HMAC-SHA-256, ChaCha20-Poly1305), and nothing is weakened: every header MAC and every
chunk tag is checked, a truncated or extended payload is refused.

Why not pyrage's streaming calls: they exchange 8 KiB pieces with Python and hold the
GIL for the whole call, so hashing, disk and encryption ran one after the other on one
core. Here the payload is processed 1 MiB at a time (16 chunks of 64 KiB, one library
call per chunk on a memoryview, no copies), and the callers overlap reading, hashing and
writing with the cipher in a second thread (hashlib releases the GIL on large updates).
"""

from __future__ import annotations

import base64
import hmac
import os
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from hashlib import sha256
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

CHUNK = 64 * 1024  # plaintext bytes per STREAM chunk (fixed by the format)
TAG = 16
SEALED = CHUNK + TAG
BATCH = 16  # chunks per read or write: 1 MiB
INTRO = b"age-encryption.org/v1\n"
X25519_LABEL = b"age-encryption.org/v1/X25519"
_MAX_HEADER = 64 * 1024  # a header larger than this is not one Casebook or age writes


class AgeFormatError(ValueError):
    """Not an age file for this identity, or damaged: the header, MAC or a chunk fails."""


# --- keys in age's Bech32 text form ---

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: Iterable[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _bech32_decode(text: str, hrp: str) -> bytes:
    """The 32-byte payload of a Bech32 string with human-readable part `hrp`."""
    low = text.strip().lower()
    head, sep, data = low.rpartition("1")
    if not sep or head != hrp or len(data) < 6 or any(c not in _CHARSET for c in data):
        raise AgeFormatError("not an age key")
    values = [_CHARSET.index(c) for c in data]
    expanded = [ord(c) >> 5 for c in head] + [0] + [ord(c) & 31 for c in head]
    if _polymod(expanded + values) != 1:
        raise AgeFormatError("age key with a wrong checksum")
    acc = bits = 0
    out = bytearray()
    for v in values[:-6]:
        acc = (acc << 5) | v
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    if len(out) != 32 or bits >= 5 or acc & ((1 << bits) - 1):
        raise AgeFormatError("age key of a wrong length")
    return bytes(out)


def recipient_key(recipient: object) -> bytes:
    """The X25519 public key of an age recipient ("age1...", or pyrage's Recipient)."""
    return _bech32_decode(str(recipient), "age")


def identity_key(identity: object) -> X25519PrivateKey:
    """The X25519 secret of an age identity ("AGE-SECRET-KEY-1...", or pyrage's Identity)."""
    return X25519PrivateKey.from_private_bytes(_bech32_decode(str(identity), "age-secret-key-"))


# --- header ---


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes) -> bytes:
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except ValueError:
        raise AgeFormatError("damaged age header") from None
    if _b64(data) != text:  # non-canonical encodings are refused, as age does
        raise AgeFormatError("damaged age header")
    return data


def _hkdf(key: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _wrap_lines(body: bytes) -> bytes:
    text = _b64(body)
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    if not lines or len(lines[-1]) == 64:
        lines.append(b"")
    return b"\n".join(lines) + b"\n"


def _stanza(file_key: bytes, recipient: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    wrap_key = _hkdf(shared, share + recipient, X25519_LABEL)
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    return b"-> X25519 " + _b64(share) + b"\n" + _wrap_lines(body)


Recipients = bytes | Sequence[bytes]  # one X25519 public key, or several (one stanza each)


def _keys(recipients: Recipients) -> list[bytes]:
    keys = [recipients] if isinstance(recipients, bytes) else list(recipients)
    if not keys:
        raise ValueError("an age file needs at least one recipient")
    return keys


def _header(file_key: bytes, recipients: Recipients) -> bytes:
    stanzas = b"".join(_stanza(file_key, key) for key in _keys(recipients))
    head = INTRO + stanzas + b"---"
    mac = hmac.new(_hkdf(file_key, None, b"header"), head, sha256).digest()
    return head + b" " + _b64(mac) + b"\n"


def _read_line(source: BinaryIO, budget: list[int]) -> bytes:
    line = source.readline(_MAX_HEADER)
    budget[0] -= len(line)
    if not line.endswith(b"\n") or budget[0] < 0:
        raise AgeFormatError("damaged age header")
    return line[:-1]


def _read_header(source: BinaryIO) -> tuple[list[tuple[list[bytes], bytes]], bytes, bytes]:
    """(stanzas as (arguments, body), the bytes the MAC covers, the MAC)."""
    budget = [_MAX_HEADER]
    if _read_line(source, budget) + b"\n" != INTRO:
        raise AgeFormatError("not an age file")
    covered = bytearray(INTRO)
    stanzas: list[tuple[list[bytes], bytes]] = []
    while True:
        line = _read_line(source, budget)
        if line.startswith(b"--- "):
            covered += b"---"
            return stanzas, bytes(covered), _unb64(line[4:])
        if not line.startswith(b"-> "):
            raise AgeFormatError("damaged age header")
        covered += line + b"\n"
        args = line[3:].split(b" ")
        body = bytearray()
        while True:
            part = _read_line(source, budget)
            covered += part + b"\n"
            if len(part) > 64:
                raise AgeFormatError("damaged age header")
            body += part
            if len(part) < 64:
                break
        stanzas.append((args, _unb64(bytes(body))))


def _unwrap(stanzas: list[tuple[list[bytes], bytes]], secret: X25519PrivateKey) -> bytes:
    ours = secret.public_key().public_bytes_raw()
    for args, body in stanzas:
        if not args or args[0] != b"X25519":
            continue  # another recipient type, or grease
        if len(args) != 2 or len(body) != 32:
            raise AgeFormatError("damaged age header")
        share = _unb64(args[1])
        if len(share) != 32:
            raise AgeFormatError("damaged age header")
        try:
            shared = secret.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:  # a low-order point: all-zero shared secret
            raise AgeFormatError("damaged age header") from None
        wrap_key = _hkdf(shared, share + ours, X25519_LABEL)
        try:
            return ChaCha20Poly1305(wrap_key).decrypt(bytes(12), body, None)
        except InvalidTag:
            continue  # for another recipient
    raise AgeFormatError("no identity matched the age file")


# --- payload ---


def chunk_nonce(counter: int, last: bool) -> bytes:
    """The STREAM nonce of chunk number `counter`, flagged when it is the last."""
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class Encryptor:
    """Seals plaintext into an age file: header(), then seal() per batch, then finish()."""

    def __init__(self, recipient: Recipients) -> None:
        self._file_key = os.urandom(16)
        self._recipient = _keys(recipient)
        self._counter = 0
        self._pending = b""  # the last chunk is held back until the end is known
        self._aead: ChaCha20Poly1305 | None = None

    def header(self) -> bytes:
        nonce = os.urandom(16)
        self._aead = ChaCha20Poly1305(_hkdf(self._file_key, nonce, b"payload"))
        return _header(self._file_key, self._recipient) + nonce

    def seal(self, data: bytes) -> list[bytes]:
        """The sealed chunks of `data` that are known not to be the last."""
        if not data:
            return []
        view = memoryview(data)
        out: list[bytes] = []
        if self._pending:  # complete the held-back chunk first; more bytes follow it
            fill = CHUNK - len(self._pending)
            self._pending += bytes(view[:fill])
            view = view[fill:]
            if not view:
                return out
            out.append(self._seal(memoryview(self._pending), False))
        keep = len(view) % CHUNK or CHUNK  # the last (maybe partial) chunk is held back
        full = len(view) - keep
        out += [self._seal(view[o : o + CHUNK], False) for o in range(0, full, CHUNK)]
        self._pending = bytes(view[full:])
        return out

    def finish(self) -> bytes:
        """The last chunk (empty only when the whole plaintext was)."""
        return self._seal(memoryview(self._pending), True)

    def _seal(self, chunk: memoryview, last: bool) -> bytes:
        assert self._aead is not None, "header() first"
        sealed = self._aead.encrypt(chunk_nonce(self._counter, last), chunk, None)
        self._counter += 1
        return sealed


def open_payload(source: BinaryIO, secret: X25519PrivateKey) -> ChaCha20Poly1305:
    """Read and check the header of the age file `source` (its MAC included) and the
    payload nonce; the cipher of the payload, which starts where `source` now stands."""
    stanzas, covered, mac = _read_header(source)
    file_key = _unwrap(stanzas, secret)
    if len(file_key) != 16:
        raise AgeFormatError("damaged age header")
    expected = hmac.new(_hkdf(file_key, None, b"header"), covered, sha256).digest()
    if not hmac.compare_digest(mac, expected):
        raise AgeFormatError("the age header's MAC does not match")
    nonce = source.read(16)
    if len(nonce) != 16:
        raise AgeFormatError("truncated age file")
    return ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))


def decrypt_chunks(source: BinaryIO, secret: X25519PrivateKey) -> Iterator[bytes]:
    """The plaintext of the age file `source`, in batches of up to 1 MiB.

    Raises AgeFormatError when the header, its MAC or any chunk does not authenticate,
    when the payload is truncated or has bytes after its last chunk."""
    aead = open_payload(source, secret)
    counter = 0
    block = source.read(SEALED * BATCH)
    while True:
        following = source.read(SEALED * BATCH) if len(block) == SEALED * BATCH else b""
        view = memoryview(block)
        out: list[bytes] = []
        for o in range(0, len(view), SEALED):
            last = not following and o + SEALED >= len(view)
            chunk = view[o : o + SEALED]
            try:
                plain = aead.decrypt(chunk_nonce(counter, last), chunk, None)
            except InvalidTag:
                raise AgeFormatError("a chunk of the age file does not authenticate") from None
            if last and not plain and counter > 0:
                raise AgeFormatError("damaged age file: an empty last chunk")
            counter += 1
            out.append(plain)
        if not view:
            raise AgeFormatError("truncated age file")
        yield b"".join(out)
        if not following:
            return
        block = following


def encrypt_batches(batches: Iterable[bytes], out: BinaryIO, recipient: Recipients) -> None:
    """Write an age file to `out` from plaintext `batches` (any sizes), to one recipient
    or several."""
    enc = Encryptor(recipient)
    out.write(enc.header())
    for data in batches:
        out.writelines(enc.seal(data))
    out.write(enc.finish())


_DONE = object()


def pipelined(produce: Callable[[], Iterator[bytes]], depth: int = 3) -> Iterator[bytes]:
    """The items of `produce()`, made in a worker thread up to `depth` ahead of the caller.

    An exception in the worker is raised here, in the caller's thread; when the caller
    stops early (an exception, or closing the generator) the worker is stopped too."""
    items: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                items.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in produce():
                if not put(item):
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            put(_Failed(exc))
            return
        put(_DONE)

    worker = threading.Thread(target=work, name="casebook-age", daemon=True)
    worker.start()
    try:
        while True:
            item = items.get()
            if item is _DONE:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()


class SealingWriter:
    """Writes an age file to `out` in a worker thread, from plaintext given to write().

    The caller reads and hashes while the worker encrypts and writes. finish() ends the
    file and raises what went wrong in the worker; abort() stops it without finishing."""

    def __init__(self, out: BinaryIO, recipient: Recipients, depth: int = 3) -> None:
        self._items: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._stopped = threading.Event()
        self._worker = threading.Thread(
            target=self._work, args=(out, recipient), name="casebook-age", daemon=True
        )
        self._worker.start()

    def _batches(self) -> Iterator[bytes]:
        while (item := self._items.get()) is not _DONE:
            yield item  # type: ignore[misc]

    def _work(self, out: BinaryIO, recipient: Recipients) -> None:
        try:
            encrypt_batches(self._batches(), out, recipient)
        except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread
            self._error = exc
            self._stopped.set()

    def write(self, data: bytes) -> None:
        while not self._stopped.is_set():
            try:
                self._items.put(data, timeout=0.1)
                return
            except queue.Full:
                continue
        self.finish()  # raises the worker's error

    def finish(self) -> None:
        if not self._stopped.is_set():
            self._items.put(_DONE)
        self._worker.join()
        self._stopped.set()
        if self._error is not None:
            raise self._error

    def abort(self) -> None:
        self._stopped.set()
        while self._worker.is_alive():
            try:  # make room, then end the worker's loop
                self._items.get_nowait()
            except queue.Empty:
                pass
            try:
                self._items.put_nowait(_DONE)
            except queue.Full:
                pass
            self._worker.join(0.05)


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error
