"""File dialogs that leave no trace of where the user went.

The platform's dialog may add the file to "recent files" (recently-used.xbel), so we
use Qt's own dialog. That one remembers the folders it visited in QtProject.conf
(keys FileDialog/history and FileDialog/lastVisited); a folder name can say as much as
a file name ("/media/usb/evidence-Aigerim"), so those keys are removed as soon as a
dialog is gone. Dialogs are opened with `open()`, never `exec()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDir, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def forget_dialog_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in ("history", "lastVisited"):
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def _dialog(parent: QWidget, title: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, QDir.homePath())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    dialog.destroyed.connect(lambda *_: forget_dialog_history())
    dialog.finished.connect(dialog.deleteLater)
    return dialog


def ask_open_files(
    parent: QWidget, title: str, on_chosen: Callable[[list[str]], None]
) -> QFileDialog:
    dialog = _dialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.filesSelected.connect(on_chosen)
    dialog.open()
    return dialog


def ask_save_file(
    parent: QWidget, title: str, suggested: str, on_chosen: Callable[[str], None]
) -> QFileDialog:
    dialog = _dialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog
