"""Aggregate reach by sex × age group, with its totals in the same block: one row per sex,
one column per age group, a Total column and a Total row.

The Total column and the overall total can be the record's own fields (women, men, other,
total reached: :meth:`ReachGrid.attach_totals`).  A sex whose age groups are filled gets
its total computed from them (read-only); a sex without age groups takes its total as
typed.  The overall total is the sum of the sexes when any is given, else typed (people
reached without any breakdown: a radio campaign).  Empty cells are blank, never a 0 beside
a blank.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QGridLayout, QLabel, QSizePolicy, QSpinBox, QWidget

from hrdesk.domain import choices as C
from hrdesk.ui.labels import choice_label

MAX_COUNT = 10_000_000
CELL_WIDTH = 84


def _cell(box: QAbstractSpinBox) -> None:
    """A narrow number cell: seven age groups and the totals fit the editor's 1040 px."""
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setMinimumWidth(CELL_WIDTH)
    box.setMaximumWidth(CELL_WIDTH + 40)
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)


def _count(n: int) -> str:
    return QLocale().toString(n) if n else ""


class ReachGrid(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self._boxes: dict[tuple[str, str], QSpinBox] = {}
        self._row_totals: dict[str, QWidget] = {}
        self._sex_fields: dict[str, QSpinBox] = {}
        self._overall_field: QSpinBox | None = None
        self.total_col = len(C.AGE_GROUP) + 1
        self.total_row = len(C.REACH_SEX) + 1
        for col, age in enumerate(C.AGE_GROUP, start=1):
            heading = QLabel(choice_label(C.AGE_GROUP, age.code), self)
            heading.setWordWrap(True)
            grid.addWidget(heading, 0, col, Qt.AlignmentFlag.AlignBottom)
        total_heading = QLabel(self.tr("Total"), self)
        total_heading.setObjectName("sectionTitle")
        grid.addWidget(total_heading, 0, self.total_col, Qt.AlignmentFlag.AlignBottom)
        for row, sex in enumerate(C.REACH_SEX, start=1):
            grid.addWidget(QLabel(choice_label(C.REACH_SEX, sex.code), self), row, 0)
            for col, age in enumerate(C.AGE_GROUP, start=1):
                box = QSpinBox(self)
                box.setRange(0, MAX_COUNT)
                box.setSpecialValueText(" ")           # none: blank, like the totals
                box.setGroupSeparatorShown(True)
                _cell(box)
                box.setAccessibleName(f"{choice_label(C.REACH_SEX, sex.code)}, "
                                      f"{choice_label(C.AGE_GROUP, age.code)}")
                box.valueChanged.connect(self._update)
                grid.addWidget(box, row, col)
                self._boxes[(sex.code, age.code)] = box
            total = QLabel(self)
            total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(total, row, self.total_col)
            self._row_totals[sex.code] = total
        grid.addWidget(QLabel(self.tr("Total"), self), self.total_row, 0)
        self._col_totals: dict[str, QLabel] = {}
        for col, age in enumerate(C.AGE_GROUP, start=1):
            label = QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, self.total_row, col)
            self._col_totals[age.code] = label
        self.total_label = QLabel(self)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.total_label, self.total_row, self.total_col)
        grid.setColumnStretch(self.total_col + 1, 1)
        self._update()

    # -- the record's total fields in the Total column ------------------------------------
    def attach_totals(self, by_sex: dict[str, QSpinBox], overall: QSpinBox) -> None:
        """Put the record's fields (women/men/other reached, total reached) in the Total
        column and the Total row, in place of the computed labels."""
        for sex, widget in by_sex.items():
            label = self._row_totals[sex]
            self.grid.removeWidget(label)
            label.deleteLater()
            _cell(widget)
            widget.setParent(self)
            self.grid.addWidget(widget, list(self._row_totals).index(sex) + 1, self.total_col)
            self._row_totals[sex] = widget
            self._sex_fields[sex] = widget
            widget.valueChanged.connect(lambda _v: self.sync())
        self.grid.removeWidget(self.total_label)
        self.total_label.hide()
        _cell(overall)
        overall.setParent(self)
        self.grid.addWidget(overall, self.total_row, self.total_col)
        self._overall_field = overall
        self.sync()

    def sync(self) -> None:
        """Totals computed from what is filled: a sex with age groups gets their sum
        (read-only); the overall total is the sum of the sexes given (read-only), else typed."""
        given = []
        for sex, widget in self._sex_fields.items():
            by_age = self.total_for(sex)
            filled = any(box.value() for (s, _a), box in self._boxes.items() if s == sex)
            self._computed(widget, filled, by_age, self.tr("The sum of the age groups."))
            value = widget.value()
            if value is not None:
                given.append(value)
        if self._overall_field is not None:
            self._computed(self._overall_field, bool(given), sum(given),
                           self.tr("The sum of women, men and other."))

    @staticmethod
    def _computed(widget: QSpinBox, computed: bool, value: int, why: str) -> None:
        if computed and widget.value() != value:
            widget.blockSignals(True)
            widget.set_value(value)
            widget.blockSignals(False)
            widget.edited.emit()
        widget.setReadOnly(computed)
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus if computed else Qt.FocusPolicy.StrongFocus)
        widget.setToolTip(why if computed else "")

    # -- values ------------------------------------------------------------------------
    def _update(self) -> None:
        for sex, widget in self._row_totals.items():
            if isinstance(widget, QLabel):
                total = self.total_for(sex)
                widget.setText(_count(total))
        for age, label in self._col_totals.items():
            total = sum(box.value() for (_s, a), box in self._boxes.items() if a == age)
            label.setText(_count(total))
        total = self.total()
        self.total_label.setText(_count(total))
        self.sync()
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
