"""Nothing readable leaves the vault: a marker typed into the application is found in no
file afterwards (vault directory, temp directory, test HOME with its settings)."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from casebook.ui import settings
from tests import ui_support
from tests.conftest import PASSPHRASE, files_containing, recent_files_containing
from tests.ui_support import (
    create_vault,
    edit_field,
    open_window,
    unlock,
    use_private_tmpdir,
    visible_texts,
)

# Fixtures shared by the GUI tests.
gui = ui_support.gui


def test_marker_typed_into_the_application_reaches_no_file(
    gui, qtbot, tmp_path, monkeypatch
) -> None:
    started = time.time() - 1
    shared_tmp = use_private_tmpdir(monkeypatch, tmp_path)
    marker = "MRK" + uuid.uuid4().hex[:12]
    home = Path.home()
    vault_dir = tmp_path / "vault"
    window = open_window(qtbot, None, tmp_path)

    # Create the vault through the welcome screen, with the marker as organisation.
    create_vault(window, vault_dir, f"Org {marker}")

    # A new case with the marker in its fields, saved; then searched for and duplicated.
    window.acts.new.trigger()
    edit_field(qtbot, window, "title", f"Title {marker}")
    edit_field(qtbot, window, "summary", f"Summary {marker} with more words")
    window.acts.save.trigger()
    assert window.workspace.current_id is not None
    window.workspace.panel.filters.search.setText(marker)
    qtbot.waitUntil(lambda: window.workspace.panel.model.rowCount() == 1)
    window.acts.duplicate.trigger()
    window.acts.settings.trigger()
    next(w for w in window.findChildren(settings.SettingsDialog) if w.isVisible()).accept()

    # Lock by idle timeout, unlock, find the case again, then quit.
    window.idle.set_timeout(20)
    qtbot.waitUntil(lambda: window.vault is None, timeout=5000)
    assert not any(marker in text for text in visible_texts())
    unlock(window, PASSPHRASE)
    window.workspace.panel.filters.search.setText(marker)
    qtbot.waitUntil(lambda: window.workspace.panel.model.rowCount() == 2)
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    raw = marker.encode()
    assert vault_dir.is_dir() and (home / "casebook" / "config" / "casebook.ini").is_file()
    assert files_containing([tmp_path, home], raw) == []
    assert files_containing([tmp_path, home], marker.encode("utf-16-le")) == []
    assert recent_files_containing(shared_tmp, raw, started) == []
