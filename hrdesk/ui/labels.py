"""Core labels (field labels, choices, countries, SDGs) shown in the interface's language.

Core strings are marked with ``N_`` and translated by the core's gettext catalogues; the
interface's own strings go through ``self.tr``.  Both follow the language chosen at start.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel

from hrdesk import i18n
from hrdesk.domain.choices import Choices
from hrdesk.domain.fields import Field
from hrdesk.reference import countries


def core(text: str) -> str:
    """A core string (marked ``N_``) in the current language."""
    return i18n.current().gettext(text) if text else ""


def field_label(f: Field) -> str:
    return core(f.label)


def choice_label(choices: Choices, code: str | None) -> str:
    return choices.label(code, i18n.current())


def country_name(alpha3: str | None) -> str:
    return countries.name(alpha3, i18n.current().language) if alpha3 else ""


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


def format_date(value: dt.date | None) -> str:
    """A date the way the interface shows and reads dates everywhere (lists, editors,
    filters): :func:`date_format` — one format per language."""
    if not value:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_datetime(value: dt.datetime) -> str:
    """A moment in the one date format of the interface, with hours and minutes."""
    return f"{format_date(value.date())} {value.strftime('%H:%M')}"


def format_period(start: dt.date | None, end: dt.date | None) -> str:
    if not start:
        return ""
    if not end or end == start:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month) and date_format().startswith("d"):
        # 12–13/06/2025: only where the day comes first; the first day written as the second
        # ("05–06/11/2025" where days have two digits, "5–6/11/2025" where they do not)
        day = QLocale().toString(to_qdate(start), "dd" if date_format().startswith("dd") else "d")
        return f"{day}–{format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> dt.date | None:
    return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None


def show_status(label: QLabel, text: str, *, error: bool = False) -> None:
    """A dialog's one-line status: plain, or in the error style of field messages."""
    label.setText(text)
    label.setObjectName("fieldError" if error else "pageSubtitle")
    label.style().unpolish(label)
    label.style().polish(label)
