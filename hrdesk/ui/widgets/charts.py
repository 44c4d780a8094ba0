"""Dashboard charts (QtCharts): a bar, horizontal bar or donut chart of one series of
items; clicking a bar or slice emits the item (its click-through filter)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QStackedWidget, QToolTip, QVBoxLayout, QWidget

from hrdesk.reports import palette

ACCENT = QColor(palette.ACCENT)
PALETTE = list(palette.SERIES)
MAX_LABEL = 26
MAX_BARS = 9


def short(text: str, n: int = MAX_LABEL) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def nice_axis(value: int, ticks: int = 5) -> tuple[int, int]:
    """A round tick interval and an axis maximum a little above ``value`` (room for labels)."""
    top = max(value * 1.15, 4)
    raw = top / ticks
    power = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return int(step), int(step * -(-top // step))


class ChartCard(QWidget):
    """A titled chart that shows a short note instead when there is nothing to draw.  A new
    series of the same kind keeps the chart's series and axes and changes their values
    (re-creating them costs most of a period change's drawing)."""

    clicked = Signal(object)   # the item

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.items: tuple = ()
        self.kind = "bar"
        self._drawn: str | None = None   # the kind whose series and axes the chart holds
        self._bar_items: list = []        # the items of the bars, in the bars' order
        self._pie_items: list = []        # the items of the slices, in the slices' order
        self.chart = QChart()
        self.chart.setBackgroundRoundness(6)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setVisible(False)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(self.font().pointSizeF() * 1.1)
        self.chart.setTitleFont(title_font)
        self.chart.setTitleBrush(QColor(palette.TITLE))
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(230)
        self.note = QLabel(self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setObjectName("emptyText")
        self.note.setStyleSheet("background: #ffffff; border: 1px solid #d5dde5; border-radius: 6px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_series(self, title: str, kind: str, items: Sequence, *, empty_text: str, hint: str = "",
                   labels: Sequence[str] | None = None) -> None:
        """``kind``: "bar", "hbar" or "pie"; ``labels`` replace the items' labels on the axis."""
        self.items, self.kind = tuple(items), kind
        if self.chart.title() != title:
            self.chart.setTitle(title)
            self.setAccessibleName(title)
        self.view.setToolTip(hint)
        if not any(i.value for i in self.items):
            self.note.setText(f"<b>{title}</b><br><br>{empty_text}")
            self.stack.setCurrentWidget(self.note)
            return
        self.stack.setCurrentWidget(self.view)
        clickable = any(i.target is not None for i in self.items)
        self.view.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        if self._drawn != kind:
            self._clear()
            self._drawn = None
        if kind == "pie":
            self._pie()
        else:
            self._bars(kind == "hbar", list(labels) if labels else [i.label for i in self.items])
        self._drawn = kind
        self._fit_labels()

    def _clear(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.legend().setVisible(False)

    # -- kinds --------------------------------------------------------------------------------
    def _pie(self) -> None:
        shown = [(n, item) for n, item in enumerate(self.items) if item.value]
        self._pie_items = [item for _n, item in shown]
        if self._drawn == "pie":
            series = self.chart.series()[0]
        else:
            series = QPieSeries()
            series.setHoleSize(0.45)
            series.setPieSize(0.78)
        if series.count() != len(shown):   # as many slices as items to show, clicks by position
            series.clear()
            for i in range(len(shown)):
                piece = series.append("", 1)
                piece.setBorderColor(QColor("#ffffff"))
                piece.clicked.connect(lambda i=i: self.clicked.emit(self._pie_items[i]))
                piece.hovered.connect(lambda state, p=piece: p.setExploded(state))
        total = sum(i.value for i in self.items) or 1
        for piece, (n, item) in zip(series.slices(), shown, strict=True):
            piece.setLabel(self.tr("{label}: {value} ({percent}%)").format(
                label=item.label, value=item.text, percent=round(100 * item.value / total)))
            piece.setValue(item.value)
            piece.setColor(QColor(item.colour or PALETTE[n % len(PALETTE)]))
        if self._drawn == "pie":
            return
        self.chart.addSeries(series)
        legend = self.chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
        legend.setMarkerShape(legend.MarkerShape.MarkerShapeCircle)

    def _bars(self, horizontal: bool, labels: list[str]) -> None:
        items = list(self.items)
        if horizontal and len(items) > MAX_BARS:  # the largest, and the rest as one bar
            rest = items[MAX_BARS - 1:]
            total = sum(i.value for i in rest)
            other = replace(rest[0], label=self.tr("Others ({n})").format(n=len(rest)), value=total,
                            text=str(total), target=None)
            items = [*items[:MAX_BARS - 1], other]
            labels = [*labels[:MAX_BARS - 1], other.label]
        if horizontal:  # largest at the top
            items, labels = items[::-1], labels[::-1]
        self._bar_items = items
        if self._drawn in ("bar", "hbar"):
            bars = self.chart.series()[0].barSets()[0]
            bars.remove(0, bars.count())
            categories, values = self.chart.axes()
        else:
            _series, bars, categories, values = self._new_bars(horizontal)
        bars.append([float(item.value) for item in items])
        names = [short(t) for t in labels]
        if categories.categories() != names:   # laying labels out is most of a chart's drawing
            categories.setCategories(names)
        step, top = nice_axis(max(i.value for i in items))
        if step > values.tickInterval():   # never a wide range with a small interval, even for a
            values.setTickInterval(step)   # moment: QtCharts lays out every tick of it at once
            values.setRange(0, top)        # (seconds for a range of 10,000 and an interval of 2)
        else:
            values.setRange(0, top)
            values.setTickInterval(step)

    def _fit_labels(self) -> None:
        """Vertical bars' labels turned, and the values above the bars left to the tooltip, when
        they would not fit side by side in the width each bar has (24 months on a card)."""
        if self._drawn != "bar" or not self.chart.series():
            return
        categories, _values = self.chart.axes()
        names = categories.categories()
        if not names:
            return
        each = max(self.view.width() - 90, 100) / len(names)   # the plot area, less the value axis
        metrics = QFontMetrics(categories.labelsFont())
        widest = max(metrics.horizontalAdvance(n) for n in names) + 6
        angle = -90 if widest > each else 0
        if categories.labelsAngle() != angle:   # each change lays the chart out again
            categories.setLabelsAngle(angle)
        series = self.chart.series()[0]
        numbers = max((metrics.horizontalAdvance(i.text) for i in self._bar_items), default=0) + 4
        if series.isLabelsVisible() != (numbers <= each):   # else each value is in its bar's tooltip
            series.setLabelsVisible(numbers <= each)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit_labels()

    def _new_bars(self, horizontal: bool):
        """A bar series with its axes, clicks and tooltips going to ``self._bar_items``."""
        bars = QBarSet("")
        bars.setColor(ACCENT)
        bars.setBorderColor(ACCENT)
        bars.setLabelColor(QColor("#1f2d3a"))
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.7)
        bars.clicked.connect(lambda index: self.clicked.emit(self._bar_items[index]))
        bars.hovered.connect(lambda state, index: QToolTip.showText(
            self.cursor().pos(), self.tr("{label}: {value}").format(
                label=self._bar_items[index].label, value=self._bar_items[index].text))
            if state else QToolTip.hideText())
        self.chart.addSeries(series)
        series.setLabelsVisible(True)
        categories = QBarCategoryAxis()
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        categories.setTruncateLabels(False)
        values.setGridLineColor(QColor(palette.GRID))
        categories.setGridLineVisible(False)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7))
        categories.setLabelsFont(small)
        values.setLabelsFont(small)
        if horizontal:
            self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        else:
            self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        return series, bars, categories, values
