"""Writes tests/data/vault-header1: a vault made by the code of the last release with the
JSON header (header format 1, schema 4), kept so every later header format must keep
opening it. Never regenerate it:

    python tests/data/make_vault_header1.py
"""

from __future__ import annotations

from pathlib import Path

from casebook.services.cases import save_case
from casebook.services.demo import demo_cases
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault

PASSPHRASE = "vault-header1 test passphrase, not secret"
TARGET = Path(__file__).parent / "vault-header1"


def main() -> None:
    if TARGET.exists():
        raise SystemExit(f"{TARGET} exists; a released test vault is never regenerated")
    vault, recovery = Vault.create(TARGET, PASSPHRASE, kdf=KdfParams(256, 1, 1))
    for case in demo_cases():
        save_case(vault, case, touch=False)
    vault.close()
    (TARGET.parent / "vault-header1.recovery.txt").write_text(recovery + "\n")


if __name__ == "__main__":
    main()
