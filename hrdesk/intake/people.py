"""People rows shared by the attendance-sheet import and the activity-log import: a row's
cells → participant and participation values with every problem, and the likely duplicates
of each person (in the registry and earlier in the same file)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.choices import age_group_for_age
from hrdesk.domain.cleaning import clean
from hrdesk.domain.errors import Problem
from hrdesk.domain.identity import LIKELY, Verdict, compare, match_keys
from hrdesk.domain.progress import Progress, ensure
from hrdesk.domain.records import (
    PARTICIPANT,
    PARTICIPATION,
    PARTICIPATION_LIST_FIELDS,
    PERSON_LIST_FIELDS,
)
from hrdesk.domain.text import name_key
from hrdesk.domain.validation import check_field, validate
from hrdesk.i18n import _
from hrdesk.intake.table import DataRow, Table
from hrdesk.intake.values import (
    CellError,
    is_empty,
    parse_age_group,
    parse_date,
    parse_field,
    parse_number,
)
from hrdesk.intake.vocab import category_of_institution, value_key
from hrdesk.services.participants import IDENTITY_FIELDS, identity_values, registry_candidates_of
from hrdesk.storage import models as m

PARTICIPATION_KEYS = PARTICIPATION_LIST_FIELDS
# Beside the fields a list of people carries, sheets may split names and give ages or dates of birth.
_READ_WITH = {"full_name": ("full_name", "first_name", "last_name"),
              "age_group": ("age", "age_group", "birth_year", "birth_date")}
PERSON_KEYS = (*(key for name in PERSON_LIST_FIELDS for key in _READ_WITH.get(name, (name,))),
               *PARTICIPATION_KEYS)

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
    verdict: Verdict = field(default_factory=lambda: Verdict(LIKELY))

    @property
    def in_registry(self) -> bool:
        return self.uuid is not None

    @property
    def same(self) -> bool:
        """Strong, agreeing evidence (the identity policy's SAME): matched automatically."""
        return self.verdict.same


@dataclass
class Decision:
    """What to do with a row that has likely duplicates: use the existing person (the
    candidate given, or the first), create a new person, or leave the row out."""

    action: Action
    uuid: str | None = None
    row: int | None = None


@dataclass(slots=True)
class PersonRow:
    number: int
    participant: dict[str, Any]
    participation: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    suggestion: Decision = field(default_factory=lambda: Decision(NEW))
    group: str = ""          # e.g. the activity reference, for files listing several activities
    given: frozenset[str] = frozenset()  # participant fields the file has a column for

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def has_duplicates(self) -> bool:
        return bool(self.candidates)

    @property
    def likely_duplicate(self) -> bool:
        """Weak evidence only: a new person unless the user decides otherwise."""
        return bool(self.candidates) and self.suggestion.action == NEW

    @property
    def evidence(self) -> str:
        """Reason codes of the suggested match ("same_email", …); empty for a new person."""
        if self.suggestion.action != EXISTING:
            return ""
        c = next((c for c in self.candidates if c.same and (c.uuid == self.suggestion.uuid if
                                                             self.suggestion.uuid else c.row is not None)), None)
        return ",".join(c.verdict.strong) if c else ""


def read_person(row: DataRow, table: Table, sheet_name: str, *, on: dt.date | None = None,
                sex_m: str | None = "male") -> PersonRow:
    """Parse and validate one row; every problem carries sheet, row and column.

    ``on`` is the activity's date: a date of birth or an age gives the year of birth and
    the age group at that date (today when not given).  ``sex_m`` is what "M" means in the
    sex column (:func:`sex_m_meaning`): "male", "female" (*Mujer*), or None when the column
    does not say — then an "M" is a problem of its cell."""
    on = on or dt.date.today()
    problems: list[Problem] = []
    bad: set[str] = set()
    values: dict[str, Any] = {}

    def column(key: str) -> str | None:
        col = table.column_for(key)
        if col is None and key == "full_name":
            col = table.column_for("last_name") or table.column_for("first_name")
        if col is None and key == "age_group":
            col = table.column_for("age")
        if col is None and key == "birth_year":
            col = table.column_for("birth_date")
        return col.label if col else None

    def problem(key: str, message: str) -> None:
        problems.append(Problem(key, message, row=row.number, sheet=sheet_name, column=column(key)))
        bad.add(key)

    for key, cell in row.cells.items():
        if key in ("first_name", "last_name") or is_empty(cell):
            continue
        try:
            if key == "age" and _is_number(cell):   # an age in years: its year of birth too
                age = parse_age(cell)
                values["age_group"] = age_group_for_age(age)
                values.setdefault("birth_year", on.year - age)
            elif key in ("age", "age_group"):       # "25-34" in the age column: an age group
                values["age_group"] = parse_age_group(cell)
            elif key == "birth_date":
                born = parse_birth_date(cell, on)
                values["birth_year"] = born.year
                values["age_group"] = age_group_for_age(age_on(born, on))
            elif key == "sex" and sex_m != "male" and value_key(cell) == "m":
                if sex_m is None:
                    raise CellError(_(
                        "Does '{value}' mean female (Mujer) or male (Masculin, Masculino)? The column does "
                        "not say: write F or H here, or give the legend in its header, such as "
                        "\"Sexo (H/M)\" or \"Sexe (F/M)\".").format(value=str(cell).strip()))
                values["sex"] = "female"
            elif key in PARTICIPATION_KEYS:
                values[key] = parse_field(PARTICIPATION[key], cell)
            elif key in PARTICIPANT:
                values[key] = parse_field(PARTICIPANT[key], cell)
        except CellError as exc:
            problem({"age": "age_group", "birth_date": "birth_year"}.get(key, key), str(exc))
    if "full_name" not in values:
        name = join_name(row.cells.get("first_name"), row.cells.get("last_name"))
        if name:
            values["full_name"] = name
    if not values.get("stakeholder_category") and "stakeholder_category" not in bad:
        category = category_of_institution(values.get("organisation"))
        if category:
            values["stakeholder_category"] = category
    person = {k: v for k, v in values.items() if k in PARTICIPANT}
    person = {**PARTICIPANT.defaults(), **clean(PARTICIPANT, person)}
    year = person.get("birth_year")
    if isinstance(year, int) and 1900 <= year <= on.year and person.get("age_group") in (None, "unknown"):
        person["age_group"] = age_group_for_age(on.year - year)
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
    if mapped & {"age", "birth_date"}:
        given |= {"age_group", "birth_year"}
    if "stakeholder_category" not in given and values.get("stakeholder_category"):
        given.add("stakeholder_category")
    return PersonRow(row.number, person, participation, problems, given=_shared(frozenset(given)))


_SHARED: dict[frozenset[str], frozenset[str]] = {}


def _shared(keys: frozenset[str]) -> frozenset[str]:
    """One set object for the rows that give the same fields (a large sheet's rows all do)."""
    return _SHARED.setdefault(keys, keys)


def _is_number(value: Any) -> bool:
    try:
        return parse_number(value) is not None
    except CellError:
        return False


def parse_age(value: Any) -> int:
    """An age in whole years (0–120)."""
    try:
        age = parse_number(value)
    except CellError:
        raise CellError(_("'{value}' is not an age in years.").format(value=str(value).strip())) from None
    if age is None or not 0 <= age <= 120:
        raise CellError(_("'{value}' is not a plausible age.").format(value=str(value).strip()))
    return int(age)


def parse_birth_date(value: Any, on: dt.date) -> dt.date:
    """A date of birth (a year alone is accepted) no later than ``on`` and at most 120 years before."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1900 <= value <= 2100:
        born = dt.date(int(value), 7, 1)
    elif isinstance(value, str) and value.strip().isdigit() and len(value.strip()) == 4:
        born = dt.date(int(value.strip()), 7, 1)
    else:
        born = parse_date(value)
    if born is None or born > on or on.year - born.year > 120:
        raise CellError(_("'{value}' is not a plausible date of birth for an activity on {date}.").format(
            value=str(value).strip(), date=on.isoformat()))
    return born


def age_on(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def join_name(first: Any, last: Any) -> str:
    """The full name from split columns: "KEÏTA Alpha" when the surname is typed in
    capitals (the usual order on such sheets), else "Alpha Keïta"."""
    first_text = " ".join(str(first).split()) if not is_empty(first) else ""
    last_text = " ".join(str(last).split()) if not is_empty(last) else ""
    if first_text and last_text and last_text.isupper():
        return f"{last_text} {first_text}"
    return " ".join(t for t in (first_text, last_text) if t)


_SPANISH_SEX_HEADERS = frozenset({"sexo", "genero"})
_OTHER_SEX_HEADERS = frozenset({"sexe", "genre", "sex", "gender"})


def _legend_m(words: set[str]) -> str | None:
    """What "M" means according to the legend written in a sex column's header ("Sexo (H/M)",
    "Sexe (F/M)", "Mujer/Hombre", "Femme/Homme"…); None when the header gives no legend for it."""
    if {"mujer", "mujeres"} & words:
        return None if {"masculin", "masculino", "male"} & words else "female"
    if {"masculin", "masculino", "male", "masc"} & words:
        return "male"
    if {"h", "m"} <= words and "f" not in words:
        return "female"           # H/M, M/H: Hombre/Mujer
    if ({"f", "m"} <= words or {"f", "h"} <= words) and not {"f", "h", "m"} <= words:
        return "male"             # F/M, M/F: Féminin/Masculin; H/F: Homme/Femme
    if {"femme", "homme", "femmes", "hommes", "feminin"} & words:
        return "male"             # a French legend: M is Masculin
    return None


def sex_m_meaning(table: Table) -> str | None:
    """What "M" means in the sex column: "female" (*Mujer*), "male" (*Masculin*, *Masculino*,
    *Male*) or None when the column does not say (then an "M" is a problem of its cell, never
    a guess).

    The legend in the header decides ("Sexo (H/M)" and "M/H": M is Mujer; "F/M", "M/F": M is
    male).  Without a legend: in a Spanish column ("Sexo", "Género") M is Mujer when an H is
    present, unless F, H and M all appear (then it cannot be told); in a French or English
    column M is male (French sheets mix "H" and "M"); under any other header a column holding
    both H and M cannot be told."""
    col = table.column_for("sex")
    if col is None:
        return "male"
    words = set(value_key(" ".join((col.header, *col.parts))).split())
    legend = _legend_m(words)
    if legend is not None:
        return legend
    keys = {value_key(r.cells.get("sex")) for r in table.rows() if not is_empty(r.cells.get("sex"))}
    if "m" not in keys or "h" not in keys:
        return "male"
    if words & _SPANISH_SEX_HEADERS:
        return None if "f" in keys else "female"
    if words & _OTHER_SEX_HEADERS:
        return "male"
    return None


def read_people(table: Table, sheet_name: str, *, on: dt.date | None = None) -> list[PersonRow]:
    sex_m = sex_m_meaning(table)
    return [read_person(r, table, sheet_name, on=on, sex_m=sex_m) for r in table.rows()]


def _identity(values: dict[str, Any]) -> dict[str, Any]:
    return {k: values.get(k) for k in IDENTITY_FIELDS if k != "uuid"}


PROGRESS_EVERY = 100   # rows between two progress reports (each may cancel the job)


def find_duplicates(session: Session, rows: list[PersonRow], progress: Progress | None = None) -> None:
    """Fill each row's candidates (registry first, then earlier rows of the file) with the
    identity policy's verdict, and the suggested decision (:mod:`hrdesk.domain.identity`).

    A row is suggested to use an existing person only on strong evidence that agrees
    (:data:`SAME`) with one person — someone in the registry or the person of earlier rows —
    and when nothing known of that person conflicts with the row.  Weak evidence
    (:data:`LIKELY`) is listed but suggests a new person: it never merges silently."""
    # person key ("uuid:…" or "row:N") → (decision, identity values of its rows/record)
    members: dict[str, tuple[Decision, list[dict[str, Any]]]] = {}
    person_of_row: dict[int, str] = {}
    # the earlier rows, and where each of their match keys is found: a row is compared only
    # with the rows it shares a key with (every pair the policy does not call different does)
    seen: list[tuple[PersonRow, dict[str, Any]]] = []
    by_key: dict[str, list[int]] = {}
    identities = [_identity(row.participant) for row in rows]
    probed = [i for i, values in enumerate(identities)
              if name_key(values.get("full_name")) or values.get("email")]
    in_registry = dict(zip(probed, registry_candidates_of(
        session, [identities[i] for i in probed], limit=5), strict=True))
    progress = ensure(progress)
    for i, row in enumerate(rows):
        if i % PROGRESS_EVERY == 0:
            progress.update(i, len(rows), _("Looking for the people already known…"))
        row.candidates = []
        row.suggestion = Decision(NEW)
        values = identities[i]
        if i not in in_registry:
            continue
        for person, verdict in in_registry[i]:
            row.candidates.append(Candidate(person.full_name, person.organisation, person.country,
                                            person.email, uuid=person.uuid, verdict=verdict))
            members.setdefault("uuid:" + person.uuid,
                               (Decision(EXISTING, uuid=person.uuid), [identity_values(person)]))
        keys = match_keys(values)
        for j in sorted({j for key in keys for j in by_key.get(key, ())}):
            other, other_values = seen[j]
            verdict = compare(values, other_values)
            if verdict.different:
                continue
            p = other.participant
            row.candidates.append(Candidate(p["full_name"], p.get("organisation"), p.get("country"),
                                            p.get("email"), row=other.number, verdict=verdict))
        targets = {("uuid:" + c.uuid) if c.uuid else person_of_row[c.row] for c in row.candidates if c.same}
        if len(targets) == 1:
            target = targets.pop()
            decision, known = members[target]
            if not any(compare(values, k).conflicts for k in known):
                row.suggestion = decision
                person_of_row[row.number] = target
                known.append(values)
        if row.number not in person_of_row:
            person_of_row[row.number] = f"row:{row.number}"
            members[f"row:{row.number}"] = (Decision(EXISTING, row=row.number), [values])
        for key in keys:
            by_key.setdefault(key, []).append(len(seen))
        seen.append((row, values))


def listed_people(session: Session, activity_uuid: str) -> set[str]:
    """The uuids of the live people listed in an activity."""
    A, P, Q = m.Activity, m.Participant, m.Participation
    return set(session.scalars(select(P.uuid).join(Q, Q.participant_id == P.id).join(A, A.id == Q.activity_id)
                               .where(A.uuid == activity_uuid, Q.deleted_at.is_(None), P.deleted_at.is_(None))))


def listed_already(row: PersonRow, listed: set[str]) -> Candidate | None:
    """The one person of the registry the row is the same as on strong evidence (the identity
    policy's :data:`SAME`) who is already listed in the row's activity (``listed``), when the
    registry holds several such records of them (so the policy names none): the row is that
    participant, not a new person listed a second time in the activity."""
    same = [c for c in row.candidates if c.uuid and c.same]
    if len(same) < 2:
        return None
    found = [c for c in same if c.uuid in listed]
    return found[0] if len(found) == 1 else None


def prefer_listed(session: Session, rows: list[PersonRow], activity_uuid: str) -> None:
    """Suggest for each row :func:`listed_already` names the participant it is."""
    ambiguous = [r for r in rows if r.suggestion.action == NEW and sum(1 for c in r.candidates if c.uuid and c.same) > 1]
    if not ambiguous:
        return
    listed = listed_people(session, activity_uuid)
    for row in ambiguous:
        found = listed_already(row, listed)
        if found is not None:
            row.suggestion = Decision(EXISTING, uuid=found.uuid)


def person_for(session: Session, people: Any, row: PersonRow, decision: Decision,
               person_of_row: dict[int, str], tally: Any) -> str:
    """The uuid of the person a row stands for, inside the import's transaction: the person the
    decision names (an explicit choice, or the suggestion made on strong evidence), else a new
    person in the registry (``people`` is the participant service).  ``tally`` (an import's
    result) counts people created and matched, the evidence of each match, and the rows added
    as new although they may be someone already known."""
    uuid = None
    if decision.action == EXISTING:
        target = decision
        if decision.uuid is None and decision.row is None:    # "use the existing person": the first
            first = next(iter(row.candidates), None)
            target = Decision(EXISTING, uuid=first.uuid, row=first.row) if first else decision
        uuid = person_of_row.get(target.row) if target.row is not None else target.uuid
    if uuid is None or decision.action == NEW:
        uuid = people.create_in(session, row.participant).uuid
        tally.created += 1
        if row.candidates:
            tally.likely.append((row.number, duplicate_note(row)))
        return uuid
    tally.matched += 1
    evidence = row.evidence if decision == row.suggestion else ""
    for code in (evidence.split(",") if evidence else ["user_choice"]):
        tally.evidence[code] += 1
    return uuid


def duplicate_note(row: PersonRow) -> str:
    """One sentence per candidate: who the row may be, and on which evidence (for previews,
    summaries and reports)."""
    parts = []
    for c in row.candidates:
        who = (_("{name} in the registry").format(name=c.full_name) if c.in_registry
               else _("row {row}").format(row=c.row))
        if c.same:
            parts.append(_("the same person as {who} ({evidence})").format(
                who=who, evidence=c.verdict.describe()))
        else:
            parts.append(_("likely the same person as {who} ({evidence})").format(
                who=who, evidence=c.verdict.describe()))
    return "; ".join(parts)
