"""The unlock page refuses a vault folder put back from an old copy (newer than it was
recorded when the window locked it) and offers to open it read-only (issue 12)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services.cases import save_case
from casebook.vault import generation, newest
from tests import ui_support
from tests.conftest import snapshot_files

gui = ui_support.gui
demo = ui_support.demo


def test_gui_locks_records_and_offers_read_only_for_the_old_copy(
    gui, qtbot, demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(newest, "INTERVAL", 3600.0)
    path, passphrase = demo
    saved = tmp_path / "old-copy"
    shutil.copytree(path, saved)
    win = ui_support.open_window(qtbot, path, tmp_path)
    ui_support.unlock(win, passphrase)
    assert win.vault is not None
    for i in range(10):
        save_case(win.vault, Case(title=f"written later {i}"))
    number, dek = generation.of_db(win.vault.conn), win.vault.data_key()
    win.acts.lock.trigger()
    assert win.vault is None and newest.recorded(path, dek) == number  # locking records it
    shutil.rmtree(path)
    shutil.copytree(saved, path)
    before = snapshot_files(path)

    ui_support.unlock(win, passphrase)
    page = win.unlock_page
    assert win.vault is None and "newest state this computer has seen" in page.error.text()
    assert page.read_only_button.isVisible()
    page.read_only_button.click()
    assert win.vault is not None and win.vault.read_only
    assert "read-only" in win.statusBar().currentMessage()
    win.acts.lock.trigger()
    assert snapshot_files(path) == before  # nothing changed, nothing deleted
