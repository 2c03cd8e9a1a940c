"""init, passwd, verify, demo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebook.commands.common import (
    EXIT_AUTH,
    EXIT_USAGE,
    CliError,
    first_line,
    interactive,
    read_secret,
    unlock,
    vault_path,
)
from casebook.i18n import Context, translate
from casebook.services.passphrase import require_strong, vault_words
from casebook.vault.errors import NotAVault, VaultError, WrongPassphrase
from casebook.vault.vault import Vault, is_vault

cli = Context("cli")


def recovery_note(key: str) -> str:
    return translate(
        "cli",
        "Recovery key (shown only this once; write it on paper and keep it apart from the "
        "laptop):\n\n    {key}\n\nWith it you can set a new passphrase if you forget yours. "
        "Anyone who has it can open the vault.",
    ).format(key=key)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=translate("cli", "create a new vault"))
    p.add_argument(
        "--organisation", default="",
        help=translate("cli", "your organisation's name (for bundles)"),
    )  # fmt: skip
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "passwd",
        help=translate("cli", "change the passphrase (or reset it with the recovery key)"),
    )
    p.add_argument(
        "--recovery-key-file", metavar="F", help=translate("cli", "use the recovery key in F")
    )
    p.add_argument(
        "--new-passphrase-file", metavar="F",
        help=translate("cli", "read the new passphrase from F"),
    )  # fmt: skip
    protect = p.add_mutually_exclusive_group()
    protect.add_argument(
        "--set-duress-file", metavar="F",
        help=translate(
            "cli", "set the duress passphrase to the first line of F: typed instead of the "
            "passphrase, it destroys the keys for good and opens an empty vault",
        ),
    )  # fmt: skip
    protect.add_argument(
        "--remove-duress", action="store_true",
        help=translate("cli", "remove the duress passphrase"),
    )  # fmt: skip
    protect.add_argument(
        "--wipe-after", metavar="N", type=int,
        help=translate(
            "cli", "destroy the keys after N wrong passphrases in a row (5, 10 or 20; 0 "
            "turns it off)",
        ),
    )  # fmt: skip
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("verify", help=translate("cli", "check the integrity of the vault"))
    p.add_argument(
        "--deep", action="store_true",
        help=translate(
            "cli", "also decrypt every page and check that deleted data is wiped (slower)"
        ),
    )  # fmt: skip
    p.add_argument(
        "--full", action="store_true",
        help=translate(
            "cli", "also compare every index of the database with its table (SQLite's "
            "integrity_check: slow on a large vault); the daily check runs quick_check"
        ),
    )  # fmt: skip
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("demo", help=translate("cli", "create a vault with fictional demo cases"))
    p.set_defaults(func=cmd_demo)


def cmd_init(args: argparse.Namespace) -> int:
    path = vault_path(args)
    passphrase = read_secret(
        translate("cli", "New passphrase: "), args.passphrase_file, confirm=True
    )
    try:
        require_strong(passphrase, (args.organisation,))
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if interactive():
        print(
            translate(
                "cli", "Measuring this computer to set the key derivation (about a second)..."
            )
        )
    vault, recovery = Vault.create(path, passphrase, organisation=args.organisation)
    vault.close()
    print(translate("cli", "Created vault {path}").format(path=path))
    print(recovery_note(recovery))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    path = vault_path(args)
    if not is_vault(path):
        raise NotAVault(translate("cli", "{path} is not a Casebook vault").format(path=path))
    if args.set_duress_file or args.remove_duress or args.wipe_after is not None:
        return _protect(path, args)
    vault = unlock(path, args, translate("cli", "Current passphrase: "))
    try:
        new = read_secret(
            translate("cli", "New passphrase: "), args.new_passphrase_file, confirm=True
        )
        try:
            require_strong(new, vault_words(vault))
        except ValueError as exc:
            raise CliError(str(exc)) from None
        vault.change_passphrase(new)
    finally:
        vault.close()
    print(translate("cli", "Passphrase changed. The recovery key stays the same."))
    return 0


def duress_warning() -> str:
    return translate(
        "cli",
        "Duress passphrase set. If it is typed instead of the passphrase, anywhere the "
        "passphrase is asked, the keys of this vault are destroyed at once and for good, "
        "and an empty vault opens without any message. After that neither the passphrase "
        "nor the recovery key opens the cases: only a backup made before brings them back. "
        "Keep a backup somewhere else.",
    )


def _protect(path: Path, args: argparse.Namespace) -> int:
    from casebook.vault import protection

    if args.wipe_after is not None and args.wipe_after not in (0, 5, 10, 20):
        raise CliError(
            translate("cli", "--wipe-after takes 5, 10 or 20 (0 turns it off), not {n}").format(
                n=args.wipe_after
            ),
            EXIT_USAGE,
        )
    duress = first_line(args.set_duress_file) if args.set_duress_file else None
    if duress is not None and not duress:
        raise CliError(
            translate("cli", "{path} holds no duress passphrase on its first line").format(
                path=args.set_duress_file
            )
        )
    current = read_secret(translate("cli", "Current passphrase: "), args.passphrase_file)
    vault = Vault.unlock(path, current)
    try:
        if duress is not None:
            protection.set_duress(vault, current, duress)
            print(duress_warning())
        elif args.remove_duress:
            if protection.remove_duress(vault, current):
                print(translate("cli", "Duress passphrase removed."))
            else:
                print(translate("cli", "This vault has no duress passphrase."))
        elif args.wipe_after:
            protection.set_wipe_after(vault, current, args.wipe_after)
            print(
                translate(
                    "cli", "After {n} wrong passphrases in a row the keys of this vault will "
                    "be destroyed for good; only a backup made before brings the cases back.",
                ).format(n=args.wipe_after)
            )  # fmt: skip
        else:
            protection.set_wipe_after(vault, current, 0)
            print(translate("cli", "Wrong passphrases no longer destroy the keys."))
    finally:
        vault.close()
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from casebook.services.quarantine import quarantine_notes
    from casebook.services.verify import header_problems, verify_vault
    from casebook.vault.keys import read_header
    from casebook.vault.vault import HEADER

    path = vault_path(args)
    if not path.is_dir():
        raise NotAVault(
            translate("cli", "{path} is not a Casebook vault (no such directory)").format(path=path)
        )
    try:
        read_header(path / HEADER)
    except NotAVault:
        raise
    except VaultError:
        pass  # a damaged header: header_problems says what is wrong with it
    problems = header_problems(path)
    if problems:
        for line in problems:
            print(line)
        return 1
    try:
        vault = Vault.unlock(
            path, read_secret(translate("cli", "Passphrase: "), args.passphrase_file),
            read_only=bool(getattr(args, "read_only", False)),
        )  # fmt: skip
    except (WrongPassphrase, NotAVault):
        raise
    except VaultError as exc:
        print(str(exc))
        return 1
    try:
        problems = verify_vault(vault, full=args.full)
        if getattr(args, "deep", False):
            from casebook.services.verify_deep import deep_problems

            problems += deep_problems(vault)
        notes = quarantine_notes(vault)
    finally:
        vault.close()
    for line in problems + notes:
        print(line)
    if not problems:
        checked = [translate("cli", "header"), translate("cli", "database"), *_extra_checks()]
        if getattr(args, "deep", False):
            checked.append(translate("verify", "every page decrypted, deleted data wiped"))
        print(
            translate("cli", "ok: {path} verified ({checked})").format(
                path=path, checked=", ".join(checked)
            )
        )
        return 0
    return 1


def _extra_checks() -> list[str]:
    """What the registered checks cover, from the first line of their docstrings (each
    declared for translation in the "verify" context next to its check)."""
    from casebook.services import verify

    names = [getattr(c, "__doc__", "") or "" for c in verify._CHECKS]
    return [translate("verify", n.splitlines()[0].strip()) for n in names if n]


def cmd_demo(args: argparse.Namespace) -> int:
    from casebook.services.demo import create_demo_vault

    if not args.vault:
        raise CliError(
            translate("cli", "give the demo vault a place: casebook demo --vault DIR"), 2
        )
    path = Path(args.vault).expanduser()
    vault, passphrase, recovery = create_demo_vault(path)
    count = vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    vault.close()
    print(cli.tr("Created demo vault {path} with %n fictional cases.", "", count).format(path=path))
    print(translate("cli", "Passphrase: {passphrase}").format(passphrase=passphrase))
    print(translate("cli", "Recovery key: {key}").format(key=recovery))
    sys.stdout.flush()
    return 0


__all__ = ["register", "EXIT_AUTH"]
