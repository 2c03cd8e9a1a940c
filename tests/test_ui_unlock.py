"""Unlock: wrong passphrase, growing delay, the background KDF, the recovery path."""

from __future__ import annotations

import threading

from casebook.ui import tasks
from casebook.ui.unlock import failure_delay
from casebook.vault.errors import WrongPassphrase
from casebook.vault.vault import Vault
from tests import ui_support
from tests.conftest import FAST_KDF
from tests.ui_support import open_window, unlock

# Fixtures shared by the GUI tests.
demo = ui_support.demo
gui = ui_support.gui

NEW_PASSPHRASE = "violet lantern orbits quietly past midnight"


def test_wrong_passphrase_says_so_and_keeps_the_vault_locked(gui, qtbot, tmp_path, demo) -> None:
    path, passphrase = demo
    window = open_window(qtbot, path, tmp_path)
    unlock(window, "not the right one at all")
    page = window.unlock_page
    assert window.vault is None
    assert window.current_page() is page
    assert "does not open this vault" in page.error.text()
    assert page.error.isVisible()
    unlock(window, passphrase)
    assert window.current_page() is window.workspace
    assert page.passphrase.text() == ""


def test_empty_passphrase_is_a_clear_message(gui, qtbot, tmp_path, demo) -> None:
    window = open_window(qtbot, demo[0], tmp_path)
    unlock(window, "")
    assert "Enter the passphrase" in window.unlock_page.error.text()


def test_delay_grows_after_repeated_failures(gui, qtbot, tmp_path, demo) -> None:
    assert [failure_delay(n) for n in range(1, 8)] == [0, 2, 4, 8, 16, 32, 60]
    path, passphrase = demo
    window = open_window(qtbot, path, tmp_path)
    page = window.unlock_page
    unlock(window, "wrong 1")
    assert page.unlock_button.isEnabled()
    unlock(window, "wrong 2")
    assert page.waiting()
    assert not page.unlock_button.isEnabled()
    assert "Wait 2 s" in page.unlock_button.text()
    # A try while waiting is not even attempted, right or wrong.
    page.passphrase.setText(passphrase)
    page.unlock()
    assert window.vault is None and page.failures == 2
    page._tick()
    page._tick()  # two seconds later
    assert not page.waiting() and page.unlock_button.isEnabled()
    unlock(window, passphrase)
    assert window.vault is not None


def test_key_derivation_runs_off_the_gui_thread_with_a_busy_indicator(
    gui, qtbot, tmp_path, demo, monkeypatch
) -> None:
    tasks.use_synchronous_runner(False)
    path, passphrase = demo
    window = open_window(qtbot, path, tmp_path)
    page = window.unlock_page
    release = threading.Event()
    seen: dict[str, bool] = {}
    real_unlock = Vault.unlock

    def slow_unlock(p, secret):
        seen["on_gui_thread"] = threading.current_thread() is threading.main_thread()
        release.wait(10)
        return real_unlock(p, secret)

    monkeypatch.setattr(Vault, "unlock", staticmethod(slow_unlock))
    unlock(window, passphrase)
    assert page.busy.isVisibleTo(page)  # shown while the worker derives the key
    assert not page.unlock_button.isEnabled()
    assert window.vault is None
    release.set()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    assert seen == {"on_gui_thread": False}
    assert not page.busy.isVisibleTo(page)


def test_forgotten_passphrase_reset_with_the_recovery_key(gui, qtbot, tmp_path) -> None:
    path = tmp_path / "v"
    vault, recovery = Vault.create(path, "first passphrase of this vault", kdf=FAST_KDF)
    vault.close()
    window = open_window(qtbot, path, tmp_path)
    window.unlock_page.forgotRequested.emit()
    page = window.forgot_page
    assert window.current_page() is page
    page.passphrase.first.setText(NEW_PASSPHRASE)
    page.passphrase.second.setText(NEW_PASSPHRASE)
    assert not page.reset_button.isEnabled()  # no recovery key yet
    page.recovery.setText("AAAA-BBBB")
    page.reset_button.click()
    assert "not a recovery key" in page.error.text()
    page.recovery.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    page.reset_button.click()
    assert "does not open this vault" in page.error.text()
    assert window.vault is None
    page.recovery.setText(recovery.lower())  # case and spacing do not matter
    page.passphrase.first.setText(NEW_PASSPHRASE)
    page.passphrase.second.setText(NEW_PASSPHRASE)
    page.reset_button.click()
    assert window.current_page() is window.workspace
    assert page.recovery.text() == "" and page.passphrase.passphrase() == ""
    window.lock()
    try:
        Vault.unlock(path, "first passphrase of this vault")
        raise AssertionError("the old passphrase still opens the vault")
    except WrongPassphrase:
        pass
    unlock(window, NEW_PASSPHRASE)
    assert window.vault is not None


def test_weak_new_passphrase_is_refused_on_reset(gui, qtbot, tmp_path) -> None:
    path = tmp_path / "v"
    vault, recovery = Vault.create(path, "first passphrase of this vault", kdf=FAST_KDF)
    vault.close()
    window = open_window(qtbot, path, tmp_path)
    window.unlock_page.forgotRequested.emit()
    page = window.forgot_page
    page.recovery.setText(recovery)
    page.passphrase.first.setText("123456")
    page.passphrase.second.setText("123456")
    assert not page.reset_button.isEnabled()
    page.reset()
    assert window.vault is None
    page.back.emit()
    assert window.current_page() is window.unlock_page
