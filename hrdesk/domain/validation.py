"""Validation of records against their definition, plus each record type's own rules.

``validate(record_type, values)`` returns every problem as a :class:`Problem` (field,
message) — never only the first — so that editors show messages beside each field and
imports report all problems of a file at once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from hrdesk.domain import choices as C
from hrdesk.domain.errors import Problem
from hrdesk.domain.fields import Field, Kind, RecordType
from hrdesk.domain.records import ACTIVITY, OFFICE, PARTICIPANT, PARTICIPATION, RECOMMENDATION
from hrdesk.i18n import _
from hrdesk.reference import countries, sdg

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[+()0-9 .\-/]{5,}$")
_OFFICE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,11}$")


def _empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, (list, tuple, set, dict)) and not value)


def check_field(f: Field, value: Any) -> list[str]:
    """Messages for one value of one field (type, range, choices, codes)."""
    if _empty(value):
        return [_("This field is required.")] if f.required else []
    k = f.kind
    msgs: list[str] = []
    if k in (Kind.TEXT, Kind.MULTILINE, Kind.EMAIL, Kind.PHONE):
        if not isinstance(value, str):
            return [_("Expected text.")]
        if f.max_length and len(value) > f.max_length:
            msgs.append(_("At most {n} characters.").format(n=f.max_length))
        if k is Kind.EMAIL and not _EMAIL.match(value.strip()):
            msgs.append(_("Not a valid e-mail address."))
        if k is Kind.PHONE and not _PHONE.match(value.strip()):
            msgs.append(_("Not a valid phone number."))
    elif k is Kind.DATE:
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            msgs.append(_("Expected a date."))
    elif k in (Kind.INTEGER, Kind.YEAR):
        if isinstance(value, bool) or not isinstance(value, int):
            return [_("Expected a whole number.")]
        msgs += _range(f, value)
    elif k is Kind.NUMBER:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return [_("Expected a number.")]
        msgs += _range(f, value)
    elif k is Kind.BOOLEAN:
        if not isinstance(value, bool):
            msgs.append(_("Expected yes or no."))
    elif k is Kind.CHOICE:
        if f.choices is not None and (not isinstance(value, str) or value not in f.choices):
            msgs.append(_("Unknown value '{value}'.").format(value=value))
    elif k is Kind.COUNTRY:
        if not isinstance(value, str) or not countries.is_country(value):
            msgs.append(_("Unknown country code '{value}'.").format(value=value))
    elif k.is_list:
        if not isinstance(value, (list, tuple)):
            return [_("Expected a list.")]
        msgs += _check_list(f, list(value))
    elif k is Kind.REACH_GRID:
        msgs += _check_grid(value)
    return msgs


def _range(f: Field, value: float) -> list[str]:
    if f.minimum is not None and value < f.minimum:
        if f.minimum == 0:
            return [_("Cannot be negative.")]
        return [_("Must be at least {n}.").format(n=_num(f.minimum))]
    if f.maximum is not None and value > f.maximum:
        return [_("Must be at most {n}.").format(n=_num(f.maximum))]
    return []


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _check_list(f: Field, values: list[Any]) -> list[str]:
    msgs = []
    if f.kind is Kind.MULTICHOICE and f.choices is not None:
        msgs += [_("Unknown value '{value}'.").format(value=v) for v in values
                 if not isinstance(v, str) or v not in f.choices]
    elif f.kind is Kind.COUNTRIES:
        msgs += [_("Unknown country code '{value}'.").format(value=v)
                 for v in values if not isinstance(v, str) or not countries.is_country(v)]
    elif f.kind is Kind.SDG_TARGETS:
        msgs += [_("Unknown SDG target '{value}'.").format(value=v)  # 16.10 typed as a number is 16.1
                 for v in values if not isinstance(v, str) or not sdg.is_target(v)]
    elif f.kind is Kind.TAGS:
        msgs += [_("Empty or too long entry (at most 200 characters).")
                 for v in values if not isinstance(v, str) or not v.strip() or len(v) > 200][:1]
    if len({str(v).casefold() for v in values}) != len(values):
        msgs.append(_("The same value is listed twice."))
    return msgs


def _check_grid(grid: Any) -> list[str]:
    if not isinstance(grid, Mapping):
        return [_("Expected counts by sex and age group.")]
    msgs = []
    for key, count in grid.items():
        if not (isinstance(key, tuple) and len(key) == 2 and key[0] in C.REACH_SEX and key[1] in C.AGE_GROUP):
            msgs.append(_("Unknown sex or age group {key}.").format(key=key))
        elif isinstance(count, bool) or not isinstance(count, int) or count < 0:
            msgs.append(_("Counts must be whole numbers, not negative."))
    return msgs


def validate(record_type: RecordType, values: Mapping[str, Any]) -> list[Problem]:
    """Every problem of ``values`` against ``record_type``: fields, then cross-field rules."""
    problems = [
        Problem(f.name, msg) for f in record_type.fields for msg in check_field(f, values.get(f.name))
    ]
    bad = {p.field for p in problems}
    rule = _RULES.get(record_type.name)
    if rule:
        problems += [p for p in rule(values) if p.field not in bad]
    return problems


def _activity_rules(v: Mapping[str, Any]) -> list[Problem]:
    problems = []
    start, end = v.get("start_date"), v.get("end_date")
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        problems.append(Problem("end_date", _("The end date is before the start date.")))
    parts = [v.get(n) for n in ("reach_women", "reach_men", "reach_other")]
    total = v.get("reach_total")
    if isinstance(total, int) and any(isinstance(p, int) for p in parts):
        counted = sum(p for p in parts if isinstance(p, int))
        if counted != total:
            problems.append(Problem("reach_total", _(
                "Women, men and other add up to {sum}, not to the total of {total}."
            ).format(sum=counted, total=total)))
    grid = v.get("reach_by_age") or {}
    if isinstance(grid, Mapping) and grid:
        field_of = {"women": "reach_women", "men": "reach_men", "other": "reach_other"}
        for sex, name in field_of.items():
            stated = v.get(name)
            by_age = sum(c for (s, _a), c in grid.items() if s == sex and isinstance(c, int))
            if isinstance(stated, int) and by_age and by_age != stated:
                problems.append(Problem("reach_by_age", _(
                    "The age groups of '{sex}' add up to {sum}, not to {stated}."
                ).format(sex=_(C.REACH_SEX.label(sex)), sum=by_age, stated=stated)))
    return problems


def _participant_rules(v: Mapping[str, Any]) -> list[Problem]:
    year = v.get("birth_year")
    if isinstance(year, int) and year > dt.date.today().year:
        return [Problem("birth_year", _("The year of birth is in the future."))]
    return []


def _participation_rules(v: Mapping[str, Any]) -> list[Problem]:
    return []


def _recommendation_rules(v: Mapping[str, Any]) -> list[Problem]:
    return []


def _office_rules(v: Mapping[str, Any]) -> list[Problem]:
    code = v.get("code")
    if isinstance(code, str) and code and not _OFFICE_CODE.match(code):
        return [Problem("code", _("Use capital letters, digits, '-' or '_' (at most 12)."))]
    return []


_RULES: dict[str, Callable[[Mapping[str, Any]], list[Problem]]] = {
    ACTIVITY.name: _activity_rules,
    PARTICIPANT.name: _participant_rules,
    PARTICIPATION.name: _participation_rules,
    RECOMMENDATION.name: _recommendation_rules,
    OFFICE.name: _office_rules,
}
