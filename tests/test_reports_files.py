"""The Excel and PDF reports: figures read back from the files equal SQL, names appear only
at full privacy, an empty period gives a clear report, the PDF passes qpdf, writes are atomic
and cancellable."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import test_reports_sample as sample
from openpyxl import load_workbook
from pypdf import PdfReader
from test_reports_figures import expected, in_scope, sql

from hrdesk.reports import figures, service
from hrdesk.reports.scope import ReportScope

sample_db = sample.sample_db  # the module-scoped fixture

LATIN_CYRILLIC_GREEK = ["Élodie N'Diaye", "Ольга Иванова", "Γιώργος Παπαδόπουλος", "Nguyễn Thị Hương"]
ALL_NAMES = [v[0] for v in sample.PEOPLE.values()]


@pytest.fixture(scope="module")
def files(sample_db, tmp_path_factory):
    """Excel and PDF reports of 2024 at full and aggregate privacy, and of an empty year."""
    db, _ids = sample_db
    out = tmp_path_factory.mktemp("out")
    made = {}
    for privacy in ("full", "aggregate"):
        scope = ReportScope.year(2024, privacy=privacy)
        f = figures.load(db, scope)
        made[privacy] = (service.build_excel(db, scope, out / f"{privacy}.xlsx", figures=f),
                         service.build_pdf(db, scope, out / f"{privacy}.pdf", figures=f))
    empty = ReportScope.year(2019)
    made["empty"] = (service.build_excel(db, empty, out / "empty.xlsx"), service.build_pdf(db, empty, out / "empty.pdf"))
    return made


def cells(path) -> list[str]:
    wb = load_workbook(path)
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def pdf_text(path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


def label_values(ws) -> dict[str, object]:
    """First two columns of a sheet as {label: value} (later duplicates ignored)."""
    result: dict[str, object] = {}
    for a, b in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if isinstance(a, str) and b is not None:
            result.setdefault(a, b)
    return result


def test_excel_figures_equal_sql(sample_db, files):
    db, _ids = sample_db
    e = expected(db)
    wb = load_workbook(files["full"][0])
    summary = label_values(wb["Summary"])
    assert summary["Activities"] == e["activities"]
    assert summary["People who took part (unique)"] == e["participants"]
    assert summary["Participations"] == e["participations"]
    assert summary["People reached by campaigns and events"] == e["reach"]
    assert summary["Countries reached"] == len(e["countries"])
    assert summary["Female"] == e["by_sex"]["female"] and summary["Male"] == e["by_sex"]["male"]
    assert wb["Summary"]._charts, "native charts on the Summary sheet"
    # by country
    ws = wb["By country"]
    header = [c.value for c in ws[1]]
    rows = {r[1]: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)}
    for code, n, reach in sql(db, f"SELECT country, count(*), coalesce(sum(reach_total), 0) FROM activities "
                                  f"WHERE id IN ({in_scope()}) GROUP BY country"):
        assert (rows[code]["Activities"], rows[code]["Reached"]) == (n, reach)
    # sex × stakeholder category
    ws = wb["Disaggregation"]
    grid = {}
    header = None
    for r in ws.iter_rows(values_only=True):
        if r[0] == "Stakeholder category":
            header = r
        elif r[0] in ("Stakeholder category", "Age group"):
            header = None
        elif header and r[0] and r[1] is not None:
            for sex, v in zip(header[1:5], r[1:5], strict=True):
                grid[(r[0], sex)] = v
        elif r[0] is None:
            header = None if grid else header
    for sex, cat, n in sql(db, "SELECT p.sex, p.stakeholder_category, count(DISTINCT p.id) FROM participations q "
                               "JOIN participants p ON p.id = q.participant_id WHERE q.deleted_at IS NULL AND "
                               f"p.deleted_at IS NULL AND q.activity_id IN ({in_scope()}) GROUP BY 1, 2"):
        from hrdesk.domain.choices import SEX, STAKEHOLDER_CATEGORY
        assert grid[(STAKEHOLDER_CATEGORY.label(cat), SEX.label(sex))] == n
    # trainings: average improvement
    ws = wb["Trainings"]
    header = [c.value for c in ws[1]]
    by_uuid = {r[-1]: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)}
    for uuid, imp in sql(db, "SELECT a.uuid, avg(q.post_score - q.pre_score) FROM activities a JOIN participations q "
                             f"ON q.activity_id = a.id WHERE a.kind = 'training' AND a.id IN ({in_scope()}) "
                             "AND q.deleted_at IS NULL GROUP BY a.id"):
        assert by_uuid[uuid]["Average improvement"] == pytest.approx(round(imp, 1))


def test_excel_is_professional(files):
    wb = load_workbook(files["full"][0])
    assert wb.properties.title.startswith("Activity report") and wb.properties.creator
    ws = wb["Activities"]
    assert ws.freeze_panes == "D2" and ws.auto_filter.ref.startswith("A1:")
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert "CONTAINS PERSONAL DATA" in ws.oddHeader.center.text  # full privacy: marked on every printed page
    assert ws.column_dimensions["C"].width > 20
    assert ws["A2"].number_format == "yyyy-mm-dd"
    recs = wb["Recommendations"]
    assert any("Human rights-based investigation" in str(c.value) for row in recs.iter_rows() for c in row)


def test_names_only_at_full_privacy(files):
    full = " ".join(cells(files["full"][0]))
    assert all(n in full for n in [*LATIN_CYRILLIC_GREEK, "فاطمة الزهراء"])
    agg = " ".join(cells(files["aggregate"][0]))
    assert not [n for n in ALL_NAMES if n in agg]
    pdf_full = pdf_text(files["full"][1])
    assert all(n in pdf_full for n in LATIN_CYRILLIC_GREEK)
    assert "CONTAINS PERSONAL DATA" in pdf_full
    pdf_agg = pdf_text(files["aggregate"][1])
    assert not [n for n in ALL_NAMES if n in pdf_agg]
    assert not [n for n in ("Ольга", "Иванова", "Élodie", "Παπαδόπουλος", "Hương") if n in pdf_agg]
    assert "CONTAINS PERSONAL DATA" not in pdf_agg


def test_pdf_figures_equal_sql(sample_db, files):
    db, ids = sample_db
    e = expected(db)
    text = pdf_text(files["aggregate"][1])
    assert f"the Office carried out {e['activities']} activities" in text
    assert f"In total, {e['participants']} people took part" in text
    assert f"reached a further {e['reach']:,} people" in text
    n = sql(db, "SELECT count(*) FROM participations q JOIN activities a ON a.id = q.activity_id WHERE a.uuid = ? "
                "AND q.role = 'participant' AND q.deleted_at IS NULL", ids["training"])[0][0]
    assert ("In Guinea, the Office, in partnership with Ministry of Justice, held a training course, "
            "“Human rights-based investigation and reporting” (5 – 7 Mar 2024, Conakry). "
            f"{n} participants took part, including ") in text
    assert "A/HRC/43/11, para. 120.3" in text  # recommendation symbol as a note
    for code, name in (("GIN", "Guinea"), ("UKR", "Ukraine"), ("COL", "Colombia")):
        acts, reach = sql(db, f"SELECT count(*), coalesce(sum(reach_total), 0) FROM activities WHERE id IN "
                              f"({in_scope()}) AND country = ?", code)[0]
        assert re.search(rf"{name} \w+ {acts} \d+ \d+ {reach:,}", text), name


def test_pdf_structure(files):
    path = files["full"][1]
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta.title.startswith("Activity report") and meta.author and meta.subject and "HRDesk" in meta.creator
    text = pdf_text(path)
    assert "Contents" in text and "II. Activities of the Office" in text and "Annex II. Participants" in text
    assert f"Page 2 of {len(reader.pages)}" in text
    assert reader.outline, "bookmarks"
    if shutil.which("qpdf"):
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_empty_period_report(files):
    assert "No activities in this period" in " ".join(cells(files["empty"][0]))
    text = pdf_text(files["empty"][1])
    assert "No activities in this period" in text and "Page 2 of 2" in text  # cover and the message


def test_french_report(sample_db, tmp_path):
    db, _ids = sample_db
    path = service.build_pdf(db, ReportScope.year(2024, language="fr", privacy="aggregate"), tmp_path / "fr.pdf")
    text = pdf_text(path)
    assert "Guinée" in text and "1 453" in text.replace("\u202f", " ").replace("\xa0", " ")
    assert "mars 2024" in text


