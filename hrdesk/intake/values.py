"""Turning a typed cell into the value a field expects (date, number, code, list…).

Each parser returns the value, or raises :class:`CellError` with a message fit for the
user ("'31/02/2019' is not a date").  Empty cells give ``None`` (or ``[]`` for lists).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from hrdesk.domain.choices import AGE_GROUP, age_group_for_age
from hrdesk.domain.fields import Field, Kind
from hrdesk.i18n import _, ngettext
from hrdesk.intake.vocab import match_value, value_key
from hrdesk.reference import countries, sdg


class CellError(ValueError):
    """A cell that cannot be read as what its column expects."""


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- dates --------------------------------------------------------------------------------
MONTHS = {
    # English, French, Spanish month names and common abbreviations (folded)
    **{m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                   "august", "september", "october", "november", "december"], 1)},
    **{m: i for i, m in enumerate(["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
                                   "aout", "septembre", "octobre", "novembre", "decembre"], 1)},
    **{m: i for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                                   "agosto", "septiembre", "octubre", "noviembre", "diciembre"], 1)},
    **{m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                   "oct", "nov", "dec"], 1)},
    "sept": 9, "setiembre": 9, "janv": 1, "fevr": 2, "avr": 4, "juil": 7, "ene": 1, "abr": 4,
    "ago": 8, "dic": 12,
}
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_WORD_DATE = re.compile(r"^(?:(\d{1,2})(?:er)?\s+(?:de\s+)?([a-z]+)\.?,?\s+(?:de\s+)?(\d{4})|([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}))$")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def parse_date(value: Any) -> dt.date | None:
    """A real date, an ISO text date, a day-first text date (14/06/2019, 14.06.19), a month
    written in words (14 juin 2019, June 14, 2019) or a spreadsheet serial number."""
    if is_empty(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # 1954–2119 as a spreadsheet serial number
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise CellError(_("'{value}' is not a date.").format(value=_text(value)))
    text = _text(value)
    key = value_key(text)
    text = text.split("T")[0].split(" ")[0] if re.match(r"^\d{4}-\d\d-\d\d[ T]", text) else text
    m = _NUMERIC_DATE.match(text)
    try:
        if m:
            a, b, c = m.groups()
            if len(a) == 4:                       # 2019-06-14
                return dt.date(int(a), int(b), int(c))
            year = int(c) + (2000 if len(c) == 2 and int(c) < 70 else 1900 if len(c) == 2 else 0)
            day, month = int(a), int(b)
            if month > 12 and day <= 12:         # 06/14/2019: only when it cannot be day-first
                day, month = month, day
            return dt.date(year, month, day)
        m = _WORD_DATE.match(key)
        if m:
            if m.group(1):
                day, month_word, year = int(m.group(1)), m.group(2), int(m.group(3))
            else:
                month_word, day, year = m.group(4), int(m.group(5)), int(m.group(6))
            if month_word in MONTHS:
                return dt.date(year, MONTHS[month_word], day)
    except ValueError:
        raise CellError(_("'{value}' is not a valid date.").format(value=text)) from None
    raise CellError(_("'{value}' is not a date (write it like 2019-06-14 or 14/06/2019).").format(value=text))


# -- numbers ------------------------------------------------------------------------------

def parse_number(value: Any) -> float | int | None:
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise CellError(_("'{value}' is not a number.").format(value=value))
    if isinstance(value, (int, float)):
        return int(value) if float(value).is_integer() else float(value)
    text = _text(value).replace("\u202f", "").replace(" ", "").rstrip("%")
    if re.match(r"^-?\d{1,3}(,\d{3})+$", text):
        text = text.replace(",", "")
    text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise CellError(_("'{value}' is not a number.").format(value=_text(value))) from None
    return int(number) if number.is_integer() else number


def parse_integer(value: Any) -> int | None:
    number = parse_number(value)
    if number is None:
        return None
    if not float(number).is_integer():
        raise CellError(_("'{value}' is not a whole number.").format(value=_text(value)))
    return int(number)


# -- closed lists ---------------------------------------------------------------------------

def parse_choice(f: Field, value: Any) -> str | None:
    if is_empty(value):
        return None
    assert f.choices is not None
    if f.choices is AGE_GROUP:
        return parse_age_group(value)
    code = match_value(f.choices, value)
    if code is None:
        if len(f.choices) <= 8:
            raise CellError(_("'{value}' is not an allowed value of '{column}' (use one of: {allowed}).")
                            .format(value=_text(value), column=_(f.label),
                                    allowed=", ".join(_(c.label) for c in f.choices)))
        raise CellError(_("'{value}' is not an allowed value of '{column}' (see the Lists sheet of the "
                          "template).").format(value=_text(value), column=_(f.label)))
    return code


def parse_age_group(value: Any) -> str | None:
    """An age group code, label or range ("25-34"), or an age in years."""
    if is_empty(value):
        return None
    try:
        age = parse_number(value)
    except CellError:
        age = None
    if age is not None:
        if not 0 <= age <= 120:
            raise CellError(_("'{value}' is not a plausible age.").format(value=_text(value)))
        return age_group_for_age(int(age))
    code = match_value(AGE_GROUP, value)
    if code is None:
        raise CellError(_("'{value}' is not an age group (use an age in years or a group from the Lists sheet).")
                        .format(value=_text(value)))
    return code


_YES = {"yes", "y", "oui", "o", "si", "true", "1", "vrai", "verdadero", "x"}
_NO = {"no", "n", "non", "false", "0", "faux", "falso"}


def parse_boolean(value: Any) -> bool | None:
    if is_empty(value):
        return None
    if isinstance(value, bool):
        return value
    key = value_key(value)
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise CellError(_("'{value}' is not yes or no.").format(value=_text(value)))


def parse_country(value: Any) -> str | None:
    if is_empty(value):
        return None
    text = _text(value)
    code = countries.lookup(text)
    if code is None:
        inner = re.findall(r"\(([A-Za-z]{2,3})\)", text)  # "Guinea (GIN)"
        code = countries.lookup(inner[-1]) if inner else None
    if code is None:
        raise CellError(_("'{value}' is not a known country name or ISO code.").format(value=text))
    return code


# -- lists ----------------------------------------------------------------------------------

def split_list(value: Any, *, commas: bool = True) -> list[str]:
    if is_empty(value):
        return []
    pattern = r"[;\n\r]+" if not commas else r"[;,\n\r]+"
    return [part.strip() for part in re.split(pattern, _text(value)) if part.strip()]


_TARGET = re.compile(r"^(?:sdg|odd|ods|target|cible|meta)?\s*(\d{1,2}\s*\.\s*[0-9a-z]{1,2})$")


def parse_targets(value: Any) -> list[str]:
    result, bad = [], []
    for part in split_list(value):
        m = _TARGET.match(part.strip().lower())
        code = sdg.normalise_target(re.sub(r"\s+", "", m.group(1))) if m else None
        if code and sdg.is_target(code):
            result.append(code)
        else:
            bad.append(part)
    if bad:
        raise unknown_targets(bad)
    return result


def unknown_targets(bad: list[str]) -> CellError:
    """The problem of a cell naming SDG targets that do not exist."""
    return CellError(ngettext("Unknown SDG target: {values} (write targets like 16.3; 5.2).",
                              "Unknown SDG targets: {values} (write targets like 16.3; 5.2).", len(bad)).format(
        values=", ".join(bad)))


def _parse_countries(f: Field, value: Any) -> list[str]:
    result, bad = [], []
    for part in split_list(value):
        try:
            result.append(parse_country(part))
        except CellError:
            bad.append(part)
    if bad:
        raise CellError(ngettext("Unknown country name or code: {values}.", "Unknown country names or codes: {values}.",
                                 len(bad)).format(values=", ".join(bad)))
    return result


def _parse_multichoice(f: Field, value: Any) -> list[str]:
    result, bad = [], []
    for part in split_list(value):
        code = match_value(f.choices, part) if f.choices else None
        (result.append(code) if code else bad.append(part))
    if bad:
        raise CellError(ngettext("Unknown value of '{column}': {values} (see the Lists sheet).",
                                 "Unknown values of '{column}': {values} (see the Lists sheet).", len(bad)).format(
            column=_(f.label), values=", ".join(bad)))
    return result


def _parse_text(f: Field, value: Any) -> str | None:
    if is_empty(value):
        return None
    text = _text(value)
    if f.kind is Kind.PHONE and isinstance(value, (int, float)) and not isinstance(value, bool):
        text = str(int(value)) if float(value).is_integer() else text
    return text if f.kind is Kind.MULTILINE else " ".join(text.split())


def _not_typed(f: Field, value: Any) -> Any:
    raise CellError(_("This column cannot be imported."))


# The parser of each field kind (one per kind, checked by a test beside
# hrdesk.domain.kinds.KIND_SPECS): the value of field ``f`` from a typed cell.
PARSERS: dict[Kind, Callable[[Field, Any], Any]] = {
    Kind.TEXT: _parse_text,
    Kind.MULTILINE: _parse_text,
    Kind.EMAIL: _parse_text,
    Kind.PHONE: _parse_text,
    Kind.DATE: lambda f, v: parse_date(v),
    Kind.INTEGER: lambda f, v: parse_integer(v),
    Kind.YEAR: lambda f, v: parse_integer(v),
    Kind.NUMBER: lambda f, v: parse_number(v),
    Kind.BOOLEAN: lambda f, v: parse_boolean(v),
    Kind.CHOICE: parse_choice,
    Kind.COUNTRY: lambda f, v: parse_country(v),
    Kind.COUNTRIES: _parse_countries,
    Kind.MULTICHOICE: _parse_multichoice,
    Kind.SDG_TARGETS: lambda f, v: parse_targets(v),
    Kind.TAGS: lambda f, v: split_list(v, commas=False),
    Kind.REFERENCES: _not_typed,   # uuids of other records: never typed by hand
    Kind.REFERENCE: _not_typed,
    Kind.REACH_GRID: _not_typed,   # typed as its own columns (reach_women…), not as one cell
}


def parse_field(f: Field, value: Any) -> Any:
    """The value of field ``f`` from a typed cell (its kind's parser); raises :class:`CellError`."""
    return PARSERS[f.kind](f, value)
