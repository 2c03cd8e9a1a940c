"""A new organisation identity: custody re-signed, a notice signed by old and new keys."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from casebook.services.evidence import import_file
from casebook.services.identity import CardError, own_card
from casebook.services.partners import add_partner, get_partner
from casebook.services.rotation import PREFIX, apply_notice, latest_notice, rotate_identity
from casebook.services.verify import verify_vault
from casebook.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.test_evidence_support import make_case, write


@pytest.fixture
def partner(tmp_path: Path):
    other, _ = Vault.create(tmp_path / "partner", PASSPHRASE, kdf=FAST_KDF, organisation="B")
    yield other
    other.close()


def test_rotation_replaces_the_identity_and_keeps_custody_valid(
    vault: Vault, partner: Vault, tmp_path: Path
) -> None:
    case = make_case(vault)
    import_file(vault, case.id, write(tmp_path / "a.txt", b"evidence"))
    old = own_card(vault)
    add_partner(partner, "Org A", old, confirmed=True)
    notice = rotate_identity(vault)
    new = own_card(vault)
    assert new.signing_key != old.signing_key and new.recipient != old.recipient
    assert verify_vault(vault) == []  # the custody log, signed again with the new key
    assert latest_notice(vault) == notice

    name, changes = apply_notice(partner, notice)
    assert name == "Org A" and changes.partners
    updated = get_partner(partner, "Org A")
    assert updated.card == new and updated.is_confirmed
    with pytest.raises(CardError, match="already"):
        apply_notice(partner, notice)


def test_a_notice_not_signed_by_both_keys_is_refused(
    vault: Vault, partner: Vault, tmp_path: Path
) -> None:
    add_partner(partner, "Org A", own_card(vault), confirmed=True)
    notice = rotate_identity(vault)
    doc = json.loads(base64.urlsafe_b64decode(notice[len(PREFIX) :] + "=="))
    thief, _ = Vault.create(tmp_path / "thief", PASSPHRASE, kdf=FAST_KDF, organisation="A")
    doc["new"] = own_card(thief).to_dict()  # the attacker's card in place of the new one
    thief.close()
    forged = PREFIX + base64.urlsafe_b64encode(json.dumps(doc).encode()).decode().rstrip("=")
    with pytest.raises(CardError, match="not signed by both"):
        apply_notice(partner, forged)
    with pytest.raises(CardError, match="not a Casebook key rotation notice"):
        apply_notice(partner, "casebook-card/1:abc")
    assert get_partner(partner, "Org A").card.signing_key == doc["old"]["signing_key"]


def test_cli_rekey_with_new_identity_and_partners_rotate(
    cli, vault: Vault, vault_dir: Path, partner: Vault, tmp_path: Path
) -> None:
    add_partner(partner, "Org A", own_card(vault), confirmed=True)
    partner_dir = partner.path
    partner.close()
    vault.close()
    new = "a whole new passphrase after the raid 42"
    notice_file = tmp_path / "notice.txt"
    result = cli(
        "--vault", str(vault_dir), "rekey", "--new-identity", "--notice-file", str(notice_file),
        stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n{new}\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert notice_file.read_text().startswith(PREFIX) and PREFIX in result.out
    result = cli("--vault", str(partner_dir), "partner", "rotate", str(notice_file))
    assert result.code == 0 and "Org A" in result.out, result.err
    with Vault.unlock(vault_dir, new) as a, Vault.unlock(partner_dir, PASSPHRASE) as b:
        assert get_partner(b, "Org A").card == own_card(a)
        assert verify_vault(a) == []
