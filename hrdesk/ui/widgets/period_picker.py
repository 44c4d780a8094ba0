"""A period: presets (this year, last year, quarters, past years, all dates) or custom dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from hrdesk.domain.records import ACTIVITY
from hrdesk.reports.scope import ReportScope
from hrdesk.ui.widgets.field_widgets import DateEdit

ALL, CUSTOM = "all", "custom"


class PeriodPicker(QWidget):
    """A preset combo and two dates; choosing dates by hand switches to "Custom"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None,
                 preset: str = "this_year") -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("Period"))
        y = self.today.year
        self.preset.addItem(self.tr("This year ({year})").format(year=y), "this_year")
        self.preset.addItem(self.tr("Last year ({year})").format(year=y - 1), "last_year")
        self.preset.addItem(self.tr("This quarter"), "this_quarter")
        self.preset.addItem(self.tr("Last quarter"), "last_quarter")
        for year in (y, y - 1):
            for q in (1, 2, 3, 4):
                self.preset.addItem(self.tr("Quarter {q} of {year}").format(q=q, year=year), f"{year}-Q{q}")
        for year in range(y - 2, y - 6, -1):
            self.preset.addItem(self.tr("Year {year}").format(year=year), str(year))
        self.preset.addItem(self.tr("All dates"), ALL)
        self.preset.addItem(self.tr("Custom dates"), CUSTOM)
        self.date_from = DateEdit(ACTIVITY["end_date"], self)
        self.date_to = DateEdit(ACTIVITY["end_date"], self)
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to.setAccessibleName(self.tr("To"))
        self.date_to.set_anchor(self.date_from.value)
        layout.addWidget(self.preset, 2)
        layout.addWidget(self.date_from, 1)
        layout.addWidget(QLabel(self.tr("to"), self))
        layout.addWidget(self.date_to, 1)
        self.set_preset(preset)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.date_from.edited.connect(self._dates_edited)
        self.date_to.edited.connect(self._dates_edited)

    def preset_name(self) -> str:
        return self.preset.currentData()

    def set_preset(self, name: str) -> None:
        index = self.preset.findData(name)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(index, 0))
        self.preset.blockSignals(False)
        self._show_dates()

    def set_dates(self, date_from: dt.date | None, date_to: dt.date | None) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
        self.preset.blockSignals(False)
        self._put(date_from, date_to)
        self.changed.emit()

    def value(self) -> tuple[dt.date | None, dt.date | None]:
        name = self.preset_name()
        if name == ALL:
            return None, None
        if name == CUSTOM:
            start, end = self.date_from.value(), self.date_to.value()
            if start and end and end < start:
                start, end = end, start
            return start, end
        scope = ReportScope.preset(name, today=self.today)
        return scope.date_from, scope.date_to

    def describe(self) -> str:
        """The period in words, for file names and headings."""
        start, end = self.value()
        if self.preset_name() not in (CUSTOM, ALL):
            return self.preset.currentText()
        if start is None and end is None:
            return self.tr("All dates")
        return self.tr("{start} to {end}").format(start=start.isoformat() if start else "…",
                                                  end=end.isoformat() if end else "…")

    def _put(self, start: dt.date | None, end: dt.date | None) -> None:
        for w, v in ((self.date_from, start), (self.date_to, end)):
            w.blockSignals(True)
            w.set_value(v)
            w.blockSignals(False)

    def _show_dates(self) -> None:
        if self.preset_name() != CUSTOM:
            self._put(*self.value())

    def _preset_chosen(self, _index: int) -> None:
        self._show_dates()
        self.changed.emit()

    def _dates_edited(self) -> None:
        if self.preset_name() != CUSTOM:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
            self.preset.blockSignals(False)
        self.changed.emit()
