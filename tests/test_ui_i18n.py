"""Ready for translations: a compiled Russian catalogue changes the interface's words,
Qt's own buttons and the vocabulary labels; without one, English everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from casebook.domain.model import CaseSummary
from casebook.ui import i18n
from casebook.ui.case_list import to_row
from tests import ui_support
from tests.i18n_support import lrelease

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
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "casebook_ru.ts").write_text(TS, "utf-8")
    lrelease(folder / "casebook_ru.ts", folder / "casebook_ru.qm")
    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path / "resources")
    yield
    i18n.switch("en")


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
