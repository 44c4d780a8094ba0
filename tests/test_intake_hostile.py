"""Every spreadsheet intake refuses the hostile corpus the exchange import refuses
(tests/hostile_spreadsheets.py): ``hrdesk import-activities`` and attendance sheets, for
.xlsx, .ods, .xls and .csv; one clear line, nothing imported."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from pathlib import Path

import openpyxl
import pytest
from hostile_spreadsheets import LAUGHS, hostile_corpus, rezip
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select
from test_intake_activities import fill_template

from hrdesk.cli import main
from hrdesk.domain.errors import HRDeskError
from hrdesk.intake import reading
from hrdesk.intake.attendance import AttendanceImport
from hrdesk.intake.template import write_template
from hrdesk.services.activities import ActivityService
from hrdesk.spreadsheets import guard
from hrdesk.storage import models as m

DATA = Path(__file__).parent / "data"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _activities(db) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(m.Activity))


def test_import_activities_refuses_every_hostile_file(db, db_path, tmp_path, capsys):
    base = fill_template(write_template(tmp_path / "activity-log.xlsx"))
    code, _out, err = run(capsys, "import-activities", base, "--dry-run", "--db", db_path)
    assert code == 0, err  # the base file is good: each refusal below is due to what was changed
    for bad in hostile_corpus(base, tmp_path / "corpus"):
        code, _out, err = run(capsys, "import-activities", bad.path, "--db", db_path)
        assert code != 0, bad.name
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in err, (bad.name, err)
        assert bad.expected in lines[0] and bad.path.name in lines[0], (bad.name, err)
    assert _activities(db) == 0


def test_attendance_import_refuses_every_hostile_file(db, tmp_path):
    activity = ActivityService(db).create({"title": "Formation", "kind": "training",
                                           "start_date": dt.date(2019, 6, 10), "country": "GIN"})
    base = DATA / "liste-de-presence-conakry.xlsx"
    assert AttendanceImport(db, base).preview().rows  # the base file is good
    for bad in hostile_corpus(base, tmp_path / "corpus"):
        with pytest.raises(HRDeskError) as info:
            AttendanceImport(db, bad.path)
        assert bad.expected in str(info.value) and bad.path.name in str(info.value), (bad.name, info.value)
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Participation)) == 0
    assert activity["uuid"]


def _ods_entities(name: str, data: bytes) -> bytes:
    if name != "content.xml":
        return data
    text = data.decode()
    end = text.index("?>") + 2 if text.startswith("<?xml") else 0
    return (text[:end] + LAUGHS.replace("worksheet", "office:document-content") + text[end:]).encode()


@pytest.mark.parametrize("change, extra, expected", [
    (None, {"Pictures/big.png": bytes(8 << 20)}, "zip bomb"),
    (None, {"Basic/Standard/Module1.xml": b"<a/>"}, "contains macros"),
    (_ods_entities, None, "declares XML entities or a DTD"),
    (None, {"../../outside.xml": b"<a/>"}, "unsafe name"),
], ids=["zip-bomb", "macros", "xml-entities", "path-traversal"])
def test_ods_gets_the_same_guards(tmp_path, change, extra, expected):
    base = DATA / "liste-de-presence-conakry.ods"
    assert reading.read_sheet(base).rows
    bad = rezip(base, tmp_path / "liste.ods", change, extra)
    with pytest.raises(HRDeskError, match=expected):
        reading.read_sheet(bad)


def test_xls_and_csv_get_size_limits_and_content_checks(tmp_path, monkeypatch):
    xls = DATA / "lista-asistencia-panama.xls"
    assert reading.read_sheet(xls).rows
    csv = DATA / "attendance-kampala.csv"
    assert reading.read_sheet(csv).rows
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    for path in (xls, csv):
        with pytest.raises(HRDeskError, match="larger than 0 MB"):
            reading.read_sheet(path)
    monkeypatch.undo()
    fake = tmp_path / "liste.xls"
    fake.write_bytes(guard.OLE_SIGNATURE + b"\0" * 600)  # an Office file that is damaged
    with pytest.raises(HRDeskError, match="damaged or incomplete"):
        reading.read_sheet(fake)
    text = tmp_path / "liste.xls"
    text.write_text("name;sex\nA;F\n")
    with pytest.raises(HRDeskError, match="not a spreadsheet HRDesk can read"):
        reading.read_sheet(text)


def test_a_csv_cell_longer_than_the_csv_reader_takes_is_refused_with_a_reason(db, tmp_path):
    """A cell of 200,000 characters (a file gone wrong) is a clear message, not a crash, in
    every import that reads CSV files."""
    path = tmp_path / "liste.csv"
    path.write_text("Name;Sex\n" + "x" * 200_000 + ";F\nAminata Sow;F\n", encoding="utf-8")
    with pytest.raises(HRDeskError, match=r"liste.csv, sheet liste: cannot be read \(field larger than field limit"):
        reading.read_sheets(path)
    activity = ActivityService(db).create({"title": "Atelier", "kind": "workshop", "start_date": dt.date(2024, 5, 2),
                                           "country": "GIN"})
    with pytest.raises(HRDeskError, match="cannot be read"):
        AttendanceImport(db, path, activity_uuid=activity["uuid"])


def test_a_device_or_fifo_is_not_read_as_a_spreadsheet(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(HRDeskError, match="not a regular file"):
        reading.read_sheet(fifo)


@pytest.mark.parametrize("name", ["liste-de-presence-conakry.xlsx", "lista-asistencia-panama.xlsx",
                                  "liste-de-presence-avec-erreur.xlsx"])
def test_xlsx_read_a_window_at_a_time_gives_the_cells_calamine_gives(name):
    """The intake reads an .xlsx sheet a window of rows at a time: the same cells, rows and
    columns (from A1, title blocks included) as calamine reading the sheet whole."""
    path = DATA / name
    book = CalamineWorkbook.from_path(str(path))
    sheets = reading.read_sheets(path)
    assert list(sheets) == book.sheet_names
    for sheet_name, sheet in sheets.items():
        whole = [[reading._plain(v) for v in row]
                 for row in book.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)]
        while whole and reading.is_blank(whole[-1]):
            whole.pop()
        assert sheet.rows == whole, sheet_name
        assert any(not reading.is_blank(row) for row in sheet.rows)


def _attendance_rows(path: Path, n: int, blank_after: int = 0) -> Path:
    lines = ["Nom;Sexe;Organisation"] + [f"Personne {i};F;OGDH" for i in range(n)] + [";;"] * blank_after
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_sheet_longer_than_the_limit_is_refused_and_nothing_is_imported(db, tmp_path, monkeypatch):
    activity = ActivityService(db).create({"title": "Formation", "kind": "training",
                                           "start_date": dt.date(2019, 6, 10), "country": "GIN"})
    monkeypatch.setattr(reading, "MAX_ROWS", 100)
    ok = _attendance_rows(tmp_path / "ok.csv", 99, blank_after=500)   # blank rows at the end: no data
    assert AttendanceImport(db, ok).commit(activity["uuid"]).participations == 99
    long = _attendance_rows(tmp_path / "long.csv", 100)              # 101 rows with the header
    with pytest.raises(HRDeskError, match=r"long.csv, sheet long: more than 100 rows\. Split the file"):
        AttendanceImport(db, long)
    xlsx = tmp_path / "long.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Liste"
    for row in [["Nom", "Sexe"]] + [[f"Personne {i}", "F"] for i in range(120)]:
        wb.active.append(row)
    wb.save(xlsx)
    with pytest.raises(HRDeskError, match=r"long.xlsx, sheet Liste: more than 100 rows"):
        AttendanceImport(db, xlsx)
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Participant)) == 99   # the first file's


def test_reading_stops_at_the_first_row_past_the_limit(monkeypatch):
    """A sheet is refused as soon as its rows pass the limit: the rest is never read (an
    endless sheet would otherwise never end)."""
    monkeypatch.setattr(reading, "MAX_ROWS", 1000)
    endless = ([f"Personne {i}", "F"] for i in itertools.count())
    with pytest.raises(HRDeskError, match="more than 1,000 rows"):
        reading._limited(Path("endless.xlsx"), "Liste", endless)
    assert next(endless) == ["Personne 1001", "F"]     # rows 1 to 1,001 read, not one more


def test_an_ods_workbook_too_large_to_read_whole_is_refused_before_calamine_reads_it(db, tmp_path, monkeypatch):
    """An .ods workbook is read whole: one whose sheet data would fill the memory (a 5 MB file
    can hold 250 MB of it) is refused, with its size and what to do, before calamine opens
    it; a workbook under the limit is read as before."""
    import zipfile

    base = DATA / "liste-de-presence-conakry.ods"
    with zipfile.ZipFile(base) as zf:
        size = zf.getinfo("content.xml").file_size
    monkeypatch.setattr(reading, "MAX_ODS_XML", size)
    assert reading.read_sheet(base).rows
    monkeypatch.setattr(reading, "MAX_ODS_XML", size - 1)
    opened: list[object] = []
    monkeypatch.setattr(reading, "CalamineWorkbook", type("Spy", (), {
        "from_filelike": staticmethod(lambda f: opened.append(f))}))
    activity = ActivityService(db).create({"title": "Formation", "kind": "training",
                                           "start_date": dt.date(2019, 6, 10), "country": "GIN"})
    with pytest.raises(HRDeskError, match=r"liste-de-presence-conakry.ods: this .ods workbook is too large "
                                          r"to be read at once \(\d+ MB of sheet data, at most \d+ MB\)\. "
                                          r"Save it as .xlsx"):
        AttendanceImport(db, base)
    assert opened == [] and activity["uuid"]
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Participant)) == 0


def test_whether_a_file_is_an_exchange_workbook_is_learnt_without_calamine(tmp_path, monkeypatch):
    """The activity log and recommendation imports (window and command line) first ask whether
    the file is an exchange workbook, before any of the file checks: only an .xlsx's
    ``workbook.xml`` is read for that (calamine would read an .ods whole, an .xlsx's shared
    strings whole); an .ods too large to read is then refused by the intake."""
    import zipfile

    from hrdesk.exchange import parse

    def never(*args):
        raise AssertionError("calamine opened the file")

    spy = type("Spy", (), {"from_path": staticmethod(never), "from_filelike": staticmethod(never)})
    from hrdesk.spreadsheets import windows

    monkeypatch.setattr("python_calamine.CalamineWorkbook", spy)
    monkeypatch.setattr(windows, "CalamineWorkbook", spy)
    exchange = tmp_path / "gn.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Activities"
    wb.create_sheet("hrdesk")
    wb.save(exchange)
    assert parse.is_exchange_workbook(exchange) is True
    (tmp_path / "renamed.ods").write_bytes(exchange.read_bytes())
    assert parse.is_exchange_workbook(tmp_path / "renamed.ods") is True   # by its content
    for other in ("liste-de-presence-conakry.ods", "lista-asistencia-panama.xls"):
        assert parse.is_exchange_workbook(DATA / other) is False
    big = tmp_path / "big-workbook-part.xlsx"
    with zipfile.ZipFile(exchange) as src, zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b"</workbook>", b"<!--" + b" " * (5 << 20) + b"--></workbook>")
            out.writestr(info, data)
    assert parse.is_exchange_workbook(big) is False
    if hasattr(os, "mkfifo"):   # a pipe is never opened (nothing would ever be written to it)
        os.mkfifo(tmp_path / "pipe.xlsx")
        assert parse.is_exchange_workbook(tmp_path / "pipe.xlsx") is False
    base = DATA / "liste-de-presence-conakry.ods"
    with zipfile.ZipFile(base) as zf:
        size = zf.getinfo("content.xml").file_size
    monkeypatch.setattr(reading, "MAX_ODS_XML", size - 1)
    assert parse.is_exchange_workbook(base) is False
    with pytest.raises(HRDeskError, match="too large to be read at once"):
        reading.read_sheet(base)
