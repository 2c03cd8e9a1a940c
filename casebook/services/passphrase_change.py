"""Change the passphrase of an open vault: the current one is asked again, so a person
who walks up to an unlocked laptop cannot lock the owner out."""

from __future__ import annotations

import hmac

from casebook.i18n import translate
from casebook.services.passphrase import require_strong, vault_words
from casebook.vault import keys
from casebook.vault.errors import WrongPassphrase
from casebook.vault.vault import Vault


class SamePassphrase(ValueError):
    """The new passphrase is the one in use."""


def change_passphrase(
    vault: Vault, current: str, new: str, kdf: keys.KdfParams | None = None
) -> None:
    """Rewrap the vault's data key under `new` after checking `current`. `kdf` is for
    tests only; without it the key derivation is calibrated as at creation."""
    dek = keys.unlock_passphrase(keys.read_header(vault.header_path), current)
    if not hmac.compare_digest(dek, vault.data_key()):
        raise WrongPassphrase(translate("vault", "wrong passphrase"))
    if new == current:
        raise SamePassphrase(
            translate("passphrase", "the new passphrase is the same as the current one")
        )
    require_strong(new, vault_words(vault))
    vault.change_passphrase(new, kdf)
