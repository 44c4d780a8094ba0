"""Aggregates against figures computed by hand on a small fixture.

2025 scope (live records only):
  T1 training GIN 10–12 Mar, SDG 16.3 16.a, rec R1 (+R4, deleted)   people P1 P2 P3 (+P6, deleted)
  T2 training SLE 5 May, covers SLE LBR, SDG 16.3, recs R1 R2          people P1 P4 P5
  W1 workshop GIN 2 Jun, SDG 5.2                                       people P2 P3 (+P4, participation deleted)
  C1 campaign GIN Apr, reach 800/650/3 = 1,453 in 23 localities, SDG 5.2 5.3
  C2 event CIV 1 Sep, reach 100/50/0 = 150 in 2 localities
Outside: D1 (deleted activity, MLI, reach 999, P1 P4, rec R3) and O1 (Nov 2024, P3 P4).
People: P1 female government 25–34 no · P2 male judiciary 35–49 yes · P3 female civil society
18–24 undisclosed · P4 male government 35–49 no · P5 other civil society unknown no.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from hrdesk.reports.figures import stats
from hrdesk.services import aggregates as agg
from hrdesk.services import offices
from hrdesk.services.activities import ActivityService
from hrdesk.services.filters import ActivityScope
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.services.recommendations import RecommendationService
from hrdesk.storage.database import Database

Y2025 = ActivityScope(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
ALL = ActivityScope()


def _activity(title, kind, start, country, end=None, **extra):
    return {"title": title, "kind": kind, "status": "completed", "start_date": start, "end_date": end,
            "country": country, **extra}


@pytest.fixture(scope="module")
def fx(tmp_path_factory, _template_db):
    path = tmp_path_factory.mktemp("aggregates") / "agg.sqlite"
    shutil.copyfile(_template_db, path)
    db = Database.open(path)
    offices.configure(db, {"code": "GN", "name": "Guinea", "kind": "country_office", "country": "GIN"}, "Tester")
    recs = RecommendationService(db)
    r = {name: recs.create({"mechanism": "upr", "symbol": "A/HRC/43/9", "paragraph": para, "country": "GIN",
                            "text": f"Recommendation {name}"})
         for name, para in (("R1", "110.1"), ("R2", "110.2"), ("R3", "110.3"), ("R4", "110.4"))}
    acts = ActivityService(db)
    a = {
        "T1": acts.create(_activity("T1", "training", dt.date(2025, 3, 10), "GIN", dt.date(2025, 3, 12),
                                    sdg_targets=["16.3", "16.a"], recommendations=[r["R1"]["uuid"], r["R4"]["uuid"]],
                                    pre_post_test=True)),
        "T2": acts.create(_activity("T2", "training", dt.date(2025, 5, 5), "SLE", countries_covered=["SLE", "LBR"],
                                    sdg_targets=["16.3"], recommendations=[r["R1"]["uuid"], r["R2"]["uuid"]])),
        "W1": acts.create(_activity("W1", "workshop", dt.date(2025, 6, 2), "GIN", sdg_targets=["5.2"])),
        "C1": acts.create(_activity("C1", "advocacy_campaign", dt.date(2025, 4, 1), "GIN", dt.date(2025, 4, 30),
                                    reach_women=800, reach_men=650, reach_other=3, reach_total=1453,
                                    reach_localities=23, sdg_targets=["5.2", "5.3"])),
        "C2": acts.create(_activity("C2", "event", dt.date(2025, 9, 1), "CIV", reach_women=100, reach_men=50,
                                    reach_other=0, reach_total=150, reach_localities=2)),
        "D1": acts.create(_activity("D1", "training", dt.date(2025, 7, 1), "MLI", reach_women=999, reach_total=999,
                                    sdg_targets=["4.1"], recommendations=[r["R3"]["uuid"]])),
        "O1": acts.create(_activity("O1", "training", dt.date(2024, 11, 5), "GIN", sdg_targets=["10.2"])),
    }
    ppl = ParticipantService(db)
    p = {
        "P1": ppl.create({"full_name": "P One", "sex": "female", "stakeholder_category": "government",
                          "age_group": "25_34", "disability": "no"}),
        "P2": ppl.create({"full_name": "P Two", "sex": "male", "stakeholder_category": "judiciary",
                          "age_group": "35_49", "disability": "yes"}),
        "P3": ppl.create({"full_name": "P Three", "sex": "female", "stakeholder_category": "civil_society",
                          "age_group": "18_24", "disability": "undisclosed"}),
        "P4": ppl.create({"full_name": "P Four", "sex": "male", "stakeholder_category": "government",
                          "age_group": "35_49", "disability": "no"}),
        "P5": ppl.create({"full_name": "P Five", "sex": "other", "stakeholder_category": "civil_society",
                          "age_group": "unknown", "disability": "no"}),
        "P6": ppl.create({"full_name": "P Six", "sex": "female", "stakeholder_category": "government",
                          "age_group": "25_34", "disability": "no"}),
    }
    parts = ParticipationService(db)

    def attend(act, person, pre=None, post=None):
        return parts.create({"activity": a[act]["uuid"], "participant": p[person]["uuid"],
                             "pre_score": pre, "post_score": post})

    attend("T1", "P1", 40, 80)
    attend("T1", "P2", 50, 70)
    attend("T1", "P3", 60)
    attend("T1", "P6", 0, 100)
    attend("T2", "P1", 30, 90)
    attend("T2", "P4")
    attend("T2", "P5", 20, 40)
    attend("W1", "P2")
    attend("W1", "P3")
    gone = attend("W1", "P4")
    attend("D1", "P1")
    attend("D1", "P4")
    attend("O1", "P3")
    attend("O1", "P4")
    parts.delete([gone["uuid"]])
    ppl.delete([p["P6"]["uuid"]])
    acts.delete([a["D1"]["uuid"]])
    recs.delete([r["R4"]["uuid"]])
    yield db, a, p, r
    db.close()


@pytest.fixture
def s(fx):
    with fx[0].read_session() as session:
        yield session


def test_activity_counts(s):
    assert agg.activity_count(s, Y2025) == 5
    assert agg.activity_count(s, ALL) == 6
    assert agg.activity_count(s, ActivityScope(include_deleted=True)) == 7
    assert agg.activities_by(s, Y2025, "kind") == {"training": 2, "workshop": 1, "advocacy_campaign": 1, "event": 1}
    assert agg.activities_by(s, Y2025, "status") == {"completed": 5}
    assert agg.activities_by(s, Y2025, "country") == {"GIN": 3, "SLE": 1, "CIV": 1}
    assert agg.activities_by(s, Y2025, "month") == {"2025-03": 1, "2025-04": 1, "2025-05": 1, "2025-06": 1,
                                                    "2025-09": 1}
    assert agg.activities_by(s, Y2025, "office") == {"GN": 5}


def test_unique_people_and_participations(s):
    assert agg.people_counts(s, Y2025) == {"participants": 5, "participations": 8}
    assert agg.people_counts(s, ALL) == {"participants": 5, "participations": 10}
    only_t2 = ActivityScope(countries=("SLE",))
    assert agg.people_counts(s, only_t2) == {"participants": 3, "participations": 3}


def test_people_by_sex_and_stakeholder_category(s):
    rows = agg.people_by(s, Y2025, "sex", "stakeholder_category")
    got = {(r["sex"], r["stakeholder_category"]): (r["participants"], r["participations"]) for r in rows}
    assert got == {("female", "government"): (1, 2), ("female", "civil_society"): (1, 2),
                   ("male", "judiciary"): (1, 2), ("male", "government"): (1, 1),
                   ("other", "civil_society"): (1, 1)}
    by_sex = {r["sex"]: (r["participants"], r["participations"]) for r in agg.people_by(s, Y2025, "sex")}
    assert by_sex == {"female": (2, 4), "male": (2, 3), "other": (1, 1)}


def test_people_by_age_group_and_disability(s):
    ages = {r["age_group"]: (r["participants"], r["participations"]) for r in agg.people_by(s, Y2025, "age_group")}
    assert ages == {"18_24": (1, 2), "25_34": (1, 2), "35_49": (2, 3), "unknown": (1, 1)}
    dis = {r["disability"]: (r["participants"], r["participations"]) for r in agg.people_by(s, Y2025, "disability")}
    assert dis == {"no": (3, 4), "yes": (1, 2), "undisclosed": (1, 2)}


def test_aggregate_reach(s):
    assert agg.reach(s, Y2025) == {"women": 900, "men": 700, "other": 3, "total": 1603, "localities": 25,
                                   "activities": 2}
    assert agg.reach(s, ActivityScope(kinds=("event",)))["total"] == 150


def test_countries_reached(s):
    assert agg.countries_reached(s, Y2025) == ["CIV", "GIN", "LBR", "SLE"]
    assert "MLI" not in agg.countries_reached(s, ALL)  # only the deleted activity was there


def test_sdg_targets_and_goals(s):
    assert agg.sdg_targets(s, Y2025) == [
        {"goal": 5, "target": "5.2", "activities": 2}, {"goal": 5, "target": "5.3", "activities": 1},
        {"goal": 16, "target": "16.3", "activities": 2}, {"goal": 16, "target": "16.a", "activities": 1}]
    assert agg.sdg_goals(s, Y2025) == {5: 2, 16: 2}
    assert agg.sdg_goals(s, ALL) == {5: 2, 10: 1, 16: 2}


def test_recommendations_addressed(s, fx):
    rows = agg.recommendations_addressed(s, Y2025)
    assert [(x["paragraph"], x["activities"]) for x in rows] == [("110.1", 2), ("110.2", 1)]
    assert rows[0]["uuid"] == fx[3]["R1"]["uuid"]


def test_training_results(s):
    rows = {r["title"]: r for r in agg.training_results(s, Y2025)}
    assert set(rows) == {"T1", "T2"}
    t1, t2 = rows["T1"], rows["T2"]
    assert t1["participations"] == 3 and t2["participations"] == 3
    assert t1["avg_pre"] == pytest.approx(50) and t1["avg_post"] == pytest.approx(75)
    assert t1["avg_improvement"] == pytest.approx(30)
    assert t2["avg_pre"] == pytest.approx(25) and t2["avg_post"] == pytest.approx(65)
    assert t2["avg_improvement"] == pytest.approx(40)


def test_key_figures_and_stats(fx):
    figures = stats(fx[0], Y2025)
    expected = {"activities": 5, "participants": 5, "participations": 8, "reach": 1603, "countries": 4,
                "sdg_targets": 4, "recommendations": 2}
    assert {k: figures[k] for k in expected} == expected
    assert figures["by_sex"] == {"female": 2, "male": 2, "other": 1}
    assert figures["by_kind"]["training"] == 2
    assert figures["period"] == {"from": "2025-01-01", "to": "2025-12-31"}
