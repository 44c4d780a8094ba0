"""Every way an exchange file can be bad: a clear message, and the database exactly as it was."""

from __future__ import annotations

import uuid as uuid_module
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hostile_spreadsheets import hostile_corpus, rezip
from test_exchange_support import db_hash, fill_sample, new_db

from hrdesk.exchange import checks, export_workbook, history, import_file
from hrdesk.spreadsheets import guard


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A full and an encrypted export of the sample data."""
    folder = tmp_path_factory.mktemp("exchange-files")
    db = new_db(folder, "GN")
    fill_sample(db)
    export_workbook(db, folder / "good.xlsx", privacy="full")
    export_workbook(db, folder / "locked.xlsx", privacy="full", password="right one")
    db.close()
    return folder


@pytest.fixture
def region(tmp_path, files):
    """A regional database that already holds data (so 'unchanged' means something)."""
    db = new_db(tmp_path, "RO")
    base = tmp_path / "base.xlsx"
    other = new_db(tmp_path, "SL")
    from hrdesk.services.participants import ParticipantService

    ParticipantService(other).create({"full_name": "Fatmata Kamara", "sex": "female"})
    export_workbook(other, base, privacy="full")
    other.close()
    assert import_file(db, base).ok
    yield db
    db.close()


def rejected(db, path: Path, *expected: str, **options):
    """Import ``path``; it must be rejected with each expected text in its problems and the
    database unchanged.  Returns the problems."""
    before = db_hash(db)
    result = import_file(db, path, **options)
    assert result.status == "rejected", result.summary()
    text = "\n".join(str(p) for p in result.problems)
    for part in expected:
        assert part in text, text
    assert db_hash(db) == before
    return result.problems


def edited(files: Path, tmp_path: Path, change) -> Path:
    """A copy of the good export changed with openpyxl (as a person editing it would)."""
    wb = openpyxl.load_workbook(files / "good.xlsx")
    change(wb)
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    return out


def cell(ws, row: int, column: str):
    header = [c.value for c in ws[1]]
    return ws.cell(row=row, column=header.index(column) + 1)


# -- the container -----------------------------------------------------------------------------

def test_every_hostile_file_is_refused(region, files, tmp_path):
    """The hostile corpus shared with every spreadsheet intake (tests/hostile_spreadsheets.py)."""
    for bad in hostile_corpus(files / "good.xlsx", tmp_path / "corpus"):
        rejected(region, bad.path, bad.expected)


def test_not_a_zip(region, tmp_path):
    (tmp_path / "notes.xlsx").write_text("name;email\nA;a@b.org\n")
    rejected(region, tmp_path / "notes.xlsx", "not an Excel workbook (.xlsx): it is not a zip file")
    (tmp_path / "empty.xlsx").write_bytes(b"")
    rejected(region, tmp_path / "empty.xlsx", "The file is empty.")


def test_a_part_name_climbing_out_of_the_workbook_is_refused(region, files, tmp_path):
    for name in ("../evil.xml", "/etc/evil.xml", "xl/../../evil.xml", "C:/evil.xml", "xl\\..\\evil.xml"):
        path = rezip(files / "good.xlsx", tmp_path / "climb.xlsx", extra={name: b"<a/>"})
        rejected(region, path, "unsafe name")


@pytest.mark.parametrize("whole", [True, False], ids=["defusedxml", "prolog-scan"])
def test_xml_entity_attack(region, files, tmp_path, monkeypatch, whole):
    if not whole:  # the check used for big worksheets
        monkeypatch.setattr(guard, "FULL_PARSE_LIMIT", 10)

    def attack(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        laughs = ('<!DOCTYPE worksheet [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                  '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
        text = data.decode().replace("<worksheet", laughs + "<worksheet", 1)
        return text.replace("<t>Training of judicial police officers</t>", "<t>&c;</t>").encode()

    path = rezip(files / "good.xlsx", tmp_path / "lol.xlsx", attack)
    rejected(region, path, "declares XML entities or a DTD")


# -- the metadata -------------------------------------------------------------------------------

def _set_meta(wb, key, value):
    ws = wb["hrdesk"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == key:
            row[1].value = value


def test_unknown_format_version(region, files, tmp_path):
    path = edited(files, tmp_path, lambda wb: _set_meta(wb, "format_version", 2))
    rejected(region, path, "exchange format 2 by a newer HRDesk", "Install the latest HRDesk")


def test_not_an_exchange_file(region, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["name", "sex"])
    wb.save(tmp_path / "list.xlsx")
    rejected(region, tmp_path / "list.xlsx", "not an HRDesk exchange file")


def test_edited_cell_fails_the_checksum_unless_accepted(region, files, tmp_path):
    path = edited(files, tmp_path, lambda wb: setattr(cell(wb["Activities"], 2, "title"), "value", "Changed"))
    rejected(region, path, "modified or damaged after it was exported", "--accept-modified")
    result = import_file(region, path, accept_modified=True)
    assert result.ok and result.accepted_modified and "modified" in result.message
    assert history(region)[0]["accepted_modified"] is True


def test_resaved_but_unchanged_file_is_accepted(region, files, tmp_path):
    path = edited(files, tmp_path, lambda wb: None)  # opened and saved again, nothing changed
    assert import_file(region, path).ok


def test_wrong_or_missing_password(region, files):
    rejected(region, files / "locked.xlsx", "protected by a password")
    rejected(region, files / "locked.xlsx", "The password is wrong", password="wrong one")
    assert import_file(region, files / "locked.xlsx", password="right one").ok


# -- the rows --------------------------------------------------------------------------------

def test_missing_sheet_or_column(region, files, tmp_path):
    path = edited(files, tmp_path, lambda wb: wb.remove(wb["Participants"]))
    rejected(region, path, "The sheet 'Participants' is missing.")

    def drop_title(wb):
        ws = wb["Activities"]
        ws.delete_cols([c.value for c in ws[1]].index("title") + 1)

    path = edited(files, tmp_path, drop_title)
    rejected(region, path, "Activities, row 1, title: The column 'title' is missing.")


def test_bad_dates_are_all_reported_with_sheet_row_and_column(region, files, tmp_path):
    def bad(wb):
        cell(wb["Activities"], 2, "start_date").value = "31/02/2024"
        cell(wb["Activities"], 3, "start_date").value = "soon"
        cell(wb["Participants"], 3, "consent_date").value = "yesterday"

    problems = rejected(region, edited(files, tmp_path, bad),
                        "Activities, row 2, start_date: '31/02/2024' is not a date",
                        "Activities, row 3, start_date: 'soon' is not a date",
                        "Participants, row 3, consent_date: 'yesterday' is not a date")
    located = [p for p in problems if p.sheet]
    assert {(p.sheet, p.row, p.column) for p in located} >= {("Activities", 2, "start_date")}


def test_unknown_country_and_sdg_codes(region, files, tmp_path):
    def bad(wb):
        cell(wb["Activities"], 2, "country").value = "XXX"
        cell(wb["Activities"], 2, "sdg_targets").value = "16.3; 99.9"
        cell(wb["Recommendations"], 2, "country").value = "ZZZ"

    rejected(region, edited(files, tmp_path, bad),
             "Activities, row 2, country: Unknown country code 'XXX'.",
             "Activities, row 2, sdg_targets: Unknown SDG target '99.9'.",
             "Recommendations, row 2, country: Unknown country code 'ZZZ'.", accept_modified=True)


def test_duplicate_uuid_within_a_file(region, files, tmp_path):
    def dup(wb):
        ws = wb["Participants"]
        cell(ws, 3, "uuid").value = cell(ws, 2, "uuid").value

    rejected(region, edited(files, tmp_path, dup), "Participants, row 3, uuid: The uuid", "is already used in row 2",
             accept_modified=True)


def test_a_uuid_written_twice_in_other_letter_cases_is_one_uuid(region, files, tmp_path):
    """The same uuid in capitals on another row is the same record twice (uuids are read
    as numbers): rejected, never taken as two records."""
    def dup(wb):
        ws = wb["Participations"]
        cell(ws, 3, "uuid").value = str(cell(ws, 2, "uuid").value).upper()

    rejected(region, edited(files, tmp_path, dup), "Participations, row 3, uuid: The uuid", "is already used in row 2",
             accept_modified=True)


def test_unknown_reference(region, files, tmp_path):
    def orphan(wb):
        cell(wb["Participations"], 2, "participant").value = str(uuid_module.uuid4())

    rejected(region, edited(files, tmp_path, orphan), "Participations, row 2, participant: Unknown participant",
             accept_modified=True)


def test_formula_looking_text_is_written_as_text_and_read_back_unchanged(region, files, tmp_path):
    with zipfile.ZipFile(files / "good.xlsx") as z:
        sheets = {n: z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")}
        styles = z.read("xl/styles.xml").decode()
    assert not any("<f>" in x or "<f " in x for x in sheets.values())
    assert 'quotePrefix="1"' in styles
    assert any("<t>=HYPERLINK(" in x for x in sheets.values())
    result = import_file(region, files / "good.xlsx")
    assert result.ok
    with region.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT text FROM recommendations").scalar().startswith("=HYPERLINK(")
        assert conn.exec_driver_sql("SELECT partner FROM activity_partners ORDER BY partner").scalars().all() == [
            "+Bar association", "@Ministry of Justice"]
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM activities WHERE title = '-Radio campaign' AND methodology IS NULL").scalar() == 1


def test_a_real_formula_added_by_hand_is_refused(region, files, tmp_path):
    path = edited(files, tmp_path, lambda wb: setattr(cell(wb["Activities"], 2, "title"), "value", "=1+1"))
    assert "<f>1+1</f>" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    rejected(region, path, "modified or damaged after it was exported")


def test_damaged_ole_file_is_reported():
    with pytest.raises(checks.FileRejected, match="old-style Office document"):
        checks.unwrap(checks.OLE_SIGNATURE + b"\x00" * 600, None)


@pytest.mark.parametrize("kept", [True, False])
def test_cell_problems_and_unknown_references_are_all_listed(region, files, tmp_path, monkeypatch, kept):
    """A file with a bad cell and a participation naming an unknown person lists both
    problems (it said "The workbook changed while it was imported" when the rows behind the
    unknown reference were read again), whether the first pass's records were kept or not."""
    from hrdesk.exchange import importer as importer_module

    if not kept:
        monkeypatch.setattr(importer_module, "KEPT_BYTES", 0)

    def bad(wb):
        cell(wb["Participations"], 2, "version").value = "abc"
        cell(wb["Participations"], 3, "participant").value = str(uuid_module.uuid4())

    rejected(region, edited(files, tmp_path, bad), "Participations, row 2, version:",
             "Participations, row 3, participant: Unknown participant", accept_modified=True)
