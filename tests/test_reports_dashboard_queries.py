"""The Dashboard's few queries (issue 19: one pass over the period's activities, the people
grouped once, the links in one statement) give exactly the figures of the per-figure
queries they replaced and of independent SQL, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
import test_reports_sample as sample
from sqlalchemy import bindparam, text

from hrdesk.reports import dashboard, figures
from hrdesk.reports.scope import ReportScope
from hrdesk.services import aggregates as agg

SCOPES = [
    ReportScope.year(2024), ReportScope.quarter(2024, 2), ReportScope(date_from=dt.date(2024, 3, 1),
                                                                      date_to=dt.date(2024, 3, 31)),
    ReportScope(date_from=dt.date(2023, 1, 1), date_to=dt.date(2025, 12, 31)), ReportScope.year(2019),
    ReportScope.year(2024, include_cancelled=True), ReportScope.year(2024, countries=("GIN",)),
    ReportScope.year(2024, kinds=("training",)),
]


@pytest.fixture
def filled(db):
    sample.build(db)
    return db


def _independent(db, scope: ReportScope) -> dict:
    """The same figures in plain SQL text, written apart from ActivityScope."""
    where = ["a.deleted_at IS NULL", "coalesce(a.end_date, a.start_date) >= :start", "a.start_date <= :end"]
    if not scope.include_cancelled:
        where.append("a.status <> 'cancelled'")
    if scope.countries:
        where.append("(a.country IN :countries OR a.id IN (SELECT activity_id FROM activity_countries "
                     "WHERE country IN :countries))")
    if scope.kinds:
        where.append("a.kind IN :kinds")
    ids = "SELECT a.id FROM activities a WHERE " + " AND ".join(where)
    live = ("FROM participations q JOIN participants p ON p.id = q.participant_id WHERE q.deleted_at IS NULL "
            f"AND p.deleted_at IS NULL AND q.activity_id IN ({ids})")
    params = {"start": scope.date_from, "end": scope.date_to, "countries": scope.countries, "kinds": scope.kinds}

    def rows(query):
        stmt = text(query)
        for name in ("countries", "kinds"):
            if f":{name}" in query:
                stmt = stmt.bindparams(bindparam(name, expanding=True))
        with db.read_session() as s:
            return [tuple(r) for r in s.execute(stmt, {k: v for k, v in params.items() if f":{k}" in query})]

    return {
        "activities": rows(f"SELECT count(*) FROM ({ids}) x")[0][0],
        "participants": rows(f"SELECT count(DISTINCT q.participant_id) {live}")[0][0],
        "participations": rows(f"SELECT count(*) {live}")[0][0],
        "reach": rows(f"SELECT coalesce(sum(reach_total), 0) FROM activities WHERE id IN ({ids})")[0][0],
        "by_kind": dict(rows(f"SELECT kind, count(*) FROM activities WHERE id IN ({ids}) GROUP BY kind")),
        "by_sex": dict(rows(f"SELECT p.sex, count(DISTINCT q.participant_id) {live} GROUP BY p.sex")),
        "by_category": dict(rows(f"SELECT p.stakeholder_category, count(DISTINCT q.participant_id) {live} "
                                 "GROUP BY p.stakeholder_category")),
        "countries": sorted(c for (c,) in rows(f"SELECT country FROM activities WHERE id IN ({ids}) UNION "
                                                f"SELECT country FROM activity_countries WHERE activity_id IN ({ids})")),
        "targets": rows(f"SELECT count(DISTINCT target) FROM activity_sdg_targets WHERE activity_id IN ({ids})")[0][0],
        "recommendations": rows("SELECT count(DISTINCT l.recommendation_id) FROM activity_recommendations l JOIN "
                                "recommendations r ON r.id = l.recommendation_id WHERE r.deleted_at IS NULL AND "
                                f"l.activity_id IN ({ids})")[0][0],
    }


@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: f"{s.date_from}-{s.date_to}-{s.countries}{s.kinds}"
                         f"{'-cancelled' if s.include_cancelled else ''}")
def test_dashboard_figures_equal_the_per_figure_queries_and_sql(filled, scope):
    db = filled
    f = figures.dashboard(db, scope)          # what the Dashboard gets (light)
    a = scope.activity_scope()
    with db.read_session() as s:
        # the per-figure queries the Dashboard used before, each on its own
        assert list(f.key["by_kind"].items()) == list(agg.activities_by(s, a, "kind").items())
        assert list(f.key["by_status"].items()) == list(agg.activities_by(s, a, "status").items())
        assert f.key["activities"] == agg.activity_count(s, a)
        assert f.reach == agg.reach(s, a)
        assert f.key["reach"] == agg.reach(s, a)["total"]
        assert f.by_country == agg.figures_by(s, a, "country", people=False)
        assert f.by_month == agg.figures_by(s, a, "month", people=False)
        assert (f.key["participants"], f.key["participations"]) == tuple(agg.people_counts(s, a).values())
        assert {(r["sex"], r["participants"], r["participations"]) for r in f.people_by_sex} == \
            {(r["sex"], r["participants"], r["participations"]) for r in agg.people_by(s, a, "sex")}
        for column, rows in (("age_group", f.people_by_age), ("disability", f.people_by_disability),
                             ("stakeholder_category", f.people_by_category)):
            assert sorted(rows, key=lambda r: str(r[column])) == \
                sorted(agg.people_by(s, a, column), key=lambda r: str(r[column])), column
        assert f.countries == agg.countries_reached(s, a)
        assert f.sdg_targets == agg.sdg_targets(s, a)
        assert f.key["recommendations"] == len(agg.recommendations_addressed(s, a))
        # the Reports page's (full) figures have the same key figures
        full = figures.collect(s, scope, detail=False)
        assert full.key == f.key and full.reach == f.reach and full.countries == f.countries
        assert [(r["month"], r["activities"], r["reach"]) for r in full.by_month] == \
            [(r["month"], r["activities"], r["reach"]) for r in f.by_month]
    # and independent SQL
    e = _independent(db, scope)
    for name in ("activities", "participants", "participations", "reach"):
        assert f.key[name] == e[name], name
    assert f.key["by_kind"] == e["by_kind"]
    assert {r["sex"]: r["participants"] for r in f.people_by_sex} == e["by_sex"]
    assert {r["stakeholder_category"]: r["participants"] for r in f.people_by_category} == e["by_category"]
    assert f.countries == [c for c in e["countries"] if c]
    assert f.key["sdg_targets"] == e["targets"] and f.key["recommendations"] == e["recommendations"]
    tiles = {t.label: t.value for t in dashboard.build(db, scope).tiles}
    assert (tiles["Activities"], tiles["People who took part (unique)"], tiles["Participations"]) == \
        (e["activities"], e["participants"], e["participations"])


def test_the_sample_periods_are_not_trivial(filled):
    f = figures.dashboard(filled, ReportScope.year(2024))
    assert f.key["activities"] == 5 and f.key["participants"] > 5 and f.key["recommendations"] == 2
    assert len(f.by_month) > 2 and len(f.countries) > 2 and f.sdg_targets
    assert figures.dashboard(filled, ReportScope.year(2024, include_cancelled=True)).key["activities"] == 6


def test_people_and_activities_without_a_value_are_shown_as_not_recorded(filled):
    """A chart bar or slice is never an empty label: people without an age group or
    stakeholder category, and activities without a main country, read "Not recorded"."""
    with filled.session() as s:
        s.execute(text("UPDATE participants SET age_group = NULL, stakeholder_category = NULL WHERE id IN "
                       "(SELECT participant_id FROM participations WHERE deleted_at IS NULL)"))
        s.execute(text("UPDATE activities SET country = '' WHERE deleted_at IS NULL"))
    board = dashboard.build(filled, ReportScope(date_from=dt.date(2000, 1, 1), date_to=dt.date(2030, 12, 31)))
    series = {s.key: s for s in board.series}
    assert all(item.label for s in board.series for item in s.items)
    for key in ("by_age", "by_category", "by_country"):
        assert [item.label for item in series[key].items] == ["Not recorded"], key


@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: f"{s.date_from}-{s.date_to}-{s.countries}{s.kinds}"
                         f"{'-cancelled' if s.include_cancelled else ''}")
def test_a_click_lists_exactly_the_records_behind_each_figure(filled, scope):
    """Each tile, bar and slice that opens a list opens exactly as many records as it shows:
    people who took part in the period's activities (not everybody of that sex or group),
    people whose sex or group is not recorded, activities held in a country (not also
    those covering it)."""
    from hrdesk.services import queries
    from hrdesk.services.filters import ActivityScope

    with filled.session() as s:  # some people without a stakeholder group, as field registers have them
        s.execute(text("UPDATE participants SET stakeholder_category = NULL WHERE id % 7 = 0"))
        s.execute(text("UPDATE participants SET age_group = NULL WHERE id % 5 = 0"))
    board = dashboard.build(filled, scope)
    checked = 0
    with filled.read_session() as s:
        for key, items in [("tiles", board.tiles), *((series.key, series.items) for series in board.series)]:
            for item in items:
                if item.target is None or item.label == "People reached by campaigns and events":
                    continue  # no list, or a sum of reach rather than a count of records
                if isinstance(item.target, ActivityScope):
                    listed = queries.count_activities_in(s, item.target)
                else:
                    listed = queries.count_participants_in(s, item.target)
                assert listed == item.value, (key, item.label, listed, item.value)
                checked += 1
    assert checked >= (3 if board.empty else 12)
    assert board.empty or all(i.target is not None for s in board.series if s.key == "by_age" for i in s.items)
