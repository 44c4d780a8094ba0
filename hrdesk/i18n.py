"""The core's one translation function (Qt-free).

Core code marks strings with ``N_("…")`` where they are declared (labels of fields and
choices) and translates them with a :class:`Translator` when they are shown.  ``_`` is the
translator of the current process language (CLI messages, validation); renderers such as
reports receive their own :class:`Translator`, so a report's language is independent of
the interface's.  Catalogues are gettext ``.mo`` files under
``resources/locale/<lang>/LC_MESSAGES/hrdesk.mo`` (built with Babel).
"""

from __future__ import annotations

import gettext
import os
from functools import cache

from hrdesk import paths

DOMAIN = "hrdesk"
LANGUAGES = ("en", "fr", "es")
DEFAULT_LANGUAGE = "en"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet."""
    return message


class Translator:
    """Translate messages into one language; falls back to English."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        self._catalogue = _catalogue(self.language)

    def gettext(self, message: str) -> str:
        return self._catalogue.gettext(message)

    __call__ = gettext

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._catalogue.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        return self._catalogue.pgettext(context, message)


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    try:
        localedir = paths.resource("locale")
    except FileNotFoundError:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(localedir), languages=[language], fallback=True)


# The command line speaks the language named by HRDESK_LANG (en, fr, es); the desktop app
# sets its own from the user's setting.
LANGUAGE_ENV = "HRDESK_LANG"
_current = Translator(os.environ.get(LANGUAGE_ENV, "").strip().lower()[:2] or DEFAULT_LANGUAGE)


def set_language(language: str) -> None:
    """Set the language of core messages (CLI output, validation messages)."""
    global _current
    _current = Translator(language)


def current() -> Translator:
    return _current


def _(message: str) -> str:
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return _current.pgettext(context, message)


def number(n: int) -> str:
    """A whole number written the way the current language writes it (``50,000``,
    ``50 000``, ``50.000``), for messages."""
    return grouped(n, _current.language)


# CLDR's minimumGroupingDigits where it is not 1 (Babel does not apply it; Qt does): Spanish
# writes 1149 but 11.149, as the interface's counts (Qt's %Ln) do
MIN_GROUPING_DIGITS = {"es": 2}


def grouped(x: float, locale: str, digits: int = 0) -> str:
    """``x`` with ``digits`` decimals, its thousands grouped as ``locale`` groups them."""
    # babel loads with the first message that needs it, not at start-up
    from babel.numbers import format_decimal

    least = MIN_GROUPING_DIGITS.get(locale.split("_")[0], 1)
    pattern = ("#,##0" if abs(x) >= 10 ** (2 + least) else "0") + ("." + "0" * digits if digits else "")
    return format_decimal(x, format=pattern, locale=locale)
