"""Reading an exchange workbook's sheets with python-calamine into typed records, checking
every cell and every row, and recomputing the checksum.  Every problem is collected (file
→ sheet, row, column, message); nothing touches the database except reference look-ups.

A large file is never held whole as records: :func:`scan_workbook` reads each sheet in
batches of records handed to a visitor (the importer's first pass: problems, checksum and
the few keys the reference checks need; it also keeps the batches, compressed, for the merge),
and :func:`sheet_batches` reads one sheet again in batches (for the merge of a file too large
for its batches to be kept, and to find the rows behind a problem).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hrdesk.domain.cleaning import clean_text
from hrdesk.domain.errors import Problem
from hrdesk.domain.fields import Kind
from hrdesk.domain.validation import check_field, validate
from hrdesk.exchange import format as F
from hrdesk.exchange.checks import FileRejected
from hrdesk.i18n import _
from hrdesk.spreadsheets.windows import SheetWindows, listed_sheet_names
from hrdesk.storage import versioning as V

_UUID = re.compile(r"^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                   r"|p-[0-9a-f]{34})$")
_OFFICE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,11}$")
_MEMO_KINDS = {Kind.CHOICE, Kind.COUNTRY, Kind.MULTICHOICE, Kind.COUNTRIES, Kind.SDG_TARGETS}
MAX_PROBLEMS = 5000
BATCH_ROWS = 5_000   # records of one sheet held at a time when a file is streamed (issue 19: ≤ 300 MiB)

Batches = Callable[[F.Sheet], Iterator[list[dict[str, Any]]]]


@dataclass
class ParsedFile:
    """A parsed file: its records in memory (``records``, by sheet name), or, for a streamed
    file, the sheets read again in batches (``stream``) with what the merge needs of the
    whole file gathered beforehand (``origin_codes``, ``join_pairs``)."""

    meta: dict[str, Any]
    privacy: str
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    checksum_ok: bool = True
    stream: Batches | None = None
    streamed_sheets: tuple[str, ...] = ()
    origin_codes: set[str] | None = None             # every record's origin office
    join_pairs: dict[str, dict[str, str]] | None = None  # sheet → {pseudonym: uuid} (see Merger)
    counts: dict[str, int] = field(default_factory=dict)  # records of each streamed sheet

    def problem(self, sheet: str | None, row: int | None, column: str | None, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(column or "", message, row=row, sheet=sheet, column=column))

    def has_sheet(self, name: str) -> bool:
        return name in self.records or name in self.streamed_sheets

    def size(self, sheet: F.Sheet) -> int:
        """How many records the sheet holds."""
        return len(self.records[sheet.name]) if sheet.name in self.records else self.counts.get(sheet.name, 0)

    def batches(self, sheet: F.Sheet) -> Iterator[list[dict[str, Any]]]:
        """The sheet's records, in file order, in batches (one batch when held in memory)."""
        if sheet.name in self.records:
            yield self.records[sheet.name]
        elif self.stream is not None and sheet.name in self.streamed_sheets:
            yield from self.stream(sheet)


def is_exchange_workbook(path: Path | str) -> bool:
    """True when the file is an HRDesk exchange workbook: an .xlsx whose ``workbook.xml`` lists
    the ``hrdesk`` sheet.  Nothing else of the file is read (calamine would read an .ods whole,
    an .xlsx's shared strings whole, before any of the file checks: this runs first, on any
    file given to an intake); False for anything else, unreadable, encrypted or unusually laid
    out files included (the intake then reads them with its checks)."""
    return F.META_SHEET in listed_sheet_names(path)


def read_workbook(data: bytes) -> ParsedFile:
    """The whole file parsed into records in memory (small files, tests)."""
    wb, meta, privacy = open_workbook(data)

    def keep(sheet: F.Sheet, batch: list[dict[str, Any]]) -> None:
        parsed.records.setdefault(sheet.name, []).extend(batch)

    parsed = scan_workbook(wb, meta, privacy, keep)
    return parsed


def open_workbook(data: bytes) -> tuple[SheetWindows, dict[str, Any], str]:
    """The workbook (its sheets read in windows of rows, in bounded memory), its metadata and
    privacy level; :class:`FileRejected` when it is not a readable exchange file of a format
    this HRDesk knows."""
    try:
        windows = SheetWindows.open(data)
        if F.META_SHEET in windows.sheet_names:
            meta = _read_meta(list(windows.rows(F.META_SHEET)))
    except FileRejected:
        raise
    except Exception as exc:  # calamine's own error types, a damaged zip or workbook part
        raise FileRejected(_("The workbook could not be read: {error}").format(error=exc)) from exc
    if F.META_SHEET not in windows.sheet_names:
        raise FileRejected(_("This workbook is not an HRDesk exchange file (it has no '{sheet}' sheet). "
                             "To import a spreadsheet of your own, use the spreadsheet import instead.")
                           .format(sheet=F.META_SHEET))
    version = meta.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise FileRejected(_("The exchange file's format version is missing or invalid."))
    if version > F.FORMAT_VERSION:
        raise FileRejected(_("This file was written in exchange format {version} by a newer HRDesk "
                             "({app}); this HRDesk reads format {mine} and older. Install the latest "
                             "HRDesk to import it.").format(version=version, app=meta.get("hrdesk_version") or "?",
                                                            mine=F.FORMAT_VERSION))
    privacy = meta.get("privacy")
    if privacy not in F.PRIVACY_LEVELS:
        raise FileRejected(_("The exchange file names an unknown privacy level '{level}'.").format(level=privacy))
    for key in ("export_id", "office_code", "checksum"):
        if not meta.get(key):
            raise FileRejected(_("The exchange file's metadata lacks '{key}'.").format(key=key))
    return windows, meta, privacy


def scan_workbook(wb: SheetWindows, meta: dict[str, Any], privacy: str,
                  visit: Callable[[F.Sheet, list[dict[str, Any]]], None], *,
                  batch_rows: int | None = None) -> ParsedFile:
    """Read every sheet of the privacy level once, checking every cell and row and
    recomputing the checksum; each batch of records goes to ``visit(sheet, records)`` and is
    not kept.  The result holds the problems and whether the checksum matches."""
    parsed = ParsedFile(meta, privacy)
    checksum = F.Checksum()
    for sheet in F.sheets_for(privacy):
        if sheet.name not in wb.sheet_names:
            if sheet.optional:
                continue  # a file written before the sheet existed
            parsed.problem(sheet.name, None, None, _("The sheet '{sheet}' is missing.").format(sheet=sheet.name))
            parsed.checksum_ok = False
            continue
        for batch in _sheet_batches(wb, sheet, parsed, checksum, batch_rows or BATCH_ROWS):
            visit(sheet, batch)
    checksum.metadata((k, v) for k, v in meta["_entries"])
    parsed.checksum_ok = parsed.checksum_ok and checksum.hexdigest() == meta["checksum"]
    return parsed


def sheet_batches(wb: SheetWindows, sheet: F.Sheet, privacy: str, *,
                  batch_rows: int | None = None, known_problems: bool = False) -> Iterator[list[dict[str, Any]]]:
    """One sheet's records again, in batches, exactly as :func:`scan_workbook` gave them (the
    merge's pass over a file the first pass found without problems; ``known_problems``: a
    file the first pass found problems in, read again to say where others are)."""
    again = ParsedFile({}, privacy)
    yield from _sheet_batches(wb, sheet, again, F.Checksum(), batch_rows or BATCH_ROWS, checked=False)
    if again.problems and not known_problems:  # the first pass's cells: only if the file changed
        raise FileRejected(_("The workbook changed while it was imported: {problem}").format(
            problem=again.problems[0]))


def _read_meta(rows: list[list[Any]]) -> dict[str, Any]:
    entries = []
    for row in rows[1:]:
        if not row or not isinstance(row[0], str) or not row[0]:
            continue
        value = row[1] if len(row) > 1 else None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        entries.append((row[0], None if value == "" else value))
    meta: dict[str, Any] = dict(entries)
    meta["_entries"] = [(k, v) for k, v in entries if k != "checksum"]
    return meta


def _rows(wb: SheetWindows, name: str) -> Iterator[list[Any]]:
    """The sheet's rows; a window calamine cannot read rejects the file (nothing imported)."""
    try:
        yield from wb.rows(name)
    except FileRejected:
        raise
    except Exception as exc:  # calamine's own error types, a damaged zip
        raise FileRejected(_("The workbook could not be read: {error}").format(error=exc)) from exc


def _sheet_batches(wb: SheetWindows, sheet: F.Sheet, parsed: ParsedFile, checksum: F.Checksum,
                   batch_rows: int, *, checked: bool = True) -> Iterator[list[dict[str, Any]]]:
    """The sheet's records in batches.  ``checked=False`` (the merge's second reading of cells
    the first found without problems) gives the same records without the per-cell field
    checks, the row checks and the checksum (parsing and normalising are the same)."""
    rows = _rows(wb, sheet.name)
    checksum.sheet(sheet.name)
    header = next(rows, None) or []
    checksum.row(header)
    index = {str(h).strip(): i for i, h in enumerate(header) if h not in (None, "")}
    wanted = [c for c in F.columns_for(sheet, parsed.privacy)
              if not c.derived and (c.name in index or not c.optional)]
    missing = [c.name for c in wanted if c.name not in index]
    for name in missing:
        parsed.problem(sheet.name, 1, name, _("The column '{column}' is missing.").format(column=name))
    if missing:
        parsed.checksum_ok = False
        for row in rows:
            checksum.row(row)
        return
    is_activity = sheet is F.ACTIVITIES
    memo: dict[Any, list[str]] = {}
    plan = [(c.name, index[c.name], _PARSERS[c.cell],
             _validator(sheet.record_type[c.field], memo) if c.field and not is_activity and checked else None)
            for c in wanted]
    seen: dict[int, int] | None = {} if checked else None
    records: list[dict[str, Any]] = []
    this_year = dt.date.today().year
    name = sheet.name
    for number, row in enumerate(rows, start=2):
        # F.canonical's text, with the common cell types inline (no call per cell)
        if checked:
            checksum.texts([v if (t := type(v)) is str else format(v, ".15g") if t is float
                            else v.isoformat() if t is _DATETIME or t is _DATE else F.canonical(v) for v in row])
        if not any(row) and all(v in ("", None) for v in row):
            continue
        rec: dict[str, Any] = {"_row": number}
        bad: set[str] = set()
        width = len(row)
        for column, i, parse, check in plan:
            try:
                if i >= width:
                    value = None
                else:
                    cell = row[i]
                    # most cells are text or numbers: what _text does with a string and
                    # _float with a float, without the call
                    t = type(cell)
                    value = (((cell if cell.isprintable() else clean_text(cell)) or None)
                             if t is str and parse is _text
                             else cell if t is float and parse is _float else parse(cell))
            except ValueError as exc:
                parsed.problem(name, number, column, str(exc))
                bad.add(column)
                rec[column] = None
                continue
            rec[column] = value
            if check is not None:
                for msg in check(value):
                    parsed.problem(name, number, column, msg)
        _check_meta(parsed, sheet, number, rec, bad, seen)
        if not checked:  # the first pass checked the rows
            pass
        elif is_activity:
            values = {f: rec.get(f) for f in sheet.record_type.names}
            for p in validate(sheet.record_type, values):
                if p.field not in bad and p.field in rec:
                    parsed.problem(name, number, p.field, p.message)
        elif sheet is F.PARTICIPANTS:
            year = rec.get("birth_year")
            if isinstance(year, int) and year > this_year:
                parsed.problem(name, number, "birth_year", _("The year of birth is in the future."))
        elif sheet is F.OFFICES:
            values = {f: rec.get(f) for f in sheet.record_type.names}
            for p in validate(sheet.record_type, values):
                if p.field == "code" and "code" not in bad:
                    parsed.problem(name, number, p.field, p.message)
        records.append(rec)
        if len(records) >= batch_rows:
            yield records
            records = []
    if records:
        yield records


_NONE: tuple[str, ...] = ()
_DATETIME, _DATE = dt.datetime, dt.date


def _validator(f: Any, memo: dict[Any, list[str]]) -> Callable[[Any], Any]:
    """A fast check of one field's (already typed) value; falls back to ``check_field``."""
    required = (_("This field is required."),) if f.required else _NONE
    kind = f.kind
    if kind in _MEMO_KINDS:
        def check(v: Any) -> Any:
            if v is None or v == []:
                return required
            key = (f.name, tuple(v) if type(v) is list else v)
            found = memo.get(key)
            if found is None:
                found = memo[key] = check_field(f, v)
            return found
    elif kind in (Kind.TEXT, Kind.MULTILINE):
        limit = f.max_length or 10**9

        def check(v: Any) -> Any:
            if v is None:
                return required
            return _NONE if len(v) <= limit else check_field(f, v)
    elif kind in (Kind.INTEGER, Kind.YEAR, Kind.NUMBER):
        low = f.minimum if f.minimum is not None else float("-inf")
        high = f.maximum if f.maximum is not None else float("inf")

        def check(v: Any) -> Any:
            if v is None:
                return required
            return _NONE if low <= v <= high else check_field(f, v)
    elif kind is Kind.DATE:  # the parser gives a date (never a date and time) or None
        def check(v: Any) -> Any:
            if v is None:
                return required
            return _NONE if type(v) is dt.date else check_field(f, v)
    else:
        def check(v: Any) -> Any:
            if v is None or v == [] or v == {}:
                return required
            return check_field(f, v)
    return check


_GOOD_OFFICE_CODES: set[str] = set()
_VERSIONS: dict[str, str] = {}  # version vector as written → its normal form ("" when malformed)


def _good_office_code(code: str) -> bool:
    """Whether ``code`` is a well-formed office code; good ones are remembered (a file has few)."""
    if not _OFFICE_CODE.match(code):
        return False
    if len(_GOOD_OFFICE_CODES) < 10_000:
        _GOOD_OFFICE_CODES.add(code)
    return True


def _check_meta(parsed: ParsedFile, sheet: F.Sheet, number: int, rec: dict[str, Any], bad: set[str],
                seen: dict[int, int] | None) -> None:
    """Checks of the bookkeeping columns, and their normal forms (``versions``, ``deleted``);
    ``seen`` (uuid as a number → row) is None when the uuids were checked already."""
    uuid = rec.get("uuid")
    if "uuid" not in bad and seen is not None:
        if not uuid or not _UUID.match(uuid):
            parsed.problem(sheet.name, number, "uuid", _("Missing or malformed uuid."))
        else:
            # the uuid as a number: a large sheet's uuids take half the memory they take as text
            key = int(uuid.replace("-", ""), 16) if uuid[1] != "-" else -int(uuid[2:], 16)
            if key in seen:
                parsed.problem(sheet.name, number, "uuid", _("The uuid {uuid} is already used in row {row}.")
                               .format(uuid=uuid, row=seen[key]))
            else:
                seen[key] = number
    for name in ("origin_office", "updated_at", "version"):
        if name not in bad and rec.get(name) in (None, ""):
            parsed.problem(sheet.name, number, name, _("This field is required."))
    origin = rec.get("origin_office")
    if origin and origin not in _GOOD_OFFICE_CODES and not _good_office_code(origin):
        parsed.problem(sheet.name, number, "origin_office", _("'{value}' is not an office code.").format(value=origin))
    version = rec.get("version")
    if isinstance(version, int) and version < 1:
        parsed.problem(sheet.name, number, "version", _("Must be at least {n}.").format(n=1))
    versions = rec.get("versions")
    if versions is not None and "versions" not in bad:
        normal = _VERSIONS.get(versions)  # a file repeats a few vectors: each is read once
        if normal is None:
            try:
                vector = V.parse(versions)
            except ValueError:
                vector = {}
            good = vector and all(_good_office_code(code) for code in vector)
            normal = V.format_vector(vector) if good else ""
            if len(_VERSIONS) < 10_000:
                _VERSIONS[versions] = normal
        if not normal:
            parsed.problem(sheet.name, number, "versions", _(
                "'{value}' is not a list of office versions such as 'GN:3;RO:5'.").format(value=versions))
        else:
            rec["versions"] = normal
    pseudonym = rec.get("pseudonym")
    if pseudonym is not None and "pseudonym" not in bad and not (
            pseudonym.startswith(F.PSEUDONYM_PREFIX) and _UUID.match(pseudonym)):
        parsed.problem(sheet.name, number, "pseudonym", _("Malformed pseudonym."))
    rec["deleted"] = bool(rec.get("deleted"))


# -- cell parsers (raise ValueError with the user's message) ---------------------------------

def _text(v: Any) -> str | None:
    """Text cleaned as every input path cleans it (control characters dropped, line ends
    LF), so the record's content is what the sending office stored."""
    if type(v) is str:
        return clean_text(v) or None
    if v is None:
        return None
    if isinstance(v, bool):
        raise ValueError(_("Expected text."))
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return str(v)


def _int(v: Any) -> int | None:
    if type(v) is float and v.is_integer():
        return int(v)
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        raise ValueError(_("Expected a whole number."))
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str) and v.strip().lstrip("-").isdigit():
        return int(v.strip())
    raise ValueError(_("Expected a whole number, not '{value}'.").format(value=v))


def _float(v: Any) -> float | None:
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        raise ValueError(_("Expected a number."))
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v).strip().replace(",", "."))
    except ValueError:
        raise ValueError(_("Expected a number, not '{value}'.").format(value=v)) from None


def _date(v: Any) -> dt.date | None:
    if v is None or v == "":
        return None
    if isinstance(v, dt.datetime):
        if v.time() != dt.time():
            raise ValueError(_("Expected a date without a time, not '{value}'.").format(value=v))
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        try:
            return dt.date.fromisoformat(v.strip())
        except ValueError:
            pass
    raise ValueError(_("'{value}' is not a date (use a date cell or YYYY-MM-DD).").format(value=v))


def _bool(v: Any) -> bool | None:
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)) and v in (0, 1):
        return bool(v)
    text = str(v).strip().casefold()
    if text in ("true", "yes", "1", "vrai", "oui", "sí", "si"):
        return True
    if text in ("false", "no", "0", "faux", "non"):
        return False
    raise ValueError(_("Expected yes or no, not '{value}'.").format(value=v))


def _list(v: Any) -> list[str]:
    text = _text(v)
    return F.decode_list(text) if text else []


def _grid(v: Any) -> dict[tuple[str, str], int]:
    text = _text(v)
    try:
        return F.decode_grid(text)
    except ValueError:
        raise ValueError(_("'{value}' is not a list of counts such as 'women/18_24=12; men/25_34=3'.")
                         .format(value=text)) from None


def _stamp(v: Any) -> dt.datetime | None:
    if type(v) is str and v:
        try:
            return dt.datetime.fromisoformat(v)
        except ValueError:
            pass
    if v is None or v == "":
        return None
    if isinstance(v, dt.datetime):
        return v
    try:
        return F.parse_stamp(str(v))
    except ValueError:
        raise ValueError(_("'{value}' is not a date and time (YYYY-MM-DDTHH:MM:SS.ffffff).")
                         .format(value=v)) from None


_PARSERS = {F.TEXT: _text, F.INT: _int, F.FLOAT: _float, F.DATE: _date, F.BOOL: _bool,
            F.LIST: _list, F.GRID: _grid, F.STAMP: _stamp}
