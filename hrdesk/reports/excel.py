"""The Excel report of a scope (openpyxl): a Summary sheet of key figures with native
charts, then disaggregation, country, month, activity, training, recommendation and (full
privacy only) participant sheets.  Styled, frozen, filtered and set up for printing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.marker import DataPoint
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from hrdesk import __version__
from hrdesk.domain.choices import (
    ACTIVITY_KIND,
    ACTIVITY_STATUS,
    AGE_GROUP,
    DISABILITY,
    IMPLEMENTATION_STATUS,
    PRIVACY_LEVEL,
    RECOMMENDATION_RESPONSE,
    SEX,
    STAKEHOLDER_CATEGORY,
)
from hrdesk.domain.records import ACTIVITY
from hrdesk.reference import countries, sdg
from hrdesk.reference.mechanisms import MECHANISM
from hrdesk.safety.atomic import atomic_path, check_target
from hrdesk.spreadsheets.text import cell_value, text_cell

from . import narrative, palette
from .figures import ReportFigures, office_line
from .fmt import Fmt

BLUE = "0A4D8C"
HEAD_FONT = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor=BLUE)
TITLE_FONT = Font(bold=True, size=16, color=BLUE)
SUB_FONT = Font(bold=True, size=12, color=BLUE)
META_FONT = Font(italic=True, color="5F6B7A")
TOTAL_FONT = Font(bold=True)
THIN = Side(style="thin", color="B8C4D4")
RULED = Border(bottom=THIN)
INT, DEC, DATE = "#,##0", "0.0", "yyyy-mm-dd"
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_ALIGN = Alignment(wrap_text=True, vertical="center")

Check = Callable[[], None]


def sheet_title(text: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", "-", text)[:31]


class Sheet:
    """Lays tables down a worksheet in memory, then writes it in one pass (openpyxl's
    write-only mode: column widths, panes and print setup first, then the rows)."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.rows: list[list[Any]] = []
        self.widths: dict[int, float] = {}
        self.charts: list[tuple[Any, str]] = []
        self.freeze: str | None = None
        self.marking = getattr(ws.parent, "hrdesk_marking", "")  # printed on every page when names are shown

    @property
    def row(self) -> int:
        """The next free row (1-based)."""
        return len(self.rows) + 1

    def skip(self, n: int = 1) -> None:
        self.rows.extend([] for _i in range(n))

    def _cell(self, value: Any, font: Font | None = None, fill: PatternFill | None = None,
              number_format: str | None = None, alignment: Alignment | None = None,
              border: Border | None = None) -> Any:
        if number_format == DATE:
            number_format = None  # openpyxl gives dates the format yyyy-mm-dd by itself
        if value is None and font is None and fill is None and border is None:
            return None
        if font is None and fill is None and number_format is None and alignment is None and border is None:
            return cell_value(self.ws, value)  # user text stays text, never a formula
        cell = text_cell(self.ws, value) if type(value) is str else WriteOnlyCell(self.ws, value)
        if font:
            cell.font = font
        if fill:
            cell.fill = fill
        if number_format:
            cell.number_format = number_format
        if alignment:
            cell.alignment = alignment
        if border:
            cell.border = border
        return cell

    def text(self, value: str, font: Font | None = None) -> None:
        self.rows.append([self._cell(value, font)])

    def table(self, header: list[str], rows: list[list[Any]], formats: dict[int, str] | None = None, *,
              total: list[Any] | None = None, wrap: set[int] = frozenset(), max_width: float = 60) -> tuple[int, int]:
        """Lay a table out at the current row; returns (header row, last row)."""
        formats = formats or {}
        top = self.row
        self.rows.append([self._cell(h, HEAD_FONT, HEAD_FILL, alignment=HEAD_ALIGN) for h in header])
        for i, h in enumerate(header):
            self._fit(i + 1, h, max_width)
        ruled = len(rows) <= 60  # small tables get rules between rows; long lists stay light
        border = RULED if ruled else None
        for n, values in enumerate(rows):
            self.rows.append([self._cell(v, None, None, formats.get(i), WRAP if i in wrap else None, border)
                              for i, v in enumerate(values)])
            if n < 200:
                for i, v in enumerate(values):
                    self._fit(i + 1, v, max_width)
        if total is not None:
            self.rows.append([self._cell(v, TOTAL_FONT, None, formats.get(i), None, border)
                              for i, v in enumerate(total)])
        last = self.row - 1
        self.skip()
        return top, last

    def _fit(self, col: int, value: Any, max_width: float) -> None:
        if value is None:
            return
        text = str(value)
        longest = max((len(line) for line in text.split("\n")), default=0)
        self.widths[col] = min(max(self.widths.get(col, 8), longest * 1.1 + 2), max_width)

    def finish(self, *, freeze: str | None = None, autofilter: str | None = None,
               title_rows: str | None = None, footer: bool = True) -> None:
        ws = self.ws
        for col, w in self.widths.items():
            ws.column_dimensions[get_column_letter(col)].width = w
        if freeze or self.freeze:
            ws.freeze_panes = self.freeze or freeze
        if autofilter:
            ws.auto_filter.ref = autofilter
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        ws.page_margins.left = ws.page_margins.right = 0.5
        if title_rows:
            ws.print_title_rows = title_rows
        if footer:
            ws.HeaderFooter.oddFooter.center.text = "&P / &N"
        if self.marking:
            ws.HeaderFooter.oddHeader.center.text = self.marking
            ws.HeaderFooter.oddHeader.center.color = "B3261E"
        for chart, anchor in self.charts:
            ws.add_chart(chart, anchor)
        for row in self.rows:
            ws.append(row)


def data_sheet(wb: Workbook, title: str, header: list[str], rows: list[list[Any]],
               formats: dict[int, str] | None = None, *, wrap: set[int] = frozenset(),
               total: list[Any] | None = None, max_width: float = 60, freeze: str = "A2",
               widths: dict[int, float] | None = None) -> Worksheet:
    """A sheet holding one table from A1: frozen header, autofilter, header repeated on print."""
    ws = wb.create_sheet(sheet_title(title))
    sheet = Sheet(ws)
    _top, last = sheet.table(header, rows, formats, wrap=wrap, total=total, max_width=max_width)
    sheet.widths.update(widths or {})
    data_last = last - (1 if total else 0)
    sheet.finish(freeze=freeze, autofilter=f"A1:{get_column_letter(len(header))}{max(data_last, 1)}",
                 title_rows="1:1")
    return ws


def build_excel(f: ReportFigures, path: Path | str, *, check: Check | None = None) -> Path:
    check_target(path)  # before any worksheet is started: nothing to abandon
    tr = Fmt(f.scope.language)
    check = check or (lambda: None)
    wb = Workbook(write_only=True)
    wb.hrdesk_marking = (tr("CONTAINS PERSONAL DATA – handle confidentially, do not forward")
                         if f.scope.shows_names else "")
    office = office_line(tr, f)
    period = tr.period(f.scope.date_from, f.scope.date_to)
    summary(tr, wb.create_sheet(sheet_title(tr("Summary"))), f, office, period)
    check()
    if not f.empty:
        disaggregation(tr, wb, f)
        check()
        countries_and_months(tr, wb, f)
        check()
        activities_sheet(tr, wb, f)
        check()
        trainings_and_recommendations(tr, wb, f)
        check()
        if f.scope.shows_names:
            people_sheet(tr, wb, f)
            check()
    props = wb.properties
    props.title = tr("Activity report – {period}").format(period=period)
    props.subject = tr("Activities, participants and results of {office}, {period}").format(office=office, period=period)
    props.creator = office
    props.lastModifiedBy = f"HRDesk {__version__}"
    props.keywords = "HRDesk; " + tr.label(PRIVACY_LEVEL, f.scope.privacy)
    props.description = tr("Generated with HRDesk on {date}").format(date=tr.date(f.generated))
    props.category = tr("CONTAINS PERSONAL DATA – handle confidentially, do not forward") if f.scope.shows_names else ""
    props.language = tr.lang
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return Path(path)


# -- Summary ----------------------------------------------------------------------------

def summary(tr: Fmt, ws: Worksheet, f: ReportFigures, office: str, period: str) -> None:
    s = Sheet(ws)
    s.text(tr("Activity report"), TITLE_FONT)
    s.text(office, SUB_FONT)
    s.text(period, SUB_FONT)
    s.text(tr("Generated on {date}").format(date=tr.date(f.generated)), META_FONT)
    s.text(tr("Privacy: {level}").format(level=tr.label(PRIVACY_LEVEL, f.scope.privacy)), META_FONT)
    if f.scope.shows_names:
        s.text(tr("CONTAINS PERSONAL DATA – handle confidentially, do not forward"), Font(bold=True, color="B3261E"))
    s.skip()
    if f.empty:
        s.text(tr("No activities in this period"), SUB_FONT)
        s.text(tr("No activities in this period match the report's scope: there are no figures to report. "
                  "Check the period and the filters."))
        s.finish(footer=False)
        return
    k, r = f.key, f.reach
    s.text(tr("Key figures"), SUB_FONT)
    s.table([tr("Figure"), tr("Value")], [
        [tr("Activities"), k["activities"]],
        [tr("People who took part (unique)"), k["participants"]],
        [tr("Participations"), k["participations"]],
        [tr("People reached by campaigns and events"), k["reach"]],
        [tr("Localities reached"), r["localities"]],
        [tr("Countries reached"), k["countries"]],
        [tr("SDG targets addressed"), k["sdg_targets"]],
        [tr("Recommendations addressed"), k["recommendations"]],
        [tr("Trainings"), len(f.trainings)],
    ], {1: INT})
    s.text(tr("Countries reached (where activities took place or that they covered): {list}.").format(
        list=tr.join(tr.country_names(f.countries))), META_FONT)
    s.skip()

    def block(title: str, header: list[str], rows: list[list[Any]], total: list[Any] | None, chart: str | None,
              colours: list[str] | None = None):
        s.text(title, SUB_FONT)
        top, _last = s.table(header, rows, {i: INT for i in range(1, len(header))}, total=total)
        if chart and rows:
            anchor = f"{get_column_letter(len(header) + 2)}{top - 1}"
            data_last = top + len(rows)
            c = BarChart() if chart == "bar" else PieChart()
            c.title = title
            c.add_data(Reference(ws, min_col=2, min_row=top, max_row=data_last), titles_from_data=True)
            c.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=data_last))
            c.height, c.width = 7, 13
            series = c.series[0]
            if chart == "bar":
                series.graphicalProperties.solidFill = palette.ACCENT[1:]
                series.graphicalProperties.line.solidFill = palette.ACCENT[1:]
            else:  # each slice in its category's colour (the Dashboard's and the PDF's)
                for i, hex_colour in enumerate(colours or palette.colours(None, [None] * len(rows))):
                    point = DataPoint(idx=i)
                    point.graphicalProperties.solidFill = hex_colour[1:]
                    series.dPt.append(point)
            if chart == "bar":
                c.legend = None
                c.y_axis.numFmt = "0"
                c.y_axis.majorGridlines = None
            s.charts.append((c, anchor))
            if s.row < top + 15:
                s.skip(top + 15 - s.row)

    kinds = [[tr.label(ACTIVITY_KIND, c), n] for c, n in k["by_kind"].items()]
    block(tr("Activities by kind"), [tr("Kind of activity"), tr("Activities")], kinds,
          [tr("Total"), k["activities"]], "bar")
    block(tr("Activities by status"), [tr("Status"), tr("Activities")],
          [[tr.label(ACTIVITY_STATUS, c), n] for c, n in k["by_status"].items()], [tr("Total"), k["activities"]], None)
    people_total = [tr("Total"), k["participants"], k["participations"]]
    for title, rows, column, choices, chart in (
            (tr("People by sex"), f.people_by_sex, "sex", SEX, "pie"),
            (tr("People by age group"), f.people_by_age, "age_group", AGE_GROUP, "bar"),
            (tr("People by disability"), f.people_by_disability, "disability", DISABILITY, None),
            (tr("People by stakeholder category"), f.people_by_category, "stakeholder_category",
             STAKEHOLDER_CATEGORY, "bar")):
        block(title, [choices_header(tr, column), tr("People"), tr("Participations")],
              [[tr.label(choices, x[column]) if x[column] else tr("Not recorded"), x["participants"],
                x["participations"]] for x in rows], people_total, chart,
              palette.colours(column, [x[column] for x in rows]))
    block(tr("Aggregate reach of campaigns and events"), [tr("Figure"), tr("Value")], [
        [tr("Activities with aggregate reach"), r["activities"]], [tr("Women reached"), r["women"]],
        [tr("Men reached"), r["men"]], [tr("Other / undisclosed reached"), r["other"]],
        [tr("Total reached"), r["total"]], [tr("Localities reached"), r["localities"]]], None, None)
    s.widths[1] = max(s.widths.get(1, 10), 34)
    s.finish(footer=False)


def choices_header(tr: Fmt, column: str) -> str:
    return {"sex": tr("Sex"), "age_group": tr("Age group"), "disability": tr("Disability"),
            "stakeholder_category": tr("Stakeholder category")}[column]


# -- other sheets -----------------------------------------------------------------------

def _crosstab_rows(tr: Fmt, rows: list[dict[str, Any]], column: str, choices) -> tuple[list, list]:
    sexes = SEX.codes
    cells = {(x["sex"], x[column]): x["participants"] for x in rows}
    codes = [c for c in choices.codes if any((s, c) in cells for s in sexes)]
    codes += sorted({key[1] for key in cells if key[1] not in choices.codes}, key=str)
    body = []
    for c in codes:
        values = [cells.get((s, c), 0) for s in sexes]
        body.append([tr.label(choices, c) if c else tr("Not recorded"), *values, sum(values)])
    totals = [sum(cells.get((s, c), 0) for c in codes) for s in sexes]
    return body, [tr("Total"), *totals, sum(totals)]


def disaggregation(tr: Fmt, wb: Workbook, f: ReportFigures) -> None:
    ws = wb.create_sheet(sheet_title(tr("Disaggregation")))
    s = Sheet(ws)
    s.text(tr("People who took part, counted once each"), SUB_FONT)
    header_sex = [tr.label(SEX, x) for x in SEX.codes] + [tr("Total")]
    for title, rows, column, choices in (
            (tr("People by sex and stakeholder category"), f.sex_by_category, "stakeholder_category",
             STAKEHOLDER_CATEGORY),
            (tr("People by sex and age group"), f.sex_by_age, "age_group", AGE_GROUP)):
        s.text(title, SUB_FONT)
        body, total = _crosstab_rows(tr, rows, column, choices)
        s.table([choices_header(tr, column), *header_sex], body, {i: INT for i in range(1, 6)}, total=total)
    s.finish(freeze="A2", footer=False)


def countries_and_months(tr: Fmt, wb: Workbook, f: ReportFigures) -> None:
    data_sheet(wb, tr("By country"),
               [tr("Country"), tr("ISO code"), tr("Region"), tr("Activities"), tr("People"), tr("Participations"),
                tr("Reached")],
               [[tr.country(c["country"]), c["country"], tr.region(c["country"]), c["activities"], c["participants"],
                 c["participations"], c["reach"]] for c in sorted(f.by_country, key=lambda c: countries.collation_key(tr.country(c["country"])))], {i: INT for i in range(3, 7)})
    data_sheet(wb, tr("By month"),
               [tr("Month"), tr("Activities"), tr("People"), tr("Participations"), tr("Reached")],
               [[tr.month(c["month"]), c["activities"], c["participants"], c["participations"], c["reach"]] for c in f.by_month],
               {i: INT for i in range(1, 5)})


def activities_sheet(tr: Fmt, wb: Workbook, f: ReportFigures) -> None:
    A = ACTIVITY
    header = [tr(A["start_date"].label), tr(A["end_date"].label), tr(A["title"].label), tr(A["kind"].label),
              tr(A["status"].label), tr(A["country"].label), tr(A["location"].label), tr("Office"),
              tr("Participants"), tr("Women"), tr("Men"), tr(A["reach_total"].label),
              tr(A["reach_localities"].label), tr(A["themes"].label), tr(A["sdg_targets"].label),
              tr(A["narrative"].label), tr(A["outcome"].label), tr("Recommendations addressed"), "UUID"]
    rows = []
    for a in f.activities:
        recs = "\n".join(narrative.recommendation_label(tr, r) for r in f.recommendations_of(a["id"]))
        rows.append([a["start_date"], a["end_date"], a["title"], tr.label(ACTIVITY_KIND, a["kind"]),
                     tr.label(ACTIVITY_STATUS, a["status"]), tr.country(a["country"]), a["location"], a["office"],
                     a["participants"], a["women"], a["men"], a["reach_total"], a["reach_localities"],
                     "; ".join(tr(t) for t in a["themes"]), "; ".join(a["sdg_targets"]), a["narrative"],
                     a["outcome"], recs, a["uuid"]])
    data_sheet(wb, tr("Activities"), header, rows, {0: DATE, 1: DATE, 8: INT, 9: INT, 10: INT, 11: INT, 12: INT},
               wrap={2, 15, 16, 17}, freeze="D2", widths={16: 60, 17: 60})


def trainings_and_recommendations(tr: Fmt, wb: Workbook, f: ReportFigures) -> None:
    data_sheet(wb, tr("Trainings"),
               [tr("Training"), tr("Date"), tr("Country"), tr("Participations"), tr("Average pre-test"),
                tr("Average post-test"), tr("Average improvement"), "UUID"],
               [[t["title"], t["start_date"], tr.country(t["country"]), t["participations"],
                 _round(t["avg_pre"]), _round(t["avg_post"]), _round(t["avg_improvement"]), t["uuid"]]
                for t in f.trainings], {1: DATE, 3: INT, 4: DEC, 5: DEC, 6: DEC}, wrap={0})
    rows = []
    for r in f.recommendations:
        rows.append([tr.label(MECHANISM, r["mechanism"]), r["body"], r["symbol"], r["paragraph"],
                     tr.country(r["country"]), r["text"], tr.label(IMPLEMENTATION_STATUS, r["implementation_status"]),
                     len(r["activities"]), "\n".join(f"{a['date']:%Y-%m-%d} {a['title']}" for a in r["activities"]),
                     tr.label(RECOMMENDATION_RESPONSE, r["response"]) if r.get("response") else None,
                     "; ".join(r.get("entities") or []) or None, r.get("status_date"), r.get("latest_note"),
                     r.get("cluster_name")])
    data_sheet(wb, tr("Recommendations"),
               [tr("Mechanism"), tr("Body"), tr("Document symbol"), tr("Paragraph"), tr("Country"), tr("Text"),
                tr("Implementation status"), tr("Activities"), tr("Activities addressing it"), tr("Response"),
                tr("Responsible entities"), tr("Status date"), tr("Latest note"), tr("Cluster")],
               rows, {7: INT, 11: DATE}, wrap={5, 8, 12})
    data_sheet(wb, tr("SDG targets"), [tr("Goal"), tr("Title"), tr("Target"), tr("Text"), tr("Activities")],
               [[t["goal"], sdg.short_title(t["goal"], tr.lang), t["target"],
                 sdg.target_text(t["target"], tr.lang), t["activities"]]
                for t in f.sdg_targets], {4: INT}, wrap={3}, max_width=80)


def people_sheet(tr: Fmt, wb: Workbook, f: ReportFigures) -> None:
    data_sheet(wb, tr("Participants"),
               [tr("Name"), tr("Sex"), tr("Age group"), tr("Disability"), tr("Stakeholder category"),
                tr("Organisation"), tr("Country"), tr("Participations")],
               [[p["full_name"], tr.label(SEX, p["sex"]), tr.label(AGE_GROUP, p["age_group"]),
                 tr.label(DISABILITY, p["disability"]), tr.label(STAKEHOLDER_CATEGORY, p["stakeholder_category"]),
                 p["organisation"], tr.country(p["country"]), p["participations"]] for p in f.people], {7: INT})


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 1)
