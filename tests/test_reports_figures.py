"""The report query layer: every figure equals the same figure computed independently in
SQL; scope filters change figures as they should; an empty scope is not an error."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import test_reports_sample as sample

from hrdesk.domain.errors import HRDeskError
from hrdesk.reports import figures
from hrdesk.reports.scope import ReportScope

sample_db = sample.sample_db  # the module-scoped fixture


def in_scope(where: str = "1=1") -> str:
    """Ids of 2024 activities (not deleted, not cancelled), written independently of ActivityScope."""
    return ("SELECT a.id FROM activities a WHERE a.deleted_at IS NULL AND a.status != 'cancelled' "
            "AND coalesce(a.end_date, a.start_date) >= '2024-01-01' AND a.start_date <= '2024-12-31' "
            f"AND {where}")


def sql(db, query: str, *args):
    con = sqlite3.connect(db.path)
    try:
        return con.execute(query, args).fetchall()
    finally:
        con.close()


def expected(db, where: str = "1=1") -> dict:
    ids = in_scope(where)
    live = (f"FROM participations q JOIN participants p ON p.id = q.participant_id "
            f"WHERE q.deleted_at IS NULL AND p.deleted_at IS NULL AND q.activity_id IN ({ids})")
    return {
        "activities": sql(db, f"SELECT count(*) FROM ({ids})")[0][0],
        "participants": sql(db, f"SELECT count(DISTINCT q.participant_id) {live}")[0][0],
        "participations": sql(db, f"SELECT count(*) {live}")[0][0],
        "reach": sql(db, f"SELECT coalesce(sum(reach_total), 0) FROM activities WHERE id IN ({ids})")[0][0],
        "by_sex": dict(sql(db, f"SELECT p.sex, count(DISTINCT q.participant_id) {live} GROUP BY p.sex")),
        "by_kind": dict(sql(db, f"SELECT kind, count(*) FROM activities WHERE id IN ({ids}) GROUP BY kind")),
        "countries": {r[0] for r in sql(db, f"SELECT country FROM activities WHERE id IN ({ids}) UNION "
                                            f"SELECT country FROM activity_countries WHERE activity_id IN ({ids})")},
        "women_training": sql(db, f"SELECT count(*) {live} AND q.role = 'participant' AND p.sex = 'female' "
                                  f"AND q.activity_id IN (SELECT id FROM activities WHERE kind = 'training')")[0][0],
    }


def test_key_figures_equal_independent_sql(sample_db):
    db, _ids = sample_db
    f = figures.load(db, ReportScope.year(2024))
    e = expected(db)
    assert e["activities"] == 5  # the fixture: 2023 and the cancelled seminar are out
    for name in ("activities", "participants", "participations", "reach"):
        assert f.key[name] == e[name], name
    assert {r["sex"]: r["participants"] for r in f.people_by_sex} == e["by_sex"]
    assert f.key["by_kind"] == e["by_kind"]
    assert set(f.countries) == e["countries"] == {"GIN", "SLE", "COL", "UKR"}
    by_country = {r["country"]: r for r in f.by_country}
    for code, n, reach in sql(db, f"SELECT country, count(*), coalesce(sum(reach_total), 0) FROM activities "
                                  f"WHERE id IN ({in_scope()}) GROUP BY country"):
        assert (by_country[code]["activities"], by_country[code]["reach"]) == (n, reach)
    crosstab = {(r["sex"], r["stakeholder_category"]): r["participants"] for r in f.sex_by_category}
    for sex, cat, n in sql(db, "SELECT p.sex, p.stakeholder_category, count(DISTINCT p.id) FROM participations q "
                               "JOIN participants p ON p.id = q.participant_id WHERE q.deleted_at IS NULL "
                               f"AND p.deleted_at IS NULL AND q.activity_id IN ({in_scope()}) GROUP BY 1, 2"):
        assert crosstab[(sex, cat)] == n
    rows = {a["uuid"]: a for a in f.activities}
    training = rows[_ids["training"]]
    assert training["participants"] == 8 and training["women"] == 5  # facilitator not counted
    assert len(f.recommendations) == 2


def test_training_averages_equal_sql(sample_db):
    db, ids = sample_db
    f = figures.load(db, ReportScope.year(2024))
    t = next(t for t in f.trainings if t["uuid"] == ids["training"])
    pre, post, imp = sql(db, "SELECT avg(pre_score), avg(post_score), avg(post_score - pre_score) FROM participations "
                             "q JOIN activities a ON a.id = q.activity_id WHERE a.uuid = ? AND q.deleted_at IS NULL",
                         ids["training"])[0]
    assert (t["avg_pre"], t["avg_post"], t["avg_improvement"]) == pytest.approx((pre, post, imp))


@pytest.mark.parametrize(("options", "where"), [
    ({"countries": ("COL",)}, "a.country = 'COL'"),
    ({"kinds": ("training",)}, "a.kind = 'training'"),
    ({"offices": ("UA",)}, "a.origin_office_id = (SELECT id FROM offices WHERE code = 'UA')"),
    ({"themes": ("Civic space",)}, "a.id IN (SELECT activity_id FROM activity_themes WHERE theme = 'Civic space')"),
    ({"sdg_goals": (5,)}, "a.id IN (SELECT activity_id FROM activity_sdg_targets WHERE goal = 5)"),
])
def test_scope_filters_change_figures(sample_db, options, where):
    db, _ids = sample_db
    f = figures.load(db, ReportScope.year(2024, **options))
    e = expected(db, where)
    assert 0 < e["activities"] < 5
    for name in ("activities", "participants", "participations", "reach"):
        assert f.key[name] == e[name], name


def test_quarter_and_presets():
    q2 = ReportScope.quarter(2024, 2)
    assert (q2.date_from, q2.date_to) == (dt.date(2024, 4, 1), dt.date(2024, 6, 30))
    q4 = ReportScope.preset("2024-Q4")
    assert (q4.date_from, q4.date_to) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    last = ReportScope.preset("last_quarter", today=dt.date(2025, 2, 10))
    assert (last.date_from, last.date_to) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    with pytest.raises(HRDeskError):
        ReportScope.preset("someday")
    with pytest.raises(HRDeskError):
        ReportScope(privacy="everything")


def test_quarter_scope_counts(sample_db):
    db, _ids = sample_db
    f = figures.load(db, ReportScope.quarter(2024, 2))  # consultation (May) and campaign (June)
    assert f.key["activities"] == 2 and f.key["reach"] == 1453


def test_empty_scope_is_not_an_error(sample_db):
    db, _ids = sample_db
    f = figures.load(db, ReportScope.year(2019))
    assert f.empty and f.key["participants"] == 0 and f.activities == [] and f.by_country == []


def test_people_listed_only_at_full_privacy(sample_db):
    db, _ids = sample_db
    assert figures.load(db, ReportScope.year(2024, privacy="pseudonymised")).people == []
    full = figures.load(db, ReportScope.year(2024, privacy="full")).people
    assert "Ольга Иванова" in {p["full_name"] for p in full}


def test_dashboard_items_click_through_to_the_same_counts(sample_db):
    from hrdesk.reports import dashboard
    from hrdesk.services.queries import list_activities

    db, _ids = sample_db
    d = dashboard.build(db, ReportScope.year(2024))
    assert not d.empty and d.tiles[0].value == expected(db)["activities"]
    by_kind = next(s for s in d.series if s.key == "by_kind")
    for item in by_kind.items:
        assert list_activities(db, item.target).total == item.value
    assert dashboard.build(db, ReportScope.year(2019)).message == "No activities in this period"


def test_key_figures_of_stats_are_those_of_the_reports_and_dashboard(sample_db):
    from hrdesk.reports import dashboard

    db, _ids = sample_db
    for scope in (ReportScope.year(2024), ReportScope.year(2019), ReportScope.year(2024, countries=("UKR",))):
        with db.read_session() as s:
            key = figures.key_figures(s, scope.activity_scope())
            assert figures.collect(s, scope, detail=False).key == key
        stats = figures.stats(db, scope.activity_scope())
        assert {k: v for k, v in stats.items() if k != "period"} == key
        assert [list(d.items()) for d in (stats["by_kind"], stats["by_sex"])] == \
            [list(d.items()) for d in (key["by_kind"], key["by_sex"])]
        tiles = {t.label: t.value for t in dashboard.build(db, scope).tiles}
        assert tiles["Activities"] == key["activities"] and tiles["Participations"] == key["participations"]


def test_the_services_layer_has_no_second_definition_of_the_key_figures():
    from hrdesk.services import aggregates

    assert not hasattr(aggregates, "key_figures")
    with pytest.raises(ModuleNotFoundError):
        __import__("hrdesk.services.stats")


def test_people_breakdowns_equal_people_by(sample_db):
    from hrdesk.services import aggregates

    db, _ids = sample_db
    groupings = [(), ("sex",), ("disability",), ("sex", "stakeholder_category"), ("sex", "age_group")]
    for scope in (ReportScope.year(2024).activity_scope(), ReportScope.year(2019).activity_scope()):
        with db.read_session() as s:
            result = aggregates.people_breakdowns(s, scope, groupings)
            assert result[()] == [aggregates.people_counts(s, scope)]
            for g in groupings[1:]:
                assert result[g] == aggregates.people_by(s, scope, *g)
