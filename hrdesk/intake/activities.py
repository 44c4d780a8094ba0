"""Importing an activity log typed in a spreadsheet (the template of
:mod:`hrdesk.intake.template`, or something people made of it).

    job = ActivityLogImport(db, path)
    preview = job.preview()      # every row, what will happen to it, every problem
    result = job.commit()        # all or nothing; raises ValidationError listing every problem

Rows are identified by the file (its embedded identifier, else its name) and the row's
reference (``A1``); a fingerprint of the row's content tells an unchanged row from a
corrected one.  Re-importing the same file changes nothing; a corrected file updates the
records it created.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from hrdesk.domain.cleaning import clean
from hrdesk.domain.errors import HRDeskError, Problem, ValidationError
from hrdesk.domain.progress import Progress, ensure
from hrdesk.domain.records import ACTIVITY
from hrdesk.domain.text import fold, name_key
from hrdesk.domain.validation import validate
from hrdesk.i18n import LANGUAGES, Translator, _, ngettext
from hrdesk.intake import reading
from hrdesk.intake.attendance import matched_text
from hrdesk.intake.people import (
    EXISTING,
    PERSON_KEYS,
    PROGRESS_EVERY,
    Candidate,
    PersonRow,
    duplicate_note,
    find_duplicates,
    listed_already,
    listed_people,
    read_person,
    sex_m_meaning,
)
from hrdesk.intake.table import Table
from hrdesk.intake.template import FILE_ID_PREFIX, activity_fields
from hrdesk.intake.values import CellError, is_empty, parse_field
from hrdesk.intake.vocab import header_key
from hrdesk.services import offices
from hrdesk.services import recommendations as recommendation_service
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.storage import dialect
from hrdesk.storage import models as m
from hrdesk.storage.base import utcnow
from hrdesk.storage.database import Database

# the recommendations an activity addressed: references resolved against the database
RECOMMENDATIONS_KEY = "recommendations"
ACTIVITY_KEYS = ("reference", *(f.name for f in activity_fields()), RECOMMENDATIONS_KEY)
PARTICIPANT_SHEET_KEYS = ("activity_ref", *PERSON_KEYS)
CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"
_FILE_ID = re.compile(rf"^{FILE_ID_PREFIX}[0-9a-f]{{8,32}}$")
_SHEET_NAMES = {
    "activities": ("activities", "activity log", "activites", "journal des activites", "actividades",
                   "registro de actividades"),
    "participants": ("participants", "participantes", "attendance", "participations"),
}


@dataclass
class ActivityRow:
    number: int
    reference: str
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    action: str = CREATE
    uuid: str | None = None           # the record it updates or leaves unchanged
    fingerprint: str = ""
    given: set[str] = field(default_factory=set)  # fields the file has a column for
    tracked_uuid: str | None = None   # the record this row was last imported as, when checked
    recommendation_refs: list[str] = field(default_factory=list)  # as written in the cell
    recommendation_column: str | None = None


@dataclass(slots=True)
class PersonPlan:
    row: PersonRow
    reference: str
    person_action: str = CREATE       # create | update | matched | same-as-row | unchanged
    person_uuid: str | None = None
    same_as_row: int | None = None
    participation_action: str = CREATE  # create | update | unchanged
    participation_uuid: str | None = None
    row_key: str = ""
    fingerprint: str = ""
    evidence: str = ""                # matched: the identity policy's strong evidence ("same_email")
    likely: str = ""                  # created although likely the same as someone: the note


@dataclass
class ActivityLogPreview:
    path: Path
    file_key: str
    activities: list[ActivityRow]
    people: list[PersonPlan]
    problems: list[Problem]           # every problem, sheet-level and row-level, in file order

    def count(self, action: str) -> int:
        return sum(1 for a in self.activities if a.action == action)

    @property
    def participants_created(self) -> int:
        return sum(1 for p in self.people if p.person_action == CREATE)

    @property
    def participants_matched(self) -> int:
        return sum(1 for p in self.people if p.person_action == "matched")

    @property
    def participations_added(self) -> int:
        return sum(1 for p in self.people if p.participation_action == CREATE)

    @property
    def matched_rows(self) -> list[int]:
        """Rows of the Participants sheet matched to someone already in the registry."""
        return [p.row.number for p in self.people if p.person_action == "matched"]

    @property
    def evidence(self) -> Counter[str]:
        """Rows matched to a person (in the registry or earlier in the file), by evidence."""
        counts: Counter[str] = Counter()
        for p in self.people:
            if p.person_action in ("matched", "same-as-row"):
                for code in p.evidence.split(","):
                    counts[code] += 1
        return counts

    @property
    def likely_duplicates(self) -> list[tuple[int, str]]:
        """(row, note) of the people created although they may be someone already known."""
        return [(p.row.number, p.likely) for p in self.people if p.likely]

    def summary(self) -> str:
        matched = ""
        if self.matched_rows:
            rows = self.matched_rows
            listed = ", ".join(str(n) for n in rows[:10]) + ("…" if len(rows) > 10 else "")
            matched = " " + _("(rows {rows} of the participants sheet)").format(rows=listed)
        lines = [self._counts(matched)]
        if self.evidence:
            lines.append(matched_text(self.evidence))
        likely = self.likely_duplicates
        if likely:
            lines.append(ngettext(
                "{n} row was added as a new person although it may be someone already known; "
                "check it in Participants → Find duplicates:",
                "{n} rows were added as new people although they may be someone already known; "
                "check them in Participants → Find duplicates:", len(likely)).format(n=len(likely)))
            lines += [_("row {row}: {note}").format(row=n, note=note) for n, note in likely]
        return "\n".join(lines)

    def _counts(self, matched: str) -> str:
        return ngettext(
            "Activities: {created} created, {updated} updated, {unchanged} unchanged; participants: "
            "{p_created} created, {p_matched} matched to people already in the registry{matched_rows}; "
            "{added} participation added.",
            "Activities: {created} created, {updated} updated, {unchanged} unchanged; participants: "
            "{p_created} created, {p_matched} matched to people already in the registry{matched_rows}; "
            "{added} participations added.", self.participations_added).format(
            created=self.count(CREATE), updated=self.count(UPDATE), unchanged=self.count(UNCHANGED),
            p_created=self.participants_created, p_matched=self.participants_matched,
            matched_rows=matched, added=self.participations_added)


class ActivityLogImport:
    def __init__(self, db: Database, path: Path | str) -> None:
        self.db = db
        self.path = Path(path)

    def preview(self, progress: Progress | None = None) -> ActivityLogPreview:
        progress = ensure(progress)
        progress.update(0, 0, _("Reading {file}…").format(file=self.path.name))
        sheets = reading.read_sheets(self.path)
        file_key = _file_key(self.path, sheets)
        act_sheet, people_sheet = _pick_sheets(sheets)
        problems: list[Problem] = []
        activities = _read_activities(act_sheet, problems)
        people: list[PersonPlan] = []
        if people_sheet is not None:
            people = _read_participants(people_sheet, activities, problems)
        with self.db.read_session() as s:
            _resolve_recommendations(s, activities, act_sheet.name)
            tracked_rows = TrackedRows(s, file_key)
            _plan_activities(s, tracked_rows, activities)
            _plan_people(s, tracked_rows, activities, people, problems, people_sheet.name if people_sheet else "",
                         progress)
        problems += [p for a in activities for p in a.problems]
        problems += [p for plan in people for p in plan.row.problems]
        if not activities and not problems:
            problems.append(Problem("", _("No activity was found: fill in at least one row of the "
                                          "Activities sheet."), sheet=act_sheet.name))
        problems.sort(key=lambda p: (p.sheet != act_sheet.name, p.sheet or "", p.row or 0, p.column or ""))
        return ActivityLogPreview(self.path, file_key, activities, people, problems)

    def commit(self, preview: ActivityLogPreview | None = None,
               progress: Progress | None = None) -> ActivityLogPreview:
        """Write everything in one transaction; nothing when there is any problem (or when
        the import is cancelled)."""
        preview = preview or self.preview(progress)
        if preview.problems:
            raise ValidationError(preview.problems)
        _write(self.db, preview, ensure(progress))
        return preview


# -- reading -----------------------------------------------------------------------------------

def _file_key(path: Path, sheets: dict[str, reading.Sheet]) -> str:
    for sheet in sheets.values():
        for row in sheet.rows:
            for v in row:
                if isinstance(v, str) and _FILE_ID.match(v.strip()):
                    return v.strip()
    return "file:" + fold(path.name)[:190]


def _sheet_score(sheet: reading.Sheet, keys: tuple[str, ...]) -> int:
    table = Table.detect(sheet, keys)
    return len(table.mapped_keys())


def _pick_sheets(sheets: dict[str, reading.Sheet]) -> tuple[reading.Sheet, reading.Sheet | None]:
    def named(kind: str) -> reading.Sheet | None:
        wanted = {header_key(n) for n in _SHEET_NAMES[kind]}
        for language in LANGUAGES:
            wanted.add(header_key(Translator(language)(kind.capitalize())))
        return next((s for name, s in sheets.items() if header_key(name) in wanted), None)

    acts = named("activities")
    if acts is None:
        acts = max(sheets.values(), key=lambda s: _sheet_score(s, ACTIVITY_KEYS))
    people = named("participants")
    if people is None:
        others = [s for s in sheets.values() if s is not acts]
        scored = [(s, _sheet_score(s, PARTICIPANT_SHEET_KEYS)) for s in others]
        scored = [(s, n) for s, n in scored if n >= 3 and Table.detect(s, PARTICIPANT_SHEET_KEYS).column_for("activity_ref")]
        people = max(scored, key=lambda t: t[1])[0] if scored else None
    return acts, people


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split()) if value is not None else ""


def _read_activities(sheet: reading.Sheet, problems: list[Problem]) -> list[ActivityRow]:
    table = Table.detect(sheet, ACTIVITY_KEYS)
    if table.header_row is None:
        problems.append(Problem("", _("No header row was recognised in this sheet (expected columns "
                                      "such as Title, Kind of activity, Start date)."), sheet=sheet.name))
        return []
    missing = [f for f in activity_fields() if f.required and f.default is None
               and table.column_for(f.name) is None]
    for f in missing:
        problems.append(Problem(f.name, _("There is no column '{column}'; it is required.").format(
            column=_(f.label)), sheet=sheet.name))
    missing_names = {f.name for f in missing}
    rows: list[ActivityRow] = []
    seen: dict[str, int] = {}
    for data in table.rows():
        if all(is_empty(v) for k, v in data.cells.items() if k != "reference"):
            continue  # only the prefilled reference
        ref = _text(data.cells.get("reference")) or f"#{data.number}"
        row = ActivityRow(data.number, ref, {})

        def problem(key: str, message: str, row: ActivityRow = row, number: int = data.number) -> None:
            col = table.column_for(key)
            row.problems.append(Problem(key, message, row=number, sheet=sheet.name,
                                        column=col.label if col else None))

        if ref.casefold() in seen:
            problem("reference", _("The reference {ref} is used twice (rows {first} and {second}).").format(
                ref=ref, first=seen[ref.casefold()], second=data.number))
        seen.setdefault(ref.casefold(), data.number)
        parsed: dict[str, Any] = {}
        bad: set[str] = set()
        for key, cell in data.cells.items():
            if key == "reference" or is_empty(cell):
                continue
            if key == RECOMMENDATIONS_KEY:
                row.recommendation_refs = recommendation_service.split_references(str(cell))
                col = table.column_for(key)
                row.recommendation_column = col.label if col else None
                continue
            try:
                parsed[key] = parse_field(ACTIVITY[key], cell)
            except CellError as exc:
                problem(key, str(exc))
                bad.add(key)
        values = {**ACTIVITY.defaults(), **clean(ACTIVITY, parsed)}
        for p in validate(ACTIVITY, values):
            if p.field not in bad and p.field not in missing_names:
                problem(p.field, p.message)
        row.values = values
        # an empty recommendations cell leaves the links made in the app alone
        row.given = {k for k in table.mapped_keys() if k in ACTIVITY and k != RECOMMENDATIONS_KEY}
        row.fingerprint = fingerprint(values)
        rows.append(row)
    return rows


def _read_participants(sheet: reading.Sheet, activities: list[ActivityRow],
                       problems: list[Problem]) -> list[PersonPlan]:
    table = Table.detect(sheet, PARTICIPANT_SHEET_KEYS)
    if table.header_row is None:
        return []
    refs = {a.reference.casefold(): a for a in activities}
    sex_m = sex_m_meaning(table)
    plans = []
    for data in table.rows():
        if all(is_empty(v) for k, v in data.cells.items() if k != "activity_ref"):
            continue
        ref = _text(data.cells.get("activity_ref"))
        activity = refs.get(ref.casefold()) if ref else None
        start = activity.values.get("start_date") if activity else None
        if isinstance(start, dt.datetime):
            start = start.date()
        # ages and dates of birth are read on the date of the activity the row refers to
        person = read_person(data, table, sheet.name, on=start if isinstance(start, dt.date) else None,
                             sex_m=sex_m)
        col = table.column_for("activity_ref")
        where = {"row": data.number, "sheet": sheet.name, "column": col.label if col else None}
        if not ref:
            person.problems.append(Problem("activity_ref", _(
                "Write the reference of the activity (A1, A2…) this person attended."), **where))
        elif ref.casefold() not in refs:
            person.problems.append(Problem("activity_ref", _(
                "There is no activity {ref} in the Activities sheet.").format(ref=ref), **where))
        else:
            ref = refs[ref.casefold()].reference
        person.group = ref
        plans.append(PersonPlan(person, ref))
    return plans


def fingerprint(values: dict[str, Any]) -> str:
    def plain(v: Any) -> Any:
        if isinstance(v, dict):
            return sorted([list(k) if isinstance(k, tuple) else k, c] for k, c in v.items())
        if isinstance(v, (dt.date, dt.datetime)):
            return v.isoformat()
        return v
    data = {k: plain(v) for k, v in sorted(values.items())}
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:20]


# -- planning (read-only) ----------------------------------------------------------------------------

class Tracked(NamedTuple):
    id: int | None          # None: tracked by this import
    record_type: str
    record_uuid: str
    fingerprint: str


class TrackedRows:
    """The rows of one file imported before (``imported_rows``), read in one query: row key →
    the record it became and the fingerprint it had (plain tuples: a large file's rows are
    tens of thousands)."""

    def __init__(self, s: Session, file_key: str) -> None:
        self.session, self.file_key = s, file_key
        self._live: dict[type, dict[str, Any]] = {}
        self._inserts: dict[str, dict[str, Any]] = {}
        self._updates: list[dict[str, Any]] = []
        self.person_of: dict[str, str] = {}   # live tracked participation → its live person's uuid
        R = m.ImportedRow
        self.rows = {key: Tracked(*rest) for key, *rest in s.execute(
            select(R.row_key, R.id, R.record_type, R.record_uuid, R.fingerprint).where(R.file_key == file_key))}

    def get(self, row_key: str) -> Tracked | None:
        return self.rows.get(row_key)

    def live(self, model: type, row: Tracked | None) -> Any:
        """The live record a tracked row became (None when deleted since): the activity, or
        the uuid of a participant or participation.  The records of one kind are read
        together, hundreds at a time."""
        if row is None:
            return None
        if model not in self._live:
            self._live[model] = self._read_live(model, sorted(
                {r.record_uuid for r in self.rows.values() if r.record_type == row.record_type}))
        return self._live[model].get(row.record_uuid)

    def _read_live(self, model: type, uuids: list[str]) -> dict[str, Any]:
        """uuid → the live activity, or the uuid itself for a live participant or participation
        (and :attr:`person_of` for each participation whose person is live)."""
        P = m.Participant
        found: dict[str, Any] = {}
        for start in range(0, len(uuids), 500):
            where = (model.uuid.in_(uuids[start:start + 500]), model.deleted_at.is_(None))
            if model is m.Activity:
                found.update((a.uuid, a) for a in self.session.scalars(select(model).where(*where)))
            elif model is m.Participation:
                for uuid, person, person_deleted in self.session.execute(
                        select(model.uuid, P.uuid, P.deleted_at).join(P, P.id == model.participant_id).where(*where)):
                    found[uuid] = uuid
                    if person_deleted is None:
                        self.person_of[uuid] = person
            else:
                found.update((uuid, uuid) for uuid in self.session.scalars(select(model.uuid).where(*where)))
        return found

    def track(self, row_key: str, record_type: str, uuid: str, fp: str, source: str) -> None:
        """Remember what the row became (written with the import's transaction, a few thousand
        rows at a time: :meth:`write` writes the rest)."""
        known = self.rows.get(row_key)
        values = {"record_type": record_type, "record_uuid": uuid, "fingerprint": fp,
                  "source_name": source[:255], "imported_at": utcnow()}
        if known is None or row_key in self._inserts:
            self._inserts[row_key] = {"file_key": self.file_key, "row_key": row_key, **values}
        elif known.id is not None:
            self._updates.append({"id": known.id, **values})
        else:   # tracked earlier by this import, and written since
            R = m.ImportedRow
            self.session.execute(update(R).where(R.file_key == self.file_key, R.row_key == row_key)
                                 .values(**values))
        self.rows[row_key] = Tracked(known.id if known else None, record_type, uuid, fp)
        if len(self._inserts) + len(self._updates) >= 2000:
            self.write()

    def write(self) -> None:
        if self._inserts:
            self.session.execute(insert(m.ImportedRow), list(self._inserts.values()))
        if self._updates:
            self.session.execute(update(m.ImportedRow), self._updates)
        self._inserts, self._updates = {}, []


def _live(s: Session, model: type, uuid: str | None) -> Any:
    if not uuid:
        return None
    return s.scalar(select(model).where(model.uuid == uuid, model.deleted_at.is_(None)))


def _resolve_recommendations(s: Session, rows: list[ActivityRow], sheet: str) -> None:
    """The recommendations column: each reference must name one recommendation recorded here."""
    found = recommendation_service.resolve_references(s, [r for row in rows for r in row.recommendation_refs])
    for row in rows:
        if not row.recommendation_refs:
            continue
        uuids: list[str] = []
        for ref in row.recommendation_refs:
            uuid, why = found[ref]
            if uuid is None:
                row.problems.append(Problem(RECOMMENDATIONS_KEY, why or "", row=row.number, sheet=sheet,
                                            column=row.recommendation_column))
            elif uuid not in uuids:
                uuids.append(uuid)
        row.values[RECOMMENDATIONS_KEY] = uuids
        row.given.add(RECOMMENDATIONS_KEY)
        row.fingerprint = fingerprint(row.values)


def _plan_activities(s: Session, tracked_rows: TrackedRows, rows: list[ActivityRow]) -> None:
    for row in rows:
        tracked = tracked_rows.get("activity:" + row.reference)
        row.tracked_uuid = tracked.record_uuid if tracked else None
        record = tracked_rows.live(m.Activity, tracked)
        if record is not None and (fold(record.title) == fold(row.values.get("title"))
                                   or record.start_date == row.values.get("start_date")
                                   or tracked.fingerprint == row.fingerprint):
            row.uuid = record.uuid
            row.action = UNCHANGED if tracked.fingerprint == row.fingerprint else UPDATE
            continue
        same = s.scalars(select(m.ImportedRow.record_uuid).where(
            m.ImportedRow.record_type == "activity", m.ImportedRow.fingerprint == row.fingerprint)).all()
        alive = next((u for u in same if _live(s, m.Activity, u) is not None), None)
        if alive:  # the same row imported from a copy of the file
            row.uuid, row.action = alive, UNCHANGED
        else:
            row.action = CREATE


def _plan_people(s: Session, tracked_rows: TrackedRows, activities: list[ActivityRow], plans: list[PersonPlan],
                 problems: list[Problem], sheet_name: str, progress: Progress) -> None:
    by_ref = {a.reference: a for a in activities}
    find_duplicates(s, [p.row for p in plans], progress)
    person_of_row: dict[int, PersonPlan] = {}
    pairs: dict[tuple[str, str], int] = {}
    occurrences: Counter[str] = Counter()
    listed_in: dict[str, set[str]] = {}     # activity uuid → the people listed in it
    for plan in plans:
        row = plan.row
        key = name_key(row.participant.get("full_name"))
        plan.row_key = f"participant:{plan.reference}:{_hash(key)}"
        occurrences[plan.row_key] += 1     # the same name twice in one activity: two rows
        if occurrences[plan.row_key] > 1:
            plan.row_key += f":{occurrences[plan.row_key]}"
        plan.fingerprint = fingerprint(row.participant)
        tracked = tracked_rows.get(plan.row_key)
        person = tracked_rows.live(m.Participant, tracked)
        suggestion = row.suggestion  # the identity policy's: existing only on strong evidence
        # a row matched to someone known when imported before (so not tracked as a person):
        # still the person of its participation, whatever the registry has gained since
        activity = by_ref.get(plan.reference)
        part_before = None if person is not None or activity is None or activity.action == CREATE else \
            tracked_rows.live(m.Participation, tracked_rows.get("participation:" + plan.row_key.split(":", 1)[1]))
        if person is not None:
            plan.person_uuid = person
            plan.person_action = "unchanged" if tracked.fingerprint == plan.fingerprint else UPDATE
        elif part_before is not None and part_before in tracked_rows.person_of:
            plan.person_action, plan.person_uuid = "matched", tracked_rows.person_of[part_before]
            plan.evidence = row.evidence if suggestion.action == EXISTING else ""
        elif suggestion.action == EXISTING and suggestion.row is not None:
            plan.person_action, plan.same_as_row = "same-as-row", suggestion.row
            plan.evidence = row.evidence
        elif suggestion.action == EXISTING and suggestion.uuid:
            plan.person_action, plan.person_uuid = "matched", suggestion.uuid
            plan.evidence = row.evidence
        elif (listed := _listed_already(s, listed_in, activity, row)) is not None:
            plan.person_action, plan.person_uuid = "matched", listed.uuid
            plan.evidence = ",".join(listed.verdict.strong)
        elif row.candidates:
            plan.likely = duplicate_note(row)
        person_of_row[row.number] = plan
        # the same person twice in one activity
        ident = plan.person_uuid or f"row:{plan.same_as_row or row.number}"
        if plan.same_as_row is not None and plan.same_as_row in person_of_row:
            first = person_of_row[plan.same_as_row]
            ident = first.person_uuid or f"row:{first.same_as_row or first.row.number}"
        pair = (plan.reference, ident)
        if row.ok and pair in pairs:
            row.problems.append(Problem("full_name", _(
                "This person is listed twice for activity {ref} (rows {first} and {second}).").format(
                ref=plan.reference, first=pairs[pair], second=row.number), row=row.number, sheet=sheet_name))
        pairs.setdefault(pair, row.number)
        # the participation
        if activity is None or activity.uuid is None or activity.action == CREATE:
            plan.participation_action = CREATE
            continue
        part_key = "participation:" + plan.row_key.split(":", 1)[1]
        tracked_part = tracked_rows.get(part_key)
        part = tracked_rows.live(m.Participation, tracked_part)
        if part is not None:
            plan.participation_uuid = part
            same = tracked_part.fingerprint == fingerprint(row.participation)
            plan.participation_action = UNCHANGED if same else UPDATE
        elif plan.person_uuid and _participation_of(s, activity.uuid, plan.person_uuid) is not None:
            plan.participation_action = UNCHANGED  # already listed in the activity
        else:
            plan.participation_action = CREATE


def _listed_already(s: Session, listed_in: dict[str, set[str]], activity: ActivityRow | None,
                    row: PersonRow) -> Candidate | None:
    """:func:`~hrdesk.intake.people.listed_already` in the row's activity (if it was here before)."""
    if activity is None or activity.uuid is None or activity.action == CREATE:
        return None
    if activity.uuid not in listed_in:
        listed_in[activity.uuid] = listed_people(s, activity.uuid)
    return listed_already(row, listed_in[activity.uuid])


def _participation_of(s: Session, activity_uuid: str, person_uuid: str) -> m.Participation | None:
    A, P, Q = m.Activity, m.Participant, m.Participation
    return s.scalar(select(Q).join(A, A.id == Q.activity_id).join(P, P.id == Q.participant_id).where(
        A.uuid == activity_uuid, P.uuid == person_uuid, Q.deleted_at.is_(None)))


# -- writing (one transaction) ----------------------------------------------------------------------

def _write(db: Database, preview: ActivityLogPreview, progress: Progress) -> None:
    actor = offices.actor(db)
    activities = ActivityService(db, actor)
    people = ParticipantService(db, actor)
    parts = ParticipationService(db, actor)
    key, source = preview.file_key, preview.path.name
    try:
        with db.session() as s:
            # on a server, imports by several users take turns; a file someone imported since
            # this preview was made is refused (its plan is out of date), never imported twice
            dialect.serialised_writers(s, "intake-import")
            tracked = TrackedRows(s, key)
            if any(a.action == CREATE and getattr(tracked.get("activity:" + a.reference), "record_uuid", None)
                   != a.tracked_uuid for a in preview.activities):
                raise HRDeskError(_("This file was imported by someone else since it was checked: check it again "
                                    "to see what is left to import. Nothing was imported."))
            uuid_of_ref: dict[str, str] = {}
            created: set[str] = set()
            total = len(preview.activities) + len(preview.people)
            for done, a in enumerate(preview.activities):
                if done % PROGRESS_EVERY == 0:
                    progress.update(done, total, _("Importing the activities…"))
                if a.action == CREATE:
                    a.uuid = activities.create_in(s, a.values).uuid
                    created.add(a.reference)
                elif a.action == UPDATE:
                    activities.update_in(s, a.uuid, {k: a.values[k] for k in a.given})
                uuid_of_ref[a.reference] = a.uuid
                tracked.track("activity:" + a.reference, "activity", a.uuid, a.fingerprint, source)
            person_of_row: dict[int, str] = {}
            for done, plan in enumerate(preview.people, start=len(preview.activities)):
                if done % PROGRESS_EVERY == 0:
                    progress.update(done, total, _("Importing the participants…"))
                row = plan.row
                if plan.person_action == CREATE:
                    plan.person_uuid = people.create_in(s, row.participant).uuid
                elif plan.person_action == UPDATE:
                    people.update_in(s, plan.person_uuid, {k: row.participant[k] for k in row.given})
                elif plan.person_action == "same-as-row":
                    plan.person_uuid = person_of_row[plan.same_as_row]
                person_of_row[row.number] = plan.person_uuid
                if plan.person_action in (CREATE, UPDATE, "unchanged"):
                    tracked.track(plan.row_key, "participant", plan.person_uuid, plan.fingerprint, source)
                activity_uuid = uuid_of_ref[plan.reference]
                part_fp = fingerprint(row.participation)
                part_key = "participation:" + plan.row_key.split(":", 1)[1]
                if plan.participation_action == CREATE:
                    # an activity this import creates has no participation to look for
                    if plan.reference not in created and \
                            _participation_of(s, activity_uuid, plan.person_uuid) is not None:
                        plan.participation_action = UNCHANGED
                        continue
                    plan.participation_uuid = parts.create_in(s, {
                        "activity": activity_uuid, "participant": plan.person_uuid, **row.participation}).uuid
                elif plan.participation_action == UPDATE:
                    parts.update_in(s, plan.participation_uuid, row.participation)
                if plan.participation_uuid:
                    tracked.track(part_key, "participation", plan.participation_uuid, part_fp, source)
            tracked.write()
            progress.update(total, total, _("Importing the participants…"))   # a cancel now still rolls back
    except ValidationError as exc:  # a rule that needs the database (should have been caught earlier)
        raise HRDeskError(_("Nothing was imported: {problems}").format(problems=exc)) from None
