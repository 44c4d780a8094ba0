"""What each field kind means, declared once: how its value is checked, which cell carries
it in an exchange workbook and how wide its columns are.

One :class:`KindSpec` per :class:`~hrdesk.domain.fields.Kind` in :data:`KIND_SPECS`; a test
fails when a kind has none.  The other per-kind tables live in the layer that owns their
dependencies and are checked by the same test: the parser of typed cells
(``hrdesk.intake.values.PARSERS``, it needs the intake vocabulary) and the editor widget
(``hrdesk.ui.widgets.field_widgets.WIDGETS``, it needs Qt).

``check`` receives a value that is not empty (emptiness and ``required`` are handled by
:func:`hrdesk.domain.validation.check_field`) and returns every message for it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from hrdesk.domain import choices as C
from hrdesk.domain.fields import Field, Kind
from hrdesk.i18n import _
from hrdesk.reference import countries, sdg

# Cell kinds of the exchange format (``hrdesk.exchange.format`` names them TEXT, INT…).
CELL_TEXT, CELL_INT, CELL_FLOAT, CELL_DATE, CELL_BOOL, CELL_LIST, CELL_GRID = (
    "text", "int", "float", "date", "bool", "list", "grid")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[+()0-9 .\-/]{5,}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

Check = Callable[[Field, Any], list[str]]


@dataclass(frozen=True)
class KindSpec:
    kind: Kind
    check: Check                # messages for one non-empty value
    cell: str                   # exchange workbook cell kind (CELL_*)
    exchange_width: float       # column width in exchange workbooks
    template_width: int         # column width in the activity-log template (unless the field sets one)


# -- checks -----------------------------------------------------------------------------------

def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _range(f: Field, value: float) -> list[str]:
    if f.minimum is not None and value < f.minimum:
        if f.minimum == 0:
            return [_("Cannot be negative.")]
        return [_("Must be at least {n}.").format(n=_num(f.minimum))]
    if f.maximum is not None and value > f.maximum:
        return [_("Must be at most {n}.").format(n=_num(f.maximum))]
    return []


def _text(extra: Callable[[str], list[str]] | None = None) -> Check:
    def check(f: Field, value: Any) -> list[str]:
        if not isinstance(value, str):
            return [_("Expected text.")]
        msgs = []
        if f.max_length and len(value) > f.max_length:
            msgs.append(_("At most {n} characters.").format(n=f.max_length))
        return msgs + (extra(value.strip()) if extra else [])
    return check


def _email(value: str) -> list[str]:
    return [] if _EMAIL.match(value) else [_("Not a valid e-mail address.")]


def _phone(value: str) -> list[str]:
    return [] if _PHONE.match(value) else [_("Not a valid phone number.")]


def _date(f: Field, value: Any) -> list[str]:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        return [_("Expected a date.")]
    return []


def _whole(f: Field, value: Any) -> list[str]:
    if isinstance(value, bool) or not isinstance(value, int):
        return [_("Expected a whole number.")]
    return _range(f, value)


def _number(f: Field, value: Any) -> list[str]:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return [_("Expected a number.")]
    return _range(f, value)


def _boolean(f: Field, value: Any) -> list[str]:
    return [] if isinstance(value, bool) else [_("Expected yes or no.")]


def _choice(f: Field, value: Any) -> list[str]:
    if f.choices is not None and (not isinstance(value, str) or value not in f.choices):
        return [_("Unknown value '{value}'.").format(value=value)]
    return []


def _country(f: Field, value: Any) -> list[str]:
    if not isinstance(value, str) or not countries.is_country(value):
        return [_("Unknown country code '{value}'.").format(value=value)]
    return []


def _list(each: Callable[[Field, list[Any]], list[str]] | None = None) -> Check:
    """A list kind: the entries' own messages, then one for an entry listed twice."""
    def check(f: Field, value: Any) -> list[str]:
        if not isinstance(value, (list, tuple)):
            return [_("Expected a list.")]
        values = list(value)
        msgs = each(f, values) if each else []
        if len({str(v).casefold() for v in values}) != len(values):
            msgs.append(_("The same value is listed twice."))
        return msgs
    return check


def _choice_entries(f: Field, values: list[Any]) -> list[str]:
    if f.choices is None:
        return []
    return [_("Unknown value '{value}'.").format(value=v) for v in values
            if not isinstance(v, str) or v not in f.choices]


def _country_entries(f: Field, values: list[Any]) -> list[str]:
    return [_("Unknown country code '{value}'.").format(value=v)
            for v in values if not isinstance(v, str) or not countries.is_country(v)]


def _target_entries(f: Field, values: list[Any]) -> list[str]:
    return [_("Unknown SDG target '{value}'.").format(value=v)  # 16.10 typed as a number is 16.1
            for v in values if not isinstance(v, str) or not sdg.is_target(v)]


def _tag_entries(f: Field, values: list[Any]) -> list[str]:
    return [_("Empty or too long entry (at most 200 characters).")
            for v in values if not isinstance(v, str) or not v.strip() or len(v) > 200][:1]


def _reference(f: Field, value: Any) -> list[str]:
    if not isinstance(value, str) or not _UUID.match(value):
        return [_("Expected the identifier of a record.")]
    return []


def _grid(f: Field, grid: Any) -> list[str]:
    if not isinstance(grid, Mapping):
        return [_("Expected counts by sex and age group.")]
    msgs = []
    for key, count in grid.items():
        if not (isinstance(key, tuple) and len(key) == 2 and key[0] in C.REACH_SEX and key[1] in C.AGE_GROUP):
            msgs.append(_("Unknown sex or age group {key}.").format(key=key))
        elif isinstance(count, bool) or not isinstance(count, int) or count < 0:
            msgs.append(_("Counts must be whole numbers, not negative."))
    return msgs


# -- the table ----------------------------------------------------------------------------------

_SPECS = (
    #        kind                check                        cell        exchange template
    KindSpec(Kind.TEXT,          _text(),                     CELL_TEXT,  24, 22),
    KindSpec(Kind.MULTILINE,     _text(),                     CELL_TEXT,  50, 40),
    KindSpec(Kind.DATE,          _date,                       CELL_DATE,  12, 13),
    KindSpec(Kind.INTEGER,       _whole,                      CELL_INT,   10, 13),
    KindSpec(Kind.NUMBER,        _number,                     CELL_FLOAT, 10, 13),
    KindSpec(Kind.BOOLEAN,       _boolean,                    CELL_BOOL,   8, 13),
    KindSpec(Kind.YEAR,          _whole,                      CELL_INT,    8, 22),
    KindSpec(Kind.EMAIL,         _text(_email),               CELL_TEXT,  30, 22),
    KindSpec(Kind.PHONE,         _text(_phone),               CELL_TEXT,  30, 22),
    KindSpec(Kind.CHOICE,        _choice,                     CELL_TEXT,  16, 22),
    KindSpec(Kind.MULTICHOICE,   _list(_choice_entries),      CELL_LIST,  30, 26),
    KindSpec(Kind.COUNTRY,       _country,                    CELL_TEXT,   8, 22),
    KindSpec(Kind.COUNTRIES,     _list(_country_entries),     CELL_LIST,  30, 26),
    KindSpec(Kind.SDG_TARGETS,   _list(_target_entries),      CELL_LIST,  30, 22),
    KindSpec(Kind.TAGS,          _list(_tag_entries),         CELL_LIST,  30, 26),
    KindSpec(Kind.REFERENCES,    _list(),                     CELL_LIST,  30, 22),
    KindSpec(Kind.REFERENCE,     _reference,                  CELL_TEXT,  38, 22),
    KindSpec(Kind.REACH_GRID,    _grid,                       CELL_GRID,  30, 22),
)
KIND_SPECS: dict[Kind, KindSpec] = {s.kind: s for s in _SPECS}


def spec(kind: Kind) -> KindSpec:
    return KIND_SPECS[kind]
