"""travel start, travel end."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from casebook.commands.common import first_line, read_secret, unlock, vault_path
from casebook.i18n import translate
from casebook.vault.errors import NotAVault
from casebook.vault.vault import is_vault


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "travel",
        help=translate("cli", "travel mode: take the keys off the laptop for a journey"),
    )
    actions = p.add_subparsers(dest="travel_command", metavar="ACTION", required=True)
    s = actions.add_parser(
        "start",
        help=translate("cli", "move the key slots into a file and leave the vault unopenable here"),
    )
    s.add_argument(
        "-o", "--output", metavar="FILE",
        help=translate("cli", "the travel file (default: travel-DATE.age here)"),
    )  # fmt: skip
    to = s.add_mutually_exclusive_group(required=True)
    to.add_argument(
        "--to", metavar="PARTNER",
        help=translate("cli", "encrypt the travel file to this partner (name or age1...)"),
    )  # fmt: skip
    to.add_argument(
        "--recovery-key-file", metavar="F",
        help=translate("cli", "encrypt the travel file to the recovery key in F"),
    )  # fmt: skip
    s.set_defaults(func=cmd_start)
    e = actions.add_parser(
        "end", help=translate("cli", "put the key slots back from a travel file")
    )
    e.add_argument("file", metavar="FILE")
    e.add_argument(
        "--recovery-key-file", metavar="F",
        help=translate("cli", "the recovery key the travel file is encrypted to"),
    )  # fmt: skip
    e.set_defaults(func=cmd_end)


def _require_vault(path: Path) -> None:
    if not is_vault(path):
        raise NotAVault(translate("cli", "{path} is not a Casebook vault").format(path=path))


def cmd_start(args: argparse.Namespace) -> int:
    from casebook.services import travel

    path = vault_path(args)
    _require_vault(path)
    out = Path(args.output or f"travel-{dt.date.today():%Y%m%d}.age").expanduser()
    recovery = first_line(args.recovery_key_file) if args.recovery_key_file else None
    vault = unlock(path, argparse.Namespace(passphrase_file=args.passphrase_file),
                   translate("cli", "Passphrase: "))  # fmt: skip
    try:
        started = travel.start(vault, out, recovery_key=recovery, recipient=args.to)
    finally:
        vault.close()
    print(
        translate(
            "cli", "Travel mode: the keys are in {file} (encrypted to {to}); this vault cannot "
            "be opened here until 'casebook travel end {file}'. Keep the file away from the "
            "laptop.",
        ).format(file=started.file, to=started.to)
    )  # fmt: skip
    return 0


def cmd_end(args: argparse.Namespace) -> int:
    from casebook.services import travel

    path = vault_path(args)
    _require_vault(path)
    recovery = first_line(args.recovery_key_file) if args.recovery_key_file else None
    passphrase = read_secret(translate("cli", "Passphrase: "), args.passphrase_file)
    travel.end(path, Path(args.file).expanduser(), passphrase, recovery)
    print(translate("cli", "Travel mode ended: the vault opens again with its passphrase."))
    return 0
