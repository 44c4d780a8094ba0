"""One editor widget per field kind of a record definition (``hrdesk.domain.fields.Kind``).

Every widget made here has ``value()``, ``set_value(v)`` and an ``edited`` signal, so a
form can be built by iterating a record type's fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from hrdesk.domain.fields import Field, Kind
from hrdesk.reference import countries
from hrdesk.services import queries
from hrdesk.storage.database import Database
from hrdesk.ui.labels import choice_label, core, country_name, from_qdate, to_qdate
from hrdesk.ui.widgets.checklist import CheckList
from hrdesk.ui.widgets.country_picker import CountryPicker
from hrdesk.ui.widgets.reach_grid import ReachGrid
from hrdesk.ui.widgets.reference_picker import RecommendationPicker
from hrdesk.ui.widgets.sdg_picker import SdgPicker
from hrdesk.ui.widgets.tags_edit import TagsEdit

EMPTY_DATE = QDate(1900, 1, 1)
MAX_INT = 2_000_000_000


class TextEdit(QLineEdit):
    edited = Signal()

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if f.max_length:
            self.setMaxLength(f.max_length)
        self.textEdited.connect(lambda _t: self.edited.emit())

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, v) -> None:
        self.setText("" if v is None else str(v))


class MultilineEdit(QPlainTextEdit):
    edited = Signal()

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(90)
        self.textChanged.connect(self.edited.emit)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, v) -> None:
        self.setPlainText(v or "")


def date_format() -> str:
    """The locale's short date format with a four-digit year (14/06/2019 in French,
    14/6/2019 in Spanish).  Month-first formats (US English) are too easily misread by
    staff used to day-first dates, so those get the unambiguous 2019-06-14 instead."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    if fmt.find("M") < fmt.find("d"):
        return "yyyy-MM-dd"
    return fmt


class DateEdit(QDateEdit):
    """A date with a calendar; optional dates show '—' when empty."""

    edited = Signal()

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText("—")
        self.setDate(EMPTY_DATE if not f.required else QDate.currentDate())
        self.dateChanged.connect(lambda _d: self.edited.emit())

    def value(self) -> dt.date | None:
        return None if self.date() == EMPTY_DATE else from_qdate(self.date())

    def set_value(self, v) -> None:
        self.setDate(to_qdate(v) if v else EMPTY_DATE)


class IntegerEdit(QSpinBox):
    """Whole numbers; the lowest position (shown empty) means 'not given'."""

    edited = Signal()

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        low = int(f.minimum) if f.minimum is not None else -MAX_INT
        high = int(f.maximum) if f.maximum is not None else MAX_INT
        self.setRange(low - 1, high)
        self.setSpecialValueText(" ")
        self.setValue(low - 1)
        self.setGroupSeparatorShown(f.kind is not Kind.YEAR)
        self.valueChanged.connect(lambda _v: self.edited.emit())

    def value(self) -> int | None:
        v = super().value()
        return None if v == self.minimum() else v

    def set_value(self, v) -> None:
        self.setValue(self.minimum() if v is None else int(v))


class NumberEdit(QDoubleSpinBox):
    edited = Signal()

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        low = f.minimum if f.minimum is not None else -1e9
        high = f.maximum if f.maximum is not None else 1e9
        self.setDecimals(1)
        self.setRange(low - 1, high)
        self.setSpecialValueText(" ")
        self.setValue(low - 1)
        self.valueChanged.connect(lambda _v: self.edited.emit())

    def value(self) -> float | None:
        v = super().value()
        return None if v == self.minimum() else v

    def set_value(self, v) -> None:
        self.setValue(self.minimum() if v is None else float(v))


class BoolEdit(QCheckBox):
    edited = Signal()

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggled.connect(lambda _c: self.edited.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, v) -> None:
        self.setChecked(bool(v))


class ChoiceEdit(QComboBox):
    edited = Signal()

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not f.required or f.default is None:
            self.addItem("", None)
        for choice in f.choices or []:
            self.addItem(choice_label(f.choices, choice.code), choice.code)
        self.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, v) -> None:
        self.setCurrentIndex(max(self.findData(v), 0))


WidgetFactory = Callable[[Field, Database | None, QWidget | None], QWidget]


def _tags(f: Field, db: Database | None, parent: QWidget | None) -> QWidget:
    known = queries.known_values(db, f.suggest) if db is not None and f.suggest else []
    return TagsEdit([*known, *(core(t) for t in f.seeds)], parent)


def _countries(f: Field, db: Database | None, parent: QWidget | None) -> QWidget:
    return TagsEdit(sorted((country_name(c) for c in countries.codes()), key=countries.collation_key), parent,
                    to_value=lambda t: countries.lookup(t) or t, to_text=country_name)


def _narrow(make: Callable[[Field, QWidget | None], QWidget]) -> WidgetFactory:
    """Dates and numbers: no wider than their values need."""
    def factory(f: Field, db: Database | None, parent: QWidget | None) -> QWidget:
        widget = make(f, parent)
        widget.setMaximumWidth(200)
        return widget
    return factory


# The editor widget of each field kind (one per kind, checked by a test beside
# hrdesk.domain.kinds.KIND_SPECS).
WIDGETS: dict[Kind, WidgetFactory] = {
    Kind.TEXT: lambda f, db, parent: TextEdit(f, parent),
    Kind.EMAIL: lambda f, db, parent: TextEdit(f, parent),
    Kind.PHONE: lambda f, db, parent: TextEdit(f, parent),
    Kind.MULTILINE: lambda f, db, parent: MultilineEdit(f, parent),
    Kind.DATE: _narrow(DateEdit),
    Kind.INTEGER: _narrow(IntegerEdit),
    Kind.YEAR: _narrow(IntegerEdit),
    Kind.NUMBER: _narrow(NumberEdit),
    Kind.BOOLEAN: lambda f, db, parent: BoolEdit(f, parent),
    Kind.CHOICE: lambda f, db, parent: ChoiceEdit(f, parent),
    Kind.MULTICHOICE: lambda f, db, parent: CheckList(
        [(c.code, choice_label(f.choices, c.code)) for c in f.choices or []], parent),
    Kind.COUNTRY: lambda f, db, parent: CountryPicker(parent, allow_empty=True),
    Kind.COUNTRIES: _countries,
    Kind.SDG_TARGETS: lambda f, db, parent: SdgPicker(parent),
    Kind.TAGS: _tags,
    Kind.REFERENCES: lambda f, db, parent: RecommendationPicker(db, parent),
    Kind.REACH_GRID: lambda f, db, parent: ReachGrid(parent),
}


def make_field_widget(f: Field, db: Database | None = None, parent: QWidget | None = None) -> QWidget:
    """The editor widget for one field, ready to show ``value()`` / ``set_value()``."""
    widget = WIDGETS[f.kind](f, db, parent)
    widget.setObjectName(f"field_{f.name}")
    widget.setAccessibleName(core(f.label))
    if f.help:
        widget.setToolTip(core(f.help))
    return widget
