"""`casebook rekey` / Vault › Replace all keys: new data key, new slots, new recovery key.

The current passphrase is asked again (as for a change of passphrase, and checked the
same way: protection.check_current), the new one must be strong. Older backups keep
opening with the old passphrase and recovery key: the caller tells the user to destroy
them or keep them apart, and the next backup to the last backup folder is a full one
under the new keys.
"""

from __future__ import annotations

from collections.abc import Callable

from casebook.domain.model import utc_now
from casebook.i18n import translate
from casebook.services.passphrase import require_strong
from casebook.vault import keys, protection
from casebook.vault.vault import Vault

META_REKEYED = "keys.replaced_at"


def replace_all_keys(
    vault: Vault, current: str, new: str, kdf: keys.KdfParams | None = None, *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> str:  # fmt: skip
    """Re-encrypt the database under a new data key with new slots for `new` and a new
    recovery key, which is returned (shown once). `kdf` is for tests only."""
    protection.check_current(vault, current)
    require_strong(new)
    recovery = vault.rekey(new, kdf, progress=progress, cancel=cancel)
    vault.set_meta(META_REKEYED, utc_now())
    return recovery


def replaced_at(vault: Vault) -> str:
    """When the keys were last replaced ('' if never)."""
    return vault.get_meta(META_REKEYED)


def old_backups_note() -> str:
    return translate(
        "rekey", "Backups made before now still open with the old passphrase and the old "
        "recovery key: destroy them, or keep them apart from this vault. The next backup to "
        "your backup folder is a full one under the new keys.",
    )  # fmt: skip
