"""The Patterns view: charts and tables of the same counts, shared filters, the cases
behind a bar."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from casebook.services import stats
from casebook.services.demo import demo_cases
from casebook.ui.patterns.models import CasesModel, StatsModel
from casebook.vault.cases import CaseFilter
from tests import ui_support

gui = ui_support.gui
demo = ui_support.demo
window = ui_support.window


def _patterns(window):
    ws = window._workspace
    assert ws is not None
    ws.show_patterns()
    return ws, ws.patterns


def _rows(view) -> dict[str, int]:
    model = view.model
    return {
        model.data(model.index(r, 0)): model.data(model.index(r, 0).siblingAtColumn(1),
                                                  Qt.ItemDataRole.UserRole)
        for r in range(model.rowCount())
    }  # fmt: skip


def test_counts_by_type_match_the_demo_cases(window) -> None:
    ws, view = _patterns(window)
    assert ws.pages.currentWidget() is ws.patterns_page
    expected = Counter(e.type for c in demo_cases() for e in c.events)
    table = view.model.table
    assert table is not None and table.total == sum(expected.values())
    assert {k[0]: n for k, n in table.rows} == dict(expected)
    assert view.chart.bars == len(expected)  # one bar per row beside the table
    assert "Arrest" in _rows(view) or "Administrative detention" in _rows(view)


def test_dimension_and_span_use_the_cached_aggregate(window, monkeypatch) -> None:
    _ws, view = _patterns(window)
    monkeypatch.setattr(stats.Cube, "load", lambda *a, **k: (_ for _ in ()).throw(AssertionError))
    view.dimension.setCurrentIndex(view.dimension.findData("month"))
    months = [k[0] for k, _ in view.model.table.rows]
    assert months == sorted(months)  # a timeline
    view.span.setChecked(True)
    view.month_from.setDate(view.month_from.date().fromString("2024-10", "yyyy-MM"))
    view.month_to.setDate(view.month_to.date().fromString("2024-10", "yyyy-MM"))
    assert {k[0] for k, _ in view.model.table.rows} <= {"2024-10"}


def test_clicking_a_bar_lists_its_cases_and_opens_one(window, qtbot) -> None:
    ws, view = _patterns(window)
    row = next(r for r in range(view.model.rowCount()) if view.model.value(r) == "doxxing")
    view.chart.barClicked.emit(row)
    titles = [view.cases.data(view.cases.index(r, 0)) for r in range(view.cases.rowCount())]
    assert titles == [c.title for c in demo_cases() if any(e.type == "doxxing" for e in c.events)]
    view.case_view.activated.emit(view.cases.index(0, 0))
    assert ws.showing_editor()


def test_the_case_list_filter_is_shared(window) -> None:
    ws, view = _patterns(window)
    ws.show_list()
    ws.panel.filters.status.setCurrentIndex(ws.panel.filters.status.findData("closed"))
    ws.show_patterns()
    closed = [c for c in demo_cases() if c.status == "closed"]
    assert view.model.table is not None
    assert view.model.table.total == sum(len(c.events) for c in closed)
    assert view.case_filter == CaseFilter(status="closed")


def test_locking_forgets_what_was_counted(window) -> None:
    _ws, view = _patterns(window)
    assert view.model.rowCount() > 0
    window.lock()
    assert view.model.rowCount() == 0 and view.cube is None


def test_models_pass_the_model_tester(qtmodeltester, vault) -> None:
    for case in demo_cases():
        from casebook.services.cases import save_case

        save_case(vault, case, touch=False)
    model = StatsModel()
    model.set_table(stats.count_events(vault.conn, stats.StatsRequest(by=("perpetrator",))))
    qtmodeltester.check(model)
    cases = CasesModel()
    cases.set_rows([("a", "A"), ("b", "B")])
    qtmodeltester.check(cases)
    paged = CasesModel()
    paged.PAGE = 3
    paged.load_page = lambda ids, gen: paged.add_page({i: i.upper() for i in ids}, gen)
    paged.set_ids([f"case{i}" for i in range(10)])
    assert paged.rowCount() == 3
    qtmodeltester.check(paged)
    while paged.canFetchMore():
        paged.fetchMore()
    assert paged.rowCount() == 10 and paged.data(paged.index(9, 0)) == "CASE9"


def test_the_timeline_draws_every_month_with_zeros(window) -> None:
    _ws, view = _patterns(window)
    view.dimension.setCurrentIndex(view.dimension.findData("month"))
    rows = view.model.table.rows
    months = [k[0] for k, _ in rows if len(k[0]) == 7]
    first, last = months[0], months[-1]
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:]) - int(first[5:]) + 1
    assert len(months) == span  # no month left out between the first and the last
    assert any(n == 0 for _, n in rows)  # the demo has months without events
    assert view.chart.bars == view.model.rowCount()  # drawn as well, zeros included
    counted = Counter(
        e.date.text()[:7] for c in demo_cases() for e in c.events if len(e.date.text()) > 4
    )
    assert {k[0]: n for k, n in rows if n} == {m: n for m, n in counted.items()}
    view.span.setChecked(True)
    view.month_from.setDate(view.month_from.date().fromString("2020-01", "yyyy-MM"))
    view.month_to.setDate(view.month_to.date().fromString("2020-03", "yyyy-MM"))
    assert [k[0] for k, _ in view.model.table.rows] == ["2020-01", "2020-02", "2020-03"]
    assert view.model.table.total == 0 and view.chart.bars == 3
    view.dimension.setCurrentIndex(view.dimension.findData("quarter"))
    assert [k[0] for k, _ in view.model.table.rows] == ["2020-Q1"]


def test_the_cases_behind_a_bar_come_a_page_at_a_time(window, monkeypatch) -> None:
    monkeypatch.setattr(CasesModel, "PAGE", 2)
    _ws, view = _patterns(window)
    view.dimension.setCurrentIndex(view.dimension.findData("year"))
    row = max(range(view.model.rowCount()), key=lambda r: view.model.table.rows[r][1])
    view.chart.barClicked.emit(row)
    year = view.model.value(row)
    want = {c.title for c in demo_cases() if any(e.date.text()[:4] == year for e in c.events)}
    assert len(want) > 2
    assert len(view.cases.ids) == len(want)
    assert view.cases.rowCount() == 2  # one page read; the others when scrolled to
    while view.cases.canFetchMore():
        view.cases.fetchMore()
    got = {view.cases.data(view.cases.index(r, 0)) for r in range(view.cases.rowCount())}
    assert got == want
    assert str(len(want)) in view.cases_label.text()


def test_a_long_timeline_names_its_years_and_sets_whole_years_apart(qtbot) -> None:
    from PySide6 import QtCharts

    from casebook.ui.patterns.chart import BarChart

    rows = [(("2021",), 9)] + [((f"{2021 + m // 12}-{m % 12 + 1:02d}",), m % 5) for m in range(36)]
    table = stats.StatsTable(("month",), rows, sum(n for _, n in rows))
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.show_table(table, [k[0] for k, _ in rows])
    assert chart.bars == len(rows)
    [series] = chart.chart.series()
    assert isinstance(series, QtCharts.QStackedBarSeries)
    events, whole_years = series.barSets()
    assert whole_years.at(0) == 9 and events.at(0) == 0  # "2021" apart, in its colour
    assert [events.at(i) for i in range(1, 6)] == [0, 1, 2, 3, 4]
    years = [a for a in chart.chart.axes() if isinstance(a, QtCharts.QCategoryAxis)]
    assert [a.categoriesLabels() for a in years] == [["2021", "2022", "2023"]]
    short = stats.StatsTable(("month",), rows[1:7], 10)
    chart.show_table(short, [k[0] for k, _ in rows[1:7]])
    assert isinstance(chart.chart.series()[0], QtCharts.QBarSeries)
    assert not [a for a in chart.chart.axes() if isinstance(a, QtCharts.QCategoryAxis)]
