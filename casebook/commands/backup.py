"""backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebook.commands.common import (
    CliError,
    interactive,
    kibibytes,
    opened,
    unlock,
)
from casebook.i18n import Context, translate
from casebook.services.backup import BackupReport, BackupStatus, Progress
from casebook.vault.errors import NotAVault
from casebook.vault.vault import Vault, is_vault

cli = Context("cli")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup",
        help=translate(
            "cli", "write or update an encrypted backup (a copy that is itself a vault)"
        ),
        description=translate(
            "cli",
            "Write DEST_DIR as a backup of the vault, or bring an earlier backup in "
            "DEST_DIR up to date (only new evidence is copied). The backup opens with the same "
            "passphrase and recovery key.",
        ),
    )
    p.add_argument(
        "dest", nargs="?", metavar="DEST_DIR",
        help=translate("cli", "backup directory (a USB stick)"),
    )  # fmt: skip
    p.add_argument(
        "--status", action="store_true",
        help=translate("cli", "show when the last backup was made"),
    )  # fmt: skip
    p.add_argument(
        "--reminder-days", type=int, metavar="N", help=translate("cli", "remind after N days")
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        help=translate("cli", "create a working vault from a backup"),
        description=translate(
            "cli", "Check BACKUP_DIR completely, then create a working vault in DIR."
        ),
    )
    p.add_argument("backup", metavar="BACKUP_DIR")
    p.add_argument(
        "--to", required=True, metavar="DIR", help=translate("cli", "new or empty directory")
    )
    p.add_argument(
        "--recovery-key-file", metavar="F",
        help=translate("cli", "unlock with the recovery key in F"),
    )  # fmt: skip
    p.add_argument(
        "--generation", type=int, metavar="N",
        help=translate("cli", "restore one of the older generations the backup keeps"),
    )  # fmt: skip
    p.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from casebook.services import backup

    if not args.dest and not args.status and args.reminder_days is None:
        raise CliError(translate("cli", "give a backup directory: casebook backup DEST_DIR"), 2)
    with opened(args) as vault:
        if args.reminder_days is not None:
            backup.set_reminder_days(vault, args.reminder_days)
        if args.dest:
            report = backup.backup(vault, Path(args.dest), progress=_progress_printer())
            if report.created:
                title = translate("cli", "Backup written to {path}")
            else:
                title = translate("cli", "Backup updated: {path}")
            _print_report(report, title)
        if args.status or not args.dest:
            _print_status(backup.backup_status(vault))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from casebook.services import backup
    from casebook.services.verify import verify_vault

    source = Path(args.backup).expanduser()
    if not is_vault(source):
        raise NotAVault(
            translate("cli", "{path} is not a Casebook backup (no header)").format(path=source)
        )
    backup_vault = unlock(source, args, translate("cli", "Passphrase: "))
    whole = backup_vault
    try:
        if getattr(args, "generation", None) is not None:
            from casebook.services.backup_generations import open_generation

            backup_vault = open_generation(whole, args.generation)
        problems = verify_vault(backup_vault)
        if problems:
            for line in problems:
                print(line)
            raise CliError(
                translate("cli", "the backup in {path} has problems; nothing was restored").format(
                    path=source
                )
            )
        report = backup.restore(backup_vault, Path(args.to), progress=_progress_printer())
        restored = Vault(report.destination, backup.raw_key(backup_vault))
    finally:
        backup_vault.close()
        whole.close()
    try:
        problems = verify_vault(restored)
    finally:
        restored.close()
    if problems:
        for line in problems:
            print(line)
        raise CliError(
            translate("cli", "the restored vault in {path} did not verify").format(
                path=report.destination
            )
        )
    _print_report(report, translate("cli", "Restored a working vault to {path}"))
    print(translate("cli", "It opens with the passphrase and recovery key of the backup."))
    return 0


def _progress_printer() -> Progress | None:
    if not interactive():
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != last[0]:
            last[0] = percent
            sys.stderr.write(f"\r{percent:3d}%")
            sys.stderr.flush()

    return show


def _print_report(report: BackupReport, title: str) -> None:
    if interactive():
        sys.stderr.write("\r")
    print(title.format(path=report.destination))
    copied = cli.tr("%n copied", "", report.copied_files)
    removed = cli.tr("%n removed", "", report.removed_files)
    print(
        translate("cli", "  evidence files: {count} ({copied}, {size}; {removed})").format(
            count=report.evidence_files, copied=copied, size=_size(report.copied_bytes),
            removed=removed,
        )
    )  # fmt: skip
    print(
        translate("cli", "  database snapshot: {size}, verified").format(
            size=_size(report.database_bytes)
        )
    )


def _print_status(status: BackupStatus) -> None:
    if status.last_time:
        print(
            translate("cli", "Last backup: {time} to {path}").format(
                time=status.last_time, path=status.destination
            )
        )
    else:
        print(translate("cli", "No backup has been made of this vault yet."))
    print(cli.tr("Reminder after %n days.", "", status.reminder_days))
    if status.overdue:
        print(translate("cli", "A backup is due: run 'casebook backup DEST_DIR'."))


def _size(n: int) -> str:
    if n < 1024:
        return cli.tr("%n bytes", "", n)
    return kibibytes(n)
