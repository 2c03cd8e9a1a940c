"""The bar chart of the Patterns view (QtCharts): horizontal bars for categories,
vertical bars in time order (a timeline) for months, quarters and years.

`barClicked(row)` gives the row of the table behind the bar. Without QtCharts (a
build without PySide6-Addons) the view says so and the table beside it still works.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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
        timeline = table.by[0] in TIME_DIMENSIONS
        rows = list(range(len(labels)))
        if not timeline:
            rows.reverse()  # the largest at the top of horizontal bars
        self._rows = rows
        bar_set = QtCharts.QBarSet(self.tr("Events"))
        for row in rows:
            bar_set.append(float(table.rows[row][1]))
        bar_set.clicked.connect(lambda index: self.barClicked.emit(self._rows[index]))
        series = QtCharts.QBarSeries() if timeline else QtCharts.QHorizontalBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.8)
        self.chart.addSeries(series)
        categories = QtCharts.QBarCategoryAxis()
        categories.append([_short(labels[r]) for r in rows])
        if timeline and len(rows) > 6:
            categories.setLabelsAngle(-90)
        values = QtCharts.QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max(table.rows[r][1] for r in rows) or 1)
        values.applyNiceNumbers()
        category_side = Qt.AlignmentFlag.AlignBottom if timeline else Qt.AlignmentFlag.AlignLeft
        value_side = Qt.AlignmentFlag.AlignLeft if timeline else Qt.AlignmentFlag.AlignBottom
        self.chart.addAxis(categories, category_side)
        self.chart.addAxis(values, value_side)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.bars = len(rows)


def _short(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
