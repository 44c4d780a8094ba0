"""Control characters (NUL, BEL, ESC…) are dropped the same way on every input path — the
editor's services, ``import-activities``, attendance sheets, the exchange import — so the
Excel report never fails on them and two offices store the same content for a record."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from hostile_spreadsheets import rezip
from openpyxl import load_workbook
from sqlalchemy import select, update
from test_exchange_support import new_db
from test_intake_activities import fill_template

from hrdesk.cli import main
from hrdesk.domain.cleaning import clean_text
from hrdesk.exchange import export_workbook, import_file
from hrdesk.intake.attendance import AttendanceImport
from hrdesk.intake.template import write_template
from hrdesk.reports import service
from hrdesk.reports.scope import ReportScope
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.storage import models as m

DIRTY = "Radio\x00 cam\x07paign\x1b[0m\x7f\x85 on\r\ncivic space"
CLEAN = "Radio campaign[0m on\ncivic space"


def _escaped(text: str) -> bytes:
    """``text`` as an .xlsx part holds it (Excel writes control characters as ``_xHHHH_``)."""
    return "".join(f"_x{ord(c):04X}_" if ord(c) < 32 and c not in "\t\n" else c for c in text).encode()


def _inject(source: Path, out: Path, marker: str, text: str) -> Path:
    return rezip(source, out, lambda name, data: data.replace(marker.encode(), _escaped(text)))


def _titles(db) -> list[str]:
    with db.read_session() as s:
        return sorted(s.scalars(select(m.Activity.title)))


def test_clean_text_drops_controls_but_keeps_tabs_newlines_and_replacement_characters():
    assert clean_text(DIRTY) == CLEAN
    assert clean_text("a\tb\nc\ufffd d") == "a\tb\nc\ufffd d"


def test_the_editors_services_drop_control_characters(db):
    act = ActivityService(db).create({"title": "Training\x07 of judges\x00", "kind": "training",
                                      "start_date": dt.date(2024, 3, 4), "country": "GIN",
                                      "narrative": "Line one\r\nline\x1b two", "partners": ["Bar\x07 association"]})
    assert (act["title"], act["narrative"], act["partners"]) == ("Training of judges", "Line one\nline two",
                                                                  ["Bar association"])
    person = ParticipantService(db).create({"full_name": "\x07Aïssatou\x00 Camara", "sex": "female"})
    assert person["full_name"] == "Aïssatou Camara"


def test_import_activities_drops_control_characters_and_the_report_builds(db, db_path, tmp_path, capsys):
    filled = fill_template(write_template(tmp_path / "log.xlsx"))
    dirty = _inject(filled, tmp_path / "dirty.xlsx", "Training of judges on fair trial", "Training\x07 of\x1b judges\x00")
    assert main(["import-activities", str(dirty), "--db", str(db_path)]) == 0, capsys.readouterr().err
    assert "Training of judges" in _titles(db)
    path = service.build_excel(db, ReportScope.year(2024, privacy="full"), tmp_path / "report.xlsx")
    err = capsys.readouterr().err
    assert "Traceback" not in err and "IllegalCharacter" not in err
    texts = {c.value for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row}
    assert "Training of judges" in texts


def test_the_report_builds_on_text_stored_before_the_boundary_cleaned_it(db, tmp_path):
    act = ActivityService(db).create({"title": "Radio campaign", "kind": "training", "status": "completed",
                                      "start_date": dt.date(2024, 3, 4), "country": "GIN"})
    with db.session() as s:  # as an older HRDesk let it in
        s.execute(update(m.Activity).where(m.Activity.uuid == act["uuid"]).values(title=DIRTY))
    path = service.build_excel(db, ReportScope.year(2024, privacy="full"), tmp_path / "report.xlsx")
    texts = {c.value for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row}
    assert CLEAN in texts


def test_attendance_sheet_drops_control_characters(db, tmp_path):
    act = ActivityService(db).create({"title": "Formation", "kind": "training",
                                      "start_date": dt.date(2019, 6, 10), "country": "GIN"})
    sheet = tmp_path / "liste.csv"
    sheet.write_bytes("Nom et prénom;Sexe;Institution\nKEÏTA\x07 Élise\x00;F;INDH\x1b\n".encode())
    job = AttendanceImport(db, sheet)
    assert job.commit(act["uuid"], {}).participations == 1
    with db.read_session() as s:
        person = s.scalar(select(m.Participant))
        assert (person.full_name, person.organisation) == ("KEÏTA Élise", "INDH")


def test_exchange_import_cleans_cells_like_the_editor(db, tmp_path):
    ActivityService(db).create({"title": "Radio campaign", "kind": "training", "start_date": dt.date(2024, 3, 4),
                                "country": "GIN"})
    export_workbook(db, tmp_path / "gn.xlsx", privacy="full")
    dirty = _inject(tmp_path / "gn.xlsx", tmp_path / "dirty.xlsx", "Radio campaign", DIRTY.replace("\r\n", "\n"))
    region = new_db(tmp_path, "RO")
    result = import_file(region, dirty, accept_modified=True)  # edited by hand: the checksum differs
    assert result.ok, result.summary()
    assert _titles(region) == [CLEAN]
    region.close()


def test_legacy_control_characters_travel_without_false_conflicts(db, tmp_path):
    """A title stored with a BEL by an older HRDesk: the export sends it cleaned, the region
    stores exactly that, and the file sent back is the same record (no conflict)."""
    act = ActivityService(db).create({"title": "Radio campaign", "kind": "training", "start_date": dt.date(2024, 3, 4),
                                      "country": "GIN"})
    with db.session() as s:
        s.execute(update(m.Activity).where(m.Activity.uuid == act["uuid"]).values(title=DIRTY))
    export_workbook(db, tmp_path / "gn.xlsx", privacy="full")
    region = new_db(tmp_path, "RO")
    assert import_file(region, tmp_path / "gn.xlsx").ok
    assert _titles(region) == [CLEAN]
    export_workbook(region, tmp_path / "ro.xlsx", privacy="full")
    back = import_file(db, tmp_path / "ro.xlsx")
    assert back.ok and back.conflicts == 0, back.summary()
    region.close()


def test_files_of_older_hrdesk_with_replacement_characters_still_verify(db, tmp_path):
    """Older exports replaced control characters with U+FFFD (and hashed that): such a file
    keeps its checksum and its text."""
    ActivityService(db).create({"title": "Radio\ufffdcampaign", "kind": "training",
                                "start_date": dt.date(2024, 3, 4), "country": "GIN"})
    export_workbook(db, tmp_path / "old.xlsx", privacy="full")
    with zipfile.ZipFile(tmp_path / "old.xlsx") as z:
        assert any("Radio\ufffdcampaign" in z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
    region = new_db(tmp_path, "RO")
    result = import_file(region, tmp_path / "old.xlsx")
    assert result.ok and not result.accepted_modified, result.summary()
    assert _titles(region) == ["Radio\ufffdcampaign"]
    region.close()
