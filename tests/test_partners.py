"""Identity cards, fingerprints and partners: services and CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from casebook.services import identity, partners
from casebook.services.identity import CardError
from casebook.services.partners import PartnerError
from casebook.vault.errors import NotFound
from casebook.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def other(tmp_path: Path):
    v, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF, organisation="Партнёр")
    yield v
    v.close()


def test_own_card_holds_the_vault_keys_and_a_phone_sized_fingerprint(vault: Vault) -> None:
    card = identity.own_card(vault)
    assert card.organisation == "Test Org"
    assert card.recipient == str(vault.age_identity().to_public())
    message = b"signed by the vault"
    assert card.verify(message, vault.signing_key().sign(message))
    assert not card.verify(message + b"!", vault.signing_key().sign(message))
    assert re.fullmatch(r"\d{5}( \d{5}){5}", card.fingerprint)


def test_fingerprint_depends_on_both_keys_not_the_name(vault: Vault, other: Vault) -> None:
    mine, theirs = identity.own_card(vault), identity.own_card(other)
    assert mine.fingerprint != theirs.fingerprint
    renamed = identity.Card("Another name", mine.recipient, mine.signing_key)
    assert renamed.fingerprint == mine.fingerprint
    mixed = identity.Card(mine.organisation, theirs.recipient, mine.signing_key)
    assert mixed.fingerprint not in (mine.fingerprint, theirs.fingerprint)


def test_card_text_round_trip_also_inside_a_longer_text(other: Vault) -> None:
    card = identity.own_card(other)
    text = card.to_text()
    assert identity.parse_card(text) == card
    mail = f"Hello,\nhere is our card:\n\n  {text}\n\nregards"
    assert identity.parse_card(mail) == card
    assert identity.parse_card(text).organisation == "Партнёр"


@pytest.mark.parametrize(
    "mangle, message",
    [
        (lambda t: t[:-12], "damaged"),
        (lambda t: "no card here", "no contact card"),
        (lambda t: t + "\n" + t.replace(t[-5:], "AAAAA"), "more than one"),
    ],
)
def test_bad_cards_are_refused_with_a_reason(other: Vault, mangle, message: str) -> None:
    with pytest.raises(CardError, match=message):
        identity.parse_card(mangle(identity.own_card(other).to_text()))


def test_card_with_invalid_keys_is_refused() -> None:
    good = {"organisation": "x", "recipient": "age1nope", "signing_key": "ab" * 32}
    with pytest.raises(CardError, match="age recipient"):
        identity.card_from_dict(good)


def test_add_partner_stores_card_time_and_unconfirmed(vault: Vault, other: Vault) -> None:
    card = identity.own_card(other)
    added = partners.add_partner(vault, "Partner  One", card)
    assert added.name == "Partner One"
    assert not added.is_confirmed
    [stored] = partners.list_partners(vault)
    assert stored.card == card
    assert stored.added == added.added and stored.confirmed == ""
    assert partners.find_by_signing_key(vault, card.signing_key) == stored


def test_matching_fingerprint_confirms_and_wrong_one_saves_nothing(
    vault: Vault, other: Vault
) -> None:
    card = identity.own_card(other)
    wrong = "12345 67890 12345 67890 12345 67890"
    with pytest.raises(CardError, match="does not match"):
        partners.add_partner(vault, "P", card, fingerprint=wrong)
    assert partners.list_partners(vault) == []
    added = partners.add_partner(vault, "P", card, fingerprint=card.fingerprint.replace(" ", ""))
    assert added.is_confirmed
    assert partners.get_partner(vault, "p").is_confirmed  # names are case-insensitive


def test_confirm_later_and_remove(vault: Vault, other: Vault) -> None:
    card = identity.own_card(other)
    partners.add_partner(vault, "P", card)
    with pytest.raises(CardError):
        partners.confirm_partner(vault, "P", "0" * 30)
    assert not partners.get_partner(vault, "P").is_confirmed
    assert partners.confirm_partner(vault, "P", card.fingerprint).is_confirmed
    partners.remove_partner(vault, "P")
    assert partners.list_partners(vault) == []
    with pytest.raises(NotFound):
        partners.remove_partner(vault, "P")


def test_duplicates_and_own_card_are_refused(vault: Vault, other: Vault) -> None:
    card = identity.own_card(other)
    partners.add_partner(vault, "P", card)
    with pytest.raises(PartnerError, match="already a partner named"):
        partners.add_partner(vault, "p", card)
    with pytest.raises(PartnerError, match="already stored as partner"):
        partners.add_partner(vault, "Q", card)
    with pytest.raises(PartnerError, match="own card"):
        partners.add_partner(vault, "Me", identity.own_card(vault))
    assert [p.name for p in partners.list_partners(vault)] == ["P"]


def test_recipient_resolution(vault: Vault, other: Vault) -> None:
    card = identity.own_card(other)
    partners.add_partner(vault, "P", card)
    assert partners.resolve_recipient(vault, "P").recipient == card.recipient
    by_key = partners.resolve_recipient(vault, card.recipient)
    assert by_key.partner is not None and by_key.label == "P"
    with pytest.raises(PartnerError, match="not a valid age recipient"):
        partners.resolve_recipient(vault, "age1broken")
    with pytest.raises(NotFound, match="no partner named"):
        partners.resolve_recipient(vault, "Nobody")


# --- CLI ------------------------------------------------------------------------------


def test_cli_identity_show(cli, vault: Vault, vault_dir: Path) -> None:
    card = identity.own_card(vault)
    vault.close()
    r = cli("--vault", str(vault_dir), "identity", "show")
    assert r.code == 0
    assert card.fingerprint in r.out and card.recipient in r.out and "Test Org" in r.out
    r = cli("--vault", str(vault_dir), "identity", "show", "--card")
    assert r.code == 0 and identity.parse_card(r.out) == card


def test_cli_partner_lifecycle(cli, vault: Vault, vault_dir: Path, other: Vault, tmp_path) -> None:
    vault.close()
    card = identity.own_card(other)
    card_file = tmp_path / "card.txt"
    card_file.write_text("Our card:\n" + card.to_text() + "\n", "utf-8")
    v = ("--vault", str(vault_dir))
    assert cli(*v, "partner", "add", "Almaty group", str(card_file)).code == 0
    r = cli(*v, "partner", "list")
    assert r.code == 0 and "Almaty group" in r.out and "NOT CONFIRMED" in r.out
    r = cli(*v, "partner", "confirm", "Almaty group", *card.fingerprint.split())
    assert r.code == 0
    r = cli(*v, "partner", "list", "--json")
    assert '"confirmed": "20' in r.out and card.signing_key in r.out
    r = cli(*v, "partner", "add", "Second", card.to_text())
    assert r.code == 1 and "already stored" in r.err
    assert cli(*v, "partner", "remove", "Almaty group").code == 0
    r = cli(*v, "partner", "list")
    assert "Almaty group" not in r.out
    r = cli(*v, "partner", "remove", "Almaty group")
    assert r.code == 1 and "no partner named" in r.err


def test_cli_partner_add_bad_input(cli, vault: Vault, vault_dir: Path, other: Vault) -> None:
    vault.close()
    v = ("--vault", str(vault_dir))
    r = cli(*v, "partner", "add", "X", "/no/such/file")
    assert r.code == 1 and "neither a contact card nor a file" in r.err
    text = identity.own_card(other).to_text()
    r = cli(*v, "partner", "add", "X", text, "--fingerprint", "11111 22222")
    assert r.code == 1 and "does not match" in r.err
    assert "No partners yet" in cli(*v, "partner", "list").out
