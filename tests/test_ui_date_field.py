"""The event date field: what is typed is the date, never silently completed or changed.

Regression: typing "2025-03-03" into a date field after selecting all gave 2026-03-03."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from casebook.services.cases import get_case
from tests import editor_support
from tests.ui_support import type_text

demo = editor_support.demo
editor = editor_support.editor


@pytest.fixture
def event_form(editor, demo):
    """The editor on a demo case's first event (dated 2024-06-21 or so)."""
    editor.load_case(demo[0].id)
    editor.tabs.setCurrentWidget(editor.events)
    timeline = editor.events.timeline
    timeline.select(timeline.model.item(0))
    return editor.events.form


def saved_date(editor, vault) -> str:
    assert editor.save(), editor.message.text()
    event_id = editor.events.timeline.current().id
    stored = get_case(vault, editor.case_id())
    return next(e for e in stored.events if e.id == event_id).date.text()


def test_select_all_and_type_gives_exactly_the_typed_date(qtbot, editor, event_form, vault):
    start = event_form.field("date").start
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(start, "2025-03-03")
    assert start.text() == "2025-03-03"
    assert saved_date(editor, vault) == "2025-03-03"
    # And once more (the bug gave the wrong year twice in a row).
    qtbot.keyClick(start, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(start, "2025-03-04")
    assert saved_date(editor, vault) == "2025-03-04"


def test_pasted_date_is_taken_as_it_is(qtbot, editor, event_form, vault):
    start = event_form.field("date").start
    QApplication.clipboard().setText("3 марта 2025")
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(start, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert start.text() == "3 марта 2025"
    assert saved_date(editor, vault) == "2025-03-03"


def test_typing_over_one_part_changes_only_that_part(qtbot, editor, event_form, vault):
    field = event_form.field("date")
    field.start.setFocus()
    field.start.selectAll()
    qtbot.keyClicks(field.start, "2024-06-21")
    field.start.setSelection(0, 4)  # the year
    qtbot.keyClicks(field.start, "2023")
    assert saved_date(editor, vault) == "2023-06-21"


@pytest.mark.parametrize(
    "typed",
    ["03.03.2025", "3 March 2025", "3 марта 2025", "3 наурыз 2025", "2025-03-03", "20250303"],
)
def test_each_local_form_is_understood(qtbot, editor, event_form, vault, typed):
    field = event_form.field("date")
    field.start.setFocus()
    field.start.selectAll()
    type_text(field.start, typed)
    assert field.start.text() == typed
    assert field.problems() == []
    assert "3 March 2025" in field.understood.text()  # what was understood, in words
    assert saved_date(editor, vault) == "2025-03-03"


def test_partial_input_is_invalid_and_nothing_is_saved(qtbot, editor, event_form, vault):
    field = event_form.field("date")
    before = saved_date(editor, vault)
    field.start.setFocus()
    field.start.selectAll()
    qtbot.keyClicks(field.start, "03.03")
    assert field.problems() and "four digits" in field.understood.text()
    assert not editor.save()
    assert "four digits" in event_form.error_label("date").text()
    stored = get_case(vault, editor.case_id())
    assert before in {e.date.text() for e in stored.events}  # not completed with today's year
    assert str(date.today().year) + "-03-03" not in {e.date.text() for e in stored.events}


def test_a_future_date_is_kept_only_when_confirmed(qtbot, editor, event_form, vault):
    field = event_form.field("date")
    next_year = date.today().year + 1
    field.start.setFocus()
    field.start.selectAll()
    qtbot.keyClicks(field.start, f"{next_year}-01-05")
    assert field.confirm.isVisibleTo(field) and not field.confirm.isChecked()
    assert "future" in field.understood.text()
    assert not editor.save()
    field.confirm.setFocus()
    qtbot.keyClick(field.confirm, Qt.Key.Key_Space)
    assert field.confirm.isChecked()
    assert field.problems() == []
    assert saved_date(editor, vault) == f"{next_year}-01-05"


def test_a_date_before_1991_asks_too(qtbot, editor, event_form):
    field = event_form.field("date")
    field.start.setFocus()
    field.start.selectAll()
    qtbot.keyClicks(field.start, "03.03.1989")
    assert "before 1991" in field.understood.text()
    assert field.problems() and not editor.save()


def test_month_precision_takes_a_month_name(qtbot, editor, event_form, vault):
    field = event_form.field("date")
    field.precision.setCurrentIndex(field.precision.findData("month"))
    field.start.setFocus()
    field.start.selectAll()
    type_text(field.start, "наурыз 2025")
    assert saved_date(editor, vault) == "2025-03"


def test_russian_interface_shows_and_reads_local_dates(qtbot, editor, demo):
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:
        editor.load_case(demo[0].id)
        field = editor.events.form.field("date")
        editor.events.timeline.select(editor.events.timeline.model.item(0))
        shown = field.start.text()
        assert len(shown.split(".")) == 3 and len(shown.split(".")[2]) == 4  # dd.MM.yyyy
        assert field.problems() == []  # the shown text reads back as the same date
        assert field.value() == editor.events.timeline.current().date
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
