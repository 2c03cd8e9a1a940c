"""Lock when the screen locks, the screen saver starts or the computer sleeps."""

from __future__ import annotations

from casebook.ui import settings
from casebook.ui.session_watch import SessionWatcher
from tests import ui_support

window = ui_support.window
gui = ui_support.gui
demo = ui_support.demo


def test_sleep_and_screen_saver_lock_the_vault(window) -> None:
    watcher = window.session_watcher
    watcher.prepareForSleep(False)  # waking up locks nothing
    watcher.screenSaverActive(False)
    assert window.vault is not None
    watcher.prepareForSleep(True)
    assert window.vault is None


def test_screen_saver_and_session_lock(window, demo) -> None:
    window.session_watcher.screenSaverActive(True)
    assert window.vault is None
    ui_support.unlock(window, demo[1])
    window.session_watcher.sessionLocked()
    assert window.vault is None


def test_the_setting_turns_it_off(window) -> None:
    settings.LOCK_ON_SESSION_LOCK.set(False)
    window.session_watcher.prepareForSleep(True)
    assert window.vault is not None


def test_settings_say_where_it_is_not_available(window, monkeypatch) -> None:
    assert window.session_watcher.sources == []  # no D-Bus in the test run
    window.acts.settings.trigger()
    dialog = next(w for w in window.findChildren(settings.SettingsDialog) if w.isVisible())
    assert "does not tell" in dialog.session_note.text()
    watching = SessionWatcher(connect=False)
    watching.sources = ["screen saver", "suspend"]
    assert "screen saver starts" in watching.describe() and "sleep" in watching.describe()
