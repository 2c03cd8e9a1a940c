"""Interface language: Qt translations from resources/translations/casebook_<lang>.qm.

Vocabulary labels (statuses, event types) follow the interface language, so a screen
never mixes English words with Russian ones.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import casebook.i18n
from casebook.domain.vocab import LANGS
from casebook.resources import resources_dir

_lang = "en"
_translators: list[QTranslator] = []


def lang() -> str:
    return _lang


def install(app: QCoreApplication, wanted: str | None = None) -> str:
    """Load the translation for `wanted` (default: the system language) if one exists."""
    global _lang
    code = (wanted or QLocale.system().name())[:2].lower()
    casebook.i18n.set_language(code)  # messages of the core (errors, checks) follow
    _lang = "en"
    if code == "en" or code not in LANGS:
        return _lang
    qm = resources_dir() / "translations" / f"casebook_{code}.qm"
    translator = QTranslator(app)
    if qm.is_file() and translator.load(str(qm)):
        app.installTranslator(translator)
        _translators.append(translator)
        _lang = code
        _install_qt_own(app, code)
    return _lang


def _install_qt_own(app: QCoreApplication, code: str) -> None:
    """Qt's own words (Save, Discard, Cancel, the file dialog) in the same language."""
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", folder):
        app.installTranslator(qt)
        _translators.append(qt)
