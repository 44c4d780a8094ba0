"""List queries: every filter, every sort key (both directions), paging."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from hrdesk.domain.text import sort_key
from hrdesk.services import audit, offices, queries
from hrdesk.services.activities import ActivityService
from hrdesk.services.filters import ActivityScope
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.services.queries import ParticipantFilter, RecommendationFilter
from hrdesk.services.recommendations import RecommendationService
from hrdesk.storage.database import Database

BIG = 10_000


@pytest.fixture(scope="module")
def fx(tmp_path_factory, _template_db):
    path = tmp_path_factory.mktemp("queries") / "q.sqlite"
    shutil.copyfile(_template_db, path)
    db = Database.open(path)
    offices.configure(db, {"code": "GN", "name": "Guinea", "kind": "country_office", "country": "GIN"}, "Tester")
    acts = ActivityService(db)

    def act(key, title, kind, status, start, country, end=None, service=acts, **extra):
        return key, service.create({"title": title, "kind": kind, "status": status, "start_date": start,
                                    "end_date": end, "country": country, **extra})

    a = dict([
        act("A1", "Formation des magistrats à Nzérékoré", "training", "completed", dt.date(2024, 3, 4), "GIN",
            dt.date(2024, 3, 8), themes=["Rule of law and justice"], sdg_targets=["16.3"], partners=["Barreau"],
            location="Nzérékoré"),
        act("A2", "atelier régional sur la migration", "workshop", "completed", dt.date(2024, 12, 30), "SEN",
            dt.date(2025, 1, 2), countries_covered=["SEN", "GIN", "MLI"], themes=["Migration"], sdg_targets=["10.7"]),
        act("A3", "Awareness campaign on FGM", "advocacy_campaign", "ongoing", dt.date(2025, 6, 1), "GIN",
            dt.date(2025, 7, 15), themes=["Women's rights"], sdg_targets=["5.2", "5.3"], reach_total=500),
        act("A4", "Monitoring mission to Kankan", "monitoring_mission", "planned", dt.date(2025, 11, 10), "GIN",
            mechanisms=["cat"]),
        act("A5", "Capacitación a periodistas", "training", "cancelled", dt.date(2025, 2, 10), "COL",
            themes=["Civic space"], sdg_targets=["16.10"]),
        act("A6", "Deleted training", "training", "completed", dt.date(2025, 3, 1), "GIN"),
    ])
    with db.session() as s:
        other = offices.ensure_office(s, "SL", "OHCHR Sierra Leone", "country_office", "SLE").id
    sl_acts = ActivityService(db, actor=audit.Actor("Sierra Leone user", other))
    a.update([act("A7", "Training of police in Bo", "training", "completed", dt.date(2025, 4, 1), "SLE",
                  dt.date(2025, 4, 3), service=sl_acts)])

    people = ParticipantService(db)
    p = {
        "P1": people.create({"full_name": "Aïssatou Diallo", "sex": "female", "country": "GIN",
                             "stakeholder_category": "government", "organisation": "Ministère de la Justice",
                             "position": "Director"}),
        "P2": people.create({"full_name": "Mamadou Barry", "sex": "male", "country": "GIN",
                             "stakeholder_category": "judiciary", "organisation": "Cour d'appel"}),
        "P3": people.create({"full_name": "José Peña", "sex": "male", "country": "COL", "stakeholder_category": "media",
                             "email": "jose.pena@example.org", "position": "Journalist"}),
        "P4": people.create({"full_name": "Nguyễn Thị Hồng", "sex": "female", "country": "KHM",
                             "stakeholder_category": "civil_society", "organisation": "Legal Aid Board"}),
        "P5": people.create({"full_name": "Ольга Иванова", "sex": "undisclosed", "stakeholder_category": "un_international",
                             "organisation": "UNDP"}),
        "P6": people.create({"full_name": "Deleted Person", "sex": "female", "country": "GIN"}),
    }
    ParticipantService(db, actor=audit.Actor("Sierra Leone user", other)).create(
        {"full_name": "Abu Kamara", "sex": "male", "country": "SLE", "stakeholder_category": "law_enforcement"})
    parts = ParticipationService(db)
    for act_key, people_keys in (("A1", ("P1", "P2", "P4", "P6")), ("A2", ("P1", "P5")), ("A7", ("P1",)),
                                 ("A6", ("P2",))):
        for key in people_keys:
            parts.create({"activity": a[act_key]["uuid"], "participant": p[key]["uuid"]})
    people.delete([p["P6"]["uuid"]])  # deleted people and activities do not count
    acts.delete([a["A6"]["uuid"]])

    recs = RecommendationService(db)
    recs.create({"mechanism": "cmw", "symbol": "CMW/C/ECU/CO/3", "paragraph": "47 (g)", "country": "ECU",
                 "text": "Ensure access to justice for migrants.", "implementation_status": "in_progress"})
    recs.create({"mechanism": "upr", "symbol": "A/HRC/43/9", "paragraph": "110.45", "country": "GIN",
                 "body": "Sénégal", "text": "Adopt a national human rights plan."})
    yield db, a, p
    db.close()


def titles(page):
    return sorted(r["title"] for r in page.rows)


def acts(db, **scope):
    return titles(queries.list_activities(db, ActivityScope(**scope), limit=BIG))


def names(db, **flt):
    return sorted(r["full_name"] for r in queries.list_participants(db, ParticipantFilter(**flt), limit=BIG).rows)


# -- activity filters ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["NZEREKORE", "nzérékoré", "Nzerekore", "formation des", "barreau"])
def test_activity_text_is_case_and_accent_insensitive(fx, text):
    assert acts(fx[0], text=text) == ["Formation des magistrats à Nzérékoré"]


def test_activity_text_special_characters_are_literal(fx):
    assert acts(fx[0], text="%") == []
    assert acts(fx[0], text="_") == []
    assert acts(fx[0], text="ATELIER RÉGIONAL") == ["atelier régional sur la migration"]


def test_activity_kind_status_and_office(fx):
    db = fx[0]
    assert acts(db, kinds=("training",)) == ["Capacitación a periodistas", "Formation des magistrats à Nzérékoré",
                                             "Training of police in Bo"]
    assert acts(db, kinds=("training", "workshop"), statuses=("completed",)) == [
        "Formation des magistrats à Nzérékoré", "Training of police in Bo", "atelier régional sur la migration"]
    assert acts(db, statuses=("planned", "ongoing")) == ["Awareness campaign on FGM", "Monitoring mission to Kankan"]
    assert acts(db, offices=("SL",)) == ["Training of police in Bo"]
    assert len(acts(db, offices=("GN",))) == 5


def test_activity_country_includes_countries_covered(fx):
    assert acts(fx[0], countries=("GIN",)) == ["Awareness campaign on FGM", "Formation des magistrats à Nzérékoré",
                                               "Monitoring mission to Kankan", "atelier régional sur la migration"]
    assert acts(fx[0], countries=("MLI",)) == ["atelier régional sur la migration"]
    assert acts(fx[0], countries=("COL", "SLE")) == ["Capacitación a periodistas", "Training of police in Bo"]


def test_activity_period_overlap(fx):
    db = fx[0]
    january = {"date_from": dt.date(2025, 1, 1), "date_to": dt.date(2025, 1, 31)}
    assert acts(db, **january) == ["atelier régional sur la migration"]  # 30 Dec – 2 Jan overlaps
    assert acts(db, date_from=dt.date(2025, 7, 15), date_to=dt.date(2025, 7, 15)) == ["Awareness campaign on FGM"]
    assert acts(db, date_to=dt.date(2024, 12, 31)) == ["Formation des magistrats à Nzérékoré",
                                                       "atelier régional sur la migration"]
    assert acts(db, date_from=dt.date(2025, 11, 10)) == ["Monitoring mission to Kankan"]  # no end date
    assert acts(db, date_from=dt.date(2025, 11, 11)) == []


def test_activity_sdg_theme_mechanism(fx):
    db = fx[0]
    assert acts(db, sdg_goals=(5,)) == ["Awareness campaign on FGM"]
    assert acts(db, sdg_goals=(16,)) == ["Capacitación a periodistas", "Formation des magistrats à Nzérékoré"]
    assert acts(db, sdg_targets=("16.10",)) == ["Capacitación a periodistas"]
    assert acts(db, themes=("Migration", "Civic space")) == ["Capacitación a periodistas",
                                                            "atelier régional sur la migration"]
    assert acts(db, mechanisms=("cat",)) == ["Monitoring mission to Kankan"]


def test_activity_filters_combine_and_deleted(fx):
    db = fx[0]
    assert acts(db, countries=("GIN",), sdg_goals=(16,), text="magistrats") == ["Formation des magistrats à Nzérékoré"]
    assert "Deleted training" not in acts(db)
    assert "Deleted training" in acts(db, include_deleted=True)
    assert acts(db, uuids=(fx[1]["A4"]["uuid"],)) == ["Monitoring mission to Kankan"]


def _null_first(value):
    return (value is not None, value)


ACTIVITY_KEYS = {
    "start_date": lambda r, v: r["start_date"],
    "end_date": lambda r, v: r["end_date"] or r["start_date"],
    "kind": lambda r, v: r["kind"],
    "title": lambda r, v: "".join(c.lower() if c.isascii() else c for c in r["title"]),  # SQLite lower()
    "country": lambda r, v: r["country"],
    "status": lambda r, v: r["status"],
    "participants": lambda r, v: r["participants"],
    "updated_at": lambda r, v: v["updated_at"],
}


def test_every_activity_sort_key_is_covered():
    assert set(ACTIVITY_KEYS) == set(queries.ACTIVITY_SORTS)


@pytest.mark.parametrize("sort", sorted(ACTIVITY_KEYS))
def test_activity_sorting(fx, sort):
    db = fx[0]
    service = ActivityService(db)
    rows = queries.list_activities(db, sort=sort, descending=False, limit=BIG).rows
    full = {r["uuid"]: service.get(r["uuid"]) for r in rows}
    expected = sorted(rows, key=lambda r: (_null_first(ACTIVITY_KEYS[sort](r, full[r["uuid"]])), r["id"]))
    assert [r["uuid"] for r in rows] == [r["uuid"] for r in expected]
    desc = queries.list_activities(db, sort=sort, descending=True, limit=BIG).rows
    assert [r["uuid"] for r in desc] == [r["uuid"] for r in reversed(expected)]


def test_activity_participant_counts(fx):
    rows = {r["title"]: r["participants"] for r in queries.list_activities(fx[0], limit=BIG).rows}
    assert rows["Formation des magistrats à Nzérékoré"] == 3
    assert rows["atelier régional sur la migration"] == 2
    assert rows["Monitoring mission to Kankan"] == 0


def test_activity_paging(fx):
    db = fx[0]
    everything = [r["uuid"] for r in queries.list_activities(db, limit=BIG).rows]
    assert len(everything) == 6
    pages = [queries.list_activities(db, offset=o, limit=4) for o in (0, 4, 8)]
    assert [len(p.rows) for p in pages] == [4, 2, 0]
    assert {p.total for p in pages} == {6}
    assert [p.offset for p in pages] == [0, 4, 8]
    assert [u for p in pages for u in (r["uuid"] for r in p.rows)] == everything
    filtered = queries.list_activities(db, ActivityScope(kinds=("training",)), offset=1, limit=1)
    assert filtered.total == 3 and len(filtered.rows) == 1


# -- participants --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("DIALLO", ["Aïssatou Diallo"]), ("aissatou", ["Aïssatou Diallo"]), ("AÏSSATOU", ["Aïssatou Diallo"]),
    ("pena", ["José Peña"]), ("PEÑA", ["José Peña"]), ("jose.pena@", ["José Peña"]), ("journalist", ["José Peña"]),
    ("nguyen thi", ["Nguyễn Thị Hồng"]), ("ОЛЬГА", ["Ольга Иванова"]), ("justice", ["Aïssatou Diallo"]),
    ("deleted", []),
])
def test_participant_text(fx, text, expected):
    assert names(fx[0], text=text) == expected


def test_participant_filters(fx):
    db, _a, _p = fx
    assert names(db, sexes=("female",)) == ["Aïssatou Diallo", "Nguyễn Thị Hồng"]
    assert names(db, categories=("judiciary", "media")) == ["José Peña", "Mamadou Barry"]
    assert names(db, countries=("GIN",)) == ["Aïssatou Diallo", "Mamadou Barry"]
    assert names(db, offices=("SL",)) == ["Abu Kamara"]
    assert names(db, activity=fx[1]["A1"]["uuid"]) == ["Aïssatou Diallo", "Mamadou Barry", "Nguyễn Thị Hồng"]
    assert "Deleted Person" in names(db, include_deleted=True)
    assert names(db, sexes=("male",), countries=("GIN", "COL"), text="barry") == ["Mamadou Barry"]


PARTICIPANT_KEYS = {
    "full_name": lambda r, v: sort_key(r["full_name"]),
    "sex": lambda r, v: r["sex"],
    "organisation": lambda r, v: r["organisation"],
    "position": lambda r, v: r["position"],
    "stakeholder_category": lambda r, v: r["stakeholder_category"],
    "country": lambda r, v: r["country"],
    "participations": lambda r, v: r["participations"],
    "updated_at": lambda r, v: v["updated_at"],
}


def test_every_participant_sort_key_is_covered():
    assert set(PARTICIPANT_KEYS) == set(queries.PARTICIPANT_SORTS)


@pytest.mark.parametrize("sort", sorted(PARTICIPANT_KEYS))
def test_participant_sorting(fx, sort):
    db = fx[0]
    service = ParticipantService(db)
    rows = queries.list_participants(db, sort=sort, descending=False, limit=BIG).rows
    full = {r["uuid"]: service.get(r["uuid"]) for r in rows}
    expected = sorted(rows, key=lambda r: (_null_first(PARTICIPANT_KEYS[sort](r, full[r["uuid"]])), r["id"]))
    assert [r["uuid"] for r in rows] == [r["uuid"] for r in expected]
    desc = queries.list_participants(db, sort=sort, descending=True, limit=BIG).rows
    assert [r["uuid"] for r in desc] == [r["uuid"] for r in reversed(expected)]


def test_participant_counts_and_paging(fx):
    db = fx[0]
    rows = {r["full_name"]: r["participations"] for r in queries.list_participants(db, limit=BIG).rows}
    assert rows["Aïssatou Diallo"] == 3 and rows["José Peña"] == 0
    assert rows["Mamadou Barry"] == 1  # not counting the deleted activity
    first, second = queries.list_participants(db, limit=4), queries.list_participants(db, offset=4, limit=4)
    assert first.total == second.total == 6
    assert len(first.rows) == 4 and len(second.rows) == 2
    assert {r["uuid"] for r in first.rows}.isdisjoint({r["uuid"] for r in second.rows})


# -- recommendations and helpers -----------------------------------------------------------

def test_recommendation_list(fx):
    db = fx[0]
    page = queries.list_recommendations(db)
    assert page.total == 2 and [r["symbol"] for r in page.rows] == ["A/HRC/43/9", "CMW/C/ECU/CO/3"]
    assert [r["symbol"] for r in queries.list_recommendations(db, RecommendationFilter(text="senegal")).rows] == [
        "A/HRC/43/9"]
    assert queries.list_recommendations(db, RecommendationFilter(mechanisms=("cmw",))).total == 1
    assert queries.list_recommendations(db, RecommendationFilter(statuses=("in_progress",))).total == 1
    for sort in queries.RECOMMENDATION_SORTS:
        assert queries.list_recommendations(db, sort=sort).total == 2


def test_record_counts_and_known_values(fx):
    db = fx[0]
    # participations of the deleted person (P6) and of the deleted activity (A6) are not live
    assert queries.record_counts(db) == {"activities": 6, "participants": 6, "participations": 6,
                                         "recommendations": 2}
    assert "Migration" in queries.known_values(db, "themes")
    assert queries.known_values(db, "partners") == ["Barreau"]
