"""The organisation identity of a vault as a contact card, and its fingerprint.

A card holds the organisation's name, its age recipient (X25519, for receiving
bundles) and its Ed25519 signing public key. It travels as one line of text:

    casebook-card/1:<base64url of {"organisation", "recipient", "signing_key"}>

The fingerprint is 30 digits in six groups, derived from both keys (not the name),
short enough for two people to read to each other over the phone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from casebook.i18n import translate
from casebook.vault.errors import VaultError
from casebook.vault.vault import Vault

CARD_PREFIX = "casebook-card/1:"
FINGERPRINT_GROUPS = 6
_CARD_TOKEN = re.compile(re.escape(CARD_PREFIX) + r"[A-Za-z0-9_\-]+")
_MAX_CARD_CHARS = 4096


class CardError(VaultError):
    """A contact card or fingerprint that cannot be used; the message says why."""


@dataclass(frozen=True)
class Card:
    organisation: str
    recipient: str  # "age1..."
    signing_key: str  # Ed25519 public key, 64 hex digits

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.recipient, self.signing_key)

    def public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(self.signing_key))

    def age_recipient(self) -> pyrage.x25519.Recipient:
        return pyrage.x25519.Recipient.from_str(self.recipient)

    def to_dict(self) -> dict[str, str]:
        return {
            "organisation": self.organisation,
            "recipient": self.recipient,
            "signing_key": self.signing_key,
        }

    def to_text(self) -> str:
        raw = json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8")
        return CARD_PREFIX + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")

    def verify(self, data: bytes, signature: bytes) -> bool:
        try:
            self.public_key().verify(signature, data)
        except InvalidSignature:
            return False
        return True


def fingerprint_of(recipient: str, signing_key_hex: str) -> str:
    """Six groups of five digits from SHA-256 over both keys (about 100 bits)."""
    digest = hashlib.sha256(
        b"casebook-fingerprint/1\0" + bytes.fromhex(signing_key_hex) + recipient.encode("ascii")
    ).digest()
    groups = []
    for i in range(FINGERPRINT_GROUPS):
        chunk = int.from_bytes(digest[i * 5 : i * 5 + 5], "big")
        groups.append(f"{chunk % 100000:05d}")
    return " ".join(groups)


def normalise_fingerprint(text: str) -> str:
    """The digits of a fingerprint as typed or read out ("12345 67890 ..." or without spaces)."""
    return "".join(ch for ch in text if ch.isdigit())


def fingerprints_match(card: Card, typed: str) -> bool:
    return normalise_fingerprint(typed) == normalise_fingerprint(card.fingerprint)


def own_card(vault: Vault) -> Card:
    """The card of this vault's organisation."""
    public = vault.signing_key().public_key()
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    recipient = str(vault.age_identity().to_public())
    return Card(vault.get_meta("organisation"), recipient, raw.hex())


def sign(vault: Vault, data: bytes) -> bytes:
    return vault.signing_key().sign(data)


def card_from_dict(data: object) -> Card:
    """A card from its JSON form, with both keys checked."""
    if not isinstance(data, dict):
        raise CardError(translate("partners", "the contact card is not an object"))
    organisation, recipient, signing = (
        data.get("organisation", ""), data.get("recipient"), data.get("signing_key"),
    )  # fmt: skip
    if not isinstance(organisation, str) or len(organisation) > 500:
        raise CardError(translate("partners", "the contact card has no valid organisation name"))
    if not isinstance(recipient, str):
        raise CardError(translate("partners", "the contact card has no age recipient"))
    try:
        pyrage.x25519.Recipient.from_str(recipient)
    except pyrage.RecipientError:
        raise CardError(
            translate("partners", "the contact card's age recipient is not valid")
        ) from None
    if not isinstance(signing, str) or not re.fullmatch(r"[0-9a-f]{64}", signing):
        raise CardError(
            translate("partners", "the contact card's signing key is not 64 hexadecimal digits")
        )
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(signing))
    except ValueError:
        raise CardError(
            translate("partners", "the contact card's signing key is not valid")
        ) from None
    return Card(organisation.strip(), recipient, signing)


def parse_card(text: str) -> Card:
    """A card from its one-line form, also when it is part of a longer text (a mail, the
    output of `casebook identity show`)."""
    if len(text) > 1024 * 1024:
        raise CardError(translate("partners", "that is far too long to be a contact card"))
    found = _CARD_TOKEN.findall(text)
    if not found:
        raise CardError(
            translate("partners", "no contact card found: a card starts with {prefix!r}").format(
                prefix=CARD_PREFIX
            )
        )
    if len(set(found)) > 1:
        raise CardError(translate("partners", "more than one contact card found; give one"))
    token = found[0][len(CARD_PREFIX) :]
    if len(token) > _MAX_CARD_CHARS:
        raise CardError(translate("partners", "the contact card is too long"))
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError):
        raise CardError(
            translate("partners", "the contact card is damaged (it may have been cut when copied)")
        ) from None
    return card_from_dict(data)
