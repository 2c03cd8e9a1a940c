"""Bundles: writing, reading with stock tools, importing; the CLI."""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services import bundle, identity
from casebook.services.cases import save_case
from casebook.services.demo import demo_cases
from casebook.vault.vault import Vault
from tests import bundle_support
from tests.bundle_support import (
    case_dict,
    cases_of,
    new_vault,
    require_age,
    state,
)
from tests.conftest import files_containing

MARKER = "Zhanar-Marker-Qx7"


pair = bundle_support.pair


def shared_case(vault: Vault, title: str = "Detention after a picket", **kw) -> Case:
    case = Case(title=title, sensitivity="partners", summary=f"{MARKER} was detained.", **kw)
    save_case(vault, case)
    return case


def test_bundle_round_trip_adds_the_case_as_it_was(pair, tmp_path: Path) -> None:
    a, b = pair
    cases = [c for c in demo_cases() if c.sensitivity != "internal"]
    for c in cases:
        save_case(a, c, touch=False)
    out = tmp_path / "out" / "to-b.age"
    report = bundle.export_bundle(a, [c.id for c in cases], ["B"], out)
    assert report.case_ids == tuple(c.id for c in cases) and report.recipients == ("B",)
    plan = bundle.inspect_bundle(b, out)
    assert plan.partner == "A" and plan.sender == identity.own_card(a)
    assert [(c.case_id, c.action) for c in plan.cases] == [(c.id, bundle.NEW) for c in cases]
    assert cases_of(b) == {}  # inspecting changes nothing
    result = bundle.import_bundle(b, out, plan=plan)
    assert set(result.changes.case_ids) == {c.id for c in cases}
    assert cases_of(b) == cases_of(a)


def test_stock_age_decrypts_a_bundle_to_an_inspectable_tar(pair, tmp_path: Path) -> None:
    age = require_age()
    a, b = pair
    case = shared_case(a)
    out = tmp_path / "bundle.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    key_file = tmp_path / "b-identity.txt"  # the partner's own key file, for stock age
    key_file.write_text(str(b.age_identity()) + "\n")
    plain = subprocess.run(
        [age, "-d", "-i", str(key_file), str(out)], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        names = tar.getnames()
        manifest = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
        body = json.loads(tar.extractfile("cases/00001.json").read())  # type: ignore[union-attr]
    assert names == ["manifest.sig", "manifest.json", "cases/00001.json", "padding"]
    assert manifest["format"] == "casebook-bundle/2"
    assert [r["recipient"] for r in manifest["recipients"]] == [identity.own_card(b).recipient]
    assert manifest["cases"][0]["version"] == manifest["members"][0]["sha256"]
    assert manifest["sender"]["signing_key"] == identity.own_card(a).signing_key
    assert manifest["members"][0]["name"] == "cases/00001.json"
    assert body == case_dict(a, case.id)
    wrong = subprocess.run([age, "-d", "-i", str(key_file), str(key_file)], capture_output=True)
    assert wrong.returncode != 0


def test_no_plaintext_reaches_the_disk(pair, tmp_path: Path, _isolated_home: Path) -> None:
    a, b = pair
    case = shared_case(a)
    out = tmp_path / "bundle.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    bundle.import_bundle(b, out)
    assert MARKER in json.dumps(case_dict(b, case.id))
    assert files_containing([tmp_path, _isolated_home], MARKER.encode()) == []


def test_internal_cases_need_force(pair, tmp_path: Path) -> None:
    a, b = pair
    case = Case(title="Internal notes", sensitivity="internal")
    save_case(a, case)
    out = tmp_path / "bundle.age"
    with pytest.raises(bundle.BundleError, match="marked internal"):
        bundle.export_bundle(a, [case.id], ["B"], out)
    assert not out.exists()
    bundle.export_bundle(a, [case.id], ["B"], out, force=True)
    bundle.import_bundle(b, out)
    assert case_dict(b, case.id)["sensitivity"] == "internal"


def test_several_recipients_and_a_bare_age_recipient(pair, tmp_path: Path) -> None:
    a, b = pair
    c = new_vault(tmp_path / "c", "Third Org")
    case = shared_case(a)
    out = tmp_path / "bundle.age"
    third = str(c.age_identity().to_public())
    report = bundle.export_bundle(a, [case.id], ["B", third], out)
    assert report.recipients == ("B", third)
    bundle.import_bundle(b, out)
    bundle.import_bundle(c, out, accept_unknown=True)
    assert cases_of(b) == cases_of(c) == cases_of(a)
    c.close()


def test_unknown_signer_is_named_by_fingerprint_and_refused(tmp_path: Path) -> None:
    a = new_vault(tmp_path / "a", "Stranger")
    b = new_vault(tmp_path / "b", "Receiver")
    case = shared_case(a)
    out = tmp_path / "bundle.age"
    bundle.export_bundle(a, [case.id], [str(b.age_identity().to_public())], out)
    before = state(b)
    with pytest.raises(bundle.UnknownSender) as caught:
        bundle.inspect_bundle(b, out)
    assert identity.own_card(a).fingerprint in str(caught.value)
    with pytest.raises(bundle.UnknownSender):
        bundle.import_bundle(b, out)
    assert state(b) == before
    plan = bundle.inspect_bundle(b, out, accept_unknown=True)
    assert plan.partner == "" and "not a known partner" in plan.sender_label
    bundle.import_bundle(b, out, accept_unknown=True)
    assert case.id in cases_of(b)
    a.close()
    b.close()


def test_a_bundle_for_someone_else_is_refused_clearly(pair, tmp_path: Path) -> None:
    a, b = pair
    case = shared_case(a)
    out = tmp_path / "bundle.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    with pytest.raises(bundle.BundleError, match="not encrypted to this vault"):
        bundle.inspect_bundle(a, out)
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"this is not an age file\n" * 10)
    with pytest.raises(bundle.BundleError, match="not an age-encrypted bundle"):
        bundle.inspect_bundle(b, junk)


def test_export_refuses_bad_requests(pair, tmp_path: Path) -> None:
    a, _b = pair
    case = shared_case(a)
    with pytest.raises(bundle.BundleError, match="outside the vault"):
        bundle.export_bundle(a, [case.id], ["B"], a.path / "x.age")
    with pytest.raises(bundle.BundleError, match="at least one recipient"):
        bundle.export_bundle(a, [case.id], [], tmp_path / "x.age")
    with pytest.raises(bundle.BundleError, match="at least one case"):
        bundle.export_bundle(a, [], ["B"], tmp_path / "x.age")
    assert not (tmp_path / "x.age").exists()


def test_cancelled_export_leaves_no_file(pair, tmp_path: Path) -> None:
    import threading

    a, _b = pair
    case = shared_case(a)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(bundle.Cancelled):
        bundle.export_bundle(a, [case.id], ["B"], tmp_path / "x.age", cancel=cancel)
    assert list(tmp_path.glob("*x.age*")) == []


# --- CLI ------------------------------------------------------------------------------


def test_cli_export_and_import(cli, pair, tmp_path: Path) -> None:
    a, b = pair
    case = shared_case(a)
    internal = Case(title="Internal", sensitivity="internal")
    save_case(a, internal)
    a_dir, b_dir = str(a.path), str(b.path)
    a.close()
    b.close()
    out = str(tmp_path / "b.age")
    r = cli("--vault", a_dir, "bundle", "export", case.id[:8], internal.id, "--to", "B", "-o", out)
    assert r.code == 1 and "marked internal" in r.err and not Path(out).exists()
    r = cli("--vault", a_dir, "bundle", "export", case.id[:8], "--to", "B", "-o", out)
    assert r.code == 0 and "1 case," in r.out and "without the redaction" in r.out
    r = cli("--vault", b_dir, "bundle", "import", out, "--dry-run")
    assert r.code == 0 and "partner 'A'" in r.out and "new" in r.out and "nothing" in r.out
    r = cli("--vault", b_dir, "bundle", "import", out)
    assert r.code == 0 and "1 case changed" in r.out
    r = cli("--vault", b_dir, "bundle", "import", out)
    assert r.code == 1 and "already imported" in r.err
    r = cli("--vault", b_dir, "case", "list")
    assert "Detention after a picket" in r.out


def test_cli_import_refuses_unknown_and_damaged(cli, tmp_path: Path) -> None:
    a = new_vault(tmp_path / "a", "Stranger")
    b = new_vault(tmp_path / "b", "Receiver")
    case = shared_case(a)
    out = tmp_path / "bundle.age"
    bundle.export_bundle(a, [case.id], [str(b.age_identity().to_public())], out)
    fingerprint = identity.own_card(a).fingerprint
    b_dir = str(b.path)
    a.close()
    b.close()
    r = cli("--vault", b_dir, "bundle", "import", str(out))
    assert r.code == 1 and fingerprint in r.err and "--accept-unknown" in r.err
    damaged = tmp_path / "damaged.age"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    r = cli("--vault", b_dir, "bundle", "import", str(damaged), "--accept-unknown")
    assert r.code == 1 and "damaged" in r.err
    assert "Detention" not in cli("--vault", b_dir, "case", "list").out
    r = cli("--vault", b_dir, "bundle", "import", str(out), "--accept-unknown")
    assert r.code == 0
    assert "Detention" in cli("--vault", b_dir, "case", "list").out
