"""First start: create a vault through the welcome screen, the recovery key page, the
demo vault, opening an existing vault."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from casebook.ui import settings
from casebook.vault.vault import Vault, is_vault
from tests import ui_support
from tests.conftest import PASSPHRASE
from tests.ui_support import only_box, open_window, unlock, visible_dialogs

# Fixtures shared by the GUI tests.
demo = ui_support.demo
gui = ui_support.gui


def _create_page(qtbot, tmp_path: Path):
    window = open_window(qtbot, None, tmp_path)
    assert window.current_page() is window.welcome
    assert window.windowTitle() == "Casebook"
    window.welcome.create_button.click()
    assert window.current_page() is window.create_page
    return window, window.create_page


def test_first_start_without_a_vault_shows_the_welcome_screen(gui, qtbot, tmp_path) -> None:
    window = open_window(qtbot, None, tmp_path)
    assert window.current_page() is window.welcome
    assert not window.acts.new.isEnabled() and not window.acts.lock.isEnabled()


def test_weak_or_different_passphrases_are_refused(gui, qtbot, tmp_path) -> None:
    _window, page = _create_page(qtbot, tmp_path)
    page.location.setText(str(tmp_path / "v"))
    page.passphrase.first.setText("password1")
    page.passphrase.second.setText("password1")
    assert not page.create_button.isEnabled()
    assert "too easy to guess" in page.passphrase.advice.text()
    assert page.passphrase.meter.value() <= 1
    page.create_vault()  # even if forced, nothing is created
    assert not (tmp_path / "v").exists()
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE + "x")
    assert not page.create_button.isEnabled()
    assert "differ" in page.passphrase.advice.text()
    page.passphrase.second.setText(PASSPHRASE)
    assert page.create_button.isEnabled()
    assert page.passphrase.meter.value() >= 3


def test_a_folder_that_is_not_empty_is_refused(gui, qtbot, tmp_path) -> None:
    _window, page = _create_page(qtbot, tmp_path)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "letter.txt").write_text("x")
    page.location.setText(str(busy))
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    page.create_button.click()
    assert "not empty" in page.error.text()
    assert not is_vault(busy)


def test_create_a_vault_then_store_the_recovery_key(gui, qtbot, tmp_path) -> None:
    window, page = _create_page(qtbot, tmp_path)
    target = tmp_path / "new-vault"
    page.location.setText(str(target))
    page.organisation.setText("Test group")
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    page.create_button.click()
    assert is_vault(target)
    assert window.current_page() is window.recovery_page
    assert page.passphrase.passphrase() == ""  # the fields forget the passphrase
    key = "-".join(window.recovery_page.key_label.text().split())  # shown on two lines
    assert len(key.replace("-", "")) == 32
    # Continue only once the user confirms the key is stored.
    assert not window.recovery_page.continue_button.isEnabled()
    window.recovery_page.stored.setChecked(True)
    window.recovery_page.continue_button.click()
    assert window.current_page() is window.workspace
    assert window.recovery_page.key_label.text() == ""
    assert settings.LAST_VAULT.get() == str(target)
    # The key shown really opens the vault.
    window.lock()
    Vault.unlock_with_recovery(target, key).close()


def _to_recovery_page(qtbot, tmp_path):
    window, page = _create_page(qtbot, tmp_path)
    page.location.setText(str(tmp_path / "v"))
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    page.create_button.click()
    return window, window.recovery_page


def test_copy_puts_the_key_on_the_clipboard_and_clears_it_later(gui, qtbot, tmp_path) -> None:
    _window, page = _to_recovery_page(qtbot, tmp_path)
    key = "-".join(page.key_label.text().split())  # shown on two lines
    page.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == key
    assert page.clipboard_timer.isActive()
    assert page.clipboard_timer.interval() == 30_000
    page.clipboard_timer.timeout.emit()  # as if 30 s had passed
    assert clipboard.text() == ""


def test_clipboard_is_left_alone_when_it_holds_something_else(gui, qtbot, tmp_path) -> None:
    _window, page = _to_recovery_page(qtbot, tmp_path)
    page.copy_button.click()
    QGuiApplication.clipboard().setText("a shopping list")
    page.clipboard_timer.timeout.emit()
    assert QGuiApplication.clipboard().text() == "a shopping list"


def test_save_the_recovery_key_as_pdf(gui, qtbot, tmp_path) -> None:
    _window, page = _to_recovery_page(qtbot, tmp_path)
    key = "-".join(page.key_label.text().split())  # shown on two lines
    page.pdf_button.click()
    [dialog] = visible_dialogs()
    assert isinstance(dialog, QFileDialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    target = tmp_path / "key.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert key in "".join(text.split())
    assert "Saved to" in page.status.text()


def test_pdf_into_a_folder_that_does_not_exist_says_why(gui, qtbot, tmp_path) -> None:
    _window, page = _to_recovery_page(qtbot, tmp_path)
    page.save_pdf(str(tmp_path / "missing" / "key.pdf"))
    assert "could not be saved" in page.status.text()


def test_open_an_existing_vault_goes_to_unlock(gui, qtbot, tmp_path, demo) -> None:
    path, passphrase = demo
    window = open_window(qtbot, None, tmp_path)
    window.welcome.open_path(str(tmp_path))  # not a vault
    assert "not a Casebook vault" in window.welcome.error.text()
    assert window.current_page() is window.welcome
    window.welcome.open_path(str(path))
    assert window.current_page() is window.unlock_page
    unlock(window, passphrase)
    assert window.current_page() is window.workspace


def test_vault_option_opens_unlock_or_prefills_creation(gui, qtbot, tmp_path, demo) -> None:
    window = open_window(qtbot, demo[0], tmp_path)
    assert window.current_page() is window.unlock_page
    assert window.windowTitle() == "Casebook — Locked"
    fresh = tmp_path / "fresh"
    other = open_window(qtbot, fresh, tmp_path)
    assert other.current_page() is other.welcome
    assert other.create_page.location.text() == str(fresh)


def test_demo_vault_is_created_in_the_data_dir_and_opened(gui, qtbot, tmp_path) -> None:
    window = open_window(qtbot, None, tmp_path)
    window.welcome.demo_button.click()
    assert is_vault(window.demo_dir)
    assert window.current_page() is window.workspace
    assert window.workspace.panel.model.rowCount() == 4
    box = only_box()
    passphrase = box.text().split("\n")[-1]
    box.accept()
    window.lock()
    window.unlock_page.otherVaultRequested.emit()
    assert window.current_page() is window.welcome
    window.welcome.demo_button.click()  # exists now: asks for its passphrase
    assert window.current_page() is window.unlock_page
    unlock(window, passphrase)
    assert window.current_page() is window.workspace


def test_file_dialogs_leave_no_trace_of_where_they_went(gui, qtbot, tmp_path) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    _window, page = _to_recovery_page(qtbot, tmp_path)
    secret_dir = tmp_path / "folder-named-after-someone"
    secret_dir.mkdir()
    page.pdf_button.click()
    [dialog] = visible_dialogs()
    dialog.selectFile(str(secret_dir / "key.pdf"))
    dialog.accept()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    home = Path.home()
    found = [
        p for p in home.rglob("*")
        if p.is_file() and b"folder-named-after-someone" in p.read_bytes()
    ]  # fmt: skip
    assert found == []
    assert (secret_dir / "key.pdf").is_file()
