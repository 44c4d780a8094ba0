"""Numbers and dates written the way each language writes them (Babel, Qt-free).

For reports and the command line; the desktop app uses ``QLocale``.

    format_number(1453, "fr")            -> "1 453"   (narrow no-break space, U+202F)
    format_number(1453, "es")            -> "1.453"
    format_date(date(2019, 6, 14), "fr") -> "14 juin 2019"
    format_date(date(2019, 6, 1), "fr")  -> "1er juin 2019"
    format_date(date(2019, 6, 14), "es") -> "14 de junio de 2019"
"""

from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal, format_percent

from hrdesk.i18n import DEFAULT_LANGUAGE, LANGUAGES


def locale_of(language: str | None) -> str:
    """Babel locale of an HRDesk language code (unknown codes fall back to English)."""
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def format_number(n: float | None, language: str = DEFAULT_LANGUAGE, digits: int = 0) -> str:
    """A number with the language's grouping and decimal signs; ``digits`` decimals."""
    if n is None:
        return "–"
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    value = round(n, digits) if digits > 0 else round(n)
    return format_decimal(value, format=pattern, locale=locale_of(language))


def format_percent_value(x: float | None, language: str = DEFAULT_LANGUAGE, digits: int = 0) -> str:
    """``0.25`` → ``25 %`` (fr: no-break space), ``25 %`` (es), ``25%`` (en)."""
    if x is None:
        return "–"
    locale = Locale.parse(locale_of(language))
    pattern = locale.percent_formats[None].pattern
    if digits > 0:
        head, zero, tail = pattern.rpartition("0")
        pattern = f"{head}{zero}.{'0' * digits}{tail}"
    return format_percent(x, format=pattern, locale=locale)


def format_date(d: dt.date | dt.datetime | None, language: str = DEFAULT_LANGUAGE,
                style: str = "long") -> str:
    """A date in ``short``, ``medium``, ``long`` or ``full`` style ("" for None).

    French long and full dates write the first day of a month ``1er``.
    """
    if d is None:
        return ""
    if isinstance(d, dt.datetime):
        d = d.date()
    lang = locale_of(language)
    text = _babel_date(d, style, locale=lang)
    if lang == "fr" and d.day == 1 and style in ("long", "full"):
        month = _babel_date(d, "MMMM", locale=lang)
        text = text.replace(f"1 {month}", f"1er {month}", 1)
    return text


def format_month(d: dt.date | None, language: str = DEFAULT_LANGUAGE) -> str:
    """``June 2019``, ``juin 2019``, ``junio de 2019``."""
    if d is None:
        return ""
    return format_skeleton("yMMMM", d, locale=locale_of(language))
