"""Small dialog helpers. Every dialog is opened with open() and answers through callbacks,
so tests can drive it.

File dialogs: every one in the application comes from `qt_file_dialog`. It is Qt's own
dialog, because the platform's may add the file to "recent files" (recently-used.xbel).
Qt's dialog remembers the folders it visited in QtProject.conf (history, lastVisited,
and places dragged to its sidebar); a folder name can say as much as a file name
("/media/usb/evidence-Aigerim"), so those keys are removed as soon as a dialog is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from casebook.paths import documents_dir

FILE_MODES = {
    "save": QFileDialog.FileMode.AnyFile,
    "open": QFileDialog.FileMode.ExistingFile,
    "open_many": QFileDialog.FileMode.ExistingFiles,
    "directory": QFileDialog.FileMode.Directory,
}


def qt_file_dialog(
    parent: QWidget,
    caption: str,
    *,
    mode: str = "save",  # a key of FILE_MODES
    name_filter: str = "",
    directory: str = "",
    default_suffix: str = "",
) -> QFileDialog:
    """Qt's own file dialog for `mode`, deleted when closed; the folders it visited are
    forgotten when it goes. Connect its signals, then open() it. Without a `directory`
    (or with a bare file name) it starts in the user's Documents folder (or home), never
    in the program's working directory."""
    start = Path(directory) if directory else None
    if start is None or not start.is_absolute():
        name = start.name if start is not None else ""
        start = documents_dir() / name if name else documents_dir()
    dlg = QFileDialog(parent, caption, str(start))
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dlg.setFileMode(FILE_MODES[mode])
    if mode == "save":
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "directory":
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if name_filter:
        dlg.setNameFilter(name_filter)
    if default_suffix:
        dlg.setDefaultSuffix(default_suffix)
    dlg.setHistory([])
    dlg.destroyed.connect(forget_file_dialog_history)
    return dlg


def file_dialog(
    parent: QWidget,
    caption: str,
    on_selected: Callable[[str], None],
    *,
    mode: str = "save",  # "save", "open" or "directory"
    name_filter: str = "",
    directory: str = "",
    default_suffix: str = "",
) -> QFileDialog:
    """`qt_file_dialog`, opened: `on_selected(path)` when the user chose one."""
    dlg = qt_file_dialog(parent, caption, mode=mode, name_filter=name_filter,
                         directory=directory, default_suffix=default_suffix)  # fmt: skip
    dlg.fileSelected.connect(on_selected)
    dlg.open()
    return dlg


def forget_file_dialog_history() -> None:
    """Remove the places Qt's file dialog keeps in its own settings (QtProject.conf)."""
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.beginGroup("FileDialog")
    for key in ("history", "lastVisited", "shortcuts"):
        qt.remove(key)
    qt.endGroup()
    qt.sync()


def message(
    parent: QWidget,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    on_done: Callable[[], None] | None = None,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if on_done:
        box.finished.connect(lambda _r: on_done())
    box.open()
    return box


def error(parent: QWidget, text: str, on_done: Callable[[], None] | None = None) -> QMessageBox:
    return message(
        parent,
        QCoreApplication.translate("Dialogs", "Casebook"),
        text,
        icon=QMessageBox.Icon.Warning,
        on_done=on_done,
    )


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    confirm_label: str,
    on_confirm: Callable[[], None],
    *,
    destructive: bool = False,
) -> QMessageBox:
    """Ask before doing something; Cancel is the default button."""
    icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    yes = box.addButton(confirm_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.finished.connect(lambda _r: on_confirm() if box.clickedButton() is yes else None)
    box.open()
    return box


def ask_yes(
    parent: QWidget,
    title: str,
    text: str,
    on_yes: Callable[[], None],
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    no: QMessageBox.StandardButton = QMessageBox.StandardButton.No,
) -> QMessageBox:
    """A question with the buttons Yes and `no` (the default); `on_yes()` after Yes."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Yes | no, parent)
    box.setDefaultButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    yes = box.button(QMessageBox.StandardButton.Yes)
    box.finished.connect(lambda _r: on_yes() if box.clickedButton() is yes else None)
    box.open()
    return box


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget, on_choice: Callable[[Unsaved], None]) -> QMessageBox:
    """Save / Discard / Cancel for unsaved edits. Closing the box counts as Cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Dialogs", "Unsaved changes"),
        QCoreApplication.translate("Dialogs", "The case has changes that are not saved yet."),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(QCoreApplication.translate("Dialogs", "Save them before going on?"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def done(_result: int) -> None:
        button = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        if button == QMessageBox.StandardButton.Save:
            on_choice(Unsaved.SAVE)
        elif button == QMessageBox.StandardButton.Discard:
            on_choice(Unsaved.DISCARD)
        else:
            on_choice(Unsaved.CANCEL)

    box.finished.connect(done)
    box.open()
    return box


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setObjectName("busy")
    bar.hide()
    return bar


def close_other_windows(keep: QWidget, hidden: list[QWidget] | None = None) -> None:
    """Close every window but `keep` (used when locking): dialogs are rejected. `hidden`
    are windows hidden a moment ago (by panic) that count as open."""
    also = hidden or []
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not (widget.isVisible() or widget in also):
            continue
        if isinstance(widget, QDialog):
            widget.reject()  # lets a dialog cancel the work it runs
            if widget.isVisible() or widget in also:
                # It stays open until its work stops (backup, bundles): not when locking.
                widget.done(QDialog.DialogCode.Rejected)
        widget.close()


def hide_all_windows() -> list[QWidget]:
    """Hide every visible window at once; returns them."""
    hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in hidden:
        widget.hide()
    return hidden
