"""The Patterns view: counts of events by type, time, place, perpetrator kind or the
victims' organisation, as a bar chart (a timeline for months, quarters and years) with
the same figures in a table beside it. Clicking a bar or a row lists the cases behind it.

The cases counted are those of the case list's filter (shared with it). The vault is
counted once per filter, off the GUI thread (services.stats.Cube); choosing another
dimension, event type or span of months only adds up that cached aggregate.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.domain import vocab
from casebook.services import stats
from casebook.ui import formats, i18n, tasks
from casebook.ui.patterns.chart import BarChart
from casebook.ui.patterns.models import CasesModel, StatsModel
from casebook.vault.cases import CaseFilter
from casebook.vault.vault import Vault

MAX_BARS = 24  # categories beyond these are in the table only


class PatternsView(QWidget):
    caseActivated = Signal(str)
    loaded = Signal()  # a recount finished (tests wait for it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.cube: stats.Cube | None = None
        self.case_filter = CaseFilter()
        self._generation = 0
        self._stale = True
        self.dimension = QComboBox()
        self.dimension.setAccessibleName(self.tr("Count events by"))
        for code, text in self._dimensions():
            self.dimension.addItem(text, code)
        self.event_type = QComboBox()
        self.event_type.setAccessibleName(self.tr("Type of event"))
        self.event_type.addItem(self.tr("Every type of event"), "")
        lang = i18n.lang()
        for code in vocab.EVENT_TYPE:
            self.event_type.addItem(vocab.label(vocab.EVENT_TYPE, code, lang), code)
        self.span = QCheckBox(self.tr("Months from"))
        today = QDate.currentDate()
        self.month_from = self._month_edit(today.addYears(-2))
        self.month_to = self._month_edit(today)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.chart = BarChart()
        self.model = StatsModel(self)
        self.table = QTableView()
        self.table.setObjectName("patternsTable")
        self.table.setAccessibleName(self.tr("Counted events"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # the counts and shares whole, at any font size
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.cases = CasesModel(self)
        self.cases.load_page = self._load_titles
        self.case_view = QListView()
        self.case_view.setObjectName("patternsCases")
        self.case_view.setAccessibleName(self.tr("Cases behind the chosen row"))
        self.case_view.setModel(self.cases)
        # a long title wraps within the list (and shows whole as a tooltip)
        self.case_view.setWordWrap(True)
        self.case_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.case_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cases_label = QLabel(self.tr("Click a bar or a row to list its cases."))
        self.cases_label.setWordWrap(True)
        self._layout()
        self.dimension.currentIndexChanged.connect(self.redraw)
        self.event_type.currentIndexChanged.connect(self.redraw)
        self.span.toggled.connect(self._span_toggled)
        self.month_from.dateChanged.connect(self.redraw)
        self.month_to.dateChanged.connect(self.redraw)
        self.chart.barClicked.connect(self.show_cases)
        self.table.clicked.connect(lambda index: self.show_cases(index.row()))
        self.table.activated.connect(lambda index: self.show_cases(index.row()))
        self.case_view.activated.connect(self._open_case)

    def _dimensions(self) -> list[tuple[str, str]]:
        return [
            ("type", self.tr("Type of event")),
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year")),
            ("place", self.tr("Place")),
            ("perpetrator", self.tr("Kind of perpetrator")),
            ("organisation", self.tr("Victims' organisation")),
        ]

    def _month_edit(self, date: QDate) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setDisplayFormat("yyyy-MM")
        edit.setEnabled(False)
        return edit

    def _layout(self) -> None:
        bar = QHBoxLayout()
        by = QLabel(self.tr("Count by"))
        by.setBuddy(self.dimension)
        for widget in (by, self.dimension, self.event_type, self.span, self.month_from):
            bar.addWidget(widget)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.month_to)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 3)
        column.addWidget(self.cases_label)
        column.addWidget(self.case_view, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.chart)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        split.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(bar)
        outer.addWidget(split, 1)

    # --- data ---------------------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        """A vault to count (None when locked: everything shown is forgotten)."""
        self.vault = vault
        self.cube = None
        self._generation += 1
        self.model.set_table(None)
        self.cases.set_rows([])
        self.chart.show_table(None, [])
        self.summary.clear()
        self._stale = True

    def set_filter(self, flt: CaseFilter) -> None:
        """The case list's filter: count the cases it shows (recounted when visible)."""
        self.case_filter = replace(flt)
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Recount the vault for the shared filter, off the GUI thread."""
        if self.vault is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        flt = replace(self.case_filter)
        self.summary.setText(self.tr("Counting…"))

        dim = self._choices()[0]

        def work(handle: Vault, _progress: object, _cancel: object) -> stats.Cube:
            return stats.Cube.load(handle.conn, [dim], cases=flt)

        def done(cube: stats.Cube) -> None:
            if generation == self._generation:
                self.cube = cube
                self.redraw()
                self.loaded.emit()

        tasks.run_task(self.vault, work, on_done=done, on_error=self._failed)

    def _load_dimension(self, dim: str) -> None:
        """Count one more dimension for the same filter (each is read once, when first
        chosen), then draw it."""
        if self.vault is None or self.cube is None:
            return
        generation = self._generation
        flt = replace(self.case_filter)
        self.summary.setText(self.tr("Counting…"))

        def work(handle: Vault, _progress: object, _cancel: object) -> stats.Cube:
            return stats.Cube.load(handle.conn, [dim], cases=flt, totals=False)

        def done(more: stats.Cube) -> None:
            if generation == self._generation and self.cube is not None:
                self.cube.cells.update(more.cells)
                self.redraw()
                self.loaded.emit()

        tasks.run_task(self.vault, work, on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("Counting failed: {error}").format(error=exc))

    def _choices(self) -> tuple[str, list[str], str, str]:
        dim = self.dimension.currentData() or "type"
        kind = self.event_type.currentData() or ""
        start = end = ""
        if self.span.isChecked():
            start = self.month_from.date().toString("yyyy-MM")
            end = self.month_to.date().toString("yyyy-MM")
        return dim, [kind] if kind else [], start, end

    def redraw(self, *_: object) -> None:
        """Add up the cached aggregate for the chosen dimension and filters (no disk)."""
        if self.cube is None:
            return
        dim, types, start, end = self._choices()
        if not self.cube.has(dim):
            self._load_dimension(dim)
            return
        table = self.cube.table(dim, month_from=start, month_to=end, types=types)
        if dim in stats.TIME_DIMENSIONS:
            table = stats.continuous(table, start, end)  # the empty periods too, at 0
        self.model.set_table(table)
        self.chart.show_table(table, self.model.labels[:MAX_BARS] if dim not in
                              stats.TIME_DIMENSIONS else self.model.labels)  # fmt: skip
        self.summary.setText(self.tr("{count} events").format(count=formats.number(table.total)))
        self.cases.set_rows([])
        self.cases_label.setText(self.tr("Click a bar or a row to list its cases."))

    def _span_toggled(self, on: bool) -> None:
        self.month_from.setEnabled(on)
        self.month_to.setEnabled(on)
        self.redraw()

    def request_for_row(self, row: int) -> tuple[stats.StatsRequest, str]:
        dim, types, start, end = self._choices()
        date_from = f"{start}-01" if start else ""
        date_to = (
            QDate.fromString(end + "-01", "yyyy-MM-dd").addMonths(1).addDays(-1)
            .toString("yyyy-MM-dd") if end else ""
        )  # fmt: skip
        request = stats.StatsRequest(
            by=(dim,), date_from=date_from, date_to=date_to, event_types=tuple(types),
            cases=replace(self.case_filter),
        )  # fmt: skip
        return request, self.model.value(row)

    def show_cases(self, row: int) -> None:
        """List the cases behind a bar or row, all of them (their ids are read off the
        GUI thread; their titles a page at a time as the list shows them)."""
        if self.vault is None or self.model.table is None or row >= self.model.rowCount():
            return
        request, value = self.request_for_row(row)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        label = self.model.labels[row]
        generation = self._generation
        if self.model.table.rows[row][1] == 0:  # an empty period of the timeline
            self.cases.set_ids([])
            self._cases_counted(label, 0)
            return

        def work(handle: Vault, _progress: object, _cancel: object) -> list[str]:
            return stats.case_ids_for(handle.conn, request, [value])

        def done(ids: list[str]) -> None:
            if generation == self._generation:
                self.cases.set_ids(ids)
                self._cases_counted(label, len(ids))

        tasks.run_task(self.vault, work, on_done=done, on_error=self._failed)

    def _cases_counted(self, label: str, count: int) -> None:
        self.cases_label.setText(
            self.tr("Cases with events counted under “{value}”: {count}").format(
                value=label, count=formats.number(count)
            )
        )

    def _load_titles(self, ids: list[str], generation: int) -> None:
        if self.vault is None:
            return

        def work(handle: Vault, _progress: object, _cancel: object) -> dict[str, str]:
            return stats.case_titles(handle.conn, ids)

        def done(titles: dict[str, str]) -> None:
            self.cases.add_page(titles, generation)

        tasks.run_task(self.vault, work, on_done=done, on_error=self._failed)

    def _open_case(self, index: QModelIndex) -> None:
        case_id = self.cases.data(index, Qt.ItemDataRole.UserRole)
        if case_id:
            self.caseActivated.emit(case_id)
