"""Protections against seizure and coercion: the duress passphrase, the wipe after failed
attempts, destroying the key slots, and the authenticated extra fields of the header.

Destroying the keys: the header is overwritten in place with random bytes and fsynced,
the database and evidence files (useless without the data key) are removed, and the
header is then replaced atomically by one that looks like the header of a new empty
vault. Without a copy made before (a backup), nothing brings the cases back.

The passphrase is checked the same way wherever it is typed: at the unlock (`unlock`),
and when an open vault asks for it again before a change (`check_current`: the change
of passphrase, the protections, the replacement of all keys). Both stretch it once and
try it against every slot (header2.try_passphrase), count a wrong one towards the wipe,
reset the count after a good one, and act on the duress passphrase: every slot is
destroyed and the new empty vault is what the unlock opens, or what the open vault
handle becomes (`Vault._replace_by`), so the change goes on as if nothing had happened.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebook.i18n import translate
from casebook.vault import header2, keys, layout
from casebook.vault.errors import VaultError, WrongPassphrase
from casebook.vault.fsutil import fsync_dir
from casebook.vault.header2 import DURESS, DURESS_NEXT, PASSPHRASE, Header, nfc

if TYPE_CHECKING:
    from casebook.vault.vault import Vault


class SameAsDuress(VaultError, ValueError):
    """The passphrase asked for is the duress passphrase (or the other way round)."""


@dataclass(frozen=True)
class Protection:
    duress: bool
    wipe_after: int  # 0: off
    failures: int


# --- unlocking --------------------------------------------------------------------------


def unlock(
    path: Path, header: keys.AnyHeader, passphrase: str, *, read_only: bool = False
) -> Vault:
    """Open the vault at `path` with `passphrase`, acting on the duress passphrase and
    counting failures where the header asks for it. `read_only` (a rolled-back
    database, issue 12) writes nothing: the header is not upgraded or reset."""
    from casebook.vault.vault import Vault

    if isinstance(header, keys.LegacyHeader):
        dek = keys.unlock_passphrase(header, passphrase)
        vault = Vault._open_checked(path, dek, read_only=read_only)
        if not read_only:  # the header as the opening left it (its generation stamped)
            current = keys.read_header(vault.header_path)
            if isinstance(current, keys.LegacyHeader):
                keys.write_header(vault.header_path, header2.upgrade(current, dek))
        return vault
    kind, secret, index, master = _match(path, header, passphrase)
    if kind == DURESS:
        return _open_empty_instead(path, header, passphrase, secret, master)
    sealed = header.unseal(secret)
    if sealed.wipe_after != header.wipe_after:  # the public policy was edited
        destroy_keys(path, header.kdf)
        raise keys.wrong_passphrase()
    vault = Vault._open_checked(path, secret, read_only=read_only)
    if read_only:
        return vault
    reread = keys.read_header(vault.header_path)  # as the opening left it (generation)
    if isinstance(reread, Header):
        header, sealed = reread, reread.unseal(secret)
    changed = header.failures != 0
    header.failures = 0
    if kind == "legacy-passphrase":  # rewrapped in format 2 now that it was typed
        header2.set_slot(header, sealed, PASSPHRASE, header2.new_passphrase_slot(master, secret))
        header.seal(secret, sealed)
        changed = True
    if changed:
        keys.write_header(vault.header_path, header)
    return vault


def after_recovery_unlock(vault: Vault, header: keys.AnyHeader) -> None:
    """A good recovery key resets the failure count; a format-1 header is upgraded."""
    dek = vault.data_key()
    header = keys.read_header(vault.header_path)  # as the opening left it (generation)
    if isinstance(header, keys.LegacyHeader):
        keys.write_header(vault.header_path, header2.upgrade(header, dek))
    elif header.failures:
        header.failures = 0
        keys.write_header(vault.header_path, header)


def check_current(vault: Vault, passphrase: str) -> bytes:
    """The data key, once `passphrase` is checked as the passphrase of the open `vault`
    (asked again before a change). It acts as the unlock does: the duress passphrase
    destroys every key slot and `vault` becomes the new empty vault, whose data key is
    returned, so that the change applies to it as if nothing had happened; a wrong one
    counts towards the wipe (which closes `vault`); a right one resets the count."""
    dek = vault.data_key()
    header = keys.read_header(vault.header_path)
    if isinstance(header, keys.LegacyHeader):  # no duress slot and no count in format 1
        if not hmac.compare_digest(keys.unlock_passphrase(header, passphrase), dek):
            raise keys.wrong_passphrase()
        return dek
    try:
        kind, secret, _index, master = _match(
            vault.path, header, passphrase, before_wipe=vault.close
        )
    except WrongPassphrase:
        if not vault.is_open:  # the keys were destroyed: whoever holds the vault is told
            vault._replaced()
        raise
    if kind == DURESS:
        vault.close()
        vault._replace_by(_open_empty_instead(vault.path, header, passphrase, secret, master))
        return vault.data_key()
    if not hmac.compare_digest(secret, dek):  # cannot happen: the header is the vault's
        raise keys.wrong_passphrase()
    if header.failures:
        header.failures = 0
        keys.write_header(vault.header_path, header)
    return dek


def key_from_held_header(path: Path, header: keys.AnyHeader, passphrase: str) -> bytes | None:
    """The data key `passphrase` opens in `header`, a header of the vault at `path` that
    was kept elsewhere (travel mode), or None when it is the duress passphrase: then the
    vault at `path` is destroyed and left as the new empty vault the duress passphrase
    opens, as at the unlock. Wrong passphrases are not counted: the header is not in the
    vault."""
    if isinstance(header, keys.LegacyHeader):
        return keys.unlock_passphrase(header, passphrase)
    if not passphrase:
        raise keys.wrong_passphrase()
    found = header.try_passphrase(passphrase)
    if found is None:
        raise keys.wrong_passphrase()
    kind, secret, _index, master = found
    if kind == DURESS:
        _open_empty_instead(path, header, passphrase, secret, master).close()
        return None
    return secret


def _match(
    path: Path, header: Header, passphrase: str,
    before_wipe: Callable[[], None] | None = None,
) -> tuple[str, bytes, int, bytes]:  # fmt: skip
    """(kind, secret, slot index, stretched passphrase) of the slot `passphrase` opens.
    A wrong one is counted where the header asks for it (`before_wipe` runs before the
    keys are destroyed at the last one), then raised."""
    if not passphrase:  # nothing typed (an empty line, an empty file) is not a guess
        raise keys.wrong_passphrase()
    found = header.try_passphrase(passphrase)
    if found is None:
        raise _count_failure(path, header, before_wipe)
    return found


def _count_failure(
    path: Path, header: Header, before_wipe: Callable[[], None] | None = None
) -> WrongPassphrase:
    error = keys.wrong_passphrase()
    if not header.wipe_after:
        return error
    header.failures += 1
    if header.failures >= header.wipe_after:
        if before_wipe is not None:
            before_wipe()
        destroy_keys(path, header.kdf)
        return error
    keys.write_header(path / layout.HEADER, header)
    error.remaining = header.wipe_after - header.failures
    return error


def _open_empty_instead(
    path: Path, header: Header, passphrase: str, duress_secret: bytes, master: bytes
) -> Vault:
    """The duress passphrase: destroy every slot, then open a new empty vault that the
    duress passphrase opens from now on, as if nothing had happened. Its salt and the
    duress passphrase stretched under it were prepared when the duress passphrase was
    set (the duress slot holds the salt), so no second key derivation runs now."""
    from casebook.vault.vault import Vault

    prepared = header.duress_next(master)
    _overwrite_header(path / layout.HEADER)
    _remove_data(path)
    if prepared is not None:
        new, dek, _recovery = header2.header_for_master(prepared, duress_secret[:16], header.kdf)
    else:
        new, dek, _recovery = header2.new_header(passphrase, header.kdf)
    vault = Vault._create_in(path, new, dek)
    return vault


def destroy_keys(path: Path, kdf: keys.KdfParams) -> None:
    """Destroy every key slot of the vault at `path` and leave a normal-looking new
    empty vault that nothing opens."""
    from casebook.vault.vault import Vault

    _overwrite_header(path / layout.HEADER)
    _remove_data(path)
    blank, dek = header2.blank_header(kdf)
    Vault._create_in(path, blank, dek).close()


def blank_out_header(path: Path, kdf: keys.KdfParams) -> None:
    """Replace the header of the vault at `path` by one that looks like a new vault's and
    that nothing opens; the data stays (travel mode keeps the real header elsewhere)."""
    _overwrite_header(path / layout.HEADER)
    blank, _dek = header2.blank_header(kdf)
    keys.write_header(path / layout.HEADER, blank)


def _overwrite_header(header: Path) -> None:
    size = max(header.stat().st_size, header2.FILE_BYTES)
    with open(header, "r+b") as f:
        f.write(os.urandom(size))
        f.flush()
        os.fsync(f.fileno())


def _remove_data(path: Path) -> None:
    """Remove the database (under either name, with every file made from it) and the
    evidence files. The empty vault made next has its database under the new name."""
    for child in path.iterdir():
        if child.is_file() and layout.belongs_to_database(child.name):
            child.unlink()
    evidence = path / layout.EVIDENCE
    if evidence.is_dir():
        for child in evidence.iterdir():
            if child.is_file() or child.is_symlink():
                child.unlink()
    fsync_dir(path)


# --- settings ---------------------------------------------------------------------------


def status(vault: Vault) -> Protection:
    header = keys.read_header(vault.header_path)
    if isinstance(header, keys.LegacyHeader):
        return Protection(False, 0, 0)
    sealed = header.unseal(vault.data_key())
    return Protection(DURESS in sealed.slots, header.wipe_after, header.failures)


def _current(vault: Vault, current: str) -> tuple[Header, header2.Sealed, bytes]:
    """The format-2 header after checking that `current` is the vault's passphrase
    (`check_current`: the duress passphrase makes `vault` the new empty vault)."""
    dek = check_current(vault, current)
    header = keys.read_header(vault.header_path)
    if isinstance(header, keys.LegacyHeader):
        header = header2.upgrade(header, dek)
    return header, header.unseal(dek), dek


def set_duress(vault: Vault, current: str, duress: str, kdf: keys.KdfParams | None = None) -> None:
    """Add (or replace) the duress passphrase. Both passphrases are stretched again under
    one new salt, so `current` is asked for; the duress passphrase is also stretched under
    the salt of the empty vault it will open. `kdf` is for tests only."""
    if nfc(duress) == nfc(current):
        raise SameAsDuress(
            translate("vault", "the duress passphrase must differ from the passphrase")
        )
    header, sealed, dek = _current(vault, current)
    header.kdf = kdf or keys.calibrate()
    header.kdf_salt = os.urandom(16)
    master = header.kdf.derive(nfc(current).encode(), header.kdf_salt)
    header2.set_slot(header, sealed, PASSPHRASE, header2.new_passphrase_slot(master, dek))
    next_salt = os.urandom(16)  # of the empty vault the duress passphrase will open
    prepared = header.kdf.derive(nfc(duress).encode(), next_salt)
    duress_master = header.kdf.derive(nfc(duress).encode(), header.kdf_salt)
    held = next_salt + os.urandom(keys.DEK_BYTES - 16)
    header2.set_slot(
        header, sealed, DURESS, header2.new_passphrase_slot(duress_master, held, DURESS)
    )
    header2.set_slot(
        header, sealed, DURESS_NEXT,
        header2.new_passphrase_slot(duress_master, prepared, DURESS_NEXT),
    )  # fmt: skip
    header.seal(dek, sealed)
    keys.write_header(vault.header_path, header)


def remove_duress(vault: Vault, current: str) -> bool:
    """Remove the duress passphrase; False when there was none."""
    header, sealed, dek = _current(vault, current)
    if DURESS not in sealed.slots:
        return False
    header2.set_slot(header, sealed, DURESS, None)
    header2.set_slot(header, sealed, DURESS_NEXT, None)
    header.seal(dek, sealed)
    keys.write_header(vault.header_path, header)
    return True


def set_wipe_after(vault: Vault, current: str, attempts: int) -> None:
    """Destroy the keys after `attempts` wrong passphrases in a row (0: never)."""
    if attempts not in header2.WIPE_CHOICES:
        raise VaultError(
            translate("vault", "the number of attempts must be one of {choices}").format(
                choices=", ".join(str(n) for n in header2.WIPE_CHOICES)
            )
        )
    header, sealed, dek = _current(vault, current)
    header.wipe_after = sealed.wipe_after = attempts
    header.failures = 0
    header.seal(dek, sealed)
    keys.write_header(vault.header_path, header)


def rewrap_passphrase(vault: Vault, new: str, kdf: keys.KdfParams | None) -> None:
    """Wrap the data key for the passphrase `new`. With a duress passphrase set, its salt
    and parameters stay (the duress passphrase is not known here); `new` must not be
    the duress passphrase."""
    dek = vault.data_key()
    header = keys.read_header(vault.header_path)
    if isinstance(header, keys.LegacyHeader):
        header = header2.upgrade(header, dek)
    sealed = header.unseal(dek)
    if DURESS in sealed.slots:
        master = header.kdf.derive(nfc(new).encode(), header.kdf_salt)
        found = header._try_master(master)
        if found is not None and found[0] == DURESS:
            raise SameAsDuress(
                translate("vault", "the new passphrase is the duress passphrase; choose another")
            )
    else:
        header.kdf = kdf or keys.calibrate()
        header.kdf_salt = os.urandom(16)
        master = header.kdf.derive(nfc(new).encode(), header.kdf_salt)
    header2.set_slot(header, sealed, PASSPHRASE, header2.new_passphrase_slot(master, dek))
    header.seal(dek, sealed)
    keys.write_header(vault.header_path, header)


# --- extra authenticated fields ---------------------------------------------------------


def header_extra(vault: Vault) -> dict[str, Any]:
    """The extra authenticated fields of the header (empty for a format-1 header)."""
    header = keys.read_header(vault.header_path)
    if isinstance(header, keys.LegacyHeader):
        return {}
    return header.unseal(vault.data_key()).extra


def set_header_extra(vault: Vault, name: str, value: Any) -> None:
    """Set one extra authenticated field (JSON value) of the header; the generation
    counter of issue 12 is one. Atomic; a format-1 header is upgraded first."""
    dek = vault.data_key()
    header = keys.read_header(vault.header_path)
    if isinstance(header, keys.LegacyHeader):
        header = header2.upgrade(header, dek)
    sealed = header.unseal(dek)
    sealed.extra[name] = value
    header.seal(dek, sealed)
    keys.write_header(vault.header_path, header)


# --- panic wipe -------------------------------------------------------------------------

PANIC_WIPE = "panic_wipe"


def set_panic_wipe(vault: Vault, current: str, on: bool) -> None:
    """Whether the panic key also destroys the keys. Kept in the sealed part of the
    header (not in the settings file, which would tell anyone browsing the disk)."""
    header, sealed, dek = _current(vault, current)
    sealed.extra[PANIC_WIPE] = bool(on)
    header.seal(dek, sealed)
    keys.write_header(vault.header_path, header)


def panic_wipe_enabled(vault: Vault) -> bool:
    try:
        return bool(header_extra(vault).get(PANIC_WIPE, False))
    except (VaultError, OSError):
        return False


def panic_wipe(path: Path) -> None:
    """Destroy the keys of the (closed) vault at `path`: the panic key with panic wipe."""
    header = keys.read_header(path / layout.HEADER)
    if isinstance(header, keys.LegacyHeader):
        kdf = keys.kdf_params_of(header.slot(PASSPHRASE))
    else:
        kdf = header.kdf
    destroy_keys(path, kdf)
