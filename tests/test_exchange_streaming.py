"""Imports in bounded memory (issue 19): a file is read in batches, twice (checks, then the
merge inside the one transaction), and stays all-or-nothing."""

from __future__ import annotations

import sys
import uuid as uuid_module

import openpyxl
import pytest
from test_exchange_support import db_hash, fill_sample, new_db, snapshot

from hrdesk.exchange import export_workbook, import_file
from hrdesk.exchange import merge as merge_module
from hrdesk.exchange import parse as parse_module
from hrdesk.spreadsheets import windows as windows_module
from hrdesk.spreadsheets.guard import FileRejected


@pytest.fixture
def exported(tmp_path):
    db = new_db(tmp_path, "GN")
    fill_sample(db)
    path = tmp_path / "gn.xlsx"
    export_workbook(db, path, privacy="full")
    db.close()
    return path


def _cell(ws, row: int, column: str):
    header = [c.value for c in ws[1]]
    return ws.cell(row=row, column=header.index(column) + 1)


def test_an_import_failing_on_its_last_row_leaves_the_database_unchanged(tmp_path, exported, monkeypatch):
    """One record per batch: the activity changed in the file is written early in the
    transaction, then the file's last row (a new participation of a person already listed in
    that activity) contradicts the database: everything is rolled back."""
    region = new_db(tmp_path, "RO")
    assert import_file(region, exported).ok
    wb = openpyxl.load_workbook(exported)
    acts = wb["Activities"]
    version = int(_cell(acts, 2, "version").value)
    _cell(acts, 2, "title").value = "Changed in the field"
    _cell(acts, 2, "version").value = version + 1
    _cell(acts, 2, "versions").value = f"GN:{version + 1}"
    parts = wb["Participations"]
    last = parts.max_row
    assert last >= 3
    _cell(parts, last, "uuid").value = str(uuid_module.uuid4())  # same activity and person, new record
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)

    monkeypatch.setattr(parse_module, "BATCH_ROWS", 1)
    monkeypatch.setattr(windows_module, "WINDOW_BYTES", 600)  # calamine reads a few rows at a time
    batches: list[tuple[str, int, int]] = []
    original = merge_module.Merger._batch

    def spy(self, sheet, incoming):
        original(self, sheet, incoming)
        batches.append((sheet.name, incoming[0]["_row"], self.counts["updated"]))

    monkeypatch.setattr(merge_module.Merger, "_batch", spy)
    before = db_hash(region)
    result = import_file(region, edited, accept_modified=True)
    assert result.status == "rejected", result.summary()
    assert "contradicts the database" in str(result.problems[0])
    assert ("Activities", 2, 1) in batches                 # the change was written, then undone
    assert batches[-1][0] == "Participations" and batches[-1][1] == last - 1  # the failing row's batch never ended
    assert db_hash(region) == before
    assert all(title != "Changed in the field" for title in
               (a["title"] for a in snapshot(region)["Activities"].values()))
    region.close()


@pytest.mark.parametrize("batch_rows", [1, 3])
def test_batches_merge_exactly_as_one_file_in_memory(tmp_path, exported, monkeypatch, batch_rows):
    """The same file imported in small batches and in one gives the same database content."""
    (tmp_path / "whole").mkdir()
    (tmp_path / "batched").mkdir()
    whole = new_db(tmp_path / "whole", "RO")
    assert import_file(whole, exported).ok
    monkeypatch.setattr(parse_module, "BATCH_ROWS", batch_rows)
    batched = new_db(tmp_path / "batched", "RO")
    result = import_file(batched, exported)
    assert result.ok, result.summary()
    assert snapshot(batched) == snapshot(whole)
    whole.close()
    batched.close()


def test_the_merge_pass_reads_each_sheet_in_batches(tmp_path, exported, monkeypatch):
    """No sheet is held whole: the merge receives at most ``BATCH_ROWS`` records at a time."""
    monkeypatch.setattr(parse_module, "BATCH_ROWS", 2)
    sizes: list[int] = []
    original = merge_module.Merger._batch

    def spy(self, sheet, incoming):
        sizes.append(len(incoming))
        original(self, sheet, incoming)

    monkeypatch.setattr(merge_module.Merger, "_batch", spy)
    region = new_db(tmp_path, "RO")
    assert import_file(region, exported).ok
    assert sizes and max(sizes) <= 2 and len(sizes) > 4
    region.close()


def _calamine_rows(path, name):
    from python_calamine import CalamineWorkbook

    return list(CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).iter_rows())


def test_sheet_windows_give_the_cells_calamine_gives_for_the_whole_sheet(tmp_path, exported, monkeypatch):
    """Read a few rows at a time, every sheet of an exchange file and of a spreadsheet with
    dates, times, yes/no, numbers, shared strings and empty rows (above the first row, in the
    middle, across windows) comes out cell for cell, type for type, as calamine's whole sheet."""
    import datetime as dt

    monkeypatch.setattr(windows_module, "WINDOW_BYTES", 300)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append([])
    ws.append(["name", "when", "at", "ok", "n", "x"])
    for i in range(60):
        if i % 7 == 3:
            ws.append([])
            continue
        ws.append([f"Person {i % 5}", dt.date(2024, 1, 1 + i % 28), dt.datetime(2024, 2, 1, 8, i % 60),
                   i % 2 == 0, i * 1.5, None if i % 3 else "x"])
    ws.append([None, None, None, None, None, None, "beyond"])
    path = tmp_path / "plain.xlsx"
    wb.save(path)
    paths = [(path, ["Data"]), (exported, ["Activities", "Participants", "Participations", "Offices", "hrdesk"])]
    for file, names in paths:
        data = file.read_bytes()
        reader = windows_module.SheetWindows(data, names)
        assert not reader.whole
        for name in names:
            mine, whole = list(reader.rows(name)), _calamine_rows(file, name)
            if name == "Data":  # a cell right of the header's columns (in a later window): the rows
                assert mine[-1] == whole[-1]  # before it keep the width of the header (module note)
                assert all(r[6:] in ([], [""]) for r in mine[:-1] + whole[:-1])
                mine, whole = [r[:6] for r in mine[:-1]], [r[:6] for r in whole[:-1]]
            assert mine == whole, name
            assert [list(map(type, r)) for r in mine] == [list(map(type, r)) for r in whole]


def test_the_import_never_has_calamine_read_a_whole_sheet(tmp_path, exported, monkeypatch):
    """Both passes hand calamine windows of rows (here a few rows each), never a whole sheet."""
    monkeypatch.setattr(windows_module, "WINDOW_BYTES", 600)
    heights: list[int] = []
    original = windows_module._window_sheet

    def spy(common, path, xml, name):
        sheet = original(common, path, xml, name)
        heights.append(sheet.height if sheet is not None else 0)
        return sheet

    def whole(self, name):
        raise AssertionError(f"the sheet {name} was read whole")

    monkeypatch.setattr(windows_module, "_window_sheet", spy)
    monkeypatch.setattr(windows_module.SheetWindows, "_whole", whole)
    region = new_db(tmp_path, "RO")
    result = import_file(region, exported)
    assert result.ok and result.inserted > 0
    assert len(heights) > 10 and max(heights) <= 6


def test_a_window_calamine_cannot_read_rejects_the_file(tmp_path, exported, monkeypatch):
    """Calamine failing on a window in the middle of a sheet (first pass): the file is
    rejected with a message, nothing imported."""
    from python_calamine import CalamineError

    monkeypatch.setattr(windows_module, "WINDOW_BYTES", 600)
    original, calls = windows_module._window_sheet, []

    def failing(common, path, xml, name):
        calls.append(name)
        if len(calls) == 5:
            raise CalamineError("bad cell")
        return original(common, path, xml, name)

    monkeypatch.setattr(windows_module, "_window_sheet", failing)
    region = new_db(tmp_path, "RO")
    before = db_hash(region)
    result = import_file(region, exported)
    assert not result.ok and "could not be read: bad cell" in result.message
    assert db_hash(region) == before


def _rewritten(source, target, change):
    import zipfile

    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            out.writestr(info, change(info.filename, data))
    return target


def test_rows_without_numbers_are_read_whole_or_refused(tmp_path, monkeypatch):
    """Calamine numbers a row without ``r`` after the row before it: a sheet whose first rows
    have no numbers is read whole (the same cells as calamine's); a window starting with such
    a row further down cannot be placed, and is refused rather than misplaced."""
    import re

    monkeypatch.setattr(windows_module, "WINDOW_BYTES", 300)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    for i in range(40):
        ws.append([f"row {i}", i])
    plain = tmp_path / "plain.xlsx"
    wb.save(plain)
    sheet = "xl/worksheets/sheet1.xml"
    unnumbered = _rewritten(plain, tmp_path / "unnumbered.xlsx", lambda name, data: re.sub(
        rb'<row r="\d+"', b"<row", data) if name == sheet else data)
    reader = windows_module.SheetWindows(unnumbered.read_bytes(), ["Data"])
    assert list(reader.rows("Data")) == _calamine_rows(unnumbered, "Data")

    later = _rewritten(plain, tmp_path / "later.xlsx", lambda name, data: re.sub(
        rb'<row r="(2\d|3\d)"', b"<row", data) if name == sheet else data)
    reader = windows_module.SheetWindows(later.read_bytes(), ["Data"])
    with pytest.raises(FileRejected, match="no row number"):
        list(reader.rows("Data"))


@pytest.mark.parametrize("batch_rows", [1, 5000])
def test_a_person_listed_twice_in_one_activity_is_reported_on_each_later_row(tmp_path, exported, monkeypatch,
                                                                             batch_rows):
    """Two more participations of the first row's person in its activity (new uuids): each
    later row is a problem naming the first row, in row order, whatever the batch size."""
    monkeypatch.setattr(parse_module, "BATCH_ROWS", batch_rows)
    wb = openpyxl.load_workbook(exported)
    parts = wb["Participations"]
    last = parts.max_row
    assert last >= 4
    header = [c.value for c in parts[1]]
    first = [c.value for c in parts[2]]
    for _copy in range(2):
        row = list(first)
        row[header.index("uuid")] = str(uuid_module.uuid4())
        parts.append(row)
    deleted = list(first)  # a deleted one does not count
    deleted[header.index("uuid")] = str(uuid_module.uuid4())
    deleted[header.index("deleted")] = True
    parts.append(deleted)
    edited = tmp_path / "twice.xlsx"
    wb.save(edited)
    region = new_db(tmp_path, "RO")
    result = import_file(region, edited, accept_modified=True)
    assert result.status == "rejected"
    twice = [(p.sheet, p.row, p.column, p.message) for p in result.problems if "already listed" in p.message]
    message = "This person is already listed in this activity in row 2."
    assert twice == [("Participations", last + 1, "participant", message),
                     ("Participations", last + 2, "participant", message)]
    region.close()


def test_the_merge_reads_the_first_passes_records_not_the_cells_again(tmp_path, exported, monkeypatch):
    """The merge takes the records the checking pass kept (compressed); past the memory
    allowed for them, it reads the sheets again: both give the same database."""
    from hrdesk.exchange import importer as importer_module

    reads: list[str] = []
    original = importer_module.sheet_batches

    def spy(wb, sheet, privacy, **kw):
        reads.append(sheet.name)
        return original(wb, sheet, privacy, **kw)

    monkeypatch.setattr(importer_module, "sheet_batches", spy)
    (tmp_path / "kept").mkdir()
    (tmp_path / "again").mkdir()
    kept = new_db(tmp_path / "kept", "RO")
    assert import_file(kept, exported).ok
    assert reads == ["Offices"]  # read ahead for the turns; the merge read nothing again
    monkeypatch.setattr(importer_module, "KEPT_BYTES", 10)
    reads.clear()
    again = new_db(tmp_path / "again", "RO")
    assert import_file(again, exported).ok
    assert {"Activities", "Participants", "Participations"} <= set(reads)
    assert snapshot(kept) == snapshot(again)
    kept.close()
    again.close()


def test_calamine_never_loads_the_whole_exchange_file(tmp_path, exported, monkeypatch):
    """Opening the file (its sheets, its metadata) and importing it hand calamine small
    windows only: loading the whole file takes about twice its size while it lasts."""
    from python_calamine import CalamineWorkbook

    whole = exported.read_bytes()
    given: list[bool] = []   # whether calamine was given the whole file
    original = CalamineWorkbook.from_filelike

    def spy(filelike):
        given.append(filelike.getvalue() == whole)
        return original(filelike)

    monkeypatch.setattr(windows_module.CalamineWorkbook, "from_filelike", staticmethod(spy))
    monkeypatch.setattr(windows_module, "WINDOW_BYTES", 2000)
    region = new_db(tmp_path, "RO")
    result = import_file(region, exported)
    assert result.ok, result.summary()
    assert import_file(region, exported).status == "already_imported"
    assert len(given) > 2 and not any(given)
    region.close()


def _without_part(source, out, sheet: str):
    """The workbook with the XML part of ``sheet`` left out (workbook.xml still lists it)."""
    import re
    import zipfile

    with zipfile.ZipFile(source) as z:
        book = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(rf'<sheet\b[^>]*\bname="{sheet}"[^>]*>', book).group(0)
        rid = re.search(r'r:id="([^"]+)"', rid).group(1)
        rel = re.search(rf'<Relationship\b[^>]*\bId="{rid}"[^>]*>', rels).group(0)
        target = re.search(r'Target="([^"]+)"', rel).group(1)
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as o:
            for name in z.namelist():
                if name != target:
                    o.writestr(name, z.read(name))
    return out


@pytest.mark.parametrize("sheet", ["Recommendation history", "Participations", "hrdesk"])
def test_a_sheet_listed_without_its_part_rejects_the_file(tmp_path, exported, sheet):
    """A workbook whose workbook.xml lists a sheet whose part is gone is damaged: rejected as
    unreadable (as when calamine opened the whole file), even with --accept-modified — an
    optional sheet is not skipped as if the file had none."""
    damaged = _without_part(exported, tmp_path / "damaged.xlsx", sheet)
    region = new_db(tmp_path, "RO")
    before = db_hash(region)
    result = import_file(region, damaged, accept_modified=True)
    assert result.status == "rejected", result.summary()
    assert [p.message for p in result.problems] == [f"The workbook could not be read: {sheet}"]
    assert db_hash(region) == before
    region.close()


def _read_ahead_threads() -> list:
    import threading

    return [t for t in threading.enumerate() if t.name == "hrdesk-read-ahead"]


def test_windows_are_read_ahead_on_a_thread_in_order_and_at_most_two_ahead():
    """The read-ahead gives the source's items in order, never more than AHEAD (+ the one being
    handed over) ahead of the reader; an error of the source reaches the reader in its place,
    after the items before it; the thread is gone when the reading ends."""
    import threading
    import time

    made: list[int] = []
    reader_thread = threading.current_thread()
    threads: set = set()

    def source():
        for i in range(20):
            threads.add(threading.current_thread())
            made.append(i)
            yield i

    before = sys.getswitchinterval()
    with windows_module._ReadAhead(source()) as items:
        assert sys.getswitchinterval() == min(before, windows_module._ReadAhead.SWITCH_INTERVAL)
        first = next(items)
        time.sleep(0.3)   # plenty of time for the thread to run ahead, if it could
        assert first == 0 and len(made) <= 1 + windows_module.AHEAD + 1
        assert [first, *items] == list(range(20))
    assert threads and reader_thread not in threads
    assert not _read_ahead_threads() and sys.getswitchinterval() == before

    def failing():
        yield 1
        yield 2
        raise ValueError("bad window")

    got: list[int] = []
    with pytest.raises(ValueError, match="bad window"), windows_module._ReadAhead(failing()) as items:
        got.extend(items)
    assert got == [1, 2] and not _read_ahead_threads() and sys.getswitchinterval() == before


def test_a_reader_stopping_early_stops_the_read_ahead(exported, monkeypatch):
    """A sheet left after its first rows (a row limit, a cancel, an error in the caller): the
    thread reading its windows stops and the sheet's source is closed."""
    monkeypatch.setattr(windows_module, "WINDOW_BYTES", 300)
    closed: list[str] = []
    original = windows_module.SheetWindows._windows

    def spy(self, path, name):
        try:
            yield from original(self, path, name)
        finally:
            closed.append(name)

    monkeypatch.setattr(windows_module.SheetWindows, "_windows", spy)
    reader = windows_module.SheetWindows(exported.read_bytes(), ["Participants"])
    rows = reader.rows("Participants")
    header = next(rows)
    assert "uuid" in header and _read_ahead_threads()
    rows.close()
    assert closed == ["Participants"] and not _read_ahead_threads()


def test_a_sheet_left_in_a_reference_cycle_is_stopped_on_whichever_thread_collects_it(exported, monkeypatch):
    """A reader dropped without being closed, in a reference cycle (a traceback kept, say): the
    cyclic collector finalises it on whichever thread allocates at that moment — often the
    read-ahead's own thread, which allocates every window's rows.  That thread cannot join
    itself: it must still stop, and the switch interval must still be restored."""
    import gc
    import threading
    import time

    monkeypatch.setattr(windows_module, "WINDOW_BYTES", 300)
    dropped, collected = threading.Event(), threading.Event()
    original = windows_module._window_sheet
    calls: list[int] = []

    def window_sheet(*args):
        calls.append(1)
        if len(calls) == 2:   # the reader has its first window: the collector runs here
            dropped.wait(5)
            gc.collect()
            collected.set()
        return original(*args)

    monkeypatch.setattr(windows_module, "_window_sheet", window_sheet)
    unraisable: list = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    before = sys.getswitchinterval()
    rows = windows_module.SheetWindows(exported.read_bytes(), ["Participants"]).rows("Participants")
    assert "uuid" in next(rows)
    cycle: list = [rows]
    cycle.append(cycle)
    del rows, cycle
    dropped.set()
    assert collected.wait(10)
    deadline = time.monotonic() + 5
    while _read_ahead_threads() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not _read_ahead_threads()
    assert [u.exc_value for u in unraisable] == []
    assert sys.getswitchinterval() == before


def test_a_read_ahead_whose_thread_cannot_start_leaves_the_switch_interval_as_it_was(exported, monkeypatch):
    """No thread to be had (the process at its limit): the reading fails, and the switch
    interval is not left lowered for the rest of the session."""
    import threading

    def start(self):
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", start)
    before = sys.getswitchinterval()
    with pytest.raises(RuntimeError, match="can't start new thread"):
        next(windows_module.SheetWindows(exported.read_bytes(), ["Participants"]).rows("Participants"))
    assert sys.getswitchinterval() == before and windows_module._ReadAhead._running == 0
