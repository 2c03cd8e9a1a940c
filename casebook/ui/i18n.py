"""Interface language: which catalogues are loaded, and switching them while the
application runs.

One translator, `Catalogue`, stays installed in the application for its whole life. It
asks the catalogues of the chosen language in turn (resources/translations/
casebook_<lang>.qm for the GUI, casebook_core_<lang>.qm for the messages of the core
when present, Qt's own qtbase_<lang>.qm) and remembers, per language, which source text
each answer came from. `switch(code)` replaces those catalogues and then brings every
open window into the new language in place (see `casebook.ui.retranslate`): nothing is
rebuilt, so unsaved edits, selections, search text and running work stay as they are.

Vocabulary labels, country names, dates and numbers follow the interface language too
(`lang()`, and the default QLocale set here), so a screen never mixes languages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

import casebook.i18n
from casebook.domain.vocab import LANGS
from casebook.resources import resources_dir

# The languages offered, each by its own name (never translated: a user who cannot read
# the current language must still find theirs).
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("ru", "Русский"), ("kk", "Қазақша"))
PSEUDO = "pseudo"  # strings made longer, for layout checks and screenshots (English words)
_MAX_REMEMBERED = 50_000  # texts per language; plural forms with many numbers are dropped


Hints = Sequence[str] | Callable[[], Sequence[str]]


class Key(NamedTuple):
    """Where a shown text came from: the arguments of QCoreApplication.translate."""

    context: str
    source: str
    disambiguation: str
    n: int

    def translate(self) -> str:
        return QCoreApplication.translate(
            self.context, self.source, self.disambiguation or None, self.n
        )


class Catalogue(QTranslator):
    """The application's one translator: asks `parts` in turn, remembers its answers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.parts: list[QTranslator] = []
        self.lang = "en"
        self.previous = "en"  # the language before the last switch
        self._seen: dict[str, dict[str, set[Key]]] = {}
        self._lock = threading.Lock()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = None
        for part in self.parts:
            answer = part.translate(context, source, disambiguation, n)
            if answer:
                found = answer
                break
        if found is None and n >= 0 and "(s)" in source:
            # English has no catalogue: its two plural forms come from the source text
            # ("%n file(s)" is "1 file", "2 files"), never "file(s)" on screen.
            found = source.replace("(s)", "" if n == 1 else "s")
        self._remember(found or source, Key(context, source, disambiguation or "", n))
        return found  # None: not translated, Qt shows the source text

    def _remember(self, text: str, key: Key) -> None:
        shown = [text, text.replace("%n", str(key.n))] if key.n >= 0 else [text]
        with self._lock:
            seen = self._seen.setdefault(self.lang, {})
            if len(seen) >= _MAX_REMEMBERED:
                return
            for item in shown:
                seen.setdefault(item, set()).add(key)

    def source_of(self, text: str, lang: str, hints: Hints = ()) -> Key | None:
        """The key a text shown in `lang` was translated from. When several sources gave
        that text, the one whose context is among `hints` (class names of the widget and
        its parents, nearest first; or a function giving them) wins; else the first."""
        with self._lock:
            keys = set(self._seen.get(lang, {}).get(text, ()))
        if not text or not keys:
            return None
        if len(keys) == 1:
            return next(iter(keys))
        for hint in hints() if callable(hints) else hints:
            for key in sorted(keys):
                if key.context == hint:
                    return key
        return min(keys)


class Notifier(QObject):
    """`changed(code)` after a switch, for objects that are not widgets (widgets get
    QEvent.LanguageChange)."""

    changed = Signal(str)


_catalogue: Catalogue | None = None
_notifier: Notifier | None = None
_lang = "en"


def lang() -> str:
    """The interface language ("en", "ru" or "kk"); vocabularies and countries use it."""
    return _lang


def catalogue_language() -> str:
    """The catalogue in use: a language code, or "pseudo"."""
    return _catalogue.lang if _catalogue is not None else "en"


def notifier() -> Notifier:
    global _notifier
    if _notifier is None:
        _notifier = Notifier()
    return _notifier


def again(text: str, hints: Hints = ()) -> str:
    """A text translated before the last switch, translated again into the language now
    in use; any other text as it is. For widgets that keep translated text to compose
    with (a note under a path, say)."""
    if _catalogue is None:
        return text
    key = _catalogue.source_of(text, _catalogue.previous, hints)
    return key.translate() if key is not None else text


def wanted_code(wanted: str | None) -> str:
    """ "" or None: the system's language if Casebook has it, else English."""
    if wanted == PSEUDO:
        return PSEUDO
    code = (wanted or QLocale.system().name())[:2].lower()
    return code if code in LANGS else "en"


def install(app: QCoreApplication, wanted: str | None = None) -> str:
    """At start: the language `wanted` (default: the system's), if its catalogue exists."""
    return switch(wanted, app)


def switch(wanted: str | None, app: QCoreApplication | None = None) -> str:
    """Use the language `wanted` from now on ("" or None: the system's) and bring every
    window into it at once. Returns the language in use (English without a catalogue)."""
    global _catalogue, _lang
    app = app or QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    code = wanted_code(wanted)
    parts = _load_parts(code)
    if parts is None:
        code, parts = "en", []
    if _catalogue is None or _catalogue.parent() is not app:
        _catalogue = Catalogue(app)
    elif code == _catalogue.lang and not _changed(_catalogue.parts, parts):
        return _lang
    else:
        app.removeTranslator(_catalogue)
    previous = _catalogue.previous = _catalogue.lang
    _catalogue.parts = parts
    _catalogue.lang = code
    _lang = "en" if code == PSEUDO else code
    QLocale.setDefault(ui_locale(_lang))
    _tell_core(_lang)
    app.installTranslator(_catalogue)
    from casebook.ui import retranslate

    retranslate.everything(_catalogue, previous)
    notifier().changed.emit(_lang)
    return _lang


def _tell_core(code: str) -> None:
    """Messages of the core (errors, checks) in the same language (`casebook.i18n`)."""
    casebook.i18n.set_language(code)


def _changed(old: Iterable[QTranslator], new: Iterable[QTranslator]) -> bool:
    return [t.filePath() for t in old] != [t.filePath() for t in new]


def _load_parts(code: str) -> list[QTranslator] | None:
    """The catalogues of `code` (owned by Python: dropped when no longer used); None when
    its GUI catalogue is missing."""
    if code == "en":
        return []
    if code == PSEUDO:
        from casebook.ui.pseudo import PseudoTranslator

        return [PseudoTranslator()]
    folder = resources_dir() / "translations"
    gui = QTranslator()
    if not gui.load(str(folder / f"casebook_{code}.qm")):
        return None
    parts = [gui]
    core = QTranslator()
    if (folder / f"casebook_core_{code}.qm").is_file() and core.load(
        str(folder / f"casebook_core_{code}.qm")
    ):
        parts.append(core)
    qt = QTranslator()
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        parts.append(qt)  # Qt's own words (Save, Discard, Cancel, the file dialog)
    return parts


def ui_locale(code: str | None = None) -> QLocale:
    """The locale dates and numbers are written in: the system's when it speaks the
    interface language (its own regional habits), else that language's default."""
    code = code or _lang
    system = QLocale.system()
    if QLocale(code).language() == system.language():
        return system
    return QLocale(code)
