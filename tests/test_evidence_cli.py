"""`casebook evidence ...`: every sub-command, its exit codes and --json output."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PIL import Image

from casebook.vault.vault import Vault
from tests.test_evidence_support import image_bytes, make_case, write


@pytest.fixture
def setup(vault: Vault, vault_dir: Path, tmp_path: Path):
    case = make_case(vault)
    vault.close()
    photo = write(tmp_path / "in" / "IMG_0042.jpg", image_bytes())
    note = write(tmp_path / "in" / "threat.txt", "Угроза\n".encode())
    return str(vault_dir), case, photo, note


def test_add_list_show(cli, setup) -> None:
    vpath, case, photo, note = setup
    added = cli(
        "--vault", vpath, "evidence", "add", case.id[:8], str(photo), str(note),
        "--description", "Photo of the bruise", "--source", "Victim's phone",
        "--event", case.events[0].id, "--actor", "Dana",
    )  # fmt: skip
    assert added.code == 0, added.err
    ids = added.out.split()
    assert len(ids) == 2 and all(len(i) == 36 for i in ids)

    listed = cli("--vault", vpath, "evidence", "list", case.id, "--json")
    assert listed.code == 0
    rows = json.loads(listed.out)
    assert [r["id"] for r in rows] == ids
    assert rows[0] == {
        "id": ids[0], "case_id": case.id, "name": "IMG_0042.jpg", "media_type": "image/jpeg",
        "size": photo.stat().st_size, "sha256": hashlib.sha256(photo.read_bytes()).hexdigest(),
        "imported_at": rows[0]["imported_at"],
    }  # fmt: skip
    assert rows[1]["media_type"] == "text/plain"

    plain = cli("--vault", vpath, "evidence", "list", case.id)
    assert ids[0][:8] in plain.out and "IMG_0042.jpg" in plain.out and "image/jpeg" in plain.out

    shown = json.loads(cli("--vault", vpath, "evidence", "show", ids[0][:8], "--json").out)
    assert shown["description"] == "Photo of the bruise" and shown["source"] == "Victim's phone"
    assert shown["events"] == [case.events[0].id] and shown["imported_by"] == "Dana"
    assert shown["metadata"]["gps"]["latitude"] == pytest.approx(43.2381, abs=1e-4)
    text = cli("--vault", vpath, "evidence", "show", ids[0]).out
    assert "GPS position: 43.238133, 76.946000" in text and "Camera make: Canon" in text


def test_add_refuses_missing_files_before_asking(cli, setup, tmp_path: Path) -> None:
    vpath, case, photo, note = setup
    result = cli("--vault", vpath, "evidence", "add", case.id, str(photo), str(tmp_path / "nope"),
                 stdin="")  # fmt: skip
    assert result.code == 1 and "nope is not a file" in result.err
    assert json.loads(cli("--vault", vpath, "evidence", "list", case.id, "--json").out) == []


def test_add_to_unknown_case_or_event(cli, setup) -> None:
    vpath, case, photo, note = setup
    unknown = cli("--vault", vpath, "evidence", "add", "ffffffff", str(note))
    assert unknown.code == 1 and "no case with id" in unknown.err
    bad_event = cli("--vault", vpath, "evidence", "add", case.id, str(note), "--event", "abcdef")
    assert bad_event.code == 1 and "not an event of case" in bad_event.err
    assert json.loads(cli("--vault", vpath, "evidence", "list", case.id, "--json").out) == []


def test_export_original_and_clean(cli, setup, tmp_path: Path) -> None:
    vpath, case, photo, note = setup
    photo_id, note_id = cli("--vault", vpath, "evidence", "add", case.id, str(photo),
                            str(note)).out.split()  # fmt: skip
    original = tmp_path / "out" / "original.jpg"
    result = cli("--vault", vpath, "evidence", "export", photo_id, "-o", str(original))
    assert result.code == 0 and result.out.strip() == str(original)
    assert original.read_bytes() == photo.read_bytes()

    cleaned = tmp_path / "out" / "public.jpg"
    result = cli("--vault", vpath, "evidence", "export", photo_id, "-o", str(cleaned), "--clean")
    assert result.code == 0, result.err
    with Image.open(cleaned) as img:
        assert not img.getexif() and "xmp" not in img.info and img.size == (96, 64)

    refused = cli("--vault", vpath, "evidence", "export", note_id, "-o",
                  str(tmp_path / "out" / "t.txt"), "--clean")  # fmt: skip
    assert refused.code == 1
    assert "cannot reliably remove the metadata of text/plain files" in refused.err
    assert not (tmp_path / "out" / "t.txt").exists()

    custody = json.loads(cli("--vault", vpath, "evidence", "custody", photo_id, "--json").out)
    assert [(c["action"], c["details"].get("copy")) for c in custody] == [
        ("imported", None), ("exported", "original"), ("exported", "cleaned")
    ]  # fmt: skip
    assert set(custody[0]) == {"seq", "evidence_id", "case_id", "time", "action", "actor",
                               "details", "prev_hash", "hash", "signature"}  # fmt: skip
    text = cli("--vault", vpath, "evidence", "custody", photo_id[:8]).out.splitlines()
    assert len(text) == 3 and "exported" in text[2] and "copy=cleaned" in text[2]


def test_delete_keeps_custody_readable(cli, setup) -> None:
    vpath, case, photo, note = setup
    (note_id,) = cli("--vault", vpath, "evidence", "add", case.id, str(note)).out.split()
    deleted = cli("--vault", vpath, "evidence", "delete", note_id[:8], "--actor", "Dana")
    assert deleted.code == 0 and deleted.out.strip() == f"deleted {note_id}"
    assert cli("--vault", vpath, "evidence", "show", note_id).code == 1
    assert json.loads(cli("--vault", vpath, "evidence", "list", case.id, "--json").out) == []
    log = json.loads(cli("--vault", vpath, "evidence", "custody", note_id, "--json").out)
    assert [(e["action"], e["actor"]) for e in log] == [("imported", ""), ("deleted", "Dana")]
    assert cli("--vault", vpath, "verify").code == 0


def test_errors_and_exit_codes(cli, setup, tmp_path: Path) -> None:
    vpath, case, photo, note = setup
    missing = cli("--vault", vpath, "evidence", "show", "deadbeef")
    assert missing.code == 1 and "no evidence item with id 'deadbeef'" in missing.err
    assert cli("--vault", vpath, "evidence", "custody", "deadbeef").code == 1
    assert cli("--vault", vpath, "evidence", "delete", "deadbeef").code == 1
    wrong = cli("--vault", vpath, "evidence", "list", case.id, stdin="wrong passphrase\n")
    assert wrong.code == 3
    with pytest.raises(SystemExit) as usage:
        cli("--vault", vpath, "evidence", "export", "abcd")  # -o is required
    assert usage.value.code == 2
    not_vault = cli("--vault", str(tmp_path / "nothing"), "evidence", "list", case.id)
    assert not_vault.code == 3
    (note_id,) = cli("--vault", vpath, "evidence", "add", case.id, str(note)).out.split()
    into_vault = cli("--vault", vpath, "evidence", "export", note_id, "-o", vpath)
    assert into_vault.code == 1 and "into the vault directory" in into_vault.err
