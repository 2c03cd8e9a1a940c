"""File dialogs of the case editor: Qt's own, forgetting where they went (see
`casebook.ui.dialogs.qt_file_dialog`). Opened with `open()`, never `exec()`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QWidget

from casebook.paths import documents_dir
from casebook.ui.dialogs import qt_file_dialog


def ask_open_files(
    parent: QWidget, title: str, on_chosen: Callable[[list[str]], None]
) -> QFileDialog:
    dialog = qt_file_dialog(parent, title, mode="open_many", directory=str(documents_dir()))
    dialog.filesSelected.connect(on_chosen)
    dialog.open()
    return dialog


def ask_save_file(
    parent: QWidget, title: str, suggested: str, on_chosen: Callable[[str], None]
) -> QFileDialog:
    dialog = qt_file_dialog(parent, title, mode="save", directory=str(documents_dir()))
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog
