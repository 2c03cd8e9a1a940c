"""Travel mode: the key slots leave the laptop for the journey.

`start` writes the vault's header (all its key slots) into a travel file encrypted to the
recovery key (an age file with the recovery key as its passphrase) or to a partner's age
recipient, then replaces the header on the laptop with one that looks like a new vault's
and that nothing opens. The cases stay on the laptop, encrypted under a data key that is
only in the travel file. `end` puts the header back: from the travel file and the
recovery key, or from the header file a partner decrypted (`age -d`) and sent back; it
is put in place only once the passphrase opens the database with it. The duress
passphrase typed there acts as at the unlock: the vault is destroyed and left as a new
empty one that it opens, and the travel file is overwritten (it holds the key slots);
travel mode then ends as if nothing had happened.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyrage

from casebook.i18n import translate
from casebook.vault import db, keys, layout, protection
from casebook.vault.errors import VaultError, WrongPassphrase
from casebook.vault.fsutil import atomic_write
from casebook.vault.vault import HEADER, Vault

MAGIC = b"casebook-travel/1\n"
AGE_MAGIC = b"age-encryption.org/v1"


class TravelError(VaultError):
    pass


@dataclass(frozen=True)
class Started:
    file: Path
    to: str  # "recovery key" or the partner's label


def _recovery_passphrase(text: str) -> str:
    """The recovery key as age's passphrase: its 32 letters, however it was written."""
    return keys.format_recovery_key(keys.parse_recovery_key(text))


def start(
    vault: Vault, out: Path, *, recovery_key: str | None = None, recipient: str | None = None
) -> Started:
    """Move the header's key slots into `out` and leave the vault unopenable here."""
    from casebook.services.partners import resolve_recipient

    out = Path(out)
    vault.refuse_inside(out)
    if (recovery_key is None) == (recipient is None):
        raise TravelError(
            translate("travel", "encrypt the travel file to the recovery key or to a partner")
        )
    header_bytes = vault.header_path.read_bytes()
    header = keys.read_header(vault.header_path)
    kdf = header.kdf if not isinstance(header, keys.LegacyHeader) else keys.kdf_params_of(
        header.slot("passphrase"))  # fmt: skip
    plain = MAGIC + header_bytes
    if recovery_key is not None:
        phrase = _recovery_passphrase(recovery_key)
        keys.unlock_recovery(header, phrase)  # the key that will bring it back must work
        data, to = pyrage.passphrase.encrypt(plain, phrase), translate("travel", "recovery key")
    else:
        target = resolve_recipient(vault, recipient or "")
        data = pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(target.recipient)])
        to = target.label
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out, data)
    protection.blank_out_header(vault.path, kdf)
    return Started(out, to)


def end(path: Path, travel_file: Path, passphrase: str, recovery_key: str | None = None) -> None:
    """Put the key slots of `travel_file` back into the vault at `path`."""
    path, travel_file = Path(path), Path(travel_file)
    data = travel_file.read_bytes()
    if data.startswith(AGE_MAGIC):
        if recovery_key is None:
            raise TravelError(
                translate(
                    "travel", "{file} is encrypted: give the recovery key (a file encrypted to "
                    "a partner is decrypted by the partner with 'age -d' first)",
                ).format(file=travel_file)
            )  # fmt: skip
        try:
            data = pyrage.passphrase.decrypt(data, _recovery_passphrase(recovery_key))
        except pyrage.DecryptError:
            raise WrongPassphrase(
                translate("travel", "the recovery key does not open {file}").format(
                    file=travel_file
                )
            ) from None
    if not data.startswith(MAGIC):
        raise TravelError(
            translate("travel", "{file} is not a Casebook travel file").format(file=travel_file)
        )
    header_bytes = data[len(MAGIC) :]
    header = _parse(header_bytes, travel_file)
    dek = protection.key_from_held_header(path, header, passphrase)
    if dek is None:  # the duress passphrase: the vault is a new empty one now
        _overwrite(travel_file)
        return
    _check_database(path, dek)
    atomic_write(path / HEADER, header_bytes)


def _overwrite(file: Path) -> None:
    """Overwrite `file` in place with random bytes, where it can be written."""
    try:
        with open(file, "r+b") as f:
            f.write(os.urandom(os.fstat(f.fileno()).st_size))
            f.flush()
            os.fsync(f.fileno())
    except OSError:
        pass  # read-only media: the vault's own keys and data are gone all the same


def _parse(header_bytes: bytes, travel_file: Path) -> keys.AnyHeader:
    from casebook.vault import header2

    try:
        if header_bytes.lstrip()[:1] == b"{":
            return keys.LegacyHeader.from_bytes(header_bytes)
        return header2.Header.from_bytes(header_bytes)
    except VaultError:
        raise TravelError(
            translate("travel", "{file} is damaged; nothing was changed").format(file=travel_file)
        ) from None


def _check_database(path: Path, dek: bytes) -> None:
    database = layout.database_path(path)
    if not database.is_file():
        raise TravelError(
            translate("travel", "{path} has no vault database; nothing was changed").format(
                path=path
            )
        )
    try:
        conn = db.connect(database, dek)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except (db.DatabaseError, VaultError):
        raise TravelError(
            translate("travel", "this travel file belongs to another vault; nothing was changed")
        ) from None
