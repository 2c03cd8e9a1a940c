"""Errors of the vault layer. Messages never contain passphrases, keys or case data."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every vault error; str() is one clear line for the user."""


class NotAVault(VaultError):
    pass


class WrongPassphrase(VaultError):
    """`remaining`: attempts left before the keys are destroyed, where the vault counts."""

    remaining: int | None = None


class NotARecoveryKey(WrongPassphrase):
    """The text given as a recovery key does not have the form of one."""


class VaultDamaged(VaultError):
    pass


class NotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass
