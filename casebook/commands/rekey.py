"""casebook rekey: replace every key of the vault after a compromise."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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
    p.add_argument(
        "--new-identity", action="store_true",
        help=translate(
            "cli", "also a new organisation identity, with a rotation notice for partners"
        ),
    )  # fmt: skip
    p.add_argument(
        "--notice-file", metavar="F",
        help=translate("cli", "write the rotation notice to F (with --new-identity)"),
    )  # fmt: skip
    p.set_defaults(func=cmd_rekey)


def register_partner_rotate(cmds: argparse._SubParsersAction) -> None:
    """`casebook partner rotate NOTICE`: take a partner's new card from their notice."""
    p = cmds.add_parser(
        "rotate",
        help=translate("cli", "replace a partner's card with the one of their rotation notice"),
    )
    p.add_argument(
        "notice", metavar="NOTICE_OR_FILE",
        help=translate("cli", "the rotation notice line, or a file holding it"),
    )  # fmt: skip
    p.set_defaults(func=cmd_partner_rotate)


def cmd_partner_rotate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from casebook.services.rotation import MAX_NOTICE_CHARS, PREFIX, apply_notice

    text = args.notice
    if not text.startswith(PREFIX):
        try:
            with open(Path(text).expanduser(), encoding="utf-8") as f:
                text = f.read(MAX_NOTICE_CHARS + 1)
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(
                translate("cli", "cannot read the rotation notice {path}: {reason}").format(
                    path=args.notice, reason=exc
                )
            ) from None
    from casebook.services import partners

    with opened(args) as vault:
        if not text.lstrip().startswith(PREFIX):  # the multi-line form bundles carry
            name = partners.accept_rotation(vault, partners.parse_rotation_notice(text)).name
        else:
            name, _changes = apply_notice(vault, text)
        fingerprint = partners.get_partner(vault, name).card.fingerprint
    print(
        translate(
            "cli", "Partner {name} now has the new card of the notice; new fingerprint: "
            "{fingerprint}",
        ).format(name=name, fingerprint=fingerprint)
    )  # fmt: skip
    return 0


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
        notice = ""
        if args.new_identity:  # after the rekey: the new keys exist only under the new one
            from casebook.services.rotation import rotate_identity

            notice = rotate_identity(vault)
    print(
        translate(
            "cli",
            "All keys replaced. The old passphrase and recovery key no longer open this vault.",
        )
    )
    print(recovery_note(recovery))
    print(old_backups_note())
    if notice:
        print(
            translate(
                "cli", "New organisation identity. Send this rotation notice to your "
                "partners (casebook partner rotate NOTICE):",
            )
        )  # fmt: skip
        print(notice)
        if args.notice_file:
            from casebook.commands.common import write_export

            write_export(Path(args.notice_file).expanduser(), (notice + "\n").encode())
    sys.stdout.flush()
    return 0
