"""File dialogs of the editor leave no folder names behind (Qt's QtProject.conf)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from casebook.ui.editor_dialogs import ask_open_files, ask_save_file


def _qt_settings_text() -> str:
    path = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    return path.read_text("utf-8", errors="replace") if path.exists() else ""


def test_save_dialog_is_qt_own_and_forgets_where_it_went(qtbot, tmp_path) -> None:
    folder = tmp_path / "evidence-of-Zq7Person"
    folder.mkdir()
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[str] = []
    dialog = ask_save_file(parent, "Export", "photo.jpg", chosen.append)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.isVisible()  # opened with open(), not exec()
    dialog.setDirectory(str(folder))
    dialog.selectFile(str(folder / "photo.jpg"))
    gone: list[bool] = []
    dialog.destroyed.connect(lambda *_: gone.append(True))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(gone))
    assert chosen == [str(folder / "photo.jpg")]
    assert "Zq7Person" not in _qt_settings_text()


def test_open_dialog_forgets_where_it_went(qtbot, tmp_path) -> None:
    folder = tmp_path / "from-Zq7Usb"
    folder.mkdir()
    (folder / "a.txt").write_text("a")
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[list[str]] = []
    dialog = ask_open_files(parent, "Add", chosen.append)
    dialog.setDirectory(str(folder))
    dialog.selectFile(str(folder / "a.txt"))
    gone: list[bool] = []
    dialog.destroyed.connect(lambda *_: gone.append(True))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(gone))
    assert chosen == [[str(folder / "a.txt")]]
    assert "Zq7Usb" not in _qt_settings_text()
