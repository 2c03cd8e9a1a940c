"""Accessibility checks for the GUI tests: labels tied to inputs, named buttons, menus
reachable from the keyboard, Tab order in reading order, nothing clipped.

Each check returns a list of problems (readable sentences naming the widget), so a test
can collect them over many screens and report them all at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

INPUTS = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)
# Widgets whose children are Qt's own parts (a combo box's line edit, a spin box's
# buttons, a view's editors): the outer widget is what is checked.
COMPOUND = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QTabBar, QCalendarWidget,
            QFileDialog)  # fmt: skip


def describe(widget: QWidget) -> str:
    """A name for messages: class, object name, text or accessible name, and where."""
    bits = [type(widget).__name__]
    if widget.objectName():
        bits.append(f"#{widget.objectName()}")
    text = widget.accessibleName() or _own_text(widget)
    if text:
        bits.append(repr(text[:40]))
    window = widget.window()
    owner = window.windowTitle() or type(window).__name__
    parent = widget.parentWidget()
    return " ".join(bits) + f" (in {type(parent).__name__ if parent else '-'}, {owner})"


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.placeholderText()
    return ""


def is_internal(widget: QWidget, root: QWidget) -> bool:
    """A part of a Qt compound widget (not something the application built)."""
    if isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def shown(root: QWidget, kind: type | tuple[type, ...] = QWidget) -> list[QWidget]:
    """Widgets of `kind` under `root` (and root itself) that the user can see now."""
    found = [root, *root.findChildren(QWidget)]
    return [w for w in found if isinstance(w, kind) and w.isVisible() and not is_internal(w, root)]


def buddies(root: QWidget) -> dict[int, QLabel]:
    """Labels by the id of the widget they are the buddy label of (visible labels only)."""
    found: dict[int, QLabel] = {}
    for label in root.window().findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.isVisible() and label.text().strip():
            found[id(buddy)] = label
    return found


def needs_label(widget: QWidget) -> bool:
    if isinstance(widget, QCheckBox | QRadioButton):
        return not widget.text().strip()
    return isinstance(widget, INPUTS)


def label_problems(root: QWidget) -> list[str]:
    """Every visible input has a buddy label or an accessible name; every button says
    what it does, and no two buttons shown say the same; every input and button can be
    reached with Tab; a label with a mnemonic has a buddy to go to."""
    labels = buddies(root)
    problems = []
    names: dict[str, QWidget] = {}
    for w in shown(root):
        if needs_label(w) and id(w) not in labels and not w.accessibleName().strip():
            problems.append(f"no label or accessible name: {describe(w)}")
        if isinstance(w, QAbstractButton):
            name = w.accessibleName() or w.text().replace("&", "").strip()
            if not name:
                problems.append(f"button without text or accessible name: {describe(w)}")
            elif name in names and w.isEnabled():
                problems.append(f"two buttons called {name!r}: {describe(w)}")
            names.setdefault(name, w)
        if (needs_label(w) or isinstance(w, QAbstractButton)) and w.isEnabled():
            if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                problems.append(f"not reachable with Tab: {describe(w)}")
        if isinstance(w, QLabel) and mnemonic(w.text()) and w.buddy() is None:
            problems.append(f"label with a mnemonic but no buddy: {describe(w)}")
    return problems


# --- menus and shortcuts -----------------------------------------------------------------

_MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic(text: str) -> str:
    found = _MNEMONIC.search(text)
    return found.group(1).casefold() if found else ""


def menu_problems(bar: QMenuBar) -> list[str]:
    """Each menu has a mnemonic unique in the bar; each action of a menu has a mnemonic
    unique in its menu, or at least a shortcut."""
    problems: list[str] = []
    menus = [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]
    problems += _unique_mnemonics([m.title() for m in menus], "the menu bar")
    for menu in menus:
        items = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        problems += _unique_mnemonics([a.text() for a in items], f"menu {menu.title()!r}")
        for a in items:
            if not mnemonic(a.text()) and a.shortcut().isEmpty():
                problems.append(f"neither a mnemonic nor a shortcut: {a.text()!r}")
    return problems


def _unique_mnemonics(texts: Iterable[str], where: str) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for text in texts:
        key = mnemonic(text)
        if not key:
            if where == "the menu bar":
                problems.append(f"no mnemonic in {where}: {text!r}")
            continue
        if key in seen:
            problems.append(f"mnemonic {key!r} twice in {where}: {seen[key]!r} and {text!r}")
        seen[key] = text
    return problems


def shortcut_clashes(window: QWidget) -> list[str]:
    """Two actions with the same shortcut in the same window: neither fires."""
    by_key: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty() and action.isEnabled():
                by_key.setdefault(
                    key.toString(QKeySequence.SequenceFormat.PortableText), []
                ).append(action.text())
    return [f"shortcut {k} is used by {v}" for k, v in by_key.items() if len(v) > 1]


# --- tab order ---------------------------------------------------------------------------


def rect_in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _same_row(ra: QRect, rb: QRect) -> bool:
    """Vertical extents overlapping by more than half of the lower one."""
    overlap = min(ra.bottom(), rb.bottom()) - max(ra.top(), rb.top())
    return overlap > min(ra.height(), rb.height()) / 2


def _before(a: QWidget, b: QWidget, root: QWidget) -> bool:
    """`b` comes before `a` in reading order."""
    ra, rb = rect_in(a, root), rect_in(b, root)
    return rb.left() < ra.left() if _same_row(ra, rb) else rb.top() < ra.top()


def in_reading_order(widgets: list[QWidget], root: QWidget) -> list[str]:
    """Problems where a widget comes after one that is below it, or right of it in the
    same row."""
    return [
        f"Tab goes from {describe(a)} back to {describe(b)}"
        for a, b in zip(widgets, widgets[1:], strict=False)
        if _before(a, b, root)
    ]


def first_in_reading_order(widgets: list[QWidget], root: QWidget) -> QWidget:
    first = widgets[0]
    for w in widgets[1:]:
        if _before(first, w, root):
            first = w
    return first


def tab_walk(qtbot, start: QWidget, limit: int = 120) -> list[QWidget]:
    """Press Tab from `start` until the focus comes to a widget it had before (or
    leaves the window); the widgets that had the focus, in order, starting with `start`.
    Date edits take a Tab per section: they are listed once."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=2000)
    walked = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is walked[-1] and isinstance(now, QAbstractSpinBox):
            continue
        if now is walked[-1]:
            raise AssertionError(f"Tab does not leave {describe(now)}")
        if now is None or now in walked or now.window() is not start.window():
            break
        walked.append(now)
    else:
        raise AssertionError(f"Tab is caught in {describe(walked[-1])}")
    return walked


Region = QWidget | list[QWidget]


def _region_of(widget: QWidget, regions: list[Region]) -> int:
    for i, region in enumerate(regions):
        if isinstance(region, list):
            if widget in region:
                return i
        elif widget is region or region.isAncestorOf(widget):
            return i
    return len(regions)


def tab_order_problems(qtbot, root: QWidget, regions: list[Region] | None = None) -> list[str]:
    """Walk `root` with Tab from its first input: every enabled input and button is
    reached, in reading order. `regions` (containers, or lists of widgets) are read one
    after the other, each in reading order (a list beside a form: first the list, then
    the form); what is in no region comes last."""
    expected = focusable(root)
    if not expected:
        return [f"nothing to focus in {describe(root)}"]
    zones = regions or []
    top = min(_region_of(w, zones) for w in expected)
    first = first_in_reading_order([w for w in expected if _region_of(w, zones) == top], root)
    walk = [w for w in tab_walk(qtbot, first) if w is root or root.isAncestorOf(w)]
    problems = [f"Tab never reaches {describe(w)}" for w in expected if w not in walk]
    places = [_region_of(w, zones) for w in walk]
    for a, b, pa, pb in zip(walk, walk[1:], places, places[1:], strict=False):
        if pb < pa:
            problems.append(f"Tab goes from {describe(a)} back to {describe(b)}")
    for index in range(len(zones) + 1):
        problems += in_reading_order([w for w, p in zip(walk, places, strict=True)
                                      if p == index], root)  # fmt: skip
    return problems


def focusable(root: QWidget) -> list[QWidget]:
    """Enabled visible widgets under `root` that Tab should reach."""
    found = []
    for w in shown(root):
        if w is root or not w.isEnabled():
            continue
        if w.focusProxy() is not None:
            continue
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and (
            needs_label(w) or isinstance(w, QAbstractButton | QTabBar)
        ):
            found.append(w)
    return found


# --- clipping at large fonts ---------------------------------------------------------------


def clipped(root: QWidget) -> list[str]:
    """Visible texts narrower than they need: labels that do not wrap, buttons, check
    boxes, tab titles; table rows lower than a line of text."""
    problems = []
    for w in shown(root):
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and not w.pixmap():
            if w.width() < w.minimumSizeHint().width() or w.height() < w.sizeHint().height():
                problems.append(f"label clipped ({w.size().toTuple()}): {describe(w)}")
        elif isinstance(w, QPushButton | QCheckBox | QRadioButton) and w.text():
            hint = w.sizeHint()
            if w.width() < hint.width() or w.height() < hint.height() - 2:
                problems.append(f"clipped ({w.size().toTuple()} < {hint.toTuple()}): {describe(w)}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabRect(i).width() < w.tabSizeHint(i).width():
                    problems.append(f"tab {w.tabText(i)!r} clipped in {describe(w)}")
        elif isinstance(w, QTableView) and w.model() is not None and w.model().rowCount():
            line = w.fontMetrics().height()
            if w.rowHeight(0) < line + 2:
                problems.append(f"rows {w.rowHeight(0)} px for {line} px text: {describe(w)}")
            rows = min(2, w.model().rowCount())
            if w.viewport().height() < rows * w.rowHeight(0):
                problems.append(f"fewer than {rows} rows shown: {describe(w)}")
        elif isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox):
            if w.height() < w.fontMetrics().height() + 4:
                problems.append(f"too low for its text ({w.height()} px): {describe(w)}")
            if isinstance(w, QComboBox | QAbstractSpinBox):
                need = w.minimumSizeHint().width()
                if w.width() < need:
                    problems.append(f"narrower ({w.width()}) than its text ({need}): {describe(w)}")
        elif isinstance(w, QProgressBar) and w.isTextVisible() and w.text():
            if w.height() < w.fontMetrics().height():
                problems.append(f"progress text clipped ({w.height()} px): {describe(w)}")
    return problems


def nothing_scrolls_away(root: QWidget) -> list[str]:
    """Scroll areas are fine; other widgets must lie inside the window."""
    problems = []
    area = root.rect()
    for w in shown(root, (QAbstractButton, QLabel, *INPUTS)):
        if _inside_scroll_area(w, root):
            continue
        if not area.contains(rect_in(w, root)):
            problems.append(f"outside the window: {describe(w)}")
    return problems


def _inside_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False
