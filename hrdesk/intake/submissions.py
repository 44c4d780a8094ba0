"""Submissions of the registration form (:mod:`hrdesk.intake.xlsform`) collected on phones
with KoboToolbox / KoboCollect or ODK Collect, brought in from the server's data export:

- KoboToolbox: ``.xlsx`` (or ``.csv``) with group-prefixed headers (``person/full_name``) or
  labels as headers ("Full name", "Nom complet"), answers as names or labels, and the meta
  columns ``_uuid``, ``_submission_time``, ``_index`` (``meta/rootUuid`` when present);
- ODK Central: ``.csv`` with ``SubmissionDate``, ``person-full_name`` and ``KEY`` /
  ``meta-instanceID``.

The flow (plain data, no Qt)::

    job = SubmissionsImport(db, path, activity_uuid=None)   # activity from the hidden field
    preview = job.preview()       # every submission: new, edited or unchanged; problems; duplicates
    result = job.commit({7: Decision("skip")})

Each submission is remembered by its instance id (table ``imported_rows``): importing the
same export again changes nothing, a later export adds the new submissions and updates the
edited ones.  People are matched by the identity policy, as on attendance sheets: likely
duplicates are listed and become new people unless the user decides otherwise.  The
import is all-or-nothing: any problem in a submission that is not skipped stops it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.errors import NotFoundError, Problem, ValidationError
from hrdesk.domain.identity import compare
from hrdesk.domain.progress import Progress
from hrdesk.domain.records import PARTICIPATION
from hrdesk.i18n import LANGUAGES, N_, Translator, _, ngettext
from hrdesk.intake import reading
from hrdesk.intake.attendance import EVIDENCE_LABELS, activity_date
from hrdesk.intake.people import (
    NEW,
    PERSON_KEYS,
    SKIP,
    Decision,
    PersonRow,
    find_duplicates,
    person_for,
    read_person,
)
from hrdesk.intake.table import Column, Table
from hrdesk.intake.values import CellError, is_empty, parse_date
from hrdesk.intake.vocab import value_key
from hrdesk.intake.xlsform import ACTIVITY_FIELD, FORM_KEYS, QUESTION_LABELS, YES_NO
from hrdesk.services import offices
from hrdesk.services.participants import IDENTITY_FIELDS, ParticipantService, identity_values
from hrdesk.services.participations import ParticipationService
from hrdesk.storage import models as m
from hrdesk.storage.base import utcnow
from hrdesk.storage.database import Database

FILE_KEY_PREFIX = "odk:"
NEW_SUBMISSION, EDITED, UNCHANGED, REMOVED = "new", "edited", "unchanged", "removed"

# Meta columns of the exports → what they hold
META_HEADERS = {
    "_uuid": "uuid", "meta/instanceid": "instance", "meta/rootuuid": "root", "key": "root",
    "instanceid": "instance", "meta-instanceid": "instance", "meta.instanceid": "instance",
    "meta/deprecatedid": "deprecated", "meta-deprecatedid": "deprecated", "deprecatedid": "deprecated",
    "_submission_time": "submitted", "submissiondate": "submitted", "_index": "index",
}
INSTANCE_ORDER = ("root", "uuid", "instance")   # the stable id first: ODK Central's KEY, Kobo's rootUuid
VERSION_ORDER = ("instance", "uuid", "root")    # the id of this version of the submission


@dataclass
class Submission:
    row: PersonRow
    instance_id: str
    deprecated_id: str = ""
    version_id: str = ""
    submitted: dt.date | None = None
    status: str = NEW_SUBMISSION
    fingerprint: str = ""
    tracked_key: str = ""                  # the row key it was imported under
    participation_uuid: str | None = None  # of an earlier import of this submission
    person_uuid: str | None = None

    @property
    def number(self) -> int:
        return self.row.number


@dataclass
class SubmissionsPreview:
    sheet: str
    activity_uuid: str | None
    submissions: list[Submission]
    problems: list[Problem] = field(default_factory=list)   # about the whole file

    @property
    def rows(self) -> list[PersonRow]:
        return [s.row for s in self.submissions]

    @property
    def all_problems(self) -> list[Problem]:
        return self.problems + [p for s in self.submissions for p in s.row.problems]

    def count(self, status: str) -> int:
        return sum(1 for s in self.submissions if s.status == status)

    def summary(self) -> str:
        return ngettext("{n} submission in the file: {new} new, {edited} edited since the last import, "
                        "{same} already imported unchanged.",
                        "{n} submissions in the file: {new} new, {edited} edited since the last import, "
                        "{same} already imported unchanged.", len(self.submissions)).format(
            n=len(self.submissions), new=self.count(NEW_SUBMISSION), edited=self.count(EDITED),
            same=self.count(UNCHANGED))


@dataclass
class SubmissionsResult:
    added: int = 0        # new submissions imported
    updated: int = 0      # edited submissions whose changes were applied
    unchanged: int = 0
    skipped: int = 0
    created: int = 0      # new people in the registry
    matched: int = 0      # new submissions of someone already known
    already_listed: int = 0
    evidence: Counter[str] = field(default_factory=Counter)
    likely: list[tuple[int, str]] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)   # rows whose participation was removed since

    def summary(self) -> str:
        lines = [ngettext("{added} submission added, {updated} updated, {unchanged} unchanged, {skipped} skipped; "
                          "{created} new people in the registry, {matched} matched to people already known "
                          "({listed} already listed in the activity).",
                          "{added} submissions added, {updated} updated, {unchanged} unchanged, {skipped} skipped; "
                          "{created} new people in the registry, {matched} matched to people already known "
                          "({listed} already listed in the activity).", self.added).format(
            added=self.added, updated=self.updated, unchanged=self.unchanged, skipped=self.skipped,
            created=self.created, matched=self.matched, listed=self.already_listed)]
        if self.removed:
            lines.append(ngettext(
                "{n} submission was left out: its participation was removed (or merged) since the last "
                "import (row {rows}).",
                "{n} submissions were left out: their participations were removed (or merged) since the "
                "last import (rows {rows}).", len(self.removed)).format(
                n=len(self.removed), rows=", ".join(map(str, self.removed))))
        if self.evidence:
            parts = [f"{_(EVIDENCE_LABELS.get(k, k))} ({n})" for k, n in sorted(self.evidence.items())]
            lines.append(_("Matched by: {list}.").format(list=", ".join(parts)))
        if self.likely:
            lines.append(ngettext(
                "{n} submission was added as a new person although it may be someone already known; "
                "check it in Participants → Find duplicates:",
                "{n} submissions were added as new people although they may be someone already known; "
                "check them in Participants → Find duplicates:", len(self.likely)).format(n=len(self.likely)))
            lines += [_("row {row}: {note}").format(row=n, note=note) for n, note in self.likely]
        return "\n".join(lines)


# -- reading the headers -----------------------------------------------------------------------

def _label_table() -> dict[str, str]:
    """Question labels in every language (folded) → question name."""
    table: dict[str, str] = {}
    for lang in LANGUAGES:
        tr = Translator(lang)
        for name, label in QUESTION_LABELS.items():
            table.setdefault(value_key(tr(label)), name)
    return table


_LABELS = _label_table()
_SEPARATORS = re.compile(r"[/:.\-]")


def header_name(header: Any) -> tuple[str, str] | None:
    """``("meta", "uuid")`` for a meta column, ``("question", "sex")`` for a question of the
    form (by name, group-prefixed name or label in EN/FR/ES), None for anything else."""
    if not isinstance(header, str) or not header.strip():
        return None
    text = header.strip()
    meta = META_HEADERS.get(text.casefold())
    if meta:
        return "meta", meta
    for candidate in (text, _SEPARATORS.split(text)[-1]):
        if candidate in FORM_KEYS:
            return "question", candidate
    for candidate in (text, text.split("/")[-1]):
        name = _LABELS.get(value_key(candidate))
        if name:
            return "question", name
    return None


def _instance(text: Any) -> str:
    value = str(text).strip() if not is_empty(text) else ""
    return value[5:] if value.lower().startswith("uuid:") else value


def _yes(value: Any) -> bool | None:
    if is_empty(value):
        return None
    key = value_key(value)
    for lang in LANGUAGES:
        tr = Translator(lang)
        for code, label in YES_NO:
            if key in (code, value_key(tr(label))):
                return code == "yes"
    return None


def fingerprint(values: dict[str, Any]) -> str:
    data = {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in sorted(values.items())}
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


class SubmissionsImport:
    def __init__(self, db: Database, path: Path | str, *, activity_uuid: str | None = None) -> None:
        self.db = db
        self.path = Path(path)
        self.activity_uuid = activity_uuid
        self.sheet = reading.read_sheet(self.path)   # the first sheet: the main table (no repeats)

    # -- reading -------------------------------------------------------------------------------
    def _columns(self) -> tuple[dict[str, int], dict[str, int]]:
        header = self.sheet.rows[0] if self.sheet.rows else []
        meta: dict[str, int] = {}
        questions: dict[str, int] = {}
        for i, h in enumerate(header):
            found = header_name(h)
            if found and found[0] == "meta":
                meta.setdefault(found[1], i)
            elif found:
                questions.setdefault(found[1], i)
        return meta, questions

    def _activity(self, questions: dict[str, int], problems: list[Problem]) -> str | None:
        name = self.sheet.name
        column = questions.get(ACTIVITY_FIELD)
        found = set()
        if column is not None:
            found = {str(r[column]).strip() for r in self.sheet.rows[1:]
                     if column < len(r) and not is_empty(r[column])}
        if self.activity_uuid:
            return self.activity_uuid
        if len(found) == 1:
            return found.pop()
        if not found:
            problems.append(Problem("", _(
                "The file does not say which activity the submissions belong to (no {field} column): "
                "choose the activity.").format(field=ACTIVITY_FIELD), sheet=name))
        else:
            problems.append(Problem("", _(
                "The file holds the submissions of several activities ({list}): import it from "
                "each activity.").format(list=", ".join(sorted(found))), sheet=name))
        return None

    def preview(self, progress: Progress | None = None) -> SubmissionsPreview:
        problems: list[Problem] = []
        name = self.sheet.name
        meta, questions = self._columns()
        if not self.sheet.rows or not ({"uuid", "root", "instance"} & set(meta)):
            problems.append(Problem("", _(
                "This is not a KoboToolbox or ODK Central data export: the first row has no _uuid, "
                "KEY or instanceID column."), sheet=name))
        if not {"full_name", "first_name", "last_name"} & set(questions):
            problems.append(Problem("", _(
                "No column of names was found: export the data of the form HRDesk wrote for this "
                "activity (names or labels as headers)."), sheet=name))
        activity_uuid = self._activity(questions, problems)
        if problems:
            return SubmissionsPreview(name, activity_uuid, [], problems)
        try:
            on = activity_date(self.db, activity_uuid)
        except NotFoundError:
            problems.append(Problem("", _("The activity {id} of these submissions does not exist in this "
                                          "database (or was deleted).").format(id=activity_uuid), sheet=name))
            return SubmissionsPreview(name, activity_uuid, [], problems)
        self.activity_uuid = activity_uuid
        columns = [Column(i, str(h) if h is not None else "", None) for i, h in enumerate(self.sheet.rows[0])]
        for key, index in questions.items():
            if key in PERSON_KEYS:
                columns[index].key = key
        table = Table(self.sheet, PERSON_KEYS, 0, columns)
        submissions = []
        seen: dict[str, int] = {}
        for data in table.rows():
            raw = data.raw

            def cell(i: int | None, raw: list[Any] = raw) -> Any:
                return raw[i] if i is not None and i < len(raw) else None
            row = read_person(data, table, name, on=on)
            instance = next((_instance(cell(meta.get(k))) for k in INSTANCE_ORDER
                             if _instance(cell(meta.get(k)))), "")
            version = next((_instance(cell(meta.get(k))) for k in VERSION_ORDER
                            if _instance(cell(meta.get(k)))), "")
            sub = Submission(row, instance, _instance(cell(meta.get("deprecated"))), version)
            where = {"row": data.number, "sheet": name}
            if not instance:
                row.problems.append(Problem("", _("This submission has no instance id (_uuid, KEY or "
                                                  "instanceID)."), **where))
            elif instance in seen:
                row.problems.append(Problem("", _("This submission is also on row {row} (the same "
                                                  "instance id {id}).").format(row=seen[instance], id=instance),
                                            **where))
            seen.setdefault(instance, data.number)
            own = cell(questions.get(ACTIVITY_FIELD))
            if not is_empty(own) and str(own).strip() != activity_uuid:
                row.problems.append(Problem(ACTIVITY_FIELD, _(
                    "This submission was made with the form of another activity ({id}).").format(
                    id=str(own).strip()), **where))
            try:
                stamp = cell(meta.get("submitted"))
                if isinstance(stamp, str) and re.match(r"^\d{4}-\d\d-\d\d", stamp):
                    stamp = stamp[:10]
                sub.submitted = parse_date(stamp)
            except CellError as exc:
                row.problems.append(Problem("", str(exc), **where))
            consent = _yes(cell(questions.get("consent")))
            if consent is False:    # contact details are kept only with consent
                row.participant["email"] = row.participant["phone"] = None
            if consent:
                row.participant["consent_date"] = sub.submitted or on
                row.given = row.given | {"consent_date"}    # (the rows of a sheet share one set)
            sub.fingerprint = fingerprint({**{k: v for k, v in row.participant.items() if k in row.given},
                                           **row.participation})
            submissions.append(sub)
        if not submissions:
            problems.append(Problem("", _("There is no submission in this file."), sheet=name))
        with self.db.read_session() as s:
            self._plan(s, activity_uuid, submissions, progress)
            self._orphan_edits(s, activity_uuid, submissions)
        return SubmissionsPreview(name, activity_uuid, submissions, problems)

    def _plan(self, s: Session, activity_uuid: str, submissions: list[Submission],
              progress: Progress | None = None) -> None:
        file_key = FILE_KEY_PREFIX + activity_uuid
        R, Q, P = m.ImportedRow, m.Participation, m.Participant
        # what this activity's exports brought before, read at once (a large export's
        # submissions were looked up three queries each)
        known = {key: (uuid, fp) for key, uuid, fp in s.execute(
            select(R.row_key, R.record_uuid, R.fingerprint).where(R.file_key == file_key))}

        def tracked_of(key: str) -> tuple[str, tuple[str, str] | None]:
            found = known.get("submission:" + key)
            if found is None:     # a version id seen before: the submission it belongs to
                stable = (known.get("version:" + key) or (None, None))[1]
                found = known.get("submission:" + stable) if stable else None
                key = stable or key
            return key, found
        wanted: set[str] = set()   # the participations they became
        for sub in submissions:
            for key in (sub.instance_id, sub.version_id, sub.deprecated_id):
                if key and (found := tracked_of(key)[1]) is not None:
                    wanted.add(found[0])
        ordered = sorted(wanted)
        person_of: dict[str, str] = {}    # live participation → the uuid of its person
        for start in range(0, len(ordered), 500):
            for part, person in s.execute(select(Q.uuid, P.uuid).join(P, P.id == Q.participant_id).where(
                    Q.uuid.in_(ordered[start:start + 500]), Q.deleted_at.is_(None))):
                person_of[part] = person
        fresh = []
        for sub in submissions:
            for key in (sub.instance_id, sub.version_id, sub.deprecated_id):
                if not key:
                    continue
                key, tracked = tracked_of(key)
                if tracked is not None and tracked[0] not in person_of:    # removed (or merged away) since
                    sub.status = REMOVED
                    break
                if tracked is not None:
                    sub.tracked_key, sub.participation_uuid = key, tracked[0]
                    sub.person_uuid = person_of[tracked[0]]
                    sub.status = UNCHANGED if tracked[1] == sub.fingerprint else EDITED
                    break
            else:
                fresh.append(sub)
        find_duplicates(s, [sub.row for sub in fresh], progress)

    def _orphan_edits(self, s: Session, activity_uuid: str, submissions: list[Submission]) -> None:
        """An edit whose earlier versions were never seen here, while a submission imported
        before is missing from the export: it may be that submission edited (the export has no
        stable id to tell), so the row is refused rather than counted as a second person."""
        file_key = FILE_KEY_PREFIX + activity_uuid
        orphans = [sub for sub in submissions if sub.status == NEW_SUBMISSION and sub.deprecated_id]
        if not orphans:
            return
        in_file = {k for sub in submissions for k in (sub.instance_id, sub.version_id, sub.deprecated_id) if k}
        in_file |= {_version_of(s, file_key, k) or k for k in set(in_file)}
        missing = [r.row_key.removeprefix("submission:") for r in s.scalars(select(m.ImportedRow).where(
            m.ImportedRow.file_key == file_key, m.ImportedRow.row_key.startswith("submission:")))]
        missing = sorted(k for k in missing if k not in in_file)
        if not missing:
            return
        for sub in orphans:
            sub.row.problems.append(Problem("", ngettext(
                "This submission is an edited version (of {id}) that was never imported here, and "
                "{n} submission imported earlier is missing from this export ({list}): it may be "
                "that submission. Export with the meta/rootUuid column, or skip this row.",
                "This submission is an edited version (of {id}) that was never imported here, and "
                "{n} submissions imported earlier are missing from this export ({list}): it may be "
                "one of them. Export with the meta/rootUuid column, or skip this row.", len(missing)).format(
                id=sub.deprecated_id, n=len(missing), list=", ".join(missing)), row=sub.number, sheet=self.sheet.name))

    # -- writing -------------------------------------------------------------------------------
    def commit(self, decisions: dict[int, Decision] | None = None, *, dry_run: bool = False) -> SubmissionsResult:
        """Import in one transaction; :class:`ValidationError` lists every problem and nothing
        is written.  ``decisions`` (by row) override the suggested ones for new submissions."""
        preview = self.preview()
        decisions = decisions or {}
        chosen = {sub.number: decisions.get(sub.number, sub.row.suggestion) for sub in preview.submissions}
        problems = preview.problems + [p for sub in preview.submissions if chosen[sub.number].action != SKIP
                                       for p in sub.row.problems]
        if problems:
            raise ValidationError(problems)
        result = SubmissionsResult()
        try:
            with self.db.session() as s:
                self._write(s, preview, chosen, result)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        return result

    def _write(self, s: Session, preview: SubmissionsPreview, chosen: dict[int, Decision],
               result: SubmissionsResult) -> None:
        activity_uuid = preview.activity_uuid
        assert activity_uuid is not None
        file_key = FILE_KEY_PREFIX + activity_uuid
        actor = offices.actor(self.db)
        people, parts = ParticipantService(self.db, actor), ParticipationService(self.db, actor)
        source = self.path.name
        person_of_row: dict[int, str] = {}
        for sub in preview.submissions:
            row = sub.row
            decision = chosen[sub.number]
            if decision.action == SKIP:
                result.skipped += 1
                continue
            if sub.status == UNCHANGED:
                result.unchanged += 1
                continue
            if sub.status == REMOVED:
                result.removed.append(sub.number)
                continue
            if sub.status == EDITED:
                part_uuid, person_uuid = _apply_edit(s, people, parts, sub, file_key, activity_uuid,
                                                     person_of_row, result)
                _track(s, file_key, sub, part_uuid, source)
                person_of_row[sub.number] = person_uuid
                result.updated += 1
                continue
            created = result.created
            uuid = person_for(s, people, row, decision, person_of_row, result)
            person_of_row[sub.number] = uuid
            existing = _participation_of(s, activity_uuid, uuid)
            if existing is not None:
                result.already_listed += 1
                parts.update_in(s, existing.uuid, _scores(row))
                part_uuid = existing.uuid
            else:
                part_uuid = parts.create_in(s, {"activity": activity_uuid, "participant": uuid,
                                                **row.participation}).uuid
            _track(s, file_key, sub, part_uuid, source)
            if result.created > created:
                _track_created(s, file_key, sub, uuid, source)
            result.added += 1


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that nothing is kept."""


def _scores(row: PersonRow) -> dict[str, Any]:
    return {k: row.participation[k] for k in ("pre_score", "post_score") if row.participation.get(k) is not None}


NAME_SEX_YEAR = ("full_name", "sex", "birth_year", "age_group")


def _edit_values(row: PersonRow) -> dict[str, Any]:
    """The participant values an edited submission gives (with the age group of a changed
    year of birth)."""
    values = {k: row.participant[k] for k in row.given}
    if "birth_year" in values and row.participant.get("age_group") not in (None, "unknown"):
        values["age_group"] = row.participant["age_group"]
    return values


def _apply_edit(s: Session, people: ParticipantService, parts: ParticipationService, sub: Submission,
                file_key: str, activity_uuid: str, person_of_row: dict[int, str],
                result: SubmissionsResult) -> tuple[str, str]:
    """Apply an edited submission; returns its participation and person.

    The person is updated in place only when this submission created them and nothing else
    refers to them.  Otherwise the edited values go through the identity policy against that
    person: still the same person (strong evidence that agrees, or the same name with nothing
    in conflict) → only the fields that do not identify them are updated (never the name,
    sex or year of birth, except where the record has none); another person → the
    participation moves to the person the values match on strong evidence, else to a new one."""
    assert sub.person_uuid and sub.participation_uuid
    row = sub.row
    values = _edit_values(row)
    parts.update_in(s, sub.participation_uuid, _scores(row))
    person = s.scalar(select(m.Participant).where(m.Participant.uuid == sub.person_uuid))
    assert person is not None
    if _created_here(s, file_key, sub) and _participations(s, person.id) == 1:
        people.update_in(s, person.uuid, values)
        return sub.participation_uuid, person.uuid
    probe = {k: row.participant.get(k) for k in IDENTITY_FIELDS if k != "uuid"}
    verdict = compare(probe, identity_values(person))
    if verdict.same or (verdict.likely and "same_name" in verdict.reasons and not verdict.conflicts
                        and "other_name" not in verdict.reasons):
        keep = {k: v for k, v in values.items()
                if k not in NAME_SEX_YEAR or getattr(person, k) in (None, "", "unknown")}
        people.update_in(s, person.uuid, keep)
        return sub.participation_uuid, person.uuid
    find_duplicates(s, [row])
    candidates = [c for c in row.candidates if c.uuid != person.uuid or not c.same]
    row.candidates = candidates
    decision = row.suggestion if row.suggestion.uuid != person.uuid else Decision(NEW)
    created = result.created
    uuid = person_for(s, people, row, decision, person_of_row, result)
    if result.created > created:
        _track_created(s, file_key, sub, uuid, "")
    existing = _participation_of(s, activity_uuid, uuid)
    if existing is not None:
        parts.delete_in(s, sub.participation_uuid)
        parts.update_in(s, existing.uuid, _scores(row))
        return existing.uuid, uuid
    part = s.scalar(select(m.Participation).where(m.Participation.uuid == sub.participation_uuid))
    kept = {k: getattr(part, k) for k in PARTICIPATION.names if k not in ("activity", "participant")}
    parts.delete_in(s, sub.participation_uuid)
    moved = parts.create_in(s, {**kept, "activity": activity_uuid, "participant": uuid})
    return moved.uuid, uuid


def _participations(s: Session, person_id: int) -> int:
    return s.scalar(select(func.count()).select_from(m.Participation).where(
        m.Participation.participant_id == person_id, m.Participation.deleted_at.is_(None))) or 0


def _created_here(s: Session, file_key: str, sub: Submission) -> bool:
    key = sub.tracked_key or sub.instance_id
    row = s.scalar(select(m.ImportedRow).where(m.ImportedRow.file_key == file_key,
                                               m.ImportedRow.row_key == "person:" + key))
    return row is not None and row.record_uuid == sub.person_uuid


def _track_created(s: Session, file_key: str, sub: Submission, person_uuid: str, source: str) -> None:
    """Remember that this submission created its person (an edit may then rewrite them)."""
    for key in {sub.tracked_key, sub.instance_id} - {""}:
        old = s.scalar(select(m.ImportedRow).where(m.ImportedRow.file_key == file_key,
                                                   m.ImportedRow.row_key == "person:" + key))
        if old is not None:
            s.delete(old)
    s.flush()
    s.add(m.ImportedRow(file_key=file_key, row_key="person:" + sub.instance_id, record_type="participant",
                        record_uuid=person_uuid, fingerprint="", source_name=source[:255]))
    s.flush()


def _version_of(s: Session, file_key: str, version_id: str) -> str | None:
    """The stable id of the submission a version id seen before belongs to."""
    row = s.scalar(select(m.ImportedRow).where(m.ImportedRow.file_key == file_key,
                                               m.ImportedRow.row_key == "version:" + version_id))
    return row.fingerprint if row is not None else None


def _tracked(s: Session, file_key: str, instance_id: str) -> m.ImportedRow | None:
    return s.scalar(select(m.ImportedRow).where(m.ImportedRow.file_key == file_key,
                                                m.ImportedRow.row_key == "submission:" + instance_id))


def _participation_of(s: Session, activity_uuid: str, person_uuid: str) -> m.Participation | None:
    A, P, Q = m.Activity, m.Participant, m.Participation
    return s.scalar(select(Q).join(A, A.id == Q.activity_id).join(P, P.id == Q.participant_id).where(
        A.uuid == activity_uuid, P.uuid == person_uuid, Q.deleted_at.is_(None)))


def _track(s: Session, file_key: str, sub: Submission, part_uuid: str, source: str) -> None:
    """Remember the submission under its instance id (an edit replaces its deprecated id)."""
    old = _tracked(s, file_key, sub.tracked_key) if sub.tracked_key else None
    if old is not None and sub.tracked_key != sub.instance_id:
        s.delete(old)
        person = s.scalar(select(m.ImportedRow).where(m.ImportedRow.file_key == file_key,
                                                      m.ImportedRow.row_key == "person:" + sub.tracked_key))
        if person is not None:
            person.row_key = "person:" + sub.instance_id
        s.flush()
        old = None
    row = old or _tracked(s, file_key, sub.instance_id)
    if row is None:
        s.add(m.ImportedRow(file_key=file_key, row_key="submission:" + sub.instance_id,
                            record_type="participation", record_uuid=part_uuid,
                            fingerprint=sub.fingerprint, source_name=source[:255]))
    else:
        row.record_uuid, row.fingerprint = part_uuid, sub.fingerprint
        row.source_name, row.imported_at = source[:255], utcnow()
    for version in {sub.version_id, sub.deprecated_id, sub.tracked_key} - {"", sub.instance_id}:
        if _version_of(s, file_key, version) is None:   # every version id seen, for later edits
            s.add(m.ImportedRow(file_key=file_key, row_key="version:" + version, record_type="submission",
                                record_uuid=part_uuid, fingerprint=sub.instance_id[:64],
                                source_name=source[:255]))
    s.flush()


SUBMISSION_STATUS = {NEW_SUBMISSION: N_("New"), EDITED: N_("Edited"), UNCHANGED: N_("Already imported"),
                     REMOVED: N_("Removed since the last import")}
