"""Ready for translations: a compiled Russian catalogue changes the interface's words,
Qt's own buttons and the vocabulary labels; without one, English everywhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from casebook.domain.model import CaseSummary
from casebook.ui import i18n
from casebook.ui.case_list import to_row
from tests import ui_support

# Fixtures shared by the GUI tests.
gui = ui_support.gui

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="ru_RU">
<context><name>UnlockPage</name>
<message><source>Unlock</source><translation>Открыть</translation></message>
</context></TS>
"""


@pytest.fixture
def russian(tmp_path: Path, monkeypatch, gui):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed next to this Python")
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "casebook_ru.ts").write_text(TS, "utf-8")
    subprocess.run([str(lrelease), "-silent", str(folder / "casebook_ru.ts"), "-qm",
                    str(folder / "casebook_ru.qm")], check=True)  # fmt: skip
    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path / "resources")
    yield
    for translator in i18n._translators:
        QCoreApplication.removeTranslator(translator)
    i18n._translators.clear()
    i18n._lang = "en"


def _summary() -> CaseSummary:
    return CaseSummary("id", "A case", "monitoring", "KZ", "internal", "", 0, 0, "")


def test_without_a_catalogue_everything_is_english(gui, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path)  # no translations/ there
    assert i18n.install(QCoreApplication.instance(), "kk") == "en"
    assert to_row(_summary(), i18n.lang()).cells[1] == "Monitoring"


def test_a_catalogue_translates_words_qt_buttons_and_vocabularies(russian) -> None:
    from PySide6.QtWidgets import QMessageBox

    from casebook.ui.unlock import UnlockPage

    assert i18n.install(QCoreApplication.instance(), "ru") == "ru"
    page = UnlockPage()
    assert page.unlock_button.text() == "Открыть"
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Отмена"
    assert to_row(_summary(), i18n.lang()).cells[1:3] == ("Мониторинг", "Казахстан")
