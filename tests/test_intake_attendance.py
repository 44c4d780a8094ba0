"""Attendance-sheet import on real sign-in sheets: French with a title block (.xlsx, .ods),
one with a bad row, Spanish with split names and ages (.xlsx, old .xls), an English CSV
with names in several scripts."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from hrdesk.domain.errors import ValidationError
from hrdesk.intake.attendance import AttendanceImport
from hrdesk.intake.people import Decision
from hrdesk.intake.reading import read_sheet, sheet_names
from hrdesk.services.activities import ActivityService
from hrdesk.storage import models as m

DATA = Path(__file__).parent / "data"


@pytest.fixture
def activity(db):
    return ActivityService(db).create({"title": "Formation enquêtes", "kind": "training",
                                       "start_date": dt.date(2019, 6, 10), "country": "GIN"})


def _people(db):
    with db.read_session() as s:
        return {p.full_name: p for p in s.scalars(select(m.Participant))}


def _count(db, model):
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_french_sheet_with_title_block_maps_and_imports(db, activity):
    job = AttendanceImport(db, DATA / "liste-de-presence-conakry.xlsx")
    preview = job.preview()
    assert preview.header_row == 6
    mapped = {header: key for _letter, header, key in preview.columns}
    assert mapped == {"N°": None, "Nom et prénom(s)": "full_name", "Sexe (F/M)": "sex",
                      "Institution / Structure": "organisation", "Fonction": "position",
                      "Téléphone": "phone", "Courriel": "email", "Signature": None}
    assert len(preview.rows) == 28 and not preview.all_problems  # blank row and "Total" footer left out
    # KEÏTA Lansana appears twice with the same e-mail but another phone and organisation:
    # mixed evidence, so a likely duplicate of row 25 that is not merged unless the user says so
    dup = [r for r in preview.rows if r.has_duplicates]
    assert [(r.number, r.suggestion.action, [c.row for c in r.candidates]) for r in dup] == [(32, "new", [25])]
    assert dup[0].candidates[0].verdict.reasons == ("same_name", "same_email", "other_phone")
    result = job.commit(activity["uuid"], {32: Decision("new")})
    assert (result.created, result.participations) == (28, 28)
    people = _people(db)
    assert people["KEÏTA Élise"].sex == "female"
    assert people["KEÏTA Élise"].organisation == "Institution nationale indépendante des droits humains"
    assert people["KOUROUMA Jean-Baptiste"].sex == "male"        # "H"
    assert people["KEÏTA Aminata"].sex == "female"               # "F " with a trailing space
    assert people["DIALLO Fatoumata"].sex == "undisclosed"       # empty cell
    assert people["CONDÉ Moussa"].email == "moussa.condé@exemple.gn"
    with db.read_session() as s:
        by_sex = dict(s.execute(select(m.Participant.sex, func.count()).group_by(m.Participant.sex)).all())
    assert sum(by_sex.values()) == 28 and by_sex["undisclosed"] == 2


def test_second_import_matches_the_registry_instead_of_duplicating(db, activity):
    first = AttendanceImport(db, DATA / "liste-de-presence-conakry.xlsx").commit(activity["uuid"])
    assert _count(db, m.Participant) == 28  # row 32 is only a likely duplicate of row 25: a new person
    assert first.likely == [(32, first.likely[0][1])] and "row 25" in first.likely[0][1]
    other = ActivityService(db).create({"title": "Suivi", "kind": "workshop",
                                        "start_date": dt.date(2019, 9, 1), "country": "GIN"})
    job = AttendanceImport(db, DATA / "liste-de-presence-conakry.ods")
    preview = job.preview()
    # every row is the same person as someone in the registry: same phone (and e-mail when given)
    assert all(r.suggestion.action == "existing" and r.suggestion.uuid for r in preview.rows)
    assert all(r.candidates[0].same and r.candidates[0].in_registry for r in preview.rows)
    result = job.commit(other["uuid"])
    assert (result.created, result.matched, result.participations) == (0, 28, 28)
    assert result.evidence == {"same_phone": 28, "same_email": 18}
    assert "the same phone (28)" in result.summary()
    assert _count(db, m.Participant) == 28
    assert _count(db, m.Participation) == 28 + 28


def test_ods_reads_like_xlsx():
    a = read_sheet(DATA / "liste-de-presence-conakry.xlsx")
    b = read_sheet(DATA / "liste-de-presence-conakry.ods")
    assert sheet_names(DATA / "liste-de-presence-conakry.ods") == ["Liste de présence"]
    assert [r for r in a.rows if any(r)] == [r for r in b.rows if any(r)]


def test_bad_row_reports_problems_and_imports_nothing_until_fixed(db, activity, tmp_path):
    path = tmp_path / "liste.xlsx"
    shutil.copy(DATA / "liste-de-presence-avec-erreur.xlsx", path)
    job = AttendanceImport(db, path)
    problems = job.preview().all_problems
    where = sorted((p.row, p.column) for p in problems)
    assert where == [(19, "B (Nom et prénom(s))"), (19, "C (Sexe (F/M))"),
                     (19, "F (Téléphone)"), (19, "G (Courriel)")]
    assert "'X'" in next(p.message for p in problems if p.column.startswith("C"))
    with pytest.raises(ValidationError) as err:
        job.commit(activity["uuid"])
    assert len(err.value.problems) == 4
    assert _count(db, m.Participant) == 0 and _count(db, m.Participation) == 0
    # fix the row in the file, as the user would, and import again
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["B19"], ws["C19"], ws["F19"], ws["G19"] = "CAMARA Aïssatou", "F", "+224 620 00 00 00", "a.camara@exemple.gn"
    wb.save(path)
    job = AttendanceImport(db, path)
    assert not job.preview().all_problems
    result = job.commit(activity["uuid"], {13: Decision("new")})
    assert result.participations == 13 and _count(db, m.Participation) == 13
    assert _people(db)["CAMARA Aïssatou"].sex == "female"


def test_bad_row_can_be_skipped_explicitly(db, activity):
    job = AttendanceImport(db, DATA / "liste-de-presence-avec-erreur.xlsx")
    result = job.commit(activity["uuid"], {19: Decision("skip")})
    # 13 rows: one skipped; SOUMAH Moussa twice with the same e-mail but different phones and
    # organisations (rows 10 and 13): a likely duplicate, two people until someone decides
    assert (result.skipped, result.created, result.participations) == (1, 12, 12)
    assert [n for n, _note in result.likely] == [13]


@pytest.mark.parametrize("name", ["lista-asistencia-panama.xlsx", "lista-asistencia-panama.xls"])
def test_spanish_split_names_and_ages(db, activity, name):
    job = AttendanceImport(db, DATA / name)
    preview = job.preview()
    keys = {header: key for _l, header, key in preview.columns}
    assert keys["Nombres"] == "first_name" and keys["Apellidos"] == "last_name"
    assert keys["Edad"] == "age" and keys["¿Persona con discapacidad?"] == "disability"
    assert len(preview.rows) == 22 and not preview.all_problems
    job.commit(activity["uuid"])
    people = _people(db)
    jose = people["José Luis Rodríguez Quiñones"]
    assert (jose.sex, jose.age_group, jose.disability) == ("male", "35_49", "no")    # Hombre, 46
    assert people["Ana Sofía Peña Ibáñez"].disability == "yes"                      # Sí
    assert people["Iván Peña Quiñones"].sex == "male"                               # Masculino
    assert people["José Luis Muñoz Castaño"].age_group == "65_plus"                 # 65
    assert people["Ángela Gómez Ibáñez"].organisation == "Red de ONG de derechos humanos"
    assert _count(db, m.Participant) == 22  # two different "Julián Castaño Núñez"


def test_xls_and_xlsx_give_the_same_rows(db):
    def rows(name):
        return [r.participant for r in AttendanceImport(db, DATA / name).preview().rows]
    assert rows("lista-asistencia-panama.xls") == rows("lista-asistencia-panama.xlsx")


def test_csv_with_names_in_several_scripts(db, activity):
    job = AttendanceImport(db, DATA / "attendance-kampala.csv")
    preview = job.preview()
    assert len(preview.rows) == 15 and not preview.all_problems
    names = {r.participant["full_name"] for r in preview.rows}
    assert {"Trần Văn Minh", "Андрій Шевченко", "فاطمة الزهراء", "Nguyễn Thị Hương"} <= names
    cats = {r.participant["stakeholder_category"] for r in preview.rows}
    assert cats <= {"government", "civil_society", "nhri", "media"} and "civil_society" in cats
    decisions = {r.number: Decision("new") for r in preview.rows}
    result = job.commit(activity["uuid"], decisions)
    assert result.created == 15
    assert "فاطمة الزهراء" in _people(db)


def test_cp1252_semicolon_csv_and_adjusted_mapping(db, activity, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes("Prénom;Nom de famille;Genre;Âge;Catégorie;Pays;Remarque\r\n"
                     "Hélène;Dupré;Femme;17;Société civile;Guinée;x\r\n"
                     "Noël;Bâ;Homme;70;Gendarmerie;Sénégal;y\r\n".encode("cp1252"))
    job = AttendanceImport(db, path)
    keys = {h: k for _l, h, k in job.preview().columns}
    assert keys["Prénom"] == "first_name" and keys["Nom de famille"] == "last_name"
    assert keys["Âge"] == "age" and keys["Pays"] == "country" and keys["Remarque"] is None
    job.set_mapping({6: "position"})  # the user maps the last column by hand
    rows = job.preview().rows
    first, second = (r.participant for r in rows)
    assert (first["full_name"], first["sex"], first["age_group"]) == ("Hélène Dupré", "female", "under_18")
    assert (first["stakeholder_category"], first["country"], first["position"]) == ("civil_society", "GIN", "x")
    assert (second["age_group"], second["stakeholder_category"], second["country"]) == ("65_plus", "law_enforcement", "SEN")
    assert job.commit(activity["uuid"]).created == 2


def test_unreadable_file_gives_a_clear_error(db, tmp_path):
    from hrdesk.domain.errors import HRDeskError

    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(HRDeskError, match=r"broken\.xlsx"):
        AttendanceImport(db, bad)


def test_every_mapping_key_has_a_label():
    from hrdesk.intake.attendance import ATTENDANCE_KEYS, MAPPING_LABELS

    assert set(MAPPING_LABELS) == set(ATTENDANCE_KEYS)


def test_a_participant_recorded_twice_in_the_registry_is_not_added_again(db, tmp_path):
    """The registry holds two records of one person (the same name and phone: the policy names
    neither) and one of them is already listed in the activity: the sheet's row is suggested as
    that participant, and importing it lists nobody twice."""
    from hrdesk.services.participants import ParticipantService
    from hrdesk.services.participations import ParticipationService

    act = ActivityService(db).create({"title": "Atelier", "kind": "workshop",
                                      "start_date": dt.date(2024, 4, 8), "country": "GIN"})
    people = ParticipantService(db)
    known = people.create({"full_name": "Ousmane Barry", "sex": "male", "phone": "+224 620 11 22 33"})
    ParticipationService(db).create({"activity": act["uuid"], "participant": known["uuid"]})
    people.create({"full_name": "BARRY Ousmane", "sex": "male", "phone": "00224620112233"})
    sheet = tmp_path / "liste.csv"
    sheet.write_text("Nom;Sexe;Téléphone\nOusmane Barry;M;620 11 22 33\nAwa Diallo;F;\n", encoding="utf-8")
    job = AttendanceImport(db, sheet, activity_uuid=act["uuid"])
    row = job.preview().rows[0]
    assert len([c for c in row.candidates if c.same]) == 2
    assert row.suggestion == Decision("existing", uuid=known["uuid"]) and row.evidence == "same_phone"
    result = job.commit(act["uuid"])
    assert (result.already_listed, result.participations, result.created) == (1, 1, 1)
    listed = ParticipationService(db).for_activity(act["uuid"])
    assert sorted(p["full_name"] for p in listed) == ["Awa Diallo", "Ousmane Barry"]
