"""File dialogs are Qt's own, made in one place, and leave no folder names behind (Qt's
QtProject.conf)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from casebook.ui.dialogs import FILE_MODES, qt_file_dialog
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


def test_appeal_export_dialog_forgets_where_it_went(qtbot, tmp_path, vault) -> None:
    from casebook.services.cases import save_case
    from casebook.services.demo import case_administrative_detention
    from casebook.ui import tasks
    from casebook.ui.appeals_tab import AppealsTab

    folder = tmp_path / "appeals-for-Zq7Partner"
    folder.mkdir()
    case = case_administrative_detention()
    save_case(vault, case)
    tab = AppealsTab()
    qtbot.addWidget(tab)
    tab.set_vault(vault)
    tab.load_case(case.id)
    tab.format.setCurrentIndex(tab.format.findData("md"))
    tasks.use_synchronous_runner(True)
    try:
        tab.start_export()
        dialog = tab._file_dialog
        assert dialog is not None and dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(folder / "appeal.md"))
        gone: list[bool] = []
        dialog.destroyed.connect(lambda *_: gone.append(True))
        dialog.accept()
        qtbot.waitUntil(lambda: bool(gone))
    finally:
        tasks.use_synchronous_runner(False)
        tab.clear()
    assert (folder / "appeal.md").is_file()
    assert "Zq7Partner" not in _qt_settings_text()


@pytest.mark.parametrize("mode", sorted(FILE_MODES))
def test_every_mode_is_qt_own_and_forgets_the_folder(qtbot, tmp_path, mode: str) -> None:
    folder = tmp_path / f"cases-of-Zq7Source-{mode}"
    folder.mkdir()
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = qt_file_dialog(parent, "Choose", mode=mode)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.fileMode() == FILE_MODES[mode]
    dialog.open()
    dialog.setDirectory(str(folder))
    gone: list[bool] = []
    dialog.destroyed.connect(lambda *_: gone.append(True))
    dialog.reject()  # closing is enough: Qt writes where it was when the dialog goes
    qtbot.waitUntil(lambda: bool(gone))
    assert "Zq7Source" not in _qt_settings_text()


def test_file_dialogs_are_made_in_one_place_only() -> None:
    """Every file dialog of the application comes from dialogs.qt_file_dialog: no other
    module builds a QFileDialog or calls its static (possibly native) functions."""
    root = Path(__file__).resolve().parents[1] / "casebook"
    made = re.compile(r"QFileDialog\s*\(|QFileDialog\.get\w+\(")
    places = {
        str(path.relative_to(root)): len(made.findall(path.read_text("utf-8")))
        for path in root.rglob("*.py")
    }
    assert {name: n for name, n in places.items() if n} == {"ui/dialogs.py": 1}
