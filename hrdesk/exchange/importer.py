"""Importing exchange workbooks: checks, parsing, references, then one transaction per file.

``import_file`` never raises for a bad file: it returns a :class:`FileResult` with status
``rejected`` and every problem found.  A file is either imported completely or not at all.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from hrdesk.domain.errors import HRDeskError, Problem
from hrdesk.domain.privacy import Privacy
from hrdesk.domain.progress import Cancelled, Progress, ensure
from hrdesk.exchange import format as F
from hrdesk.exchange.checks import FileRejected, check_zip, unwrap
from hrdesk.exchange.merge import Merger
from hrdesk.exchange.parse import ParsedFile, read_workbook
from hrdesk.exchange.pseudonym import KEY_SETTING, Pseudonymiser
from hrdesk.i18n import _, ngettext
from hrdesk.safety.backups import backup_before
from hrdesk.services import audit, settings
from hrdesk.spreadsheets.guard import MAX_FILE_BYTES, read_limited
from hrdesk.storage import models as m
from hrdesk.storage.database import Database

IMPORTED, ALREADY, REJECTED = "imported", "already_imported", "rejected"


@dataclass
class FileResult:
    """What happened to one file."""

    path: Path
    status: str = REJECTED
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    possible_duplicates: int = 0
    joined: int = 0   # people and participations received pseudonymised, now known by their uuid
    named: int = 0    # people received pseudonymised, named by this full file
    lookalikes: list[tuple[str, int, int, bool]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    export_id: str | None = None
    office_code: str | None = None
    privacy: str | None = None
    accepted_modified: bool = False

    @property
    def ok(self) -> bool:
        return self.status != REJECTED

    @property
    def message(self) -> str:
        if self.status == ALREADY:
            return _("already imported, nothing changed")
        if self.status == REJECTED:
            first = str(self.problems[0]) if self.problems else ""
            more = len(self.problems) - 1
            text = _("rejected: {problem}").format(problem=first)
            if more > 0:
                text += " " + _("(and {n} more problems)").format(n=more)
            return text
        text = _("{inserted} inserted, {updated} updated, {unchanged} unchanged, {conflicts} conflicts").format(
            inserted=self.inserted, updated=self.updated, unchanged=self.unchanged, conflicts=self.conflicts)
        if self.possible_duplicates:
            text += "; " + _("{n} possible duplicate people from other offices to review").format(
                n=self.possible_duplicates)
        if self.named:
            text += "; " + ngettext(
                "{n} person received earlier by pseudonym now has a name",
                "{n} people received earlier by pseudonym now have names", self.named).format(n=self.named)
        for code, added, here, named in self.lookalikes:
            if named:
                text += "; " + ngettext(
                    "{n} person of {office} was added by name while {m} of that office are here only by "
                    "pseudonym (from older files): they may be the same people",
                    "{n} people of {office} were added by name while {m} of that office are here only by "
                    "pseudonym (from older files): they may be the same people", added).format(
                        n=added, office=code, m=here)
            else:
                text += "; " + ngettext(
                    "{n} person of {office} was added by pseudonym while {m} of that office are here by "
                    "name without a pseudonym (from older files): they may be the same people; ask {office} "
                    "for a full file",
                    "{n} people of {office} were added by pseudonym while {m} of that office are here by "
                    "name without a pseudonym (from older files): they may be the same people; ask {office} "
                    "for a full file", added).format(n=added, office=code, m=here)
        if self.accepted_modified:
            text += "; " + _("the file had been modified and was accepted")
        return text

    def summary(self) -> str:
        return f"{self.path.name}: {self.message}"


def import_files(db: Database, paths: Iterable[Path | str], *, password: str | None = None,
                 accept_modified: bool = False, progress: Progress | None = None,
                 on_file: Callable[[FileResult], None] | None = None,
                 backup_reason: str | None = "import") -> list[FileResult]:
    """Import many files (folders are expanded to their .xlsx files), each in its own transaction.

    A verified backup of the database is made first (``backup_reason``, e.g. ``"import"`` or
    ``"consolidation"``; ``None`` skips it); when it cannot be made nothing is imported.
    ``progress.update(i, n, name)`` after each file and ``on_file(result)``; a cancel rolls
    back the file being imported and raises :class:`Cancelled` with the finished files'
    results in ``partial``."""
    progress = ensure(progress)
    files = expand(paths)
    progress.update(0, len(files))
    if files and backup_reason:
        backup_before(db, backup_reason)
    results: list[FileResult] = []
    for i, path in enumerate(files, start=1):
        try:
            result = import_file(db, path, password=password, accept_modified=accept_modified, progress=progress)
        except Cancelled as exc:
            exc.partial = results
            raise
        results.append(result)
        if on_file is not None:
            on_file(result)
        try:
            progress.update(i, len(files), result.path.name)
        except Cancelled as exc:
            if i < len(files):
                exc.partial = results
                raise
    return results


def expand(paths: Iterable[Path | str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.iterdir() if f.suffix.lower() == ".xlsx" and not f.name.startswith((".", "~$")))
        else:
            files.append(p)
    return files


def import_file(db: Database, path: Path | str, *, password: str | None = None,
                accept_modified: bool = False, progress: Progress | None = None) -> FileResult:
    """Import one file in one transaction; a bad file gives a rejected result (never an
    exception).  A cancel through ``progress`` rolls the transaction back (:class:`Cancelled`)."""
    # Millions of short-lived dicts and no reference cycles: the cyclic collector would only
    # rescan them again and again (a third of the time of a large import).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _import_file(db, Path(path), password, accept_modified, ensure(progress))
    finally:
        if enabled:
            gc.enable()


def _import_file(db: Database, path: Path, password: str | None, accept_modified: bool,
                 progress: Progress) -> FileResult:
    result = FileResult(path)
    try:
        data = read_limited(path, MAX_FILE_BYTES)
    except FileRejected as exc:
        result.problems.append(Problem("", str(exc)))
        return result
    file_hash = hashlib.sha256(data).hexdigest()
    with db.read_session() as s:
        if s.scalar(select(m.ExchangeLog.id).where(m.ExchangeLog.direction == "import",
                                                   m.ExchangeLog.file_hash == file_hash).limit(1)):
            result.status = ALREADY
            return result
    try:
        workbook, _encrypted = unwrap(data, password)
        check_zip(workbook)
        parsed = read_workbook(workbook)
    except FileRejected as exc:
        result.problems.append(Problem("", str(exc)))
        return result
    result.export_id, result.office_code = parsed.meta.get("export_id"), parsed.meta.get("office_code")
    result.privacy = parsed.privacy
    with db.read_session() as s:
        own_records_back(s, parsed)
        check_references(s, parsed)
    if not parsed.checksum_ok:
        if accept_modified:
            result.accepted_modified = True
        else:
            parsed.problems.insert(0, Problem("", _(
                "The file was modified or damaged after it was exported (its checksum does not match). "
                "Ask for the file again, or import it anyway with --accept-modified.")))
    if parsed.problems:
        result.problems = parsed.problems
        return result
    try:
        with db.session() as s:
            merger = Merger(s, parsed, path.name)
            counts = merger.run()
            result.lookalikes = merger.lookalikes
            _log_import(s, parsed, path.name, file_hash, result.accepted_modified, counts)
            result.possible_duplicates = possible_duplicates(s, path.name) if Privacy.of(parsed.privacy).shows_names else 0
            progress.check()  # a cancel up to here rolls the whole file back
    except Cancelled:
        raise
    except IntegrityError as exc:
        result.problems = [Problem("", _(
            "The file contradicts the database (for example a person listed twice in the same "
            "activity by different records); nothing was imported. Details: {error}").format(
                error=str(exc.orig)[:200]))]
        return result
    except HRDeskError as exc:
        result.problems = [Problem("", str(exc))]
        return result
    result.status = IMPORTED
    result.inserted, result.updated = counts["inserted"], counts["updated"]
    result.unchanged, result.conflicts = counts["unchanged"], counts["conflicts"]
    result.joined, result.named = counts["joined"], counts["named"]
    return result


def own_records_back(s: Session, parsed: ParsedFile) -> None:
    """Pseudonymous ids (``p-…``) in a file that this database knows under a real uuid are
    mapped back to it instead of duplicating the record: this office's own people (their
    pseudonyms were made with this office's key: a file of ours imported again, or a region's
    file passing them on) and people whose office's full file gave their pseudonym."""
    people = parsed.records.get(F.PARTICIPANTS.name) or []
    parts = parsed.records.get(F.PARTICIPATIONS.name) or []
    prefix = F.PSEUDONYM_PREFIX
    wanted = {u for r in (*people, *parts) if (u := r.get("uuid")) and u.startswith(prefix)}
    wanted.update(u for r in parts if (u := r.get("participant")) and u.startswith(prefix))
    if not wanted:
        return
    back: dict[str, str] = {}
    listed = sorted(wanted)
    for model in (m.Participant, m.Participation):
        for i in range(0, len(listed), 900):
            back.update(s.execute(select(model.pseudonym, model.uuid)
                                  .where(model.pseudonym.in_(listed[i:i + 900]))).all())
    own = settings.get_in(s, settings.OWN_OFFICE)
    key = settings.get_in(s, KEY_SETTING)
    if own and key and any(r.get("origin_office") == own for r in (*people, *parts)):
        pseudonym = Pseudonymiser(bytes.fromhex(key))
        office_id = s.scalar(select(m.Office.id).where(m.Office.code == own))
        for model in (m.Participant, m.Participation):
            for uuid in s.scalars(select(model.uuid).where(model.origin_office_id == office_id)):
                back[pseudonym(uuid)] = uuid
    for rec in (*people, *parts):
        if rec.get("uuid") in back:
            rec["uuid"] = back[rec["uuid"]]
    for rec in parts:
        if rec.get("participant") in back:
            rec["participant"] = back[rec["participant"]]


def check_references(s: Session, parsed: ParsedFile) -> None:
    """Participations name an activity and a person; activities name recommendations:
    each must be in the file or already in the database."""
    recs = parsed.records
    wanted = [
        (F.PARTICIPATIONS, "activity", F.ACTIVITIES, m.Activity, _("Unknown activity {uuid}.")),
        (F.PARTICIPATIONS, "participant", F.PARTICIPANTS, m.Participant, _("Unknown participant {uuid}.")),
        (F.ACTIVITIES, "recommendations", F.RECOMMENDATIONS, m.Recommendation,
         _("Unknown recommendation {uuid}.")),
    ]
    for sheet, column, target, model, message in wanted:
        rows = recs.get(sheet.name) or []
        if not rows:
            continue
        in_file = {r["uuid"] for r in recs.get(target.name) or []}
        needed: set[str] = set()
        for r in rows:
            v = r.get(column)
            needed.update(v if isinstance(v, list) else [v] if v else [])
        missing = list(needed - in_file)
        known: set[str] = set()
        for i in range(0, len(missing), 900):
            known.update(s.scalars(select(model.uuid).where(model.uuid.in_(missing[i:i + 900]))))
        unknown = set(missing) - known
        if not unknown:
            continue
        for r in rows:
            v = r.get(column)
            for u in (v if isinstance(v, list) else [v] if v else []):
                if u in unknown:
                    parsed.problem(sheet.name, r["_row"], column, message.format(uuid=u))
    pairs: dict[tuple[str, str], int] = {}
    for r in recs.get(F.PARTICIPATIONS.name) or []:
        if r.get("deleted"):
            continue
        key = (r.get("activity"), r.get("participant"))
        if key in pairs:
            parsed.problem(F.PARTICIPATIONS.name, r["_row"], "participant", _(
                "This person is already listed in this activity in row {row}.").format(row=pairs[key]))
        else:
            pairs[key] = r["_row"]


def _log_import(s: Session, parsed: ParsedFile, name: str, file_hash: str, accepted: bool,
                counts: Any) -> None:
    meta = parsed.meta
    s.add(m.ExchangeLog(direction="import", export_id=str(meta["export_id"])[:36], file_name=name[:255],
                        file_hash=file_hash, office_code=str(meta["office_code"])[:12],
                        recipient=(str(meta["recipient"])[:100] if meta.get("recipient") else None),
                        scope=str(meta.get("scope") or "full")[:60], privacy=parsed.privacy,
                        accepted_modified=accepted, counts=json.dumps(dict(counts))))
    code = settings.get_in(s, settings.OWN_OFFICE)
    office_id = s.scalar(select(m.Office.id).where(m.Office.code == code)) if code else None
    actor = audit.Actor(settings.get_in(s, settings.USER_NAME) or "", office_id or 0)
    detail = f"{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(dict(counts).items()))
    if accepted:
        detail += "; modified file accepted"
    audit.record(s, actor, "import", "exchange", str(meta["export_id"])[:36], detail=detail)


def possible_duplicates(s: Session, source_file: str) -> int:
    """People of this file who share a normalised name with a live person of another office."""
    # Duplicates need live named people of at least two offices: when every live named
    # person belongs to one office (a first import, a single-office region) the answer is 0
    # without the self-join, which costs seconds on 100,000 people.
    P = m.Participant
    low, high = s.execute(select(func.min(P.origin_office_id), func.max(P.origin_office_id))
                          .where(P.name_key != "", P.deleted_at.is_(None))).one()
    if low is None or low == high:
        return 0
    P1, P2 = aliased(m.Participant), aliased(m.Participant)
    return s.scalar(select(func.count(func.distinct(P1.id))).select_from(P1).join(P2, and_(
        P2.name_key == P1.name_key, P2.origin_office_id != P1.origin_office_id, P2.deleted_at.is_(None)))
        .where(P1.source_file == source_file, P1.name_key != "", P1.deleted_at.is_(None))) or 0
