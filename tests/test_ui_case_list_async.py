"""The case list reads in the background: a slow query never blocks the GUI thread,
stale answers are dropped, and locking closes the list's own connection."""

from __future__ import annotations

import threading

import pytest

from casebook.domain.model import Case
from casebook.services.cases import save_case
from casebook.ui import case_list, tasks
from casebook.ui.case_list import PAGE_SIZE, PLACEHOLDER, CaseListModel
from casebook.vault import cases as repo
from casebook.vault.cases import CaseFilter
from tests import ui_support

# Fixtures shared by the GUI tests.
gui = ui_support.gui


@pytest.fixture
def threaded(gui):
    tasks.use_synchronous_runner(False)
    yield
    tasks.use_synchronous_runner(True)


def _fill(vault, n: int) -> None:
    with vault.transaction() as conn:
        for i in range(n):
            repo.save_case(
                conn, Case(title=f"Case {i:04d}", updated=f"2024-01-01T00:00:{i % 60:02d}Z")
            )


def test_rows_arrive_from_the_background(threaded, qtbot, vault) -> None:
    _fill(vault, PAGE_SIZE + 10)
    model = CaseListModel()
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_vault(vault)
        assert model.rowCount() == 0 and model.loading  # nothing waited for here
    assert model.rowCount() == PAGE_SIZE + 10
    assert model.index(0, 0).data() != PLACEHOLDER
    last = model.index(PAGE_SIZE + 5, 0)
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        assert last.data() == PLACEHOLDER  # its page is being read
    assert last.data().startswith("Case ")
    model.set_vault(None)


def test_a_slow_query_does_not_block_and_stale_answers_are_dropped(
    threaded, qtbot, vault, monkeypatch
) -> None:
    for title in ("Alpha case", "Beta case", "Gamma case"):
        save_case(vault, Case(title=title))
    model = CaseListModel()
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_vault(vault)
    release = threading.Event()
    real = repo.list_cases

    def slow_for_alpha(conn, flt=None, **kw):
        if flt is not None and flt.query == "Alpha":
            release.wait(10)
        return real(conn, flt, **kw)

    monkeypatch.setattr(case_list.repo, "list_cases", slow_for_alpha)
    model.set_filter(CaseFilter(query="Alpha"))
    # Back here at once, while the worker is still inside the query.
    assert not release.is_set() and model.loading
    assert model.rowCount() == 3  # the previous rows stay until the answer comes
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter(CaseFilter(query="Gamma"))
        release.set()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Gamma case"]
    qtbot.wait(100)  # the Alpha answer, if it came, changed nothing
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Gamma case"]
    model.set_vault(None)


def test_locking_closes_the_lists_connection(threaded, qtbot, vault) -> None:
    _fill(vault, 3)
    model = CaseListModel()
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_vault(vault)
    handle = model._queries._handle
    assert handle is not None and handle.is_open
    model.set_vault(None)
    assert not handle.is_open and model.rowCount() == 0
    assert vault.is_open  # the main handle is the window's to close
