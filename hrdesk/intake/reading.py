"""Reading typed spreadsheets tolerantly: ``.xlsx``, ``.xls``, ``.ods`` (python-calamine) and
``.csv`` (delimiter and encoding sniffed, BOM honoured, UTF-8 or Windows-1252), each
after the checks of :mod:`hrdesk.spreadsheets.guard` (macro workbooks are refused).

A :class:`Sheet` is a rectangle of plain Python values (``str``, ``int``, ``float``,
``bool``, ``datetime.date``, ``None``) with spreadsheet row numbers kept, so that every
message can say "row 12".  :func:`find_header_row` finds the header row even under a title
block, given a function that recognises header cells.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _, ngettext, number
from hrdesk.spreadsheets import guard
from hrdesk.spreadsheets.windows import SheetWindows

SPREADSHEET_SUFFIXES = (".xlsx", ".xls", ".ods")
SUFFIXES = (*SPREADSHEET_SUFFIXES, ".xlsm", ".csv", ".txt")  # .xlsm: refused with a reason
MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 50_000   # rows of one sheet an import reads (and keeps, for its preview) at most
# An .ods workbook is read whole by calamine, at about 1.6 times the size of its sheets' XML
# (253 MB of XML: 405 MiB): a 5 MB file can hold that much, a 50 MB one ten times more.
MAX_ODS_XML = 160_000_000


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]]  # rows[i] is spreadsheet row i + 1

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, row: int, col: int) -> Any:
        """Value at 0-based ``row`` and ``col`` (``None`` outside the data)."""
        if row < len(self.rows) and col < len(self.rows[row]):
            return self.rows[row][col]
        return None


def column_letter(index: int) -> str:
    """0-based column index → spreadsheet letters (0 → A, 27 → AB)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _check_file(path: Path) -> None:
    if not path.exists():
        raise HRDeskError(_("{path}: no such file.").format(path=path))
    if path.is_dir():
        raise HRDeskError(_("{path} is a folder, not a spreadsheet.").format(path=path))
    if path.suffix.lower() not in SUFFIXES:
        raise HRDeskError(_(
            "{path}: unsupported file type; use .xlsx, .xls, .ods or .csv."
        ).format(path=path.name))


def load(path: Path | str) -> tuple[bytes, str]:
    """The bytes of a spreadsheet and its kind (``xlsx``, ``ods``, ``xls``, ``csv``), after
    the checks every spreadsheet HRDesk reads passes (:mod:`hrdesk.spreadsheets.guard`:
    size, zip structure and bombs, macros, XML entities, unsafe part names)."""
    path = Path(path)
    _check_file(path)
    try:
        data = guard.read_limited(path, MAX_BYTES)
        return data, guard.check_spreadsheet(data, path.suffix, limit=MAX_BYTES)
    except guard.FileRejected as exc:
        raise HRDeskError(_("{path}: {reason}").format(path=path.name, reason=exc)) from None


def is_csv(path: Path) -> bool:
    return Path(path).suffix.lower() in (".csv", ".txt")


def sheet_names(path: Path | str) -> list[str]:
    """Names of the sheets of a workbook (a CSV file has one sheet, named after the file)."""
    return _opened(Path(path))[0]


def _opened(path: Path) -> tuple[list[str], Callable[[str], Iterator[list[Any]]]]:
    """The file read once and checked: its sheet names, and the rows of a sheet by name.

    An ``.xlsx`` sheet is read a window of rows at a time (:mod:`hrdesk.spreadsheets.windows`)
    and a CSV file line by line; ``.xls`` and ``.ods`` sheets are read whole by calamine (an
    ``.ods`` file only up to :data:`MAX_ODS_XML` of sheet data)."""
    data, kind = load(path)
    if kind == "csv":
        return [path.stem], lambda _name: csv_lines(data)
    if kind == "xlsx":
        book = _windows(path, data)
        return book.sheet_names, book.rows
    if kind == "ods":
        _check_ods_size(path, data)
    wb = _workbook(path, data)
    return list(wb.sheet_names), lambda name: iter(wb.get_sheet_by_name(name).to_python(skip_empty_area=False))


def _check_ods_size(path: Path, data: bytes) -> None:
    """Refuse an .ods workbook whose sheets would fill the memory when read whole."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            size = zf.getinfo("content.xml").file_size
    except (KeyError, zipfile.BadZipFile) as exc:
        raise _unreadable(path, exc) from None
    if size > MAX_ODS_XML:
        raise HRDeskError(_(
            "{path}: this .ods workbook is too large to be read at once ({size} MB of sheet data, "
            "at most {limit} MB). Save it as .xlsx (read a part at a time) or split it into smaller "
            "files; nothing was imported.").format(
                path=path.name, size=number(math.ceil(size / 1e6)), limit=number(MAX_ODS_XML // 1_000_000)))


def _workbook(path: Path, data: bytes):
    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise _unreadable(path, exc) from None


def _windows(path: Path, data: bytes) -> SheetWindows:
    try:
        return SheetWindows.open(data)
    except Exception as exc:  # calamine's errors, or the zip's
        raise _unreadable(path, exc) from None


def _unreadable(path: Path, error: Exception) -> HRDeskError:
    return HRDeskError(_(
        "{path} cannot be read as a spreadsheet (damaged, encrypted or not really {kind}): {error}"
    ).format(path=path.name, kind=path.suffix.lower(), error=error))


def read_sheets(path: Path | str, names: list[str] | None = None) -> dict[str, Sheet]:
    """The named sheets (every sheet when ``names`` is None), in workbook order.  A sheet
    longer than :data:`MAX_ROWS` is refused as soon as its rows pass the limit, before it
    fills the memory; blank rows at the end of a sheet are left out."""
    path = Path(path)
    book, rows = _opened(path)
    return {name: Sheet(name, _read(path, name, lambda name=name: rows(name)))
            for name in book if names is None or name in names}


def _read(path: Path, name: str, rows: Callable[[], Iterator[list[Any]]]) -> list[list[Any]]:
    try:
        return _limited(path, name, ([_plain(v) for v in row] for row in rows()))
    except HRDeskError:
        raise
    except Exception as exc:  # calamine's own errors, a window it cannot read, a CSV field too long
        raise HRDeskError(_("{path}, sheet {sheet}: cannot be read ({error}).").format(
            path=path.name, sheet=name, error=exc)) from None


def _limited(path: Path, name: str, rows: Iterable[list[Any]]) -> list[list[Any]]:
    """The rows, blank rows at the end left out; :class:`HRDeskError` past :data:`MAX_ROWS`."""
    result: list[list[Any]] = []
    blank: list[list[Any]] = []
    for row in rows:
        if is_blank(row):
            if len(result) + len(blank) < MAX_ROWS:
                blank.append(row)
            continue
        if len(result) + len(blank) >= MAX_ROWS:
            raise HRDeskError(ngettext(
                "{path}, sheet {sheet}: more than {n} row. Split the file into smaller ones and "
                "import each; nothing was imported.",
                "{path}, sheet {sheet}: more than {n} rows. Split the file into smaller ones and "
                "import each; nothing was imported.", MAX_ROWS).format(
                path=path.name, sheet=name, n=number(MAX_ROWS)))
        result += blank
        blank = []
        result.append(row)
    return result


def read_sheet(path: Path | str, name: str | None = None) -> Sheet:
    """One sheet: the named one, or the first."""
    path = Path(path)
    names, rows = _opened(path)
    if name is None:
        name = names[0] if names else ""
    if name not in names:
        raise HRDeskError(_("{path} has no sheet named '{sheet}'.").format(path=path.name, sheet=name))
    return Sheet(name, _read(path, name, lambda: rows(name)))


def _plain(value: Any) -> Any:
    if value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, str):
        value = value.replace("\u00a0", " ").strip()
        return value or None
    return value


# -- CSV ---------------------------------------------------------------------------------

def decode_bytes(data: bytes) -> str:
    """Text of a CSV file: BOM first (UTF-8, UTF-16), then UTF-8, then Windows-1252."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def csv_lines(data: bytes) -> Iterator[list[Any]]:
    """The rows of a CSV file, one at a time (delimiter sniffed on its first 20,000 characters)."""
    text = decode_bytes(data)
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t"}
        delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"'):
        yield [_csv_value(v) for v in row]


def _csv_value(text: str) -> Any:
    text = text.replace("\u00a0", " ").strip()
    return text or None


# -- header detection --------------------------------------------------------------------

def is_blank(row: list[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def find_header_row(sheet: Sheet, score: Callable[[Any], float], *, look: int = 30,
                    minimum: float = 2) -> int | None:
    """0-based index of the row whose cells look most like headers (``score`` per cell),
    among the first ``look`` rows; None when no row scores at least ``minimum``."""
    best, best_score = None, 0.0
    for i, row in enumerate(sheet.rows[:look]):
        total = sum(score(v) for v in row if isinstance(v, str))
        if total > best_score:
            best, best_score = i, total
    return best if best_score >= minimum else None
