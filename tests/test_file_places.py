"""Where file dialogs start and where the recovery key goes: Documents (or home), never
the working directory; a USB stick when one is connected; a warning before a folder that
Dropbox, Google Drive, OneDrive or Nextcloud copy to the internet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from casebook import paths
from casebook.ui import dialogs, recovery
from tests import ui_support
from tests.test_ui_welcome import _to_recovery_page
from tests.ui_support import click_labelled, only_box, visible_dialogs

gui = ui_support.gui


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/a/Dropbox/keys/key.pdf", "Dropbox"),
        ("/home/a/Dropbox (Team)/key.pdf", "Dropbox"),
        ("C:/Users/a/OneDrive - Org/key.pdf", "OneDrive"),
        ("/Users/a/Library/Mobile Documents/com~apple~CloudDocs/key.pdf", "iCloud Drive"),
        ("/home/a/Google Drive/key.pdf", "Google Drive"),
        ("/home/a/Nextcloud/key.pdf", "Nextcloud"),
        ("/home/a/Documents/key.pdf", ""),
        ("/media/a/USB/key.pdf", ""),
    ],
)
def test_synced_folders_are_recognised(path: str, service: str) -> None:
    assert paths.synced_service(path) == service


def test_removable_media_are_the_writable_folders_under_media(tmp_path: Path) -> None:
    media = tmp_path / "media" / "user"
    (media / "KINGSTON").mkdir(parents=True)
    (media / ".hidden-file").write_text("x")
    (media / "link").symlink_to(tmp_path)
    assert paths.removable_media([media, tmp_path / "nothing"]) == [media / "KINGSTON"]


def test_a_dialog_without_a_folder_starts_in_documents(gui, qtbot, tmp_path, monkeypatch):
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(dialogs, "documents_dir", lambda: documents)
    monkeypatch.chdir(tmp_path)
    host = QWidget()
    qtbot.addWidget(host)
    dialog = dialogs.qt_file_dialog(host, "t", mode="save", directory="name.pdf")
    assert Path(dialog.directory().absolutePath()) == documents
    dialog.close()


def test_recovery_pdf_opens_on_a_usb_stick_and_warns_about_synced_folders(
    gui, qtbot, tmp_path, monkeypatch
) -> None:
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    monkeypatch.setattr(recovery, "removable_media", lambda: [stick])
    _window, page = _to_recovery_page(qtbot, tmp_path)
    page.pdf_button.click()
    [dialog] = visible_dialogs()
    assert isinstance(dialog, QFileDialog)
    assert Path(dialog.directory().absolutePath()) == stick
    assert str(stick) in page.status.text()
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    dialog.selectFile(str(synced / "key.pdf"))
    dialog.accept()
    box = only_box()
    assert "Dropbox" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not (synced / "key.pdf").exists()
    page.check_pdf_path(str(synced / "key.pdf"))
    click_labelled(only_box(), "Save there anyway")
    assert (synced / "key.pdf").exists()
