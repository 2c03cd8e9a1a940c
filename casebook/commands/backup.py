"""backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebook.commands.common import CliError, first_line, interactive, opened, read_secret
from casebook.services.backup import BackupReport, BackupStatus, Progress
from casebook.vault.errors import NotAVault
from casebook.vault.vault import Vault, is_vault


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup",
        help="write or update an encrypted backup (a copy that is itself a vault)",
        description="Write DEST as a backup of the vault, or bring an earlier backup in "
        "DEST up to date (only new evidence is copied). The backup opens with the same "
        "passphrase and recovery key.",
    )
    p.add_argument("dest", nargs="?", metavar="DEST_DIR", help="backup directory (a USB stick)")
    p.add_argument("--status", action="store_true", help="show when the last backup was made")
    p.add_argument("--reminder-days", type=int, metavar="N", help="remind after N days")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="create a working vault from a backup",
        description="Check BACKUP_DIR completely, then create a working vault in DIR.",
    )
    p.add_argument("backup", metavar="BACKUP_DIR")
    p.add_argument("--to", required=True, metavar="DIR", help="new or empty directory")
    p.add_argument("--recovery-key-file", metavar="F", help="unlock with the recovery key in F")
    p.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from casebook.services import backup

    if not args.dest and not args.status and args.reminder_days is None:
        raise CliError("give a backup directory: casebook backup DEST_DIR", 2)
    with opened(args) as vault:
        if args.reminder_days is not None:
            backup.set_reminder_days(vault, args.reminder_days)
        if args.dest:
            report = backup.backup(vault, Path(args.dest), progress=_progress_printer())
            _print_report(report, "Backup written to" if report.created else "Backup updated:")
        if args.status or not args.dest:
            _print_status(backup.backup_status(vault))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from casebook.services import backup
    from casebook.services.verify import verify_vault

    source = Path(args.backup).expanduser()
    if not is_vault(source):
        raise NotAVault(f"{source} is not a Casebook backup (no header)")
    if args.recovery_key_file:
        backup_vault = Vault.unlock_with_recovery(source, first_line(args.recovery_key_file))
    else:
        backup_vault = Vault.unlock(source, read_secret("Passphrase: ", args.passphrase_file))
    try:
        problems = verify_vault(backup_vault)
        if problems:
            for line in problems:
                print(line)
            raise CliError(f"the backup in {source} has problems; nothing was restored")
        report = backup.restore(backup_vault, Path(args.to), progress=_progress_printer())
        restored = Vault(report.destination, backup.raw_key(backup_vault))
    finally:
        backup_vault.close()
    try:
        problems = verify_vault(restored)
    finally:
        restored.close()
    if problems:
        for line in problems:
            print(line)
        raise CliError(f"the restored vault in {report.destination} did not verify")
    _print_report(report, "Restored a working vault to")
    print("It opens with the passphrase and recovery key of the backup.")
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
    print(f"{title} {report.destination}")
    print(
        f"  evidence files: {report.evidence_files} "
        f"({report.copied_files} copied, {_size(report.copied_bytes)}; "
        f"{report.removed_files} removed)"
    )
    print(f"  database snapshot: {_size(report.database_bytes)}, verified")


def _print_status(status: BackupStatus) -> None:
    if status.last_time:
        print(f"Last backup: {status.last_time} to {status.destination}")
    else:
        print("No backup has been made of this vault yet.")
    print(f"Reminder after {status.reminder_days} days.")
    if status.overdue:
        print("A backup is due: run 'casebook backup DEST_DIR'.")


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    value = float(n)
    for unit in ("KiB", "MiB", "GiB"):
        value /= 1024
        if value < 1024 or unit == "GiB":
            break
    return f"{value:.1f} {unit}"
