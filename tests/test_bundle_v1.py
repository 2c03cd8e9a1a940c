"""A bundle written by the release before bundle format 2 still imports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebook.services import bundle, identity, partners
from casebook.services.cases import get_case
from casebook.services.evidence import list_evidence
from casebook.vault.vault import Vault
from tests import bundle_support

DATA = Path(__file__).parent / "data" / "bundle-v1"
PASSPHRASE = "bundle-v1 test passphrase, not secret"


def _receiver(tmp_path: Path) -> Vault:
    target = tmp_path / "receiver"
    shutil.copytree(DATA / "receiver", target)
    return Vault.unlock(target, PASSPHRASE)


def test_v1_bundle_from_a_confirmed_partner_imports(tmp_path: Path) -> None:
    vault = _receiver(tmp_path)
    try:
        card = identity.parse_card((DATA / "sender.card").read_text())
        partners.add_partner(vault, "A", card, confirmed=True)
        result = bundle.import_bundle(vault, DATA / "bundle.age")
        assert [c.action for c in result.plan.cases] == [bundle.NEW, bundle.NEW]
        assert result.plan.partner == "A"
        first = result.plan.cases[0].case_id
        assert get_case(vault, first).title
        items = list_evidence(vault, first)
        assert (
            len(items) == 1
            and items[0].size == len(b"a stand-in for a photo of the court notice\n") * 100
        )
        before = bundle_support.state(vault)
        with pytest.raises(bundle.Replayed, match="already imported"):
            bundle.import_bundle(vault, DATA / "bundle.age")
        assert bundle_support.state(vault) == before
    finally:
        vault.close()
