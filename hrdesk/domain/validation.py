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
from hrdesk.domain.fields import Field, RecordType
from hrdesk.domain.kinds import KIND_SPECS
from hrdesk.domain.records import ACTIVITY, OFFICE, PARTICIPANT, PARTICIPATION, RECOMMENDATION
from hrdesk.i18n import _

_OFFICE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,11}$")


def _empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, (list, tuple, set, dict)) and not value)


def check_field(f: Field, value: Any) -> list[str]:
    """Messages for one value of one field (type, range, choices, codes): its kind's check
    (:data:`hrdesk.domain.kinds.KIND_SPECS`)."""
    if _empty(value):
        return [_("This field is required.")] if f.required else []
    return KIND_SPECS[f.kind].check(f, value)


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
