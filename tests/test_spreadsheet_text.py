"""User text in every workbook HRDesk writes is text, never a formula (reports at every
privacy level, the exchange export, the activity-log template), and control characters
are cleaned the same way on every input path."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from hrdesk.exchange import export_workbook
from hrdesk.intake import template
from hrdesk.intake.template import write_template
from hrdesk.reports import service
from hrdesk.reports.scope import ReportScope
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService

FORMULAS = ['=HYPERLINK("http://x","click")', "=1+1", "-2+3", "@SUM(A1)", "+Bar association"]


def _formula_data(db) -> None:
    act = ActivityService(db).create({
        "title": FORMULAS[0], "kind": "training", "status": "completed", "start_date": dt.date(2024, 3, 4),
        "country": "GIN", "location": "=1+1", "partners": ["+Bar association", "@SUM(A1)"],
        "narrative": "-2+3"})
    people = ParticipantService(db)
    for name, org in (("-2+3", "=1+1"), ("@SUM(A1)", '=HYPERLINK("http://x","click")')):
        p = people.create({"full_name": name, "sex": "female", "organisation": org, "country": "GIN"})
        ParticipationService(db).create({"activity": act["uuid"], "participant": p["uuid"], "role": "participant"})


def assert_text_only(path: Path, expected: list[str]) -> None:
    """No ``<f>`` element in any worksheet, and each expected text is a literal text cell."""
    with zipfile.ZipFile(path) as z:
        sheets = {n: z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")}
    formulas = [(n, m) for n, x in sheets.items() for m in re.findall(r"<f[ >].*?</f>", x)]
    assert not formulas, formulas
    wb = load_workbook(path)
    found = {c.value: c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for text in expected:
        assert text in found, (text, path.name)
        cell = found[text]
        assert cell.data_type == "s" and cell.quotePrefix, (text, path.name)


@pytest.mark.parametrize("privacy", ["full", "pseudonymised", "aggregate"])
def test_report_workbook_writes_formula_looking_text_as_text(db, tmp_path, privacy):
    _formula_data(db)
    path = service.build_excel(db, ReportScope.year(2024, privacy=privacy), tmp_path / "report.xlsx")
    names = ["-2+3", "@SUM(A1)"] if privacy == "full" else []
    assert_text_only(path, [FORMULAS[0], *names])


def test_exchange_export_writes_formula_looking_text_as_text(db, tmp_path):
    _formula_data(db)
    path = tmp_path / "gn.xlsx"
    export_workbook(db, path, privacy="full")
    assert_text_only(path, [FORMULAS[0], "=1+1", "-2+3", "@SUM(A1)"])


def test_template_writes_formula_looking_text_as_text(tmp_path, monkeypatch):
    real = template.countries.name
    monkeypatch.setattr(template.countries, "name", lambda code, lang=None: "=1+1" if code == "GIN" else real(code, lang))
    path = write_template(tmp_path / "log.xlsx")
    assert_text_only(path, ["=1+1"])
