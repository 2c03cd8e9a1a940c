"""The bar chart of the Patterns view (QtCharts): horizontal bars for categories,
vertical bars in time order (a timeline) for months, quarters and years.

`barClicked(row)` gives the row of the table behind the bar. Without QtCharts (a
build without PySide6-Addons) the view says so and the table beside it still works.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from casebook.services.stats import TIME_DIMENSIONS, StatsTable

try:
    from PySide6 import QtCharts

    HAVE_CHARTS = True
except ImportError:  # pragma: no cover - the packaged app and CI have it
    HAVE_CHARTS = False


class BarChart(QWidget):
    barClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patternsChart")
        self.bars = 0  # bars drawn (tests look at it)
        self._rows: list[int] = []  # bar index -> table row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view: QtCharts.QChartView | None = None
        if not HAVE_CHARTS:
            note = QLabel(self.tr("Charts are not available in this build; see the table."))
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(note)
            return
        self.chart = self._new_chart()
        self.view = QtCharts.QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(self.tr("Chart of the counted events"))
        layout.addWidget(self.view)

    @staticmethod
    def _new_chart() -> QtCharts.QChart:
        chart = QtCharts.QChart()
        chart.legend().hide()
        chart.setAnimationOptions(QtCharts.QChart.AnimationOption.NoAnimation)
        return chart

    def show_table(self, table: StatsTable | None, labels: list[str]) -> None:
        """Draw the first len(labels) rows of `table` (all of them for time)."""
        if self.view is None:
            return
        # A new chart each time: axes of another orientation left behind would be drawn.
        old, self.chart = self.chart, self._new_chart()
        self.view.setChart(self.chart)
        old.deleteLater()
        self.bars = 0
        if table is None or not labels:
            return
        dim = table.by[0]
        timeline = dim in TIME_DIMENSIONS
        rows = list(range(len(labels)))
        if not timeline:
            rows.reverse()  # the largest at the top of horizontal bars
        self._rows = rows
        counts = [table.rows[r][1] for r in rows]
        # On a timeline of months or quarters, the events known only to a year are a
        # bar of their own, in another colour: not a peak of that year's first month.
        year_only = [timeline and dim != "year" and len(table.rows[r][0][0]) == 4 for r in rows]
        sets = [QtCharts.QBarSet(self.tr("Events"))]
        if any(year_only):
            sets.append(QtCharts.QBarSet(self.tr("Known only to the year")))
        for count, whole_year in zip(counts, year_only, strict=True):
            sets[0].append(0.0 if whole_year else float(count))
            if len(sets) > 1:
                sets[1].append(float(count) if whole_year else 0.0)
        shown = [_short(labels[r]) for r in rows]
        for bar_set in sets:
            bar_set.clicked.connect(lambda index: self.barClicked.emit(self._rows[index]))
            bar_set.hovered.connect(
                lambda on, index: QToolTip.showText(
                    QCursor.pos(), f"{shown[index]}: {counts[index]:,}"
                ) if on else QToolTip.hideText()
            )  # fmt: skip
        series: QtCharts.QAbstractBarSeries = QtCharts.QHorizontalBarSeries()
        if timeline:
            series = QtCharts.QStackedBarSeries() if len(sets) > 1 else QtCharts.QBarSeries()
        series.append(sets)
        series.setBarWidth(0.8)
        self.chart.addSeries(series)
        if len(sets) > 1:
            self.chart.legend().show()
            self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        categories = QtCharts.QBarCategoryAxis()
        categories.append(shown)
        years = _year_axis([table.rows[r][0][0] for r in rows]) if timeline else None
        if years is not None:  # too many bars to name each: the years, under them
            categories.setVisible(False)
            self.chart.addAxis(years, Qt.AlignmentFlag.AlignBottom)
        elif timeline and len(rows) > 6:
            categories.setLabelsAngle(-90)
        values = QtCharts.QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max(counts) or 1)
        values.applyNiceNumbers()
        category_side = Qt.AlignmentFlag.AlignBottom if timeline else Qt.AlignmentFlag.AlignLeft
        value_side = Qt.AlignmentFlag.AlignLeft if timeline else Qt.AlignmentFlag.AlignBottom
        self.chart.addAxis(categories, category_side)
        self.chart.addAxis(values, value_side)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.bars = len(rows)


MAX_LABELS = 24  # a timeline of more periods is labelled by year


def _year_axis(keys: list[str]) -> QtCharts.QCategoryAxis | None:
    """For a timeline of more than MAX_LABELS periods, an axis that names each year
    under its bars (bar i stands at i); None for a shorter one, which names each bar."""
    if len(keys) <= MAX_LABELS:
        return None
    axis = QtCharts.QCategoryAxis()
    axis.setStartValue(-0.5)
    axis.setRange(-0.5, len(keys) - 0.5)
    axis.setLabelsPosition(QtCharts.QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
    spans = {}
    for i, key in enumerate(keys):
        spans[key[:4]] = i  # the last bar of each year
    years = list(spans)
    step = -(-len(years) // MAX_LABELS)  # a very long span: every step-th year named
    for n, year in enumerate(years):
        axis.append(year if n % step == 0 else "\u200b" * (n + 1), spans[year] + 0.5)
    axis.setGridLineVisible(False)
    return axis


def _short(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
