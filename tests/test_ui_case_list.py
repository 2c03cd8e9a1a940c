"""The case list model (SQL-backed, paged) and its filter bar."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casebook.domain.model import Case, Event, EventDate
from casebook.services.cases import save_case
from casebook.services.demo import demo_cases
from casebook.ui import case_list
from casebook.ui.case_filters import FilterBar
from casebook.ui.case_list import CASE_ID_ROLE, COLUMNS, CaseListModel
from casebook.ui.case_list_panel import CaseListPanel
from casebook.vault import cases as repo
from casebook.vault.cases import CaseFilter
from tests import ui_support

# Fixtures shared by the GUI tests.
gui = ui_support.gui

TITLE, STATUS, COUNTRY, LAST, EVENTS, EVIDENCE, UPDATED = range(7)


def _fill(vault, n: int) -> None:
    with vault.transaction() as conn:
        for i in range(n):
            event_type = "arrest" if i % 2 else "fine"
            repo.save_case(
                conn,
                Case(
                    title=f"Case {i:05d}",
                    status=("open", "closed", "monitoring")[i % 3],
                    country="KZ",
                    tags=["even"] if i % 2 == 0 else ["odd"],
                    updated=f"2024-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}Z",
                    events=[Event(EventDate.parse(f"2023-{i % 12 + 1:02d}-15"), event_type)],
                ),
            )


def _titles(model: CaseListModel) -> list[str]:
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


def test_model_passes_qtmodeltester_with_demo_cases(gui, qtmodeltester, vault) -> None:
    for case in demo_cases():
        save_case(vault, case)
    model = CaseListModel()
    model.set_vault(vault)
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)
    # The tester stays connected and checks every reset and change that follows.
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(model)[0].startswith("Activist doxxed")
    model.set_filter(CaseFilter(query="doxxed"))
    assert _titles(model) == ["Activist doxxed: phone number published, hundreds of threats"]


def test_columns_show_what_the_issue_lists(gui, vault) -> None:
    case = demo_cases()[0]
    save_case(vault, case)
    model = CaseListModel()
    model.set_vault(vault)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == [
        "Title", "Status", "Country", "Last event", "Events", "Evidence", "Updated",
    ]  # fmt: skip
    row = [model.index(0, c).data() for c in range(len(COLUMNS))]
    assert row[:6] == [case.title, "Open", "Kazakhstan", "2024-10-10", "3", "0"]
    assert row[UPDATED].startswith(case.updated[:4])
    assert model.index(0, 0).data(CASE_ID_ROLE) == case.id


def test_large_vault_reads_only_the_pages_it_shows(gui, vault, monkeypatch) -> None:
    monkeypatch.setattr(case_list, "MAX_PAGES", 3)
    _fill(vault, 1200)
    model = CaseListModel()
    model.set_vault(vault)
    assert model.rowCount() == 1200
    assert model.queries == 1  # the count comes with the first page
    assert model.index(0, TITLE).data() == "Case 01199"  # newest first
    assert model.queries == 1
    assert model.index(1199, TITLE).data() == "Case 00000"
    assert model.queries == 2
    for row in range(0, 1200, 100):
        model.index(row, TITLE).data()
    assert model.cached_rows() <= 3 * case_list.PAGE_SIZE


def test_sorting_is_done_in_sql(gui, vault) -> None:
    _fill(vault, 30)
    model = CaseListModel()
    model.set_vault(vault)
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(model)[:3] == ["Case 00000", "Case 00001", "Case 00002"]
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert _titles(model)[0] == "Case 00029"
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [model.index(r, STATUS).data() for r in range(30)]
    assert statuses == ["Closed"] * 10 + ["Monitoring"] * 10 + ["Open"] * 10


def test_refresh_after_a_change_keeps_rows_consistent(gui, qtmodeltester, vault) -> None:
    _fill(vault, 5)
    model = CaseListModel()
    model.set_vault(vault)
    qtmodeltester.check(model, force_py=True)
    save_case(vault, Case(title="A brand new one"))
    model.refresh()
    assert model.rowCount() == 6
    assert model.index(0, TITLE).data() == "A brand new one"
    with vault.transaction() as conn:
        repo.delete_case(conn, model.case_id(0))
    model.refresh()
    assert model.rowCount() == 5
    assert "A brand new one" not in _titles(model)


def test_filter_bar_builds_the_filter(gui, qtbot, vault) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_tags(["even", "odd"])
    with qtbot.waitSignal(bar.filterChanged) as sig:
        bar.status.setCurrentIndex(bar.status.findData("closed"))
    assert sig.args[0].status == "closed"
    with qtbot.waitSignal(bar.filterChanged) as sig:
        bar.tag.setCurrentIndex(bar.tag.findData("odd"))
    with qtbot.waitSignal(bar.filterChanged) as sig:
        bar.event_type.setCurrentIndex(bar.event_type.findData("arrest"))
    with qtbot.waitSignal(bar.filterChanged) as sig:
        bar.dates.setChecked(True)
    flt = sig.args[0]
    assert (flt.status, flt.tag, flt.event_type) == ("closed", "odd", "arrest")
    assert flt.date_from and flt.date_to
    with qtbot.waitSignal(bar.filterChanged) as sig:
        bar.reset()
    assert sig.args[0] == CaseFilter()


def test_search_as_you_type_is_debounced(gui, qtbot, vault) -> None:
    for case in demo_cases():
        save_case(vault, case)
    panel = CaseListPanel()
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    emitted: list[CaseFilter] = []
    panel.filters.filterChanged.connect(emitted.append)
    qtbot.keyClicks(panel.filters.search, "Almaty")
    assert emitted == []  # nothing until typing pauses
    qtbot.waitUntil(lambda: len(emitted) == 1)
    assert emitted[0].query == "Almaty"
    assert panel.model.rowCount() == 1
    assert "Community event disrupted" in panel.model.index(0, TITLE).data()
    panel.filters.search.setText("Шымкент")  # Russian words are found too
    qtbot.waitUntil(lambda: len(emitted) == 2)
    assert panel.model.rowCount() == 1


def test_filters_narrow_the_list(gui, qtbot, vault) -> None:
    _fill(vault, 24)
    panel = CaseListPanel()
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    panel.filters.set_tags(repo.all_tags(vault.conn))
    bar = panel.filters
    bar.status.setCurrentIndex(bar.status.findData("open"))
    assert panel.model.rowCount() == 8
    bar.tag.setCurrentIndex(bar.tag.findData("even"))
    assert panel.model.rowCount() == 4  # i % 3 == 0 and i % 2 == 0
    bar.reset()
    bar.event_type.setCurrentIndex(bar.event_type.findData("arrest"))
    assert panel.model.rowCount() == 12
    bar.date_from.setDate(bar.date_from.date().fromString("2023-03-01", "yyyy-MM-dd"))
    bar.date_to.setDate(bar.date_to.date().fromString("2023-04-30", "yyyy-MM-dd"))
    bar.dates.setChecked(True)
    # arrests (odd i) with an event in March or April: i % 12 in (2, 3) and odd -> i = 3, 15
    assert sorted(_titles(panel.model)) == ["Case 00003", "Case 00015"]
    # Typed over a selected date, in a local form: exactly that day, never this year's
    # (issue 18); a half-typed bound changes nothing.
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    bar.date_from.selectAll()
    QTest.keyClicks(bar.date_from, "01.04.20")
    assert bar.current().date_from == ""  # not a date yet: no bound from it
    QTest.keyClicks(bar.date_from, "23")
    assert bar.current().date_from == "2023-04-01"
    bar.date_to.selectAll()
    QTest.keyClick(bar.date_to, Qt.Key.Key_Delete)
    from tests.ui_support import type_text

    type_text(bar.date_to, "30 апреля 2023")
    assert bar.current().date_to == "2023-04-30"
    assert sorted(_titles(panel.model)) == ["Case 00003", "Case 00015"]


def test_panel_chooses_cases_and_forgets_everything_when_locked(gui, qtbot, vault) -> None:
    for case in demo_cases():
        save_case(vault, case)
    panel = CaseListPanel()
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    panel.filters.set_tags(repo.all_tags(vault.conn))
    with qtbot.waitSignal(panel.selectionMoved) as sig:
        panel.view.selectRow(2)
    assert sig.args[0] == panel.model.case_id(2) == panel.chosen()
    panel.view.setFocus()
    with qtbot.waitSignal(panel.caseActivated) as sig:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert sig.args[0] == panel.model.case_id(2)
    panel.filters.search.setText("doxxed")
    panel.set_vault(None)
    assert panel.model.rowCount() == 0
    assert panel.filters.search.text() == ""
    assert panel.filters.tag.count() == 1  # only "Any tag"


def test_an_empty_list_says_why(gui, qtbot, vault) -> None:
    panel = CaseListPanel()
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    assert panel.empty.isVisibleTo(panel) and "No cases yet" in panel.empty.text()
    save_case(vault, Case(title="One case"))
    panel.refresh()
    assert not panel.empty.isVisibleTo(panel)
    panel.filters.search.setText("nothing-like-this")
    panel.filters._emit_now()
    assert "No case matches" in panel.empty.text() and panel.empty.isVisibleTo(panel)
    panel.set_vault(None)
    assert not panel.empty.isVisibleTo(panel)
