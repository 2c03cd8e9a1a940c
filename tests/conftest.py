"""Shared fixtures: a fresh vault per test with cheap KDF parameters, a CLI runner."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casebook.vault.keys import KdfParams  # noqa: E402
from casebook.vault.vault import Vault  # noqa: E402

# Cheap parameters for tests only, passed through the API. The CLI and the GUI
# never accept less than KdfParams.floor().
FAST_KDF = KdfParams(memory_kib=256, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple zebra"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CASEBOOK_HOME", str(home / "casebook"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("CASEBOOK_NO_DBUS", "1")  # the desktop's screen lock stays out
    return home


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Messages in English whatever the machine's locale, and again after a test that
    switched the language (the CLI's --lang, the GUI's settings)."""
    from casebook import i18n

    monkeypatch.setenv("CASEBOOK_LANG", "en")
    yield
    i18n.set_language("en")


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    v, _recovery = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF, organisation="Test Org")
    yield v
    v.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run the CLI in-process: cli("case", "list", stdin="passphrase\\n")."""
    from casebook.cli import main

    def run(*argv: str, stdin: str = PASSPHRASE + "\n") -> CliResult:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(argv))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def snapshot_files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def files_containing(roots: list[Path], marker: bytes) -> list[Path]:
    """Files under `roots` whose bytes contain `marker`. Folders that other processes
    create and remove while we walk (the shared temp dir) are skipped, not fatal."""
    found = []
    for root in roots:
        for folder, _dirs, names in os.walk(root, onerror=lambda _err: None):
            for name in names:
                path = Path(folder) / name
                try:
                    if path.is_file() and not path.is_symlink() and marker in path.read_bytes():
                        found.append(path)
                except OSError:
                    continue
    return found


def recent_files_containing(root: Path, marker: bytes, since: float) -> list[Path]:
    """Files under `root` (the shared temp dir) written since `since` that hold `marker`.
    pytest's own directories are left out: a test scans its tmp_path in full with
    `files_containing`."""
    found = []
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith("pytest-of-")]
        for name in files:
            path = Path(dirpath) / name
            try:
                if path.stat().st_mtime >= since and marker in path.read_bytes():
                    found.append(path)
            except OSError:
                continue
    return found
