"""Header format 2: a header that does not announce itself and hides which slot is which.

On disk the header is `nonce(12) || ChaCha20-Poly1305(K_obf, nonce, public || padding)`,
always `FILE_BYTES` long. K_obf is a constant of this program: the layer makes the file
random-looking to someone browsing a seized disk and tells corruption apart from a wrong
passphrase (its tag is the checksum); it is no secret and protects nothing by itself.

The public part (JSON) holds the format version, the Argon2id parameters and the one
salt shared by every passphrase slot, the failed-attempt policy and counter, `SLOTS`
slots of identical shape (salt, nonce, 48 wrapped bytes) in random order, and the sealed
part. A slot does not say what it is: the passphrase slot, the duress slot, the recovery
slot and unused slots (random bytes) look the same. A passphrase is stretched once
(Argon2id over the shared salt) and then tried against every slot and every kind with
the same work whatever matches, so the time taken does not tell which slot matched.

The sealed part is encrypted and authenticated under a key derived from the data key:
the format version, which slot is which (needed to replace one), the failed-attempt
policy (compared with the public copy at each unlock: a header edited to switch the
policy off is destroyed at the next good unlock), and `extra`, a dictionary of further
authenticated fields that round-trips unchanged (the generation counter lives there).

The failure counter cannot be authenticated without a key, since it is counted when
the key is not known. Lowering it is the same as putting back an older copy of the
header, which anyone holding a copy could always do; the wipe defends against guessing
in the application (a raid, a border), not against a copy of the disk.

Slots carried over from format 1 keep their format-1 wrapping ("legacy") until the
passphrase is next typed: header format 1 is upgraded with the data key alone.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import secrets
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casebook.i18n import translate
from casebook.vault import keys
from casebook.vault.errors import NotAVault, VaultDamaged

VERSION = 2
SLOTS = 4
PUBLIC_BYTES = 2048
SEALED_BYTES = 768
FILE_BYTES = 12 + PUBLIC_BYTES + 16
WRAPPED_BYTES = keys.DEK_BYTES + 16
_OBF_KEY = hashlib.sha256(b"casebook header obfuscation, format 2").digest()
_SEAL_INFO = b"casebook header seal 2"
_SLOT_INFO = b"casebook slot 2"
WIPE_CHOICES = (0, 5, 10, 20)
LEGACY_START = (b"{", b" ", b"\t", b"\n", b"\r", b"\x0b", b"\x0c")

PASSPHRASE, RECOVERY, DURESS = "passphrase", "recovery", "duress"
# With a duress passphrase, one more slot holds the duress passphrase already stretched
# under the salt its empty vault will have, so that opening that vault costs no second
# key derivation (the duress unlock takes the time of a normal one).
DURESS_NEXT = "duress-next"


def nfc(passphrase: str) -> str:
    """The form a passphrase is used in: the same words typed on another system (which
    may compose "й" of two code points) open the vault."""
    return unicodedata.normalize("NFC", passphrase)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if size is not None and len(data) != size:
        raise ValueError("wrong size")
    return data


@dataclass
class RawSlot:
    salt: bytes
    nonce: bytes
    wrapped: bytes

    @classmethod
    def unused(cls) -> RawSlot:
        return cls(os.urandom(16), os.urandom(12), os.urandom(WRAPPED_BYTES))


def _aad(kind: str) -> bytes:
    return b"casebook/2|slot|" + kind.encode()


def _slot_kek(master: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_SLOT_INFO)
    return hkdf.derive(master)


def _try(kek: bytes, slot: RawSlot, aad: bytes) -> bytes | None:
    try:
        return ChaCha20Poly1305(kek).decrypt(slot.nonce, slot.wrapped, aad)
    except InvalidTag:
        return None


def _wrap(kek: bytes, secret: bytes, kind: str) -> RawSlot:
    raise_if_wrong_size(secret)
    nonce = os.urandom(12)
    return RawSlot(b"", nonce, ChaCha20Poly1305(kek).encrypt(nonce, secret, _aad(kind)))


def raise_if_wrong_size(secret: bytes) -> None:
    if len(secret) != keys.DEK_BYTES:
        raise ValueError("a slot wraps 32 bytes")


def new_passphrase_slot(master: bytes, dek: bytes, kind: str = PASSPHRASE) -> RawSlot:
    salt = os.urandom(16)
    slot = _wrap(_slot_kek(master, salt), dek, kind)
    slot.salt = salt
    return slot


def new_recovery_slot(recovery: bytes, dek: bytes) -> RawSlot:
    salt = os.urandom(16)
    slot = _wrap(keys.recovery_kek(recovery, salt), dek, RECOVERY)
    slot.salt = salt
    return slot


@dataclass
class Sealed:
    slots: dict[str, int]  # kind -> index; "legacy-passphrase"/"legacy-recovery" marks
    wipe_after: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Header:
    """A format-2 header. `sealed_blob` is only readable with the data key."""

    kdf: keys.KdfParams
    kdf_salt: bytes
    slots: list[RawSlot]
    sealed_blob: bytes
    wipe_after: int = 0
    failures: int = 0
    version: int = VERSION

    # --- bytes on disk --------------------------------------------------------------

    def to_bytes(self) -> bytes:
        doc = {
            "v": self.version,
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.kdf_salt),
            "wipe_after": self.wipe_after,
            "failures": self.failures,
            "slots": [[_b64(s.salt), _b64(s.nonce), _b64(s.wrapped)] for s in self.slots],
            "sealed": _b64(self.sealed_blob),
        }
        public = json.dumps(doc, separators=(",", ":")).encode()
        if len(public) > PUBLIC_BYTES:
            raise ValueError("header too large")
        public += b" " * (PUBLIC_BYTES - len(public))
        nonce = os.urandom(12)
        while nonce[:1] in LEGACY_START:  # never mistaken for a JSON header of format 1
            nonce = os.urandom(12)
        return nonce + ChaCha20Poly1305(_OBF_KEY).encrypt(nonce, public, None)

    @classmethod
    def from_bytes(cls, data: bytes) -> Header:
        if len(data) != FILE_BYTES:
            raise _damaged_or_not_a_vault(data)
        try:
            public = ChaCha20Poly1305(_OBF_KEY).decrypt(data[:12], data[12:], None)
        except InvalidTag:
            raise _damaged_or_not_a_vault(data) from None
        try:
            doc = json.loads(public.decode("utf-8"))
            if doc.get("v") != VERSION:
                raise VaultDamaged(
                    translate(
                        "vault", "the vault header has version {found!r}; this Casebook reads "
                        "version {known}",
                    ).format(found=doc.get("v"), known=VERSION)
                )  # fmt: skip
            header = cls(
                kdf=keys.kdf_params_of(keys.Slot("passphrase", doc["kdf"], b"", b"", b"")),
                kdf_salt=_unb64(doc["salt"], 16),
                slots=[
                    RawSlot(_unb64(a, 16), _unb64(b, 12), _unb64(c, WRAPPED_BYTES))
                    for a, b, c in doc["slots"]
                ],
                sealed_blob=_unb64(doc["sealed"]),
                wipe_after=int(doc["wipe_after"]),
                failures=int(doc["failures"]),
            )
        except (KeyError, ValueError, TypeError, AttributeError, UnicodeDecodeError):
            raise VaultDamaged(
                translate("vault", "the vault header has a malformed key slot")
            ) from None
        if len(header.slots) != SLOTS or header.failures < 0 or header.wipe_after < 0:
            raise VaultDamaged(translate("vault", "the vault header has a malformed key slot"))
        return header

    # --- the sealed part --------------------------------------------------------------

    def seal(self, dek: bytes, sealed: Sealed) -> None:
        body = json.dumps(
            {"v": self.version, "slots": sealed.slots, "wipe_after": sealed.wipe_after,
             "extra": sealed.extra},
            separators=(",", ":"), sort_keys=True,
        ).encode()  # fmt: skip
        if len(body) > SEALED_BYTES:
            raise ValueError("too many extra header fields")
        body += b" " * (SEALED_BYTES - len(body))
        nonce = os.urandom(12)
        self.sealed_blob = nonce + ChaCha20Poly1305(_seal_key(dek)).encrypt(
            nonce, body, b"casebook/2|sealed"
        )

    def unseal(self, dek: bytes) -> Sealed:
        try:
            body = ChaCha20Poly1305(_seal_key(dek)).decrypt(
                self.sealed_blob[:12], self.sealed_blob[12:], b"casebook/2|sealed"
            )
            doc = json.loads(body.decode("utf-8"))
            return Sealed(
                {str(k): int(v) for k, v in doc["slots"].items()},
                int(doc.get("wipe_after", 0)),
                dict(doc.get("extra") or {}),
            )
        except (InvalidTag, ValueError, KeyError, TypeError, AttributeError):
            raise VaultDamaged(
                translate("vault", "the vault header is damaged (its sealed part)")
            ) from None

    # --- trying secrets ---------------------------------------------------------------

    def try_passphrase(self, passphrase: str) -> tuple[str, bytes, int, bytes] | None:
        """(kind, secret, slot index, stretched passphrase) of the slot `passphrase`
        opens, or None. The same work is done whichever slot matches: every slot, every
        kind."""
        for text in dict.fromkeys((nfc(passphrase), passphrase)):  # as typed: before NFC
            master = self.kdf.derive(text.encode(), self.kdf_salt)
            found = self._try_master(master)
            if found is not None:
                return (*found, master)
        return None

    def _try_master(self, master: bytes) -> tuple[str, bytes, int] | None:
        legacy_aad = keys.legacy_aad(PASSPHRASE, {"name": "argon2id", **asdict(self.kdf)})
        found: tuple[str, bytes, int] | None = None
        for index, slot in enumerate(self.slots):
            kek = _slot_kek(master, slot.salt)
            for kind, key, aad in (
                (PASSPHRASE, kek, _aad(PASSPHRASE)),
                (DURESS, kek, _aad(DURESS)),
                (DURESS_NEXT, kek, _aad(DURESS_NEXT)),
                ("legacy-passphrase", master, legacy_aad),
            ):
                secret = _try(key, slot, aad)
                if secret is not None and found is None and kind != DURESS_NEXT:
                    found = (kind, secret, index)
        return found

    def duress_next(self, master: bytes) -> bytes | None:
        """The stretched duress passphrase for the empty vault, where it was prepared."""
        for slot in self.slots:
            secret = _try(_slot_kek(master, slot.salt), slot, _aad(DURESS_NEXT))
            if secret is not None:
                return secret
        return None

    def try_recovery(self, recovery: bytes) -> tuple[str, bytes, int] | None:
        legacy_aad = keys.legacy_aad(RECOVERY, {"name": "hkdf-sha256"})
        found: tuple[str, bytes, int] | None = None
        for index, slot in enumerate(self.slots):
            kek = keys.recovery_kek(recovery, slot.salt)
            for kind, aad in ((RECOVERY, _aad(RECOVERY)), ("legacy-recovery", legacy_aad)):
                secret = _try(kek, slot, aad)
                if secret is not None and found is None:
                    found = (kind, secret, index)
        return found


def _seal_key(dek: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_SEAL_INFO)
    return hkdf.derive(dek)


def _damaged_or_not_a_vault(data: bytes) -> Exception:
    if len(data) <= FILE_BYTES:  # cut short, or the right size with bytes altered
        return VaultDamaged(
            translate(
                "vault",
                "the vault header is damaged (truncated or altered); restore it from a backup",
            )
        )
    return NotAVault(translate("vault", "this directory is not a Casebook vault (unknown header)"))


def shuffled(named: dict[str, RawSlot]) -> tuple[list[RawSlot], dict[str, int]]:
    """The named slots and unused ones in random order, and where each named one is."""
    items: list[tuple[str | None, RawSlot]] = list(named.items())
    items += [(None, RawSlot.unused()) for _ in range(SLOTS - len(items))]
    random.SystemRandom().shuffle(items)
    index = {name: i for i, (name, _s) in enumerate(items) if name is not None}
    return [s for _n, s in items], index


def new_header(
    passphrase: str, params: keys.KdfParams, *, wipe_after: int = 0
) -> tuple[Header, bytes, str]:
    """A fresh data key wrapped for `passphrase` and a new recovery key; returns the
    header, the data key and the recovery key's text."""
    salt = os.urandom(16)
    master = params.derive(nfc(passphrase).encode(), salt)
    return header_for_master(master, salt, params, wipe_after=wipe_after)


def header_for_master(
    master: bytes, salt: bytes, params: keys.KdfParams, *, wipe_after: int = 0
) -> tuple[Header, bytes, str]:
    """`new_header` for a passphrase already stretched under `salt`."""
    dek = secrets.token_bytes(keys.DEK_BYTES)
    recovery = secrets.token_bytes(keys.RECOVERY_BYTES)
    slots, index = shuffled(
        {PASSPHRASE: new_passphrase_slot(master, dek), RECOVERY: new_recovery_slot(recovery, dek)}
    )
    header = Header(params, salt, slots, b"", wipe_after=wipe_after)
    header.seal(dek, Sealed(index, wipe_after))
    return header, dek, keys.format_recovery_key(recovery)


def blank_header(params: keys.KdfParams) -> tuple[Header, bytes]:
    """A header that looks like a new vault's and that nothing opens: its slots are
    random bytes. Returns it with the (forgotten) data key of its sealed part."""
    dek = secrets.token_bytes(keys.DEK_BYTES)
    slots, index = shuffled({})
    header = Header(params, os.urandom(16), slots, b"")
    header.seal(dek, Sealed(index, 0))
    return header, dek


def upgrade(legacy: keys.LegacyHeader, dek: bytes) -> Header:
    """Format 1 -> 2 with the data key alone: the two slots are carried as they are."""
    passphrase = legacy.slot(PASSPHRASE)
    recovery = legacy.slot(RECOVERY)
    params = keys.kdf_params_of(passphrase)
    carried = {
        "legacy-passphrase": RawSlot(passphrase.salt, passphrase.nonce, passphrase.wrapped),
        "legacy-recovery": RawSlot(recovery.salt, recovery.nonce, recovery.wrapped),
    }
    slots, index = shuffled(carried)
    header = Header(params, passphrase.salt, slots, b"")
    from casebook.vault import generation  # the rollback counter travels (issue 12)

    header.seal(dek, Sealed(index, 0, generation.carried(legacy, dek)))
    return header


def slot_of(sealed: Sealed, kind: str) -> int | None:
    for name in (kind, f"legacy-{kind}"):
        if name in sealed.slots:
            return sealed.slots[name]
    return None


def set_slot(header: Header, sealed: Sealed, kind: str, slot: RawSlot | None) -> None:
    """Put `slot` in the place of the slot of `kind` (or in a free place); None makes
    that place an unused slot."""
    index = slot_of(sealed, kind)
    for name in (kind, f"legacy-{kind}"):
        sealed.slots.pop(name, None)
    if index is None:
        if slot is None:
            return
        taken = set(sealed.slots.values())
        index = random.SystemRandom().choice([i for i in range(SLOTS) if i not in taken])
    header.slots[index] = slot if slot is not None else RawSlot.unused()
    if slot is not None:
        sealed.slots[kind] = index
