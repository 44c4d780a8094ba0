"""The compendium / follow-up matrix of recommendations, Excel and PDF: recommendations grouped
by cluster, theme or mechanism, each with its response, responsible entities, current status
and its date, latest note and the activities that addressed it with their participant figures;
key figures (how many, supported, with at least one activity, by status) and the groups ×
status matrix.  The figures come from :mod:`hrdesk.services.followup` (SQL aggregates)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from hrdesk import __version__
from hrdesk.domain.choices import IMPLEMENTATION_STATUS, RECOMMENDATION_RESPONSE
from hrdesk.domain.progress import Progress, ensure
from hrdesk.i18n import _
from hrdesk.reference.mechanisms import MECHANISM
from hrdesk.safety.atomic import atomic_path, check_target
from hrdesk.services import followup
from hrdesk.services.followup import STATUSES, Compendium
from hrdesk.services.queries import RecommendationFilter
from hrdesk.storage.database import Database

from . import charts, narrative
from .excel import DATE, INT, META_FONT, SUB_FONT, TITLE_FONT, Sheet, data_sheet, sheet_title
from .figures import own_office
from .fmt import Fmt
from .fonts import para
from .pdf_base import (
    LIGHT,
    WIDTH,
    PageInfo,
    ReportDoc,
    data_table,
    heading,
    numbered_canvas,
    styles,
)

Check = Callable[[], None]
FORMATS = (".xlsx", ".pdf")


def group_by_label(tr: Fmt, group_by: str) -> str:
    return {"cluster": tr("By cluster"), "theme": tr("By theme"), "mechanism": tr("By mechanism")}[group_by]


def group_label(tr: Fmt, c: Compendium, group: dict[str, Any]) -> str:
    if group["key"] is None:
        return {"cluster": tr("Not in a cluster"), "theme": tr("No theme"),
                "mechanism": tr("No mechanism")}[c.group_by]
    if c.group_by == "mechanism":
        return tr.label(MECHANISM, group["key"])
    return tr(group["label"]) if c.group_by == "theme" else group["label"]


def key_rows(tr: Fmt, c: Compendium) -> list[tuple[str, int]]:
    """The key figures as (label, number), in the order both formats show them."""
    k = c.key
    rows = [(tr("Recommendations"), k["recommendations"]), (tr("Supported"), k["supported"]),
            (tr("Noted"), k["noted"]), (tr("With at least one activity"), k["with_activity"])]
    rows += [(tr.label(IMPLEMENTATION_STATUS, s), k["by_status"][s]) for s in STATUSES]
    return rows


def matrix_rows(tr: Fmt, c: Compendium) -> list[list[Any]]:
    """Each group: its name, its recommendations by status, with at least one activity, total."""
    rows = []
    for g in c.groups:
        recs = g["recommendations"]
        counts = [sum(1 for r in recs if r["implementation_status"] == s) for s in STATUSES]
        rows.append([group_label(tr, c, g), *counts, sum(1 for r in recs if r["activities"]), len(recs)])
    return rows


def matrix_header(tr: Fmt, c: Compendium) -> list[str]:
    first = {"cluster": tr("Cluster"), "theme": tr("Theme"), "mechanism": tr("Mechanism")}[c.group_by]
    return [first, *(tr.label(IMPLEMENTATION_STATUS, s) for s in STATUSES), tr("With at least one activity"),
            tr("Total")]


def activity_line(tr: Fmt, a: dict[str, Any]) -> str:
    """"2024-03-04 Workshop … — 30 participants (women: 18, men: 12)" or "… — reach 25,000"."""
    figures = []
    if a["participants"]:
        figures.append(tr.ngettext("{n} participant (women: {women}, men: {men})",
                                   "{n} participants (women: {women}, men: {men})", a["participants"]).format(
            n=tr.num(a["participants"]), women=tr.num(a["women"]), men=tr.num(a["men"])))
    if a["reach"]:
        figures.append(tr("reach {n}").format(n=tr.num(a["reach"])))
    date = a["start_date"].isoformat() if a["start_date"] else ""
    return " — ".join(filter(None, [f"{date} {a['title']}".strip(), "; ".join(figures)]))


def _title(tr: Fmt, c: Compendium) -> str:
    return tr("Recommendations follow-up – {grouping}").format(grouping=group_by_label(tr, c.group_by).lower())


# -- Excel -----------------------------------------------------------------------------------

def build_excel(c: Compendium, path: Path | str, language: str = "en", *, office: str = "",
                check: Check | None = None) -> Path:
    check_target(path)
    tr = Fmt(language)
    check = check or (lambda: None)
    generated = dt.date.today()
    wb = Workbook(write_only=True)
    s = Sheet(wb.create_sheet(sheet_title(tr("Summary"))))
    s.text(tr("Compendium of recommendations and follow-up matrix"), TITLE_FONT)
    if office:
        s.text(office, SUB_FONT)
    s.text(group_by_label(tr, c.group_by), SUB_FONT)
    s.text(tr("Generated on {date}").format(date=tr.date(generated)), META_FONT)
    s.skip()
    s.text(tr("Key figures"), SUB_FONT)
    s.table([tr("Figure"), tr("Value")], [[label, n] for label, n in key_rows(tr, c)], {1: INT})
    s.text(tr("Follow-up matrix"), SUB_FONT)
    header = matrix_header(tr, c)
    rows = matrix_rows(tr, c)
    top, _last = s.table(header, rows, {i: INT for i in range(1, len(header))},
                         total=[tr("Total"), *(c.key["by_status"][st] for st in STATUSES),
                                c.key["with_activity"], c.key["recommendations"]]
                         if c.group_by != "theme" else None)
    if rows:
        chart = BarChart()
        chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
        chart.title = tr("Recommendations by status")
        chart.height, chart.width = max(6, 1 + 0.7 * len(rows)), 16
        data = Reference(s.ws, min_col=2, max_col=1 + len(STATUSES), min_row=top, max_row=top + len(rows))
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(s.ws, min_col=1, min_row=top + 1, max_row=top + len(rows)))
        s.charts.append((chart, f"{chr(ord('A') + len(header) + 1)}{top}"))
    s.finish(footer=False)
    check()
    compendium_rows, activity_rows = [], []
    for g in c.groups:
        name = group_label(tr, c, g)
        for r in g["recommendations"]:
            label = narrative.recommendation_label(tr, r)
            compendium_rows.append([
                name, label, tr.label(MECHANISM, r["mechanism"]), r["text"],
                tr.label(RECOMMENDATION_RESPONSE, r["response"]) if r["response"] else None,
                "; ".join(r["entities"]) or None, tr.label(IMPLEMENTATION_STATUS, r["implementation_status"]),
                r["status_date"], r["latest_note"], len(r["activities"]),
                sum(a["participants"] for a in r["activities"]),
                "\n".join(activity_line(tr, a) for a in r["activities"]) or None, r["uuid"]])
            for a in r["activities"]:
                activity_rows.append([name, label, a["start_date"], a["title"], tr.country(a["country"]),
                                      a["participants"], a["women"], a["men"], a["reach"], r["uuid"], a["uuid"]])
    check()
    data_sheet(wb, tr("Compendium"),
               [matrix_header(tr, c)[0], tr("Recommendation"), tr("Mechanism"), tr("Text"), tr("Response"),
                tr("Responsible entities"), tr("Current status"), tr("Status date"), tr("Latest note"),
                tr("Activities"), tr("Participants"), tr("Activities addressing it"), "UUID"],
               compendium_rows, {7: DATE, 9: INT, 10: INT}, wrap={3, 8, 11}, freeze="C2",
               widths={4: 60, 9: 40, 12: 60})
    data_sheet(wb, tr("Activities"),
               [matrix_header(tr, c)[0], tr("Recommendation"), tr("Date"), tr("Activity"), tr("Country"),
                tr("Participants"), tr("Women"), tr("Men"), tr("Reach"), tr("Recommendation UUID"), "UUID"],
               activity_rows, {2: DATE, 5: INT, 6: INT, 7: INT, 8: INT}, wrap={3})
    check()
    props = wb.properties
    props.title = _title(tr, c)
    props.creator = office or "HRDesk"
    props.lastModifiedBy = f"HRDesk {__version__}"
    props.language = tr.lang
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return Path(path)


# -- PDF -------------------------------------------------------------------------------------

def build_pdf(c: Compendium, path: Path | str, language: str = "en", *, office: str = "",
              check: Check | None = None) -> Path:
    check_target(path)
    tr = Fmt(language)
    st = styles()
    generated = dt.date.today()
    story: list[Any] = [Paragraph(para(tr("Compendium of recommendations and follow-up matrix")), st["cover_title"])]
    if office:
        story.append(Paragraph(para(office), st["cover_sub"]))
    story += [Paragraph(para(group_by_label(tr, c.group_by)), st["cover_sub"]),
              Paragraph(para(tr("Generated on {date}").format(date=tr.date(generated))), st["cover_meta"]),
              Spacer(1, 0.4 * cm), heading(tr("Key figures"), st)]
    tiles = key_rows(tr, c)
    cells = [[Paragraph(para(tr.num(n)), st["figure"]), Paragraph(para(label), st["figure_label"])]
             for label, n in tiles]
    per_row = 4
    grid = Table([cells[i:i + per_row] + [""] * (per_row - len(cells[i:i + per_row]))
                  for i in range(0, len(cells), per_row)], colWidths=[WIDTH / per_row] * per_row)
    grid.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("GRID", (0, 0), (-1, -1), 3, "white"),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [grid, Spacer(1, 0.3 * cm)]
    by_status = c.key["by_status"]
    story.append(charts.bar_chart(tr("Recommendations by status"),
                                  [tr.label(IMPLEMENTATION_STATUS, s) for s in STATUSES],
                                  [by_status[s] for s in STATUSES], WIDTH, 150))
    header = matrix_header(tr, c)
    rows = matrix_rows(tr, c)
    total = c.group_by != "theme"
    if total:
        rows.append([tr("Total"), *(by_status[s] for s in STATUSES), c.key["with_activity"],
                     c.key["recommendations"]])
    story += [heading(tr("Follow-up matrix"), st),
              data_table(st, header, [[r[0], *(tr.num(n) for n in r[1:])] for r in rows],
                         [4] + [1.4] * (len(header) - 1), numeric=set(range(1, len(header))), total_row=total)]
    if c.group_by == "theme":
        story.append(Paragraph(para(tr("A recommendation with several themes is counted under each.")), st["small"]))
    story += [CondPageBreak(8 * cm), heading(tr("Compendium"), st)]
    for g in c.groups:
        if check:
            check()
        story.append(heading(group_label(tr, c, g), st, 1))
        table_rows = []
        for r in g["recommendations"]:
            text = r["text"] if len(r["text"] or "") <= 400 else r["text"][:399] + "…"
            status = tr.label(IMPLEMENTATION_STATUS, r["implementation_status"])
            if r["status_date"]:
                status += f"\n{r['status_date'].isoformat()}"
            table_rows.append([
                [narrative.recommendation_label(tr, r), *([tr.label(RECOMMENDATION_RESPONSE, r["response"])]
                                                          if r["response"] else [])],
                text, "; ".join(r["entities"]), status.split("\n"), r["latest_note"] or "",
                [activity_line(tr, a) for a in r["activities"][:25]]
                + ([tr("… and {n} more").format(n=len(r["activities"]) - 25)] if len(r["activities"]) > 25 else [])])
        story.append(data_table(st, [tr("Recommendation and response"), tr("Text"), tr("Responsible entities"),
                                     tr("Current status"), tr("Latest note"), tr("Activities addressing it")],
                                table_rows, [2.2, 4, 1.8, 1.6, 2.4, 3.6]))
    info = PageInfo(left=office or "HRDesk", right=group_by_label(tr, c.group_by),
                    footer_left=tr("Generated with HRDesk on {date}").format(date=tr.date(generated)),
                    page_text=lambda page, total: tr("Page {page} of {total}").format(page=page, total=total),
                    first_page_plain=False)
    with atomic_path(path) as tmp:
        doc = ReportDoc(str(tmp), check=check, title=_title(tr, c), author=office or "HRDesk",
                        creator=f"HRDesk {__version__}", lang=tr.lang)
        doc.build(story, canvasmaker=numbered_canvas(info))  # one pass; "Page x of y" drawn at the end
    return Path(path)


# -- service ---------------------------------------------------------------------------------

def build(db: Database, path: Path | str, *, group_by: str = "cluster", language: str = "en",
          flt: RecommendationFilter = RecommendationFilter(), office: str = "",
          progress: Progress | None = None) -> Path:
    """Write the compendium to ``path`` (``.xlsx`` or ``.pdf``, atomically); call from a worker
    thread in the app (progress and cancel through ``progress``)."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(_("The report must be an .xlsx or a .pdf file, not '{name}'.").format(name=Path(path).name))
    check_target(path, _("the report"))
    progress = ensure(progress)
    progress.update(0, 3, _("Counting…"))
    compendium = followup.compendium(db, flt, group_by=group_by)
    if not office:
        with db.read_session() as s:
            own = own_office(s)
        office = own["name"] if own else ""
    progress.update(1, 3, _("Writing the report…"))
    build_one = build_excel if suffix == ".xlsx" else build_pdf
    result = build_one(compendium, path, language, office=office, check=progress.check)
    progress.finish(_("Done."))
    return result
