"""What the Dashboard page shows, as plain data (Qt-free): key-figure tiles and chart
series for a :class:`ReportScope`, each item knowing the filter that lists its records
(click-through).  Built on the same query layer as the reports (:mod:`.figures`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from hrdesk.domain.choices import (
    ACTIVITY_KIND,
    ACTIVITY_STATUS,
    AGE_GROUP,
    SEX,
    STAKEHOLDER_CATEGORY,
)
from hrdesk.services.filters import ActivityScope
from hrdesk.services.queries import ParticipantFilter
from hrdesk.storage.database import Database

from . import figures as figures_module
from . import palette
from .figures import ReportFigures
from .fmt import Fmt
from .scope import ReportScope

Target = ActivityScope | ParticipantFilter | None


@dataclass(frozen=True)
class Item:
    label: str        # translated
    value: int
    text: str         # formatted number
    target: Target    # what to list when clicked (None: nothing to list)
    colour: str | None = None   # the category's colour (hrdesk.reports.palette), None: the series'


@dataclass(frozen=True)
class Series:
    key: str
    title: str
    chart: str        # "bar", "hbar" or "pie"
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Dashboard:
    tiles: tuple[Item, ...]
    series: tuple[Series, ...]
    empty: bool
    message: str      # "" or why there is nothing to show
    figures: ReportFigures


def build(db: Database, scope: ReportScope, *, light: bool = True) -> Dashboard:
    """The Dashboard of a scope (``light=False``: with the lists the Reports page shows)."""
    return from_figures(figures_module.dashboard(db, scope, light=light))


def from_figures(f: ReportFigures) -> Dashboard:
    tr = Fmt(f.scope.language)
    base = f.scope.activity_scope()
    k = f.key

    def item(label: str, value: int, target: Target = None, colour: str | None = None) -> Item:
        return Item(label, value, tr.num(value), target, colour)

    def named(choices, code: str | None) -> str:
        return tr.label(choices, code) if code else tr("Not recorded")

    people = ParticipantFilter(activities=base)   # who took part in the period's activities
    tiles = (
        item(tr("Activities"), k["activities"], base),
        item(tr("People who took part (unique)"), k["participants"], people),
        item(tr("Participations"), k["participations"]),
        item(tr("People reached by campaigns and events"), k["reach"],
             replace(base, kinds=base.kinds or ("advocacy_campaign", "event"))),
        item(tr("Countries reached"), k["countries"]),
        item(tr("SDG targets addressed"), k["sdg_targets"]),
        item(tr("Recommendations addressed"), k["recommendations"]),
        item(tr("Trainings"), k["by_kind"].get("training", 0), replace(base, kinds=("training",))),
    )
    series = (
        Series("by_kind", tr("Activities by kind"), "bar", tuple(
            item(tr.label(ACTIVITY_KIND, c), n, replace(base, kinds=(c,))) for c, n in k["by_kind"].items())),
        Series("by_status", tr("Activities by status"), "pie", tuple(
            item(tr.label(ACTIVITY_STATUS, c), n, replace(base, statuses=(c,)), palette.colour("status", c, i))
            for i, (c, n) in enumerate(k["by_status"].items()))),
        Series("by_sex", tr("People by sex"), "pie", tuple(
            item(named(SEX, r["sex"]), r["participants"], replace(people, sexes=(r["sex"],)),
                 palette.colour("sex", r["sex"], i))
            for i, r in enumerate(f.people_by_sex))),
        Series("by_age", tr("People by age group"), "bar", tuple(
            item(named(AGE_GROUP, r["age_group"]), r["participants"], replace(people, age_groups=(r["age_group"],)))
            for r in f.people_by_age)),
        Series("by_category", tr("People by stakeholder category"), "hbar", tuple(
            item(named(STAKEHOLDER_CATEGORY, r["stakeholder_category"]), r["participants"],
                 replace(people, categories=(r["stakeholder_category"],)))
            for r in sorted(f.people_by_category, key=lambda r: -r["participants"]))),
        Series("by_country", tr("Activities by country"), "hbar", tuple(
            item(tr.country(r["country"]) or tr("Not recorded"), r["activities"], replace(base, main_countries=(r["country"],)))
            for r in sorted(f.by_country, key=lambda r: -r["activities"]))),
        Series("by_month", tr("Activities by month"), "bar", tuple(
            item(tr.month(r["month"]), r["activities"]) for r in f.by_month)),
    )
    message = tr("No activities in this period") if f.empty else ""
    return Dashboard(tiles, series, f.empty, message, f)
