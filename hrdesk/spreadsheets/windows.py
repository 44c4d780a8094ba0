"""One sheet of an xlsx workbook read in windows of rows, in bounded memory (issue 19).

python-calamine reads a whole sheet before giving its first row (the 250,000 participations
of a large exchange file are ~215 MiB in its memory).  :class:`SheetWindows` streams the
sheet's XML out of the zip instead and hands calamine one window of whole ``<row>``
elements at a time (about :data:`WINDOW_BYTES` of XML), wrapped in a small workbook made of
the original's workbook, relationships, styles (dates) and shared strings: the cells are
read by calamine exactly as before, a window at a time.

The rows come out as ``CalamineSheet.iter_rows()`` gives them (empty rows above and between
rows included), except that they always start at column A (calamine starts at the leftmost
used column; an HRDesk file always starts at A) and that each row is as wide as the widest
window so far rather than the whole sheet: only a file with cells right of its header's
columns differs (the rows before such a cell are shorter), and such a file's checksum cannot
match whichever way it is read (the export checksums rows as wide as the header).

A workbook whose shared strings are large (a file saved by a spreadsheet program rather than
written by HRDesk: each window would parse them again) or whose rows carry no row numbers is
read whole by calamine, as before.
"""

from __future__ import annotations

import io
import queue
import re
import sys
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from defusedxml.ElementTree import fromstring
from python_calamine import CalamineWorkbook

from hrdesk.i18n import _
from hrdesk.spreadsheets.guard import FileRejected

WINDOW_BYTES = 2 * 1024 * 1024     # XML of the rows handed to calamine at a time
MAX_SHARED_STRINGS = 4 * 1024 * 1024  # above: the sheet is read whole
_READ = 1024 * 1024
MAX_WORKBOOK_PART = 4 * 1024 * 1024   # a workbook.xml lists sheets: a few KiB
AHEAD = 2   # windows read ahead of the rows given (each about WINDOW_BYTES of XML)

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_OFFICE_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_SHEET_DATA = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?sheetData(\s[^>]*)?(/?)>")
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_ROW_NUMBER = re.compile(rb"""<(?:[A-Za-z_][\w.-]*:)?row\s[^>]*?\br\s*=\s*["']\d""")


class SheetWindows:
    """The workbook ``data`` (xlsx bytes, already checked by ``check_zip``/``check_spreadsheet``)
    whose sheets are ``sheet_names`` (as calamine lists them)."""

    def __init__(self, data: bytes, sheet_names: list[str]) -> None:
        self._data = data
        self.sheet_names = list(sheet_names)
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        names = set(self._zip.namelist())
        self._paths = _sheet_paths(self._zip, names)
        self._common = [n for n in ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                                    "xl/_rels/workbook.xml.rels", "xl/styles.xml") if n in names]
        shared = [n for n in names if n.lower() == "xl/sharedstrings.xml"]
        self._common += shared
        self.whole = any(self._zip.getinfo(n).file_size > MAX_SHARED_STRINGS for n in shared)

    @classmethod
    def open(cls, data: bytes) -> SheetWindows:
        """The workbook with its sheet names read from its ``workbook.xml`` (calamine does not
        load the whole file for them: that takes twice the file's size while it lasts); a
        workbook not laid out as usual is opened by calamine to learn them.  Every sheet the
        workbook lists is named, its part missing or not (reading it then rejects the file)."""
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = _sheet_names(zf)
        if not names:
            names = CalamineWorkbook.from_filelike(io.BytesIO(data)).sheet_names
        return cls(data, names)

    def rows(self, name: str) -> Iterator[list[Any]]:
        """The sheet's rows (see the module's note); the sheet must exist.  The windows are
        read one or two ahead on a thread of their own (:class:`_ReadAhead`): calamine parses
        a window's XML without holding Python's lock, so on a machine with two cores that
        reading goes on while the caller checks and stores the rows before."""
        path = self._paths.get(name)
        if self.whole or path is None:
            yield from self._whole(name)
            return
        width = 0
        next_row = 0
        with _ReadAhead(self._windows(path, name)) as windows:
            for window in windows:
                if window is None:  # rows without numbers: calamine counts them, so read it whole
                    yield from self._whole(name)
                    return
                top, left, rows = window
                width = max(width, left + max((len(r) for r in rows), default=0))
                while next_row < top:
                    yield [""] * width
                    next_row += 1
                pad = [""] * left
                for row in rows:
                    full = pad + row if left else row
                    if len(full) < width:
                        full += [""] * (width - len(full))
                    yield full
                    next_row += 1

    def _windows(self, path: str, name: str) -> Iterator[tuple[int, int, list[list[Any]]] | None]:
        """Each window's first row, first column and rows as calamine reads them; one None
        instead when the sheet's first rows carry no numbers (it must be read whole)."""
        common = {n: self._zip.read(n) for n in self._common}
        first = True
        for chunk in self._chunks(path):
            if not _numbered(chunk, every=first):
                if first:
                    yield None
                    return
                raise FileRejected(_("A row of the sheet '{sheet}' has no row number: the workbook "
                                     "cannot be read.").format(sheet=name))
            first = False
            sheet = _window_sheet(common, path, chunk, name)
            if sheet is not None:
                (top, left), rows = sheet.start, sheet.to_python(skip_empty_area=True)
                yield top, left, rows

    def _whole(self, name: str) -> Iterator[list[Any]]:
        """The sheet read whole by calamine, its rows from column A as in a window (calamine's
        rows start at row 1 but at the leftmost column used)."""
        sheet = CalamineWorkbook.from_filelike(io.BytesIO(self._data)).get_sheet_by_name(name)
        left = sheet.start[1] if sheet.start else 0
        pad = [""] * left
        for row in sheet.iter_rows():
            yield pad + row if left else row

    def _chunks(self, path: str) -> Iterator[bytes]:
        """The sheet's XML: the first chunk is everything up to ``<sheetData>`` with the
        first window of rows; each one is a whole document (closing tags added)."""
        with self._zip.open(path) as f:
            buf = b""
            while (m := _SHEET_DATA.search(buf)) is None:
                more = f.read(_READ)
                if not more:
                    yield buf
                    return
                buf += more
            prefix = (m.group(1) + b":") if m.group(1) else b""
            if m.group(3):  # <sheetData/>: no rows
                yield buf
                return
            head = buf[:m.end()]
            close_row, close_data = b"</" + prefix + b"row>", b"</" + prefix + b"sheetData>"
            tail = close_data + b"</" + prefix + b"worksheet>"
            buf = buf[m.end():]
            while True:
                end = buf.find(close_data)
                limit = end if end >= 0 else len(buf)
                while limit >= WINDOW_BYTES:  # whole rows, about WINDOW_BYTES at a time
                    cut = buf.rfind(close_row, 0, WINDOW_BYTES)
                    if cut < 0:  # one row longer than a window
                        cut = buf.find(close_row, 0, limit)
                    if cut < 0:
                        break
                    cut += len(close_row)
                    yield head + buf[:cut] + tail
                    buf, limit = buf[cut:], limit - cut
                if end >= 0:
                    yield head + buf[:limit] + tail
                    return
                more = f.read(_READ)
                if not more:  # truncated: calamine says what is wrong with it
                    yield head + buf
                    return
                buf += more


class _ReadAhead:
    """The items of ``source`` produced on a thread of its own, at most :data:`AHEAD` ahead of
    the one who iterates (in the same order; an exception raised by ``source`` is raised to
    them in its place).  Leaving the ``with`` block (the rows read, an error, the reader
    stopping early) stops the thread and lets its items go."""

    _END = object()
    # Python hands its lock from one thread to another wanting it every 5 ms by default; the
    # thread reading ahead wants it back after each step calamine and zlib take without it,
    # and at 5 ms a wait it spent more time waiting than reading (5.4 s of a 13 s first pass
    # over the large demo's export).  Lowered while any read-ahead runs.
    SWITCH_INTERVAL = 0.0005
    _running = 0
    _saved_interval = 0.0
    _lock = threading.RLock()   # re-entrant: a collection on this thread may close another read-ahead

    def __init__(self, source: Iterator[Any]) -> None:
        self._source = source
        self._queue: queue.Queue[tuple[Any, BaseException | None]] = queue.Queue(AHEAD)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._produce, name="hrdesk-read-ahead", daemon=True)

    def __enter__(self) -> Iterator[Any]:
        with _ReadAhead._lock:
            if not _ReadAhead._running:
                _ReadAhead._saved_interval = sys.getswitchinterval()
                sys.setswitchinterval(min(self.SWITCH_INTERVAL, _ReadAhead._saved_interval))
            _ReadAhead._running += 1
        try:
            self._thread.start()
        except BaseException:  # no thread to be had: the interval as it was
            self._release()
            raise
        return self._items()

    def __exit__(self, *exc: object) -> None:
        self._stop.set()   # the thread sees it within 50 ms, or after the window it is reading
        try:
            # a reader dropped in a reference cycle is closed by the collector on whichever
            # thread it runs, this one's own included: it cannot wait for itself, and stops
            # after this (its next hand-over sees the stop)
            if self._thread is not threading.current_thread():
                self._thread.join()
        finally:
            self._release()

    @staticmethod
    def _release() -> None:
        with _ReadAhead._lock:
            _ReadAhead._running -= 1
            if not _ReadAhead._running:
                sys.setswitchinterval(_ReadAhead._saved_interval)

    def _items(self) -> Iterator[Any]:
        while True:
            item, error = self._queue.get()
            if error is not None:
                raise error
            if item is self._END:
                return
            yield item

    def _produce(self) -> None:
        try:
            for item in self._source:
                if not self._put((item, None)):
                    return
            self._put((self._END, None))
        except BaseException as exc:  # handed to the reader, who raises it
            self._put((None, exc))
        finally:
            close = getattr(self._source, "close", None)
            if close is not None:
                close()

    def _put(self, entry: tuple[Any, BaseException | None]) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(entry, timeout=0.05)
                return True
            except queue.Full:
                pass
        return False


def _numbered(xml: bytes, *, every: bool) -> bool:
    """Whether the window's first ``<row>`` (``every``: each of them) says its row number.
    Calamine numbers a row without one after the row before it, which is the same in a
    window as in the whole sheet except for a window's first row."""
    if every:
        return len(_ROW_TAG.findall(xml)) == len(_ROW_NUMBER.findall(xml))
    first = _ROW_TAG.search(xml)
    if first is None:
        return True
    end = xml.find(b">", first.start())
    return _ROW_NUMBER.match(xml, first.start(), end + 1) is not None


def listed_sheet_names(path: Path | str) -> list[str]:
    """The sheet names an .xlsx file's ``workbook.xml`` lists, read from the zip alone (at most
    :data:`MAX_WORKBOOK_PART` of it); [] for any other file or one that cannot be read so (a
    pipe or a device is not opened: reading one may never end)."""
    try:
        if not Path(path).is_file():
            return []
        with zipfile.ZipFile(path) as zf:
            if zf.getinfo("xl/workbook.xml").file_size > MAX_WORKBOOK_PART:
                return []
            return _sheet_names(zf)
    except Exception:  # not a zip, no workbook part, a damaged file: nothing listed
        return []


def _sheet_names(zf: zipfile.ZipFile) -> list[str]:
    """The names of the sheets ``workbook.xml`` lists, in its order; [] when it cannot be read."""
    try:
        book = fromstring(zf.read("xl/workbook.xml"))
    except Exception:  # missing or not laid out as usual: calamine reads it whole
        return []
    return [sheet.get("name") or "" for sheet in book.iter(_MAIN + "sheet")]


def _sheet_paths(zf: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Sheet name → path of its XML part in the zip (workbook.xml and its relationships)."""
    try:
        book = fromstring(zf.read("xl/workbook.xml"))
        rels = fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # parts missing or not laid out as usual: calamine reads it whole
        return {}
    targets = {r.get("Id"): r.get("Target") or "" for r in rels.iter(_PKG_REL)}
    paths: dict[str, str] = {}
    for sheet in book.iter(_MAIN + "sheet"):
        target = targets.get(sheet.get(_OFFICE_REL), "")
        path = target.lstrip("/") if target.startswith("/") else "xl/" + target
        if path in names:
            paths[sheet.get("name") or ""] = path
    return paths


def _window_sheet(common: dict[str, bytes], path: str, xml: bytes, name: str) -> Any:
    """The window as a calamine sheet (a small workbook of the common parts and ``xml``),
    or None when it has no cell."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for part, data in common.items():
            z.writestr(part, data)
        z.writestr(path, xml)
    out.seek(0)
    sheet = CalamineWorkbook.from_filelike(out).get_sheet_by_name(name)
    return sheet if sheet.height and sheet.width else None
