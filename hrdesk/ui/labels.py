"""Core labels (field labels, choices, countries, SDGs) shown in the interface's language.

Core strings are marked with ``N_`` and translated by the core's gettext catalogues; the
interface's own strings go through ``self.tr``.  Both follow the language chosen at start.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

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


def format_date(value: dt.date | None) -> str:
    if not value:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def format_datetime(value: dt.datetime) -> str:
    """A moment in the one date format of the interface, with hours and minutes."""
    return f"{format_date(value.date())} {value.strftime('%H:%M')}"


def format_period(start: dt.date | None, end: dt.date | None) -> str:
    if not start:
        return ""
    if not end or end == start:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> dt.date | None:
    return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
