"""Dashboard charts redrawn in place: the value axis never holds a wide range with the
previous period's small tick interval, even for a moment (QtCharts lays out one tick per
interval at once: a range of 25,000 with an interval of 2 froze the window for 16 s)."""

from __future__ import annotations

import pytest

from hrdesk.reports.dashboard import Item
from hrdesk.ui.widgets.charts import ChartCard

pytestmark = pytest.mark.gui


def _items(*values: int) -> list[Item]:
    return [Item(f"Group {n}", v, str(v), None) for n, v in enumerate(values)]


@pytest.mark.parametrize("kind", ["bar", "hbar"])
def test_a_large_period_after_a_small_one_never_lays_out_thousands_of_ticks(qtbot, kind):
    card = ChartCard()
    qtbot.addWidget(card)
    card.resize(500, 350)
    card.show()
    card.set_series("People by age group", kind, _items(3, 5, 1), empty_text="")
    values = card.chart.axes()[1]
    assert values.tickInterval() == 2

    ticks = []   # the number of ticks the axis asks for at each change of range or interval

    def record(*_args) -> None:
        ticks.append((values.max() - values.min()) / values.tickInterval())

    values.rangeChanged.connect(record)
    values.tickIntervalChanged.connect(record)
    for period in ((2_000, 5), (2, 1), (3_000,), (1,), (7, 3)):
        card.set_series("People by age group", kind, _items(*period), empty_text="")
        bars = card.chart.series()[0].barSets()[0]
        assert sorted(bars.at(i) for i in range(bars.count())) == sorted(float(v) for v in period)
        assert values.max() >= max(period) and values.max() / values.tickInterval() <= 10
    assert ticks and max(ticks) <= 10, ticks


def test_month_labels_turn_and_values_go_to_tooltips_when_the_bars_are_narrow(qtbot):
    """Two years of months on a card: every label is shown, turned, and the numbers above the
    bars (which would run into each other) are left to each bar's tooltip; a few months are
    labelled flat, with their numbers.  Widening the card lays them out again."""
    card = ChartCard()
    qtbot.addWidget(card)
    card.resize(500, 300)
    card.show()
    months = [Item(f"{m:02d}/{y % 100}", 400 + m, str(400 + m), None) for y in (2024, 2025) for m in range(1, 13)]
    card.set_series("Activities by month", "bar", months, empty_text="")
    categories = card.chart.axes()[0]
    series = card.chart.series()[0]
    assert categories.categories() == [m.label for m in months]
    assert categories.labelsAngle() == -90 and not series.isLabelsVisible()
    card.set_series("Activities by month", "bar", months[:3], empty_text="")
    assert categories.labelsAngle() == 0 and series.isLabelsVisible()
    card.set_series("Activities by month", "bar", months, empty_text="")
    assert categories.labelsAngle() == -90
    card.resize(3000, 300)   # room for every label side by side
    qtbot.waitUntil(lambda: categories.labelsAngle() == 0 and series.isLabelsVisible(), timeout=3000)
