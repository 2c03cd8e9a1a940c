"""A new organisation identity after a compromise, and the notice that tells partners.

`rotate_identity` makes a new Ed25519 signing key and age identity for the vault, signs
its custody log again with the new key, and returns a rotation notice signed by the old
key and by the new one: a partner who trusts the old card can take the new one without
a new fingerprint check (the old key vouches for the new, the new proves it is held).
The latest notice stays in the vault (`latest_notice`), so bundles can carry it; a
partner imports it with `casebook partner rotate` (`apply_notice`).

Text form: ``casebook-rotation/1:`` + base64url of the JSON
``{"format", "organisation", "old": card, "new": card, "time", "signatures": {"old", "new"}}``;
each signature is Ed25519 over ``casebook-rotation/1\\n`` + the canonical JSON without
"signatures".
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casebook.domain import safe_json
from casebook.domain.model import utc_now
from casebook.i18n import translate
from casebook.services.changes import Changes
from casebook.services.identity import Card, CardError, card_from_dict, own_card
from casebook.services.partners import find_by_signing_key
from casebook.vault import custody
from casebook.vault.vault import Vault

PREFIX = "casebook-rotation/1:"
FORMAT = "casebook-rotation/1"
CONTEXT = b"casebook-rotation/1\n"
META_NOTICE = "identity.rotation_notice"
META_PREVIOUS_AGE = "identity.previous_age_identities"  # bundles in transit to the old one
MAX_NOTICE_CHARS = 8192


@dataclass(frozen=True)
class RotationNotice:
    old: Card
    new: Card
    time: str


def _canonical(body: dict[str, object]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def rotate_identity(vault: Vault) -> str:
    """Replace the vault's signing key and age identity; returns the notice text."""
    old_card, old_key = own_card(vault), vault.signing_key()
    old_age = vault.get_meta("age_identity")
    new_key = Ed25519PrivateKey.generate()
    new_age = pyrage.x25519.Identity.generate()
    raw_public = new_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    new_card = Card(old_card.organisation, str(new_age.to_public()), raw_public.hex())
    body: dict[str, object] = {
        "format": FORMAT, "organisation": old_card.organisation,
        "old": old_card.to_dict(), "new": new_card.to_dict(), "time": utc_now(),
    }  # fmt: skip
    message = CONTEXT + _canonical(body)
    signatures = {"old": old_key.sign(message).hex(), "new": new_key.sign(message).hex()}
    raw = _canonical({**body, "signatures": signatures})
    notice = PREFIX + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
    previous = [x for x in vault.get_meta(META_PREVIOUS_AGE).split("\n") if x]
    private = new_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )  # fmt: skip
    from casebook.services import partners  # the same notice in the form bundles carry

    carried = partners.make_rotation_notice(old_key, old_card, new_key, new_card).to_text()
    with vault.transaction() as conn:
        set_meta = "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"
        conn.execute(set_meta, (partners.ROTATION_META, carried))
        conn.execute(set_meta, ("signing_key", private.hex()))
        conn.execute(set_meta, ("age_identity", str(new_age)))
        conn.execute(set_meta, (META_PREVIOUS_AGE, "\n".join([*previous, old_age])))
        conn.execute(set_meta, (META_NOTICE, notice))
        custody.resign_all(conn, new_key)
    return notice


def latest_notice(vault: Vault) -> str:
    """The last rotation notice of this vault ('' if it never rotated), for bundles."""
    return vault.get_meta(META_NOTICE)


def parse_notice(text: str) -> RotationNotice:
    """Check a notice: both signatures over the same body; CardError says what is wrong."""
    text = text.strip()
    if not text.startswith(PREFIX) or len(text) > MAX_NOTICE_CHARS:
        raise CardError(translate("partners", "this is not a Casebook key rotation notice"))
    token = text[len(PREFIX) :]
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        doc = safe_json.loads(raw)
    except (binascii.Error, ValueError):
        raise CardError(translate("partners", "the rotation notice is damaged")) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise CardError(translate("partners", "this is not a Casebook key rotation notice"))
    signatures = doc.pop("signatures", None)
    old, new = card_from_dict(doc.get("old")), card_from_dict(doc.get("new"))
    message = CONTEXT + _canonical(doc)
    try:
        valid = isinstance(signatures, dict) and all(
            card.verify(message, bytes.fromhex(str(signatures.get(which, ""))))
            for which, card in (("old", old), ("new", new))
        )
    except ValueError:
        valid = False
    if not valid:
        raise CardError(
            translate(
                "partners", "the rotation notice is not signed by both the old and the new key; "
                "do not use it",
            )
        )  # fmt: skip
    return RotationNotice(old, new, str(doc.get("time", "")))


def apply_notice(vault: Vault, text: str) -> tuple[str, Changes]:
    """Replace a partner's card by the new one the notice vouches for; returns the
    partner's name. The partner must be known by the old card."""
    notice = parse_notice(text)
    partner = find_by_signing_key(vault, notice.old.signing_key)
    if partner is None:
        if find_by_signing_key(vault, notice.new.signing_key) is not None:
            raise CardError(translate("partners", "this rotation notice was imported already"))
        raise CardError(
            translate("partners", "no partner has the old card of this rotation notice")
        )
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE partners SET organisation = ?, recipient = ?, signing_key = ? WHERE name = ?",
            (notice.new.organisation, notice.new.recipient, notice.new.signing_key, partner.name),
        )
    return partner.name, Changes(partners=True)
