"""Attendance-sheet import: a sign-in sheet (``.xlsx``, ``.xls``, ``.ods``, ``.csv``) into
the participants of one activity.

The flow the app's dialog follows (each step is plain data, no Qt)::

    job = AttendanceImport(db, path)          # reads the first sheet, finds the header row
    job.sheet_names; job.load("Sheet 2")      # pick another sheet
    job.table.columns; job.set_mapping({3: "organisation", 7: None})   # adjust the mapping
    preview = job.preview()                   # rows with their problems and likely duplicates
    result = job.commit(activity_uuid, {12: Decision("skip"), 15: Decision("new")})

``commit`` adds every participant and participation in one transaction, or nothing: it
raises :class:`ValidationError` listing every problem when a row that is not skipped has one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hrdesk.domain.cleaning import clean_text
from hrdesk.domain.errors import NotFoundError, Problem, ValidationError
from hrdesk.domain.progress import Progress
from hrdesk.i18n import N_, _, ngettext
from hrdesk.intake import reading
from hrdesk.intake.people import (
    EXISTING,
    NEW,
    PERSON_KEYS,
    SKIP,
    Decision,
    PersonRow,
    duplicate_note,
    find_duplicates,
    person_for,
    prefer_listed,
    read_people,
)
from hrdesk.intake.table import Table
from hrdesk.services import offices
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.storage import models as m
from hrdesk.storage.database import Database

ATTENDANCE_KEYS = PERSON_KEYS

# What each column can be mapped to, with a label for the mapping editor (translate with tr()).
MAPPING_LABELS: dict[str, str] = {
    "full_name": N_("Full name"),
    "first_name": N_("First name(s)"),
    "last_name": N_("Last name(s)"),
    "sex": N_("Sex"),
    "age": N_("Age in years"),
    "age_group": N_("Age group"),
    "birth_year": N_("Year of birth"),
    "birth_date": N_("Date of birth"),
    "disability": N_("Disability"),
    "organisation": N_("Organisation"),
    "position": N_("Position"),
    "stakeholder_category": N_("Stakeholder category"),
    "country": N_("Country"),
    "email": N_("E-mail"),
    "phone": N_("Phone"),
    "role": N_("Role"),
    "days_attended": N_("Days attended"),
    "pre_score": N_("Pre-test score"),
    "post_score": N_("Post-test score"),
}


@dataclass
class AttendancePreview:
    sheet: str
    header_row: int | None                       # 1-based spreadsheet row, None if not found
    columns: list[tuple[str, str, str | None]]   # (letter, header, mapped key)
    rows: list[PersonRow]
    problems: list[Problem] = field(default_factory=list)  # about the whole sheet (mapping)

    @property
    def row_problems(self) -> list[Problem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def all_problems(self) -> list[Problem]:
        return self.problems + self.row_problems

    @property
    def duplicates(self) -> list[PersonRow]:
        return [r for r in self.rows if r.has_duplicates]

    def note(self, row: PersonRow) -> str:
        return duplicate_note(row)


@dataclass
class AttendanceResult:
    created: int = 0          # new people in the registry
    matched: int = 0          # rows that used a person already in the registry or in the sheet
    participations: int = 0   # people added to the activity
    already_listed: int = 0   # people who were already participants of the activity
    skipped: int = 0
    evidence: Counter[str] = field(default_factory=Counter)   # matched rows by evidence
    likely: list[tuple[int, str]] = field(default_factory=list)  # (row, note): new despite a likely duplicate

    def summary(self) -> str:
        text = ngettext(
            "{added} participant added to the activity: {created} new in the registry, {matched} matched to "
            "existing people; {already} already listed, {skipped} rows skipped.",
            "{added} participants added to the activity: {created} new in the registry, {matched} matched to "
            "existing people; {already} already listed, {skipped} rows skipped.", self.participations
        ).format(added=self.participations, created=self.created, matched=self.matched,
                 already=self.already_listed, skipped=self.skipped)
        lines = [text]
        if self.matched:
            lines.append(matched_text(self.evidence))
        if self.likely:
            lines.append(ngettext(
                "{n} row was added as a new person although it may be someone already known; "
                "check it in Participants → Find duplicates:",
                "{n} rows were added as new people although they may be someone already known; "
                "check them in Participants → Find duplicates:", len(self.likely)).format(n=len(self.likely)))
            lines += [_("row {row}: {note}").format(row=n, note=note) for n, note in self.likely]
        return "\n".join(lines)


EVIDENCE_LABELS = {
    "same_email": N_("the same e-mail"),
    "same_phone": N_("the same phone"),
    "same_uuid": N_("the same record"),
    "same_pseudonym": N_("the same pseudonym"),
    "user_choice": N_("your choice"),
}


def matched_text(evidence: Counter[str]) -> str:
    """"Matched on: the same e-mail (3), the same phone (2), your choice (1)."""
    parts = [f"{_(EVIDENCE_LABELS.get(k, k))} ({n})" for k, n in sorted(evidence.items())]
    return _("Rows matched to a person already known (in the registry or earlier in the file), by evidence: {list}.").format(list=", ".join(parts))


class AttendanceImport:
    def __init__(self, db: Database, path: Path | str, *, sheet: str | None = None,
                 activity_uuid: str | None = None) -> None:
        self.db = db
        self.path = Path(path)
        self.sheet_names = reading.sheet_names(self.path)
        # ages and dates of birth give the age group on the activity's date
        self.on: dt.date | None = activity_date(db, activity_uuid) if activity_uuid else None
        self.activity_uuid = activity_uuid
        self.load(sheet)

    def load(self, sheet: str | None = None, *, header_row: int | None = None) -> None:
        """Read a sheet and map its columns automatically: the named sheet, else the first
        one with a recognised header row (a cover page is passed over), else the first.
        ``header_row`` (1-based) overrides the detected header row."""
        if sheet is None and len(self.sheet_names) > 1:
            sheets = reading.read_sheets(self.path)
            tables = [Table.detect(s, ATTENDANCE_KEYS) for s in sheets.values()]
            found = next((t for t in tables if t.header_row is not None), tables[0])
            self.sheet = found.sheet     # read once
        else:
            self.sheet = reading.read_sheet(self.path, sheet)
        self.table = Table.detect(self.sheet, ATTENDANCE_KEYS,
                                  header_row=None if header_row is None else header_row - 1)

    def set_mapping(self, mapping: dict[int, str | None]) -> None:
        """Map column indexes (0-based) to keys of :data:`ATTENDANCE_KEYS`, or None to ignore."""
        self.table.set_mapping(mapping)

    def preview(self, progress: Progress | None = None) -> AttendancePreview:
        problems = []
        if self.table.header_row is None:
            problems.append(Problem("", _(
                "No header row was recognised in the first rows of this sheet; choose the "
                "columns by hand."), sheet=self.sheet.name))
        mapped = self.table.mapped_keys()
        if not mapped & {"full_name", "first_name", "last_name"}:
            problems.append(Problem("full_name", _(
                "No column of names was found: map the column that holds the names."),
                sheet=self.sheet.name))
        rows = read_people(self.table, self.sheet.name, on=self.on) if not problems else []
        with self.db.read_session() as s:
            find_duplicates(s, rows, progress)
            if self.activity_uuid:   # someone of two registry records, one already listed: that one
                prefer_listed(s, rows, self.activity_uuid)
        return AttendancePreview(
            self.sheet.name,
            None if self.table.header_row is None else self.table.header_row + 1,
            [(c.letter, c.header, c.key) for c in self.table.columns], rows, problems)

    def commit(self, activity_uuid: str, decisions: dict[int, Decision] | None = None) -> AttendanceResult:
        """Add the rows to the activity in one transaction. ``decisions`` (by row number)
        override the suggested ones; a row with problems must be fixed or skipped."""
        self.on = activity_date(self.db, activity_uuid)
        self.activity_uuid = activity_uuid
        preview = self.preview()
        decisions = decisions or {}
        chosen = {r.number: decisions.get(r.number, r.suggestion) for r in preview.rows}
        problems = preview.problems + [p for r in preview.rows if chosen[r.number].action != SKIP
                                       for p in r.problems]
        if problems:
            raise ValidationError(problems)
        if not any(d.action != SKIP for d in chosen.values()):
            raise ValidationError([Problem("", _("There is no row to import."), sheet=self.sheet.name)])
        return add_people(self.db, activity_uuid, preview.rows, chosen)


def activity_date(db: Database, activity_uuid: str) -> dt.date:
    """The start date of a live activity; :class:`NotFoundError` when there is none."""
    with db.read_session() as s:
        day = s.scalar(select(m.Activity.start_date).where(m.Activity.uuid == activity_uuid,
                                                           m.Activity.deleted_at.is_(None)))
    if day is None:
        raise NotFoundError(_("The activity does not exist or was deleted."))
    return day


def add_people(db: Database, activity_uuid: str, rows: list[PersonRow],
               decisions: dict[int, Decision], *, session: Any = None) -> AttendanceResult:
    """Create or reuse each row's person and add them to the activity, in one transaction
    (the given session's, or a new one)."""
    if session is None:
        with db.session() as s:
            return add_people(db, activity_uuid, rows, decisions, session=s)
    s = session
    actor = offices.actor(db)
    people, parts = ParticipantService(db, actor), ParticipationService(db, actor)
    activity = s.scalar(select(m.Activity).where(m.Activity.uuid == activity_uuid,
                                                  m.Activity.deleted_at.is_(None)))
    if activity is None:
        raise NotFoundError(_("The activity does not exist or was deleted."))
    result = AttendanceResult()
    person_of_row: dict[int, str] = {}
    listed = set(s.scalars(select(m.Participant.uuid).join(
        m.Participation, m.Participation.participant_id == m.Participant.id).where(
        m.Participation.activity_id == activity.id, m.Participation.deleted_at.is_(None))))
    for row in rows:
        decision = decisions.get(row.number, row.suggestion)
        if decision.action == SKIP:
            result.skipped += 1
            continue
        uuid = person_for(s, people, row, decision, person_of_row, result)
        person_of_row[row.number] = uuid
        if uuid in listed:
            result.already_listed += 1
            continue
        parts.create_in(s, {"activity": activity_uuid, "participant": uuid, **row.participation})
        listed.add(uuid)
        result.participations += 1
    return result


@dataclass
class SheetImport:
    sheet: str
    preview: AttendancePreview
    result: AttendanceResult


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that nothing is kept."""


def resolve_mapping(table: Table, mapping: dict[str, str | None], sheet: str) -> dict[int, str | None]:
    """``{"C": "sex", "Catégorie": None}`` (a column letter or its header → a key, or None
    to ignore the column) → column indexes; a :class:`ValidationError` names what is unknown."""
    result: dict[int, str | None] = {}
    problems = []
    for column, key in mapping.items():
        index = next((c.index for c in table.columns if c.letter == column.strip().upper()), None)
        if index is None:
            wanted = " ".join(column.split()).casefold()
            index = next((c.index for c in table.columns
                          if wanted in {t.casefold() for t in (c.header, *c.parts) if t}), None)
        if index is None:
            problems.append(Problem("", _("There is no column '{column}' in this sheet.").format(
                column=column), sheet=sheet))
        elif key is not None and key not in ATTENDANCE_KEYS:
            problems.append(Problem("", _("'{key}' is not a field a column can hold (use one of: {keys}).")
                                    .format(key=key, keys=", ".join(ATTENDANCE_KEYS)), sheet=sheet))
        else:
            result[index] = key
    if problems:
        raise ValidationError(problems)
    return result


def import_attendance(db: Database, path: Path | str, activity_uuid: str, *,
                      sheets: list[str] | None = None, mapping: dict[str, str | None] | None = None,
                      dry_run: bool = False, days: bool = False) -> list[SheetImport]:
    """The non-interactive import (``hrdesk import-attendance``): one or several sheets into
    an activity, in one transaction, each row decided by the identity policy (a person is
    reused only on strong evidence; likely duplicates become new people and are listed).
    Raises :class:`ValidationError` listing every problem of every sheet, and writes nothing,
    when any row has a problem.  ``dry_run`` does everything and keeps nothing.

    A row that may be someone already listed in this activity (a person of an earlier sheet of
    the file, or a participant of the activity) would count one person twice: it is a problem to
    decide, unless ``days`` says the sheets are the days of one activity — then such a row is
    that person (their participation is not repeated)."""
    jobs = []
    problems: list[Problem] = []
    for name in sheets or [None]:
        job = AttendanceImport(db, path, sheet=name, activity_uuid=activity_uuid)
        if mapping:
            job.set_mapping(resolve_mapping(job.table, mapping, job.sheet.name))
        preview = job.preview()
        problems += preview.all_problems
        if not preview.rows and not preview.problems:
            problems.append(Problem("", _("There is no row to import."), sheet=job.sheet.name))
        jobs.append((job, preview))
    if problems:
        raise ValidationError(problems)
    done: list[SheetImport] = []
    try:
        with db.session() as s:
            listed = set(s.scalars(select(m.Participant.uuid).join(
                m.Participation, m.Participation.participant_id == m.Participant.id).join(
                m.Activity, m.Activity.id == m.Participation.activity_id).where(
                m.Activity.uuid == activity_uuid, m.Participation.deleted_at.is_(None))))
            for job, preview in jobs:
                find_duplicates(s, preview.rows)  # with the people of the sheets before it
                decisions = {r.number: r.suggestion for r in preview.rows}
                doubts = []
                for row in preview.rows:
                    if decisions[row.number].action != NEW:
                        continue
                    # someone of an earlier sheet or already in the activity (rows of one sheet are
                    # separate lines of one list: a repeated name there stays a likely duplicate)
                    twin = next((c for c in row.candidates if c.uuid is not None and c.uuid in listed), None)
                    if twin is None:
                        continue
                    if days:
                        decisions[row.number] = Decision(EXISTING, uuid=twin.uuid, row=twin.row)
                    else:
                        doubts.append(Problem("full_name", _(
                            "This row may be {name}, already listed in this activity ({evidence}): "
                            "correct the sheet, or import with --days if the sheets are the days of "
                            "one activity.").format(name=twin.full_name, evidence=twin.verdict.describe()),
                            row=row.number, sheet=job.sheet.name))
                if doubts:
                    raise ValidationError(doubts)
                result = add_people(db, activity_uuid, preview.rows, decisions, session=s)
                listed.update(s.scalars(select(m.Participant.uuid).join(
                    m.Participation, m.Participation.participant_id == m.Participant.id).join(
                    m.Activity, m.Activity.id == m.Participation.activity_id).where(
                    m.Activity.uuid == activity_uuid, m.Participation.deleted_at.is_(None))))
                done.append(SheetImport(job.sheet.name, preview, result))
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return done


def parse_pasted(text: str) -> list[list[Any]]:
    """Cells of rows copied from a spreadsheet: tab-separated lines, a cell holding a tab,
    a line break or a quote comes quoted (as Excel and LibreOffice put them on the clipboard)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t", quotechar='"')
    rows = []
    for line in reader:
        cells = [" ".join(v.replace("\u00a0", " ").split()) or None for v in line]
        rows.append(cells)
    while rows and not any(rows[-1]):
        rows.pop()
    return rows


class PastedRows(AttendanceImport):
    """Rows pasted from a spreadsheet, read as the one sheet of an attendance file: the same
    header recognition, column mapping, checks, likely duplicates and all-or-nothing commit."""

    def __init__(self, db: Database, text: str, name: str, *, activity_uuid: str | None = None) -> None:
        self.db = db
        self.path = Path(name)
        self.sheet_names = [name]
        self.on = activity_date(db, activity_uuid) if activity_uuid else None
        self.activity_uuid = activity_uuid
        self._cells = parse_pasted(clean_text(text))
        self.load()

    def load(self, sheet: str | None = None, *, header_row: int | None = None) -> None:
        self.sheet = reading.Sheet(self.sheet_names[0], self._cells)
        self.table = Table.detect(self.sheet, ATTENDANCE_KEYS,
                                  header_row=None if header_row is None else header_row - 1)
