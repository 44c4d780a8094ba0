"""Formatting for one report language: translation, numbers and dates (Babel), country and
choice labels.  Renderers receive a :class:`Fmt` and never format by hand."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_interval, format_skeleton
from babel.lists import format_list
from babel.numbers import format_percent

from hrdesk.domain.choices import Choices
from hrdesk.i18n import N_, Translator, grouped
from hrdesk.reference import countries

BABEL_LOCALES = {"en": "en_GB"}

REGIONS = {
    "Africa": N_("Africa"),
    "Americas": N_("Americas"),
    "Asia": N_("Asia"),
    "Europe": N_("Europe"),
    "Oceania": N_("Oceania"),
    "": N_("Other"),
}


class Fmt:
    """Translator plus locale-aware formatting for ``language``."""

    def __init__(self, language: str = "en") -> None:
        self.tr = Translator(language)
        self.lang = self.tr.language
        # UN documents use British English: "14 June 2019"
        self.locale = BABEL_LOCALES.get(self.lang, self.lang)

    def __call__(self, message: str) -> str:
        return self.tr.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.tr.ngettext(singular, plural, n)

    # numbers -----------------------------------------------------------------------------
    def num(self, n: int | float | None) -> str:
        if n is None:
            return "–"
        return grouped(n, self.locale)

    def dec(self, x: float | None, digits: int = 1) -> str:
        if x is None:
            return "–"
        return grouped(round(x, digits), self.locale, digits)

    def pct(self, x: float | None) -> str:
        if x is None:
            return "–"
        return format_percent(x, locale=self.locale)  # "48%", "48 %" in French

    # dates -------------------------------------------------------------------------------
    def date(self, d: dt.date | None, style: str = "long") -> str:
        return format_date(d, style, locale=self.locale) if d else ""

    def dates(self, start: dt.date | None, end: dt.date | None) -> str:
        """``3 March 2024`` or ``3–5 March 2024`` (via Babel's interval formats)."""
        if start is None:
            return ""
        if end is None or end == start:
            return self.date(start)
        return format_interval(start, end, "yMMMMd", locale=self.locale)

    def month(self, key: str, short: bool = False) -> str:
        """``2024-03`` → ``March 2024`` (``Mar`` when short)."""
        year, month = (int(x) for x in key.split("-"))
        return format_skeleton("MMM" if short else "yMMMM", dt.date(year, month, 1), locale=self.locale)

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        if start and end:
            return self.dates(start, end)
        if start:
            return self.tr("from {date}").format(date=self.date(start))
        if end:
            return self.tr("until {date}").format(date=self.date(end))
        return self.tr("all dates")

    # labels ------------------------------------------------------------------------------
    def country(self, code: str | None) -> str:
        return countries.name(code, self.lang) if code else ""

    def sorted_countries(self, codes) -> list[str]:
        """Country codes in the order of their names in this language (collation: accents,
        case and punctuation ignored)."""
        return countries.sort_by_name(codes, self.lang)

    def country_names(self, codes) -> list[str]:
        """Names of ``codes`` in this language, in collation order."""
        return [self.country(c) for c in self.sorted_countries(codes)]

    def region(self, code: str | None) -> str:
        return self.tr(REGIONS.get(countries.region(code), REGIONS[""]))

    def label(self, choices: Choices, code: str | None) -> str:
        return choices.label(code, self.tr)

    def join(self, items: list[str], style: str = "standard") -> str:
        return format_list(items, style=style, locale=self.locale) if items else ""
