"""Translated messages of the core and the command line, without Qt at import time.

Every layer may import this module. A message is marked where it is written:

    translate("backup", "{path} is not empty").format(path=dest)

so that `pyside6-lupdate` finds it (`make lupdate-core`); constants are marked with
QT_TRANSLATE_NOOP and translated where they are shown. Placeholders are str.format
fields filled after translation, never inside it. A count uses %n and a plural form:

    backup = Context("backup")      # the variable has the name of the context
    backup.tr("%n files copied", "", n)

(lupdate marks `name.tr(text, "", n)` as a plural message, but not translate(...)).

The catalogue is resources/translations/casebook_core_<lang>.qm. It is read through a
QTranslator imported only when a language other than English is chosen; no
QCoreApplication is needed. Without a catalogue every message stays English.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

LANGS = ("en", "ru", "kk")
ENV_VARIABLES = ("CASEBOOK_LANG", "LC_ALL", "LC_MESSAGES", "LANG")

_lang = "en"
_translator: Any = None  # a PySide6.QtCore.QTranslator while a catalogue is loaded


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for translation in `context` without translating it here."""
    return text


def translate(context: str, text: str, n: int = -1) -> str:
    """`text` in the current language (itself without a catalogue); %n becomes `n`."""
    return _lookup(context, text, None, n)


class Context:
    """A message context with a `tr` like Qt's, for messages with plural forms.

    Bind it to a variable with the context's name: lupdate takes the name before `.tr`
    as the context (`tests/test_core_i18n.py` checks that they agree)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _lookup(self.name, text, disambiguation or None, n)


def _lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
    translator = _translator
    found = translator.translate(context, text, disambiguation, n) if translator else ""
    if n < 0:
        return found or text
    if not found:  # English: "%n case(s)" is "1 case", "2 cases"
        found = text.replace("(s)", "" if n == 1 else "s")
    return found.replace("%n", str(n))


# The system's own words for the commonest file errors come in English (C locale).
_OS_ERRORS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("oserror", "no such file or directory"),
    errno.EACCES: QT_TRANSLATE_NOOP("oserror", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("oserror", "operation not permitted"),
    errno.EISDIR: QT_TRANSLATE_NOOP("oserror", "is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("oserror", "not a directory"),
    errno.EEXIST: QT_TRANSLATE_NOOP("oserror", "already exists"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("oserror", "directory not empty"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("oserror", "no space left on the device"),
    errno.EROFS: QT_TRANSLATE_NOOP("oserror", "read-only file system"),
    errno.EIO: QT_TRANSLATE_NOOP("oserror", "input/output error"),
}


def os_error(exc: OSError) -> str:
    """The reason of an OSError in the current language where it is a common one."""
    known = _OS_ERRORS.get(exc.errno or 0)
    if known:
        return translate("oserror", known)
    return exc.strerror or str(exc)


def language() -> str:
    """The language messages are given in: "en", "ru" or "kk"."""
    return _lang


def normalise(code: str | None) -> str | None:
    """The language of a code or locale ("ru_RU.UTF-8" -> "ru"); None if Casebook lacks it."""
    if not code:
        return None
    short = code.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in LANGS else None


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """CASEBOOK_LANG, else the locale of messages (LC_ALL, LC_MESSAGES, LANG), else (on
    Windows) the language of the system's interface; else English.

    As in POSIX, the first variable that is set decides, even for a language Casebook
    does not have (LANG=de_DE.UTF-8 gives English, not a later variable)."""
    env = os.environ if environ is None else environ
    for name in ENV_VARIABLES:
        value = env.get(name, "")
        if value:
            return normalise(value) or "en"
    return normalise(_windows_ui_locale()) or "en"


def _windows_ui_locale() -> str:
    """The language of Windows' own interface ("ru_RU"); "" elsewhere (no LANG there)."""
    if sys.platform != "win32":
        return ""
    import ctypes
    import locale

    language_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    return str(locale.windows_locale.get(language_id, ""))


def catalogue_dir() -> Path:
    """Where the compiled catalogues are: resources/translations (`make translations`)."""
    from casebook.resources import resources_dir

    return resources_dir() / "translations"


def set_language(code: str | None) -> str:
    """Give messages in `code` from now on; returns the language in effect: English
    when `code` is English, unknown, or has no compiled catalogue."""
    global _lang, _translator
    wanted = normalise(code) or "en"
    translator = None
    if wanted != "en":
        path = catalogue_dir() / f"casebook_core_{wanted}.qm"
        if path.is_file():
            from PySide6.QtCore import QTranslator

            translator = QTranslator()
            if not translator.load(str(path)):
                translator = None
    _translator = translator
    _lang = wanted if translator is not None else "en"
    return _lang
