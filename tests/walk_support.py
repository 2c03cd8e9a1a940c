"""Scripted walks of one detention case (issue 18), with real key presses and clicks that
are counted: through "New incident", and through the full editor.

The case: two activists detained (one named, one by pseudonym), ten days of
administrative detention, two perpetrators, three demands. Both walks then do the same
to finish: one photo added, the English appeal exported. Counted: every key press sent
(a character, Tab, Enter, a shortcut like Ctrl+S is one) and every mouse click.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

NAMED = "Aliya Nurpeisova"
HIDDEN = "Daniyar Omarov"
PSEUDONYM = "D. O."
POLICE = "Almaty city police"
AKIMAT = "Akimat of Almaty"
STATION = "Almalinsky district police department"
LAWYER = "Galym Ageleuov"
ARTICLE = "Article 488 of the Code of Administrative Offences"
WHAT = "Both were detained during single-person pickets in front of the akimat."
DEMANDS = ["Release them at once", "Drop the charges", "Guarantee peaceful assembly"]


@dataclass
class Counts:
    keys: int = 0
    clicks: int = 0


class Walker:
    """Sends key presses to the widget with the focus and clicks to buttons, counting."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.counts = Counts()

    @property
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1):
        for _ in range(times):
            # An open completion list gets the keys first, as it does from a keyboard.
            target = QApplication.activePopupWidget() or self.focus
            self.qtbot.keyClick(target, key, modifiers)
            self.counts.keys += 1
        return QApplication.focusWidget()

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus, text)
        self.counts.keys += len(text)

    def tab(self, times: int = 1) -> QWidget:
        return self.press(Qt.Key.Key_Tab, times=times)

    def tab_to(self, widget: QWidget, limit: int = 60) -> None:
        for _ in range(limit):
            if self.focus is widget:
                return
            self.tab()
        raise AssertionError(f"Tab never reached {widget!r}")

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self.counts.clicks += 1

    def click_tab(self, tabs, page: QWidget) -> None:
        bar = tabs.tabBar()
        self.click(bar, bar.tabRect(tabs.indexOf(page)).center())


def _file_dialog() -> QFileDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
    visible = [d for d in found if d.isVisible()]
    assert visible, "no file dialog open"
    return visible[-1]


def _type_path(walk: Walker, path: Path) -> None:
    """Choose `path` in the open file dialog. Counted as a user does it in a dialog that
    opens in the folder of the file (Documents): the file name typed, then Enter. Qt's
    dialog under the offscreen platform keeps its completion list open over typed keys,
    so the choice itself is made with selectFile + accept."""
    dialog = _file_dialog()
    walk.qtbot.waitExposed(dialog)
    dialog.selectFile(str(path))
    walk.counts.keys += len(path.name) + 1
    dialog.accept()


def finish_with_photo_and_appeal(walk: Walker, window, photo: Path, out: Path) -> None:
    """Add the photo on the Evidence tab, export the English appeal as PDF."""
    editor = window.workspace.editor
    walk.click_tab(editor.tabs, editor.evidence)
    walk.click(editor.evidence.add_button)
    _type_path(walk, photo)
    notice = editor.evidence.identifying_notice
    if notice is not None and notice.isVisible():
        walk.click(notice.button(QMessageBox.StandardButton.Ok))
    walk.click_tab(editor.tabs, editor.appeals)
    tab = editor.appeals
    walk.click(tab.export_button)
    if tab.check.unresolved():  # the pre-publication check asks first (issue 11):
        tab.check.view.setFocus()  # Ctrl+A in its list, then Redact
        tab.check.view.selectAll()
        walk.counts.keys += 1
        walk.click(tab.check.redact_button)
        walk.click(tab.export_button)
    box = tab._confirm
    if box is not None and box.isVisible():  # an internal case: export anyway
        walk.click(box.button(QMessageBox.StandardButton.Yes))
    with walk.qtbot.waitSignal(tab.exported, timeout=30000):
        _type_path(walk, out)


def open_incident(walk: Walker, window):
    """Ctrl+Shift+N: the New incident form, its first field with the focus."""
    walk.press(Qt.Key.Key_N, CTRL | SHIFT)
    dialog = window.workspace.incident_dialog
    walk.qtbot.waitExposed(dialog)
    walk.qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind, timeout=3000)
    return dialog


def walk_new_incident(walk: Walker, window) -> str:
    """The detention case through File › New incident; returns the new case id."""
    dialog = open_incident(walk, window)
    assert walk.focus is dialog.kind  # detention is the first kind offered
    walk.tab()
    walk.type("03.03.2025")
    walk.tab()
    walk.type("10:30")
    walk.tab()
    walk.type("Almaty, Republic Square")
    walk.tab(2)  # the country is Kazakhstan already
    assert walk.focus is dialog.people.name
    walk.type(NAMED)
    walk.tab()
    walk.press(Qt.Key.Key_Up, times=2)  # consent: anonymous -> by name
    walk.press(Qt.Key.Key_Return)  # added; back in the name field
    walk.type(HIDDEN)
    walk.tab()
    walk.press(Qt.Key.Key_Up)  # pseudonym only
    walk.tab()
    walk.type(PSEUDONYM)
    walk.press(Qt.Key.Key_Return)
    walk.press(Qt.Key.Key_A, ALT)  # What
    assert walk.focus is dialog.what
    walk.type(WHAT)
    walk.press(Qt.Key.Key_D, ALT)  # Who did it
    walk.type(POLICE)
    walk.press(Qt.Key.Key_Return)  # police is the kind offered first
    walk.type(AKIMAT)
    walk.tab()
    walk.press(Qt.Key.Key_Down, times=2)  # state body
    walk.press(Qt.Key.Key_Return)
    walk.press(Qt.Key.Key_P, ALT)  # Police station
    walk.type(STATION)
    walk.tab()
    walk.type(LAWYER)
    walk.tab()
    walk.type("04.03.2025")
    walk.tab()
    walk.type(ARTICLE)
    walk.tab()
    walk.type("10 days")
    walk.tab()
    for i, demand in enumerate(DEMANDS):
        if i:
            walk.press(Qt.Key.Key_Return)
        walk.type(demand)
    with walk.qtbot.waitSignal(dialog.created, timeout=10000) as created:
        walk.press(Qt.Key.Key_Return, CTRL)
    return str(created.args[0])


def walk_full_editor(walk: Walker, window) -> str:
    """The same case through File › New case and the editor's tabs."""
    editor = window.workspace.editor
    if QApplication.focusWidget() is None:  # after a dialog: the window has it again
        window.activateWindow()
        walk.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        editor.tabs.currentWidget().setFocus()
        walk.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    walk.press(Qt.Key.Key_N, CTRL)
    overview = editor.overview.form
    assert walk.focus is overview.field("title")
    walk.type("Aliya Nurpeisova and D. O. detained in Almaty")
    walk.tab_to(overview.field("summary"))
    walk.type(WHAT)
    walk.tab_to(overview.field("demands").add_button)
    demands = overview.field("demands")
    for demand in DEMANDS:
        walk.press(Qt.Key.Key_Space)  # Add: a new line opens for typing
        walk.type(demand)
        walk.press(Qt.Key.Key_Return)
        walk.qtbot.waitUntil(lambda d=demand: demands.value()[-1:] == [d])  # committed when idle
        walk.tab_to(demands.add_button)

    parties = editor.parties
    walk.press(Qt.Key.Key_Tab, CTRL)
    people = parties.person_form
    for name, consent_keys, pseudonym in ((NAMED, 2, ""), (HIDDEN, 1, PSEUDONYM), (LAWYER, 2, "")):
        walk.tab_to(parties.people.add_button)
        walk.press(Qt.Key.Key_Space)
        assert walk.focus is people.field("name")
        walk.type(name)
        walk.tab_to(people.field("consent"))
        walk.press(Qt.Key.Key_Up, times=consent_keys)
        if pseudonym:
            walk.tab_to(people.field("pseudonym"))
            walk.type(pseudonym)
    orgs = parties.organisation_form
    for name, downs in ((POLICE, 2), (AKIMAT, 1), (STATION, 2)):  # police, state body
        walk.tab_to(parties.organisations.add_button)
        walk.press(Qt.Key.Key_Space)
        assert walk.focus is orgs.field("name")
        walk.type(name)
        walk.tab()
        walk.press(Qt.Key.Key_Home)
        walk.press(Qt.Key.Key_Down, times=downs)

    walk.press(Qt.Key.Key_Tab, CTRL)
    events = editor.events
    form = events.form
    inv = events.involvements
    plan = [
        ("03.03.2025", "10:30", 0, "Almaty, Republic Square", WHAT + " Taken to " + STATION,
         [(0, 0), (1, 0), (3, 1), (4, 1), (5, 1)]),
        ("04.03.2025", "", 1, "Almaty",
         "Sentenced to 10 days of administrative detention under " + ARTICLE + ".",
         [(0, 0), (1, 0), (2, 4)]),
    ]  # fmt: skip
    for day, time, type_downs, place, text, parties_roles in plan:
        walk.tab_to(events.timeline.add_button)
        walk.press(Qt.Key.Key_Space)
        walk.tab()
        walk.type(day)
        walk.tab_to(form.field("time"))
        walk.type(time)
        walk.tab()
        walk.press(Qt.Key.Key_Home)  # arrest, then administrative detention
        walk.press(Qt.Key.Key_Down, times=type_downs)
        walk.tab()
        walk.type(place)
        walk.tab()
        walk.type(text)
        for party, role in parties_roles:
            walk.tab_to(inv.party)
            walk.press(Qt.Key.Key_Home)
            walk.press(Qt.Key.Key_Down, times=party)
            walk.tab()
            walk.press(Qt.Key.Key_Home)
            walk.press(Qt.Key.Key_Down, times=role)
            walk.tab()
            walk.press(Qt.Key.Key_Space)
    walk.press(Qt.Key.Key_S, CTRL)
    assert not editor.is_dirty(), editor.message.text()
    case_id = editor.case_id()
    assert case_id is not None
    return case_id
