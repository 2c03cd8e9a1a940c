"""packaging/check_qt_libs.py, run by `make run` before Casebook starts: missing system
libraries of Qt's xcb plugin are named with the one command that installs them."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-icccm.so.4 => not found
\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibEGL.so.1 => /lib/x86_64-linux-gnu/libEGL.so.1 (0x00007f)
"""


@pytest.fixture
def check() -> ModuleType:
    path = ROOT / "packaging" / "check_qt_libs.py"
    spec = importlib.util.spec_from_file_location("check_qt_libs", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_libraries_ldd_cannot_find_are_named_once(check) -> None:
    assert check.not_found(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_one_install_command_for_all_of_them(check) -> None:
    missing = ["libxcb-icccm.so.4", "libxcb-cursor.so.0", "libunknown.so.9"]
    assert check.install_command(missing) == [
        "apt-get", "install", "-y", "libxcb-cursor0", "libxcb-icccm4",
    ]  # fmt: skip
    assert check.install_command(["libunknown.so.9"]) == []


def test_not_root_prints_the_command_and_stops(check, monkeypatch, capsys) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(check.sys, "platform", "linux")
    monkeypatch.setattr(check, "missing_libraries", lambda _plugin: ["libxcb-cursor.so.0"])
    monkeypatch.setattr(check.os, "geteuid", lambda: 1000)

    def no_run(*_args, **_kwargs):
        raise AssertionError("nothing is installed without root")

    monkeypatch.setattr(check.subprocess, "run", no_run)
    assert check.main(["/nowhere/libqxcb.so"]) == 1
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err
    assert "sudo apt-get install -y libxcb-cursor0" in err


def test_root_on_debian_installs_them(check, monkeypatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(check.sys, "platform", "linux")
    state = {"missing": ["libxcb-cursor.so.0"]}
    monkeypatch.setattr(check, "missing_libraries", lambda _plugin: state["missing"])
    monkeypatch.setattr(check.os, "geteuid", lambda: 0)
    monkeypatch.setattr(check, "_debian", lambda: True)
    ran: list[list[str]] = []

    class Done:
        returncode = 0

    def run(command, **_kwargs):
        ran.append(command)
        if command[:2] == ["apt-get", "install"]:
            state["missing"] = []
        return Done()

    monkeypatch.setattr(check.subprocess, "run", run)
    assert check.main([]) == 0
    assert ran[-1] == ["apt-get", "install", "-y", "libxcb-cursor0"]


def test_nothing_missing_or_not_xcb_is_silent(check, monkeypatch, capsys) -> None:
    monkeypatch.setattr(check.sys, "platform", "linux")
    monkeypatch.setattr(check, "missing_libraries", lambda _plugin: [])
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert check.main([]) == 0
    monkeypatch.setattr(check, "missing_libraries", lambda _plugin: ["libxcb-cursor.so.0"])
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert check.main([]) == 0
    assert capsys.readouterr().err == ""


def test_make_run_checks_before_starting() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    run = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert run.index("check_qt_libs.py") < run.index("casebook gui")
