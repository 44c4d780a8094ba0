"""Importing exchange workbooks: checks, parsing, references, then one transaction per file.

``import_file`` never raises for a bad file: it returns a :class:`FileResult` with status
``rejected`` and every problem found.  A file is either imported completely or not at all.

Memory stays bounded whatever the file's size: a first pass reads every sheet in batches
(every cell and row checked, the checksum recomputed) keeping the keys the reference checks
need (:class:`FileKeys`) and each batch of records compressed in memory (up to
:data:`KEPT_BYTES`: a large file's are a fraction of its size); only a file without problems
goes on to the merge, which takes those batches (or, past that size, reads the sheets again)
inside the one transaction (a failure anywhere rolls everything back).
"""

from __future__ import annotations

import gc
import hashlib
import json
import pickle
import zlib
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import itemgetter
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
from hrdesk.exchange.parse import ParsedFile, open_workbook, scan_workbook, sheet_batches
from hrdesk.exchange.pseudonym import KEY_SETTING, Pseudonymiser
from hrdesk.exchange.rows import MODELS as R_MODELS
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


@dataclass
class _Opened:
    """A file read and opened, before any look at the database."""
    file_hash: str
    wb: Any
    meta: dict[str, Any]
    privacy: str
    offices: tuple[str, ...]   # the codes of its Offices sheet


ESCALATE = "escalate"   # the file's merge may depend on other offices' records: a whole turn is needed


def _opened(path: Path, password: str | None, result: FileResult) -> _Opened | None:
    """Read, decrypt and open the file (no database yet); None when it is refused."""
    try:
        data = read_limited(path, MAX_FILE_BYTES)
    except FileRejected as exc:
        result.problems.append(Problem("", str(exc)))
        return None
    file_hash = hashlib.sha256(data).hexdigest()
    try:
        workbook, _encrypted = unwrap(data, password)
        check_zip(workbook)
        wb, meta, privacy = open_workbook(workbook)
    except FileRejected as exc:
        result.problems.append(Problem("", str(exc)))
        return None
    del data, workbook  # ``wb`` holds the workbook's bytes (its sheets are read from them in windows)
    result.export_id, result.office_code = meta.get("export_id"), meta.get("office_code")
    result.privacy = privacy
    return _Opened(file_hash, wb, meta, privacy, _office_codes(wb, privacy))


def _office_codes(wb: Any, privacy: str) -> tuple[str, ...]:
    """The codes of the file's Offices sheet (a small sheet read ahead); () when it has none
    or it cannot be read — the first pass then says why, under a whole turn."""
    if F.OFFICES.name not in wb.sheet_names:
        return ()
    try:
        return tuple(sorted({str(r["code"]) for batch in sheet_batches(wb, F.OFFICES, privacy)
                             for r in batch if r.get("code")}))
    except Exception:  # any reading problem: reported by the first pass (checked reading)
        return ()


def _checked_and_merged(db: Database, path: Path, opened: _Opened, accept_modified: bool,
                        progress: Progress, result: FileResult, offices: set[str] | None):
    """Both passes over the file; the merge's counts, or None when the file is not imported
    (``result`` then says why: already imported, or its problems).  ``offices``: the offices
    this turn holds (None: a whole turn); ``ESCALATE`` when the file needs more than those
    (records of other offices, or found here by reference or pseudonym) — nothing written."""
    file_hash, wb, meta, privacy = opened.file_hash, opened.wb, opened.meta, opened.privacy
    with db.read_session() as s:
        if s.scalar(select(m.ExchangeLog.id).where(m.ExchangeLog.direction == "import",
                                                   m.ExchangeLog.file_hash == file_hash).limit(1)):
            result.status = ALREADY
            return None
    try:
        with db.read_session() as s:
            keys = FileKeys(s, wb, privacy)
            parsed = scan_workbook(wb, meta, privacy, keys.visit)   # pass 1: nothing kept but keys
            keys.finish(s, parsed)
    except FileRejected as exc:  # a sheet calamine cannot read
        result.problems.append(Problem("", str(exc)))
        return None
    if offices is not None and (keys.depends_on_database or str(meta.get("office_code")) not in offices
                                or not {str(c) for c in keys.origin_codes} <= offices):
        return ESCALATE
    if not parsed.checksum_ok:
        if accept_modified:
            result.accepted_modified = True
        else:
            parsed.problems.insert(0, Problem("", _(
                "The file was modified or damaged after it was exported (its checksum does not match). "
                "Ask for the file again, or import it anyway with --accept-modified.")))
    if parsed.problems:
        result.problems = parsed.problems
        return None
    keys.streamed(parsed)  # pass 2: the kept records (else each sheet read again) in batches
    if keys.kept is not None:  # the workbook is not read again: its bytes go before the merge
        keys._wb = opened.wb = wb = None
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
        return None
    except HRDeskError as exc:
        result.problems = [Problem("", str(exc))]
        return None
    return counts


def _import_file(db: Database, path: Path, password: str | None, accept_modified: bool,
                 progress: Progress) -> FileResult:
    result = FileResult(path)
    opened = _opened(path, password, result)
    if opened is None:
        return result
    # On a server database, imports by several users take turns from the first check of the
    # database to the commit, so that the result is a sequential run's whatever the timing.
    # A file whose records belong to its own offices only (its Offices sheet), and that names
    # no record it does not hold, takes the turn of those offices: imports of other offices'
    # files run beside it.  Otherwise (found out after the first pass, before any write) it
    # waits for a whole turn and starts again.
    counts = ESCALATE
    for parts in ((opened.offices, ()) if db.is_server and opened.offices else ((),)):
        with db.writer_turn("exchange-import", parts):
            counts = _checked_and_merged(db, path, opened, accept_modified, progress, result,
                                         set(parts) if parts else None)
        if counts is not ESCALATE:
            break
    if counts is None:
        return result
    result.status = IMPORTED
    result.inserted, result.updated = counts["inserted"], counts["updated"]
    result.unchanged, result.conflicts = counts["unchanged"], counts["conflicts"]
    result.joined, result.named = counts["joined"], counts["named"]
    return result


# the reference checks: (sheet, column, sheet of the target, its model, message)
def _reference_checks() -> list[tuple[F.Sheet, str, F.Sheet, type, str]]:
    return [
        (F.PARTICIPATIONS, "activity", F.ACTIVITIES, m.Activity, _("Unknown activity {uuid}.")),
        (F.PARTICIPATIONS, "participant", F.PARTICIPANTS, m.Participant, _("Unknown participant {uuid}.")),
        (F.ACTIVITIES, "recommendations", F.RECOMMENDATIONS, m.Recommendation,
         _("Unknown recommendation {uuid}.")),
        (F.HISTORY, "recommendation", F.RECOMMENDATIONS, m.Recommendation, _("Unknown recommendation {uuid}.")),
    ]


def _values(v: Any) -> list:
    return v if isinstance(v, list) else [v] if v else []


KEPT_BYTES = 40 * 2**20  # compressed first-pass records kept for the merge (the large demo export: 26 MiB)


class FileKeys:
    """What the checks and the merge need of a whole file, gathered batch by batch in the
    first pass (the records themselves are not kept): uuids in the file, references,
    pseudonymous ids, origin offices, the people already listed in each activity, and the
    pseudonyms that name records already here (the merge's joins).  The same rules as
    :func:`own_records_back` and :func:`check_references` on a file held in memory."""

    def __init__(self, s: Session, wb: Any, privacy: str) -> None:
        self.s, self._wb, self.privacy = s, wb, privacy
        self.full = Privacy.of(privacy).shows_names
        self.own = settings.get_in(s, settings.OWN_OFFICE)
        self.strings: dict[str, str] = {}  # one copy of each uuid however often it is named
        self.uuids: dict[str, set] = {}    # sheet → uuids (as read)
        self.needed: dict[tuple[str, str], set] = {}
        self.counts: dict[str, int] = {}
        self.wanted: set[str] = set()      # pseudonymous ids (own_records_back)
        self.own_listed = False
        # live participations, compactly (a large file has 250,000): the numbers of their
        # activity and participant (``numbers``: uuid → number) and their rows
        self.numbers: dict[Any, int] = {}
        self.pair_activities, self.pair_people, self.pair_rows = array("L"), array("L"), array("L")
        self.origin_codes: set[Any] = set()
        self.offices: list[dict[str, Any]] = []
        # pseudonym → the uuids given with it, for pseudonyms that are uuids here (sheet → …)
        self.joins: dict[str, dict[str, list[str]]] = {}
        self.depends_on_database = False   # set by finish()
        self.pseudonymous: dict[str, bool] = {}  # sheet → whether any of its records is here by pseudonym
        # the first pass's batches, compressed, for the merge (instead of reading the cells
        # again); given up, and the sheets read again, past KEPT_BYTES
        self.kept: dict[str, list[bytes]] | None = {}
        self.kept_bytes = 0

    def _one(self, v: Any) -> Any:
        return self.strings.setdefault(v, v) if type(v) is str else v

    def visit(self, sheet: F.Sheet, batch: list[dict[str, Any]]) -> None:
        name = sheet.name
        if self.kept is not None and sheet is not F.OFFICES:
            packed = _pack(batch)
            self.kept_bytes += len(packed)
            if self.kept_bytes > KEPT_BYTES:
                self.kept = None
            else:
                self.kept.setdefault(name, []).append(packed)
        self.counts[name] = self.counts.get(name, 0) + len(batch)
        one = self._one
        self.origin_codes.update(r["origin_office"] for r in batch)
        if sheet is F.OFFICES:
            self.offices.extend(batch)
        if name in (F.ACTIVITIES.name, F.PARTICIPANTS.name, F.RECOMMENDATIONS.name):
            self.uuids.setdefault(name, set()).update(one(r["uuid"]) for r in batch)
        for checked, column, _target, _model, _message in _reference_checks():
            if checked is sheet:
                needed = self.needed.setdefault((name, column), set())
                if sheet is F.ACTIVITIES:  # a list of recommendations
                    for r in batch:
                        needed.update(one(u) for u in _values(r.get(column)))
                else:  # one record named
                    needed.update([one(u) for r in batch if (u := r.get(column))])
        if sheet in (F.PARTICIPANTS, F.PARTICIPATIONS):
            prefix = F.PSEUDONYM_PREFIX
            self.wanted.update(u for r in batch if (u := r.get("uuid")) and u.startswith(prefix))
            if sheet is F.PARTICIPATIONS:
                self.wanted.update(u for r in batch if (u := r.get("participant")) and u.startswith(prefix))
                numbers = self.numbers
                live = [r for r in batch if not r.get("deleted")]
                self.pair_activities.extend(numbers.setdefault(one(r.get("activity")), len(numbers)) for r in live)
                self.pair_people.extend(numbers.setdefault(one(r.get("participant")), len(numbers)) for r in live)
                self.pair_rows.extend(r["_row"] for r in live)
            if self.own and not self.own_listed:
                self.own_listed = any(r.get("origin_office") == self.own for r in batch)
            if self.full:
                self._join_candidates(sheet, batch)

    def _join_candidates(self, sheet: F.Sheet, batch: list[dict[str, Any]]) -> None:
        """Pseudonyms of this batch that are the uuid of a record here (received earlier
        pseudonymised): the merge joins them with the real uuid (``Merger._join_pairs``)."""
        given = [(r["pseudonym"], r["uuid"]) for r in batch if r.get("pseudonym")]
        if not given:
            return
        model = R_MODELS[sheet.name]
        if sheet.name not in self.pseudonymous:  # any record here known only by a pseudonym?
            self.pseudonymous[sheet.name] = self.s.scalar(
                select(model.id).where(model.uuid.like(F.PSEUDONYM_PREFIX + "%")).limit(1)) is not None
        if not self.pseudonymous[sheet.name]:
            return
        listed = sorted({p for p, _u in given})
        here: set[str] = set()
        for i in range(0, len(listed), 900):
            here.update(self.s.scalars(select(model.uuid).where(model.uuid.in_(listed[i:i + 900]))))
        joins = self.joins.setdefault(sheet.name, {})
        for p, u in given:
            if p in here:
                joins.setdefault(p, []).append(u)

    def finish(self, s: Session, parsed: ParsedFile) -> None:
        """After the first pass: the pseudonymous ids mapped back (``own_records_back``) and
        the reference checks (``check_references``), problems in the same order and words."""
        self.back = _pseudonyms_back(s, self.wanted, self.own_listed)
        back = self.back
        if back:
            people = F.PARTICIPANTS.name
            self.uuids[people] = {back.get(u, u) for u in self.uuids.get(people, ())}
            key = (F.PARTICIPATIONS.name, "participant")
            if key in self.needed:
                self.needed[key] = {back.get(u, u) for u in self.needed[key]}
        # does the merge depend on records the file does not hold (found here by reference, by
        # pseudonym)?  Then imports of other offices' files may not run beside it (``_import_file``)
        self.depends_on_database = bool(back) or any(self.joins.values())
        for sheet, column, target, model, message in _reference_checks():
            if not self.counts.get(sheet.name):
                continue
            if self.needed.get((sheet.name, column), set()) - self.uuids.get(target.name, set()):
                self.depends_on_database = True
            unknown = _unknown(s, model, self.needed.get((sheet.name, column), set()),
                               self.uuids.get(target.name, set()))
            if unknown:
                self._report_unknown(parsed, sheet, column, unknown, message)
        self._listed_twice(parsed, back)
        # only the mapping back and the joins are needed from here on
        self.strings, self.uuids, self.needed, self.wanted, self.numbers = {}, {}, {}, set(), {}
        self.pair_activities, self.pair_people, self.pair_rows = array("L"), array("L"), array("L")

    def _listed_twice(self, parsed: ParsedFile, back: dict[str, str]) -> None:
        """A person listed twice in one activity (live participations, ids mapped back): each
        later row is a problem naming the first."""
        numbers = self.numbers
        if back:  # a pseudonymous id and the uuid it maps back to are one person
            same = {n: numbers.setdefault(back[u], len(numbers)) for u, n in list(numbers.items()) if u in back}
            people = array("L", (same.get(n, n) for n in self.pair_people))
        else:
            people = self.pair_people
        activities, rows = self.pair_activities, self.pair_rows
        keys = [a << 32 | p for a, p in zip(activities, people, strict=True)]
        order = sorted(range(len(keys)), key=keys.__getitem__)  # stable: file order within a key
        twice: list[tuple[int, int]] = []
        first = 0  # where the run of equal keys began
        for i in range(1, len(order)):
            if keys[order[i]] == keys[order[first]]:
                twice.append((rows[order[i]], rows[order[first]]))
            else:
                first = i
        for row, first in sorted(twice):
            parsed.problem(F.PARTICIPATIONS.name, row, "participant", _(
                "This person is already listed in this activity in row {row}.").format(row=first))

    def _report_unknown(self, parsed: ParsedFile, sheet: F.Sheet, column: str, unknown: set[str],
                        message: str) -> None:
        """The rows naming an unknown record, from the kept batches or read again (only a file
        with such rows)."""
        back = self.back if sheet is F.PARTICIPATIONS and column == "participant" else {}
        for batch in self._batches(sheet, known_problems=bool(parsed.problems)):
            for r in batch:
                for u in _values(r.get(column)):
                    if back.get(u, u) in unknown:
                        parsed.problem(sheet.name, r["_row"], column, message.format(uuid=back.get(u, u)))

    def _batches(self, sheet: F.Sheet, *, known_problems: bool = False) -> Iterable[list[dict[str, Any]]]:
        """The sheet's records in batches: the kept ones, else the sheet read again."""
        if self.kept is None:
            return sheet_batches(self._wb, sheet, self.privacy, known_problems=known_problems)
        return (_unpack(packed) for packed in self.kept.get(sheet.name, ()))

    def streamed(self, parsed: ParsedFile) -> None:
        """Make ``parsed`` the second pass: each sheet's kept batches (else the sheet read
        again) in batches, ids mapped back."""
        back = self.back

        def batches(sheet: F.Sheet):
            for batch in self._batches(sheet):
                if back and sheet in (F.PARTICIPANTS, F.PARTICIPATIONS):
                    _map_back(batch, back, sheet is F.PARTICIPATIONS)
                yield batch

        parsed.stream = batches
        parsed.streamed_sheets = tuple(n for n in self.counts if n != F.OFFICES.name)
        parsed.counts = dict(self.counts)
        if F.OFFICES.name in self.counts:
            parsed.records[F.OFFICES.name] = self.offices
        parsed.origin_codes = self.origin_codes
        parsed.join_pairs = {}
        for name, joins in self.joins.items():
            pairs: dict[str, str] = {}
            for p, uuids in joins.items():
                for u in uuids:   # as the merge builds them: file order, the last one counts
                    u = back.get(u, u)
                    if p != u:
                        pairs[p] = u
            parsed.join_pairs[name] = pairs


def _pack(batch: list[dict[str, Any]]) -> bytes:
    """A batch of records, compressed (our own records, kept in memory between the passes):
    column by column when every record has the same fields in the same order (the usual case:
    a third smaller), else record by record."""
    keys = tuple(batch[0]) if batch else ()
    if all(map(keys.__eq__, map(tuple, batch))):
        data: Any = (keys, [tuple(map(itemgetter(k), batch)) for k in keys])
    else:
        data = (None, batch)
    return zlib.compress(pickle.dumps(data, pickle.HIGHEST_PROTOCOL), 1)


def _unpack(packed: bytes) -> list[dict[str, Any]]:
    keys, data = pickle.loads(zlib.decompress(packed))  # bytes made by _pack in this process
    if keys is None:
        return data
    return [dict(zip(keys, values, strict=True)) for values in zip(*data, strict=True)]


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
    own = settings.get_in(s, settings.OWN_OFFICE)
    back = _pseudonyms_back(s, wanted, bool(own) and any(r.get("origin_office") == own for r in (*people, *parts)))
    _map_back(people, back, False)
    _map_back(parts, back, True)


def _pseudonyms_back(s: Session, wanted: set[str], own_listed: bool) -> dict[str, str]:
    """Pseudonym → real uuid for the pseudonymous ids ``wanted`` (see :func:`own_records_back`)."""
    if not wanted:
        return {}
    back: dict[str, str] = {}
    listed = sorted(wanted)
    for model in (m.Participant, m.Participation):
        for i in range(0, len(listed), 900):
            back.update(s.execute(select(model.pseudonym, model.uuid)
                                  .where(model.pseudonym.in_(listed[i:i + 900]))).all())
    own = settings.get_in(s, settings.OWN_OFFICE)
    key = settings.get_in(s, KEY_SETTING)
    if own and key and own_listed:
        pseudonym = Pseudonymiser(bytes.fromhex(key))
        office_id = s.scalar(select(m.Office.id).where(m.Office.code == own))
        for model in (m.Participant, m.Participation):
            for uuid in s.scalars(select(model.uuid).where(model.origin_office_id == office_id)):
                back[pseudonym(uuid)] = uuid
    return back


def _map_back(recs: list[dict[str, Any]], back: dict[str, str], participations: bool) -> None:
    if not back:
        return
    for rec in recs:
        if rec.get("uuid") in back:
            rec["uuid"] = back[rec["uuid"]]
        if participations and rec.get("participant") in back:
            rec["participant"] = back[rec["participant"]]


def _unknown(s: Session, model: type, needed: set, in_file: set) -> set:
    missing = list(needed - in_file)
    known: set[str] = set()
    for i in range(0, len(missing), 900):
        known.update(s.scalars(select(model.uuid).where(model.uuid.in_(missing[i:i + 900]))))
    return set(missing) - known


def check_references(s: Session, parsed: ParsedFile) -> None:
    """Participations name an activity and a person; activities name recommendations:
    each must be in the file or already in the database."""
    recs = parsed.records
    for sheet, column, target, model, message in _reference_checks():
        rows = recs.get(sheet.name) or []
        if not rows:
            continue
        in_file = {r["uuid"] for r in recs.get(target.name) or []}
        needed: set[str] = set()
        for r in rows:
            needed.update(_values(r.get(column)))
        unknown = _unknown(s, model, needed, in_file)
        if not unknown:
            continue
        for r in rows:
            for u in _values(r.get(column)):
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
