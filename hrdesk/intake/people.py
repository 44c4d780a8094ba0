"""People rows shared by the attendance-sheet import and the activity-log import: a row's
cells → participant and participation values with every problem, and the likely duplicates
of each person (in the registry and earlier in the same file)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy.orm import Session

from hrdesk.domain.choices import age_group_for_age
from hrdesk.domain.cleaning import clean
from hrdesk.domain.errors import Problem
from hrdesk.domain.records import PARTICIPANT, PARTICIPATION
from hrdesk.domain.text import fold, name_key
from hrdesk.domain.validation import check_field, validate
from hrdesk.i18n import _
from hrdesk.intake.table import DataRow, Table
from hrdesk.intake.values import CellError, is_empty, parse_age_group, parse_field
from hrdesk.services.participants import similar_rows

PARTICIPATION_KEYS = ("role", "days_attended", "pre_score", "post_score")
PERSON_KEYS = ("full_name", "first_name", "last_name", "sex", "age", "age_group", "birth_year",
               "disability", "organisation", "position", "stakeholder_category", "country", "email",
               "phone", *PARTICIPATION_KEYS)

Action = Literal["existing", "new", "skip"]
EXISTING, NEW, SKIP = "existing", "new", "skip"


@dataclass(frozen=True)
class Candidate:
    """A likely duplicate of a row's person: someone in the registry (``uuid``) or an
    earlier row of the same file (``row``)."""

    full_name: str
    organisation: str | None
    country: str | None
    email: str | None
    uuid: str | None = None
    row: int | None = None

    @property
    def in_registry(self) -> bool:
        return self.uuid is not None


@dataclass
class Decision:
    """What to do with a row that has likely duplicates: use the existing person (the
    candidate given, or the first), create a new person, or leave the row out."""

    action: Action
    uuid: str | None = None
    row: int | None = None


@dataclass
class PersonRow:
    number: int
    participant: dict[str, Any]
    participation: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    suggestion: Decision = field(default_factory=lambda: Decision(NEW))
    group: str = ""          # e.g. the activity reference, for files listing several activities
    given: set[str] = field(default_factory=set)  # participant fields the file has a column for

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def has_duplicates(self) -> bool:
        return bool(self.candidates)


def read_person(row: DataRow, table: Table, sheet_name: str) -> PersonRow:
    """Parse and validate one row; every problem carries sheet, row and column."""
    problems: list[Problem] = []
    bad: set[str] = set()
    values: dict[str, Any] = {}

    def column(key: str) -> str | None:
        col = table.column_for(key)
        if col is None and key == "full_name":
            col = table.column_for("first_name") or table.column_for("last_name")
        if col is None and key == "age_group":
            col = table.column_for("age")
        return col.label if col else None

    def problem(key: str, message: str) -> None:
        problems.append(Problem(key, message, row=row.number, sheet=sheet_name, column=column(key)))
        bad.add(key)

    for key, cell in row.cells.items():
        if key in ("first_name", "last_name") or is_empty(cell):
            continue
        try:
            if key in ("age", "age_group"):
                values["age_group"] = parse_age_group(cell)
            elif key in PARTICIPATION_KEYS:
                values[key] = parse_field(PARTICIPATION[key], cell)
            elif key in PARTICIPANT:
                values[key] = parse_field(PARTICIPANT[key], cell)
        except CellError as exc:
            problem("age_group" if key == "age" else key, str(exc))
    if "full_name" not in values:
        parts = [" ".join(str(row.cells.get(k)).split()) for k in ("first_name", "last_name")
                 if not is_empty(row.cells.get(k))]
        if parts:
            values["full_name"] = " ".join(parts)
    person = {k: v for k, v in values.items() if k in PARTICIPANT}
    person = {**PARTICIPANT.defaults(), **clean(PARTICIPANT, person)}
    year = person.get("birth_year")
    if isinstance(year, int) and 1900 <= year <= dt.date.today().year and person.get("age_group") in (None, "unknown"):
        person["age_group"] = age_group_for_age(dt.date.today().year - year)
    for p in validate(PARTICIPANT, person):
        if p.field not in bad:
            problem(p.field, p.message)
    participation = {k: values[k] for k in PARTICIPATION_KEYS if values.get(k) is not None}
    participation.setdefault("role", "participant")
    for name, value in participation.items():
        if name not in bad:
            for message in check_field(PARTICIPATION[name], value):
                problem(name, message)
    mapped = table.mapped_keys()
    given = {k for k in mapped if k in PARTICIPANT}
    if mapped & {"first_name", "last_name"}:
        given.add("full_name")
    if "age" in mapped:
        given.add("age_group")
    return PersonRow(row.number, person, participation, problems, given=given)


def read_people(table: Table, sheet_name: str) -> list[PersonRow]:
    return [read_person(r, table, sheet_name) for r in table.rows()]


def _same_person(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if name_key(a.get("full_name")) != name_key(b.get("full_name")):
        return False
    known = {"female", "male"}
    if a.get("sex") in known and b.get("sex") in known and a.get("sex") != b.get("sex"):
        return False
    org_a, org_b = fold(a.get("organisation")), fold(b.get("organisation"))
    if org_a and org_a == org_b:
        return True
    if a.get("email") and a.get("email") == b.get("email"):
        return True
    if a.get("country") and a.get("country") == b.get("country"):
        return True
    return not org_a and not org_b and not a.get("email") and not b.get("email")


def find_duplicates(session: Session, rows: list[PersonRow]) -> None:
    """Fill each row's candidates (registry first, then earlier rows of the file) and the
    suggested decision: use the existing person when there is exactly one registry
    candidate or an earlier row; otherwise create a new person."""
    seen: list[PersonRow] = []
    for row in rows:
        row.candidates = []
        if not name_key(row.participant.get("full_name")):
            continue
        for person in similar_rows(session, row.participant, limit=5):
            row.candidates.append(Candidate(person.full_name, person.organisation, person.country,
                                            person.email, uuid=person.uuid))
        for other in seen:
            if _same_person(row.participant, other.participant):
                p = other.participant
                row.candidates.append(Candidate(p["full_name"], p.get("organisation"), p.get("country"),
                                                p.get("email"), row=other.number))
                break
        registry = [c for c in row.candidates if c.in_registry]
        earlier = [c for c in row.candidates if not c.in_registry]
        if earlier:
            row.suggestion = Decision(EXISTING, row=earlier[0].row)
        elif len(registry) == 1:
            row.suggestion = Decision(EXISTING, uuid=registry[0].uuid)
        else:
            row.suggestion = Decision(NEW)
        seen.append(row)


def duplicate_note(row: PersonRow) -> str:
    """One sentence describing a row's likely duplicates (for previews and reports)."""
    registry = [c for c in row.candidates if c.in_registry]
    earlier = [c for c in row.candidates if not c.in_registry]
    parts = []
    if registry:
        parts.append(_("{n} person(s) with the same name already in the registry").format(n=len(registry)))
    if earlier:
        parts.append(_("the same person as row {row}").format(row=earlier[0].row))
    return "; ".join(parts)
