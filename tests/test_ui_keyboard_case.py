"""A whole case entered with the keyboard alone, from the main window: a new case with
its overview, a person, an organisation and an event naming both, saved with Ctrl+S.
Only key events: no setText, no setFocus, no clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from casebook.domain import vocab
from casebook.services.cases import get_case
from casebook.ui.main_window import MainWindow
from tests import ui_support

demo = ui_support.demo
gui = ui_support.gui
window = ui_support.window

CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    @property
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              times: int = 1) -> QWidget:  # fmt: skip
        for _ in range(times):
            self.qtbot.keyClick(self.focus, key, modifiers)
        return self.focus

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus, text)

    def tab(self, times: int = 1) -> QWidget:
        return self.press(Qt.Key.Key_Tab, times=times)

    def tab_to(self, widget: QWidget, limit: int = 40) -> None:
        """Tab until `widget` has the focus (what a user does, looking at the screen)."""
        for _ in range(limit):
            if self.focus is widget:
                return
            self.tab()
        raise AssertionError(f"Tab never reached {widget!r}")


def test_a_whole_case_with_the_keyboard_alone(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    keys = Keyboard(qtbot)
    editor = window.workspace.editor
    overview = editor.overview.form
    assert keys.focus is window.workspace.panel.view  # where unlocking leaves the focus

    keys.press(Qt.Key.Key_N, CTRL)  # File > New case
    assert keys.focus is overview.field("title")
    keys.type("Raid on the shelter")
    keys.tab()
    keys.press(Qt.Key.Key_Down)  # status: open -> monitoring
    keys.tab()
    keys.type("KZ")  # country
    keys.tab()
    keys.type("Shymkent")
    keys.tab()
    keys.press(Qt.Key.Key_Down)  # sensitivity: internal -> partners
    keys.tab()
    keys.type("Police searched the shelter at night.")
    assert keys.tab() is overview.field("background")

    keys.press(Qt.Key.Key_Tab, CTRL)  # next tab: people and organisations
    parties = editor.parties
    assert editor.tabs.currentWidget() is parties
    keys.tab_to(parties.people.add_button)
    keys.press(Qt.Key.Key_Space)
    person_form = parties.person_form
    assert keys.focus is person_form.field("name")
    keys.type("Dana Seitkali")
    keys.tab_to(parties.organisations.add_button)
    keys.press(Qt.Key.Key_Space)
    assert keys.focus is parties.organisation_form.field("name")
    keys.type("City police")
    keys.tab()
    keys.press(Qt.Key.Key_End)  # kind: the last one offered

    keys.press(Qt.Key.Key_Tab, CTRL)  # next tab: events
    events = editor.events
    assert editor.tabs.currentWidget() is events
    keys.tab_to(events.timeline.add_button)
    keys.press(Qt.Key.Key_Space)
    form = events.form
    date = form.field("date")
    assert keys.focus is date.precision
    keys.tab()
    assert keys.focus is date.start
    keys.type("20250214")
    keys.tab()
    keys.type("23:40")
    keys.tab()  # type
    keys.tab()
    keys.type("Shelter, Shymkent")
    keys.tab()
    keys.type("Officers searched every room without a warrant.")
    involved = events.involvements
    keys.tab_to(involved.party)  # the person is offered first
    keys.tab()  # role: victim
    keys.tab()
    assert keys.focus is involved.add_button
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Backtab, times=2)
    assert keys.focus is involved.party
    keys.press(Qt.Key.Key_Down)  # the organisation
    keys.tab()
    keys.press(Qt.Key.Key_Down)  # perpetrator
    keys.tab()
    keys.press(Qt.Key.Key_Space)

    keys.press(Qt.Key.Key_S, CTRL)
    assert not editor.is_dirty(), editor.message.text()
    stored = get_case(window.vault, editor.case_id() or "")
    assert (stored.title, stored.status, stored.country) == ("Raid on the shelter", "monitoring",
                                                             "KZ")  # fmt: skip
    assert (stored.location, stored.sensitivity) == ("Shymkent", "partners")
    assert stored.summary == "Police searched the shelter at night."
    [person] = stored.people
    [organisation] = stored.organisations
    assert person.name == "Dana Seitkali"
    assert (organisation.name, organisation.kind) == ("City police", list(vocab.ORG_KIND)[-1])
    [event] = stored.events
    assert (event.date.text(), event.time, event.place) == ("2025-02-14", "23:40",
                                                            "Shelter, Shymkent")  # fmt: skip
    assert event.description == "Officers searched every room without a warrant."
    roles = {(i.ref, i.role) for i in event.involved}
    assert roles == {(person.id, "victim"), (organisation.id, "perpetrator")}
    keys.press(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back to the list
    assert not window.workspace.showing_editor()
    assert keys.focus is window.workspace.panel.view
    assert window.workspace.panel.chosen() == stored.id
