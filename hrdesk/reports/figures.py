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


def _headline(s: Session, a: ActivityScope, people: dict[str, int], by_sex: list[dict[str, Any]],
              reach: dict[str, int], countries: list[str], targets: list[dict[str, Any]],
              recs: list[dict[str, Any]]) -> dict[str, Any]:
    """The headline figures of a scope, from the queries their breakdowns also need."""
    return {"activities": agg.activity_count(s, a), "participants": people["participants"],
            "participations": people["participations"], "reach": reach["total"], "countries": len(countries),
            "by_kind": agg.activities_by(s, a, "kind"), "by_status": agg.activities_by(s, a, "status"),
            "by_sex": {r["sex"]: r["participants"] for r in by_sex}, "sdg_targets": len(targets),
            "recommendations": len(recs)}


def key_figures(s: Session, a: ActivityScope) -> dict[str, Any]:
    """The headline figures of a scope alone (``hrdesk stats``): the ``key`` of :func:`collect`."""
    return _headline(s, a, agg.people_counts(s, a), _ordered(agg.people_by(s, a, "sex"), "sex", SEX),
                     agg.reach(s, a), agg.countries_reached(s, a), agg.sdg_targets(s, a),
                     agg.recommendations_addressed(s, a))


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
    sex × age tables, and ``by_country``/``by_month`` with activities and reach only."""
    a = scope.activity_scope()
    if light:
        detail = False
    office_codes = agg.activities_by(s, a, "office")
    offices = [_office_row(o) for o in s.scalars(
        select(m.Office).where(m.Office.code.in_(office_codes)).order_by(m.Office.code))]
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
        for detail in followup.details(s, RecommendationFilter(uuids=tuple(recommendations))):
            recommendations[detail["uuid"]].update(
                {k: detail[k] for k in ("response", "entities", "status_date", "latest_note", "cluster_name")})
    # each query runs once; "key" holds the same figures as key_figures
    breakdowns = agg.people_breakdowns(s, a, DASHBOARD_GROUPINGS if light else PEOPLE_GROUPINGS)  # one pass
    by_sex = _ordered(breakdowns[("sex",)], "sex", SEX)
    reach = agg.reach(s, a)
    countries = agg.countries_reached(s, a)
    targets = agg.sdg_targets(s, a)
    key = _headline(s, a, breakdowns[()][0], by_sex, reach, countries, targets, agg.recommendations_addressed(s, a))
    figures = ReportFigures(
        scope=scope, generated=dt.date.today(), office=own_office(s), offices=offices,
        key=key, reach=reach, people_by_sex=by_sex,
        people_by_age=_ordered(breakdowns[("age_group",)], "age_group", AGE_GROUP),
        people_by_disability=_ordered(breakdowns[("disability",)], "disability", DISABILITY),
        people_by_category=_ordered(breakdowns[("stakeholder_category",)], "stakeholder_category",
                                    STAKEHOLDER_CATEGORY),
        sex_by_category=breakdowns.get(("sex", "stakeholder_category"), []),
        sex_by_age=breakdowns.get(("sex", "age_group"), []),
        countries=countries,
        by_country=agg.figures_by(s, a, "country", people=not light),
        by_month=agg.figures_by(s, a, "month", people=not light),
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
