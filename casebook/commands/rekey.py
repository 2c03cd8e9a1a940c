"""casebook rekey: replace every key of the vault after a compromise."""

from __future__ import annotations

import argparse
import sys

from casebook.commands.common import CliError, interactive, opened, read_secret
from casebook.commands.vault import recovery_note
from casebook.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "rekey",
        help=translate(
            "cli", "replace all keys (after a compromise): new data key, passphrase and "
            "recovery key",
        ),
    )  # fmt: skip
    p.add_argument(
        "--new-passphrase-file", metavar="F",
        help=translate("cli", "read the new passphrase from F"),
    )  # fmt: skip
    p.set_defaults(func=cmd_rekey)


def cmd_rekey(args: argparse.Namespace) -> int:
    from casebook.services.passphrase import require_strong
    from casebook.services.rekey import old_backups_note, replace_all_keys

    with opened(args) as vault:
        current = read_secret(translate("cli", "Current passphrase, again: "), args.passphrase_file)
        new = read_secret(
            translate("cli", "New passphrase: "), args.new_passphrase_file, confirm=True
        )
        try:
            require_strong(new)
        except ValueError as exc:
            raise CliError(str(exc)) from None
        if interactive():
            print(translate("cli", "Re-encrypting the database under a new key..."))
        recovery = replace_all_keys(vault, current, new)
    print(
        translate(
            "cli",
            "All keys replaced. The old passphrase and recovery key no longer open this vault.",
        )
    )
    print(recovery_note(recovery))
    print(old_backups_note())
    sys.stdout.flush()
    return 0
