"""The PDF report of a scope: cover, contents, key figures with charts, a narrative in the
style of the High Commissioner's reports, tables and annexes."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hrdesk import __version__
from hrdesk.domain.choices import (
    ACTIVITY_KIND,
    ACTIVITY_STATUS,
    AGE_GROUP,
    DISABILITY,
    IMPLEMENTATION_STATUS,
    KINDS_WITH_PARTICIPANT_LISTS,
    PRIVACY_LEVEL,
    SEX,
    STAKEHOLDER_CATEGORY,
)
from hrdesk.reference import countries, sdg
from hrdesk.reference.mechanisms import MECHANISM
from hrdesk.safety.atomic import atomic_path

from . import charts, narrative, palette
from .figures import ReportFigures, office_line
from .fmt import REGIONS, Fmt
from .fonts import para
from .pdf_base import (
    ALERT,
    LIGHT,
    RULE,
    UN_BLUE,
    WIDTH,
    PageInfo,
    ReportDoc,
    data_table,
    heading,
    styles,
    table_of_contents,
)

Check = Callable[[], None]


def page_info(tr: Fmt, f: ReportFigures, office: str) -> PageInfo:
    return PageInfo(
        left=office, right=tr.period(f.scope.date_from, f.scope.date_to),
        footer_left=tr("Generated with HRDesk on {date}").format(date=tr.date(f.generated)),
        page_text=lambda page, total: tr("Page {page} of {total}").format(page=page, total=total),
        personal_data=tr("CONTAINS PERSONAL DATA – handle confidentially, do not forward")
        if f.scope.shows_names else "")


def build_pdf(f: ReportFigures, path: Path | str, *, check: Check | None = None) -> Path:
    """Write the report of ``f`` to ``path`` (atomically)."""
    tr = Fmt(f.scope.language)
    st = styles()
    office = office_line(tr, f)
    story: list[Any] = []
    story += cover(tr, st, f, office)
    if not f.empty:
        story += [Paragraph(para(tr("Contents")), st["h1"]), table_of_contents(st), PageBreak()]
    if f.empty:
        story += [heading(tr("No activities in this period"), st),
                  Paragraph(para(tr("No activities in this period match the report's scope: there are "
                                    "no figures to report. Check the period and the filters.")), st["body"])]
    else:
        story += key_figures(tr, st, f)
        story += narrative_section(tr, st, f)
        story += tables_section(tr, st, f)
        story += annexes(tr, st, f)
    info = page_info(tr, f, office)
    with atomic_path(path) as tmp:
        doc = ReportDoc(str(tmp), check=check, info=info, title=tr("Activity report – {period}").format(period=info.right),
                        author=office, subject=tr("Activities, participants and results of {office}, {period}")
                        .format(office=office, period=info.right),
                        creator=f"HRDesk {__version__}", lang=tr.lang)
        doc.multiBuild(story)
    return Path(path)


# -- cover ------------------------------------------------------------------------------

def cover(tr: Fmt, st, f: ReportFigures, office: str) -> list[Any]:
    scope = f.scope
    items: list[Any] = [Spacer(1, 3.2 * cm)]
    band = Table([[""]], colWidths=[WIDTH], rowHeights=[0.25 * cm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), UN_BLUE)]))
    items += [band, Spacer(1, 0.8 * cm),
              Paragraph(para(office), st["cover_sub"]),
              Paragraph(para(tr("Activity report")), st["cover_title"]),
              Paragraph(para(tr.period(scope.date_from, scope.date_to)), st["cover_sub"]),
              Spacer(1, 1.2 * cm)]
    meta = [tr("Generated on {date}").format(date=tr.date(f.generated)),
            tr("Privacy: {level}").format(level=tr.label(PRIVACY_LEVEL, scope.privacy))]
    filters = []
    if scope.offices:
        filters.append(tr("Offices: {list}").format(list=tr.join(list(scope.offices))))
    if scope.countries:
        filters.append(tr("Countries: {list}").format(list=tr.join([tr.country(c) for c in scope.countries])))
    if scope.kinds:
        filters.append(tr("Kinds of activity: {list}").format(
            list=tr.join([tr.label(ACTIVITY_KIND, k) for k in scope.kinds])))
    if scope.themes:
        filters.append(tr("Themes: {list}").format(list=tr.join([tr(t) for t in scope.themes])))
    if scope.sdg_goals:
        filters.append(tr("SDG goals: {list}").format(list=tr.join([str(g) for g in scope.sdg_goals])))
    items += [Paragraph(para(line), st["cover_meta"]) for line in meta + filters]
    if scope.shows_names:
        box = Table([[Paragraph(para(tr("This report contains personal data (names of participants). "
                                        "Keep it confidential and share it only with people who need it.")),
                                st["alert"])]], colWidths=[WIDTH])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, ALERT), ("TOPPADDING", (0, 0), (-1, -1), 8),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        items += [Spacer(1, 1.5 * cm), box]
    items.append(PageBreak())
    return items


# -- key figures ------------------------------------------------------------------------

def key_figures(tr: Fmt, st, f: ReportFigures) -> list[Any]:
    k = f.key
    tiles = [
        (k["activities"], tr("Activities")),
        (k["participants"], tr("People who took part (unique)")),
        (k["participations"], tr("Participations")),
        (k["reach"], tr("People reached by campaigns and events")),
        (k["countries"], tr("Countries reached")),
        (k["sdg_targets"], tr("SDG targets addressed")),
        (k["recommendations"], tr("Recommendations addressed")),
        (len(f.trainings), tr("Trainings")),
    ]
    cells = [[Paragraph(para(tr.num(n)), st["figure"]), Paragraph(para(label), st["figure_label"])]
             for n, label in tiles]
    grid = Table([[c for c in cells[i:i + 4]] for i in range(0, 8, 4)], colWidths=[WIDTH / 4] * 4)
    grid.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("GRID", (0, 0), (-1, -1), 3, "white"),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 8),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    w = WIDTH / 2 - 6
    by_kind = list(f.key["by_kind"].items())
    sex = [(tr.label(SEX, r["sex"]), r["participants"]) for r in f.people_by_sex]
    sex_colours = palette.colours("sex", [r["sex"] for r in f.people_by_sex])
    cats = sorted(f.people_by_category, key=lambda r: -r["participants"])[:8]
    months = f.by_month
    chart_grid = Table([
        [charts.bar_chart(tr("Activities by kind"), [tr.label(ACTIVITY_KIND, c) for c, _n in by_kind],
                          [n for _c, n in by_kind], w, 185),
         charts.pie_chart(tr("People by sex"), [s for s, _n in sex], [n for _s, n in sex], w, 185,
                          percent=tr.pct, colours=sex_colours)],
        [charts.bar_chart(tr("People by stakeholder category"),
                          [tr.label(STAKEHOLDER_CATEGORY, r["stakeholder_category"]) for r in cats],
                          [r["participants"] for r in cats], w, 185, horizontal=True),
         charts.bar_chart(tr("Activities by month"), [tr.month(r["month"], short=len({r["month"][:4] for r in months}) == 1)
                                                       for r in months],
                          [r["activities"] for r in months], w, 185)],
    ], colWidths=[WIDTH / 2] * 2)
    chart_grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 10)]))
    return [heading(tr("I. Key figures"), st), grid, Spacer(1, 0.4 * cm), chart_grid, PageBreak()]


# -- narrative --------------------------------------------------------------------------

def narrative_section(tr: Fmt, st, f: ReportFigures) -> list[Any]:
    items: list[Any] = [heading(tr("II. Activities of the Office"), st)]
    number = 1
    items.append(Paragraph(para(" ".join(narrative.introduction(tr, f))), st["numbered"], bulletText=f"{number}."))
    number += 1
    order = {"Africa": 0, "Americas": 1, "Asia": 2, "Europe": 3, "Oceania": 4}
    acts = sorted((told_activity(f, a) for a in f.activities),
                  key=lambda a: (order.get(countries.region(a["country"]), 9),
                                 countries.collation_key(tr.country(a["country"])), a["start_date"], a["id"]))
    for region, in_region in groupby(acts, key=lambda a: countries.region(a["country"])):
        items.append(heading(_region_title(tr, region), st, 1))
        notes: list[str] = []
        for country, in_country in groupby(in_region, key=lambda a: a["country"]):
            items.append(Paragraph(para(tr.country(country)), st["h3"]))
            for story in narrative.country_stories(tr, list(in_country)):
                items.append(Paragraph(_paragraph(tr, story, notes), st["numbered"], bulletText=f"{number}."))
                number += 1
        if notes:
            items.append(Spacer(1, 4))
            rule = Table([[""]], colWidths=[4 * cm], rowHeights=[2])
            rule.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.5, RULE)]))
            items.append(rule)
            items += [Paragraph(para(n), st["note"], bulletText=str(i)) for i, n in enumerate(notes, 1)]
    items.append(PageBreak())
    return items


def _region_title(tr: Fmt, region: str) -> str:
    return tr(REGIONS.get(region, REGIONS[""]))


def told_activity(f: ReportFigures, a: dict[str, Any]) -> dict[str, Any]:
    """An activity row with what the narrative tells about it: stakeholder groups, countries
    participants came from, countries covered, mechanisms and recommendations."""
    facts = f.facts_by_activity.get(a["id"], {})
    return {**a, "categories": f.categories_by_activity.get(a["id"], {}), "from": facts.get("from", {}),
            "covered": facts.get("covered", []), "mechanisms": facts.get("mechanisms", []),
            "recommendations": f.recommendations_of(a["id"])}


def _paragraph(tr: Fmt, story: narrative.Story, notes: list[str]) -> str:
    text = para(story.text)
    marks = []
    for rec in story.recommendations:
        notes.append(narrative.recommendation_note(tr, rec))
        marks.append(str(len(notes)))
    if marks:
        text += "<super>" + ",".join(marks) + "</super>"
    return text


# -- tables -----------------------------------------------------------------------------

def _crosstab(tr: Fmt, st, rows: list[dict[str, Any]], column: str, choices) -> Table:
    sexes = SEX.codes
    cells = {(r["sex"], r[column]): r["participants"] for r in rows}
    codes = [c for c in choices.codes if any((s, c) in cells for s in sexes)]
    codes += sorted({k[1] for k in cells if k[1] not in choices.codes}, key=str)
    body = []
    for c in codes:
        values = [cells.get((s, c), 0) for s in sexes]
        body.append([tr.label(choices, c) if c else tr("Not recorded")] + [tr.num(v) for v in values]
                    + [tr.num(sum(values))])
    totals = [sum(cells.get((s, c), 0) for c in codes) for s in sexes]
    body.append([tr("Total")] + [tr.num(v) for v in totals] + [tr.num(sum(totals))])
    header = [tr.label(choices, None) or "", *[tr.label(SEX, s) for s in sexes], tr("Total")]
    return data_table(st, header, body, [3, 1, 1, 1, 1.2, 1], numeric={1, 2, 3, 4, 5}, total_row=True)


def tables_section(tr: Fmt, st, f: ReportFigures) -> list[Any]:
    items: list[Any] = [heading(tr("III. Figures in detail"), st)]
    k = f.key
    # activities by kind and status
    kinds = [[tr.label(ACTIVITY_KIND, c), tr.num(n)] for c, n in k["by_kind"].items()]
    kinds.append([tr("Total"), tr.num(k["activities"])])
    statuses = [[tr.label(ACTIVITY_STATUS, c), tr.num(n)] for c, n in k["by_status"].items()]
    items += [heading(tr("Activities by kind and status"), st, 1),
              data_table(st, [tr("Kind of activity"), tr("Activities")], kinds, [4, 1], numeric={1}, total_row=True),
              Spacer(1, 8),
              data_table(st, [tr("Status"), tr("Activities")], statuses, [4, 1], numeric={1})]
    # people
    items.append(heading(tr("People who took part"), st, 1))
    items.append(Paragraph(para(tr("Each person is counted once however many activities they attended; "
                                   "participations count every attendance.")), st["small"]))
    for title, rows, column, choices in (
            (tr("By sex"), f.people_by_sex, "sex", SEX),
            (tr("By age group"), f.people_by_age, "age_group", AGE_GROUP),
            (tr("By disability"), f.people_by_disability, "disability", DISABILITY),
            (tr("By stakeholder category"), f.people_by_category, "stakeholder_category", STAKEHOLDER_CATEGORY)):
        body = [[tr.label(choices, r[column]) if r[column] else tr("Not recorded"),
                 tr.num(r["participants"]), tr.num(r["participations"])] for r in rows]
        body.append([tr("Total"), tr.num(k["participants"]), tr.num(k["participations"])])
        items += [Paragraph(para(title), st["h3"]),
                  data_table(st, [title, tr("People"), tr("Participations")], body, [4, 1, 1],
                             numeric={1, 2}, total_row=True)]
    items += [heading(tr("People by sex and stakeholder category"), st, 1),
              _crosstab(tr, st, f.sex_by_category, "stakeholder_category", STAKEHOLDER_CATEGORY),
              heading(tr("People by sex and age group"), st, 1),
              _crosstab(tr, st, f.sex_by_age, "age_group", AGE_GROUP)]
    # aggregate reach
    r = f.reach
    items += [heading(tr("Aggregate reach of campaigns and events"), st, 1),
              data_table(st, [tr("Figure"), tr("Value")], [
                  [tr("Activities with aggregate reach"), tr.num(r["activities"])],
                  [tr("Women reached"), tr.num(r["women"])], [tr("Men reached"), tr.num(r["men"])],
                  [tr("Other / undisclosed reached"), tr.num(r["other"])],
                  [tr("Total reached"), tr.num(r["total"])], [tr("Localities reached"), tr.num(r["localities"])]],
                  [4, 1], numeric={1})]
    # by country and month
    items += [CondPageBreak(6 * cm), heading(tr("By country"), st, 1),
              data_table(st, [tr("Country"), tr("Region"), tr("Activities"), tr("People"), tr("Participations"),
                              tr("Reached")],
                         [[tr.country(c["country"]), tr.region(c["country"]), tr.num(c["activities"]),
                           tr.num(c["participants"]), tr.num(c["participations"]), tr.num(c["reach"])]
                          for c in sorted(f.by_country, key=lambda c: countries.collation_key(tr.country(c["country"])))], [3, 2, 1, 1, 1.2, 1], numeric={2, 3, 4, 5}),
              Paragraph(para(tr("Countries reached (where activities took place or that they covered): {list}.")
                             .format(list=tr.join(tr.country_names(f.countries)))),
                        st["small"]),
              heading(tr("By month"), st, 1),
              data_table(st, [tr("Month"), tr("Activities"), tr("People"), tr("Participations"), tr("Reached")],
                         [[tr.month(c["month"]), tr.num(c["activities"]), tr.num(c["participants"]),
                           tr.num(c["participations"]), tr.num(c["reach"])] for c in f.by_month],
                         [2, 1, 1, 1.2, 1], numeric={1, 2, 3, 4})]
    # trainings
    if f.trainings:
        items += [heading(tr("Trainings and learning results"), st, 1),
                  data_table(st, [tr("Training"), tr("Date"), tr("Country"), tr("Participations"),
                                  tr("Average pre-test"), tr("Average post-test"), tr("Average improvement")],
                             [[t["title"], tr.date(t["start_date"], "medium"), tr.country(t["country"]),
                               tr.num(t["participations"]), *_averages(tr, f, t)] for t in f.trainings],
                             [4, 1.6, 1.4, 1.1, 1, 1, 1.1], numeric={3, 4, 5, 6})]
    # SDG targets
    if f.sdg_goals:
        items += [heading(tr("Sustainable Development Goals"), st, 1),
                  data_table(st, [tr("Goal"), tr("Title"), tr("Activities")],
                             [[str(g), sdg.short_title(g, tr.lang), tr.num(n)] for g, n in f.sdg_goals.items()],
                             [0.8, 6, 1], numeric={2})]
    if f.sdg_targets:
        items += [heading(tr("Sustainable Development Goal targets"), st, 1),
                  data_table(st, [tr("Target"), tr("Text"), tr("Activities")],
                             [[t["target"], sdg.target_text(t["target"], tr.lang), tr.num(t["activities"])] for t in f.sdg_targets],
                             [0.8, 6, 1], numeric={2})]
    if f.recommendations:
        items += [heading(tr("Recommendations addressed"), st, 1),
                  data_table(st, [tr("Recommendation"), tr("Mechanism"), tr("Status"), tr("Activities addressing it")],
                             [[narrative.recommendation_label(tr, r), tr.label(MECHANISM, r["mechanism"]),
                               tr.label(IMPLEMENTATION_STATUS, r["implementation_status"]),
                               _activity_list(tr, r["activities"])] for r in f.recommendations],
                             [2.6, 2.4, 1.4, 3.4])]
    items.append(PageBreak())
    return items


def _averages(tr: Fmt, f: ReportFigures, t: dict[str, Any]) -> list[str]:
    """Average pre-test, post-test and improvement of a training, each with what it is over
    ("47.5 (6 of 8)") when some participations have no score."""
    ids = {a["uuid"]: a["id"] for a in f.activities}
    counts = f.facts_by_activity.get(ids.get(t["uuid"], -1), {}).get("scores")
    cells = []
    for value, key in ((t["avg_pre"], "pre"), (t["avg_post"], "post"), (t["avg_improvement"], "both")):
        if value is None or not counts or counts[key] == counts["participations"]:
            cells.append(tr.dec(value))
        else:
            cells.append(tr("{average} ({n} of {total})").format(
                average=tr.dec(value), n=tr.num(counts[key]), total=tr.num(counts["participations"])))
    return cells


MAX_LISTED = 25  # a table cell cannot run over a page


def _activity_list(tr: Fmt, activities: list[dict[str, Any]]) -> list[str]:
    lines = [f"• {a['title']}" for a in activities[:MAX_LISTED]]
    more = len(activities) - MAX_LISTED
    if more > 0:
        lines.append(tr.ngettext("… and {n} other activity (see the Excel report)",
                                 "… and {n} other activities (see the Excel report)", more).format(n=tr.num(more)))
    return lines


# -- annexes ----------------------------------------------------------------------------

def annexes(tr: Fmt, st, f: ReportFigures) -> list[Any]:
    items: list[Any] = [heading(tr("Annex I. Activities"), st)]
    rows = [[tr.date(a["start_date"], "short"), a["title"], tr.label(ACTIVITY_KIND, a["kind"]),
             tr.country(a["country"]), a["location"] or "", a["office"],
             tr.num(a["participants"]) if a["participants"] or a["kind"] in KINDS_WITH_PARTICIPANT_LISTS else "",
             tr.num(a["reach_total"]) if a["reach_total"] else ""] for a in f.activities]
    items.append(data_table(st, [tr("Date"), tr("Title"), tr("Kind"), tr("Country"), tr("Location"), tr("Office"),
                                 tr("Participants"), tr("Reached")], rows,
                            [1.5, 4.2, 1.6, 1.5, 1.4, 0.9, 1.2, 1.1], numeric={6, 7}))
    if f.scope.shows_names:
        items += [PageBreak(), heading(tr("Annex II. Participants"), st),
                  Paragraph(para(tr("Personal data: keep this annex confidential.")), st["small"])]
        rows = [[p["full_name"], tr.label(SEX, p["sex"]), tr.label(AGE_GROUP, p["age_group"]),
                 tr.label(STAKEHOLDER_CATEGORY, p["stakeholder_category"]), p["organisation"] or "",
                 tr.country(p["country"]), tr.num(p["participations"])] for p in f.people]
        items.append(data_table(st, [tr("Name"), tr("Sex"), tr("Age group"), tr("Stakeholder category"),
                                     tr("Organisation"), tr("Country"), tr("Participations")], rows,
                                [3, 1.1, 1.1, 2.2, 3, 1.5, 1.2], numeric={6}))
    else:
        items.append(Paragraph(para(tr("The participant list is left out of this report: names are shown only "
                                       "in reports with full privacy level.")), st["small"]))
    return items
