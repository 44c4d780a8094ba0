"""Reports of the demo database (small scale): the Summary sheet and the PDF's opening
paragraph give the figures computed independently in SQL; names stay out below full."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from test_reports_figures import expected, in_scope, sql

from hrdesk.reports import figures, service
from hrdesk.reports.scope import ReportScope
from hrdesk.storage.database import Database

demo = pytest.importorskip("hrdesk.demo.fill")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    demo.fill(db, "small", seed=3)
    yield db
    db.close()


def test_demo_reports_equal_sql(demo_db, tmp_path):
    db = demo_db
    scope = ReportScope.year(2024, privacy="pseudonymised")
    f = figures.load(db, scope)
    xlsx = service.build_excel(db, scope, tmp_path / "r.xlsx", figures=f)
    pdf = service.build_pdf(db, scope, tmp_path / "r.pdf", figures=f)
    e = expected(db)
    assert e["activities"] > 20 and e["participants"] > 100
    summary = {a: b for a, b in load_workbook(xlsx)["Summary"].iter_rows(min_col=1, max_col=2, values_only=True)
               if isinstance(a, str) and b is not None}
    assert (summary["Activities"], summary["People who took part (unique)"], summary["Participations"],
            summary["People reached by campaigns and events"], summary["Countries reached"]) == (
        e["activities"], e["participants"], e["participations"], e["reach"], len(e["countries"]))
    wb = load_workbook(xlsx)
    months = {r[1]: r[2] for r in sql(db, "SELECT strftime('%m', start_date), strftime('%Y-%m', start_date), "
                                          f"count(*) FROM activities WHERE id IN ({in_scope()}) GROUP BY 2")}
    sheet = [r for r in wb["By month"].iter_rows(min_row=2, values_only=True)]
    assert [r[1] for r in sheet] == [months[k] for k in sorted(months)]
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pdf).pages))
    assert f"carried out {e['activities']:,} activities" in text
    assert f"In total, {e['participants']:,} people took part" in text
    names = [n for (n,) in sql(db, "SELECT full_name FROM participants WHERE length(full_name) > 8 LIMIT 300")]
    assert not [n for n in names if n in text]
    cells = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)
    assert not [n for n in names if n in cells]
