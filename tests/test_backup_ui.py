"""The "Back up now" dialog and the backup reminder (pytest-qt)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from casebook.services import backup
from casebook.ui import tasks
from casebook.ui.backup_dialogs import BackupDialog, backup_reminder
from casebook.vault.vault import Vault, is_vault
from tests import ui_support
from tests.conftest import PASSPHRASE

window = ui_support.window
gui = ui_support.gui
demo = ui_support.demo


@pytest.fixture
def synchronous(qapp) -> Iterator[None]:
    tasks.use_synchronous_runner()
    yield
    tasks.use_synchronous_runner(False)


def test_reminder_text_follows_the_last_backup(vault: Vault, tmp_path: Path, qapp) -> None:
    assert "never been backed up" in backup_reminder(vault)
    backup.backup(vault, tmp_path / "usb")
    assert backup_reminder(vault) == ""
    vault.set_meta(backup.META_LAST_TIME, "2020-01-01T00:00:00Z")
    backup.set_reminder_days(vault, 3)
    assert "more than 3 days" in backup_reminder(vault)


def test_back_up_now_writes_a_backup_and_shows_the_time(
    qtbot, vault: Vault, tmp_path: Path, synchronous
) -> None:
    dialog = BackupDialog(vault)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.last.text() == "never" and dialog.reminder.isVisible()
    assert not dialog.start.isEnabled()  # no destination yet
    dest = tmp_path / "usb" / "casebook-backup"
    dialog.destination.setText(str(dest))
    assert dialog.start.isEnabled()
    with qtbot.waitSignal(dialog.backedUp) as signal:
        dialog.start.click()
    assert signal.args[0].destination == dest.resolve()
    assert is_vault(dest)
    Vault.unlock(dest, PASSPHRASE).close()
    assert dialog.last.text().startswith("20") and not dialog.reminder.isVisible()
    assert "Backup complete" in dialog.panel.status.text()
    assert dialog.start.isEnabled() and dialog.close_button.isEnabled()


def test_reminder_days_are_stored_in_the_vault(qtbot, vault: Vault, synchronous) -> None:
    dialog = BackupDialog(vault)
    qtbot.addWidget(dialog)
    dialog.days.setValue(30)
    assert backup.reminder_days(vault) == 30
    assert BackupDialog(vault).days.value() == 30


def test_backup_runs_in_a_worker_and_can_be_cancelled(
    qtbot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    seen: dict[str, object] = {}

    def slow_backup(handle, dest, *, progress, cancel):
        seen["worker_handle"] = handle is not vault
        started.set()
        progress(1, 10)
        assert cancel.wait(10)
        raise backup.Cancelled("backup cancelled; the previous backup is unchanged")

    monkeypatch.setattr(backup, "backup", slow_backup)
    dialog = BackupDialog(vault, destination=str(tmp_path / "usb"))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.start.click()
    assert started.wait(10)
    assert not dialog.close_button.isEnabled() and dialog.stop.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not dialog.panel.running, timeout=10000)
    assert "Cancelled" in dialog.panel.status.text()
    assert seen == {"worker_handle": True}
    assert dialog.start.isEnabled() and dialog.close_button.isEnabled()


def test_failure_is_shown_and_nothing_else_happens(
    qtbot, vault: Vault, tmp_path: Path, synchronous
) -> None:
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "holiday.jpg").write_bytes(b"not ours")
    dialog = BackupDialog(vault, destination=str(occupied))
    qtbot.addWidget(dialog)
    with qtbot.assertNotEmitted(dialog.backedUp):
        dialog.start.click()
    assert "not a Casebook backup" in dialog.panel.status.text()
    assert sorted(p.name for p in occupied.iterdir()) == ["holiday.jpg"]


def _backup_dialog(window) -> BackupDialog:
    from tests.ui_support import visible_dialogs

    action = next(a for a in window.acts.vault if "back up" in a.text().lower())
    action.trigger()
    [dialog] = visible_dialogs()
    assert isinstance(dialog, BackupDialog)
    return dialog


def test_after_backing_up_the_window_no_longer_says_it_was_never_backed_up(
    window, tmp_path: Path
) -> None:
    """The reminder stays in the status bar until replaced: backing up at once, as it
    asks, must take it away."""
    assert "never been backed up" in window.statusBar().currentMessage()
    dialog = _backup_dialog(window)
    dialog.destination.setText(str(tmp_path / "usb" / "casebook-backup"))
    dialog.start.click()
    assert "Backup complete" in dialog.panel.status.text()
    assert "backed up" not in window.statusBar().currentMessage()


def test_the_backup_dialog_shows_a_usb_path_whole(window) -> None:
    dialog = _backup_dialog(window)
    path = "/media/aigerim/USB DISK/casebook-backup"
    dialog.destination.setText(path)
    needed = dialog.destination.fontMetrics().horizontalAdvance(path)
    assert dialog.destination.width() >= needed + 10
