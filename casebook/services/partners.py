"""Partner organisations: their contact cards, kept in the vault under a local name."""

from __future__ import annotations

from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casebook.domain.model import utc_now
from casebook.i18n import translate
from casebook.services.changes import Changes
from casebook.services.identity import Card, CardError, fingerprints_match, own_card
from casebook.vault.db import Connection, IntegrityError
from casebook.vault.errors import NotFound, VaultError
from casebook.vault.vault import Vault

_COLS = "name, organisation, recipient, signing_key, added, confirmed"


class PartnerError(VaultError):
    """A partner that cannot be added, found or used; the message says why."""


@dataclass(frozen=True)
class Partner:
    name: str
    card: Card
    added: str
    confirmed: str  # time the fingerprint was confirmed, "" if not yet

    @property
    def is_confirmed(self) -> bool:
        return bool(self.confirmed)

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            **self.card.to_dict(),
            "fingerprint": self.card.fingerprint,
            "added": self.added,
            "confirmed": self.confirmed,
        }


def _row(row: tuple[str, ...]) -> Partner:
    name, organisation, recipient, signing_key, added, confirmed = row
    return Partner(name, Card(organisation, recipient, signing_key), added, confirmed)


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise PartnerError(translate("partners", "give the partner a name"))
    if len(name) > 200:
        raise PartnerError(
            translate("partners", "the partner's name is too long (200 characters at most)")
        )
    if name.startswith("age1"):
        raise PartnerError(
            translate("partners", "a partner's name cannot start with 'age1' (recipients begin so)")
        )
    return name


def add_partner(
    vault: Vault, name: str, card: Card, *, fingerprint: str = "", confirmed: bool = False
) -> Partner:
    """Store a partner's card. `fingerprint`, when given, must match the card's (as read
    out over the phone) and marks it confirmed; `confirmed` marks it so directly."""
    name = _clean_name(name)
    if fingerprint and not fingerprints_match(card, fingerprint):
        raise CardError(
            translate(
                "partners", "the fingerprint does not match this card; do not use it before you "
                "have found out why (nothing was saved)",
            )
        )  # fmt: skip
    if card.signing_key == own_card(vault).signing_key:
        raise PartnerError(translate("partners", "that is this vault's own card"))
    now = utc_now()
    partner = Partner(name, card, now, now if (fingerprint or confirmed) else "")
    try:
        with vault.transaction() as conn:
            _refuse_duplicates(conn, partner)
            conn.execute(
                f"INSERT INTO partners ({_COLS}) VALUES (?, ?, ?, ?, ?, ?)",
                (name, card.organisation, card.recipient, card.signing_key, now, partner.confirmed),
            )
    except IntegrityError:
        raise PartnerError(
            translate("partners", "a partner named {name!r} or with this card already exists")
            .format(name=name)
        ) from None  # fmt: skip
    return partner


def _refuse_duplicates(conn: Connection, partner: Partner) -> None:
    rows = conn.execute(
        "SELECT name FROM partners WHERE name = ? OR recipient = ? OR signing_key = ?",
        (partner.name, partner.card.recipient, partner.card.signing_key),
    ).fetchall()
    for (existing,) in rows:
        if existing.casefold() == partner.name.casefold():
            raise PartnerError(
                translate("partners", "there is already a partner named {name!r}").format(
                    name=existing
                )
            )
        raise PartnerError(
            translate("partners", "this card is already stored as partner {name!r}").format(
                name=existing
            )
        )


def list_partners(vault: Vault) -> list[Partner]:
    rows = vault.conn.execute(f"SELECT {_COLS} FROM partners ORDER BY name COLLATE NOCASE")
    return [_row(r) for r in rows.fetchall()]


def get_partner(vault: Vault, name: str) -> Partner:
    row = vault.conn.execute(
        f"SELECT {_COLS} FROM partners WHERE name = ?", (" ".join(name.split()),)
    ).fetchone()
    if row is None:
        raise NotFound(
            translate("partners", "no partner named {name!r} (see 'casebook partner list')")
            .format(name=name)
        )  # fmt: skip
    return _row(row)


def find_by_signing_key(vault: Vault, signing_key: str) -> Partner | None:
    row = vault.conn.execute(
        f"SELECT {_COLS} FROM partners WHERE signing_key = ?", (signing_key,)
    ).fetchone()
    return _row(row) if row else None


def find_by_recipient(vault: Vault, recipient: str) -> Partner | None:
    row = vault.conn.execute(
        f"SELECT {_COLS} FROM partners WHERE recipient = ?", (recipient,)
    ).fetchone()
    return _row(row) if row else None


def confirm_partner(vault: Vault, name: str, fingerprint: str) -> Partner:
    """Mark a partner's fingerprint as confirmed, if `fingerprint` matches it."""
    partner = get_partner(vault, name)
    if not fingerprints_match(partner.card, fingerprint):
        raise CardError(
            translate("partners", "the fingerprint does not match the card of {name!r}").format(
                name=partner.name
            )
        )
    now = utc_now()
    with vault.transaction() as conn:
        conn.execute("UPDATE partners SET confirmed = ? WHERE name = ?", (now, partner.name))
    return Partner(partner.name, partner.card, partner.added, now)


def remove_partner(vault: Vault, name: str) -> Changes:
    partner = get_partner(vault, name)
    with vault.transaction() as conn:
        conn.execute("DELETE FROM partners WHERE name = ?", (partner.name,))
    return Changes(partners=True)


@dataclass(frozen=True)
class Recipient:
    """Someone a bundle is encrypted to: a partner, or a bare age recipient."""

    label: str
    recipient: str
    partner: Partner | None


def resolve_recipient(vault: Vault, text: str) -> Recipient:
    """A partner name or an age recipient ("age1...")."""
    text = text.strip()
    if text.startswith("age1"):
        try:
            pyrage.x25519.Recipient.from_str(text)
        except pyrage.RecipientError:
            raise PartnerError(
                translate("partners", "{text!r} is not a valid age recipient").format(text=text)
            ) from None
        partner = find_by_recipient(vault, text)
        return Recipient(partner.name if partner else text, text, partner)
    partner = get_partner(vault, text)
    return Recipient(partner.name, partner.card.recipient, partner)


# --- key rotation ------------------------------------------------------------------------
#
# A partner's card changes only through a rotation notice signed by BOTH their old key
# and their new one (or by removing and adding them again after a phone comparison).
# The notice is made by the vault that rotates its keys (the key-lifecycle work builds
# it when it rotates: make_rotation_notice is the hook it calls) and travels as text:
#
#     casebook-rotation/1
#     old <card line>
#     new <card line>
#     old-signature <hex>
#     new-signature <hex>
#
# Both signatures cover ROTATION_CONTEXT + old card line + "\n" + new card line + "\n".

ROTATION_HEADER = "casebook-rotation/1"
ROTATION_META = "rotation_notice"  # this vault's own notice, carried by its bundles
ROTATION_CONTEXT = b"casebook-rotation/1 notice\n"


@dataclass(frozen=True)
class RotationNotice:
    old: Card
    new: Card
    old_signature: bytes
    new_signature: bytes

    def message(self) -> bytes:
        return ROTATION_CONTEXT + (self.old.to_text() + "\n" + self.new.to_text() + "\n").encode()

    def to_text(self) -> str:
        return (
            f"{ROTATION_HEADER}\nold {self.old.to_text()}\nnew {self.new.to_text()}\n"
            f"old-signature {self.old_signature.hex()}\nnew-signature {self.new_signature.hex()}\n"
        )


def make_rotation_notice(
    old_key: Ed25519PrivateKey, old: Card, new_key: Ed25519PrivateKey, new: Card
) -> RotationNotice:
    """The notice a vault gives its partners when it replaces its keys."""
    unsigned = RotationNotice(old, new, b"", b"")
    message = unsigned.message()
    return RotationNotice(old, new, old_key.sign(message), new_key.sign(message))


def parse_rotation_notice(text: str) -> RotationNotice:
    from casebook.services.identity import parse_card

    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    fields = dict(line.split(" ", 1) for line in lines[1:] if " " in line)
    if not lines or lines[0] != ROTATION_HEADER or set(fields) != {
        "old", "new", "old-signature", "new-signature"
    }:  # fmt: skip
        raise PartnerError(translate("partners", "this is not a Casebook key rotation notice"))
    try:
        signatures = bytes.fromhex(fields["old-signature"]), bytes.fromhex(fields["new-signature"])
    except ValueError:
        raise PartnerError(
            translate("partners", "the rotation notice has a damaged signature")
        ) from None
    return RotationNotice(parse_card(fields["old"]), parse_card(fields["new"]), *signatures)


def remember_own_rotation(vault: Vault, notice: RotationNotice) -> None:
    """After this vault replaced its keys (the key-lifecycle work calls this): its
    bundles carry the notice, so partners who know the old card accept the new key."""
    vault.set_meta(ROTATION_META, notice.to_text())


def rotation_valid(notice: RotationNotice) -> bool:
    message = notice.message()
    return notice.old.verify(message, notice.old_signature) and notice.new.verify(
        message, notice.new_signature
    )


def rotated_partner(vault: Vault, notice: RotationNotice) -> Partner:
    """The partner whose current card the notice replaces; PartnerError when there is
    none or the notice is not signed by both keys."""
    partner = find_by_signing_key(vault, notice.old.signing_key)
    if partner is None or partner.card.recipient != notice.old.recipient:
        raise PartnerError(
            translate("partners", "no partner has the old card this rotation notice names")
        )
    if not rotation_valid(notice):
        raise PartnerError(
            translate(
                "partners",
                "the rotation notice is not signed by both the old and the new key; the "
                "card of {name!r} stays as it was",
            ).format(name=partner.name)
        )
    if find_by_signing_key(vault, notice.new.signing_key) or find_by_recipient(
        vault, notice.new.recipient
    ):
        raise PartnerError(translate("partners", "the new card already belongs to a partner"))
    return partner


def replace_card(conn: Connection, name: str, card: Card) -> None:
    """Inside the caller's transaction, after rotated_partner said yes."""
    conn.execute(
        "UPDATE partners SET organisation = ?, recipient = ?, signing_key = ? WHERE name = ?",
        (card.organisation, card.recipient, card.signing_key, name),
    )


def accept_rotation(vault: Vault, notice: RotationNotice) -> Partner:
    """Replace a partner's card by the new one of `notice`, only when the notice names
    their current card as the old one and carries valid signatures of both keys. The
    partner stays confirmed: their old, confirmed key vouches for the new one."""
    partner = rotated_partner(vault, notice)
    with vault.transaction() as conn:
        replace_card(conn, partner.name, notice.new)
    return get_partner(vault, partner.name)
