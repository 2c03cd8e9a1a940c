"""Bring every open window into a new interface language in place.

Widgets are not rebuilt (that would lose unsaved edits, selections and running work).
Instead, every text a widget shows that came from a translation (a label, a button, a
tab, a menu, a placeholder, a tooltip, an accessible name...) is looked up in what the
application's `Catalogue` answered in the previous language, and translated again from
the same source, context and plural number. Texts that never came from a translation
(names, case data, paths) are not in that record and stay as they are.

What a widget composes itself (a sentence with a number or a name filled in, a label
built from a declared field, vocabulary and country names, dates) is redone by the
widget on QEvent.LanguageChange, which Qt sends to every widget after this walk; item
models with a `retranslate()` method are asked to redo their rows, and every header
view asks its model for its headers again.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from functools import partial

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from casebook.ui.i18n import Catalogue, Hints

Getter = Callable[[], str]
Setter = Callable[[str], None]
DATA = "casebookShowsData"  # a widget property: its text is data, never translated


def shows_data(widget: QWidget) -> QWidget:
    """Mark a label that shows case data (a file name, a description): its text is left
    alone even when it happens to read like a word of the interface."""
    widget.setProperty(DATA, True)
    return widget


def everything(catalogue: Catalogue, previous: str) -> None:
    """Translate again every translated text of every widget and action of the
    application (`previous`: the catalogue language the texts are shown in now), then let
    every widget redo what it composes itself (QEvent.LanguageChange)."""
    collecting = gc.isenabled()
    gc.disable()  # no Qt object owned by Python garbage is deleted under our feet
    try:
        _walk(catalogue, previous)
    finally:
        if collecting:
            gc.enable()


def _walk(catalogue: Catalogue, previous: str) -> None:
    actions: dict[int, QAction] = {}
    models: dict[int, QAbstractItemModel] = {}
    dialog_buttons: list[tuple[QAbstractButton, str]] = []
    for widget in QApplication.allWidgets():
        hints = partial(_hints, widget)  # only asked for when a text is ambiguous
        for get, put in _texts(widget) if not widget.property(DATA) else ():
            _again(catalogue, previous, hints, get, put)
        if isinstance(widget, QAbstractButton) and isinstance(widget.parent(), QDialogButtonBox):
            dialog_buttons.append((widget, widget.text()))
        found = widget.actions()
        if widget.isWindow():
            found += widget.findChildren(QAction)
        for action in found:
            actions[id(action)] = action
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for model in _models(widget.model()):
                models[id(model)] = model
        if isinstance(widget, QHeaderView) and widget.count():
            widget.headerDataChanged(widget.orientation(), 0, widget.count() - 1)
    for action in actions.values():
        if not shiboken6.isValid(action):
            continue  # deleted by what a new text set off
        hints = partial(_hints, action.parent())
        for get, put in _action_texts(action):
            _again(catalogue, previous, hints, get, put)
    for model in models.values():
        redo = getattr(model, "retranslate", None)
        if callable(redo):
            redo()
    for widget in QApplication.topLevelWidgets():
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
            widget.unsetLocale()  # calendars, spin boxes: the new default locale
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    for button, text in dialog_buttons:  # a button box puts back Qt's own "OK" and the like
        if shiboken6.isValid(button) and button.text() != text:
            button.setText(text)


def _again(catalogue: Catalogue, previous: str, hints: Hints, get: Getter, put: Setter) -> None:
    text = get()
    if not text:
        return
    key = catalogue.source_of(text, previous, hints)
    if key is None:
        return
    new = key.translate()
    if new != text:
        put(new)


def _hints(obj: QObject | None) -> list[str]:
    """Class names of `obj` and its parents, nearest first: tr() contexts it may use."""
    names: list[str] = []
    while obj is not None:
        for cls in type(obj).__mro__:
            if cls.__module__.startswith("casebook") and cls.__name__ not in names:
                names.append(cls.__name__)
        obj = obj.parent()
    return names


def _models(model: QAbstractItemModel) -> Iterator[QAbstractItemModel]:
    found: QAbstractItemModel | None = model
    while found is not None:
        yield found
        found = found.sourceModel() if isinstance(found, QAbstractProxyModel) else None


def _texts(w: QWidget) -> Iterator[tuple[Getter, Setter]]:
    """The translatable texts of one widget, as (read, write) pairs."""
    yield w.windowTitle, w.setWindowTitle
    yield w.toolTip, w.setToolTip
    yield w.whatsThis, w.setWhatsThis
    yield w.statusTip, w.setStatusTip
    yield w.accessibleName, w.setAccessibleName
    yield w.accessibleDescription, w.setAccessibleDescription
    if isinstance(w, QLabel | QAbstractButton):
        yield w.text, w.setText
    elif isinstance(w, QGroupBox):
        yield w.title, w.setTitle
    elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
        yield w.placeholderText, w.setPlaceholderText  # never the text: that is data
    elif isinstance(w, QComboBox):
        yield from _combo_texts(w)
    elif isinstance(w, QTabBar):
        yield from _tab_texts(w)
    elif isinstance(w, QProgressBar):
        yield w.format, w.setFormat
    if isinstance(w, QSpinBox):
        yield w.prefix, w.setPrefix
        yield w.suffix, w.setSuffix
    if isinstance(w, QAbstractSpinBox):
        yield w.specialValueText, w.setSpecialValueText


def _combo_texts(combo: QComboBox) -> Iterator[tuple[Getter, Setter]]:
    """Items without data ("Any status", "no event"): items with data are codes or
    names, labelled by their owners (vocabularies) or data themselves (tags, people)."""
    for i in range(combo.count()):
        if not combo.itemData(i):
            yield partial(combo.itemText, i), partial(combo.setItemText, i)


def _tab_texts(bar: QTabBar) -> Iterator[tuple[Getter, Setter]]:
    for i in range(bar.count()):
        yield partial(bar.tabText, i), partial(bar.setTabText, i)
        yield partial(bar.tabToolTip, i), partial(bar.setTabToolTip, i)


def _action_texts(action: QAction) -> Iterator[tuple[Getter, Setter]]:
    yield action.text, action.setText
    plain = action.text().replace("&", "").replace("...", "").strip()
    defaults = {plain, plain.removesuffix("…")}
    for get, put in (
        (action.toolTip, action.setToolTip),  # by default the text itself: left alone
        (action.statusTip, action.setStatusTip),
        (action.whatsThis, action.setWhatsThis),
    ):
        if get() and get() not in defaults:
            yield get, put
