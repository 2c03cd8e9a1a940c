"""Large evidence files are decrypted by a helper process (issue 19, age_parallel).

Slots are made small here (two chunks, two slots) so that files of a few chunks go
through every path of the helper: the ring wrapping around, a last chunk of any size,
every kind of damage refused, the caller stopping early, the helper dying midway."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pyrage
import pytest

from casebook.services import evidence as ev
from casebook.services.evidence_base import find_row, stored_file
from casebook.vault import age_parallel, age_stream
from casebook.vault.errors import VaultDamaged
from casebook.vault.vault import Vault
from tests.test_age_stream import _damaged
from tests.test_evidence_support import make_case, write

pytestmark = pytest.mark.skipif(not age_parallel.available(), reason="Linux only (fork)")

KIB = 1024
CHUNK = age_stream.CHUNK
SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 4 * CHUNK, 4 * CHUNK + 1, 9 * CHUNK + 17]


@pytest.fixture(autouse=True)
def small_slots(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(age_parallel, "SLOT_CHUNKS", 2)
    monkeypatch.setattr(age_parallel, "SLOTS", 2)
    monkeypatch.setattr(age_parallel, "MIN_PAYLOAD", 0)


def _sealed(tmp_path: Path, data: bytes, identity: pyrage.x25519.Identity) -> Path:
    out = io.BytesIO()
    age_stream.encrypt_batches([data], out, age_stream.recipient_key(identity.to_public()))
    return write(tmp_path / "f.age", out.getvalue())


def _plain(path: Path, identity: pyrage.x25519.Identity) -> bytes:
    secret = age_stream.identity_key(identity)
    return b"".join(bytes(view) for view in age_parallel.decrypt_file(path, secret))


@pytest.mark.parametrize("size", SIZES)
def test_every_size_comes_back_whole(tmp_path: Path, size: int) -> None:
    identity = pyrage.x25519.Identity.generate()
    data = os.urandom(size)
    assert _plain(_sealed(tmp_path, data, identity), identity) == data


@pytest.mark.parametrize("size", [0, 1, 4 * CHUNK + 1, 9 * CHUNK + 17])
def test_export_through_the_helper_keeps_every_byte(
    vault: Vault, tmp_path: Path, size: int
) -> None:
    data = os.urandom(size)
    item = ev.import_file(vault, make_case(vault).id, write(tmp_path / "in.bin", data))
    out = ev.export_original(vault, item.id, tmp_path / "out.bin")
    assert out.read_bytes() == data
    assert [e.action for e in ev.custody_log(vault, item.id)] == ["imported", "exported"]
    assert ev.verify_evidence(vault) == []


@pytest.mark.parametrize(
    "damage", ["payload byte flipped", "header MAC flipped", "cut at a chunk boundary",
               "last byte cut", "bytes appended", "no payload", "header only"],
)  # fmt: skip
def test_damaged_files_are_refused(tmp_path: Path, damage: str) -> None:
    identity = pyrage.x25519.Identity.generate()
    sealed = _sealed(tmp_path, os.urandom(5 * CHUNK + 100), identity).read_bytes()
    damaged = write(tmp_path / "d.age", _damaged(sealed)[damage])
    with pytest.raises(age_stream.AgeFormatError):
        _plain(damaged, identity)


def test_a_flipped_byte_in_a_middle_slot_is_refused(tmp_path: Path) -> None:
    identity = pyrage.x25519.Identity.generate()
    path = _sealed(tmp_path, os.urandom(7 * CHUNK), identity)
    sealed = bytearray(path.read_bytes())
    sealed[len(sealed) - 4 * age_stream.SEALED] ^= 1
    path.write_bytes(sealed)
    with pytest.raises(age_stream.AgeFormatError, match="does not authenticate"):
        _plain(path, identity)


def test_an_empty_last_chunk_after_full_ones_is_refused(tmp_path: Path) -> None:
    identity = pyrage.x25519.Identity.generate()
    data = os.urandom(3 * CHUNK)
    enc = age_stream.Encryptor(age_stream.recipient_key(identity.to_public()))
    crafted = enc.header() + b"".join(enc.seal(data)) + enc._seal(memoryview(data[-CHUNK:]), False)
    crafted += enc._seal(memoryview(b""), True)
    with pytest.raises(age_stream.AgeFormatError, match="empty last chunk"):
        _plain(write(tmp_path / "e.age", crafted), identity)


def _forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    pids: list[int] = []
    real = age_parallel._start

    def start(work: Callable[[], None], keep: tuple[int | None, ...]) -> int:
        pid = real(work, keep)
        pids.append(pid)
        return pid

    monkeypatch.setattr(age_parallel, "_start", start)
    return pids


def _gone(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True  # already waited for: it ended
    return False


def test_stopping_early_ends_the_helper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pids = _forks(monkeypatch)
    identity = pyrage.x25519.Identity.generate()
    path = _sealed(tmp_path, os.urandom(20 * CHUNK), identity)
    pieces = age_parallel.decrypt_file(path, age_stream.identity_key(identity))
    first = bytes(next(pieces))
    assert len(first) == 2 * CHUNK and len(pids) == 1
    pieces.close()
    assert _gone(pids[0])


def test_a_helper_that_dies_midway_is_taken_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pids = _forks(monkeypatch)
    real = age_parallel._Job.slot

    def slot(job: age_parallel._Job, n: int, out: memoryview, base: int) -> int:
        if n == 3 and os.getpid() != parent:
            os._exit(9)  # as if killed
        return real(job, n, out, base)

    parent = os.getpid()
    monkeypatch.setattr(age_parallel._Job, "slot", slot)
    identity = pyrage.x25519.Identity.generate()
    data = os.urandom(13 * CHUNK + 5)
    assert _plain(_sealed(tmp_path, data, identity), identity) == data
    assert len(pids) == 1 and _gone(pids[0])


def test_cancelled_export_through_the_helper_leaves_no_file(vault: Vault, tmp_path: Path) -> None:
    item = ev.import_file(
        vault, make_case(vault).id, write(tmp_path / "a.bin", os.urandom(3 * 2**20))
    )
    cancel = threading.Event()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ev.Cancelled):
        ev.export_original(vault, item.id, out / "a.bin", progress=lambda d, t: cancel.set(),
                           cancel=cancel)  # fmt: skip
    assert os.listdir(out) == []
    assert [e.action for e in ev.custody_log(vault, item.id)] == ["imported"]


def test_a_damaged_item_is_not_exported_and_verify_names_it(vault: Vault, tmp_path: Path) -> None:
    item = ev.import_file(
        vault, make_case(vault).id, write(tmp_path / "a.bin", os.urandom(9 * CHUNK))
    )
    stored = stored_file(vault, find_row(vault, item.id))
    sealed = bytearray(stored.read_bytes())
    sealed[-3 * age_stream.SEALED] ^= 1
    stored.write_bytes(sealed)
    with pytest.raises(VaultDamaged, match="cannot be decrypted"):
        ev.export_original(vault, item.id, tmp_path / "out.bin")
    assert not (tmp_path / "out.bin").exists()
    assert any("no longer decrypts" in p for p in ev.verify_evidence(vault))


def test_the_helper_gets_the_same_plaintext_as_the_threads(tmp_path: Path) -> None:
    """The in-process reader (small files, other systems) and the helper agree."""
    identity = pyrage.x25519.Identity.generate()
    data = os.urandom(11 * CHUNK + 3)
    path = _sealed(tmp_path, data, identity)
    with open(path, "rb") as f:
        threads = b"".join(age_stream.decrypt_chunks(f, age_stream.identity_key(identity)))
    helper = _plain(path, identity)
    assert hashlib.sha256(threads).digest() == hashlib.sha256(helper).digest()


def test_a_full_disk_is_reported_as_such_and_leaves_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write error of the helper is not mistaken for damage to the vault."""
    item = ev.import_file(
        vault, make_case(vault).id, write(tmp_path / "a.bin", os.urandom(9 * CHUNK))
    )

    def full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(age_parallel.os, "pwrite", full)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError, match="No space left") as raised:
        ev.export_original(vault, item.id, out / "a.bin")
    assert not isinstance(raised.value, VaultDamaged)
    assert os.listdir(out) == []
    assert [e.action for e in ev.custody_log(vault, item.id)] == ["imported"]


def test_a_file_cut_short_while_it_is_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helper reads through a mapping: a file cut short under it kills it (SIGBUS);
    the caller takes over and finds the file truncated."""
    identity = pyrage.x25519.Identity.generate()
    path = _sealed(tmp_path, os.urandom(12 * CHUNK), identity)
    real = age_parallel._Job.slot

    def slot(job: age_parallel._Job, n: int, out: memoryview, base: int) -> tuple[int, int]:
        if n == 2 and os.getpid() != parent:
            os.truncate(path, path.stat().st_size - 5 * age_stream.SEALED)
        return real(job, n, out, base)

    parent = os.getpid()
    monkeypatch.setattr(age_parallel._Job, "slot", slot)
    with pytest.raises(age_stream.AgeFormatError, match="truncated"):
        _plain(path, identity)


def test_a_helper_keeps_only_the_descriptors_it_is_given() -> None:
    """A helper holding a copy of another pipe's end would keep that pipe from ending."""
    from casebook.vault import forked

    other_r, other_w = os.pipe()
    report_r, report_w = os.pipe()

    def work() -> None:
        try:
            os.fstat(other_w)
            answer = b"open"
        except OSError:
            answer = b"closed"
        os.write(report_w, answer)

    pid = forked.start(work, (report_w,))
    os.close(report_w)
    try:
        assert os.read(report_r, 16) == b"closed"
        os.close(other_w)
        assert os.read(other_r, 1) == b""  # no helper holds the writing end any more
    finally:
        forked.end(pid)
        os.close(report_r)
        os.close(other_r)
