"""The windows find their translations: with the Russian catalogue installed, no text the
main window, the case editor or a dialog shows is an English source text the catalogue
translates. (A text that lupdate filed under another context than the one tr() looks in
at run time would stay English; this finds it.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)

from casebook.domain import vocab
from casebook.ui import vault_menu
from tests import test_translations, ui_support
from tests.test_translations import FOLDER, read
from tests.ui_support import open_row

# Fixtures shared by the GUI tests.
demo = ui_support.demo
gui = ui_support.gui
window = ui_support.window
compiled = test_translations.compiled


@contextmanager
def installed(compiled: Path, lang: str) -> Iterator[None]:
    """The GUI catalogue of `lang` and Qt's own (Cancel, Close), for as long as it lasts."""
    ours, qt = QTranslator(), QTranslator()
    assert ours.load(str(compiled / f"casebook_{lang}.qm"))
    assert qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for translator in (qt, ours):
        QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        for translator in (qt, ours):
            QCoreApplication.removeTranslator(translator)


@pytest.fixture
def russian_first(qapp, compiled) -> Iterator[None]:
    """The Russian catalogues, installed before the application is set up."""
    with installed(compiled, "ru"):
        yield


def _english_sources() -> set[str]:
    """Source texts the Russian catalogue translates differently, less the words a
    vocabulary shows in English too (its labels follow i18n.lang(), English here)."""
    translated = {
        m.source
        for m in read(FOLDER / "casebook_ru.ts")
        if not m.numerus and m.forms[0] != m.source
    }
    words = {
        labels["en"]
        for vocabulary in (getattr(vocab, name) for name in dir(vocab) if name.isupper())
        if isinstance(vocabulary, dict)
        for labels in vocabulary.values()
        if isinstance(labels, dict)
    }
    return translated - words


def _headers(view: QTableView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in range(model.columnCount())
    ]


def _texts_of(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QAbstractSpinBox):
        texts.append(getattr(widget, "suffix", lambda: "")())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QMenu):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QTableView):
        texts += _headers(widget)
    texts += [a.text() for a in widget.actions()] + [a.toolTip() for a in widget.actions()]
    return texts


def _shown_texts() -> set[str]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts: set[str] = set()
    for widget in QApplication.allWidgets():
        texts.update(_texts_of(widget))
        if widget.isWindow():
            texts.update(a.text() for a in widget.findChildren(QAction))
    return {t for t in texts if t}


def _open_every_dialog(win) -> None:
    win.open_settings()
    for entry in vault_menu.ENTRIES:
        win.open_vault_dialog(entry)


def test_no_english_text_the_catalogue_translates_is_shown(
    russian_first, gui, qtbot, demo, tmp_path
) -> None:
    win = ui_support.open_window(qtbot, demo[0], tmp_path)
    before_unlock = _shown_texts()
    ui_support.unlock(win, demo[1])
    open_row(qtbot, win, 0)
    _open_every_dialog(win)
    shown = before_unlock | _shown_texts()
    english = _english_sources()
    untranslated = sorted(shown & english)
    assert not untranslated, f"shown in English although translated: {untranslated}"
    # the check itself sees translated texts (the menus, the editor's tabs)
    assert {"&Файл", "&Хранилище", "Обзор", "Доказательства"} <= shown


def _accelerator(text: str) -> str:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else ""


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_menu_accelerators_are_unique_in_each_menu(lang, qapp, compiled, gui, qtbot) -> None:
    with installed(compiled, lang):
        win = ui_support.open_window(qtbot)
        bar = win.menuBar()
        menus = [("menu bar", bar.actions())] + [
            (a.text(), a.menu().actions()) for a in bar.actions() if a.menu() is not None
        ]
        for name, actions in menus:
            keys = [_accelerator(a.text()) for a in actions if not a.isSeparator()]
            keys = [k for k in keys if k]
            assert len(keys) == len(set(keys)), (lang, name, [a.text() for a in actions])
        assert _accelerator(bar.actions()[0].text()) not in ("", "f")  # translated
