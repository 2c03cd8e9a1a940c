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
