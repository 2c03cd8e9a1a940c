"""Helpers for the backup and bundle tests: vaults, state snapshots, bundle surgery.

Bundle surgery happens in memory only (decrypt, edit the tar, re-encrypt), as an
attacker on the way would do it.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casebook.domain.interchange import case_to_dict
from casebook.services import identity, partners
from casebook.services.bundle.format import SIGNING_CONTEXT
from casebook.services.bundle.manifest import signature_text
from casebook.services.cases import get_case
from casebook.vault import cases as repo
from casebook.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def new_vault(path: Path, organisation: str) -> Vault:
    vault, _recovery = Vault.create(path, PASSPHRASE, kdf=FAST_KDF, organisation=organisation)
    return vault


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    """Two vaults, "Org A" and "Org B", that know each other as partners A and B."""
    a = new_vault(tmp_path / "a", "Org A")
    b = new_vault(tmp_path / "b", "Org B")
    befriend(a, b)
    yield a, b
    a.close()
    b.close()


def befriend(a: Vault, b: Vault, a_name: str = "A", b_name: str = "B") -> None:
    """Each vault stores the other as a partner: a knows b as b_name, b knows a as a_name."""
    partners.add_partner(a, b_name, identity.own_card(b), confirmed=True)
    partners.add_partner(b, a_name, identity.own_card(a), confirmed=True)


def cases_of(vault: Vault) -> dict[str, dict[str, Any]]:
    ids = [r[0] for r in vault.conn.execute("SELECT id FROM cases ORDER BY id")]
    return {i: case_to_dict(repo.get_case(vault.conn, i)) for i in ids}


def case_dict(vault: Vault, case_id: str) -> dict[str, Any]:
    return case_to_dict(get_case(vault, case_id))


def state(vault: Vault) -> dict[str, Any]:
    """Everything an import may touch, to show that a refused one touched nothing."""
    tables = ("case_sync", "case_proposals", "case_versions", "bundles_received", "evidence",
              "evidence_events", "custody", "meta", "partners")  # fmt: skip
    rows = {t: sorted(map(tuple, vault.conn.execute(f"SELECT * FROM {t}"))) for t in tables}
    files = sorted(p.name for p in vault.evidence_dir.iterdir())
    return {"cases": cases_of(vault), "rows": rows, "files": files}


def require_age() -> str:
    """The stock age binary; skipped with a reason where it is missing, failing in CI."""
    found = shutil.which("age")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("the age binary is required in CI (Debian package 'age', see .ci/run)")
    pytest.skip("the stock 'age' binary is not installed (apt-get install age)")


# --- bundle surgery ------------------------------------------------------------------


def open_bundle(path: Path, vault: Vault) -> list[tuple[tarfile.TarInfo, bytes]]:
    plain = pyrage.decrypt(path.read_bytes(), [vault.age_identity()])
    members = []
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        for info in tar.getmembers():
            f = tar.extractfile(info)
            members.append((info, f.read() if f else b""))
    return members


def tar_bytes(members: list[tuple[tarfile.TarInfo, bytes]]) -> bytes:
    """The members as a tar stream ending like Casebook's: two zero blocks, no padding
    to tar's 10 KiB records (a format 2 bundle allows nothing after its end)."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for info, data in members:
            info = _copy(info)
            if info.isreg():
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            else:
                tar.addfile(info)
        end = tar.offset
    return out.getvalue()[: end + 2 * tarfile.BLOCKSIZE]


def _copy(info: tarfile.TarInfo) -> tarfile.TarInfo:
    new = tarfile.TarInfo(info.name)
    new.type, new.mode, new.mtime, new.linkname = info.type, info.mode, info.mtime, info.linkname
    return new


def seal(plain_tar: bytes, vault: Vault, out: Path) -> Path:
    """Encrypt a tar to `vault`'s recipient, as anyone who knows the recipient can."""
    out.write_bytes(pyrage.encrypt(plain_tar, [vault.age_identity().to_public()]))
    return out


def member(members: list[tuple[tarfile.TarInfo, bytes]], name: str) -> bytes:
    return next(data for info, data in members if info.name == name)


def replace(
    members: list[tuple[tarfile.TarInfo, bytes]], name: str, data: bytes
) -> list[tuple[tarfile.TarInfo, bytes]]:
    return [(i, data if i.name == name else d) for i, d in members]


def signature_by(key: Ed25519PrivateKey, manifest: bytes, recipient: str = "") -> bytes:
    """manifest.sig (format 2) by `key`, naming `recipient` or the manifest's sender's."""
    if not recipient:
        recipient = json.loads(manifest)["sender"]["recipient"]
    return signature_text(key, recipient, manifest)


def signature_v1(key: Ed25519PrivateKey, manifest: bytes) -> bytes:
    return key.sign(SIGNING_CONTEXT + manifest).hex().encode() + b"\n"


def regular(name: str) -> tarfile.TarInfo:
    return tarfile.TarInfo(name)
