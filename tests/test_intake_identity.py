"""Every person counted once and exactly: the identity policy (hrdesk.domain.identity) on
every bulk path, and attendance sheets as offices keep them (two-row headers with merged
cells, split names, dates of birth, abbreviations, several sheets), each checked against
the people and sex counts in the database afterwards."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from hrdesk.cli import main
from hrdesk.domain.identity import DIFFERENT, LIKELY, SAME, compare, match_keys, phones_match
from hrdesk.domain.text import name_key
from hrdesk.intake.attendance import AttendanceImport
from hrdesk.intake.people import PersonRow, find_duplicates
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import (
    ParticipantService,
    duplicate_groups,
    registry_candidates,
    registry_candidates_of,
)
from hrdesk.storage import models as m

DATA = Path(__file__).parent / "data"


@pytest.fixture
def activity(db):
    return ActivityService(db).create({"title": "Atelier parlementaire", "kind": "workshop",
                                       "start_date": dt.date(2024, 6, 10), "country": "GIN"})


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


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


def write_xlsx(path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for cells in (merges or {}).get(name, []):
            ws.merge_cells(cells)
    wb.save(path)
    return path


# -- the policy itself --------------------------------------------------------------------------

def test_policy_levels_and_reasons():
    alpha = {"full_name": "KEÏTA Alpha", "organisation": "Radio Rurale", "phone": "+224 618 99 82 52",
             "sex": "male", "country": "GIN"}
    assert compare(alpha, {**alpha, "full_name": "Alpha Keita", "phone": "618998252"}) \
        == compare(alpha, {**alpha, "full_name": "Alpha Keita", "phone": "618998252"})
    v = compare(alpha, {**alpha, "full_name": "Alpha Keita", "phone": "618998252"})
    assert (v.level, v.reasons) == (SAME, ("same_name", "same_organisation", "same_phone"))
    v = compare(alpha, {**alpha, "phone": "+224 620 00 00 00"})          # same name + org, other phone
    assert (v.level, v.conflicts) == (DIFFERENT, ("other_phone",))
    assert compare({"full_name": "Ana Pérez", "country": "PAN"}, {"full_name": "ANA PEREZ", "country": "COL"}).level == DIFFERENT
    assert compare({"full_name": "Ana Pérez"}, {"full_name": "Pérez, Ana"}).level == LIKELY      # name alone
    v = compare({"full_name": "Ana Pérez", "organisation": "OSC"}, {"full_name": "Ana Perez", "organisation": "osc"})
    assert (v.level, v.reasons) == (LIKELY, ("same_name", "same_organisation"))
    for conflict in ({"birth_year": 1981}, {"sex": "male"}, {"email": "other@x.org"}):   # years 2 apart
        a = {"full_name": "Ana Pérez", "sex": "female", "birth_year": 1979, "email": "ana@x.org"}
        assert compare({"full_name": "Ana Pérez"}, {**a, **conflict}).level == LIKELY
        assert compare({**a, "organisation": "X"}, {**a, **conflict, "organisation": "X"}).level in (LIKELY, DIFFERENT)
    # strong evidence mixed with a conflict is never merged silently
    v = compare({"full_name": "Ana Pérez", "email": "ana@x.org", "birth_year": 1979},
                {"full_name": "Ana Pérez", "email": "ANA@x.org", "birth_year": 1990})
    assert (v.level, v.reasons) == (LIKELY, ("same_name", "same_email", "other_birth_year"))
    # a shared address with another name: likely, not the same
    assert compare({"full_name": "Ana Pérez", "email": "info@osc.org"},
                   {"full_name": "Luis Gómez", "email": "info@osc.org"}).level == LIKELY
    assert compare({"uuid": "u1", "full_name": "A"}, {"uuid": "u1", "full_name": "B"}).level == SAME
    assert compare({"pseudonym": "p9"}, {"pseudonym": "p9"}).reasons == ("same_pseudonym",)
    assert "another phone" in compare(alpha, {**alpha, "phone": "+224 620 00 00 00"}).describe()


def test_phone_numbers_compare_by_their_digits():
    assert phones_match("+224 620 00 00 00", "620000000")
    assert phones_match("00224 620-00-00-00", "+224620000000")
    assert phones_match("+44 20 7946 0000", "020 7946 0000")
    assert not phones_match("+224 620 00 00 00", "+224 620 00 00 01")
    assert not phones_match("12", "12")            # too short to identify anyone


# people built from few values, so that names, e-mails and phones (written with or without the
# country code, a trunk 0, several numbers in a cell) often coincide
_phones = st.sampled_from(["+224 620 00 00 00", "620000000", "0620 00 00 00", "00224620000000",
                           "+224 620 00 00 01", "+44 20 7946 0000", "020 7946 0000", "12",
                           "620 00 00 00 / 655 44 55 66", "655445566", "0000012", "12", None])
_people = st.fixed_dictionaries({
    "full_name": st.sampled_from(["Awa Diallo", "DIALLO Awa", "Mamadou Bah", "", None]),
    "email": st.sampled_from(["a@x.org", "A@X.org ", "b@x.org", None]),
    "phone": _phones,
    "organisation": st.sampled_from(["OGDH", "ogdh", None]),
    "country": st.sampled_from(["GIN", "SEN", None]),
    "birth_year": st.sampled_from([1980, 1981, 1990, None]),
    "sex": st.sampled_from(["female", "male", None]),
    "uuid": st.sampled_from(["u1", "u2", None]),
    "pseudonym": st.sampled_from(["p1", "p2", None]),
})


@settings(max_examples=400, deadline=None)
@given(a=_people, b=_people)
def test_people_the_policy_may_join_share_a_match_key(a, b):
    """The intake compares a row only with the rows it shares a match key with: that must
    never miss a pair the policy calls the same or likely the same person."""
    if not compare(a, b).different:
        assert match_keys(a) & match_keys(b)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(_people, min_size=1, max_size=12))
def test_duplicates_found_through_match_keys_are_those_of_every_pair(db, people):
    """find_duplicates, which compares rows sharing a match key, gives each row exactly the
    candidates and suggestion that comparing it with every earlier row gives."""
    rows = [PersonRow(n, {k: v for k, v in p.items() if k not in ("uuid", "pseudonym")}, {})
            for n, p in enumerate(people, start=2)]
    with db.read_session() as s:
        find_duplicates(s, rows)
    # every pair, the way the policy reads it
    person_of: dict[int, int] = {}
    for i, row in enumerate(rows):
        values = {k: row.participant.get(k) for k in ("full_name", "email", "phone", "organisation",
                                                       "country", "birth_year", "sex")}
        if not name_key(values["full_name"]) and not values["email"]:
            assert row.candidates == [] and row.suggestion.action == "new"
            continue
        expected = [(r.number, compare(values, r.participant)) for r in rows[:i]
                    if (name_key(r.participant.get("full_name")) or r.participant.get("email"))
                    and not compare(values, r.participant).different]
        assert [(c.row, c.verdict) for c in row.candidates] == expected
        same = {person_of.get(n, n) for n, v in expected if v.same}
        if row.suggestion.row is not None:
            assert same == {row.suggestion.row}
            person_of[row.number] = row.suggestion.row
        elif len(same) != 1:
            assert row.suggestion.action == "new"


def test_rows_sharing_no_match_key_are_never_compared(db, monkeypatch):
    """A sheet of 2,000 different people costs no pair comparisons (it cost 2 million: a
    7,500-row activity log took minutes); the two rows sharing a phone are compared."""
    import hrdesk.intake.people as intake_people
    calls = []

    def counted(a, b):
        calls.append((a.get("full_name"), b.get("full_name")))
        return compare(a, b)
    monkeypatch.setattr(intake_people, "compare", counted)
    rows = [PersonRow(n, {"full_name": f"Person {n}", "email": f"p{n}@x.org", "phone": f"+224 620 {n:06d}"}, {})
            for n in range(2, 2002)]
    rows.append(PersonRow(2002, {"full_name": "Someone Else", "phone": "620 000002"}, {}))
    with db.read_session() as s:
        find_duplicates(s, rows)
    assert calls == [("Someone Else", "Person 2")]
    assert [c.row for c in rows[-1].candidates] == [2]


def test_registry_candidates_of_many_rows_are_those_of_each_row(db):
    """The import reads the registry's people of hundreds of rows in one query: each row gets
    exactly the candidates it gets alone, across the queries' boundaries."""
    service = ParticipantService(db)
    for n in range(30):
        service.create({"full_name": f"Awa Diallo {n % 10}", "sex": "female",
                        "email": f"awa{n % 7}@x.org" if n % 3 else None,
                        "country": ["GIN", "SEN"][n % 2]})
    probes = [{"full_name": f"DIALLO Awa {n % 12}", "email": f"AWA{n % 9}@x.org" if n % 4 else None,
               "country": "GIN" if n % 5 else None, "sex": "female"} for n in range(450)]
    with db.read_session() as s:
        many = registry_candidates_of(s, probes, limit=5)
        alone = [registry_candidates(s, p, limit=5) for p in probes]
    as_uuids = [[(person.uuid, verdict) for person, verdict in row] for row in many]
    assert as_uuids == [[(person.uuid, verdict) for person, verdict in row] for row in alone]
    assert sum(map(len, as_uuids)) > 450     # most rows have candidates: the check means something


# -- activity-log import --------------------------------------------------------------------------

def activity_log(path: Path, participants: list[list]) -> Path:
    return write_xlsx(path, {
        "Activities": [["Reference", "Title", "Type", "Start date", "Country", "Status"],
                       ["A1", "Atelier", "Workshop", "2024-05-02", "Guinea", "Completed"]],
        "Participants": [["Activity", "Full name", "Sex", "Country", "Organisation", "E-mail"], *participants]})


def test_activity_log_same_name_different_countries_are_two_people(db, db_path, tmp_path, capsys):
    path = activity_log(tmp_path / "log.xlsx", [
        ["A1", "Mamadou Diallo", "M", "Guinea", None, None],
        ["A1", "DIALLO Mamadou", "M", "Senegal", None, None],    # another country: another person
        ["A1", "Awa Ndiaye", "F", None, None, None],
        ["A1", "Ndiaye Awa", "F", None, None, None],             # the name alone: likely, kept apart
        ["A1", "Ousmane Bah", "M", None, "OGDH", "o.bah@ogdh.org"],
        ["A1", "BAH Ousmane", "M", None, "OGDH", "O.Bah@ogdh.org"],  # same e-mail: the same person
    ])
    code, out, err = run(capsys, "import-activities", path, "--db", db_path)
    assert code == 1 and "listed twice for activity A1 (rows 6 and 7)" in err  # the one real repeat
    path = activity_log(tmp_path / "log2.xlsx", [
        ["A1", "Mamadou Diallo", "M", "Guinea", None, None],
        ["A1", "DIALLO Mamadou", "M", "Senegal", None, None],
        ["A1", "Awa Ndiaye", "F", None, None, None],
        ["A1", "Ndiaye Awa", "F", None, None, None],
    ])
    code, out, err = run(capsys, "import-activities", path, "--db", db_path)
    assert code == 0, err
    assert "participants: 4 created, 0 matched" in out
    assert "1 row was added as a new person although it may be someone already known" in out
    assert "row 5: likely the same person as row 4 (the same name)" in out
    assert len(people(db)) == 4 and by_sex(db) == {"male": 2, "female": 2} and participations(db) == 4
    # the likely duplicate is in the duplicate finder's queue; the two Diallos (two countries) are not
    groups = duplicate_groups(db)
    assert [sorted(p["full_name"] for p in g) for g in groups] == [["Awa Ndiaye", "Ndiaye Awa"]]


def test_activity_log_matches_the_registry_only_on_strong_evidence(db, db_path, tmp_path, capsys):
    service = ParticipantService(db)
    service.create({"full_name": "Aïssatou Camara", "sex": "female", "organisation": "Cour d'appel"})
    service.create({"full_name": "Ibrahima Sow", "sex": "male", "email": "i.sow@justice.gov.gn"})
    path = activity_log(tmp_path / "log.xlsx", [
        ["A1", "CAMARA Aïssatou", "F", None, "Cour d'appel", None],      # name + organisation: weak
        ["A1", "SOW Ibrahima", "M", None, None, "I.Sow@justice.gov.gn"],  # e-mail: strong
    ])
    code, out, err = run(capsys, "import-activities", path, "--db", db_path)
    assert code == 0, err
    assert "participants: 1 created, 1 matched to people already in the registry (rows 3 of" in out
    assert "by evidence: the same e-mail (1)" in out
    assert "row 2: likely the same person as Aïssatou Camara in the registry (the same name, the same organisation)" in out
    assert len(people(db)) == 3 and by_sex(db) == {"female": 2, "male": 1}


# -- attendance sheets --------------------------------------------------------------------------

FIRST = ["Alpha", "Mariama", "Sékou", "Fatoumata", "Ibrahima", "Aminata", "Ousmane", "Kadiatou",
         "Lansana", "Hawa", "Thierno", "Néné", "Moussa", "Aïssatou"]
LAST = ["KEÏTA", "DIALLO", "BAH", "CAMARA", "SOUMAH", "CONDÉ", "TOURÉ", "SYLLA", "BARRY", "KOUROUMA"]


def test_same_name_different_phone_is_another_person(db, activity, tmp_path, capsys, db_path):
    rows = [["N°", "Nom et prénom(s)", "Sexe (F/M)", "Institution", "Téléphone"]]
    for i in range(33):
        name = f"{LAST[i % 10]} {FIRST[i % 14]}" if i else "KEÏTA Alpha"
        if i == 20:
            name = "KEÏTA Alpha"                                   # row 22: same name and organisation
        rows.append([i + 1, name, "F" if i % 3 == 0 else "H", "Radio Rurale" if name == "KEÏTA Alpha" else
                     f"Institution {i}", f"+224 62{i:07d}"])
    rows.append([None, "Total : 33", None, None, None])
    path = write_xlsx(tmp_path / "liste.xlsx", {"Liste": rows})
    assert {r[1] for r in rows[1:34]}.__len__() < 33           # names repeat in the sheet
    code, out, err = run(capsys, "import-attendance", path, "--activity", activity["uuid"], "--db", db_path)
    assert code == 0, err
    assert len(people(db)) == 33 and participations(db) == 33
    assert by_sex(db) == {"female": 11, "male": 22}
    assert "33 participants added to the activity: 33 new in the registry, 0 matched" in out


def two_row_header_sheet() -> tuple[list[list], list[str]]:
    """The case of the issue: a title block, "Nom et prénom" merged over "Nom" | "Prénom",
    "Date de naissance", categories as abbreviations, 40 people of whom 14 share a first
    name and an institution with someone above, then totals and signatures."""
    rows = [["ATELIER DE RENFORCEMENT DES CAPACITÉS DES PARLEMENTAIRES", None, None, None, None, None, None],
            ["Conakry, 10-12 juin 2024 — Liste de présence", None, None, None, None, None, None],
            [None] * 7,
            ["N°", "Nom et prénom", None, "Sexe", "Date de naissance", "Institution", "Catégorie"],
            [None, "Nom", "Prénom", None, None, None, None]]
    categories = ["Parl.", "Gouv.", "OSC", "ONG", "Min.", "INDH", "PNUD", "Jud."]
    institutions = ["Assemblée nationale", "Ministère de la Justice", "OGDH", "Avocats sans frontières",
                    "Min. Justice", "INIDH", "PNUD", "Cour suprême"]
    for i in range(40):
        k = i % 26 if i >= 26 else i                      # rows 27–40: first name + institution of rows 1–14
        first, inst = FIRST[k % 14], institutions[k % 8]
        sex = ["F", "H", "Femme", "Homme", "Féminin", "Masculin", "f", "m"][i % 8]
        born = dt.date(1960 + i, 1 + i % 12, 1 + i % 28)
        rows.append([i + 1, LAST[(i * 3 + i // 10) % 10] + ("" if i < 20 else "-" + LAST[i % 10]), first, sex,
                     born, inst, categories[k % 8]])
    rows += [[None] * 7, [None, "Total participants : 40", None, None, None, None, None],
             [None, "Signature du facilitateur", None, None, None, "Fait à Conakry, le 12 juin 2024", None]]
    return rows, ["B4:C4", "A4:A5", "D4:D5", "E4:E5", "F4:F5", "G4:G5"]


def test_two_row_header_with_merged_cells_split_names_and_dates_of_birth(db, activity, tmp_path):
    rows, merges = two_row_header_sheet()
    path = write_xlsx(tmp_path / "presence.xlsx", {"Présence": rows}, {"Présence": merges})
    job = AttendanceImport(db, path, activity_uuid=activity["uuid"])
    preview = job.preview()
    assert preview.header_row == 4 and job.table.header_rows == 2
    keys = {header: key for _l, header, key in preview.columns}
    assert keys == {"N°": None, "Nom et prénom / Nom": "last_name", "Nom et prénom / Prénom": "first_name",
                    "Sexe": "sex", "Date de naissance": "birth_date", "Institution": "organisation",
                    "Catégorie": "stakeholder_category"}
    assert [r.number for r in preview.rows] == list(range(6, 46)) and not preview.all_problems
    assert not any(r.suggestion.action == "existing" for r in preview.rows)
    result = job.commit(activity["uuid"])
    assert (result.created, result.matched, result.participations) == (40, 0, 40)
    everyone = people(db)
    assert len(everyone) == 40 and by_sex(db) == {"female": 20, "male": 20}
    # every name complete, surname (in capitals) first
    assert all(p.full_name.split()[0].isupper() and len(p.full_name.split()) >= 2 for p in everyone)
    first = everyone[0]
    assert (first.full_name, first.birth_year, first.age_group) == ("KEÏTA Alpha", 1960, "50_64")
    # born 1999-04-04: 25 on 10 June 2024 (not the age today)
    p = next(p for p in everyone if p.birth_year == 1999)
    assert p.age_group == "25_34"
    cats = {}
    for p in everyone:
        cats[p.stakeholder_category] = cats.get(p.stakeholder_category, 0) + 1
    # Parl. ×6, Gouv. ×6 + Min. ×5, OSC ×5 + ONG ×5, INDH ×5, PNUD ×4, Jud. ×4
    assert cats == {"parliament": 6, "government": 11, "civil_society": 10, "nhri": 5,
                    "un_international": 4, "judiciary": 4}


def test_title_block_and_sub_header_row_is_found_when_the_sub_row_scores_best(db, activity, tmp_path):
    rows = [["Liste de présence", None, None, None, None],
            ["Identité", None, None, "Coordonnées", None],
            ["Nom", "Prénom", "Sexe", "Téléphone", "Courriel"],
            ["CAMARA", "Aïssatou", "F", "+224 620 00 00 01", None],
            ["BAH", "Ousmane", "H", None, "o.bah@exemple.gn"]]
    path = write_xlsx(tmp_path / "l.xlsx", {"L": rows}, {"L": ["A2:C2", "D2:E2"]})
    job = AttendanceImport(db, path)
    assert {k for _l, _h, k in job.preview().columns} == {"last_name", "first_name", "sex", "phone", "email"}
    job.commit(activity["uuid"])
    assert sorted(p.full_name for p in people(db)) == ["BAH Ousmane", "CAMARA Aïssatou"]


def test_spanish_apellidos_nombres_and_h_m_sex(db, activity, tmp_path):
    path = tmp_path / "lista.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Apellidos", "Nombres", "Sexo (H/M)", "Edad", "Institución", "Sector"])
        w.writerow(["Pérez Gómez", "Ana María", "M", "34", "Defensoría del Pueblo", "INDH"])
        w.writerow(["RODRÍGUEZ", "José", "H", "46", "Min. Relaciones Exteriores", "Gob."])
        w.writerow(["Núñez", "Luz", "Mujer", "29", "Red de ONG", "Soc. civ."])
        w.writerow(["Castaño", "Iván", "Hombre", "", "PNUD", ""])
    job = AttendanceImport(db, path, activity_uuid=activity["uuid"])
    assert not job.preview().all_problems
    job.commit(activity["uuid"])
    got = {p.full_name: (p.sex, p.age_group, p.birth_year, p.stakeholder_category) for p in people(db)}
    assert got == {"Ana María Pérez Gómez": ("female", "25_34", 1990, "nhri"),
                   "RODRÍGUEZ José": ("male", "35_49", 1978, "government"),
                   "Luz Núñez": ("female", "25_34", 1995, "civil_society"),
                   "Iván Castaño": ("male", "unknown", None, "un_international")}   # inferred from "PNUD"
    assert by_sex(db) == {"female": 2, "male": 2}


@pytest.mark.parametrize(("typed", "code"), [
    ("F", "female"), ("M", "male"), ("H", "male"), ("Femme", "female"), ("Homme", "male"),
    ("Mujer", "female"), ("Hombre", "male"), ("Féminin", "female"), ("Masculin", "male"),
    ("femenino", "female"), ("MASCULINO", "male"), ("Mme", "female"), ("Mr.", "male")])
def test_sex_in_every_common_form(db, activity, tmp_path, typed, code):
    path = write_xlsx(tmp_path / "s.xlsx", {"S": [["Nom et prénom", "Sexe"], ["DIALLO Awa", typed]]})
    AttendanceImport(db, path).commit(activity["uuid"])
    assert by_sex(db) == {code: 1}


def test_anything_not_understood_is_a_problem_of_its_cell(db, activity, tmp_path):
    rows = [["Nom", "Prénom", "Sexe", "Date de naissance", "Catégorie"],
            ["DIALLO", "Awa", "Z", "2031-01-01", "Parl."],
            ["BAH", "Ousmane", "H", "1980-02-30", "Xyz."]]
    path = write_xlsx(tmp_path / "p.xlsx", {"P": rows})
    problems = AttendanceImport(db, path, activity_uuid=activity["uuid"]).preview().all_problems
    assert sorted((p.row, p.column) for p in problems) == [
        (2, "C (Sexe)"), (2, "D (Date de naissance)"), (3, "D (Date de naissance)"), (3, "E (Catégorie)")]
    assert any("not a plausible date of birth" in p.message for p in problems)


def test_conflicting_attributes_and_the_duplicate_finder_queue(db, db_path, activity, tmp_path, capsys):
    rows = [["Nom complet", "Sexe", "Année de naissance", "Pays", "Courriel", "Téléphone"],
            ["CAMARA Aïssatou", "F", 1980, "Guinée", "a.camara@exemple.gn", None],
            ["CAMARA Aïssatou", "F", 1991, "Guinée", "a.camara@exemple.gn", None],   # same e-mail, other year
            ["CAMARA Aïssatou", "F", None, "Sénégal", None, None],                   # other country
            ["CAMARA Aïssatou", "H", None, None, None, None],                        # other sex
            ["BAH Ousmane", "H", None, None, None, "+224 620 11 22 33"],
            ["Ousmane Bah", "H", None, None, None, "620112233"],                     # same phone
            ["BAH Ousmane", "H", None, None, None, "+224 620 99 99 99"]]             # other phone
    path = write_xlsx(tmp_path / "c.xlsx", {"C": rows})
    code, out, err = run(capsys, "import-attendance", path, "--activity", activity["uuid"][:8], "--db", db_path)
    assert code == 0, err
    assert len(people(db)) == 6 and by_sex(db) == {"female": 3, "male": 3} and participations(db) == 6
    assert "by evidence: the same phone (1)" in out
    assert "row 3: likely the same person as row 2 (the same name, the same e-mail, another year of birth)" in out
    groups = [sorted((p["full_name"], p["birth_year"]) for p in g) for g in duplicate_groups(db)]
    assert groups == [[("CAMARA Aïssatou", 1980), ("CAMARA Aïssatou", 1991)]]


def test_several_sheets_map_and_dry_run(db, db_path, activity, tmp_path, capsys):
    header = ["Nom et prénom", "Genre", "Organisation", "Courriel"]
    path = write_xlsx(tmp_path / "jours.xlsx", {
        "Couverture": [["Atelier parlementaire"], ["Liste de présence sur trois jours"]],
        "Jour 1": [header, ["KEÏTA Élise", "F", "INDH", "e.keita@indh.gn"], ["BAH Ousmane", "H", "OGDH", None]],
        "Jour 2": [header, ["KEÏTA Élise", "F", "INDH", "e.keita@indh.gn"], ["SOW Awa", "F", "OGDH", None]]})
    # the cover page is passed over
    assert AttendanceImport(db, path).sheet.name == "Jour 1"
    code, out, err = run(capsys, "import-attendance", path, "--activity", activity["uuid"], "--sheet", "Jour 1",
                         "--sheet", "Jour 2", "--map", "B=none", "--dry-run", "--db", db_path)
    assert code == 0, err
    assert out.count("Dry run, nothing was changed.") == 2 and "Sheet Jour 2:" in out
    assert len(people(db)) == 0 and participations(db) == 0
    code, out, err = run(capsys, "import-attendance", path, "--activity", activity["uuid"], "--sheet", "Jour 1",
                         "--sheet", "Jour 2", "--map", "Genre=sex", "--db", db_path)
    assert code == 0, err
    # Élise on day 2 is the person of day 1 (same e-mail): 3 people, 3 participations
    assert len(people(db)) == 3 and by_sex(db) == {"female": 2, "male": 1} and participations(db) == 3
    assert "Sheet Jour 2: 1 participant added to the activity: 1 new in the registry, 1 matched" in out
    code, out, err = run(capsys, "import-attendance", path, "--activity", activity["uuid"], "--map", "Q=sex",
                         "--db", db_path)
    assert code == 1 and "There is no column 'Q' in this sheet." in err
    code, out, err = run(capsys, "import-attendance", path, "--activity", "nope-nope", "--db", db_path)
    assert code != 0 and "No activity has the identifier 'nope-nope'" in err


@pytest.mark.parametrize(("name", "rows", "people_count", "sexes"), [
    ("liste-de-presence-conakry.xlsx", 28, 28, {"female": 9, "male": 17, "undisclosed": 2}),
    ("liste-de-presence-conakry.ods", 28, 28, {"female": 9, "male": 17, "undisclosed": 2}),
    ("lista-asistencia-panama.xlsx", 22, 22, {"female": 13, "male": 9}),
    ("lista-asistencia-panama.xls", 22, 22, {"female": 13, "male": 9}),
    ("attendance-kampala.csv", 15, 15, {"female": 9, "male": 6}),
])
def test_samples_import_with_exact_counts_through_the_cli(db, db_path, activity, capsys, name, rows,
                                                          people_count, sexes):
    code, _out, err = run(capsys, "import-attendance", DATA / name, "--activity", activity["uuid"],
                         "--db", db_path)
    assert code == 0, err
    assert len(people(db)) == people_count and participations(db) == rows and by_sex(db) == sexes


def test_the_duplicate_finder_lists_a_shared_phone_under_another_name(db):
    service = ParticipantService(db)
    a = service.create({"full_name": "Awa Diallo", "sex": "female", "phone": "+224 620 11 22 33"})
    b = service.create({"full_name": "Aoua Diallo", "sex": "female", "phone": "620 11 22 33"})
    service.create({"full_name": "Mariam Sow", "sex": "female", "phone": "+224 620 99 22 33"})
    assert [sorted(p["uuid"] for p in g) for g in duplicate_groups(db)] == [sorted([a["uuid"], b["uuid"]])]


def test_day_sheets_of_one_activity_never_count_a_person_twice(tmp_path, capsys):
    """Two sheets (days) with the same people and no phone or e-mail: refused with the rows to
    decide, nothing imported; with --days each person is listed once."""
    from hrdesk.services.participations import ParticipationService
    from hrdesk.storage.database import Database

    cli = main
    db_path = tmp_path / "office.sqlite"
    assert cli(["init", "--db", str(db_path), "--office-code", "GN", "--office-name", "Guinea",
                "--country", "GIN", "--user", "Test"]) == 0
    with Database.open(db_path) as db:
        act = ActivityService(db).create({"title": "Atelier", "kind": "workshop",
                                          "start_date": dt.date(2024, 4, 8), "country": "GIN"})["uuid"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Jour 1"
    rows = [["Nom et prénom", "Sexe", "Structure"], ["Aïssatou Camara", "F", "OPROGEM"],
            ["Mamadou Diallo", "H", "Min. Justice"]]
    for r in rows:
        ws.append(r)
    day2 = wb.create_sheet("Jour 2")
    for r in rows:
        day2.append(r)
    path = tmp_path / "days.xlsx"
    wb.save(path)
    args = ["import-attendance", str(path), "--activity", act, "--sheet", "Jour 1", "--sheet", "Jour 2",
            "--db", str(db_path)]
    assert cli(args) == 1
    err = capsys.readouterr().err
    assert "already listed in this activity" in err and "--days" in err
    with Database.open(db_path) as db:
        assert ParticipationService(db).for_activity(act) == []
    assert cli([*args, "--days"]) == 0
    with Database.open(db_path) as db:
        listed = ParticipationService(db).for_activity(act)
        assert len(listed) == 2
        with db.read_session() as s:
            assert s.query(m.Participant).count() == 2
