"""Evidence files are stock age files, written and read in large batches (issue 19).

What Casebook writes, the stock `age -d` (and pyrage) decrypts; what they write,
Casebook reads; a damaged, truncated or extended file is refused, never half-read."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
from pathlib import Path

import pyrage
import pytest

from casebook.services import evidence as ev
from casebook.services.evidence_base import find_row, stored_file
from casebook.vault import age_stream
from casebook.vault.vault import Vault
from tests.test_evidence_support import make_case, write

KIB = 1024
MIB = 1024 * KIB
SIZES = [0, 1, 64 * KIB - 1, 64 * KIB, 64 * KIB + 1, 3 * MIB, 3 * MIB + 17]
AGE = shutil.which("age")


def _encrypt(data: bytes, recipient: pyrage.x25519.Recipient, parts: int = 1) -> bytes:
    out = io.BytesIO()
    step = max(1, len(data) // parts)
    pieces = [data[i : i + step] for i in range(0, len(data), step)]
    age_stream.encrypt_batches(pieces, out, age_stream.recipient_key(recipient))
    return out.getvalue()


def _decrypt(sealed: bytes, identity: pyrage.x25519.Identity) -> bytes:
    secret = age_stream.identity_key(identity)
    return b"".join(age_stream.decrypt_chunks(io.BytesIO(sealed), secret))


@pytest.mark.parametrize("size", SIZES)
def test_stored_evidence_is_read_by_stock_age(vault: Vault, tmp_path: Path, size: int) -> None:
    if AGE is None:
        pytest.skip("the stock age binary is not installed (Debian package 'age')")
    data = os.urandom(size)
    item = ev.import_file(vault, make_case(vault).id, write(tmp_path / "in.bin", data))
    row = find_row(vault, item.id)
    key = tmp_path / "key.txt"
    key.write_text(row.identity + "\n")
    plain = subprocess.run(
        [AGE, "-d", "-i", str(key), str(stored_file(vault, row))], capture_output=True, check=True
    ).stdout
    assert hashlib.sha256(plain).hexdigest() == item.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("parts", [1, 3, 7])
def test_any_batching_gives_a_file_pyrage_reads(size: int, parts: int) -> None:
    identity = pyrage.x25519.Identity.generate()
    data = os.urandom(size)
    sealed = _encrypt(data, identity.to_public(), parts)
    assert pyrage.decrypt(sealed, [identity]) == data
    assert _decrypt(sealed, identity) == data


@pytest.mark.parametrize("size", SIZES)
def test_files_of_pyrage_and_stock_age_are_read(tmp_path: Path, size: int) -> None:
    identity = pyrage.x25519.Identity.generate()
    data = os.urandom(size)
    assert _decrypt(pyrage.encrypt(data, [identity.to_public()]), identity) == data
    if AGE is not None:
        (tmp_path / "p.bin").write_bytes(data)
        recipient = str(identity.to_public())
        args = [AGE, "-r", recipient, "-o", str(tmp_path / "p.age"), str(tmp_path / "p.bin")]
        subprocess.run(args, check=True)
        assert _decrypt((tmp_path / "p.age").read_bytes(), identity) == data


def _damaged(sealed: bytes) -> dict[str, bytes]:
    body = sealed.index(b"\n---") + 4
    end = sealed.index(b"\n", body) + 1 + 16  # after the MAC line and the payload nonce
    chunk = age_stream.SEALED
    return {
        "payload byte flipped": sealed[:-5] + bytes([sealed[-5] ^ 1]) + sealed[-4:],
        "header MAC flipped": sealed[: body + 3] + b"A" + sealed[body + 4 :]
        if sealed[body + 3 : body + 4] != b"A"
        else sealed[: body + 3] + b"B" + sealed[body + 4 :],
        "cut at a chunk boundary": sealed[: end + chunk],
        "last byte cut": sealed[:-1],
        "bytes appended": sealed + b"\0" * 32,
        "no payload": sealed[:end],
        "header only": sealed[: body - 3],
    }


@pytest.mark.parametrize(
    "damage", ["payload byte flipped", "header MAC flipped", "cut at a chunk boundary",
               "last byte cut", "bytes appended", "no payload", "header only"],
)  # fmt: skip
def test_damaged_files_are_refused(damage: str) -> None:
    identity = pyrage.x25519.Identity.generate()
    sealed = _encrypt(os.urandom(2 * age_stream.CHUNK + 100), identity.to_public())
    with pytest.raises(age_stream.AgeFormatError):
        _decrypt(_damaged(sealed)[damage], identity)


def test_another_identity_cannot_decrypt() -> None:
    sealed = _encrypt(b"secret", pyrage.x25519.Identity.generate().to_public())
    with pytest.raises(age_stream.AgeFormatError, match="no identity"):
        _decrypt(sealed, pyrage.x25519.Identity.generate())


def test_an_empty_last_chunk_after_full_ones_is_neither_written_nor_accepted() -> None:
    """age forbids it: a file ending on a chunk boundary marks that chunk as the last."""
    identity = pyrage.x25519.Identity.generate()
    data = os.urandom(age_stream.CHUNK)
    sealed = _encrypt(data, identity.to_public())
    payload = sealed.index(b"\n", sealed.index(b"\n---") + 1) + 1 + 16
    assert len(sealed) - payload == age_stream.SEALED  # one full chunk, marked last
    enc = age_stream.Encryptor(age_stream.recipient_key(identity.to_public()))
    crafted = enc.header() + enc._seal(memoryview(data), False) + enc._seal(memoryview(b""), True)
    with pytest.raises(age_stream.AgeFormatError, match="empty last chunk"):
        _decrypt(crafted, identity)


def test_keys_with_a_bad_checksum_are_refused() -> None:
    text = str(pyrage.x25519.Identity.generate().to_public())
    bad = text[:-1] + ("q" if text[-1] != "q" else "p")
    with pytest.raises(age_stream.AgeFormatError):
        age_stream.recipient_key(bad)


@pytest.mark.slow
def test_sparse_3_gib_round_trip(vault: Vault, tmp_path: Path) -> None:
    """A 3 GiB file (sparse: zeros) goes in and out whole, with bounded memory."""
    src = tmp_path / "big.bin"
    with open(src, "wb") as f:
        f.truncate(3 * 1024 * MIB)
    expected = hashlib.sha256()
    zeros = bytes(MIB)
    for _ in range(3 * 1024):
        expected.update(zeros)
    item = ev.import_file(vault, make_case(vault).id, src)
    src.unlink()
    assert (item.size, item.sha256) == (3 * 1024 * MIB, expected.hexdigest())
    out = ev.export_original(vault, item.id, tmp_path / "out.bin")
    got = hashlib.sha256()
    with open(out, "rb") as f:
        while block := f.read(4 * MIB):
            got.update(block)
    assert got.hexdigest() == expected.hexdigest()


@pytest.mark.parametrize("size", [0, 3 * MIB + 17])
def test_a_file_for_several_recipients_opens_with_each_identity(size: int) -> None:
    first, second = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    data = os.urandom(size)
    keys = [age_stream.recipient_key(i.to_public()) for i in (first, second)]
    out = io.BytesIO()
    age_stream.encrypt_batches([data], out, keys)
    sealed = out.getvalue()
    assert sealed.count(b"\n-> X25519 ") == 2
    for identity in (first, second):
        assert pyrage.decrypt(sealed, [identity]) == data
        assert _decrypt(sealed, identity) == data
    with pytest.raises(age_stream.AgeFormatError, match="no identity"):
        _decrypt(sealed, pyrage.x25519.Identity.generate())
    with pytest.raises(ValueError):
        age_stream.encrypt_batches([data], io.BytesIO(), [])
