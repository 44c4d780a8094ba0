"""The compendium / follow-up matrix report: its figures, read back from the xlsx (openpyxl)
and the PDF (pypdf text), equal what SQL counts in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from hrdesk.cli import main as cli
from hrdesk.domain.choices import IMPLEMENTATION_STATUS
from hrdesk.reports import followup_report
from hrdesk.reports.fmt import Fmt
from hrdesk.services import followup
from hrdesk.services import recommendations as recs
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.services.queries import NONE, RecommendationFilter
from hrdesk.services.recommendations import RecommendationService
from hrdesk.storage import models as m


@pytest.fixture
def data(db):
    service = RecommendationService(db)
    made = []
    for i in range(9):
        made.append(service.create({
            "mechanism": "upr" if i % 3 else "crc", "country": "GIN", "symbol": "A/HRC/49/7" if i % 3 else "CRC/C/GIN/CO/3",
            "paragraph": f"115.{i + 1}", "text": f"Recommendation number {i + 1} (Norway);", "cycle": 3 + i % 2,
            "response": ("supported", "noted", None)[i % 3], "themes": [("Justice", "Children")[i % 2]],
            "responsible_entities": ["Ministry of Justice"] if i % 2 else []})["uuid"])
    justice = recs.create_cluster(db, {"name": "Justice"}, made[:4])["uuid"]
    recs.create_cluster(db, {"name": "Children"}, made[4:7])
    service.add_history(made[0], {"date": dt.date(2024, 5, 1), "status": "in_progress", "note": "Bill drafted"})
    service.add_history(made[1], {"date": dt.date(2024, 6, 1), "status": "implemented", "note": "Law adopted"})
    service.add_history(made[4], {"date": dt.date(2024, 7, 1), "status": "partially_implemented"})
    act = ActivityService(db).create({"title": "Workshop on juvenile justice", "kind": "workshop", "status": "completed",
                                      "start_date": dt.date(2024, 3, 4), "country": "GIN",
                                      "recommendations": [made[0], made[4]]})
    ActivityService(db).create({"title": "Radio campaign", "kind": "advocacy_campaign", "status": "completed",
                                "start_date": dt.date(2024, 4, 1), "country": "GIN", "reach_total": 2500,
                                "recommendations": [made[0]]})
    for n, sex in enumerate(("female", "female", "male")):
        person = ParticipantService(db).create({"full_name": f"Person {n}", "sex": sex})
        ParticipationService(db).create({"activity": act["uuid"], "participant": person["uuid"]})
    return {"uuids": made, "justice": justice}


def _sql(db):
    R, L, A = m.Recommendation, m.ActivityRecommendation, m.Activity
    with db.read_session() as s:
        live = R.deleted_at.is_(None)
        return {
            "total": s.scalar(select(func.count()).where(live)),
            "supported": s.scalar(select(func.count()).where(live, R.response == "supported")),
            "noted": s.scalar(select(func.count()).where(live, R.response == "noted")),
            "with_activity": s.scalar(select(func.count(func.distinct(L.recommendation_id)))
                                      .join(A, A.id == L.activity_id).where(A.deleted_at.is_(None))),
            "by_status": dict(s.execute(select(R.implementation_status, func.count()).where(live)
                                        .group_by(R.implementation_status)).all()),
        }


def test_services_count_in_sql(db, data):
    sql = _sql(db)
    assert followup.status_counts(db) == {s: sql["by_status"].get(s, 0) for s in followup.STATUSES}
    matrix = followup.cluster_matrix(db)
    assert [r["name"] for r in matrix] == ["Children", "Justice", None]
    assert [r["total"] for r in matrix] == [3, 4, 2]
    justice = matrix[1]["counts"]
    assert justice["in_progress"] == 1 and justice["implemented"] == 1 and justice["not_started"] == 2
    # filters: cluster, none, response, cycle, entity
    assert followup.status_counts(db, RecommendationFilter(clusters=(data["justice"],)))["not_started"] == 2
    assert sum(followup.status_counts(db, RecommendationFilter(clusters=(NONE,))).values()) == 2
    assert sum(followup.status_counts(db, RecommendationFilter(responses=(NONE,))).values()) == 3
    assert sum(followup.status_counts(db, RecommendationFilter(cycles=(3,))).values()) == 5
    assert sum(followup.status_counts(db, RecommendationFilter(entities=("Ministry of Justice",))).values()) == 4
    c = followup.compendium(db)
    first = next(r for r in c.recommendations if r["uuid"] == data["uuids"][0])
    assert first["status_date"] == dt.date(2024, 5, 1) and first["latest_note"] == "Bill drafted"
    workshop = next(a for a in first["activities"] if a["title"] == "Workshop on juvenile justice")
    assert (workshop["participants"], workshop["women"], workshop["men"]) == (3, 2, 1)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_xlsx_figures_equal_sql(db, data, tmp_path, language):
    path = followup_report.build(db, tmp_path / "c.xlsx", language=language)
    tr = Fmt(language)
    sql = _sql(db)
    wb = load_workbook(path)
    rows = [[c.value for c in row] for row in wb[wb.sheetnames[0]].iter_rows()]
    figures = {r[0]: r[1] for r in rows if len(r) > 1 and isinstance(r[1], int)}
    assert figures[tr("Recommendations")] == sql["total"]
    assert figures[tr("Supported")] == sql["supported"]
    assert figures[tr("Noted")] == sql["noted"]
    assert figures[tr("With at least one activity")] == sql["with_activity"]
    for status in followup.STATUSES:
        assert figures[tr.label(IMPLEMENTATION_STATUS, status)] == sql["by_status"].get(status, 0)
    total = next(r for r in rows if r[0] == tr("Total"))
    assert total[1:1 + len(followup.STATUSES)] == [sql["by_status"].get(s, 0) for s in followup.STATUSES]
    assert total[-1] == sql["total"]
    compendium = [[c.value for c in row] for row in wb[wb.sheetnames[1]].iter_rows()]
    assert len(compendium) - 1 == sql["total"]
    header = compendium[0]
    by_uuid = {r[-1]: dict(zip(header, r, strict=True)) for r in compendium[1:]}
    first = by_uuid[data["uuids"][0]]
    assert first[tr("Latest note")] == "Bill drafted"
    assert first[tr("Activities")] == 2 and first[tr("Participants")] == 3
    assert first[header[0]] == "Justice"


@pytest.mark.parametrize("group_by", ["cluster", "theme", "mechanism"])
def test_pdf_figures_equal_sql(db, data, tmp_path, group_by):
    path = followup_report.build(db, tmp_path / "c.pdf", group_by=group_by)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    sql = _sql(db)
    tr = Fmt("en")
    lines = [line.strip() for line in text.splitlines()]
    # the key figure tiles: a number, then its label below
    for label, n in [("Recommendations", sql["total"]), ("Supported", sql["supported"]), ("Noted", sql["noted"]),
                     ("With at least one activity", sql["with_activity"])] + [
            (tr.label(IMPLEMENTATION_STATUS, s), sql["by_status"].get(s, 0)) for s in followup.STATUSES]:
        assert any(lines[i] == str(n) and lines[i + 1] == label for i in range(len(lines) - 1)), label
    if group_by != "theme":  # the matrix's total row: each status, with at least one activity, all
        matrix = lines[lines.index("Follow-up matrix"):lines.index("Compendium")]
        at = len(matrix) - 1 - matrix[::-1].index("Total")  # the total row (the header has a "Total" too)
        lines = matrix
        expected = [sql["by_status"].get(s, 0) for s in followup.STATUSES] + [sql["with_activity"], sql["total"]]
        assert [int(x) for x in lines[at + 1:at + 1 + len(expected)]] == expected
    flat = " ".join(line.strip() for line in text.splitlines())
    assert "Bill drafted" in flat
    assert "Workshop on juvenile justice — 3 participants (women: 2, men: 1)" in flat
    assert "Radio campaign — reach 2,500" in flat


def test_cli_writes_both_formats_and_refuses_others(db, db_path, data, tmp_path, capsys):
    assert cli(["recommendations-report", "--db", str(db_path), "--out", str(tmp_path / "r.xlsx"),
                "--group-by", "mechanism", "--lang", "fr"]) == 0
    assert (tmp_path / "r.xlsx").exists()
    assert cli(["recommendations-report", "--db", str(db_path), "--out", str(tmp_path / "r.pdf")]) == 0
    assert PdfReader(tmp_path / "r.pdf").pages
    assert cli(["recommendations-report", "--db", str(db_path), "--out", str(tmp_path / "r.docx")]) != 0
    assert not (tmp_path / "r.docx").exists()


def test_the_activity_report_shows_the_same_follow_up(db, data, tmp_path):
    """The general report's Recommendations sheet reads the compendium's figures."""
    from hrdesk.reports import service
    from hrdesk.reports.scope import ReportScope

    path = service.build_excel(db, ReportScope(), tmp_path / "report.xlsx")
    ws = load_workbook(path)["Recommendations"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = rows[0]
    by_paragraph = {r[header.index("Paragraph")]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    compendium = {r["paragraph"]: r for r in followup.compendium(db).recommendations}
    assert set(by_paragraph) == {"115.1", "115.5"}  # those addressed by activities in the period
    for paragraph, row in by_paragraph.items():
        rec = compendium[paragraph]
        assert row["Latest note"] == rec["latest_note"]
        assert (row["Status date"].date() if row["Status date"] else None) == rec["status_date"]
        assert row["Cluster"] == rec["cluster_name"]
        assert row["Activities"] == len(rec["activities"])
