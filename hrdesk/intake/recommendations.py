"""Importing the recommendations of the human-rights mechanisms from the spreadsheets
offices receive: exports of the Universal Human Rights Index (uhri.ohchr.org), of UPR
databases, UPR "matrix" tables, in English, French or Spanish (``.xlsx``, ``.xls``,
``.ods``, ``.csv``).

    job = RecommendationImport(db, path, country="GIN", mechanism=None)
    preview = job.preview()      # every row, what will happen to it, every problem
    job.commit(preview)          # all or nothing; raises ValidationError listing every problem

A recommendation is identified by its stable key (:func:`hrdesk.services.recommendations.
stable_key`): mechanism + document symbol + paragraph when both are given, else mechanism +
State under review + recommending State + cycle + normalised text.  A new one gets the
uuid5 of its key (the same in every office); one already here is found by that uuid or by
the key of its current values.  Re-importing a file changes nothing; an overlapping newer
export updates the fields it gives that changed (an empty cell never clears a value) and
adds a history entry when the response or the status changes.  See docs/recommendations.md.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hrdesk.domain import choices as C
from hrdesk.domain.cleaning import clean
from hrdesk.domain.errors import HRDeskError, Problem, ValidationError
from hrdesk.domain.progress import Progress, ensure
from hrdesk.domain.records import RECOMMENDATION
from hrdesk.domain.validation import validate
from hrdesk.i18n import _, ngettext
from hrdesk.intake import reading
from hrdesk.intake.table import Table
from hrdesk.intake.values import CellError, is_empty, parse_field, split_list, unknown_targets
from hrdesk.intake.vocab import match_value, value_key
from hrdesk.reference import countries, sdg
from hrdesk.reference.mechanisms import MECHANISM
from hrdesk.services import offices
from hrdesk.services.recommendations import (
    RecommendationService,
    key_uuid,
    stable_key,
    state_in_text,
)
from hrdesk.storage import dialect
from hrdesk.storage import models as m
from hrdesk.storage.codec import LINKS, to_values
from hrdesk.storage.database import Database

KEYS = ("text", "mechanism", "body", "symbol", "paragraph", "country", "cycle", "session", "year", "response",
        "themes", "affected_persons", "sdg_targets", "implementation_status", "responsible_entities",
        "priority", "target_date", "notes")
CREATE, UPDATE, UNCHANGED, DELETED = "create", "update", "unchanged", "deleted"
# Fields whose changes are recorded in the history as well.
_TRACKED = ("response", "implementation_status")

_SPECIAL_PROCEDURE = re.compile(r"^\s*(special rapporteur|independent expert|working group|rapporteur|"
                                r"rapporteuse|expert|experte|groupe de travail|relator|relatora|experto|"
                                r"experta|grupo de trabajo)\b", re.IGNORECASE)
# Treaty bodies' document symbols: "CRC/C/GIN/CO/3-6", "E/C.12/GIN/CO/1"
_SYMBOL_PREFIXES = (("CERD/", "cerd"), ("CCPR/", "ccpr"), ("E/C.12/", "cescr"), ("CEDAW/", "cedaw"),
                    ("CAT/OP/", "spt"), ("CAT/", "cat"), ("CRC/", "crc"), ("CMW/", "cmw"), ("CRPD/", "crpd"),
                    ("CED/", "ced"))
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "premier": 1, "premiere": 1,
             "deuxieme": 2, "second cycle": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "primer": 1,
             "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "quinto": 5,
             "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
_TARGET_IN = re.compile(r"(?<![\d.])(\d{1,2}\.(?:\d{1,2}|[a-c]))(?![\d.])", re.IGNORECASE)
_GOAL_ONLY = re.compile(r"^(?:sdg|goal|odd|ods|objectif|objetivo)?\s*(\d{1,2})\b(?!\.)", re.IGNORECASE)


@dataclass
class RecommendationRow:
    number: int
    sheet: str
    values: dict[str, Any]
    given: set[str] = field(default_factory=set)     # fields with a non-empty value in the file
    key: str = ""
    action: str = CREATE
    uuid: str | None = None
    changed: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class RecommendationPreview:
    path: Path
    rows: list[RecommendationRow]
    problems: list[Problem]
    notes: list[str] = field(default_factory=list)   # what the user should know, not blocking

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def summary(self) -> str:
        lines = [_("Recommendations: {created} new, {updated} updated, {unchanged} unchanged.").format(
            created=self.count(CREATE), updated=self.count(UPDATE), unchanged=self.count(UNCHANGED))]
        deleted = self.count(DELETED)
        if deleted:
            lines.append(ngettext("{n} recommendation of the file was deleted here; it stays deleted.",
                                  "{n} recommendations of the file were deleted here; they stay deleted.",
                                  deleted).format(n=deleted))
        return "\n".join(lines + self.notes)


class RecommendationImport:
    def __init__(self, db: Database, path: Path | str, *, country: str | None = None,
                 mechanism: str | None = None) -> None:
        self.db = db
        self.path = Path(path)
        self.country = country
        self.mechanism = mechanism

    def preview(self, progress: Progress | None = None) -> RecommendationPreview:
        progress = ensure(progress)
        progress.update(0, 0, _("Reading {file}…").format(file=self.path.name))
        problems: list[Problem] = []
        notes: list[str] = []
        if self.mechanism is not None and self.mechanism not in MECHANISM:
            raise HRDeskError(_("Unknown mechanism '{value}' (use one of: {allowed}).").format(
                value=self.mechanism, allowed=", ".join(MECHANISM.codes)))
        sheets = reading.read_sheets(self.path)
        sheet = max(sheets.values(), key=lambda s: len(Table.detect(s, KEYS).mapped_keys()))
        rows = _read(sheet, self, problems, notes)
        progress.check()
        seen: dict[str, int] = {}
        for row in rows:
            if row.problems:
                continue
            if row.key in seen:
                row.problems.append(Problem("", _(
                    "The same recommendation as row {first} (same mechanism, symbol and paragraph, or the "
                    "same text, State and cycle).").format(first=seen[row.key]), row=row.number, sheet=sheet.name))
            seen.setdefault(row.key, row.number)
        with self.db.read_session() as s:
            _plan(s, [r for r in rows if not r.problems], progress)
        problems += [p for r in rows for p in r.problems]
        if not rows and not problems:
            problems.append(Problem("", _("No recommendation was found in this file."), sheet=sheet.name))
        problems.sort(key=lambda p: (p.row or 0, p.column or ""))
        return RecommendationPreview(self.path, rows, problems, notes)

    def commit(self, preview: RecommendationPreview | None = None,
               progress: Progress | None = None) -> RecommendationPreview:
        """Write everything in one transaction; nothing when there is any problem."""
        preview = preview or self.preview(progress)
        if preview.problems:
            raise ValidationError(preview.problems)
        _write(self.db, preview, ensure(progress))
        return preview


# -- reading -------------------------------------------------------------------------------

def _read(sheet: reading.Sheet, job: RecommendationImport, problems: list[Problem],
          notes: list[str]) -> list[RecommendationRow]:
    table = Table.detect(sheet, KEYS)
    if table.header_row is None or table.column_for("text") is None:
        problems.append(Problem("text", _(
            "No column of recommendation texts was recognised (expected a header such as "
            "'Recommendation', 'Recommandation' or 'Recomendación')."), sheet=sheet.name))
        return []
    numeric_paragraphs: list[int] = []
    rows = []
    for data in table.rows():
        if is_empty(data.cells.get("text")) and all(is_empty(v) for v in data.cells.values()):
            continue
        row = RecommendationRow(data.number, sheet.name, {})

        def problem(key: str, message: str, row: RecommendationRow = row) -> None:
            col = table.column_for(key)
            row.problems.append(Problem(key, message, row=row.number, sheet=sheet.name,
                                        column=col.label if col else None))

        parsed: dict[str, Any] = {}
        for key, cell in data.cells.items():
            if is_empty(cell):
                continue
            try:
                value = _parse(key, cell, parsed, notes, row.number)
            except CellError as exc:
                problem(key, str(exc))
                continue
            if value is not None and value != []:
                parsed[key] = value
                if key == "paragraph" and isinstance(cell, float):
                    numeric_paragraphs.append(row.number)
        row.given = set(parsed)
        _complete(parsed, job, row, problem)
        values = {**RECOMMENDATION.defaults(), **clean(RECOMMENDATION, parsed)}
        values["implementation_status"] = parsed.get("implementation_status")
        reported = {p.field for p in row.problems}
        for p in validate(RECOMMENDATION, {**values, "implementation_status":
                                           values["implementation_status"] or "not_started"}):
            if p.field not in reported:
                problem(p.field, p.message)
        row.values = values
        row.key = stable_key(values)
        rows.append(row)
    if numeric_paragraphs:
        listed = ", ".join(str(n) for n in numeric_paragraphs[:10]) + ("…" if len(numeric_paragraphs) > 10 else "")
        notes.append(ngettext(
            "Row {rows}: the paragraph is a decimal number in the spreadsheet, read as written by the "
            "spreadsheet (136.50 shows as 136.5); format the column as text to keep trailing zeros.",
            "Rows {rows}: the paragraphs are decimal numbers in the spreadsheet, read as written by the "
            "spreadsheet (136.50 shows as 136.5); format the column as text to keep trailing zeros.",
            len(numeric_paragraphs)).format(rows=listed))
    return rows


def _parse(key: str, cell: Any, parsed: dict[str, Any], notes: list[str], number: int) -> Any:
    if key == "mechanism":
        return _mechanism(cell, parsed)
    if key == "paragraph":
        return _paragraph(cell)
    if key == "cycle":
        return _cycle(cell)
    if key == "session":
        return _plain_text(cell)
    if key == "year":
        if isinstance(cell, dt.date):
            return cell.year
        return parse_field(RECOMMENDATION["year"], cell)
    if key == "affected_persons":
        return _affected(cell)
    if key == "sdg_targets":
        return _targets(cell, notes, number)
    if key == "body":
        return _plain_text(cell)
    return parse_field(RECOMMENDATION[key], cell)


def _plain_text(cell: Any) -> str:
    if isinstance(cell, float):
        return repr(cell) if not cell.is_integer() else str(int(cell))
    return " ".join(str(cell).split())


def _paragraph(cell: Any) -> str:
    """The paragraph as written: text cells exactly; a number cell as its shortest decimal
    writing (a spreadsheet keeps 136.50 as the number 136.5: the trailing zero is gone)."""
    if isinstance(cell, bool):
        raise CellError(_("'{value}' is not a paragraph number.").format(value=cell))
    return _plain_text(cell)


def _cycle(cell: Any) -> int:
    if isinstance(cell, int) and not isinstance(cell, bool):
        return cell
    text = value_key(cell)
    digits = re.search(r"\d+", text)
    if digits:
        return int(digits.group())
    for word in text.split():
        if word in _ORDINALS:
            return _ORDINALS[word]
    raise CellError(_("'{value}' is not a cycle number (write 1, 2, 3, 4…).").format(value=cell))


def _mechanism(cell: Any, parsed: dict[str, Any]) -> str:
    """The mechanism of a "Body"/"Mechanism" cell; a special procedure's mandate is kept as
    the body ("Special Rapporteur on the right to food")."""
    text = " ".join(str(cell).split())
    code = match_value(MECHANISM, text)
    if code is not None:
        return code
    if _SPECIAL_PROCEDURE.match(text):
        parsed.setdefault("body", text)
        return "special_procedures"
    raise CellError(_("'{value}' is not a known mechanism (UPR, a treaty body such as CRC or CEDAW, "
                      "or a special procedure's mandate).").format(value=text))


def _affected(cell: Any) -> list[str]:
    """Groups separated by ';' or new lines; names that hold commas themselves ("Judges,
    lawyers and prosecutors") are recognised before commas separate groups."""
    result, bad = [], []
    for part in split_list(cell, commas=False):
        code = match_value(C.AFFECTED_PERSONS, part)
        if code:
            result.append(code)
            continue
        pieces = [p.strip() for p in part.split(",")]
        i = 0
        while i < len(pieces):
            for j in range(len(pieces), i, -1):
                code = match_value(C.AFFECTED_PERSONS, ", ".join(pieces[i:j]))
                if code:
                    result.append(code)
                    i = j
                    break
            else:
                bad.append(pieces[i])
                i += 1
    if bad:
        raise CellError(ngettext("Unknown group of affected persons: {values}.",
                                 "Unknown groups of affected persons: {values}.", len(bad)).format(
            values=", ".join(bad)))
    return list(dict.fromkeys(result))


def _targets(cell: Any, notes: list[str], number: int) -> list[str]:
    """SDG targets ("16.3", "SDG 16.3 - Promote the rule of law…"); a goal without a target
    ("16 - Peace, justice…") cannot be linked and is said in the preview."""
    if isinstance(cell, float):
        cell = repr(cell)
    result, bad, goals = [], [], []
    for part in split_list(cell, commas=False):
        found = _TARGET_IN.findall(part)
        if found:
            for code in found:
                code = sdg.normalise_target(code.lower())
                (result.append(code) if code and sdg.is_target(code) else bad.append(part))
            continue
        goal = _GOAL_ONLY.match(part.strip())
        if goal and 1 <= int(goal.group(1)) <= 17:
            goals.append(goal.group(1))
        else:
            bad.append(part)
    if bad:
        raise unknown_targets(bad)
    uncovered = [g for g in goals if not any(t.split(".")[0] == g for t in result)]
    if uncovered:
        notes.append(_("Row {row}: SDG goal {goals} without a target is not linked (HRDesk links targets).")
                     .format(row=number, goals=", ".join(uncovered)))
    return list(dict.fromkeys(result))


def _complete(parsed: dict[str, Any], job: RecommendationImport, row: RecommendationRow, problem) -> None:
    """What the file gives only implicitly: the country and mechanism given to the import,
    the mechanism of a treaty body's symbol, the UPR's recommending State from the text."""
    if "country" not in parsed and "country" not in {p.field for p in row.problems}:
        if job.country:
            parsed["country"] = job.country.upper()
        else:
            problem("country", _("No State under review: add a Country column or choose the country "
                                 "for the whole file (--country)."))
    text = parsed.get("text")
    state = state_in_text(text) if isinstance(text, str) else None
    if "mechanism" not in parsed and "mechanism" not in {p.field for p in row.problems}:
        symbol = (parsed.get("symbol") or "").upper()
        guessed = next((code for prefix, code in _SYMBOL_PREFIXES if symbol.startswith(prefix)), None)
        if job.mechanism:
            parsed["mechanism"] = job.mechanism
        elif guessed:
            parsed["mechanism"] = guessed
        elif symbol.startswith("A/HRC/") and (state or countries.lookup(parsed.get("body"))):
            # a UPR working group's report: recommendations of a State ("… (Norway);", or a column)
            parsed["mechanism"] = "upr"
        else:
            problem("mechanism", _("No mechanism: add a Mechanism (or Body) column, or choose the mechanism "
                                   "of the whole file (in the import dialog, or --mechanism on the command line)."))
    if "body" not in parsed and parsed.get("mechanism") == "upr" and state:
        parsed["body"] = state
        row.given.add("body")


# -- planning (read-only) --------------------------------------------------------------------

def _plan(s: Session, rows: list[RecommendationRow], progress: Progress) -> None:
    R = m.Recommendation
    links = [selectinload(getattr(R, name)) for name in LINKS[RECOMMENDATION.name]]
    wanted = {key_uuid(r.key): r for r in rows}
    by_uuid: dict[str, m.Recommendation] = {}
    uuids = list(wanted)
    for i in range(0, len(uuids), 900):
        for rec in s.scalars(select(R).where(R.uuid.in_(uuids[i:i + 900])).options(*links)):
            by_uuid[rec.uuid] = rec
    by_key: dict[str, m.Recommendation] = {}
    in_file = sorted({r.values["country"] for r in rows})
    if in_file:  # recommendations typed in by hand, or whose symbol was corrected here
        for rec in s.scalars(select(R).where(R.country.in_(in_file))
                             .order_by(R.deleted_at.is_not(None), R.id).options(*links)):
            by_key.setdefault(stable_key(to_values(RECOMMENDATION, rec)), rec)
    for n, row in enumerate(rows):
        if n % 200 == 0:
            progress.update(n, len(rows), _("Comparing with the recommendations already here…"))
        rec = by_uuid.get(key_uuid(row.key)) or by_key.get(row.key)
        if rec is None:
            row.action, row.uuid = CREATE, key_uuid(row.key)
            continue
        row.uuid = rec.uuid
        if rec.deleted_at is not None:
            row.action = DELETED
            continue
        current = to_values(RECOMMENDATION, rec)
        row.changed = [f for f in sorted(row.given) if f in RECOMMENDATION and not _same(f, current[f], row.values[f])]
        row.action = UPDATE if row.changed else UNCHANGED


def _same(name: str, old: Any, new: Any) -> bool:
    if RECOMMENDATION[name].kind.is_list:
        return sorted(old or [], key=str) == sorted(new or [], key=str)
    return old == new


# -- writing (one transaction) ---------------------------------------------------------------

def _write(db: Database, preview: RecommendationPreview, progress: Progress) -> None:
    service = RecommendationService(db, offices.actor(db))
    source = preview.path.name
    todo = [r for r in preview.rows if r.action in (CREATE, UPDATE)]
    try:
        with db.session() as s:
            # on a server, imports by several users take turns; recommendations someone else
            # created since this preview are refused (the plan is out of date), never doubled
            dialect.serialised_writers(s, "intake-import")
            new = [r.uuid for r in todo if r.action == CREATE]
            for i in range(0, len(new), 900):
                if s.scalar(select(m.Recommendation.id).where(m.Recommendation.uuid.in_(new[i:i + 900])).limit(1)):
                    raise HRDeskError(_("Some of these recommendations were imported by someone else since the file "
                                        "was checked: check it again. Nothing was imported."))
            for n, row in enumerate(todo):
                if n % 100 == 0:
                    progress.update(n, len(todo), _("Importing recommendations…"))
                if row.action == CREATE:
                    values = dict(row.values)
                    values["implementation_status"] = values["implementation_status"] or "not_started"
                    created = service.create_in(s, values, uuid=row.uuid)
                    created.source_file = source[:255]
                    continue
                plain = [f for f in row.changed if f != "implementation_status"]
                rec = service._row(s, row.uuid)
                old_response = rec.response
                if plain:
                    service.update_in(s, row.uuid, {f: row.values[f] for f in plain})
                status = row.values["implementation_status"] if "implementation_status" in row.changed else None
                note = None
                if "response" in plain:
                    note = _("Response changed from '{old}' to '{new}' (imported from {file}).").format(
                        old=_(C.RECOMMENDATION_RESPONSE.label(old_response)) if old_response else "—",
                        new=_(C.RECOMMENDATION_RESPONSE.label(row.values["response"])), file=source)
                if status is not None or note is not None:
                    entry_status = status or rec.implementation_status
                    if status is not None and note is None:
                        note = _("Status imported from {file}.").format(file=source)
                    service.add_history_in(s, rec, {"date": dt.date.today(), "status": entry_status, "note": note})
            progress.finish(_("Recommendations imported."))
    except ValidationError as exc:  # a rule that needs the database (should have been caught earlier)
        raise HRDeskError(_("Nothing was imported: {problems}").format(problems=exc)) from None

