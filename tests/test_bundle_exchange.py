"""Partner exchange that can never rewrite our cases (issue 14): proposals for protected
fields, replay, recipients, trust, padding, tombstones, custody, `case update`."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pyrage
import pytest

from casebook.domain.interchange import case_to_dict
from casebook.domain.model import Case, Event, EventDate, Person
from casebook.services import bundle, evidence, identity, partners
from casebook.services.case_update import UpdateError, update_case_json
from casebook.services.cases import delete_case, get_case, save_case
from casebook.vault.errors import NotFound
from casebook.vault.vault import Vault
from tests import bundle_support
from tests.bundle_support import case_dict, new_vault, open_bundle, seal, state, tar_bytes

pair = bundle_support.pair


def _case(vault: Vault) -> Case:
    case = Case(title="Detention after a picket", sensitivity="partners")
    case.people.append(Person("Айгерим Н.", pseudonym="A.", consent="anonymous"))
    case.events.append(Event(EventDate.parse("2024-05-02"), "arrest", description="Court"))
    save_case(vault, case)
    return case


def _send(sender: Vault, to: str, tmp_path: Path, *case_ids: str) -> Path:
    out = tmp_path / f"bundle-{len(list(tmp_path.glob('bundle-*')))}.age"
    bundle.export_bundle(sender, list(case_ids), [to], out)
    return out


def _edit_by_document(vault: Vault, case_id: str, edit) -> list[str]:  # type: ignore[no-untyped-def]
    doc = case_to_dict(get_case(vault, case_id))
    edit(doc)
    return [c.path for c in update_case_json(vault, case_id, json.dumps(doc))]


def _started(pair, tmp_path: Path) -> tuple[Vault, Vault, Case]:  # type: ignore[no-untyped-def]
    a, b = pair
    case = _case(a)
    bundle.import_bundle(b, _send(a, "B", tmp_path, case.id))
    return a, b, case


def _flip_consent(doc: dict) -> None:
    doc["people"][0]["consent"] = "named"


def test_consent_flip_becomes_a_proposal_accepted_field_by_field(pair, tmp_path: Path) -> None:
    a, b, case = _started(pair, tmp_path)
    ref = case.people[0].id
    changed = _edit_by_document(
        b, case.id, lambda d: (_flip_consent(d), d.update(summary="More facts"))
    )
    assert changed == ["summary", f"people[{ref}].consent"]
    result = bundle.import_bundle(a, _send(b, "A", tmp_path, case.id))
    assert [c.action for c in result.plan.cases] == [bundle.PROTECTED]
    assert get_case(a, case.id).people[0].consent == "anonymous"  # not applied
    assert get_case(a, case.id).summary == ""
    [proposal] = bundle.list_proposals(a)
    assert proposal.peer_name == "B" and proposal.kind == bundle.PROTECTED
    fields = {c.path: c for c in proposal.pending}
    assert set(fields) == {"summary", f"people[{ref}].consent"}
    assert fields[f"people[{ref}].consent"].protected and not fields["summary"].protected
    assert (fields[f"people[{ref}].consent"].ours, fields[f"people[{ref}].consent"].theirs) == (
        "anonymous", "named")  # fmt: skip
    bundle.accept(a, proposal.id, ["summary"])
    assert get_case(a, case.id).summary == "More facts"
    assert get_case(a, case.id).people[0].consent == "anonymous"
    [waiting] = bundle.list_proposals(a)
    assert [c.path for c in waiting.pending] == [f"people[{ref}].consent"]
    bundle.accept(a, proposal.id[:4])
    assert get_case(a, case.id).people[0].consent == "named"
    assert bundle.list_proposals(a) == []
    # B's version is now A's: the next change from B that touches nothing protected flows
    _edit_by_document(b, case.id, lambda d: d.update(status="closed"))
    result = bundle.import_bundle(a, _send(b, "A", tmp_path, case.id))
    assert [c.action for c in result.plan.cases] == [bundle.UPDATED]
    assert get_case(a, case.id).status == "closed"


def test_consent_flip_rejected_is_discarded_and_not_proposed_again(pair, tmp_path: Path) -> None:
    a, b, case = _started(pair, tmp_path)
    _edit_by_document(b, case.id, _flip_consent)
    bundle.import_bundle(a, _send(b, "A", tmp_path, case.id))
    [proposal] = bundle.list_proposals(a)
    mine = case_dict(a, case.id)
    bundle.reject(a, proposal.id)
    assert case_dict(a, case.id) == mine and bundle.list_proposals(a) == []
    again = bundle.import_bundle(a, _send(b, "A", tmp_path, case.id))  # same version, new bundle
    assert [c.action for c in again.plan.cases] == [bundle.KEPT]
    assert case_dict(a, case.id) == mine and bundle.list_proposals(a) == []


def test_removing_a_person_or_changing_sensitivity_is_protected(pair, tmp_path: Path) -> None:
    a, b, case = _started(pair, tmp_path)
    _edit_by_document(b, case.id, lambda d: d.update(people=[], sensitivity="public"))
    bundle.import_bundle(a, _send(b, "A", tmp_path, case.id))
    [proposal] = bundle.list_proposals(a)
    assert {(c.path, c.kind, c.protected) for c in proposal.pending} == {
        ("sensitivity", "changed", True),
        (f"people[{case.people[0].id}]", "removed", True),
    }
    assert len(get_case(a, case.id).people) == 1


def test_unknown_field_names_and_proposals_are_refused(pair, tmp_path: Path) -> None:
    a, b, case = _started(pair, tmp_path)
    _edit_by_document(b, case.id, _flip_consent)
    bundle.import_bundle(a, _send(b, "A", tmp_path, case.id))
    [proposal] = bundle.list_proposals(a)
    before = state(a)
    with pytest.raises(bundle.BundleError, match="no waiting field title"):
        bundle.accept(a, proposal.id, ["title"])
    with pytest.raises(NotFound):
        bundle.reject(a, "zzzz")
    assert state(a) == before


def test_replay_of_the_same_and_of_an_older_bundle_changes_nothing(pair, tmp_path: Path) -> None:
    a, b = pair
    case = _case(a)
    first = _send(a, "B", tmp_path, case.id)
    _edit_by_document(a, case.id, lambda d: d.update(summary="second"))
    second = _send(a, "B", tmp_path, case.id)
    bundle.import_bundle(b, second)
    before = state(b)
    with pytest.raises(bundle.Replayed, match="already imported"):
        bundle.import_bundle(b, second)
    with pytest.raises(bundle.Replayed, match=r"older bundle .*number 1.*number 2"):
        bundle.import_bundle(b, first)
    assert state(b) == before


def test_a_bundle_not_addressed_to_us_is_refused(tmp_path: Path) -> None:
    """A sends to C; C (or whoever holds C's laptop) re-encrypts it to us."""
    a = new_vault(tmp_path / "a", "Org A")
    b = new_vault(tmp_path / "b", "Org B")
    c = new_vault(tmp_path / "c", "Org C")
    bundle_support.befriend(a, b)
    bundle_support.befriend(a, c, b_name="C")
    case = _case(a)
    to_c = _send(a, "C", tmp_path, case.id)
    forwarded = seal(tar_bytes(open_bundle(to_c, c)), b, tmp_path / "forwarded.age")
    before = state(b)
    with pytest.raises(bundle.NotAddressed, match="not addressed to this vault"):
        bundle.import_bundle(b, forwarded)
    assert state(b) == before
    for v in (a, b, c):
        v.close()


def test_unconfirmed_partner_is_refused_until_confirmed(tmp_path: Path) -> None:
    a = new_vault(tmp_path / "a", "Org A")
    b = new_vault(tmp_path / "b", "Org B")
    partners.add_partner(a, "B", identity.own_card(b), confirmed=True)
    partners.add_partner(b, "A", identity.own_card(a))  # never compared by phone
    case = _case(a)
    path = _send(a, "B", tmp_path, case.id)
    before = state(b)
    fingerprint = identity.own_card(a).fingerprint
    with pytest.raises(bundle.UnconfirmedPartner, match=fingerprint):
        bundle.import_bundle(b, path)
    with pytest.raises(bundle.BundleError, match="does not match"):
        bundle.import_bundle(b, path, confirm_fingerprint="1" * 30)
    assert state(b) == before
    result = bundle.import_bundle(b, path, confirm_fingerprint=fingerprint.replace(" ", ""))
    assert result.plan.confirm and [c.action for c in result.plan.cases] == [bundle.NEW]
    assert partners.get_partner(b, "A").is_confirmed
    a.close()
    b.close()


def test_unknown_signer_only_with_accept_unknown_and_marked_unverified(tmp_path: Path) -> None:
    a = new_vault(tmp_path / "a", "Stranger")
    b = new_vault(tmp_path / "b", "Org B")
    case = _case(a)
    to_b = str(b.age_identity().to_public())
    out = tmp_path / "x.age"
    bundle.export_bundle(a, [case.id], [to_b], out)
    with pytest.raises(bundle.UnknownSender):
        bundle.import_bundle(b, out)
    result = bundle.import_bundle(b, out, accept_unknown=True)
    assert result.plan.unverified
    assert bundle.origin(b, case.id).unverified
    # a later change from the same unverified source is a proposal, never applied
    _edit_by_document(a, case.id, lambda d: d.update(summary="rewritten"))
    out2 = tmp_path / "y.age"
    bundle.export_bundle(a, [case.id], [to_b], out2)
    result = bundle.import_bundle(b, out2, accept_unknown=True)
    assert [c.action for c in result.plan.cases] == [bundle.UNVERIFIED]
    assert get_case(b, case.id).summary == ""
    a.close()
    b.close()


def _bundle_with(a: Vault, b: Vault, tmp_path: Path, size: int) -> int:
    """The size of the tar inside (the age header varies by a few random bytes: rage
    adds a "grease" stanza of random length)."""
    case = _case(a)
    photo = tmp_path / f"photo{size}.bin"
    photo.write_bytes(b"x" * size)
    evidence.import_file(a, case.id, photo)
    out = tmp_path / f"padded-{size}.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    return len(pyrage.decrypt(out.read_bytes(), [b.age_identity()]))


def test_padding_hides_small_differences_in_size(pair, tmp_path: Path) -> None:
    a, b = pair
    # below 64 KiB every bundle has the same size
    assert _bundle_with(a, b, tmp_path, 100) == _bundle_with(a, b, tmp_path, 40_000) == 64 * 1024
    # around 1 MB PADME buckets are 16 KiB wide: five bundles 3,000 bytes apart (12,000 in
    # all) fall into at most two buckets, one bucket apart
    sizes = sorted({_bundle_with(a, b, tmp_path, 1_000_000 + k * 3000) for k in range(5)})
    assert len(sizes) <= 2
    assert len(sizes) == 1 or sizes[1] - sizes[0] == 16 * 1024


def test_custody_of_a_bundled_item_names_no_partner(pair, tmp_path: Path) -> None:
    a, b = pair
    case = _case(a)
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8 not really a photo")
    item = evidence.import_file(a, case.id, photo)
    bundle.import_bundle(b, _send(a, "B", tmp_path, case.id))
    log = evidence.custody_log(a, item.id)
    bundled = [e for e in log if e.action == "bundled"]
    assert bundled and bundled[-1].details["to"] == "the recipient of this bundle"
    assert "B" not in json.dumps(bundled[-1].details) and "Org B" not in json.dumps(log[-1].details)


def test_deleted_here_stays_deleted_and_a_partner_deletion_is_only_proposed(
    pair, tmp_path: Path
) -> None:
    a, b, case = _started(pair, tmp_path)
    other = _case(a)
    delete_case(b, case.id)
    _edit_by_document(a, case.id, lambda d: d.update(summary="A still works on it"))
    result = bundle.import_bundle(b, _send(a, "B", tmp_path, case.id))
    assert [c.action for c in result.plan.cases] == [bundle.DELETED_HERE]
    with pytest.raises(NotFound):
        get_case(b, case.id)  # no silent resurrection
    [proposal] = bundle.list_proposals(b)
    assert [c.path for c in proposal.pending] == ["case"]
    bundle.accept(b, proposal.id)
    assert get_case(b, case.id).summary == "A still works on it"
    # now A deletes it: the tombstone travels with the next bundle, and B is asked
    delete_case(a, case.id)
    result = bundle.import_bundle(b, _send(a, "B", tmp_path, other.id))
    actions = {c.case_id: c.action for c in result.plan.cases}
    assert actions == {other.id: bundle.NEW, case.id: bundle.DELETED_THERE}
    assert get_case(b, case.id).title  # kept until a person decides
    [proposal] = bundle.list_proposals(b)
    bundle.accept(b, proposal.id)
    with pytest.raises(NotFound):
        get_case(b, case.id)


def test_case_update_writes_nothing_on_error(pair, tmp_path: Path) -> None:
    a, _b = pair
    case = _case(a)
    other = _case(a)
    before = state(a)
    doc = case_to_dict(get_case(a, case.id))
    with pytest.raises(UpdateError, match="not case"):
        update_case_json(a, other.id, json.dumps(doc))
    doc["people"][0]["ref"] = other.people[0].id
    with pytest.raises(UpdateError, match="ids of people or events of another case"):
        update_case_json(a, case.id, json.dumps(doc))
    assert update_case_json(a, case.id, json.dumps(case_to_dict(get_case(a, case.id)))) == []
    assert state(a) == before


def test_cli_review_accept_reject_and_case_update(cli, pair, tmp_path: Path) -> None:
    a, b, case = _started(pair, tmp_path)
    ref = case.people[0].id
    doc = case_to_dict(get_case(b, case.id))
    doc["people"][0]["consent"] = "named"
    doc["title"] = "Detention after a picket (appeal filed)"
    doc_file = tmp_path / "case.json"
    doc_file.write_text(json.dumps(doc))
    b_dir, a_dir = str(b.path), str(a.path)
    a.close()
    b.close()
    r = cli("--vault", b_dir, "case", "update", case.id[:8], str(doc_file))
    assert r.code == 0 and f"people[{ref}].consent: 'anonymous' -> 'named'" in r.out
    r = cli("--vault", b_dir, "case", "update", case.id[:8], str(doc_file))
    assert r.code == 0 and "Nothing changed" in r.out
    out = tmp_path / "back.age"
    assert cli("--vault", b_dir, "bundle", "export", case.id, "--to", "A", "-o", str(out)).code == 0
    r = cli("--vault", a_dir, "bundle", "import", str(out))
    assert r.code == 0 and "PROPOSAL" in r.out and "bundle review" in r.out
    r = cli("--vault", a_dir, "bundle", "review", "--json")
    [listed] = json.loads(r.out)
    assert listed["sender"] == "B" and listed["case"] == listed["case_id"] == case.id
    assert {f["field"] for f in listed["fields"]} == {"title", f"people[{ref}].consent"}
    r = cli("--vault", a_dir, "bundle", "review")
    assert f"! people[{ref}].consent" in r.out
    r = cli("--vault", a_dir, "bundle", "reject", listed["proposal"], "--fields",
            f"people[{ref}].consent")  # fmt: skip
    assert r.code == 0 and "Still waiting" in r.out and "title" in r.out
    r = cli("--vault", a_dir, "bundle", "accept", listed["proposal"])
    assert r.code == 0 and "settled" in r.out
    r = cli("--vault", a_dir, "case", "show", case.id, "--json")
    shown = json.loads(r.out)
    assert (
        shown["title"].endswith("(appeal filed)") and shown["people"][0]["consent"] == "anonymous"
    )
    assert "Nothing waits" in cli("--vault", a_dir, "bundle", "review").out


def test_stock_age_and_pyrage_read_the_v2_bundle(pair, tmp_path: Path) -> None:
    a, b = pair
    out = _send(a, "B", tmp_path, _case(a).id)
    plain = pyrage.decrypt(out.read_bytes(), [b.age_identity()])
    assert len(plain) % 512 == 0 and len(plain) >= 64 * 1024


def test_received_custody_is_verified_against_the_sender_key(pair, tmp_path: Path) -> None:
    a, b = pair
    case = _case(a)
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8 photo bytes")
    evidence.import_file(a, case.id, photo)
    out = _send(a, "B", tmp_path, case.id)
    plan = bundle.inspect_bundle(b, out)
    assert plan.cases[0].custody_problems == []
    # the sender (signing a valid bundle) altered the custody log of the item
    members = open_bundle(out, b)
    meta = json.loads(bundle_support.member(members, "evidence/00001.json"))
    meta["custody"][0]["actor"] = "someone else"
    data = json.dumps(meta).encode()
    members = bundle_support.replace(members, "evidence/00001.json", data)

    def point(manifest: dict) -> None:
        import hashlib

        entry = next(m for m in manifest["members"] if m["name"] == "evidence/00001.json")
        entry["size"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()

    manifest = json.loads(bundle_support.member(members, "manifest.json"))
    point(manifest)
    body = json.dumps(manifest).encode()
    members = bundle_support.replace(members, "manifest.json", body)
    sig = bundle_support.signature_by(a.signing_key(), body)
    members = bundle_support.replace(members, "manifest.sig", sig)
    bad = seal(tar_bytes(members), b, tmp_path / "bad.age")
    result = bundle.import_bundle(b, bad)
    [problem] = result.plan.cases[0].custody_problems
    assert problem.startswith("p.jpg: ")
    [item] = evidence.list_evidence(b, case.id)
    received = evidence.custody_log(b, item.id)[0]
    assert received.details["sender_custody_verified"] is False
    assert received.details["sender_custody_problem"]


def test_bundles_spanning_many_batches_keep_every_check(pair, tmp_path: Path) -> None:
    """Evidence larger than the 1 MiB batches the bundle is decrypted in (in a worker
    thread): damage, truncation and a wrong vault are refused, nothing changes."""
    a, b = pair
    case = _case(a)
    photo = tmp_path / "p.bin"
    photo.write_bytes(os.urandom(3 * 1024 * 1024 + 4321))
    evidence.import_file(a, case.id, photo)
    out = _send(a, "B", tmp_path, case.id)
    damaged = tmp_path / "damaged.age"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    before = state(b)
    with pytest.raises(bundle.BundleError, match="damaged or truncated"):
        bundle.import_bundle(b, damaged)
    truncated = tmp_path / "truncated.age"
    truncated.write_bytes(out.read_bytes()[: len(data) // 2])
    with pytest.raises(bundle.BundleError, match="damaged|truncated"):
        bundle.import_bundle(b, truncated)
    stranger = new_vault(tmp_path / "s", "S")
    with pytest.raises(bundle.BundleError, match="not encrypted to this vault"):
        bundle.import_bundle(stranger, out)
    stranger.close()
    assert state(b) == before
    result = bundle.import_bundle(b, out)
    assert len(result.evidence_ids) == 1
    [item] = evidence.list_evidence(b, case.id)
    assert item.sha256 == evidence.list_evidence(a, case.id)[0].sha256


def test_a_bundle_to_two_recipients_is_read_by_stock_age_with_either_key(
    pair, tmp_path: Path
) -> None:
    """The bundle is an ordinary age file with one stanza per recipient: the stock
    `age -d` (and pyrage) read it with either identity; padding and signature in it."""
    a, b = pair
    other = pyrage.x25519.Identity.generate()
    case = _case(a)
    data = os.urandom(3 * 1024 * 1024 + 777)
    photo = tmp_path / "p.bin"
    photo.write_bytes(data)
    evidence.import_file(a, case.id, photo)
    out = tmp_path / "two.age"
    bundle.export_bundle(a, [case.id], ["B", str(other.to_public())], out)
    sealed = out.read_bytes()
    assert sealed.count(b"\n-> X25519 ") == 2
    stock = shutil.which("age")
    for n, key in enumerate([b.age_identity(), other]):
        plain = pyrage.decrypt(sealed, [key])
        if stock is not None:
            key_file = tmp_path / f"key{n}.txt"
            key_file.write_text(str(key) + "\n")
            run = [stock, "-d", "-i", str(key_file), str(out)]
            assert subprocess.run(run, capture_output=True, check=True).stdout == plain
        with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
            names = tar.getnames()
            assert names[:2] == ["manifest.sig", "manifest.json"] and names[-1] == "padding"
            f = tar.extractfile("evidence/00001.bin")
            assert f is not None and f.read() == data
    with pytest.raises(bundle.BundleError, match="not encrypted to this vault"):
        bundle.import_bundle(new_vault(tmp_path / "s", "S"), out)
    [received] = bundle.import_bundle(b, out).evidence_ids
    assert evidence.list_evidence(b, case.id)[0].id == received


def test_an_ascii_armoured_bundle_is_still_read(pair, tmp_path: Path) -> None:
    """Re-encrypted by hand with `age -a` (the armoured text form), a bundle still
    imports, through age's own reader, with the same checks."""
    stock = shutil.which("age")
    if stock is None:
        pytest.skip("the stock age binary is not installed (Debian package 'age')")
    a, b = pair
    case = _case(a)
    photo = tmp_path / "p.bin"
    photo.write_bytes(os.urandom(200_000))
    evidence.import_file(a, case.id, photo)
    plain = pyrage.decrypt(_send(a, "B", tmp_path, case.id).read_bytes(), [b.age_identity()])
    recipient = str(b.age_identity().to_public())
    armoured = subprocess.run(
        [stock, "-a", "-r", recipient], input=plain, capture_output=True, check=True
    ).stdout
    assert armoured.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    (tmp_path / "armoured.age").write_bytes(armoured)
    [received] = bundle.import_bundle(b, tmp_path / "armoured.age").evidence_ids
    assert evidence.list_evidence(b, case.id)[0].id == received


def test_a_cancelled_large_export_leaves_no_file(pair, tmp_path: Path) -> None:
    import threading

    a, _b = pair
    case = _case(a)
    photo = tmp_path / "p.bin"
    photo.write_bytes(b"x" * 3_000_000)
    evidence.import_file(a, case.id, photo)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > 1_000_000:
            cancel.set()

    out = tmp_path / "out" / "b.age"
    with pytest.raises(bundle.Cancelled):
        bundle.export_bundle(a, [case.id], ["B"], out, progress=progress, cancel=cancel)
    assert list((tmp_path / "out").iterdir()) == []


def test_card_replaced_only_by_a_notice_signed_with_both_keys(cli, tmp_path: Path) -> None:
    """A rotates its keys (simulated with a fresh vault holding the new keys)."""
    a = new_vault(tmp_path / "a", "Org A")
    a2 = new_vault(tmp_path / "a2", "Org A")  # the same organisation after its rotation
    b = new_vault(tmp_path / "b", "Org B")
    bundle_support.befriend(a, b)
    partners.add_partner(a2, "B", identity.own_card(b), confirmed=True)
    old, new = identity.own_card(a), identity.own_card(a2)
    mallory = new_vault(tmp_path / "m", "Mallory")
    forged = partners.make_rotation_notice(mallory.signing_key(), old, a2.signing_key(), new)
    only_new = partners.RotationNotice(old, new, forged.old_signature, forged.new_signature)
    before = state(b)
    with pytest.raises(partners.PartnerError, match="not signed by both"):
        partners.accept_rotation(b, only_new)
    assert state(b) == before
    case = _case(a2)
    from_new_key = tmp_path / "new.age"
    bundle.export_bundle(a2, [case.id], ["B"], from_new_key)
    with pytest.raises(bundle.UnknownSender):
        bundle.import_bundle(b, from_new_key)
    notice = partners.make_rotation_notice(a.signing_key(), old, a2.signing_key(), new)
    notice_file = tmp_path / "rotation.txt"
    notice_file.write_text(notice.to_text())
    b_dir = str(b.path)
    b.close()
    r = cli("--vault", b_dir, "partner", "rotate", str(notice_file))
    assert r.code == 0 and new.fingerprint in r.out
    b = Vault.unlock(Path(b_dir), bundle_support.PASSPHRASE)
    assert partners.get_partner(b, "A").card == new and partners.get_partner(b, "A").is_confirmed
    assert [c.action for c in bundle.import_bundle(b, from_new_key).plan.cases] == [bundle.NEW]
    old_bundle = tmp_path / "old.age"
    bundle.export_bundle(a, [_case(a).id], ["B"], old_bundle)
    with pytest.raises(bundle.UnknownSender):  # the old key no longer speaks for A
        bundle.import_bundle(b, old_bundle)
    for v in (a, a2, b, mallory):
        v.close()


def test_every_case_shows_where_it_came_from(cli, pair, tmp_path: Path) -> None:
    a, b, case = _started(pair, tmp_path)
    own = _case(b)
    assert bundle.origin(b, own.id).describe() == "our own case"
    received = bundle.origin(b, case.id)
    assert received.received_from == "A" and not received.unverified and received.last_synced
    [version] = bundle.history(b, case.id)
    assert (version.origin, version.who) == ("bundle", "A") and version.bundle_id
    edited = get_case(b, case.id)
    edited.summary = "B's own note"
    save_case(b, edited)
    assert [v.origin for v in bundle.history(b, case.id)] == ["bundle", "local"]
    b_dir = str(b.path)
    b.close()
    r = cli("--vault", b_dir, "case", "history", case.id[:8])
    assert r.code == 0 and "received from A on" in r.out and "bundle (A)" in r.out
    shown = json.loads(cli("--vault", b_dir, "case", "history", case.id, "--json").out)
    assert shown["origin"]["received_from"] == "A" and len(shown["versions"]) == 2


def test_the_editor_shows_the_origin(qtbot, pair, tmp_path: Path) -> None:
    from casebook.ui.case_editor import CaseEditor

    _a, b, case = _started(pair, tmp_path)
    editor = CaseEditor()
    qtbot.addWidget(editor)
    editor.set_vault(b)
    editor.load_case(case.id)
    assert "received from A" in editor.overview.origin.text()
    editor.new_case()
    assert editor.overview.origin.text() == ""


KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
from casebook.services import bundle
from casebook.vault.vault import Vault
vault = Vault.unlock(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
def progress(done, total):
    if done > total * 0.6:
        os.kill(os.getpid(), signal.SIGKILL)
bundle.import_bundle(vault, Path(sys.argv[2]), progress=progress)
"""


def test_an_import_killed_midway_leaves_the_vault_as_before(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    a = new_vault(tmp_path / "a", "Org A")
    b = new_vault(tmp_path / "b", "Org B")
    bundle_support.befriend(a, b)
    case = _case(a)
    for n in range(3):
        photo = tmp_path / f"p{n}.bin"
        photo.write_bytes(bytes([n]) * 300_000)
        evidence.import_file(a, case.id, photo)
    out = _send(a, "B", tmp_path, case.id)
    a.close()
    before, where = state(b), b.path
    b.close()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT, str(where), str(out)],
        input=bundle_support.PASSPHRASE + "\n", text=True, capture_output=True,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    left = sorted(p.name for p in (where / "evidence").iterdir())
    assert len(left) > len(before["files"])  # staged files without rows were written
    b = Vault.unlock(where, bundle_support.PASSPHRASE)  # tidies files without rows
    assert state(b) == before
    result = bundle.import_bundle(b, out)  # and the bundle still imports whole
    assert len(result.evidence_ids) == 3
    b.close()


def test_staged_files_stay_locked_until_the_commit(pair) -> None:
    import io

    from casebook.vault import evidence_files

    a, _b = pair
    case = _case(a)
    staged: list[evidence.Staged] = []
    evidence.import_stream(a, case.id, io.BytesIO(b"bytes"), original_name="x.txt",
                           staged=staged)  # fmt: skip
    name = f"{staged[0].row.file_id}.age"
    assert evidence_files.remove_orphans(a) == []  # another window tidying: left alone
    assert (a.evidence_dir / name).exists()
    evidence.discard_staged(a, staged)
    assert not (a.evidence_dir / name).exists()


def test_a_deletion_alone_travels(pair, tmp_path: Path) -> None:
    a, b, case = _started(pair, tmp_path)
    with pytest.raises(bundle.BundleError, match="at least one case"):
        bundle.export_bundle(b, [], ["A"], tmp_path / "nothing.age")
    delete_case(a, case.id)
    out = tmp_path / "deletions.age"
    bundle.export_bundle(a, [], ["B"], out)
    result = bundle.import_bundle(b, out)
    assert [(c.case_id, c.action) for c in result.plan.cases] == [(case.id, bundle.DELETED_THERE)]
    assert get_case(b, case.id).title


def test_a_damaged_item_stops_a_large_export(pair, tmp_path: Path) -> None:
    from casebook.vault.errors import VaultDamaged

    a, _b = pair
    case = _case(a)
    photo = tmp_path / "p.bin"
    photo.write_bytes(b"y" * 200_000)
    item = evidence.import_file(a, case.id, photo)
    [stored] = list(a.evidence_dir.iterdir())
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0x01
    stored.write_bytes(bytes(data))
    out = tmp_path / "out" / "b.age"
    with pytest.raises(VaultDamaged, match="damaged in the vault"):
        bundle.export_bundle(a, [case.id], ["B"], out)
    assert list((tmp_path / "out").iterdir()) == []
    assert item.id


def test_a_bundle_carries_the_rotation_notice(tmp_path: Path) -> None:
    a = new_vault(tmp_path / "a", "Org A")
    a2 = new_vault(tmp_path / "a2", "Org A")  # A after its rotation
    b = new_vault(tmp_path / "b", "Org B")
    bundle_support.befriend(a, b)
    partners.add_partner(a2, "B", identity.own_card(b), confirmed=True)
    old, new = identity.own_card(a), identity.own_card(a2)
    stranger = new_vault(tmp_path / "s", "S")
    forged = partners.make_rotation_notice(stranger.signing_key(), old, a2.signing_key(), new)
    partners.remember_own_rotation(a2, forged)
    case = _case(a2)
    bad = tmp_path / "forged.age"
    bundle.export_bundle(a2, [case.id], ["B"], bad)
    before = state(b)
    with pytest.raises(bundle.UnknownSender):
        bundle.import_bundle(b, bad)
    assert state(b) == before
    partners.remember_own_rotation(
        a2, partners.make_rotation_notice(a.signing_key(), old, a2.signing_key(), new)
    )
    good = tmp_path / "good.age"
    bundle.export_bundle(a2, [case.id], ["B"], good)
    result = bundle.import_bundle(b, good)
    assert result.plan.rotated and result.plan.partner == "A"
    assert partners.get_partner(b, "A").card == new
    for v in (a, a2, b, stranger):
        v.close()


def test_changed_on_both_sides_offers_only_what_the_partner_changed(pair, tmp_path: Path) -> None:
    a, b, case = _started(pair, tmp_path)
    _edit_by_document(a, case.id, lambda d: d.update(title="A's title"))  # only A
    _edit_by_document(b, case.id, lambda d: d.update(summary="B's summary"))  # only B
    result = bundle.import_bundle(a, _send(b, "A", tmp_path, case.id))
    assert [c.action for c in result.plan.cases] == [bundle.CONFLICT]
    [proposal] = bundle.list_proposals(a)
    assert [c.path for c in proposal.pending] == ["summary"]  # not A's own title
    bundle.accept(a, proposal.id)
    mine = get_case(a, case.id)
    assert (mine.title, mine.summary) == ("A's title", "B's summary")  # nothing reverted
    # B goes on from its version: again only B's new change is offered
    _edit_by_document(b, case.id, lambda d: d.update(status="closed"))
    bundle.import_bundle(a, _send(b, "A", tmp_path, case.id))
    [proposal] = bundle.list_proposals(a)
    assert [c.path for c in proposal.pending] == ["status"]


def test_history_keeps_no_copy_of_local_versions_and_goes_with_the_case(
    pair, tmp_path: Path
) -> None:
    a, b, case = _started(pair, tmp_path)
    _edit_by_document(b, case.id, lambda d: d["people"][0].update(name="", pseudonym="A."))
    docs = b.conn.execute(
        "SELECT origin, document != '' FROM case_versions WHERE case_id = ? ORDER BY seq",
        (case.id,),
    ).fetchall()
    assert docs == [("bundle", 1), ("update", 0)]  # the removed name lives only in A's copy
    delete_case(b, case.id)
    assert b.conn.execute(
        "SELECT COUNT(*) FROM case_versions WHERE case_id = ?", (case.id,)
    ).fetchone() == (0,)
