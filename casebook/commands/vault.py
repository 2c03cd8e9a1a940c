"""init, passwd, verify, demo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebook.commands.common import (
    EXIT_AUTH,
    CliError,
    first_line,
    interactive,
    read_secret,
    vault_path,
)
from casebook.services.passphrase import require_strong
from casebook.vault.errors import NotAVault, VaultError, WrongPassphrase
from casebook.vault.vault import Vault, is_vault

RECOVERY_NOTE = """\
Recovery key (shown only this once; write it on paper and keep it apart from the laptop):

    {key}

With it you can set a new passphrase if you forget yours. Anyone who has it can open
the vault."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new vault")
    p.add_argument("--organisation", default="", help="your organisation's name (for bundles)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("passwd", help="change the passphrase (or reset it with the recovery key)")
    p.add_argument("--recovery-key-file", metavar="F", help="use the recovery key in F")
    p.add_argument("--new-passphrase-file", metavar="F", help="read the new passphrase from F")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("verify", help="check the integrity of the vault")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("demo", help="create a vault with fictional demo cases")
    p.set_defaults(func=cmd_demo)


def cmd_init(args: argparse.Namespace) -> int:
    path = vault_path(args)
    passphrase = read_secret("New passphrase: ", args.passphrase_file, confirm=True)
    try:
        require_strong(passphrase)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if interactive():
        print("Measuring this computer to set the key derivation (about a second)...")
    vault, recovery = Vault.create(path, passphrase, organisation=args.organisation)
    vault.close()
    print(f"Created vault {path}")
    print(RECOVERY_NOTE.format(key=recovery))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    path = vault_path(args)
    if not is_vault(path):
        raise NotAVault(f"{path} is not a Casebook vault")
    if args.recovery_key_file:
        vault = Vault.unlock_with_recovery(path, first_line(args.recovery_key_file))
    else:
        vault = Vault.unlock(path, read_secret("Current passphrase: ", args.passphrase_file))
    try:
        new = read_secret("New passphrase: ", args.new_passphrase_file, confirm=True)
        try:
            require_strong(new)
        except ValueError as exc:
            raise CliError(str(exc)) from None
        vault.change_passphrase(new)
    finally:
        vault.close()
    print("Passphrase changed. The recovery key stays the same.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from casebook.services.verify import header_problems, verify_vault

    path = vault_path(args)
    if not path.is_dir():
        raise NotAVault(f"{path} is not a Casebook vault (no such directory)")
    problems = header_problems(path)
    if problems and "not a Casebook vault" in problems[0]:
        raise NotAVault(problems[0].removeprefix("header: "))
    if problems:
        for line in problems:
            print(line)
        return 1
    try:
        vault = Vault.unlock(path, read_secret("Passphrase: ", args.passphrase_file))
    except (WrongPassphrase, NotAVault):
        raise
    except VaultError as exc:
        print(str(exc))
        return 1
    try:
        problems = verify_vault(vault)
    finally:
        vault.close()
    for line in problems:
        print(line)
    if not problems:
        print(f"ok: {path} verified (header, database{_extra_checks()})")
        return 0
    return 1


def _extra_checks() -> str:
    from casebook.services import verify

    names = [getattr(c, "__doc__", "") or "" for c in verify._CHECKS]
    return "".join(f", {n.splitlines()[0].strip()}" for n in names if n)


def cmd_demo(args: argparse.Namespace) -> int:
    from casebook.services.demo import create_demo_vault

    if not args.vault:
        raise CliError("give the demo vault a place: casebook demo --vault DIR", 2)
    path = Path(args.vault).expanduser()
    vault, passphrase, recovery = create_demo_vault(path)
    count = vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    vault.close()
    print(f"Created demo vault {path} with {count} fictional cases.")
    print(f"Passphrase: {passphrase}")
    print(f"Recovery key: {recovery}")
    sys.stdout.flush()
    return 0


__all__ = ["register", "EXIT_AUTH"]
