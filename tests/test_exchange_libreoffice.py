"""A real spreadsheet program reads every sheet of an export, and its figures match the database."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from test_exchange_support import fill_sample, new_db

from hrdesk.exchange import export_workbook

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_every_sheet_and_the_figures_match(tmp_path):
    db = new_db(tmp_path, "GN")
    fill_sample(db)
    path = tmp_path / "export.xlsx"
    export_workbook(db, path, privacy="full")
    out = tmp_path / "csv"
    out.mkdir()
    profile = tmp_path / "lo-profile"
    subprocess.run([LIBREOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", ALL_SHEETS, "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=90)
    sheets = {}
    for name in ("Activities", "Participants", "Participations", "Recommendations", "Offices", "hrdesk"):
        with (out / f"export-{name}.csv").open(encoding="utf-8", newline="") as fh:
            sheets[name] = list(csv.DictReader(fh))
    with db.engine.connect() as conn:
        q = conn.exec_driver_sql
        assert len(sheets["Activities"]) == q("SELECT count(*) FROM activities").scalar() == 2
        assert len(sheets["Participants"]) == q("SELECT count(*) FROM participants").scalar() == 3
        assert len(sheets["Participations"]) == q("SELECT count(*) FROM participations").scalar() == 3
        for row in sheets["Activities"]:
            title, start, women, total, hours = q(
                "SELECT title, start_date, reach_women, reach_total, training_hours FROM activities WHERE uuid=?",
                (row["uuid"],)).one()
            assert row["title"] == title  # '-Radio campaign' stays text
            assert row["start_date"] == str(start)  # a real date, shown as YYYY-MM-DD
            assert row["reach_total"] == str(total)
            assert row["reach_women"] == ("" if women is None else str(women))
            assert row["training_hours"] == ("" if hours is None else f"{hours:g}")
        training = next(r for r in sheets["Activities"] if r["kind"] == "training")
        assert training["country_name"] == "Guinea" and training["kind_label"] == "Training"
        assert training["reach_by_age"] == "men/25_34=5; women/25_34=4; women/35_49=3"
        assert training["partners"] == "+Bar association; @Ministry of Justice"
        rec = sheets["Recommendations"][0]
        assert rec["text"].startswith('=HYPERLINK("http://evil.example"')  # literal, never evaluated
        scores = sorted(float(r["post_score"]) for r in sheets["Participations"])
        assert scores == sorted(q("SELECT post_score FROM participations").scalars().all())
    meta = {r["key"]: r["value"] for r in sheets["hrdesk"]}
    assert meta["privacy"] == "full" and meta["rows:Participants"] == "3" and len(meta["checksum"]) == 64
    db.close()
