"""People read from attendance sheets and activity logs, checked against the people, sex and
year counts in the database: what "M" means in a sex column, ages read on the activity's date,
years of birth worked out from ages, and phone cells holding two numbers."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.identity import DIFFERENT, LIKELY, SAME, compare, phones_match
from hrdesk.intake.activities import ActivityLogImport
from hrdesk.intake.attendance import AttendanceImport, import_attendance
from hrdesk.services.activities import ActivityService
from hrdesk.storage import models as m


def new_activity(db, day=dt.date(2024, 6, 10), title="Taller"):
    return ActivityService(db).create({"title": title, "kind": "training", "start_date": day,
                                       "country": "GIN"})["uuid"]


@pytest.fixture
def activity(db):
    return new_activity(db)


def people(db) -> list[m.Participant]:
    with db.read_session() as s:
        return list(s.scalars(select(m.Participant).where(m.Participant.deleted_at.is_(None))
                              .order_by(m.Participant.id)))


def by_sex(db) -> dict[str, int]:
    with db.read_session() as s:
        return dict(s.execute(select(m.Participant.sex, func.count()).group_by(m.Participant.sex)).all())


def participations(db) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(m.Participation))


def write_csv(path: Path, rows: list[list]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


# -- 1. what "M" means in a sex column --------------------------------------------------------

def test_the_legend_h_m_makes_m_mujer_even_when_every_row_is_m(db, activity, tmp_path):
    path = write_csv(tmp_path / "mujeres.csv", [["Nombre y apellido", "Sexo (H/M)", "Edad", "Institución"],
                                                ["María López", "M", 30, "ONG"], ["Ana Pérez", "M", 30, "ONG"],
                                                ["Lucía Gómez", "M", 30, "ONG"]])
    import_attendance(db, path, activity)
    assert len(people(db)) == 3 and participations(db) == 3
    assert by_sex(db) == {"female": 3}


@pytest.mark.parametrize(("header", "cells", "expected"), [
    ("Sexo (M/H)", ["M", "M", "H"], {"female": 2, "male": 1}),
    ("Sexe (F/M)", ["M", "F", "M"], {"female": 1, "male": 2}),
    ("Sex (M/F)", ["M", "M", "M"], {"male": 3}),
    ("Sexo (Mujer/Hombre)", ["M", "M", "H"], {"female": 2, "male": 1}),
    ("Sexe (Femme/Homme)", ["M", "F", "H"], {"female": 1, "male": 2}),
    ("Sexo (H/M)", ["M", "F", "H"], {"female": 2, "male": 1}),
    ("Sexo", ["M", "H", "M"], {"female": 2, "male": 1}),         # Spanish, no legend, an H present
    ("Sexe", ["M", "H", "F"], {"female": 1, "male": 2}),         # French: M is Masculin
])
def test_the_legend_or_the_language_of_the_header_says_what_m_means(db, activity, tmp_path, header, cells,
                                                                      expected):
    rows = [["Nombre y apellido", header]] + [[f"Persona {i} Prueba", c] for i, c in enumerate(cells)]
    import_attendance(db, write_csv(tmp_path / "l.csv", rows), activity)
    assert len(people(db)) == 3 and by_sex(db) == expected


def test_f_h_and_m_in_a_spanish_column_without_legend_is_asked_never_guessed(db, activity, tmp_path):
    path = write_csv(tmp_path / "mix.csv", [["Nombre y apellido", "Sexo", "Institución"],
                                            ["María López", "M", "ONG"], ["Juan Pérez", "H", "ONG"],
                                            ["Lucía Gómez", "F", "ONG"], ["Rosa Díaz", "m", "ONG"]])
    problems = AttendanceImport(db, path, activity_uuid=activity).preview().all_problems
    assert [(p.row, p.column) for p in problems] == [(2, "B (Sexo)"), (5, "B (Sexo)")]
    assert all("'M' mean female" in p.message or "'m' mean female" in p.message for p in problems)
    with pytest.raises(ValidationError):
        import_attendance(db, path, activity)
    assert people(db) == [] and participations(db) == 0


def activity_log(path: Path, people_header: list, people_rows: list[list],
                 start=dt.date(2019, 3, 4)) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Activities"
    ws.append(["Reference", "Title", "Kind", "Status", "Start date", "Country"])
    ws.append(["A1", "Formation des jeunes leaders", "Training", "Completed", start, "Guinea"])
    ws.append(["A2", "Taller de seguimiento", "Training", "Completed", dt.date(2023, 11, 20), "Guinea"])
    w2 = wb.create_sheet("Participants")
    w2.append(people_header)
    for row in people_rows:
        w2.append(row)
    wb.save(path)
    return path


def test_the_activity_log_reads_m_as_the_legend_says(db, tmp_path):
    path = activity_log(tmp_path / "log.xlsx", ["Activity reference", "Nombre y apellido", "Sexo (H/M)"],
                        [["A1", "María López", "M"], ["A1", "Ana Pérez", "M"], ["A2", "Juan Pérez", "H"]])
    ActivityLogImport(db, path).commit()
    assert len(people(db)) == 3 and participations(db) == 3
    assert by_sex(db) == {"female": 2, "male": 1}


def test_the_activity_log_asks_what_m_means_when_f_h_and_m_appear(db, tmp_path):
    path = activity_log(tmp_path / "log.xlsx", ["Activity reference", "Nombre y apellido", "Sexo"],
                        [["A1", "María López", "M"], ["A1", "Lucía Gómez", "F"], ["A2", "Juan Pérez", "H"]])
    with pytest.raises(ValidationError) as err:
        ActivityLogImport(db, path).commit()
    assert [(p.row, p.column) for p in err.value.problems] == [(2, "C (Sexo)")]
    assert people(db) == [] and participations(db) == 0


# -- 2. the activity log reads ages on the date of each participant's activity -------------------

def test_the_activity_log_works_out_ages_and_years_on_the_activity_date(db, tmp_path):
    path = activity_log(tmp_path / "log.xlsx", ["Activity reference", "Full name", "Sex", "Date of birth", "Age"],
                        [["A1", "Kadiatou Bah", "F", dt.date(2003, 1, 15), None],   # 16 on 2019-03-04
                         ["A1", "Sekou Traoré", "M", None, 16],                     # 16 in 2019
                         ["A2", "Mariama Diallo", "F", None, 30]])                  # 30 in 2023
    ActivityLogImport(db, path).commit()
    got = {p.full_name: (p.birth_year, p.age_group) for p in people(db)}
    assert got == {"Kadiatou Bah": (2003, "under_18"), "Sekou Traoré": (2003, "under_18"),
                   "Mariama Diallo": (1993, "25_34")}
    assert by_sex(db) == {"female": 2, "male": 1} and participations(db) == 3


# -- 3. years of birth one year apart (a year worked out from an age is ±1) ----------------------

def alpha_sheet(path: Path, header: str, value, phone="+224 620 11 22 33") -> Path:
    return write_csv(path, [["Nom et prénom", "Sexe", header, "Téléphone"], ["KEÏTA Alpha", "H", value, phone]])


def test_ages_a_year_apart_at_two_activities_are_one_person(db, tmp_path):
    feb = new_activity(db, dt.date(2024, 2, 5), "Atelier février")
    sep = new_activity(db, dt.date(2024, 9, 20), "Atelier septembre")
    # born 1993-06-01: 30 on 5 February 2024 (year 1994 worked out), 31 on 20 September (1993)
    import_attendance(db, alpha_sheet(tmp_path / "feb.csv", "Âge", 30), feb)
    result = import_attendance(db, alpha_sheet(tmp_path / "sep.csv", "Âge", 31), sep)[0].result
    assert (result.created, result.matched) == (0, 1)
    assert [(p.full_name, p.birth_year) for p in people(db)] == [("KEÏTA Alpha", 1994)]
    assert participations(db) == 2 and by_sex(db) == {"male": 1}


def test_years_of_birth_two_apart_are_still_two_people(db, tmp_path):
    a1 = new_activity(db, dt.date(2024, 2, 5), "A1")
    a2 = new_activity(db, dt.date(2024, 3, 5), "A2")
    import_attendance(db, alpha_sheet(tmp_path / "a.csv", "Année de naissance", 1990), a1)
    import_attendance(db, alpha_sheet(tmp_path / "b.csv", "Année de naissance", 1992), a2)
    assert sorted(p.birth_year for p in people(db)) == [1990, 1992] and participations(db) == 2


def test_the_policy_takes_years_one_apart_as_no_evidence():
    alpha = {"full_name": "KEÏTA Alpha", "phone": "620112233"}
    assert compare({**alpha, "birth_year": 1993}, {**alpha, "birth_year": 1994}).level == SAME
    assert compare({"full_name": "Awa Diallo", "birth_year": 1990},
                   {"full_name": "DIALLO Awa", "birth_year": 1991}).level == LIKELY
    v = compare({**alpha, "birth_year": 1993}, {**alpha, "birth_year": 1995})
    assert (v.level, v.conflicts) == (LIKELY, ("other_birth_year",))
    assert compare({"full_name": "Awa Diallo", "birth_year": 1990},
                   {"full_name": "DIALLO Awa", "birth_year": 1992}).level == DIFFERENT


# -- 4. a phone cell holding two numbers ------------------------------------------------------------

def test_a_phone_cell_with_two_numbers_is_the_same_person_when_one_is_known(db, tmp_path):
    a1 = new_activity(db, dt.date(2024, 2, 5), "A1")
    a2 = new_activity(db, dt.date(2024, 3, 5), "A2")
    import_attendance(db, alpha_sheet(tmp_path / "a.csv", "Structure", "Radio Rurale", "620 11 22 33"), a1)
    result = import_attendance(db, alpha_sheet(tmp_path / "b.csv", "Structure", "Radio Rurale",
                                               "620 11 22 33 / 655 44 55 66"), a2)[0].result
    assert (result.created, result.matched) == (0, 1)
    assert len(people(db)) == 1 and participations(db) == 2 and by_sex(db) == {"male": 1}


@pytest.mark.parametrize("cell", ["655 44 55 66 / 620 11 22 33", "655445566, +224 620112233",
                                  "655445566; 620112233", "655 44 55 66 ou 620 11 22 33",
                                  "655445566 or 620112233", "655445566 y 620112233", "655445566 o 620112233"])
def test_any_number_in_common_is_the_same_phone(cell):
    v = compare({"full_name": "KEÏTA Alpha", "phone": cell}, {"full_name": "Alpha Keita", "phone": "620112233"})
    assert (v.level, v.strong) == (SAME, ("same_phone",))
    assert phones_match(cell, "+224 620 11 22 33") and phones_match("+224 620 11 22 33", cell)


def test_no_number_in_common_is_another_phone(db, tmp_path):
    v = compare({"full_name": "KEÏTA Alpha", "phone": "655445566 / 664000000"},
                {"full_name": "Alpha Keita", "phone": "620112233 / 628000000"})
    assert (v.level, v.conflicts) == (DIFFERENT, ("other_phone",))
    a1 = new_activity(db, dt.date(2024, 2, 5), "A1")
    a2 = new_activity(db, dt.date(2024, 3, 5), "A2")
    import_attendance(db, alpha_sheet(tmp_path / "a.csv", "Structure", "Radio Rurale", "620 11 22 33"), a1)
    import_attendance(db, alpha_sheet(tmp_path / "b.csv", "Structure", "Radio Rurale",
                                      "655 44 55 66 / 664 00 00 00"), a2)
    assert len(people(db)) == 2 and participations(db) == 2
