"""Change the passphrase of an open vault: the current one is asked again, so a person
who walks up to an unlocked laptop cannot lock the owner out. It is checked as the
unlock checks it (protection.check_current): the duress passphrase destroys the keys and
the new passphrase goes to the empty vault, a wrong one counts towards the wipe."""

from __future__ import annotations

from casebook.i18n import translate
from casebook.services.passphrase import require_strong, vault_words
from casebook.vault import keys, protection
from casebook.vault.vault import Vault


class SamePassphrase(ValueError):
    """The new passphrase is the one in use."""


def change_passphrase(
    vault: Vault, current: str, new: str, kdf: keys.KdfParams | None = None
) -> None:
    """Rewrap the vault's data key under `new` after checking `current`. `kdf` is for
    tests only; without it the key derivation is calibrated as at creation."""
    protection.check_current(vault, current)
    if new == current:
        raise SamePassphrase(
            translate("passphrase", "the new passphrase is the same as the current one")
        )
    require_strong(new, vault_words(vault))
    vault.change_passphrase(new, kdf)
