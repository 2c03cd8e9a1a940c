"""Start-up of the command line: heavy modules are imported only by the commands that
need them (issue 19). Each check runs a fresh interpreter, as a user's shell does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from casebook.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

HEAVY = ("PySide6", "PIL", "docx", "pypdf", "jsonschema", "pycountry", "zxcvbn")

# Runs the CLI in a new process, then prints which modules it had run (not merely
# registered for a lazy import: casebook.lazy).
_PROBE = """
import json, sys
from casebook.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:  # --help
    code = exc.code
run = [n for n, m in list(sys.modules.items()) if type(m).__name__ != "_LazyModule"]
print(json.dumps({"code": code, "modules": sorted({n.split('.')[0] for n in run}),
                  "casebook": sorted(n for n in run if n.startswith('casebook'))}))
"""


def _probe(*argv: str) -> dict[str, object]:
    env = dict(os.environ, CASEBOOK_LANG="en")
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_case_list_imports_no_qt_nor_heavy_libraries(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, organisation="Org")
    vault.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    args = ("--vault", str(tmp_path / "v"), "--passphrase-file", str(secret), "case", "list")
    result = _probe(*args)
    assert result["code"] == 0
    loaded = set(result["modules"])  # type: ignore[call-overload]
    assert "sqlcipher3" in loaded  # it did unlock the vault
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_help_loads_no_service_of_a_command(tmp_path: Path) -> None:
    result = _probe("--help")
    loaded = set(result["casebook"])  # type: ignore[call-overload]
    for name in ("casebook.services.evidence", "casebook.services.bundle",
                 "casebook.services.appeals.build", "casebook.ui.app"):  # fmt: skip
        assert name not in loaded
    assert set(result["modules"]).isdisjoint(HEAVY)  # type: ignore[call-overload]


def test_version_is_answered_before_the_commands_are_imported() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "--lang", "ru", "--version"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.stdout.startswith("casebook ")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "casebook.commands.common" not in result["casebook"]
    assert "sqlcipher3" not in result["modules"]


def test_lazy_commands_still_work(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("--vault", str(vault_dir), "appeals", "demands").code == 0


def test_help_imports_no_command_module_nor_the_vault() -> None:
    result = _probe("--help")
    loaded = set(result["casebook"])  # type: ignore[call-overload]
    assert not [n for n in loaded if n.startswith("casebook.commands.") and n != (
        "casebook.commands.language")]  # fmt: skip
    assert "sqlcipher3" not in set(result["modules"])  # type: ignore[call-overload]


def test_a_command_imports_only_its_own_module(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, organisation="Org")
    vault.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    result = _probe("--vault", str(tmp_path / "v"), "--passphrase-file", str(secret),
                    "case", "list")  # fmt: skip
    assert result["code"] == 0
    loaded = set(result["casebook"])  # type: ignore[call-overload]
    assert "casebook.commands.cases" in loaded
    for other in ("appeal", "backup", "partners", "outreach", "patterns", "exports"):
        assert f"casebook.commands.{other}" not in loaded


def test_the_table_of_commands_is_what_the_modules_register() -> None:
    """`casebook --help` is printed from cli.COMMANDS: each line must be the module's."""
    import argparse
    import importlib

    from casebook import cli

    found = []
    for module in cli.COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(module).register(sub)
        helps = {action.dest: action.help for action in sub._choices_actions}
        found += [(name, module.rsplit(".", 1)[1], helps[name]) for name in sub.choices]
    assert [(n, m, h) for n, m, h in found] == list(cli.COMMANDS)


def test_help_lists_every_command_in_the_language_asked(capsys) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from casebook import cli

    with pytest.raises(SystemExit):
        cli.main(["--lang", "ru", "--help"])
    shown = capsys.readouterr().out
    for name, _module, _help in cli.COMMANDS:
        assert f"    {name} " in shown or f"    {name}\n" in shown
    assert "создать новое хранилище" in shown.lower()  # init's line, translated


def test_a_command_named_in_an_unexpected_way_still_runs(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An abbreviated main option (--vau DIR) hides the command from the quick look:
    the whole command line is built then, and the command runs as before."""
    Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)[0].close()
    result = cli("--vau", str(tmp_path / "v"), "case", "list", "--json")
    assert result.code == 0 and json.loads(result.out) == []
    helped = subprocess.run(
        [sys.executable, "-m", "casebook", "--vau", str(tmp_path / "v"), "case", "-h"],
        capture_output=True, text=True, env=dict(os.environ, CASEBOOK_LANG="en"), timeout=60,
    )  # fmt: skip
    assert helped.returncode == 0 and "list" in helped.stdout  # the command's own help
