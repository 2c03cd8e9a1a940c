"""Every editor tab at 1366x768, the laptops many groups have, with every string ~40%
longer (the pseudo-localised catalogue): nothing cut off, no field outside the visible
width of its scroll area (no horizontal scrolling), the window not made wider."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QWidget

from tests import i18n_support, ui_support
from tests.test_ui_pseudo import clipped, pseudo_gui  # noqa: F401 - a fixture
from tests.ui_support import open_row

gui = ui_support.gui
demo = ui_support.demo
window = ui_support.window
compiled = i18n_support.compiled

SMALL = (1366, 768)


def outside_scroll_areas(root: QWidget) -> list[str]:
    """Visible widgets inside a scroll area that reach past its visible width, and scroll
    areas that scroll sideways."""
    problems = []
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        if not area.isVisible() or inner is None:
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            problems.append(f"{area.objectName() or 'scroll area'} scrolls sideways")
        width = area.viewport().width()
        for w in inner.findChildren(QWidget):
            if not w.isVisible() or isinstance(w.parent(), QAbstractScrollArea):
                continue
            left = w.mapTo(area.viewport(), QPoint(0, 0)).x()
            if left + w.width() > width + 1:
                name = w.accessibleName() or type(w).__name__
                problems.append(f"{name}: right edge {left + w.width()} > {width}")
    return problems


def test_every_editor_tab_fits_1366x768(pseudo_gui, qtbot, window) -> None:  # noqa: F811
    window.resize(*SMALL)
    open_row(qtbot, window, 0)
    editor = window.workspace.editor
    tabs = [editor.overview, editor.parties, editor.events, editor.evidence, editor.appeals]
    problems: dict[str, list[str]] = {}
    for tab in tabs:
        editor.tabs.setCurrentWidget(tab)
        QCoreApplication.processEvents()
        found = clipped(window) + outside_scroll_areas(tab)
        if found:
            problems[type(tab).__name__] = found
    assert window.width() <= SMALL[0]
    assert problems == {}


def test_every_editor_tab_fits_1366x768_at_125_percent(gui, qtbot, window) -> None:
    """125% scaling on a 1366x768 screen leaves 1093x614 logical pixels."""
    window.resize(1093, 614)
    open_row(qtbot, window, 0)
    editor = window.workspace.editor
    tabs = [editor.overview, editor.parties, editor.events, editor.evidence, editor.appeals]
    problems: dict[str, list[str]] = {}
    for tab in tabs:
        editor.tabs.setCurrentWidget(tab)
        QCoreApplication.processEvents()
        found = clipped(window) + outside_scroll_areas(tab)
        if found:
            problems[type(tab).__name__] = found
    assert window.width() <= 1093  # no sideways growth (the height may need a few pixels)
    assert problems == {}


def test_add_person_scrolls_to_and_focuses_the_new_name(gui, qtbot, window) -> None:
    window.resize(1093, 614)
    open_row(qtbot, window, 0)
    editor = window.workspace.editor
    editor.tabs.setCurrentWidget(editor.parties)
    people = editor.parties.people
    people.detail_scroll.verticalScrollBar().setValue(
        people.detail_scroll.verticalScrollBar().maximum()
    )
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    name = editor.parties.person_form.field("name")
    qtbot.waitUntil(name.hasFocus)
    top = name.mapTo(people.detail_scroll.viewport(), QPoint(0, 0)).y()
    assert 0 <= top and top + name.height() <= people.detail_scroll.viewport().height()
