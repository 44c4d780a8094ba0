"""Annual Excel and PDF reports on a large database, beside a baseline that builds the same
content with sqlite3 + openpyxl / reportlab directly (goal: HRDesk ≤ 1.3 × the baseline).

    .venv/bin/hrdesk demo --scale large --db /tmp/large.sqlite
    .venv/bin/python benchmarks/bench_reports.py /tmp/large.sqlite [--year 2024]

Each build runs in its own process (time and peak resident memory of that process).  The
baseline writes the same sheets and tables, the same cover, contents (multiBuild),
key-figure charts, narrative paragraphs and annex, with plain f-string English and none of
HRDesk's layers (scope, query layer, translator, Babel formatting, shaping, fitted widths).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = ("hrdesk-xlsx", "baseline-xlsx", "hrdesk-pdf", "baseline-pdf")


# -- HRDesk -----------------------------------------------------------------------------

def hrdesk_build(db_path: str, year: int, kind: str, out: Path) -> None:
    from hrdesk.reports import service
    from hrdesk.reports.scope import ReportScope
    from hrdesk.storage.database import Database

    with Database.open(db_path) as db:
        scope = ReportScope.year(year)
        (service.build_excel if kind == "xlsx" else service.build_pdf)(db, scope, out)


# -- baseline: the same content, written directly ---------------------------------------

def _queries(con, year: int) -> dict:
    scope = (f"SELECT id FROM activities WHERE deleted_at IS NULL AND status != 'cancelled' AND "
             f"coalesce(end_date, start_date) >= '{year}-01-01' AND start_date <= '{year}-12-31'")
    live = ("FROM participations q JOIN participants p ON p.id = q.participant_id WHERE q.deleted_at IS NULL "
            f"AND p.deleted_at IS NULL AND q.activity_id IN ({scope})")
    one = lambda q: con.execute(q).fetchone()[0]  # noqa: E731
    rows = lambda q: con.execute(q).fetchall()  # noqa: E731
    part = ("(SELECT count(*) FROM participations q JOIN participants p ON p.id = q.participant_id WHERE "
            "q.activity_id = a.id AND q.deleted_at IS NULL AND p.deleted_at IS NULL AND q.role = 'participant'{x})")
    women = part.format(x=" AND p.sex = 'female'")
    men = part.format(x=" AND p.sex = 'male'")
    lists = ("(SELECT group_concat({col}, '; ') FROM {table} WHERE activity_id = a.id)")
    themes = lists.format(col="theme", table="activity_themes")
    targets = lists.format(col="target", table="activity_sdg_targets")
    recs = ("(SELECT group_concat(r.symbol || ', para. ' || coalesce(r.paragraph, ''), char(10)) FROM "
            "activity_recommendations l JOIN recommendations r ON r.id = l.recommendation_id WHERE "
            "l.activity_id = a.id)")
    by_place = live.replace("WHERE", "JOIN activities a ON a.id = q.activity_id WHERE", 1)
    parts = {c: (n, k) for c, n, k in con.execute(
        f"SELECT a.country, count(*), count(DISTINCT q.participant_id) {by_place} GROUP BY a.country").fetchall()}
    return {
        "activities": one(f"SELECT count(*) FROM ({scope})"),
        "people": one(f"SELECT count(DISTINCT q.participant_id) {live}"),
        "participations": one(f"SELECT count(*) {live}"),
        "reach": one(f"SELECT coalesce(sum(reach_total), 0) FROM activities WHERE id IN ({scope})"),
        "by_kind": rows(f"SELECT kind, count(*) FROM activities WHERE id IN ({scope}) GROUP BY kind ORDER BY 2 DESC"),
        "by_status": rows(f"SELECT status, count(*) FROM activities WHERE id IN ({scope}) GROUP BY status"),
        "by_sex": rows(f"SELECT p.sex, count(DISTINCT p.id), count(*) {live} GROUP BY 1"),
        "by_age": rows(f"SELECT p.age_group, count(DISTINCT p.id), count(*) {live} GROUP BY 1"),
        "by_dis": rows(f"SELECT p.disability, count(DISTINCT p.id), count(*) {live} GROUP BY 1"),
        "by_cat": rows(f"SELECT p.stakeholder_category, count(DISTINCT p.id), count(*) {live} GROUP BY 1"),
        "sex_cat": rows(f"SELECT p.stakeholder_category, p.sex, count(DISTINCT p.id) {live} GROUP BY 1, 2"),
        "sex_age": rows(f"SELECT p.age_group, p.sex, count(DISTINCT p.id) {live} GROUP BY 1, 2"),
        "reach_all": con.execute(f"SELECT sum(reach_women), sum(reach_men), sum(reach_other), sum(reach_total), "
                                 f"sum(reach_localities) FROM activities WHERE id IN ({scope})").fetchone(),
        "countries": rows(f"SELECT country FROM activities WHERE id IN ({scope}) UNION SELECT country FROM "
                          f"activity_countries WHERE activity_id IN ({scope})"),
        "by_country": [(c, n, r, parts.get(c, (0, 0))[0], parts.get(c, (0, 0))[1]) for c, n, r in rows(
            f"SELECT country, count(*), coalesce(sum(reach_total), 0) FROM activities WHERE id IN ({scope}) "
            f"GROUP BY country")],
        "by_month": rows(f"SELECT strftime('%Y-%m', start_date), count(*), coalesce(sum(reach_total), 0) "
                         f"FROM activities WHERE id IN ({scope}) GROUP BY 1"),
        "acts": rows(f"SELECT a.id, a.start_date, a.end_date, a.title, a.kind, a.status, a.country, a.location, "
                     f"o.code, {part.format(x='')}, {women}, {men}, a.reach_total, "
                     f"a.reach_localities, {themes}, {targets}, a.narrative, a.outcome, {recs}, a.uuid FROM activities a JOIN offices o ON "
                     f"o.id = a.origin_office_id WHERE a.id IN ({scope}) ORDER BY a.country, a.start_date"),
        "trainings": rows(f"SELECT a.title, a.start_date, a.country, count(q.id), avg(q.pre_score), "
                          f"avg(q.post_score), avg(q.post_score - q.pre_score) FROM activities a LEFT JOIN "
                          f"participations q ON q.activity_id = a.id AND q.deleted_at IS NULL WHERE a.kind = "
                          f"'training' AND a.id IN ({scope}) GROUP BY a.id ORDER BY a.start_date"),
        "sdg": rows(f"SELECT goal, target, count(*) FROM activity_sdg_targets WHERE activity_id IN ({scope}) "
                    f"GROUP BY target ORDER BY goal, target"),
        "recs": rows(f"SELECT r.symbol, r.paragraph, r.mechanism, r.implementation_status, group_concat(a.title, "
                     f"char(10)), count(*) FROM recommendations r JOIN activity_recommendations l ON "
                     f"l.recommendation_id = r.id JOIN activities a ON a.id = l.activity_id WHERE a.id IN "
                     f"({scope}) GROUP BY r.id ORDER BY r.symbol"),
    }


def baseline_xlsx(db_path: str, year: int, out: Path) -> None:
    import sqlite3

    from openpyxl import Workbook
    from openpyxl.chart import BarChart, PieChart, Reference
    from openpyxl.styles import Font, PatternFill

    con = sqlite3.connect(db_path)
    d = _queries(con, year)
    wb = Workbook()
    head_font, head_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="0A4D8C")

    def table(ws, header, rows):
        ws.append(header)
        for c in ws[ws.max_row]:
            c.font, c.fill = head_font, head_fill
        top = ws.max_row
        for r in rows:
            ws.append(list(r))
        ws.append([])
        return top

    ws = wb.active
    ws.title = "Summary"
    ws.append(["Activity report"])
    table(ws, ["Figure", "Value"], [("Activities", d["activities"]), ("People", d["people"]),
                                    ("Participations", d["participations"]), ("Reach", d["reach"]),
                                    ("Countries", len(d["countries"]))])
    for title, rows, chart in (("Kind", d["by_kind"], BarChart), ("Status", d["by_status"], None),
                               ("Sex", d["by_sex"], PieChart), ("Age", d["by_age"], BarChart),
                               ("Disability", d["by_dis"], None), ("Category", d["by_cat"], BarChart)):
        top = table(ws, [title, "N", "Participations"][: len(rows[0]) if rows else 2], rows)
        if chart and rows:
            c = chart()
            c.add_data(Reference(ws, min_col=2, min_row=top, max_row=top + len(rows)), titles_from_data=True)
            c.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=top + len(rows)))
            ws.add_chart(c, f"E{top}")
    ws = wb.create_sheet("Disaggregation")
    for rows in (d["sex_cat"], d["sex_age"]):
        table(ws, ["Group", "Sex", "People"], rows)
    for name, header, rows in (
            ("By country", ["Country", "Activities", "Reach", "Participations", "People"], d["by_country"]),
            ("By month", ["Month", "Activities", "Reach"], d["by_month"]),
            ("Activities", ["id", "Start", "End", "Title", "Kind", "Status", "Country", "Location", "Office",
                            "Participants", "Women", "Men", "Reach", "Localities", "Themes", "SDG targets",
                            "Narrative", "Outcome", "Recommendations", "UUID"], d["acts"]),
            ("Trainings", ["Title", "Date", "Country", "N", "Pre", "Post", "Improvement"], d["trainings"]),
            ("Recommendations", ["Symbol", "Paragraph", "Mechanism", "Status", "Activities", "N"], d["recs"]),
            ("SDG targets", ["Goal", "Target", "Activities"], d["sdg"])):
        ws = wb.create_sheet(name)
        table(ws, header, rows)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
    wb.save(out)


def baseline_pdf(db_path: str, year: int, out: Path) -> None:
    import sqlite3

    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
    from reportlab.platypus.tableofcontents import TableOfContents

    fonts = ROOT / "resources" / "fonts"
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSansCondensed", str(fonts / "DejaVuSansCondensed.ttf")))
    con = sqlite3.connect(db_path)
    d = _queries(con, year)
    ss = getSampleStyleSheet()
    for s in ss.byName.values():
        s.fontName = "DejaVuSans"
    cell = ss["BodyText"].clone("cell", fontName="DejaVuSansCondensed", fontSize=8, leading=10)

    def table(header, rows, widths=None):
        data = [[Paragraph(str(h), cell) for h in header]]
        data += [[Paragraph("" if v is None else str(v).replace("&", "&amp;").replace("<", "&lt;")
                            .replace("\n", "<br/>"), cell)
                  for v in r] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#0a4d8c")),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)]))
        return t

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, f):
            if getattr(f, "toc", False):
                self.notify("TOCEntry", (0, f.getPlainText(), self.page))

    def h(text):
        p = Paragraph(text, ss["Heading1"])
        p.toc = True
        return p

    toc = TableOfContents()
    story = [Paragraph("Activity report", ss["Title"]), Paragraph(f"{year}", ss["Heading2"]), PageBreak(), toc,
             PageBreak(), h("I. Key figures"),
             table(["Figure", "Value"], [("Activities", d["activities"]), ("People", d["people"]),
                                         ("Participations", d["participations"]), ("Reach", d["reach"])])]
    bar = Drawing(230, 170)
    chart = VerticalBarChart()
    chart.data = [[n for _k, n in d["by_kind"]]]
    chart.categoryAxis.categoryNames = [k for k, _n in d["by_kind"]]
    bar.add(chart)
    pie = Drawing(230, 170)
    p = Pie()
    p.data = [r[1] for r in d["by_sex"]]
    pie.add(p)
    story += [bar, pie, PageBreak(), h("II. Activities of the Office")]
    country = None
    for a in d["acts"]:
        if a[6] != country:
            country = a[6]
            story.append(Paragraph(country, ss["Heading3"]))
        text = (f"In {a[6]}, the Office held “{a[3]}” ({a[1]}, {a[7]}) with {a[9]} participants. "
                f"Women made up {round(100 * a[10] / a[9]) if a[9] else 0}% of the participants. "
                f"{a[16] or ''} {a[17] or ''}")
        story.append(Paragraph(text.replace("&", "&amp;"), ss["BodyText"], bulletText="1."))
    story += [PageBreak(), h("III. Figures in detail")]
    sdg = {t["code"]: t["text"] for g in json.loads((ROOT / "resources/data/sdg.json").read_text())["goals"]
           for t in g["targets"]}
    d["sdg"] = [(g, t, sdg.get(t, ""), n) for g, t, n in d["sdg"]]
    for header, rows in ((["Kind", "Activities"], d["by_kind"]), (["Status", "Activities"], d["by_status"]),
                         (["Sex", "People", "Participations"], d["by_sex"]),
                         (["Age", "People", "Participations"], d["by_age"]),
                         (["Disability", "People", "Participations"], d["by_dis"]),
                         (["Category", "People", "Participations"], d["by_cat"]),
                         (["Category", "Sex", "People"], d["sex_cat"]), (["Age", "Sex", "People"], d["sex_age"]),
                         (["Country", "Activities", "Reach", "Participations", "People"], d["by_country"]),
                         (["Month", "Activities", "Reach"], d["by_month"]),
                         (["Training", "Date", "Country", "N", "Pre", "Post", "Improvement"], d["trainings"]),
                         (["Goal", "Target", "Text", "Activities"], d["sdg"]),
                         (["Symbol", "Paragraph", "Mechanism", "Status", "Activities", "N"],
                          [(*r[:4], "\n".join(r[4].split("\n")[:25]), r[5]) for r in d["recs"]])):
        story.append(table(header, rows, [70, 40, 80, 50, 170, 25] if header[0] == "Symbol" else None))
    story += [PageBreak(), h("Annex I. Activities"),
              table(["Date", "Title", "Kind", "Country", "Location", "Office", "Participants", "Reached"],
                    [(a[1], a[3], a[4], a[6], a[7], a[8], a[9], a[12]) for a in d["acts"]])]
    doc = Doc(str(out), pagesize=A4, title="Activity report", author="HRDesk baseline")
    doc.multiBuild(story)


# -- driver -------------------------------------------------------------------------------

def run_one(name: str, db_path: str, year: int, out_dir: Path) -> dict:
    who, kind = name.split("-")
    out = out_dir / f"{name}.{kind}"
    start = time.perf_counter()
    if who == "hrdesk":
        hrdesk_build(db_path, year, kind, out)
    else:
        (baseline_xlsx if kind == "xlsx" else baseline_pdf)(db_path, year, out)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"run": name, "seconds": round(seconds, 2), "peak_mb": round(peak_mb, 1),
            "size_kb": round(out.stat().st_size / 1024)}


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[1] == "--one":
        print(json.dumps(run_one(argv[2], argv[3], int(argv[4]), Path(argv[5]))))
        return 0
    if len(argv) < 2:
        print(__doc__)
        return 2
    db_path = argv[1]
    year = int(argv[argv.index("--year") + 1]) if "--year" in argv else 2024
    out_dir = Path("/tmp/hrdesk-bench-reports")
    out_dir.mkdir(exist_ok=True)
    results = {}
    for name in RUNS:
        proc = subprocess.run([sys.executable, __file__, "--one", name, db_path, str(year), str(out_dir)],
                              capture_output=True, text=True, cwd=ROOT)
        if proc.returncode:
            print(proc.stderr)
            return 1
        results[name] = json.loads(proc.stdout.strip().splitlines()[-1])
        r = results[name]
        print(f"{name:14} {r['seconds']:8.2f} s  peak {r['peak_mb']:7.1f} MB  file {r['size_kb']:7d} kB", flush=True)
    for kind in ("xlsx", "pdf"):
        ratio = results[f"hrdesk-{kind}"]["seconds"] / results[f"baseline-{kind}"]["seconds"]
        mem = results[f"hrdesk-{kind}"]["peak_mb"] / results[f"baseline-{kind}"]["peak_mb"]
        print(f"{kind}: HRDesk / baseline = {ratio:.2f}× time, {mem:.2f}× peak memory "
              f"({'meets' if ratio <= 1.3 else 'misses'} the 1.3× goal)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
