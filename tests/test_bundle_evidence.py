"""Bundles with evidence: bytes, metadata and custody travel; duplicates are not made."""

from __future__ import annotations

import io
import json
import os
import subprocess
import tarfile
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services import bundle, evidence
from casebook.services.bundle import evidence_io
from casebook.services.cases import get_case, save_case
from casebook.vault.vault import Vault
from tests import bundle_support
from tests.bundle_support import (
    member,
    open_bundle,
    replace,
    require_age,
    seal,
    state,
    tar_bytes,
)

pair = bundle_support.pair


def add(vault: Vault, case_id: str, data: bytes, name: str, **kw) -> evidence.EvidenceItem:
    return evidence.import_stream(vault, case_id, io.BytesIO(data), original_name=name, **kw)


def with_evidence(a: Vault, n: int = 2) -> tuple[Case, list[bytes]]:
    case = Case(title="Raid on the shelter", sensitivity="partners")
    save_case(a, case)
    blobs = [os.urandom(70_000 + i) for i in range(n)]
    for i, data in enumerate(blobs):
        add(a, case.id, data, f"photo-{i}.jpg", description=f"photo {i}", source="volunteer")
    return case, blobs


def contents(vault: Vault, case_id: str) -> dict[str, bytes]:
    found = {}
    for item in evidence.list_evidence(vault, case_id):
        with evidence.open_plaintext(vault, item.id, log=False) as stream:
            found[item.original_name] = stream.read()
    return found


def test_evidence_travels_with_metadata_and_custody(pair, tmp_path: Path) -> None:
    a, b = pair
    case, blobs = with_evidence(a)
    out = tmp_path / "b.age"
    report = bundle.export_bundle(a, [case.id], ["B"], out)
    assert report.evidence == 2
    sent = evidence.list_evidence(a, case.id)
    assert [e.action for e in evidence.custody_log(a, sent[0].id)][-1] == "bundled"
    plan = bundle.inspect_bundle(b, out)
    assert (plan.cases[0].evidence_new, plan.cases[0].evidence_present) == (2, 0)
    result = bundle.import_bundle(b, out, plan=plan)
    assert len(result.evidence_ids) == 2 and result.changes.evidence
    assert contents(b, case.id) == {f"photo-{i}.jpg": d for i, d in enumerate(blobs)}
    received = {e.original_name: e for e in evidence.list_evidence(b, case.id)}
    assert received["photo-0.jpg"].description == "photo 0"
    assert received["photo-0.jpg"].source == "volunteer"
    log = evidence.custody_log(b, received["photo-0.jpg"].id)
    assert log[0].action == "received"
    # the entry travels on with the item: it names the bundle, not the partner
    assert log[0].details["from"] == "the sender of this bundle"
    own = {k: v for k, v in log[0].details.items() if k != "sender_custody"}
    assert "Org A" not in str(own) and bundle.bundle_sender(b, own["bundle_id"]) == "A"
    assert [e["action"] for e in log[0].details["sender_custody"]][0] == "imported"


def test_stock_age_shows_evidence_members(pair, tmp_path: Path) -> None:
    age = require_age()
    a, b = pair
    case, blobs = with_evidence(a, 1)
    out = tmp_path / "b.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    key = tmp_path / "key.txt"
    key.write_text(str(b.age_identity()) + "\n")
    plain = subprocess.run([age, "-d", "-i", str(key), str(out)], capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(plain.stdout), mode="r:") as tar:
        names = tar.getnames()[2:-1]
        meta = json.loads(tar.extractfile("evidence/00001.json").read())  # type: ignore[union-attr]
        data = tar.extractfile("evidence/00001.bin").read()  # type: ignore[union-attr]
    assert names == ["cases/00001.json", "evidence/00001.json", "evidence/00001.bin"]
    assert data == blobs[0] and meta["original_name"] == "photo-0.jpg"
    assert meta["custody"][0]["action"] == "imported"


def test_no_evidence_option(pair, tmp_path: Path) -> None:
    a, b = pair
    case, _ = with_evidence(a)
    out = tmp_path / "b.age"
    report = bundle.export_bundle(a, [case.id], ["B"], out, include_evidence=False)
    assert report.evidence == 0
    assert [i.name for i, _ in open_bundle(out, b)][2:] == ["cases/00001.json", "padding"]
    bundle.import_bundle(b, out)
    assert evidence.list_evidence(b, case.id) == []
    sent = evidence.list_evidence(a, case.id)
    assert "bundled" not in [e.action for e in evidence.custody_log(a, sent[0].id)]


def test_duplicate_evidence_is_not_imported_twice(pair, tmp_path: Path) -> None:
    a, b = pair
    case, blobs = with_evidence(a)
    add(a, case.id, blobs[0], "same-bytes-again.jpg")  # the bundle itself holds a duplicate
    out = tmp_path / "b.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    plan = bundle.inspect_bundle(b, out)
    assert (plan.cases[0].evidence_new, plan.cases[0].evidence_present) == (2, 1)
    bundle.import_bundle(b, out)
    assert len(evidence.list_evidence(b, case.id)) == 2
    out2 = tmp_path / "b2.age"
    bundle.export_bundle(a, [case.id], ["B"], out2)
    again = bundle.import_bundle(b, out2)
    assert again.evidence_ids == () and len(evidence.list_evidence(b, case.id)) == 2
    assert (again.plan.cases[0].evidence_new, again.plan.cases[0].evidence_present) == (0, 3)


def test_same_bytes_in_another_case_are_imported(pair, tmp_path: Path) -> None:
    a, b = pair
    case, blobs = with_evidence(a, 1)
    local = Case(title="B's own case", sensitivity="internal")
    save_case(b, local)
    add(b, local.id, blobs[0], "mine.jpg")
    out = tmp_path / "b.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    bundle.import_bundle(b, out)
    assert len(evidence.list_evidence(b, case.id)) == 1


def test_evidence_reaches_a_case_in_conflict(pair, tmp_path: Path) -> None:
    a, b = pair
    case, _ = with_evidence(a, 1)
    out = tmp_path / "first.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    bundle.import_bundle(b, out)
    for vault, text in ((a, "A's account"), (b, "B's account")):
        edited = get_case(vault, case.id)
        edited.summary = text
        save_case(vault, edited)
    add(a, case.id, os.urandom(5000), "new-photo.jpg")
    second = tmp_path / "second.age"
    bundle.export_bundle(a, [case.id], ["B"], second)
    result = bundle.import_bundle(b, second)
    assert result.plan.cases[0].action == bundle.CONFLICT
    assert get_case(b, case.id).summary == "B's account"
    assert "new-photo.jpg" in contents(b, case.id)


def test_altered_evidence_bytes_import_nothing(pair, tmp_path: Path) -> None:
    a, b = pair
    case, _ = with_evidence(a)
    out = tmp_path / "b.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    members = open_bundle(out, b)
    data = bytearray(member(members, "evidence/00002.bin"))
    data[100] ^= 0x01
    members = replace(members, "evidence/00002.bin", bytes(data))
    before = state(b)
    with pytest.raises(bundle.BundleError, match="evidence/00002.bin does not match"):
        bundle.import_bundle(b, seal(tar_bytes(members), b, tmp_path / "bad.age"))
    assert state(b) == before


def test_a_failure_half_way_takes_the_import_out_again(
    pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    case, _ = with_evidence(a, 3)
    out = tmp_path / "b.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    plan = bundle.inspect_bundle(b, out)
    real = evidence_io.receive
    calls: list[int] = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(evidence_io, "receive", failing)
    before = state(b)
    with pytest.raises(OSError, match="No space left"):
        bundle.import_bundle(b, out, plan=plan)
    assert state(b) == before  # all or nothing: not a row, not a file
    monkeypatch.setattr(evidence_io, "receive", real)
    bundle.import_bundle(b, out)
    assert len(evidence.list_evidence(b, case.id)) == 3


def test_cli_bundle_with_and_without_evidence(cli, pair, tmp_path: Path) -> None:
    a, b = pair
    case, _ = with_evidence(a)
    a_dir, b_dir = str(a.path), str(b.path)
    a.close()
    b.close()
    out = str(tmp_path / "b.age")
    r = cli("--vault", a_dir, "bundle", "export", case.id, "--to", "B", "-o", out)
    assert r.code == 0 and "2 evidence items" in r.out
    r = cli("--vault", b_dir, "bundle", "import", out)
    assert r.code == 0 and "evidence: 2 new, 0 already held" in r.out
    assert "2 evidence items added" in r.out
    r = cli("--vault", a_dir, "bundle", "export", case.id, "--to", "B", "-o", out, "--no-evidence")
    assert r.code == 0 and "0 evidence items" in r.out


def test_a_bundle_swapped_between_check_and_import_is_undone(pair, tmp_path: Path) -> None:
    a, b = pair
    case, _ = with_evidence(a, 2)
    out = tmp_path / "b.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    plan = bundle.inspect_bundle(b, out)
    members = open_bundle(out, b)  # same signed manifest, other bytes for the evidence
    data = bytearray(member(members, "evidence/00002.bin"))
    data[7] ^= 0x01
    seal(tar_bytes(replace(members, "evidence/00002.bin", bytes(data))), b, out)
    before = state(b)
    with pytest.raises(bundle.BundleError, match="evidence/00002.bin does not match"):
        bundle.import_bundle(b, out, plan=plan)
    assert state(b) == before
