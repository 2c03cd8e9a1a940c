"""Fixtures and helpers of the case editor tests: the editor alone on the test vault, the
demo cases in that vault, background work run at once, every text the editor shows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from casebook.domain.model import Case
from casebook.services.cases import save_case
from casebook.services.demo import demo_cases
from casebook.ui import tasks
from casebook.ui.case_editor import CaseEditor


@pytest.fixture
def demo(vault) -> list[Case]:
    """The demo cases, saved in the test vault."""
    cases = demo_cases()
    for case in cases:
        save_case(vault, case, touch=False)
    return cases


def show_editor(qtbot, vault) -> CaseEditor:
    ed = CaseEditor()
    qtbot.addWidget(ed)
    ed.set_vault(vault)
    ed.resize(1200, 800)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


def evidence_editor(qtbot, vault, case: Case) -> CaseEditor:
    """The editor showing `case` on its Evidence tab."""
    ed = show_editor(qtbot, vault)
    ed.load_case(case.id)
    ed.tabs.setCurrentWidget(ed.evidence)
    return ed


@pytest.fixture
def editor(qtbot, vault) -> CaseEditor:
    return show_editor(qtbot, vault)


@pytest.fixture
def sync() -> Iterator[None]:
    tasks.use_synchronous_runner(True)
    yield
    tasks.use_synchronous_runner(False)


def shown_texts(root: QWidget, *, cleared: bool = False) -> list[str]:
    """Every piece of text a widget under `root` holds or shows; once `cleared`, no text
    may be brought back by undo either."""
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        found += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle()]
        if isinstance(w, QLineEdit):
            found.append(w.text())
            assert not (cleared and w.isUndoAvailable()), w
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            found.append(w.toPlainText())
            assert not (cleared and w.document().isUndoAvailable()), w
        elif isinstance(w, QLabel):
            found.append(w.text())
        elif isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            found += model_texts(w.model())
    return found


def model_texts(model, parent=QModelIndex()) -> list[str]:  # noqa: B008
    out = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models hide columnCount
        columns = 1
    for r in range(model.rowCount(parent)):
        for c in range(columns):
            out.append(str(model.index(r, c, parent).data() or ""))
    return out
