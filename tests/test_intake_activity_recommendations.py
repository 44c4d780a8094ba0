"""The activity-log template's column for the recommendations an activity addressed."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import func, select
from test_intake_activities import fill_template

from hrdesk.domain.errors import ValidationError
from hrdesk.i18n import Translator
from hrdesk.intake.activities import ActivityLogImport
from hrdesk.intake.template import ACTIVITY_HEADER_ROW, activity_columns, write_template
from hrdesk.services.recommendations import RecommendationService
from hrdesk.storage import models as m

BASE = {"kind": "Training", "status": "Completed", "start_date": dt.date(2024, 3, 4), "country": "Guinea"}


@pytest.fixture
def recommendations(db):
    service = RecommendationService(db)
    return {
        "upr": service.create({"mechanism": "upr", "country": "GIN", "symbol": "A/HRC/49/7", "paragraph": "115.3",
                               "text": "Ratify the Optional Protocol (Norway);"})["uuid"],
        "crc": service.create({"mechanism": "crc", "country": "GIN", "symbol": "CRC/C/GIN/CO/3-6",
                               "paragraph": "47 (g)", "text": "Birth registration."})["uuid"],
        "other": service.create({"mechanism": "upr", "country": "GIN", "symbol": "A/HRC/49/7",
                                 "paragraph": "115.30", "text": "Abolish the death penalty (France);"})["uuid"],
    }


def _links(db) -> dict[str, set[str]]:
    with db.read_session() as s:
        rows = s.execute(select(m.Activity.title, m.Recommendation.uuid)
                         .join(m.ActivityRecommendation, m.ActivityRecommendation.activity_id == m.Activity.id)
                         .join(m.Recommendation, m.Recommendation.id == m.ActivityRecommendation.recommendation_id))
        links: dict[str, set[str]] = {}
        for title, uuid in rows:
            links.setdefault(title, set()).add(uuid)
        return links


def test_the_template_has_the_column_with_its_explanation(tmp_path):
    path = write_template(tmp_path / "log.xlsx")
    wb = openpyxl.load_workbook(path)
    headers = [c.value for c in wb["Activities"][ACTIVITY_HEADER_ROW]]
    assert "Recommendations addressed (separate with ;)" in headers
    # before the aggregate reach block
    assert headers.index("Recommendations addressed (separate with ;)") < headers.index("Women reached")
    instructions = " ".join(str(c.value) for row in wb["Instructions"].iter_rows() for c in row if c.value)
    assert "A/HRC/49/7 115.3" in instructions
    fr = [c.header for c in activity_columns(Translator("fr"))]
    assert any(h.startswith(Translator("fr")("Recommendations addressed")) for h in fr)


def test_references_by_symbol_and_paragraph_link_the_activity(db, tmp_path, recommendations):
    path = fill_template(write_template(tmp_path / "log.xlsx"), activities=[
        {**BASE, "title": "Workshop on the Optional Protocol",
         "recommendations": "A/HRC/49/7 115.3; CRC/C/GIN/CO/3-6, para. 47(g)"},
        {**BASE, "title": "Moratorium advocacy", "recommendations": f"A/HRC/49/7 115.30\n{recommendations['upr']}"},
        {**BASE, "title": "No recommendation"},
    ], people=[])
    ActivityLogImport(db, path).commit()
    assert _links(db) == {"Workshop on the Optional Protocol": {recommendations["upr"], recommendations["crc"]},
                          "Moratorium advocacy": {recommendations["other"], recommendations["upr"]}}
    # importing again changes nothing
    preview = ActivityLogImport(db, path).preview()
    assert {a.action for a in preview.activities} == {"unchanged"}


def test_unknown_or_malformed_references_are_problems_and_nothing_is_written(db, tmp_path, recommendations):
    path = fill_template(write_template(tmp_path / "log.xlsx"), activities=[
        {**BASE, "title": "A", "recommendations": "A/HRC/49/7 115.3; A/HRC/49/7 999"},
        {**BASE, "title": "B", "recommendations": "ratification"},
        {**BASE, "title": "C", "recommendations": "3f1c6a2e-0000-4000-8000-000000000000"},
    ], people=[])
    with pytest.raises(ValidationError):
        ActivityLogImport(db, path).commit()
    problems = ActivityLogImport(db, path).preview().problems
    where = [(p.sheet, p.row, p.column) for p in problems]
    column = "T (Recommendations addressed (separate with ;))"  # the column's letter and header
    assert where == [("Activities", ACTIVITY_HEADER_ROW + 1, column), ("Activities", ACTIVITY_HEADER_ROW + 2, column),
                     ("Activities", ACTIVITY_HEADER_ROW + 3, column)]
    assert "A/HRC/49/7, paragraph 999" in problems[0].message
    assert "not a document symbol followed by a paragraph" in problems[1].message
    assert "3f1c6a2e-0000-4000-8000-000000000000" in problems[2].message
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Activity)) == 0


def test_a_deleted_recommendation_is_not_found(db, tmp_path, recommendations):
    RecommendationService(db).delete([recommendations["crc"]])
    path = fill_template(write_template(tmp_path / "log.xlsx"), activities=[
        {**BASE, "title": "A", "recommendations": "CRC/C/GIN/CO/3-6 47 (g)"}], people=[])
    problems = ActivityLogImport(db, path).preview().problems
    assert len(problems) == 1 and "CRC/C/GIN/CO/3-6" in problems[0].message


def test_an_empty_cell_keeps_links_made_in_the_app(db, tmp_path, recommendations):
    path = fill_template(write_template(tmp_path / "log.xlsx"), activities=[
        {**BASE, "title": "Workshop", "recommendations": "A/HRC/49/7 115.3"}], people=[])
    ActivityLogImport(db, path).commit()
    # the corrected file changes the date but leaves the column empty
    wb = openpyxl.load_workbook(path)
    ws = wb["Activities"]
    headers = [c.value for c in ws[ACTIVITY_HEADER_ROW]]
    ws.cell(row=ACTIVITY_HEADER_ROW + 1, column=headers.index("Recommendations addressed (separate with ;)") + 1,
            value=None)
    wb.save(path)
    ActivityLogImport(db, path).commit()
    assert _links(db) == {"Workshop": {recommendations["upr"]}}
