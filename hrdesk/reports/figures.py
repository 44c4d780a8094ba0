"""The one home of the figures: ``hrdesk stats``, the Dashboard, the Excel report and the
PDF report all read them from here.

Every figure comes from SQL (the queries of ``hrdesk.services.aggregates``); this module
gathers them for a :class:`ReportScope` into a :class:`ReportFigures` that renderers read,
and defines the headline figures once (:func:`key_figures`, :func:`stats`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.choices import AGE_GROUP, DISABILITY, SEX, STAKEHOLDER_CATEGORY, Choices
from hrdesk.domain.privacy import pseudonym  # noqa: F401  (re-exported for the renderers)
from hrdesk.services import aggregates as agg
from hrdesk.services import followup, settings
from hrdesk.services.filters import ActivityScope
from hrdesk.services.queries import RecommendationFilter
from hrdesk.storage import models as m
from hrdesk.storage.database import Database

from . import activity_facts
from .scope import ReportScope


@dataclass
class ReportFigures:
    scope: ReportScope
    generated: dt.date
    office: dict[str, Any] | None          # this installation's office (name, code, country)
    offices: list[dict[str, Any]]          # offices whose activities are covered
    key: dict[str, Any]                    # key_figures below
    reach: dict[str, int]
    people_by_sex: list[dict[str, Any]]
    people_by_age: list[dict[str, Any]]
    people_by_disability: list[dict[str, Any]]
    people_by_category: list[dict[str, Any]]
    sex_by_category: list[dict[str, Any]]
    sex_by_age: list[dict[str, Any]]
    countries: list[str]
    by_country: list[dict[str, Any]]
    by_month: list[dict[str, Any]]
    sdg_targets: list[dict[str, Any]]
    sdg_goals: dict[int, int]
    recommendations: list[dict[str, Any]]  # each with "activities": [{uuid, title, date}]
    trainings: list[dict[str, Any]]
    activities: list[dict[str, Any]] = field(default_factory=list)
    categories_by_activity: dict[int, dict[str, int]] = field(default_factory=dict)
    people: list[dict[str, Any]] = field(default_factory=list)
    facts_by_activity: dict[int, dict[str, Any]] = field(default_factory=dict)  # activity_facts.collect
    _recs_by_activity: dict[int, list[dict[str, Any]]] | None = field(default=None, repr=False)

    @property
    def empty(self) -> bool:
        return self.key["activities"] == 0

    def recommendations_of(self, activity_id: int) -> list[dict[str, Any]]:
        if self._recs_by_activity is None:
            self._recs_by_activity = {}
            for r in self.recommendations:
                for a in r["activity_ids"]:
                    self._recs_by_activity.setdefault(a, []).append(r)
        return self._recs_by_activity.get(activity_id, [])


def _office_row(o: m.Office) -> dict[str, Any]:
    return {"code": o.code, "name": o.name, "kind": o.kind, "country": o.country, "region": o.region}


def own_office(s: Session) -> dict[str, Any] | None:
    code = settings.get_in(s, settings.OWN_OFFICE)
    office = s.scalar(select(m.Office).where(m.Office.code == code)) if code else None
    return _office_row(office) if office else None


PEOPLE_GROUPINGS = [(), ("sex",), ("age_group",), ("disability",), ("stakeholder_category",),
                    ("sex", "stakeholder_category"), ("sex", "age_group")]


def _ordered(rows: list[dict[str, Any]], column: str, choices: Choices) -> list[dict[str, Any]]:
    """Rows in the order of the choice list (unknown or missing values last)."""
    order = {code: i for i, code in enumerate(choices.codes)}
    return sorted(rows, key=lambda r: (order.get(r[column], len(order)), str(r[column])))


def activity_figures(s: Session, a: ActivityScope) -> dict[str, Any]:
    """The activity figures of a scope from one pass over its activities
    (:func:`hrdesk.services.aggregates.activity_groups`): the count, by kind and by status
    (most first), the reach, and per month and per country the activities and reach."""
    groups = agg.activity_groups(s, a)
    totals = {name: 0 for name in ("activities", "women", "men", "other", "total", "localities", "with_reach")}
    by: dict[str, dict[Any, list[int]]] = {"kind": {}, "status": {}, "month": {}, "country": {}}
    for g in groups:
        for name in totals:
            totals[name] += g[name]
        for column, sums in by.items():
            pair = sums.setdefault(g[column], [0, 0])
            pair[0] += g["activities"]
            pair[1] += g["total"]

    def most_first(column: str) -> dict[Any, int]:
        return {k: n for k, (n, _r) in sorted(by[column].items(), key=lambda kv: (-kv[1][0], _key(kv[0])))}

    def in_order(column: str) -> list[dict[str, Any]]:
        return [{column: k, "activities": n, "reach": r}
                for k, (n, r) in sorted(by[column].items(), key=lambda kv: _key(kv[0]))]

    return {"activities": totals["activities"], "by_kind": most_first("kind"), "by_status": most_first("status"),
            "reach": {"women": totals["women"], "men": totals["men"], "other": totals["other"],
                      "total": totals["total"], "localities": totals["localities"],
                      "activities": totals["with_reach"]},
            "by_month": in_order("month"), "by_country": in_order("country")}


def _key(value: Any) -> tuple[bool, Any]:
    """Sort key as SQL's ORDER BY here (SQLite, and PostgreSQL through
    ``dialect.sort_as_on_sqlite``): NULL first, then by value."""
    return (value is not None, value)


def _headline(acts: dict[str, Any], people: dict[str, int], by_sex: list[dict[str, Any]],
              countries: list[str], targets: list[dict[str, Any]], recommendations: int) -> dict[str, Any]:
    """The headline figures of a scope, from the queries their breakdowns also need."""
    return {"activities": acts["activities"], "participants": people["participants"],
            "participations": people["participations"], "reach": acts["reach"]["total"],
            "countries": len(countries), "by_kind": acts["by_kind"], "by_status": acts["by_status"],
            "by_sex": {r["sex"]: r["participants"] for r in by_sex}, "sdg_targets": len(targets),
            "recommendations": recommendations}


def key_figures(s: Session, a: ActivityScope) -> dict[str, Any]:
    """The headline figures of a scope alone (``hrdesk stats``): the ``key`` of :func:`collect`."""
    people = agg.people_breakdowns(s, a, [(), ("sex",)])
    return _headline(activity_figures(s, a), people[()][0], _ordered(people[("sex",)], "sex", SEX),
                     *agg.activity_links(s, a))


def stats(db: Database, scope: ActivityScope = ActivityScope()) -> dict[str, Any]:
    """Key figures of a scope as plain data, with its period (``hrdesk stats --json``)."""
    with db.read_session() as s:
        figures = key_figures(s, scope)
    figures["period"] = {"from": scope.date_from.isoformat() if scope.date_from else None,
                         "to": scope.date_to.isoformat() if scope.date_to else None}
    return figures


def countries_in_use(db: Database) -> list[str]:
    """Every country where an activity took place or that one covered (deleted ones excepted)."""
    with db.read_session() as s:
        return agg.countries_reached(s, ActivityScope())


DASHBOARD_GROUPINGS = [(), ("sex",), ("age_group",), ("disability",), ("stakeholder_category",)]


def collect(s: Session, scope: ReportScope, *, detail: bool = True, narrative: bool = True,
            light: bool = False) -> ReportFigures:
    """All figures of a report.  ``detail=False`` leaves out the per-activity and per-person
    lists (enough for the Reports page); ``narrative=False`` the stakeholder groups of each
    activity (only the PDF narrative needs them).  ``light=True`` (implies ``detail=False``)
    gathers only what the Dashboard shows, for a period change that answers at once: no
    recommendation or training lists (their counts stay in ``key``), no sex × category or
    sex × age tables, no offices (``office`` None, ``offices`` empty: the Dashboard names
    none), and ``by_country``/``by_month`` with activities and reach only."""
    a = scope.activity_scope()
    if light:
        detail = False
    offices = [] if light else [_office_row(o) for o in s.scalars(
        select(m.Office).where(m.Office.code.in_(agg.activities_by(s, a, "office"))).order_by(m.Office.code))]
    links = [] if light else agg.recommendation_links(s, a)
    recommendations: dict[str, dict[str, Any]] = {}
    for link in links:
        rec = recommendations.setdefault(link["uuid"], {
            k: link[k] for k in ("uuid", "mechanism", "body", "symbol", "paragraph", "country", "text",
                                 "implementation_status")} | {"activities": [], "activity_ids": set()})
        rec["activities"].append({"uuid": link["activity_uuid"], "title": link["activity_title"],
                                  "date": link["activity_date"]})
        rec["activity_ids"].add(link["activity_id"])
    # what the follow-up shows of each (response, entities, status date, latest note, cluster):
    # the compendium's own figures (hrdesk.services.followup)
    if recommendations:
        for followed in followup.details(s, RecommendationFilter(uuids=tuple(recommendations))):
            recommendations[followed["uuid"]].update(
                {k: followed[k] for k in ("response", "entities", "status_date", "latest_note", "cluster_name")})
    # each query runs once; "key" holds the same figures as key_figures
    breakdowns = agg.people_breakdowns(s, a, DASHBOARD_GROUPINGS if light else PEOPLE_GROUPINGS)  # one pass
    by_sex = _ordered(breakdowns[("sex",)], "sex", SEX)
    acts = activity_figures(s, a)   # one pass over the activities
    countries, targets, recommendations_addressed = agg.activity_links(s, a)   # one statement
    key = _headline(acts, breakdowns[()][0], by_sex, countries, targets, recommendations_addressed)
    figures = ReportFigures(
        scope=scope, generated=dt.date.today(), office=None if light else own_office(s), offices=offices,
        key=key, reach=acts["reach"], people_by_sex=by_sex,
        people_by_age=_ordered(breakdowns[("age_group",)], "age_group", AGE_GROUP),
        people_by_disability=_ordered(breakdowns[("disability",)], "disability", DISABILITY),
        people_by_category=_ordered(breakdowns[("stakeholder_category",)], "stakeholder_category",
                                    STAKEHOLDER_CATEGORY),
        sex_by_category=breakdowns.get(("sex", "stakeholder_category"), []),
        sex_by_age=breakdowns.get(("sex", "age_group"), []),
        countries=countries,
        by_country=acts["by_country"] if light else agg.figures_by(s, a, "country"),
        by_month=acts["by_month"] if light else agg.figures_by(s, a, "month"),
        sdg_targets=targets, sdg_goals={} if light else agg.sdg_goals(s, a),
        recommendations=list(recommendations.values()),
        trainings=[] if light else agg.training_results(s, a),
    )
    if detail:
        figures.activities = agg.activity_rows(s, a)
        if narrative:
            figures.categories_by_activity = agg.participants_by_activity(s, a, "stakeholder_category")
            figures.facts_by_activity = activity_facts.collect(s, a)
        if scope.shows_names:
            figures.people = agg.people_rows(s, a)
    return figures


def office_line(tr, f: ReportFigures) -> str:
    if f.scope.offices and len(f.offices) == 1:
        return f.offices[0]["name"]
    if f.office and (not f.offices or [o["code"] for o in f.offices] == [f.office["code"]]):
        return f.office["name"]
    if f.offices:
        return tr("{n} offices: {codes}").format(n=tr.num(len(f.offices)),
                                                 codes=", ".join(o["code"] for o in f.offices))
    return f.office["name"] if f.office else "HRDesk"


def load(db: Database, scope: ReportScope, *, detail: bool = True, narrative: bool = True,
         light: bool = False) -> ReportFigures:
    with db.read_session() as s:
        return collect(s, scope, detail=detail, narrative=narrative, light=light)


def dashboard(db: Database, scope: ReportScope, *, light: bool = True) -> ReportFigures:
    """Key figures and chart series for the Dashboard page (``light``: only what it shows);
    the Reports page asks for ``light=False`` (its trainings and breakdown tables)."""
    return load(db, scope, detail=False, light=light)
