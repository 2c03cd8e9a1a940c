"""Shared pieces of the command line: passphrases, opening the vault, errors, output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from casebook.domain.validation import ValidationError
from casebook.i18n import os_error, translate
from casebook.vault import db
from casebook.vault.errors import NotAVault, VaultError, WrongPassphrase
from casebook.vault.vault import Vault

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_AUTH = 0, 1, 2, 3


class CliError(Exception):
    """A clear one-line error with an exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR):
        super().__init__(message)
        self.code = code


def vault_path(args: argparse.Namespace) -> Path:
    from casebook import paths

    return Path(args.vault).expanduser() if args.vault else paths.default_vault()


class _Stdin:
    """Lines of a non-interactive standard input, read once and handed out in order."""

    lines: list[str] | None = None

    @classmethod
    def next_line(cls) -> str:
        if cls.lines is None:
            cls.lines = sys.stdin.read().splitlines()
        if not cls.lines:
            raise CliError(
                translate("cli", "expected a passphrase on standard input, found nothing"),
                EXIT_USAGE,
            )
        return cls.lines.pop(0)


MAX_SECRET_LINE = 4096  # bytes: a passphrase or recovery key is far shorter


def first_line(path: str) -> str:
    """The first line of a passphrase or recovery key file: at most MAX_SECRET_LINE bytes
    are read (a device such as /dev/zero never ends), a UTF-8 byte-order mark (as
    Windows Notepad writes it) is not part of the passphrase."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_SECRET_LINE + 2)
    except OSError as exc:
        raise cannot_read(path, exc) from None
    line = data.split(b"\n", 1)[0]
    if len(line) > MAX_SECRET_LINE or (b"\n" not in data and len(data) > MAX_SECRET_LINE):
        raise CliError(
            translate(
                "cli", "the first line of {path} is longer than {size} bytes: that is not a "
                "passphrase or recovery key",
            ).format(path=path, size=MAX_SECRET_LINE)
        )  # fmt: skip
    try:
        return line.decode("utf-8").removeprefix("\ufeff").rstrip("\r")
    except UnicodeDecodeError:
        raise CliError(translate("cli", "{path} is not UTF-8 text").format(path=path)) from None


def cannot_read(path: object, exc: OSError) -> CliError:
    return CliError(
        translate("cli", "cannot read {path}: {reason}").format(path=path, reason=os_error(exc))
    )


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_secret(prompt: str, file: str | None = None, *, confirm: bool = False) -> str:
    """From FILE, else the terminal (twice when `confirm`), else the next stdin line."""
    if file:
        return first_line(file)
    if interactive():
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass(translate("cli", "Repeat: ")) != value:
            raise CliError(translate("cli", "the two entries differ; nothing was changed"))
        return value
    return _Stdin.next_line()


def reset_stdin() -> None:
    _Stdin.lines = None


def open_vault(args: argparse.Namespace) -> Vault:
    path = vault_path(args)
    from casebook.vault.vault import is_vault

    if not is_vault(path):
        raise NotAVault(
            translate(
                "cli", "{path} is not a Casebook vault (create one with 'casebook init')"
            ).format(path=path)
        )
    return unlock(path, args, translate("cli", "Passphrase: "))


def unlock(path: Path, args: argparse.Namespace, prompt: str) -> Vault:
    """The vault at `path`, unlocked with the recovery key in --recovery-key-file where
    the command has that option and it is given, else with the passphrase."""
    from casebook.vault.generation import RolledBack

    read_only = bool(getattr(args, "read_only", False))
    try:
        if getattr(args, "recovery_key_file", None):
            return Vault.unlock_with_recovery(
                path, first_line(args.recovery_key_file), read_only=read_only
            )
        return Vault.unlock(path, read_secret(prompt, args.passphrase_file), read_only=read_only)
    except RolledBack as exc:
        raise CliError(
            str(exc) + " " + translate("cli", "(add --read-only to the command to do so)")
        ) from None


def _say_upgrade(done: int, total: int) -> None:
    """On standard error, so that --json output stays whole: the first opening by a new
    version upgrades the vault, which takes minutes on a large one."""
    if done == 0:
        text = translate(
            "cli", "upgrading this vault for this version of Casebook; this is done once "
            "and can take minutes on a large vault: do not interrupt it",
        )  # fmt: skip
    else:
        text = translate("cli", "upgrade: step {done} of {total} done")
    print(text.format(done=done, total=total), file=sys.stderr, flush=True)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Vault]:
    vault = open_vault(args)
    try:
        yield vault
    finally:
        vault.close()


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def run_command(args: argparse.Namespace) -> int:
    """Run args.func, turning every error into one line on stderr and an exit code."""
    reset_stdin()
    try:
        with db.reporting_upgrade(_say_upgrade):  # whichever way the command opens a vault
            return int(args.func(args) or 0)
    except CliError as exc:
        _error(str(exc))
        return exc.code
    except (WrongPassphrase, NotAVault) as exc:
        _error(str(exc))
        return EXIT_AUTH
    except ValidationError as exc:
        _error(translate("cli", "invalid input:") + "\n  " + "\n  ".join(map(str, exc.errors)))
        return EXIT_ERROR
    except VaultError as exc:
        _error(str(exc))
        return EXIT_ERROR
    except OSError as exc:
        if exc.filename:
            text = translate("cli", "cannot access {path}: {reason}")
        else:
            text = translate("cli", "cannot access a file: {reason}")
        _error(text.format(path=exc.filename, reason=os_error(exc)))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _error(translate("cli", "interrupted"))
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        if db.is_damage(exc):  # a damaged page met by a query after the vault opened
            _error(str(db.damaged(exc)))
            return EXIT_ERROR
        _error(
            translate("cli", "unexpected {kind}: {message}").format(
                kind=type(exc).__name__, message=exc
            )
        )
        return EXIT_ERROR


def _error(message: str) -> None:
    sys.stderr.write(translate("cli", "casebook: error: {message}").format(message=message))
    sys.stderr.write("\n")
    sys.stderr.flush()


def ensure_private_output(path: Path) -> None:
    """Create parent directories of an export. It does not know the vault: exports that
    could land in it go through a service that calls `Vault.refuse_inside`."""
    path.parent.mkdir(parents=True, exist_ok=True)


def write_export(path: Path, data: bytes) -> None:
    """Write a file the user asked for, atomically, readable by the user only."""
    from casebook.vault.fsutil import atomic_write

    ensure_private_output(path)
    atomic_write(path, data, mode=0o600)
    os.chmod(path, 0o600)


def output_path(text: str) -> Path:
    """The -o argument. A path ending in a separator names a folder: it is created, so
    the export goes inside it under its own name instead of becoming a file called DIR."""
    path = Path(text).expanduser()
    if text.endswith(("/", os.sep)):
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def kibibytes(n: int) -> str:
    """A size of at least 1 KiB: "4.9 KiB", "1.0 MiB", "3072.0 GiB"."""
    value = n / 1024
    units = [translate("cli", "KiB"), translate("cli", "MiB"), translate("cli", "GiB")]
    while value >= 1024 and len(units) > 1:
        value /= 1024
        units.pop(0)
    return f"{value:.1f} {units[0]}"
