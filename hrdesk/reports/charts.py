"""Charts for the PDF reports (reportlab.graphics), drawn with the embedded font."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from . import fonts, palette

PALETTE = [colors.HexColor(c) for c in palette.SERIES]
ACCENT = colors.HexColor(palette.ACCENT)


def _title(d: Drawing, text: str, width: float, height: float) -> None:
    d.add(String(0, height - 11, fonts.visual(text), fontName=fonts.SANS_BOLD, fontSize=9,
                 fillColor=colors.HexColor(palette.TITLE)))


def bar_chart(title: str, labels: list[str], values: list[float], width: float = 230,
              height: float = 170, horizontal: bool = False) -> Drawing:
    d = Drawing(width, height)
    _title(d, title, width, height)
    if not values:
        return d
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    label_room = 95 if horizontal else 0
    chart.x, chart.y = 8 + label_room, 30 if not horizontal else 14
    chart.width = width - chart.x - 12
    chart.height = height - chart.y - 22
    chart.data = [values]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = fonts.SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = colors.HexColor(palette.AXIS)
    chart.valueAxis.gridStrokeColor = colors.HexColor(palette.GRID)
    chart.valueAxis.visibleGrid = True
    top = max(values) or 1
    step = _nice_step(top)
    chart.valueAxis.valueMax = step * (int(top * 1.1 // step) + 1)
    chart.valueAxis.valueStep = step
    chart.categoryAxis.categoryNames = [fonts.visual(_short(lab, 18 if horizontal else 12)) for lab in labels]
    chart.categoryAxis.labels.fontName = fonts.SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = colors.HexColor(palette.AXIS)
    if horizontal:
        chart.categoryAxis.reverseDirection = True
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -3
    else:
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.dy = -2
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    d.add(chart)
    return d


def pie_chart(title: str, labels: list[str], values: list[float], width: float = 230,
              height: float = 170, percent=lambda share: f"{round(100 * share)}%",
              colours: list[str] | None = None) -> Drawing:
    """A pie with its legend; ``percent`` formats a share (0–1) in the report's language;
    ``colours`` (hex, one per label; :mod:`.palette`) give each category its own colour."""
    d = Drawing(width, height)
    _title(d, title, width, height)
    hexes = colours or [palette.SERIES[i % len(palette.SERIES)] for i in range(len(labels))]
    triples = [(lab, v, colors.HexColor(c)) for lab, v, c in zip(labels, values, hexes, strict=True) if v]
    pairs = [(lab, v) for lab, v, _c in triples]
    if not pairs:
        return d
    pie = Pie()
    size = min(height - 40, width * 0.5)
    pie.x, pie.y, pie.width, pie.height = 10, (height - 16 - size) / 2, size, size
    pie.data = [v for _lab, v in pairs]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for i in range(len(pairs)):
        pie.slices[i].fillColor = triples[i][2]
    d.add(pie)
    total = sum(pie.data) or 1
    y = pie.y + size - 8
    for i, (lab, v) in enumerate(pairs):
        x = pie.x + size + 14
        d.add(Rect(x, y, 7, 7, fillColor=triples[i][2], strokeColor=None))
        d.add(String(x + 11, y, fonts.visual(f"{_short(lab, 22)} ({percent(round(v / total, 2))})"),
                     fontName=fonts.SANS, fontSize=7.5))
        y -= 12
    return d


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _nice_step(top: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000,
                 20000, 50000, 100000):
        if top / step <= 6:
            return step
    return 10 ** len(str(int(top)))
