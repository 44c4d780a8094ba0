"""Aggregate reach by sex × age group: spin boxes, live totals per sex and overall."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from hrdesk.domain import choices as C
from hrdesk.ui.labels import choice_label

MAX_COUNT = 10_000_000


class ReachGrid(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self._boxes: dict[tuple[str, str], QSpinBox] = {}
        self._row_totals: dict[str, QLabel] = {}
        for col, age in enumerate(C.AGE_GROUP, start=1):
            grid.addWidget(QLabel(choice_label(C.AGE_GROUP, age.code), self), 0, col)
        grid.addWidget(QLabel(self.tr("Total"), self), 0, len(C.AGE_GROUP) + 1)
        for row, sex in enumerate(C.REACH_SEX, start=1):
            grid.addWidget(QLabel(choice_label(C.REACH_SEX, sex.code), self), row, 0)
            for col, age in enumerate(C.AGE_GROUP, start=1):
                box = QSpinBox(self)
                box.setRange(0, MAX_COUNT)
                box.setAccessibleName(f"{sex.code} {age.code}")
                box.valueChanged.connect(self._update)
                grid.addWidget(box, row, col)
                self._boxes[(sex.code, age.code)] = box
            total = QLabel("0", self)
            grid.addWidget(total, row, len(C.AGE_GROUP) + 1)
            self._row_totals[sex.code] = total
        self.total_label = QLabel(self)
        grid.addWidget(self.total_label, len(C.REACH_SEX) + 1, 0, 1, len(C.AGE_GROUP) + 2)
        self._update()

    def _update(self) -> None:
        for sex, label in self._row_totals.items():
            label.setText(str(self.total_for(sex)))
        self.total_label.setText(self.tr("Total by age group: {n}").format(n=self.total()))
        self.edited.emit()

    def total_for(self, sex: str) -> int:
        return sum(box.value() for (s, _a), box in self._boxes.items() if s == sex)

    def total(self) -> int:
        return sum(box.value() for box in self._boxes.values())

    def value(self) -> dict[tuple[str, str], int]:
        return {key: box.value() for key, box in self._boxes.items() if box.value()}

    def set_value(self, grid: dict | None) -> None:
        for key, box in self._boxes.items():
            box.blockSignals(True)
            box.setValue(int((grid or {}).get(key, 0) or 0))
            box.blockSignals(False)
        self._update()
