"""Submissions of the registration form from KoboToolbox (xlsx, names or labels as headers,
group prefixes) and ODK Central (CSV): every field and score lands on the right person and
participation, re-imports are idempotent on the instance id, edits update, bad rows refuse
the whole file."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest
from sqlalchemy import func, select

from hrdesk.domain.errors import ValidationError
from hrdesk.intake.submissions import SubmissionsImport
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.storage import models as m

NAMES = ["full_name", "sex", "birth_year", "age", "disability", "organisation", "position",
         "stakeholder_category", "country", "consent", "phone", "email", "pre_score", "post_score"]
GROUP = {"full_name": "person", "sex": "person", "birth_year": "person", "age": "person",
         "disability": "person", "organisation": "work", "position": "work",
         "stakeholder_category": "work", "country": "work", "consent": "contact", "phone": "contact",
         "email": "contact", "pre_score": "pre_test", "post_score": "post_test"}
LABELS = {"full_name": "Full name", "sex": "Sex", "birth_year": "Year of birth", "age": "Age in years",
          "disability": "Do you have a disability?", "organisation": "Organisation", "position": "Position",
          "stakeholder_category": "Stakeholder category", "country": "Country",
          "consent": "Do you agree that the office keeps your phone number and e-mail to contact you "
                     "about this activity and follow-up?", "phone": "Phone", "email": "E-mail",
          "pre_score": "pre_score", "post_score": "post_score"}
VALUE_LABELS = {"female": "Female", "male": "Male", "no": "No", "yes": "Yes", "undisclosed": "Undisclosed",
                "civil_society": "Civil society", "government": "Government", "GIN": "Guinea", "MLI": "Mali"}


@pytest.fixture
def activity(db):
    return ActivityService(db).create({"title": "Formation enquêtes", "kind": "training",
                                       "start_date": dt.date(2024, 6, 10), "country": "GIN"})


def _submission(i: int, **changes) -> dict:
    values = {"full_name": f"Aïssatou Diallo {i}", "sex": "female" if i % 2 else "male",
              "birth_year": 1980 + i, "age": None, "disability": "no", "organisation": f"Association {i}",
              "position": "Chargée de programme", "stakeholder_category": "civil_society",
              "country": "GIN", "consent": "yes", "phone": f"+224 620 00 00 {i:02d}",
              "email": f"person{i}@example.org", "pre_score": 40 + i, "post_score": 70 + i,
              "uuid": f"0b1c2d3e-0000-4000-8000-{i:012d}"}
    if i == 2:   # an age instead of a year of birth, no consent: no contact details kept
        values.update(birth_year=None, age=30, consent="no", phone=None, email=None)
    values.update(changes)
    return values


def _kobo(path, activity_uuid, subs, *, labels=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Formation enquêtes"
    head = ["start", "end", "hrdesk_activity", "hrdesk_form_version"]
    head += [LABELS[n] if labels else f"{GROUP[n]}/{n}" for n in NAMES]
    head += ["_id", "_uuid", "_submission_time", "_validation_status", "_index"]
    ws.append(head)
    for i, s in enumerate(subs, 1):
        values = [VALUE_LABELS.get(s[n], s[n]) if labels and isinstance(s[n], str) else s[n] for n in NAMES]
        ws.append(["2024-06-10T09:00:00", "2024-06-10T09:05:00", activity_uuid, "202406100900",
                   *values, 1000 + i, s["uuid"], "2024-06-10T09:06:00", None, i])
    wb.save(path)
    return path


def _central(path, activity_uuid, subs):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["SubmissionDate", "start", "hrdesk_activity", "hrdesk_form_version",
                    *[f"{GROUP[n]}-{n}" for n in NAMES], "meta-instanceID", "KEY", "SubmitterID",
                    "ReviewState"])
        for s in subs:
            w.writerow(["2024-06-10T09:06:00.000Z", "2024-06-10T09:00:00.000+00:00", activity_uuid,
                        "202406100900", *["" if s[n] is None else s[n] for n in NAMES],
                        "uuid:" + s["uuid"], "uuid:" + s["uuid"], "5", ""])
    return path


def _people(db):
    with db.read_session() as s:
        rows = s.execute(select(m.Participant, m.Participation).join(
            m.Participation, m.Participation.participant_id == m.Participant.id)).all()
        return {p.full_name: (p, q) for p, q in rows}


def _count(db, model):
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(model))


def _check_people(db, n):
    people = _people(db)
    assert len(people) == n
    p, q = people["Aïssatou Diallo 1"]
    assert (p.sex, p.birth_year, p.age_group, p.disability) == ("female", 1981, "35_49", "no")
    assert (p.organisation, p.position, p.stakeholder_category, p.country) == (
        "Association 1", "Chargée de programme", "civil_society", "GIN")
    assert (p.phone, p.email, p.consent_date) == ("+224 620 00 00 01", "person1@example.org", dt.date(2024, 6, 10))
    assert (q.pre_score, q.post_score, q.role) == (41, 71, "participant")
    p, q = people["Aïssatou Diallo 2"]
    assert (p.sex, p.birth_year, p.age_group) == ("male", 1994, "25_34")
    assert (p.phone, p.email, p.consent_date) == (None, None, None)
    assert (q.pre_score, q.post_score) == (42, 72)


@pytest.mark.parametrize("shape", ["kobo-names", "kobo-labels", "central"])
def test_export_imports_every_field_then_reimport_and_later_export(db, activity, tmp_path, shape):
    uuid = activity["uuid"]
    first = [_submission(i) for i in range(1, 4)]
    later = [*first, *[_submission(i) for i in range(4, 9)]]
    later[0] = _submission(1, post_score=85, position="Coordinatrice")     # edited on the server

    def export(name, subs):
        if shape == "central":
            return _central(tmp_path / f"{name}.csv", uuid, subs)
        return _kobo(tmp_path / f"{name}.xlsx", uuid, subs, labels=shape == "kobo-labels")

    job = SubmissionsImport(db, export("first", first))           # the activity from the hidden field
    preview = job.preview()
    assert not preview.all_problems and preview.activity_uuid == uuid
    result = job.commit()
    assert (result.added, result.updated, result.created) == (3, 0, 3)
    _check_people(db, 3)
    # the same export again: nothing changes
    again = SubmissionsImport(db, export("first", first)).commit()
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert (_count(db, m.Participant), _count(db, m.Participation)) == (3, 3)
    # a later export: 5 more submissions and 1 edited
    preview = SubmissionsImport(db, export("later", later)).preview()
    assert [s.status for s in preview.submissions] == ["edited", "unchanged", "unchanged", *["new"] * 5]
    result = SubmissionsImport(db, export("later", later), activity_uuid=uuid).commit()
    assert (result.added, result.updated, result.unchanged) == (5, 1, 2)
    people = _people(db)
    assert len(people) == 8
    p, q = people["Aïssatou Diallo 1"]
    assert (p.position, q.post_score, q.pre_score) == ("Coordinatrice", 85, 41)
    assert people["Aïssatou Diallo 8"][1].pre_score == 48
    assert SubmissionsImport(db, export("later", later)).commit().unchanged == 8


def test_bad_row_refuses_the_whole_file(db, activity, tmp_path):
    subs = [_submission(i) for i in range(1, 5)]
    subs[2] = _submission(3, sex="perhaps", pre_score=140)
    path = _kobo(tmp_path / "bad.xlsx", activity["uuid"], subs)
    with pytest.raises(ValidationError) as info:
        SubmissionsImport(db, path).commit()
    text = "\n".join(str(p) for p in info.value.problems)
    assert "row 4, F (person/sex): 'perhaps'" in text and "row 4, Q (pre_test/pre_score): Must be at most 100" in text
    assert {p.row for p in info.value.problems} == {4}
    assert (_count(db, m.Participant), _count(db, m.Participation), _count(db, m.ImportedRow)) == (0, 0, 0)


def test_a_registered_person_is_matched_and_likely_duplicates_are_listed_not_merged(db, activity, tmp_path):
    known = ParticipantService(db).create({"full_name": "Aïssatou Diallo 1", "sex": "female",
                                          "email": "person1@example.org"})
    ParticipantService(db).create({"full_name": "Aïssatou Diallo 3", "sex": "female",
                                   "organisation": "Autre association"})
    subs = [_submission(1), _submission(3, email=None, phone=None)]
    job = SubmissionsImport(db, _kobo(tmp_path / "k.xlsx", activity["uuid"], subs))
    preview = job.preview()
    assert preview.submissions[0].row.suggestion.uuid == known["uuid"]           # same e-mail: matched
    assert preview.submissions[1].row.likely_duplicate                           # name only: listed
    result = job.commit()
    assert (result.matched, result.created, len(result.likely)) == (1, 1, 1)
    assert _count(db, m.Participant) == 3


def test_file_without_activity_or_for_another_activity_is_refused(db, activity, tmp_path):
    other = ActivityService(db).create({"title": "Other", "kind": "workshop",
                                        "start_date": dt.date(2024, 7, 1), "country": "GIN"})
    path = _kobo(tmp_path / "k.xlsx", activity["uuid"], [_submission(1)])
    with pytest.raises(ValidationError, match="another activity"):
        SubmissionsImport(db, path, activity_uuid=other["uuid"]).commit()
    wb = openpyxl.load_workbook(path)
    wb.active.delete_cols(3)
    wb.save(path)
    with pytest.raises(ValidationError, match="which activity"):
        SubmissionsImport(db, path).commit()
    assert SubmissionsImport(db, path, activity_uuid=other["uuid"]).commit().added == 1


def test_dry_run_keeps_nothing(db, activity, tmp_path):
    path = _central(tmp_path / "c.csv", activity["uuid"], [_submission(1), _submission(2)])
    result = SubmissionsImport(db, path).commit(dry_run=True)
    assert result.added == 2
    assert (_count(db, m.Participant), _count(db, m.ImportedRow)) == (0, 0)


def test_cli_writes_the_form_and_imports_the_export(db, db_path, activity, tmp_path, capsys):
    from pyxform.xls2xform import convert

    from hrdesk.cli import main

    code = main(["xlsform", activity["uuid"][:8], "--out", str(tmp_path / "form"), "--lang", "fr",
                 "--tests", "4", "--answers", "ABCD", "--db", str(db_path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    warnings: list[str] = []
    assert activity["uuid"] in convert(str(tmp_path / "form.xlsx"), warnings=warnings).xform and not warnings
    assert main(["xlsform", activity["uuid"], "--out", str(tmp_path / "f.xlsx"), "--tests", "4",
                 "--db", str(db_path)]) == 1
    assert "answer key" in capsys.readouterr().err
    path = _central(tmp_path / "c.csv", activity["uuid"], [_submission(1), _submission(2, sex="unknown sex")])
    code = main(["import-submissions", str(path), "--db", str(db_path)])
    out, err = capsys.readouterr()
    assert code == 1 and "c.csv: c, row 3, F (person-sex): 'unknown sex'" in err and "Nothing was imported" in err
    path = _central(tmp_path / "c.csv", activity["uuid"], [_submission(1), _submission(2)])
    code = main(["import-submissions", str(path), "--dry-run", "--db", str(db_path)])
    out, err = capsys.readouterr()
    assert code == 0 and "Dry run" in out and _count(db, m.Participant) == 0
    code = main(["import-submissions", str(path), "--activity", activity["uuid"], "--db", str(db_path)])
    out, err = capsys.readouterr()
    assert code == 0 and out.startswith("2 submissions added, 0 updated") and _count(db, m.Participation) == 2


def _kobo_rows(path, head, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(head)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _live_people(db):
    with db.read_session() as s:
        return sorted((p.full_name, p.sex, p.birth_year, p.age_group) for p in s.scalars(
            select(m.Participant).where(m.Participant.deleted_at.is_(None))))


def _live(db, model):
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def _owners(db, activity_uuid):
    with db.read_session() as s:
        return sorted(s.scalars(select(m.Participant.full_name).join(
            m.Participation, m.Participation.participant_id == m.Participant.id).join(
            m.Activity, m.Activity.id == m.Participation.activity_id).where(
            m.Activity.uuid == activity_uuid, m.Participation.deleted_at.is_(None))))


KOBO_HEAD = ["hrdesk_activity", "person/full_name", "person/sex", "person/birth_year",
             "work/stakeholder_category", "contact/consent", "contact/phone", "_uuid", "_submission_time"]


def test_an_edit_never_rewrites_a_person_who_existed_before_the_import(db, activity, tmp_path):
    from hrdesk.services.participations import ParticipationService
    old = ActivityService(db).create({"title": "Ancienne formation", "kind": "training",
                                      "start_date": dt.date(2023, 5, 1), "country": "GIN"})["uuid"]
    mariama = ParticipantService(db).create({"full_name": "Mariama Bangoura", "sex": "female",
                                             "birth_year": 1988, "phone": "+224 620 55 66 77"})
    ParticipationService(db).create({"activity": old, "participant": mariama["uuid"]})
    v1 = [activity["uuid"], "Mariama Bangoura", "female", 1988, "civil_society", "yes", "620556677",
          "bbbbbbbb-0000-4000-8000-000000000001", "2024-06-10T09:06:00"]
    assert SubmissionsImport(db, _kobo_rows(tmp_path / "k1.xlsx", KOBO_HEAD, [v1])).commit().matched == 1
    # an edit that leaves her the same person changes only what does not identify her
    v2 = [*v1[:4], "government", *v1[5:]]
    result = SubmissionsImport(db, _kobo_rows(tmp_path / "k2.xlsx", KOBO_HEAD, [v2])).commit()
    assert (result.updated, result.created) == (1, 0)
    assert _owners(db, activity["uuid"]) == ["Mariama Bangoura"]
    assert _live_people(db) == [("Mariama Bangoura", "female", 1988, "35_49")]
    assert ParticipantService(db).get(mariama["uuid"])["stakeholder_category"] == "government"
    # the enumerator had registered her brother on her phone: corrected on the server
    v3 = [*v2[:1], "Sekou Bangoura", "male", 1995, *v2[4:]]
    result = SubmissionsImport(db, _kobo_rows(tmp_path / "k3.xlsx", KOBO_HEAD, [v3])).commit()
    assert (result.updated, result.created) == (1, 1)
    assert _live_people(db) == [("Mariama Bangoura", "female", 1988, "35_49"),
                                ("Sekou Bangoura", "male", 1995, "25_34")]
    assert _owners(db, old) == ["Mariama Bangoura"]
    assert _owners(db, activity["uuid"]) == ["Sekou Bangoura"]
    assert (_live(db, m.Participant), _live(db, m.Participation)) == (2, 2)


def test_an_edit_updates_the_person_the_submission_created_and_their_age_group(db, activity, tmp_path):
    v1 = [activity["uuid"], "Fanta Camara", "female", 1988, "civil_society", "no", None,
          "cccccccc-0000-4000-8000-000000000001", "2024-06-10T09:06:00"]
    assert SubmissionsImport(db, _kobo_rows(tmp_path / "k1.xlsx", KOBO_HEAD, [v1])).commit().created == 1
    v2 = [*v1[:3], 1995, *v1[4:]]
    result = SubmissionsImport(db, _kobo_rows(tmp_path / "k2.xlsx", KOBO_HEAD, [v2])).commit()
    assert (result.updated, result.created) == (1, 0)
    assert _live_people(db) == [("Fanta Camara", "female", 1995, "25_34")]
    assert (_count(db, m.Participant), _count(db, m.Participation)) == (1, 1)


def test_an_edit_with_a_new_instance_id_stays_one_submission(db, activity, tmp_path):
    uuid = activity["uuid"]
    head = ["SubmissionDate", "hrdesk_activity", "person-full_name", "person-sex", "person-birth_year",
            "work-stakeholder_category", "contact-consent", "meta-instanceID", "KEY", "Edits"]

    def central(name, rows):
        with open(tmp_path / name, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([head, *rows])
        return tmp_path / name
    key = "uuid:11111111-1111-4111-8111-111111111111"
    v1 = ["2024-06-10T09:06:00.000Z", uuid, "Fatoumata Sylla", "female", 1990, "civil_society", "no", key, key, 0]
    SubmissionsImport(db, central("e1.csv", [v1])).commit()
    v2 = [*v1[:4], 1991, *v1[5:7], "uuid:33333333-3333-4333-8333-333333333333", key, 1]
    result = SubmissionsImport(db, central("e2.csv", [v2])).commit()
    assert (result.added, result.updated, result.created) == (0, 1, 0)
    assert _live_people(db) == [("Fatoumata Sylla", "female", 1991, "25_34")]
    assert (_live(db, m.Participant), _live(db, m.Participation)) == (1, 1)
    # Kobo: edited twice before the next export; rootUuid links it, else the row is refused
    kobo = ["hrdesk_activity", "person/full_name", "person/sex", "person/birth_year", "meta/deprecatedID",
            "_uuid", "meta/rootUuid"]
    k1 = [uuid, "Mariama Bangoura", "female", 1988, None, "aaaaaaaa-0000-4000-8000-000000000001",
          "aaaaaaaa-0000-4000-8000-000000000001"]
    SubmissionsImport(db, _kobo_rows(tmp_path / "k1.xlsx", kobo, [k1])).commit()
    k3 = [uuid, "Mariama BANGOURA", "female", 1987, "uuid:aaaaaaaa-0000-4000-8000-000000000002",
          "aaaaaaaa-0000-4000-8000-000000000003", k1[6]]
    assert SubmissionsImport(db, _kobo_rows(tmp_path / "k3.xlsx", kobo, [k3])).commit().updated == 1
    assert (_live(db, m.Participant), _live(db, m.Participation)) == (2, 2)
    no_root = [r[:6] for r in ([*k1[:5], "bbbbbbbb-0000-4000-8000-000000000001"],
                               [*k3[:4], "uuid:bbbbbbbb-0000-4000-8000-000000000002",
                                "bbbbbbbb-0000-4000-8000-000000000003"])]
    SubmissionsImport(db, _kobo_rows(tmp_path / "n1.xlsx", kobo[:6], [no_root[0]])).commit()
    with pytest.raises(ValidationError, match="meta/rootUuid"):
        SubmissionsImport(db, _kobo_rows(tmp_path / "n3.xlsx", kobo[:6], [no_root[1]])).commit()
    assert (_live(db, m.Participant), _live(db, m.Participation)) == (3, 3)   # nothing added by n3


def test_reimport_never_brings_back_a_participation_removed_since(db, activity, tmp_path):
    from hrdesk.services.participations import ParticipationService
    path = _kobo(tmp_path / "k.xlsx", activity["uuid"], [_submission(1), _submission(3)])
    SubmissionsImport(db, path).commit()
    gone = _people(db)["Aïssatou Diallo 1"][1].uuid
    ParticipationService(db).delete([gone])
    result = SubmissionsImport(db, path).commit()
    assert (result.added, result.unchanged, result.removed, result.created) == (0, 1, [2], 0)
    assert "left out" in result.summary()
    assert (_live(db, m.Participant), _live(db, m.Participation)) == (2, 1)
