"""One editor widget per field kind of a record definition (``hrdesk.domain.fields.Kind``).

Every widget made here has ``value()``, ``set_value(v)`` and an ``edited`` signal, so a
form can be built by iterating a record type's fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.fields import Field, Kind
from hrdesk.reference import countries
from hrdesk.services import queries, recommendations
from hrdesk.storage.database import Database
from hrdesk.ui.icons import icon
from hrdesk.ui.labels import choice_label, core, country_name, date_format, from_qdate, to_qdate
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


def parse_date(text: str) -> dt.date | None:
    """A date typed in the language's short format (one or two digits for day and month)
    or as ISO 2026-11-26 (also 20261126); ``None`` when the text is no such date."""
    text = text.strip()
    if not text:
        return None
    fmt = date_format()
    lenient = fmt.replace("dd", "d").replace("MM", "M")
    for pattern in (lenient, fmt, "yyyy-M-d", "yyyyMMdd"):
        value = QDate.fromString(text, pattern)
        if value.isValid() and value.year() >= EMPTY_DATE.year():
            return from_qdate(value)
    return None


class _CalendarPopup(QFrame):
    """The calendar under a date field, at its full size (weekday header and six week rows
    visible), kept on the screen."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.setMinimumDate(EMPTY_DATE)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)

    def _choose(self, date: QDate) -> None:
        self.chosen.emit(date)
        self.close()

    def open_at(self, anchor: QWidget, date: QDate, selected: bool) -> None:
        if selected:
            self.calendar.setSelectedDate(date)
        self.calendar.setCurrentPage(date.year(), date.month())
        # sized once the style sheet applies to every part (else the weekday header and the
        # last week row are cut off)
        self.calendar.ensurePolished()
        for child in self.calendar.findChildren(QWidget):
            child.ensurePolished()
        hint = self.calendar.sizeHint()
        self.calendar.setMinimumSize(hint.width() + 24, hint.height() + 24)
        self.adjustSize()
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = (anchor.screen() or QApplication.primaryScreen()).availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - self.width()))
        y = below.y() if below.y() + self.height() <= screen.bottom() else \
            anchor.mapToGlobal(QPoint(0, 0)).y() - self.height()
        self.move(x, max(screen.top(), y))
        self.show()
        self.calendar.setFocus()


class DateEdit(QLineEdit):
    """A date typed in the language's format or as ISO (2026-11-26), or picked in a calendar
    (the button, Alt+Down or F4) that opens on the date, else near ``set_anchor``'s date
    (an activity's start date), else today.  Empty means no date.  Text that is no date is
    never dropped: it stays, marked red with a message; a record form's ``value()`` gives the
    text itself so that saving says what is wrong under the field (``keep_invalid``); a
    filter's gives ``None``."""

    edited = Signal()

    def __init__(self, f: Field, parent: QWidget | None = None, *, keep_invalid: bool = False) -> None:
        super().__init__(parent)
        self._keep_invalid = keep_invalid
        self._value: dt.date | None = None
        self._anchor: Callable[[], dt.date | None] | None = None
        self._popup: _CalendarPopup | None = None
        self._invalid = False
        example = QLocale().toString(QDate.currentDate(), date_format())
        self.setPlaceholderText(self.tr("e.g. {date}").format(date=example))
        self.calendar_action = self.addAction(icon("chevron-down"), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Choose in a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        # never narrower than the example and the calendar button (filters sit in tight rows)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 48)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finish)
        if f.required:
            self.set_value(dt.date.today())

    # -- the date --------------------------------------------------------------------
    def value(self) -> dt.date | str | None:
        if self.text().strip() and parse_date(self.text()) is None:
            return self.text().strip() if self._keep_invalid else None
        return self._value

    def set_value(self, v) -> None:
        self._value = v if isinstance(v, dt.date) else None
        self.setText(self._show(self._value))
        self._mark(False)

    def is_valid(self) -> bool:
        return not self.text().strip() or parse_date(self.text()) is not None

    def problem(self) -> str:
        """What is wrong with the text typed ("" when it is a date or empty)."""
        if self.is_valid():
            return ""
        example = QLocale().toString(QDate.currentDate(), date_format())
        return self.tr("Not a date: type it as {date} or {iso}.").format(
            date=example, iso=QDate.currentDate().toString(Qt.DateFormat.ISODate))

    def set_anchor(self, anchor: Callable[[], dt.date | None]) -> None:
        """Where the calendar opens when the field is empty (e.g. the start date)."""
        self._anchor = anchor

    # QDateEdit's names, for code and tests that set dates directly
    def setDate(self, date: QDate) -> None:
        self.set_value(from_qdate(date))
        self.edited.emit()

    def date(self) -> QDate:
        return to_qdate(self._value)

    @staticmethod
    def _show(value: dt.date | None) -> str:
        return QLocale().toString(to_qdate(value), date_format()) if value else ""

    def _typed(self, text: str) -> None:
        parsed = parse_date(text)
        if parsed is not None or not text.strip():
            self._mark(False)
            if parsed != self._value:
                self._value = parsed
                self.edited.emit()

    def _finish(self) -> None:
        text = self.text().strip()
        parsed = parse_date(text)
        if not text or parsed is not None:
            changed = parsed != self._value
            self._value = parsed
            if self.text() != self._show(parsed):
                self.setText(self._show(parsed))   # one way of writing dates, the language's
            self._mark(False)
            if changed:
                self.edited.emit()
        elif not self._invalid:
            self._mark(True)
            self.edited.emit()

    def _mark(self, invalid: bool) -> None:
        if self._invalid == invalid:
            return
        self._invalid = invalid
        self.setProperty("invalid", invalid)
        self.setToolTip(self.problem() if invalid else "")
        self.style().unpolish(self)
        self.style().polish(self)

    # -- the calendar ----------------------------------------------------------------
    def open_calendar(self) -> _CalendarPopup:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.chosen.connect(self._picked)
        near = self._value or (self._anchor() if self._anchor else None)
        if not isinstance(near, dt.date):
            near = dt.date.today()
        self._popup.open_at(self, to_qdate(near), self._value is not None)
        return self._popup

    def _picked(self, date: QDate) -> None:
        changed = from_qdate(date) != self._value or not self.is_valid()
        self.set_value(from_qdate(date))
        self.setFocus()
        if changed:
            self.edited.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)


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


class ReferenceEdit(QComboBox):
    """One record of another type, chosen by name (a recommendation's cluster); a reference
    to a record not offered (deleted, or not known here yet) is kept and shown as it is."""

    edited = Signal()

    def __init__(self, f: Field, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("", None)
        options = _REFERENCE_OPTIONS.get(f.references or "")
        for uuid, text in (options(db) if options and db is not None else []):
            self.addItem(text, uuid)
        self.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, v) -> None:
        if v and self.findData(v) < 0:
            self.addItem(v, v)
        self.setCurrentIndex(max(self.findData(v), 0))


_REFERENCE_OPTIONS: dict[str, Callable[[Database], list[tuple[str, str]]]] = {
    "recommendation_cluster": lambda db: [(c["uuid"], c["name"]) for c in recommendations.list_clusters(db)],
}

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
    Kind.DATE: _narrow(lambda f, parent: DateEdit(f, parent, keep_invalid=True)),
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
    Kind.REFERENCE: lambda f, db, parent: ReferenceEdit(f, db, parent),
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
