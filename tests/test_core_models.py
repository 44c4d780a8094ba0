"""Storage of every field, and the life of a record: create, update (version, audit),
optimistic version check, soft delete, restore, duplicate, merge of participants."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, select

from hrdesk.domain.errors import NotFoundError, ValidationError
from hrdesk.domain.records import ACTIVITY, PARTICIPANT, PARTICIPATION, RECOMMENDATION, RECORD_TYPES
from hrdesk.safety.backups import backup_before
from hrdesk.services import audit
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.services.recommendations import RecommendationService, create_cluster
from hrdesk.storage import codec
from hrdesk.storage import models as m

MODELS = {"office": m.Office, "activity": m.Activity, "participant": m.Participant,
          "participation": m.Participation, "recommendation": m.Recommendation,
          "recommendation_cluster": m.RecommendationCluster,
          "recommendation_history": m.RecommendationHistoryEntry}
# Fields stored other than as a column or link list of the same name.
SPECIAL = {("activity", "recommendations"): "recommendations",  # link table of ids
           ("activity", "reach_by_age"): "reach_by_age",        # ActivityReach rows
           ("participation", "activity"): "activity_id",
           ("participation", "participant"): "participant_id",
           ("recommendation_history", "recommendation"): "recommendation_id"}


def test_every_record_type_has_a_model():
    assert set(RECORD_TYPES) == set(MODELS)


@pytest.mark.parametrize("type_name", sorted(RECORD_TYPES))
def test_every_field_has_storage(type_name):
    """Fails when someone adds a field to records.py without a column, link table or codec entry."""
    record_type, model = RECORD_TYPES[type_name], MODELS[type_name]
    mapper = inspect(model)
    columns = {c.key for c in mapper.columns}
    relationships = {r.key for r in mapper.relationships}
    links = codec.LINKS.get(type_name, {})
    missing = []
    for f in record_type.fields:
        special = SPECIAL.get((type_name, f.name))
        if special:
            ok = special in columns or special in relationships
        elif f.kind.is_list:
            ok = f.name in links and f.name in relationships
        else:
            ok = f.name in columns and f.name in codec.scalar_fields(record_type)
        if not ok:
            missing.append(f.name)
    assert not missing, f"{type_name}: no storage for {missing}"
    for name, (link_cls, column) in links.items():
        assert name in record_type and record_type[name].kind.is_list
        assert column in {c.key for c in inspect(link_cls).columns}


# -- full round trips ----------------------------------------------------------------------

def full_recommendation(cluster=None):
    return {"cluster": cluster, "mechanism": "cmw", "body": "Committee on Migrant Workers", "symbol": "CMW/C/ECU/CO/3",
            "paragraph": "47 (g)", "country": "ECU", "text": "Ensure access to justice for migrants.",
            "sdg_targets": ["10.7", "16.3"], "themes": ["Migration"], "cycle": 3, "session": "35th session",
            "year": 2021, "response": "supported", "affected_persons": ["migrants", "women"],
            "responsible_entities": ["Ministry of Justice", "Ombudsman"], "priority": "high",
            "target_date": dt.date(2026, 6, 30),
            "implementation_status": "in_progress", "notes": "Discussed with the ministry."}


def full_activity(rec_uuid):
    return {
        "title": "Campagne contre les mutilations génitales féminines", "kind": "advocacy_campaign",
        "status": "completed", "start_date": dt.date(2025, 2, 3), "end_date": dt.date(2025, 3, 28),
        "country": "GIN", "location": "Kankan", "countries_covered": ["GIN", "SLE"],
        "narrative": "OHCHR led a campaign.\n\nIt reached 1,453 beneficiaries.", "outcome": "Pledges.",
        "funding_source": "European Union", "themes": ["Children's rights", "Women's rights"],
        "partners": ["UNFPA", "UNICEF"], "sdg_targets": ["5.2", "5.3", "16.a"], "mechanisms": ["cedaw", "crc"],
        "recommendations": [rec_uuid], "reach_women": 800, "reach_men": 650, "reach_other": 3,
        "reach_total": 1453, "reach_localities": 23,
        "reach_by_age": {("women", "18_24"): 500, ("women", "25_34"): 300, ("men", "35_49"): 650,
                         ("other", "unknown"): 3},
        "training_hours": 12.5, "methodology": "Community theatre", "pre_post_test": True,
    }


def full_person():
    return {"full_name": "Nguyễn Thị Hồng", "sex": "female", "age_group": "25_34", "birth_year": 1995,
            "disability": "yes", "organisation": "Legal Aid Board", "position": "Lawyer",
            "stakeholder_category": "civil_society", "country": "KHM", "email": "hong@example.org",
            "phone": "+855 12 345 678", "consent_date": dt.date(2025, 2, 3), "notes": "Needs interpretation."}


def test_every_field_round_trips(db):
    cluster = create_cluster(db, {"name": "Migration and asylum"})["uuid"]
    rec = RecommendationService(db).create(full_recommendation(cluster))
    act = ActivityService(db).create(full_activity(rec["uuid"]))
    who = ParticipantService(db).create(full_person())
    part = ParticipationService(db).create({
        "activity": act["uuid"], "participant": who["uuid"], "role": "facilitator", "days_attended": 2.5,
        "pre_score": 40.0, "post_score": 85.5, "certificate_number": "GN-2025-001",
        "certificate_date": dt.date(2025, 3, 28)})
    expected = {RECOMMENDATION: full_recommendation(cluster), ACTIVITY: full_activity(rec["uuid"]),
                PARTICIPANT: full_person()}
    services = {RECOMMENDATION: (RecommendationService, rec), ACTIVITY: (ActivityService, act),
                PARTICIPANT: (ParticipantService, who)}
    for record_type, values in expected.items():
        cls, saved = services[record_type]
        again = cls(db).get(saved["uuid"])
        for f in record_type.fields:
            want = values[f.name]
            if f.kind.is_list:
                assert sorted(again[f.name]) == sorted(want), f.name
            else:
                assert again[f.name] == want, (record_type.name, f.name)
    stored = ParticipationService(db).get(part["uuid"])
    for f in PARTICIPATION.fields:
        assert stored[f.name] is not None, f.name
    assert stored["activity"] == act["uuid"] and stored["participant"] == who["uuid"]
    assert stored["post_score"] == 85.5


def test_derived_columns(db):
    who = ParticipantService(db).create({"full_name": "Élodie N'Diaye", "sex": "female",
                                         "organisation": "Barreau de Conakry", "birth_year": 1990})
    with db.read_session() as s:
        row = s.scalar(select(m.Participant).where(m.Participant.uuid == who["uuid"]))
        assert row.name_key == "elodie ndiaye"
        assert "barreau de conakry" in row.search_text and "elodie" in row.search_text
    assert who["age_group"] != "unknown"  # computed from the year of birth


# -- life of a record ----------------------------------------------------------------------

def simple_activity(**changes):
    values = {"title": "Training of judges", "kind": "training", "start_date": dt.date(2025, 5, 5),
              "country": "GIN", "themes": ["Rule of law and justice"]}
    values.update(changes)
    return values


def history(db, uuid):
    rows, _total = audit.entries(db, record_uuid=uuid)
    return [(r["action"], r["version"], r["user_name"]) for r in reversed(rows)]


def test_create_sets_identity_and_audit(db):
    act = ActivityService(db).create(simple_activity())
    assert act["version"] == 1 and not act["deleted"]
    assert len(act["uuid"]) == 36
    assert act["created_at"] == act["updated_at"]
    assert act["origin_office_id"] is not None
    assert history(db, act["uuid"]) == [("create", 1, "Test User")]


def test_update_bumps_version_and_audits_field_names_only(db):
    service = ActivityService(db)
    act = service.create(simple_activity())
    updated = service.update(act["uuid"], {"title": "Training of prosecutors", "partners": ["Barreau"]})
    assert updated["version"] == 2
    assert updated["updated_at"] >= act["updated_at"]
    assert updated["title"] == "Training of prosecutors" and updated["partners"] == ["Barreau"]
    assert updated["themes"] == ["Rule of law and justice"]  # untouched fields are kept
    rows, _ = audit.entries(db, record_uuid=act["uuid"])
    assert rows[0]["action"] == "update" and rows[0]["detail"] == "partners, title"
    assert "prosecutors" not in rows[0]["detail"]  # never values in the audit trail


def test_update_without_change_keeps_version(db):
    service = ActivityService(db)
    act = service.create(simple_activity())
    again = service.update(act["uuid"], {"title": "Training of judges"})
    assert again["version"] == 1
    assert history(db, act["uuid"]) == [("create", 1, "Test User")]


def test_optimistic_version_check(db):
    service = ActivityService(db)
    act = service.create(simple_activity())
    service.update(act["uuid"], {"location": "Kindia"}, expected_version=1)
    with pytest.raises(ValidationError) as info:
        service.update(act["uuid"], {"location": "Labé"}, expected_version=1)
    assert "changed elsewhere" in str(info.value)
    assert service.get(act["uuid"])["location"] == "Kindia"


def test_invalid_update_changes_nothing(db):
    service = ActivityService(db)
    act = service.create(simple_activity())
    with pytest.raises(ValidationError):
        service.update(act["uuid"], {"title": "New", "end_date": dt.date(2020, 1, 1)})
    assert service.get(act["uuid"])["title"] == "Training of judges"
    assert service.get(act["uuid"])["version"] == 1


def test_soft_delete_and_restore(db):
    service = ActivityService(db)
    act = service.create(simple_activity())
    assert service.delete([act["uuid"]]) == 1
    with pytest.raises(NotFoundError):
        service.get(act["uuid"])
    gone = service.get(act["uuid"], include_deleted=True)
    assert gone["deleted"] and gone["version"] == 2
    with db.read_session() as s:  # the row is still there (tombstone)
        assert s.scalar(select(m.Activity.deleted_at).where(m.Activity.uuid == act["uuid"])) is not None
    assert service.restore([act["uuid"]]) == 1
    back = service.get(act["uuid"])
    assert not back["deleted"] and back["version"] == 3
    assert service.restore([act["uuid"]]) == 0  # already live
    assert [a for a, _v, _u in history(db, act["uuid"])] == ["create", "delete", "restore"]


def test_duplicate_copies_fields_not_participants(db):
    service = ActivityService(db)
    act = service.create(simple_activity(sdg_targets=["16.3"], partners=["UNDP"]))
    who = ParticipantService(db).create({"full_name": "Ousmane Barry", "sex": "male"})
    ParticipationService(db).create({"activity": act["uuid"], "participant": who["uuid"]})
    copy = service.duplicate(act["uuid"])
    assert copy["uuid"] != act["uuid"] and copy["version"] == 1
    assert copy["title"] == "Training of judges (copy)"
    for name in ("kind", "start_date", "country", "themes", "sdg_targets", "partners"):
        assert copy[name] == act[name]
    assert ParticipationService(db).for_activity(copy["uuid"]) == []


def test_merge_moves_participations(db):
    people, acts = ParticipantService(db), ActivityService(db)
    parts = ParticipationService(db)
    keep = people.create({"full_name": "Mamadou Diallo", "sex": "male", "organisation": "Barreau"})
    dup = people.create({"full_name": "DIALLO Mamadou", "sex": "male", "organisation": "barreau"})
    a1, a2, a3 = (acts.create(simple_activity(title=f"Activity {i}")) for i in range(3))
    parts.create({"activity": a1["uuid"], "participant": keep["uuid"]})
    parts.create({"activity": a1["uuid"], "participant": dup["uuid"]})   # same activity: clash
    parts.create({"activity": a2["uuid"], "participant": dup["uuid"], "pre_score": 30.0})
    parts.create({"activity": a3["uuid"], "participant": dup["uuid"]})
    assert [p["uuid"] for p in people.similar({"full_name": "mamadou  diallo", "organisation": "BARREAU"})] \
        == [keep["uuid"], dup["uuid"]]

    merged = people.merge(keep["uuid"], [dup["uuid"]], backup_first=backup_before)
    assert merged["version"] == keep["version"] + 1
    titles = sorted(a["title"] for a in people.activities_of(keep["uuid"]))
    assert titles == ["Activity 0", "Activity 1", "Activity 2"]
    with pytest.raises(NotFoundError):
        people.get(dup["uuid"])
    with db.read_session() as s:
        live = s.execute(select(m.Participation.activity_id, m.Participation.participant_id, m.Participation.pre_score)
                         .where(m.Participation.deleted_at.is_(None))).all()
        keep_id = s.scalar(select(m.Participant.id).where(m.Participant.uuid == keep["uuid"]))
    assert len(live) == 3 and {p for _a, p, _s in live} == {keep_id}
    assert 30.0 in {score for _a, _p, score in live}  # moved with its scores
    assert [a for a, _v, _u in history(db, dup["uuid"])][-1] == "merge"


def test_list_fields_are_stored_in_link_tables(db):
    act = ActivityService(db).create(simple_activity(countries_covered=["SLE", "LBR"], mechanisms=["upr"]))
    with db.read_session() as s:
        act_id = s.scalar(select(m.Activity.id).where(m.Activity.uuid == act["uuid"]))
        countries = sorted(s.scalars(select(m.ActivityCountry.country).where(m.ActivityCountry.activity_id == act_id)))
    assert countries == ["LBR", "SLE"]
    ActivityService(db).update(act["uuid"], {"countries_covered": []})
    with db.read_session() as s:
        assert s.scalars(select(m.ActivityCountry).where(m.ActivityCountry.activity_id == act_id)).all() == []



def test_same_lists_in_another_order_are_no_change(db):
    service = ActivityService(db)
    act = service.create(simple_activity(themes=["Migration", "Civic space"], sdg_targets=["16.10", "5.2"],
                                         reach_women=3, reach_total=3,
                                         reach_by_age={("women", "18_24"): 3}))
    again = service.update(act["uuid"], {"themes": ["Migration", "Civic space"], "sdg_targets": ["16.10", "5.2"],
                                         "reach_by_age": {("women", "18_24"): 3, ("men", "25_34"): 0}})
    assert again["version"] == 1


def test_activity_linked_to_a_deleted_recommendation_stays_editable(db):
    recs = RecommendationService(db)
    rec = recs.create(full_recommendation())
    act = ActivityService(db).create(simple_activity(recommendations=[rec["uuid"]]))
    recs.delete([rec["uuid"]])
    edited = ActivityService(db).update(act["uuid"], {"location": "Kindia"})
    assert edited["version"] == 2 and edited["recommendations"] == [rec["uuid"]]
    other = ActivityService(db).create(simple_activity(title="Other"))
    with pytest.raises(ValidationError):  # but a deleted recommendation cannot be newly linked
        ActivityService(db).update(other["uuid"], {"recommendations": [rec["uuid"]]})
    copy = ActivityService(db).duplicate(act["uuid"])  # the copy drops the deleted link
    assert copy["recommendations"] == []
