"""Dashboard: the key figures and charts of a period, each clickable through to the list of
the records behind it.  Figures come from the reports' query layer
(:mod:`hrdesk.reports.dashboard`), computed on the worker thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrdesk import i18n
from hrdesk.reports import dashboard as dashboard_data
from hrdesk.reports.scope import ReportScope
from hrdesk.ui import preferences
from hrdesk.ui.context import AppContext
from hrdesk.ui.pages.base import EmptyState, Page
from hrdesk.ui.pages.click_through import show_records
from hrdesk.ui.widgets.charts import ChartCard
from hrdesk.ui.widgets.figure_tiles import TileGrid
from hrdesk.ui.widgets.period_picker import PeriodPicker

# (series key, chart kind) in the order shown, two per row
CHARTS = (("by_kind", "hbar"), ("by_sex", "pie"), ("by_category", "hbar"), ("by_month", "bar"),
          ("by_country", "hbar"), ("by_age", "bar"))
WATCHED = ("activity", "activity_deleted", "participant", "participant_deleted", "recommendation", "office")


def month_range(key: str):
    """``"2025-03"`` → first and last day of that month."""
    year, month = int(key[:4]), int(key[5:7])
    first = dt.date(year, month, 1)
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
    return first, last


class DashboardPage(Page):
    key, icon_name = "dashboard", "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: dashboard_data.Dashboard | None = None
        self._generation = 0
        self._stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(10)
        head = QHBoxLayout()
        self.heading = QLabel(self.title(), self)
        self.heading.setObjectName("pageTitle")
        self.status = QLabel(self)
        self.status.setObjectName("matchCount")
        saved = preferences.DASHBOARD_PERIOD.get()
        self.period = PeriodPicker(self, preset=saved or "this_year")
        self._fallback = not saved  # first visit: an empty year falls back to last year, once
        self.period.setMinimumWidth(460)
        self.period.changed.connect(self._period_chosen)
        head.addWidget(self.heading)
        head.addSpacing(12)
        head.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Period"), self))
        head.addWidget(self.period)
        layout.addLayout(head)

        self.tiles = TileGrid(8, self)
        self.tiles.clicked.connect(self.open_item)
        layout.addWidget(self.tiles)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.scroll)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.charts: dict[str, ChartCard] = {}
        for n, (key, _kind) in enumerate(CHARTS):
            card = ChartCard(body)
            card.clicked.connect(self.open_item)
            grid.addWidget(card, n // 2, n % 2)
            self.charts[key] = card
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.scroll.setWidget(body)
        self.empty = EmptyState("dashboard", "", "", self)
        self.empty.hide()
        self.scroll.hide()  # until the first figures arrive
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty, 1)
        self._dims = []
        for w in (self.tiles, body):
            effect = QGraphicsOpacityEffect(w)
            effect.setOpacity(1.0)
            w.setGraphicsEffect(effect)
            self._dims.append(effect)
        ctx.changed.connect(self._changed)

    def title(self) -> str:
        return self.tr("Dashboard")

    # -- loading --------------------------------------------------------------------------
    def scope(self) -> ReportScope:
        start, end = self.period.value()
        return ReportScope(date_from=start, date_to=end, language=i18n.current().language)

    def activate(self) -> None:
        if self._stale:
            self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        scope = self.scope()
        self.status.setText(self.tr("Counting…"))
        self._show_current(False)   # never the figures of another period under this one's label
        db = self.ctx.db
        self.ctx.worker.run(lambda _p: dashboard_data.build(db, scope),
                            lambda data: self._loaded(generation, data),
                            lambda exc: self._failed(generation, exc))

    def _period_chosen(self) -> None:
        self._fallback = False
        if self.period.preset_name() != "custom":
            preferences.DASHBOARD_PERIOD.set(self.period.preset_name())
        self.reload()

    def showing_current(self) -> bool:
        """Whether the figures shown are those of the period chosen (not dimmed)."""
        return self.tiles.isEnabled()

    def _show_current(self, current: bool) -> None:
        """Dim the figures and charts (and stop their click-through) while the chosen
        period's figures are being counted; show them fully once they belong to it."""
        for w in (self.tiles, self.scroll, self.empty):
            w.setEnabled(current)
        for effect in self._dims:
            effect.setOpacity(1.0 if current else 0.25)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("The figures could not be computed: {error}").format(error=exc))

    def _loaded(self, generation: int, data: dashboard_data.Dashboard) -> None:
        if generation != self._generation:
            return  # a newer period was chosen meanwhile
        if data.empty and self._fallback and self.period.preset_name() == "this_year":
            self._fallback = False
            self.period.set_preset("last_year")
            self.reload()
            return
        self._fallback = False
        self.data = data
        self._show_current(True)
        self.status.setText(self.period.describe())
        hint = self.tr("Click to list these records")
        self.tiles.set_items(data.tiles, clickable=lambda item: self.target_of(item) is not None, hint=hint)
        if data.empty:
            self.scroll.hide()
            self.empty.set_text(self.tr("No activities in this period"),
                                self.tr("Choose another period above, or record activities on the "
                                        "Activities page: they appear here as soon as they are saved."))
            self.empty.show()
            return
        self.empty.hide()
        self.scroll.show()
        series = {s.key: s for s in data.series}
        for key, kind in CHARTS:
            s = series.get(key)
            if s is None:
                continue
            items = self._with_targets(s)
            labels = self._month_labels(data) if key == "by_month" else None
            self.charts[key].set_series(s.title, kind, items, empty_text=self.tr("Nothing to show for this period."),
                                        hint=hint, labels=labels)

    def _month_labels(self, data) -> list[str]:
        locale = QLocale()
        months = [r["month"] for r in data.figures.by_month]
        if len(months) == 1:
            form = "MMMM yyyy"    # a single month: its name and year
        elif len({m[:4] for m in months}) == 1:
            form = "MMM"          # one year: the period says which
        else:
            form = "MMM yy" if len(months) <= 8 else "MM/yy"
        return [locale.toString(QDate(int(m[:4]), int(m[5:7]), 1), form) for m in months]

    def _with_targets(self, s: dashboard_data.Series) -> tuple:
        """Give a click-through to the items that lack one (months: that month's activities)."""
        base = self.data.figures.scope.activity_scope()
        if s.key == "by_month":
            months = [r["month"] for r in self.data.figures.by_month]
            return tuple(replace(item, target=replace(
                base, date_from=max(filter(None, (base.date_from, month_range(m)[0]))),
                date_to=min(filter(None, (base.date_to, month_range(m)[1])))))
                for item, m in zip(s.items, months, strict=False))
        return s.items

    def target_of(self, item):
        if item.target is not None:
            return item.target
        if self.data is None:
            return None
        return self.data.figures.scope.activity_scope()  # the period's activities

    # -- click-through --------------------------------------------------------------------
    def open_item(self, item) -> None:
        show_records(self, self.target_of(item), item.label)  # the list holds exactly the figure's records

    def _changed(self, record_type: str) -> None:
        if record_type in WATCHED:
            self._stale = True
            if self.isVisible():
                self.reload()
