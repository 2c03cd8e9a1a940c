"""Tampered and malicious bundles are refused with nothing imported."""

from __future__ import annotations

import json
import re
import tarfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casebook.domain.model import Case
from casebook.services import bundle, identity
from casebook.services.bundle.format import BundleError
from casebook.services.cases import save_case
from casebook.vault.vault import Vault
from tests import bundle_support
from tests.bundle_support import (
    member,
    new_vault,
    open_bundle,
    regular,
    replace,
    seal,
    signature_by,
    state,
    tar_bytes,
)

pair = bundle_support.pair


@pytest.fixture
def setup(pair, tmp_path: Path):
    a, b = pair
    # b already holds one case, so "nothing imported" also means "nothing changed"
    save_case(b, Case(title="Local case", sensitivity="partners"))
    cases = [Case(title=f"Case {i}", sensitivity="partners") for i in range(2)]
    for c in cases:
        save_case(a, c)
    out = tmp_path / "good.age"
    bundle.export_bundle(a, [c.id for c in cases], ["B"], out)
    return a, b, out


def refused(b: Vault, path: Path, match: str, exc: type[Exception] = BundleError) -> None:
    before = state(b)
    with pytest.raises(exc, match=match):
        bundle.import_bundle(b, path)
    assert state(b) == before


@pytest.mark.parametrize("where", [0.02, 0.3, 0.5, 0.95, -1])
def test_flipped_byte(setup, tmp_path: Path, where: float) -> None:
    _a, b, good = setup
    data = bytearray(good.read_bytes())
    data[int(len(data) * where) if where >= 0 else len(data) - 1] ^= 0x40
    bad = tmp_path / "flipped.age"
    bad.write_bytes(bytes(data))
    refused(b, bad, "damaged|not encrypted to this vault|not an age")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, -16])
def test_truncated(setup, tmp_path: Path, keep: float) -> None:
    _a, b, good = setup
    data = good.read_bytes()
    bad = tmp_path / "truncated.age"
    bad.write_bytes(data[: int(len(data) * keep)] if keep > 0 else data[: int(keep)])
    refused(b, bad, "damaged|truncated|not an age")


def test_altered_manifest_resigned_by_another_key(setup, tmp_path: Path) -> None:
    a, b, good = setup
    members = open_bundle(good, b)
    manifest = json.loads(member(members, "manifest.json"))
    manifest["created"] = "2020-01-01T00:00:00Z"
    body = json.dumps(manifest).encode()
    forged = signature_by(Ed25519PrivateKey.generate(), body)
    # the signature block still names A's key, the signature is someone else's
    forged = re.sub(rb"signer [0-9a-f]{64}", b"signer " + identity.own_card(a).signing_key.encode(),
                    forged)  # fmt: skip
    members = replace(replace(members, "manifest.json", body), "manifest.sig", forged)
    refused(b, seal(tar_bytes(members), b, tmp_path / "bad.age"), "signature does not match")


def test_crafted_manifest_is_not_parsed_before_the_signature(setup, tmp_path: Path) -> None:
    """Anyone who knows our age recipient can send a bundle: a manifest built to break a
    JSON parser is refused on its signature (or its unknown signer), never parsed."""
    a, b, good = setup
    members = open_bundle(good, b)
    nested = b"[" * 100_000 + b"]" * 100_000
    stranger = Ed25519PrivateKey.generate()
    recipient = identity.own_card(a).recipient
    for sig, message in [
        (member(members, "manifest.sig"), "signature does not match"),
        (signature_by(stranger, nested, recipient), "not one of your partners"),
    ]:
        crafted = replace(replace(members, "manifest.json", nested), "manifest.sig", sig)
        refused(b, seal(tar_bytes(crafted), b, tmp_path / "c.age"), message)
    # even a partner's signed nonsense is reported, not a RecursionError
    crafted = replace(members, "manifest.json", nested)
    crafted = replace(crafted, "manifest.sig", signature_by(a.signing_key(), nested, recipient))
    refused(b, seal(tar_bytes(crafted), b, tmp_path / "d.age"), "not valid JSON|nested too deeply")


def test_resigned_as_someone_else_is_an_unknown_sender(setup, tmp_path: Path) -> None:
    _a, b, good = setup
    members = open_bundle(good, b)
    manifest = json.loads(member(members, "manifest.json"))
    mallory = new_vault(tmp_path / "m", "Org A")  # same name, other keys
    manifest["sender"] = identity.own_card(mallory).to_dict()
    body = json.dumps(manifest).encode()
    members = replace(members, "manifest.json", body)
    members = replace(members, "manifest.sig", signature_by(mallory.signing_key(), body))
    path = seal(tar_bytes(members), b, tmp_path / "bad.age")
    refused(b, path, identity.own_card(mallory).fingerprint, bundle.UnknownSender)
    mallory.close()


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda text: text.replace("Case 1", "Case 9"), "does not match its SHA-256"),
        (lambda text: text.replace("Case 1", "Quietly changed"), "does not have the size"),
    ],
)
def test_member_changed_after_signing(setup, tmp_path: Path, edit, message: str) -> None:
    _a, b, good = setup
    members = open_bundle(good, b)
    text = member(members, "cases/00002.json").decode()
    assert "Case 1" in text
    members = replace(members, "cases/00002.json", edit(text).encode())
    refused(b, seal(tar_bytes(members), b, tmp_path / "bad.age"), message)


def _resigned_with(a: Vault, members, edit) -> list:
    """A sender who signs something malicious: the signature is valid."""
    manifest = json.loads(member(members, "manifest.json"))
    edit(manifest)
    body = json.dumps(manifest).encode()
    members = replace(members, "manifest.json", body)
    return replace(members, "manifest.sig", signature_by(a.signing_key(), body))


@pytest.mark.parametrize(
    "name, message",
    [
        ("../cases/00002.json", r"'\.\.' in its path"),
        ("cases/../../etc/x.json", r"'\.\.' in its path"),
        ("/etc/cases.json", "absolute path"),
        ("cases/evil.sh", "does not write"),
    ],
)
def test_unsafe_member_names(setup, tmp_path: Path, name: str, message: str) -> None:
    a, b, good = setup
    members = open_bundle(good, b)

    def rename(manifest: dict) -> None:
        manifest["members"][1]["name"] = name
        manifest["cases"][1]["member"] = name

    members = _resigned_with(a, members, rename)
    members = [(regular(name) if i.name == "cases/00002.json" else i, d) for i, d in members]
    refused(b, seal(tar_bytes(members), b, tmp_path / "bad.age"), message)


def test_links_duplicates_and_extra_members(setup, tmp_path: Path) -> None:
    a, b, good = setup
    members = open_bundle(good, b)
    link = tarfile.TarInfo("cases/00003.json")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    path = seal(tar_bytes([*members, (link, b"")]), b, tmp_path / "link.age")
    refused(b, path, "links are not allowed")
    dup = [*members, members[2]]
    refused(b, seal(tar_bytes(dup), b, tmp_path / "dup.age"), "twice")
    extra = [*members, (regular("cases/00003.json"), b"{}")]
    refused(b, seal(tar_bytes(extra), b, tmp_path / "extra.age"),
            "does not list|not the one Casebook writes")  # fmt: skip
    missing = [*members[:-2], members[-1]]  # the last case, padding kept
    refused(b, seal(tar_bytes(missing), b, tmp_path / "missing.age"), "where its manifest lists")
    refused(b, seal(tar_bytes(members[:-1]), b, tmp_path / "nopad.age"), "padding")
    padded = replace(members, "padding", b"\1" + member(members, "padding")[1:])
    refused(b, seal(tar_bytes(padded), b, tmp_path / "pad.age"), "padding holds data")


def test_oversized_members(setup, tmp_path: Path) -> None:
    a, b, good = setup
    members = open_bundle(good, b)

    def huge(manifest: dict) -> None:
        manifest["members"][0]["size"] = 10**12

    signed = _resigned_with(a, members, huge)
    refused(b, seal(tar_bytes(signed), b, tmp_path / "big.age"), "beyond the limits")
    big_manifest = b" " * (17 * 1024 * 1024)
    members = replace(members, "manifest.json", big_manifest)
    refused(b, seal(tar_bytes(members), b, tmp_path / "big2.age"), "larger than Casebook")


def test_evidence_for_a_case_not_in_the_bundle_and_invalid_case(setup, tmp_path: Path) -> None:
    a, b, good = setup
    members = open_bundle(good, b)

    def other_id(manifest: dict) -> None:
        manifest["cases"][0]["id"] = "00000000-0000-4000-8000-000000000000"

    path = seal(tar_bytes(_resigned_with(a, members, other_id)), b, tmp_path / "x.age")
    refused(b, path, "another case than its manifest says")
    bad_case = b'{"format": "casebook-case/1", "title": ""}'

    def point(manifest: dict) -> None:
        import hashlib

        manifest["members"][0]["size"] = len(bad_case)
        manifest["members"][0]["sha256"] = hashlib.sha256(bad_case).hexdigest()
        manifest["cases"][0]["version"] = hashlib.sha256(bad_case).hexdigest()

    signed = replace(_resigned_with(a, members, point), "cases/00001.json", bad_case)
    refused(b, seal(tar_bytes(signed), b, tmp_path / "y.age"), "not a valid case")


def test_not_a_bundle_inside(setup, tmp_path: Path) -> None:
    _a, b, _good = setup
    path = seal(tar_bytes([(regular("notes.txt"), b"hello")]), b, tmp_path / "t.age")
    refused(b, path, "does not write|not a Casebook bundle")
    path = seal(b"plain text, no tar at all" * 40, b, tmp_path / "p.age")
    refused(b, path, "damaged tar header|not a Casebook bundle")


def test_tar_headers_and_trailer_carry_nothing_unsigned(setup, tmp_path: Path) -> None:
    """Everything outside the signed members is canonical: header fields, the zeros
    between members, the end marker."""
    _a, b, good = setup
    members = open_bundle(good, b)
    import copy

    info, data = copy.copy(members[2][0]), members[2][1]
    info.mode = 0o644  # a field the signature does not cover, used as a covert channel
    changed = [*members[:2], (info, data), *members[3:]]
    refused(b, seal(tar_bytes(changed), b, tmp_path / "h.age"), "not the one Casebook writes")
    plain = tar_bytes(members)
    refused(b, seal(plain + b"\0" * 10240, b, tmp_path / "t.age"), "data after its end")
    other_time = [(copy.copy(i), d) for i, d in members]
    for i, _d in other_time:
        i.mtime = 1
    refused(b, seal(tar_bytes(other_time), b, tmp_path / "m.age"), "creation time")
