"""A small hand-made office database for the report tests (and a sanity test of it).

Guinea (own office GN) and two other offices (CO, UA) seen through exchange; 2024 holds a
training with scores and a recommendation, a campaign with aggregate reach, a workshop, a
consultation in Colombia and a training in Ukraine; 2023 and a cancelled activity lie
outside the default scope.  Names cover Latin diacritics, Cyrillic, Greek, Vietnamese and
Arabic.
"""

from __future__ import annotations

import datetime as dt

import pytest

from hrdesk.services import audit, offices
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.services.recommendations import RecommendationService
from hrdesk.storage.database import Database

D = dt.date

PEOPLE = {
    # key: (full name, sex, age group, category, organisation, country)
    "mamadou": ("Mamadou Diallo", "male", "35_49", "judiciary", "Tribunal de Kaloum", "GIN"),
    "fatoumata": ("Fatoumata Bah", "female", "25_34", "law_enforcement", "Police nationale", "GIN"),
    "elodie": ("Élodie N'Diaye", "female", "35_49", "judiciary", "Cour d'appel de Conakry", "GIN"),
    "ibrahima": ("Ibrahima Soumaré", "male", "50_64", "law_enforcement", "Gendarmerie", "GIN"),
    "aissatou": ("Aïssatou Condé", "female", "18_24", "civil_society", "Association des juristes", "GIN"),
    "huong": ("Nguyễn Thị Hương", "female", "25_34", "un_international", "UNDP", "VNM"),
    "giorgos": ("Γιώργος Παπαδόπουλος", "male", "50_64", "academia", "Πανεπιστήμιο Αθηνών", "GRC"),
    "fatima": ("فاطمة الزهراء", "female", "25_34", "civil_society", "جمعية حقوق الإنسان", "MAR"),
    "mohamed": ("محمد عبد الله", "male", "35_49", "government", "وزارة العدل", "MAR"),
    "olga": ("Ольга Иванова", "female", "35_49", "law_enforcement", "Національна поліція", "UKR"),
    "taras": ("Тарас Шевченко", "male", "25_34", "judiciary", "Верховний Суд", "UKR"),
    "maria": ("María José Gutiérrez", "female", "unknown", "hr_defender", "Colectivo de Abogados", "COL"),
    "juan": ("Juan Pablo Muñoz", "other", "18_24", "youth", "Red Juvenil", "COL"),
    "facilitator": ("Aminata Touré", "female", "50_64", "un_international", "OHCHR", "GIN"),
}


def build(db) -> dict[str, str]:
    """Fill ``db`` (configured for office GN) and return uuids by key."""
    with db.session() as s:
        co = offices.ensure_office(s, "CO", "OHCHR Country Office in Colombia", "country_office", "COL")
        ua = offices.ensure_office(s, "UA", "Human Rights Monitoring Mission in Ukraine", "peace_operation", "UKR")
        co_id, ua_id = co.id, ua.id
    gn = offices.actor(db)
    actor_co, actor_ua = audit.Actor("Bogotá", co_id), audit.Actor("Kyiv", ua_id)
    ids: dict[str, str] = {}
    people = ParticipantService(db, gn)
    for key, (name, sex, age, cat, org, country) in PEOPLE.items():
        ids[key] = people.create({"full_name": name, "sex": sex, "age_group": age, "stakeholder_category": cat,
                                  "organisation": org, "country": country, "disability": "no"})["uuid"]
    recs = RecommendationService(db, gn)
    ids["rec_upr"] = recs.create({"mechanism": "upr", "body": "Sierra Leone", "symbol": "A/HRC/43/11",
                                  "paragraph": "120.3", "country": "GIN",
                                  "text": "Train judicial and police officers on human rights."})["uuid"]
    ids["rec_cedaw"] = recs.create({"mechanism": "cedaw", "symbol": "CEDAW/C/GIN/CO/9", "paragraph": "15 (b)",
                                    "country": "GIN", "text": "End child marriage."})["uuid"]
    acts = ActivityService(db, gn)
    ids["training"] = acts.create({
        "title": "Human rights-based investigation and reporting", "kind": "training", "status": "completed",
        "start_date": D(2024, 3, 5), "end_date": D(2024, 3, 7), "country": "GIN", "location": "Conakry",
        "narrative": "The training covered the rights of suspects, custody registers and the documentation of "
                     "allegations of torture.",
        "outcome": "Participants drafted a checklist for custody visits.",
        "themes": ["Rule of law and justice", "Prevention of torture"], "sdg_targets": ["16.3", "16.a"],
        "recommendations": [ids["rec_upr"]], "training_hours": 18, "pre_post_test": True,
        "partners": ["Ministry of Justice"], "funding_source": "European Union"})["uuid"]
    ids["campaign"] = acts.create({
        "title": "Campaign against child marriage", "kind": "advocacy_campaign", "status": "completed",
        "start_date": D(2024, 6, 1), "end_date": D(2024, 6, 30), "country": "GIN",
        "narrative": "Radio programmes and community dialogues on child, early and forced marriage.",
        "reach_women": 800, "reach_men": 600, "reach_other": 53, "reach_total": 1453, "reach_localities": 23,
        "themes": ["Women's rights", "Children's rights"], "sdg_targets": ["5.3"],
        "recommendations": [ids["rec_cedaw"]]})["uuid"]
    ids["workshop"] = acts.create({
        "title": "Civic space and elections", "kind": "workshop", "status": "completed",
        "start_date": D(2024, 9, 10), "country": "GIN", "location": "Kankan",
        "themes": ["Civic space"], "sdg_targets": ["16.7", "16.10"],
        "countries_covered": ["SLE"]})["uuid"]
    ids["old"] = acts.create({
        "title": "Prison monitoring visit", "kind": "monitoring_mission", "status": "completed",
        "start_date": D(2023, 11, 20), "country": "GIN", "location": "Conakry"})["uuid"]
    ids["cancelled"] = acts.create({
        "title": "Cancelled seminar", "kind": "seminar", "status": "cancelled",
        "start_date": D(2024, 10, 2), "country": "GIN"})["uuid"]
    ids["consultation"] = ActivityService(db, actor_co).create({
        "title": "Consulta con defensores de derechos humanos", "kind": "consultation", "status": "completed",
        "start_date": D(2024, 5, 20), "country": "COL", "location": "Bogotá", "themes": ["Civic space"],
        "narrative": "Human rights defenders described the risks they face in rural areas."})["uuid"]
    ids["ukraine"] = ActivityService(db, actor_ua).create({
        "title": "Documenting violations in detention", "kind": "training", "status": "completed",
        "start_date": D(2024, 11, 12), "end_date": D(2024, 11, 13), "country": "UKR", "location": "Kyiv",
        "themes": ["Prevention of torture"], "sdg_targets": ["16.3"], "pre_post_test": True})["uuid"]

    parts = ParticipationService(db, gn)
    scores = {"mamadou": (40, 75), "fatoumata": (55, 80), "elodie": (60, 90), "ibrahima": (35, 70),
              "aissatou": (50, None), "huong": (None, 85), "fatima": (45, 65), "mohamed": (30, 60)}
    for key, (pre, post) in scores.items():
        parts.create({"activity": ids["training"], "participant": ids[key], "role": "participant",
                      "days_attended": 3 if key != "aissatou" else 2, "pre_score": pre, "post_score": post})
    parts.create({"activity": ids["training"], "participant": ids["facilitator"], "role": "facilitator",
                  "days_attended": 3})
    for key in ("mamadou", "aissatou", "giorgos", "fatima", "huong"):
        parts.create({"activity": ids["workshop"], "participant": ids[key], "role": "participant"})
    parts.create({"activity": ids["old"], "participant": ids["ibrahima"], "role": "participant"})
    parts.create({"activity": ids["cancelled"], "participant": ids["mamadou"], "role": "participant"})
    for key in ("maria", "juan"):
        parts.create({"activity": ids["consultation"], "participant": ids[key], "role": "participant"})
    for key, (pre, post) in {"olga": (50, 70), "taras": (60, 65)}.items():
        parts.create({"activity": ids["ukraine"], "participant": ids[key], "role": "participant",
                      "days_attended": 2, "pre_score": pre, "post_score": post})
    return ids


def test_sample_builds(db):
    ids = build(db)
    assert len(ids) == len(PEOPLE) + 2 + 7


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    """The sample database, built once per test module: (database, uuids by key)."""
    path = tmp_path_factory.mktemp("reports") / "office.sqlite"
    db = Database.open(path)
    offices.configure(db, {"code": "GN", "name": "OHCHR Country Office in Guinea", "kind": "country_office",
                           "country": "GIN"}, "Test User")
    ids = build(db)
    yield db, ids
    db.close()
