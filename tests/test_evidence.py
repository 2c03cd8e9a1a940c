"""Evidence import, reading, export and deletion through the public service API."""

from __future__ import annotations

import hashlib
import io
import os
import threading
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services import evidence as ev
from casebook.services.cases import delete_case, get_case, save_case
from casebook.services.evidence_media import DOCX
from casebook.services.verify import verify_vault
from casebook.vault.errors import NotFound, VaultDamaged, VaultError
from casebook.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_evidence_support import image_bytes, make_case, pdf_bytes, write

KIB = 1024


def stored_names(vault: Vault) -> list[str]:
    return sorted(os.listdir(vault.evidence_dir))


@pytest.mark.parametrize("size", [0, 1, 64 * KIB - 1, 64 * KIB, 64 * KIB + 1, 3 * 1024 * KIB + 17])
def test_round_trip_keeps_every_byte(vault: Vault, tmp_path: Path, size: int) -> None:
    case = make_case(vault)
    data = os.urandom(size)
    src = write(tmp_path / "in" / "file.bin", data)
    item = ev.import_file(vault, case.id, src, description="d", source="s", actor="Dana")
    assert (item.size, item.sha256) == (size, hashlib.sha256(data).hexdigest())
    assert (item.original_name, item.description, item.source, item.imported_by) == (
        "file.bin",
        "d",
        "s",
        "Dana",
    )
    assert ev.read_bytes(vault, item.id) == data
    with ev.open_plaintext(vault, item.id) as stream:
        assert stream.read() == data
    out = ev.export_original(vault, item.id, tmp_path / "out" / "copy.bin")
    assert out.read_bytes() == data
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    stored = vault.evidence_dir / stored_names(vault)[0]
    assert data not in stored.read_bytes() or size < 8
    assert verify_vault(vault) == []


def test_files_are_named_by_random_ids_not_content(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    src = write(tmp_path / "same.txt", b"the same content\n")
    first = ev.import_file(vault, case.id, src)
    second = ev.import_file(vault, case.id, src)
    names = stored_names(vault)
    assert len(names) == 2 and first.id != second.id
    digest = first.sha256
    assert not any(digest[:16] in n or first.id in n for n in names)
    assert all(len(n) == 32 + len(".age") for n in names)


def test_each_item_has_its_own_key(vault: Vault, tmp_path: Path) -> None:
    import pyrage

    case = make_case(vault)
    a = ev.import_file(vault, case.id, write(tmp_path / "a.txt", b"alpha\n"))
    b = ev.import_file(vault, case.id, write(tmp_path / "b.txt", b"beta\n"))
    keys = dict(vault.conn.execute("SELECT id, identity FROM evidence").fetchall())
    assert keys[a.id] != keys[b.id] and keys[a.id].startswith("AGE-SECRET-KEY-1")
    file_of_a = vault.evidence_dir / (
        vault.conn.execute("SELECT file_id FROM evidence WHERE id=?", (a.id,)).fetchone()[0]
        + ".age"
    )
    other = pyrage.x25519.Identity.from_str(keys[b.id])
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(file_of_a.read_bytes(), [other])
    mine = pyrage.x25519.Identity.from_str(keys[a.id])
    assert pyrage.decrypt(file_of_a.read_bytes(), [mine]) == b"alpha\n"


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (image_bytes("JPEG"), "image/jpeg"),
        (image_bytes("PNG"), "image/png"),
        (image_bytes("GIF"), "image/gif"),
        (image_bytes("WEBP"), "image/webp"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64), "image/heic"),
        (pdf_bytes(with_photo=False), "application/pdf"),
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + bytes(64), "video/mp4"),
        (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  " + bytes(64), "video/quicktime"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(64), "audio/mpeg"),
        (b"\xff\xfb\x90\x64" + bytes(64), "audio/mpeg"),
        (b"OggS\x00\x02" + bytes(22) + b"\x13OpusHead" + bytes(32), "audio/ogg"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(64), "audio/wav"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(20) + b"word/document.xml", DOCX),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(20) + b"notes.txt", "application/zip"),
        ("Угрозы в чате, 8 марта.\nҚазақша мәтін.\n".encode(), "text/plain"),
        (bytes(range(256)) * 4, "application/octet-stream"),
    ],
)
def test_media_type_comes_from_content_not_name(
    vault: Vault, tmp_path: Path, data: bytes, media_type: str
) -> None:
    case = make_case(vault)
    misleading = write(tmp_path / "evidence.txt.exe", data)
    assert ev.import_file(vault, case.id, misleading).media_type == media_type


def test_exif_camera_and_gps_are_recorded_and_readable(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    item = ev.import_file(vault, case.id, write(tmp_path / "IMG_0001.JPG", image_bytes()))
    again = ev.get_evidence(vault, item.id)  # read back from the database
    gps = again.metadata["gps"]
    assert gps["latitude"] == pytest.approx(43.2381, abs=1e-4)
    assert gps["longitude"] == pytest.approx(76.946, abs=1e-4)
    assert again.metadata["camera"] == {
        "make": "Canon", "model": "Canon EOS 5D", "software": "Firmware 1.1"
    }  # fmt: skip
    assert "xmp" in again.metadata["embedded"]
    lines = dict(ev.metadata_summary(again))
    assert lines["GPS position"] == "43.238133, 76.946000"
    assert lines["Camera model"] == "Canon EOS 5D"
    # A tag that may name the photographer comes right after the position.
    labels = [label for label, _value in ev.metadata_summary(again)]
    assert labels.index("Identifies: Artist") == 2  # after GPS position and altitude
    assert lines["Identifies: Artist"] == "Photographer Real-Name"
    assert lines["EXIF DateTime"] == "2024:03:08 10:15:00"  # the rest is readable too


def test_pdf_document_info_is_recorded(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    item = ev.import_file(vault, case.id, write(tmp_path / "scan.pdf", pdf_bytes()))
    assert item.metadata["document"]["Author"] == "Aigerim Witness-Name"
    assert item.metadata["pdf"]["pages"] == 1
    assert ("Document Title", "Statement") in ev.metadata_summary(item)


def test_large_image_metadata_is_read_from_the_original_file(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ev, "KEEP_FOR_METADATA", 100)  # pretend the photo is huge
    case = make_case(vault)
    item = ev.import_file(vault, case.id, write(tmp_path / "big.jpg", image_bytes()))
    assert item.metadata["camera"]["make"] == "Canon"


def test_damaged_image_is_still_imported(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    broken = image_bytes("PNG")[:40]
    item = ev.import_file(vault, case.id, write(tmp_path / "cut.png", broken))
    assert item.media_type == "image/png" and item.size == 40
    assert ev.read_bytes(vault, item.id) == broken


def test_events_and_id_prefixes(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    src = write(tmp_path / "a.txt", b"hello\n")
    event_ids = [case.events[1].id[:8], case.events[0].id]
    item = ev.import_file(vault, case.id[:6], src, event_ids=event_ids)
    assert set(item.event_ids) == {case.events[0].id, case.events[1].id}
    assert ev.get_evidence(vault, item.id[:6]).id == item.id
    assert [i.id for i in ev.list_evidence(vault, case.id)] == [item.id]
    other = make_case(vault, "Other case")
    with pytest.raises(NotFound, match="not an event of case"):
        ev.import_file(vault, case.id, src, event_ids=[other.events[0].id])
    with pytest.raises(NotFound):
        ev.get_evidence(vault, "ffffffff")
    with pytest.raises(NotFound):
        ev.import_file(vault, "ffffffff", src)
    assert len(stored_names(vault)) == 1  # the refused imports left nothing


def test_a_prefix_naming_two_ids_is_refused_as_ambiguous(vault: Vault, tmp_path: Path) -> None:
    twins = [Case(id=f"abcd{n}000-0000-4000-8000-000000000000", title=f"Twin {n}") for n in (1, 2)]
    for twin in twins:
        save_case(vault, twin)
    with pytest.raises(NotFound, match="case id prefix 'abcd' is ambiguous"):
        get_case(vault, "ABCD")
    assert get_case(vault, " abcd2").title == "Twin 2"
    with pytest.raises(NotFound, match="no case with id 'abc'"):
        get_case(vault, "abc")  # fewer than 4 characters name nothing but a whole id
    gone = ev.import_file(vault, twins[0].id, write(tmp_path / "a.txt", b"a\n"))
    ev.delete_evidence(vault, gone.id)
    assert [e.action for e in ev.custody_log(vault, gone.id[:8])] == ["imported", "deleted"]
    with pytest.raises(NotFound, match="no evidence item with id"):
        ev.custody_log(vault, "ffffffff")


def test_bad_input_is_refused_plainly(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    with pytest.raises(NotFound, match="no such file"):
        ev.import_file(vault, case.id, tmp_path / "missing.jpg")
    with pytest.raises(VaultError, match="not a regular file"):
        ev.import_file(vault, case.id, tmp_path)
    with pytest.raises(ValueError, match="imported"):
        ev.import_stream(vault, case.id, io.BytesIO(b"x"), original_name="x", action="opened")
    assert stored_names(vault) == []


def test_progress_is_reported_up_to_the_total(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    data = os.urandom(3 * 1024 * KIB)
    seen: list[tuple[int, int]] = []
    ev.import_file(
        vault, case.id, write(tmp_path / "v.bin", data), progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (len(data), len(data))
    assert len(seen) >= 3 and all(t == len(data) for _, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancelled_import_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    cancel = threading.Event()
    src = write(tmp_path / "v.bin", os.urandom(4 * 1024 * KIB))

    def progress(done: int, total: int) -> None:
        if done >= 1024 * KIB:
            cancel.set()

    with pytest.raises(ev.Cancelled):
        ev.import_file(vault, case.id, src, progress=progress, cancel=cancel)
    assert stored_names(vault) == []
    assert vault.conn.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM custody").fetchone()[0] == 0
    assert verify_vault(vault) == []


def test_import_in_a_worker_thread_with_its_own_handle(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    src = write(tmp_path / "w.bin", os.urandom(200 * KIB))
    results: list[object] = []
    threads: list[str] = []

    def work() -> None:
        handle = vault.for_thread()
        try:
            item = ev.import_file(
                handle,
                case.id,
                src,
                progress=lambda d, t: threads.append(threading.current_thread().name),
            )
            results.append(item)
            results.append(ev.read_bytes(handle, item.id))
        finally:
            handle.close()

    worker = threading.Thread(target=work, name="importer")
    worker.start()
    worker.join()
    item = results[0]
    assert isinstance(item, ev.EvidenceItem) and results[1] == src.read_bytes()
    assert set(threads) == {"importer"}
    assert ev.get_evidence(vault, item.id).sha256 == item.sha256


def test_import_stream_received_with_expected_hash(vault: Vault) -> None:
    case = make_case(vault)
    data = b"sent by a partner\n" * 1000
    digest = hashlib.sha256(data).hexdigest()
    item = ev.import_stream(
        vault, case.id, io.BytesIO(data), original_name="../../etc/statement.txt",
        size=len(data), action="received", details={"from": "Partner Org"},
        expected_sha256=digest, metadata={"note": "as sent"}, actor="bundle",
    )  # fmt: skip
    assert item.original_name == "statement.txt"  # no directories from outside
    assert item.metadata == {"note": "as sent"}
    first = ev.custody_log(vault, item.id)[0]
    assert first.action == "received" and first.details["from"] == "Partner Org"
    assert first.details["sha256"] == digest


@pytest.mark.parametrize("wrong", ["sha", "short", "long"])
def test_import_stream_rejects_what_was_not_announced(vault: Vault, wrong: str) -> None:
    case = make_case(vault)
    data = b"x" * 100_000
    digest = hashlib.sha256(data).hexdigest()
    kwargs = {
        "sha": {"expected_sha256": "0" * 64},
        "short": {"size": len(data) + 1, "expected_sha256": digest},
        "long": {"size": len(data) - 1},
    }[wrong]
    with pytest.raises(ev.ImportRejected, match="nothing was stored|announced"):
        ev.import_stream(vault, case.id, io.BytesIO(data), original_name="a", **kwargs)
    assert stored_names(vault) == []
    assert vault.conn.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0


def test_open_plaintext_logs_and_can_be_closed_early(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    data = os.urandom(2 * 1024 * KIB)
    item = ev.import_file(vault, case.id, write(tmp_path / "a.bin", data))
    stream = ev.open_plaintext(vault, item.id, actor="Dana")
    assert stream.read(10) == data[:10]
    stream.close()
    with ev.open_plaintext(vault, item.id, log=False) as quiet:
        assert quiet.read(5) == data[:5]
    actions = [(e.action, e.actor) for e in ev.custody_log(vault, item.id)]
    assert actions == [("imported", ""), ("opened", "Dana")]
    assert ev.read_bytes(vault, item.id, limit=100, log=False) == data[:100]
    assert verify_vault(vault) == []


def test_stream_of_a_damaged_file_raises_instead_of_ending(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    item = ev.import_file(vault, case.id, write(tmp_path / "a.bin", os.urandom(300 * KIB)))
    path = vault.evidence_dir / stored_names(vault)[0]
    raw = bytearray(path.read_bytes())
    raw[-1000] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(VaultDamaged, match="cannot be decrypted"):
        ev.read_bytes(vault, item.id)
    with pytest.raises(VaultDamaged):
        ev.export_original(vault, item.id, tmp_path / "out.bin")
    assert not (tmp_path / "out.bin").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_to_a_directory_uses_the_original_name(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    item = ev.import_file(vault, case.id, write(tmp_path / "in" / "photo.jpg", image_bytes()))
    outdir = tmp_path / "out"
    outdir.mkdir()
    assert ev.export_original(vault, item.id, outdir) == outdir / "photo.jpg"
    assert ev.export_cleaned(vault, item.id, outdir) == outdir / "photo-cleaned.jpg"
    assert sorted(os.listdir(outdir)) == ["photo-cleaned.jpg", "photo.jpg"]


def test_export_refuses_the_vault_directory(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    item = ev.import_file(vault, case.id, write(tmp_path / "a.txt", b"a\n"))
    with pytest.raises(VaultError, match="into the vault"):
        ev.export_original(vault, item.id, vault.path / "copy.txt")
    with pytest.raises(VaultError, match="into the vault"):
        ev.export_original(vault, item.id, vault.evidence_dir)
    assert len(stored_names(vault)) == 1


def test_cancelled_export_leaves_no_file(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    item = ev.import_file(vault, case.id, write(tmp_path / "a.bin", os.urandom(3 * 1024 * KIB)))
    cancel = threading.Event()
    out = tmp_path / "out"
    out.mkdir()

    def progress(done: int, total: int) -> None:
        cancel.set()

    with pytest.raises(ev.Cancelled):
        ev.export_original(vault, item.id, out / "a.bin", progress=progress, cancel=cancel)
    assert os.listdir(out) == []
    assert [e.action for e in ev.custody_log(vault, item.id)] == ["imported"]


def test_delete_removes_file_and_key_and_keeps_custody(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    keep = ev.import_file(vault, case.id, write(tmp_path / "keep.txt", b"keep\n"))
    gone = ev.import_file(vault, case.id, write(tmp_path / "gone.txt", b"gone\n"))
    changes = ev.delete_evidence(vault, gone.id[:8], actor="Dana")
    assert changes.evidence and changes.case_ids == (case.id,)
    assert len(stored_names(vault)) == 1
    with pytest.raises(NotFound):
        ev.get_evidence(vault, gone.id)
    assert [i.id for i in ev.list_evidence(vault, case.id)] == [keep.id]
    log = ev.custody_log(vault, gone.id)
    assert [(e.action, e.actor) for e in log] == [("imported", ""), ("deleted", "Dana")]
    # the log of a deleted item keeps no file name: a salted digest a court can check
    import hashlib

    from casebook.vault.custody import canonical

    assert all("gone.txt" not in str(e.details) for e in log)
    salt, sealed = log[-1].details["salt"], log[-1].details["sealed"]
    digest = hashlib.sha256(bytes.fromhex(salt) + canonical({"name": "gone.txt"})).hexdigest()
    assert sealed == digest
    assert verify_vault(vault) == []
    assert [e.evidence_id for e in ev.case_custody_log(vault, case.id)] == [
        keep.id, gone.id, gone.id
    ]  # fmt: skip
    assert vault.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert verify_vault(vault) == []


def test_deleting_a_case_logs_the_deletion_of_its_evidence(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    item = ev.import_file(vault, case.id, write(tmp_path / "a.txt", b"a\n"))
    delete_case(vault, case.id)
    assert stored_names(vault) == []
    assert [e.action for e in ev.custody_log(vault, item.id)] == ["imported", "deleted"]
    assert verify_vault(vault) == []


def test_append_custody_on_a_connection_joins_its_transaction(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    item = ev.import_file(vault, case.id, write(tmp_path / "a.txt", b"a\n"))
    with pytest.raises(RuntimeError):
        with vault.transaction() as conn:
            ev.append_custody(conn, item.id, case.id, "bundled", "Dana", {"to": "Partner"})
            raise RuntimeError("the bundle failed")
    assert [e.action for e in ev.custody_log(vault, item.id)] == ["imported"]
    entry = ev.append_custody(vault.conn, item.id, case.id, "bundled", "Dana", {"to": "P"})
    assert entry.action == "bundled" and entry.prev_hash == ev.custody_log(vault, item.id)[0].hash
    with pytest.raises(ValueError, match="unknown custody action"):
        ev.append_custody(vault, item.id, case.id, "looked-at", "Dana", {})
    assert verify_vault(vault) == []


def test_everything_survives_closing_and_unlocking(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    case = make_case(vault)
    data = os.urandom(100 * KIB)
    item = ev.import_file(vault, case.id, write(tmp_path / "a.bin", data))
    vault.close()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert ev.read_bytes(again, item.id) == data
        assert ev.get_evidence(again, item.id) == item
        assert verify_vault(again) == []


def test_open_vault_keeps_files_of_a_running_import(vault: Vault, vault_dir: Path) -> None:
    from casebook.vault import evidence_files

    temp = evidence_files.temp_path(vault, evidence_files.new_file_id())
    writing = evidence_files.create_temp(temp)  # locked, as during an import elsewhere
    writing.write(b"age-encryption.org/v1 ...")
    Vault.unlock(vault_dir, PASSPHRASE).close()  # another process opening the vault
    assert temp.exists()
    writing.close()  # the importer died: the lock is gone
    Vault.unlock(vault_dir, PASSPHRASE).close()
    assert not temp.exists()
