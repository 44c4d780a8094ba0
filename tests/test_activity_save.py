"""Saving an activity with the people who took part is one use case in the services
(``services.activities.save_with_participants``): activity, new people and participations
in one transaction, all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from test_exchange_support import db_hash

from hrdesk.domain.errors import ValidationError
from hrdesk.services.activities import ActivityService, PersonInActivity, save_with_participants
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.storage import models as m

TRAINING = {"title": "Training of prison staff", "kind": "training", "status": "completed",
            "start_date": dt.date(2024, 3, 4), "end_date": dt.date(2024, 3, 5), "country": "GIN"}


def count(db, model) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count(model.id))) or 0


def test_activity_new_people_and_participations_in_one_transaction(db):
    known = ParticipantService(db).create({"full_name": "Aïssatou Bah", "sex": "female"})
    people = [
        PersonInActivity("Mamadou Diallo", {"role": "participant", "days_attended": 2.0},
                         new_person={"full_name": "Mamadou Diallo", "sex": "male"}),
        PersonInActivity("Fanta Camara", {"role": "facilitator"},
                         new_person={"full_name": "Fanta Camara", "sex": "female"}),
        PersonInActivity("Aïssatou Bah", {"role": "participant", "pre_score": 40.0},
                         participant=known["uuid"], person_changes={"organisation": "Ministry of Justice"},
                         person_version=known["version"]),
    ]
    saved = save_with_participants(db, None, TRAINING, people=people)
    assert saved.changed == {"activity", "participant"}
    assert ActivityService(db).get(saved.uuid)["title"] == TRAINING["title"]
    listed = ParticipationService(db).for_activity(saved.uuid)
    assert sorted((p["full_name"], p["role"]) for p in listed) == [
        ("Aïssatou Bah", "participant"), ("Fanta Camara", "facilitator"), ("Mamadou Diallo", "participant")]
    assert ParticipantService(db).get(known["uuid"])["organisation"] == "Ministry of Justice"
    assert count(db, m.Participant) == 3

    # an update that removes one participation and changes another: nothing about people changed
    by_name = {p["full_name"]: p for p in listed}
    version = ActivityService(db).get(saved.uuid)["version"]
    again = save_with_participants(
        db, saved.uuid, {**TRAINING, "location": "Conakry"}, expected_version=version,
        people=[PersonInActivity("Mamadou Diallo", {"role": "participant", "days_attended": 1.0},
                                 participant=by_name["Mamadou Diallo"]["participant"],
                                 participation=by_name["Mamadou Diallo"]["uuid"])],
        removed=[by_name["Fanta Camara"]["uuid"]])
    assert again.uuid == saved.uuid and again.changed == {"activity"}
    listed = ParticipationService(db).for_activity(saved.uuid)
    assert sorted(p["full_name"] for p in listed) == ["Aïssatou Bah", "Mamadou Diallo"]


def test_one_bad_person_saves_nothing(db):
    before = db_hash(db)
    people = [
        PersonInActivity("Mamadou Diallo", {"role": "participant"},
                         new_person={"full_name": "Mamadou Diallo", "sex": "male"}),
        PersonInActivity("Nobody", {"role": "participant", "pre_score": 400.0},
                         new_person={"full_name": "Nobody", "sex": "female"}),
    ]
    with pytest.raises(ValidationError) as info:
        save_with_participants(db, None, TRAINING, people=people)
    assert any(p.message.startswith("Nobody: ") for p in info.value.problems)
    assert db_hash(db) == before
    assert count(db, m.Activity) == count(db, m.Participant) == count(db, m.Participation) == 0
