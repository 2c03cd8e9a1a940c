"""Starting the application: `casebook gui`, `casebook` alone, --vault, process hardening."""

from __future__ import annotations

import os
import resource

import pytest
from PySide6.QtWidgets import QApplication

from casebook.ui import app as app_module
from casebook.ui.main_window import MainWindow
from tests import ui_support

# Fixtures shared by the GUI tests.
demo = ui_support.demo
gui = ui_support.gui


@pytest.fixture
def started(monkeypatch, gui):
    """Run `run_gui` without entering the event loop; returns the windows it showed."""
    shown: list[MainWindow] = []
    monkeypatch.setattr(app_module, "harden_process", lambda: None)
    monkeypatch.setattr(app_module, "_close_on_signals", lambda window: None)

    def fake_exec(_self=None) -> int:
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    yield shown
    for window in shown:
        window._closing = True
        window.close()


def test_gui_command_opens_the_unlock_screen_of_the_given_vault(cli, started, demo) -> None:
    path, _passphrase = demo
    result = cli("gui", "--vault", str(path))
    assert result.code == 0
    [window] = started
    assert window.current_page() is window.unlock_page
    assert window.unlock_page.path == path
    assert window.windowTitle() == "Casebook — Locked"


def test_no_command_starts_the_gui_with_the_welcome_screen(cli, started) -> None:
    assert cli().code == 0
    [window] = started
    assert window.current_page() is window.welcome


def test_harden_process_disables_core_dumps_and_sets_a_private_umask() -> None:
    old_limits = resource.getrlimit(resource.RLIMIT_CORE)
    old_umask = os.umask(0o022)
    try:
        app_module.harden_process()
        assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
        current = os.umask(0o022)
        assert current == 0o077
    finally:
        os.umask(old_umask)
        try:
            resource.setrlimit(resource.RLIMIT_CORE, old_limits)
        except (ValueError, OSError):
            pass  # the hard limit cannot be raised again; harmless for the tests


def test_stylesheet_is_found_and_applied(gui) -> None:
    assert "QFrame#card" in app_module.stylesheet()
    assert QApplication.instance().styleSheet() == app_module.stylesheet()
