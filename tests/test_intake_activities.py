"""The activity-log template and ``hrdesk import-activities``: a filled template imports and
``hrdesk stats`` shows exactly its figures; French headers, labels and text dates import the
same; errors are all reported and change nothing; --dry-run changes nothing; importing twice
creates nothing; a corrected file updates in place."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from hrdesk.cli import main
from hrdesk.domain import choices as C
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.progress import Cancelled, Progress
from hrdesk.i18n import Translator
from hrdesk.intake.activities import ActivityLogImport
from hrdesk.intake.template import (
    ACTIVITY_HEADER_ROW,
    PARTICIPANT_HEADER_ROW,
    activity_columns,
    participant_columns,
    write_template,
)
from hrdesk.reference.mechanisms import MECHANISM
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.storage import models as m

ACTIVITIES = [
    {"title": "Training of judges on fair trial", "kind": "Training", "status": "Completed",
     "start_date": dt.date(2024, 3, 4), "end_date": dt.date(2024, 3, 6), "country": "Guinea",
     "location": "Conakry", "sdg_targets": "16.3; 5.2", "mechanisms": "UPR; cedaw",
     "partners": "Ministry of Justice; Bar association", "themes": "Rule of law and justice",
     "training_hours": 18, "pre_post_test": "Yes"},
    {"title": "Regional workshop on torture prevention", "kind": "workshop", "status": "completed",
     "start_date": "2024-05-14", "country": "SEN", "countries_covered": "Guinea; Mali",
     "sdg_targets": "16.a"},
    {"title": "Radio campaign on civic space", "kind": "Advocacy campaign", "status": "Ongoing",
     "start_date": dt.date(2024, 6, 1), "country": "GIN", "reach_women": 120, "reach_men": 80,
     "reach_other": 5, "reach_total": 205, "reach_localities": 3},
    {"title": "Annual report", "kind": "Publication", "status": "Planned",
     "start_date": dt.date(2024, 12, 1), "country": "Guinea"},
]
PEOPLE = [
    {"activity_ref": "A1", "full_name": "Aïssatou Camara", "sex": "Female", "age_group": 34,
     "organisation": "Cour d'appel de Conakry", "email": "a.camara@exemple.gn", "stakeholder_category": "Judiciary",
     "pre_score": 40, "post_score": 75, "days_attended": 3},
    {"activity_ref": "A1", "full_name": "Mamadou Diallo", "sex": "Male", "age_group": "50–64",
     "organisation": "Tribunal de Kankan", "phone": "+224 620 11 22 33", "stakeholder_category": "judiciary", "disability": "Yes"},
    {"activity_ref": "A1", "full_name": "Fatoumata Bah", "sex": "F", "organisation": "OGDH",
     "stakeholder_category": "CSO", "role": "Facilitator"},
    {"activity_ref": "A2", "full_name": "CAMARA Aïssatou", "sex": "Female",
     "organisation": "Cour d'appel de Conakry", "email": "A.Camara@exemple.gn", "stakeholder_category": "Judiciary"},
    {"activity_ref": "A2", "full_name": "Ousmane Touré", "sex": "Male", "organisation": "Police nationale",
     "stakeholder_category": "Police", "country": "Mali"},
]
EXPECTED = {"activities": 4, "participants": 4, "participations": 5, "reach": 205, "countries": 3,
            "by_kind": {"training": 1, "workshop": 1, "advocacy_campaign": 1, "publication": 1},
            "by_status": {"completed": 2, "ongoing": 1, "planned": 1},
            "by_sex": {"female": 2, "male": 2}, "sdg_targets": 3, "recommendations": 0}


def fill_template(path: Path, activities=ACTIVITIES, people=PEOPLE) -> Path:
    tr = Translator("en")
    wb = openpyxl.load_workbook(path)
    for ws, cols, header_row, rows, ref in (
            (wb["Activities"], activity_columns(tr), ACTIVITY_HEADER_ROW, activities, None),
            (wb["Participants"], participant_columns(tr), PARTICIPANT_HEADER_ROW, people, "activity_ref")):
        index = {c.key: i for i, c in enumerate(cols, start=1)}
        for n, row in enumerate(rows, start=header_row + 1):
            for key, value in row.items():
                ws.cell(row=n, column=index[key], value=value)
        assert ref or ws.cell(row=header_row + 1, column=1).value == "A1"
    wb.save(path)
    return path


@pytest.fixture
def template(tmp_path):
    return write_template(tmp_path / "activity-log.xlsx")


@pytest.fixture
def filled(template):
    return fill_template(template)


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def stats(capsys, db_path):
    code, out, _err = run(capsys, "stats", "--json", "--db", db_path)
    assert code == 0
    figures = json.loads(out)
    figures.pop("period")
    return figures


def counts(db):
    with db.read_session() as s:
        return {model.__name__: s.scalar(select(func.count()).select_from(model))
                for model in (m.Activity, m.Participant, m.Participation, m.ImportedRow, m.AuditEntry)}


def test_filled_template_imports_and_stats_show_its_figures(db, db_path, filled, capsys):
    code, out, err = run(capsys, "import-activities", filled, "--db", db_path)
    assert code == 0, err
    assert out.strip() == ("Activities: 4 created, 0 updated, 0 unchanged; participants: 4 created, "
                           "0 matched to people already in the registry; 5 participations added.\n"
                           "Rows matched to a person already known (in the registry or earlier in the file), "
                           "by evidence: the same e-mail (1).")
    assert stats(capsys, db_path) == EXPECTED
    with db.read_session() as s:
        a1 = s.scalar(select(m.Activity).where(m.Activity.title.like("Training%")))
        assert (a1.start_date, a1.end_date, a1.country, a1.location) == (dt.date(2024, 3, 4), dt.date(2024, 3, 6), "GIN", "Conakry")
        assert sorted(t.target for t in a1.sdg_targets) == ["16.3", "5.2"]
        assert sorted(x.mechanism for x in a1.mechanisms) == ["cedaw", "upr"]
        assert sorted(p.partner for p in a1.partners) == ["Bar association", "Ministry of Justice"]
        assert (a1.training_hours, a1.pre_post_test) == (18, True)
        a2 = s.scalar(select(m.Activity).where(m.Activity.kind == "workshop"))
        assert sorted(c.country for c in a2.countries_covered) == ["GIN", "MLI"]
        people = {p.full_name: p for p in s.scalars(select(m.Participant))}
        assert "CAMARA Aïssatou" not in people  # same person as row 4 (word order, same organisation)
        assert (people["Aïssatou Camara"].age_group, people["Mamadou Diallo"].age_group) == ("25_34", "50_64")
        assert people["Mamadou Diallo"].disability == "yes"
        assert people["Fatoumata Bah"].stakeholder_category == "civil_society"
        assert (people["Ousmane Touré"].stakeholder_category, people["Ousmane Touré"].country) == ("law_enforcement", "MLI")
        scores = s.execute(select(m.Participation.pre_score, m.Participation.post_score, m.Participation.days_attended)
                           .where(m.Participation.pre_score.is_not(None))).all()
        assert scores == [(40, 75, 3)]
        roles = dict(s.execute(select(m.Participation.role, func.count()).group_by(m.Participation.role)).all())
        assert roles == {"participant": 4, "facilitator": 1}


FRENCH_ACTIVITY_HEADERS = {  # reordered, French, with an empty column between
    "country": "Pays", "title": "Titre de l'activité", "start_date": "Date de début", "kind": "Type d'activité",
    "status": "Statut", "end_date": "Date de fin", "location": "Lieu", "sdg_targets": "Cibles ODD",
    "mechanisms": "Mécanismes", "partners": "Partenaires", "themes": "Thèmes", "countries_covered": "Pays couverts",
    "reach_women": "Femmes atteintes", "reach_men": "Hommes atteints", "reach_other": "Autres",
    "reach_total": "Total atteint", "reach_localities": "Localités atteintes", "training_hours": "Heures de formation",
    "pre_post_test": "Pré-test et post-test", "reference": "Réf.",
}
FRENCH_PEOPLE_HEADERS = {
    "full_name": "Nom et prénom", "activity_ref": "Activité", "sex": "Sexe", "age_group": "Âge",
    "organisation": "Structure", "stakeholder_category": "Catégorie", "disability": "Handicap",
    "country": "Pays", "role": "Rôle", "pre_score": "Note pré-test", "post_score": "Note post-test",
    "days_attended": "Jours de présence", "email": "Courriel", "phone": "Téléphone",
}
FRENCH_VALUES = {
    "Training": "Formation", "workshop": "Atelier", "Advocacy campaign": "Campagne de plaidoyer",
    "Publication": "Publication", "Completed": "Terminé", "completed": "Réalisée", "Ongoing": "En cours",
    "Planned": "Planifiée", "Guinea": "Guinée", "SEN": "Sénégal", "Female": "Femme", "Male": "Homme",
    "F": "F", "Yes": "Oui", "Judiciary": "Justice", "judiciary": "Magistrature", "CSO": "Société civile",
    "Police": "Gendarmerie", "Mali": "Mali", "Facilitator": "Formatrice", "50–64": "50-64",
    "Guinea; Mali": "Guinée; Mali", "UPR; cedaw": "EPU; CEDEF (CEDAW)",
}


def _french(value):
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")  # text dates
    if value == "2024-05-14":
        return "14 mai 2024"
    return FRENCH_VALUES.get(value, value) if isinstance(value, str) else value


def write_french_variant(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Activités"
    ws["A1"] = "Journal des activités 2024 — Bureau de Guinée"
    keys = list(FRENCH_ACTIVITY_HEADERS)
    for i, key in enumerate(keys):
        ws.cell(row=3, column=i + 2 + (i > 4), value=FRENCH_ACTIVITY_HEADERS[key])  # column A and one more empty
    for n, act in enumerate(ACTIVITIES):
        row = 4 + n * 2  # an empty row between activities
        values = {**act, "reference": f"A{n + 1}"}
        for i, key in enumerate(keys):
            if key in values:
                ws.cell(row=row, column=i + 2 + (i > 4), value=_french(values[key]))
    ps = wb.create_sheet("Participants")
    pkeys = list(FRENCH_PEOPLE_HEADERS)
    for i, key in enumerate(pkeys):
        ps.cell(row=1, column=i + 1, value=FRENCH_PEOPLE_HEADERS[key])
    for n, person in enumerate(PEOPLE, start=2):
        for i, key in enumerate(pkeys):
            if key in person:
                ps.cell(row=n, column=i + 1, value=_french(person[key]))
    wb.save(path)
    return path


def test_french_headers_labels_and_text_dates_import_the_same(db, db_path, tmp_path, capsys):
    path = write_french_variant(tmp_path / "journal.xlsx")
    code, out, err = run(capsys, "import-activities", path, "--db", db_path)
    assert code == 0, err
    assert "4 created" in out
    assert stats(capsys, db_path) == EXPECTED
    with db.read_session() as s:
        a2 = s.scalar(select(m.Activity).where(m.Activity.kind == "workshop"))
        assert a2.start_date == dt.date(2024, 5, 14) and a2.country == "SEN"
        a1 = s.scalar(select(m.Activity).where(m.Activity.kind == "training"))
        assert a1.end_date == dt.date(2024, 3, 6) and a1.pre_post_test is True


def test_a_file_with_several_errors_reports_each_and_changes_nothing(db, db_path, template, capsys):
    bad = [
        {**ACTIVITIES[0], "start_date": "31/02/2024"},                         # A1: impossible date
        {**ACTIVITIES[1], "kind": "Picnic", "sdg_targets": "16.3; 99.1"},      # A2: unknown kind, target
        {**ACTIVITIES[2], "reach_total": 200},                                 # A3: 120+80+5 ≠ 200
        {**ACTIVITIES[3], "title": None, "end_date": dt.date(2024, 11, 1)},    # A4: no title, end < start
    ]
    people = [*PEOPLE[:2], {"activity_ref": "A9", "full_name": "Nobody", "sex": "Femme"},
              {"activity_ref": "A1", "full_name": "Sékou Condé", "sex": "X", "age_group": "old"}]
    fill_template(template, bad, people)
    before = counts(db)
    code, out, err = run(capsys, "import-activities", template, "--db", db_path)
    assert code == 1 and out == ""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    expected = [
        "Activities, row 5, E (Start date *): '31/02/2024' is not a valid date.",
        "Activities, row 6, C (Kind of activity *): 'Picnic'",
        "Activities, row 6, O (SDG targets (separate with ;)): Unknown SDG target: 99.1",
        "Activities, row 7, X (Total reached): Women, men and other add up to 205, not to the total of 200.",
        "Activities, row 8, B (Title *): This field is required.",
        "Activities, row 8, F (End date): The end date is before the start date.",
        "Participants, row 6, A (Activity reference *): There is no activity A9 in the Activities sheet.",
        "Participants, row 7, C (Sex): 'X' is not an allowed value of 'Sex'",
        "Participants, row 7, D (Age group or age in years): 'old' is not an age group",
    ]
    for text in expected:
        assert any(text in line for line in lines), (text, lines)
    assert lines[-1] == "Nothing was imported: 9 problems to fix in the file."
    assert counts(db) == before


def test_dry_run_changes_nothing(db, db_path, filled, capsys):
    before = counts(db)
    code, out, _err = run(capsys, "import-activities", filled, "--dry-run", "--db", db_path)
    assert code == 0 and out.startswith("Dry run, nothing was changed. Activities: 4 created")
    assert counts(db) == before


def test_importing_twice_creates_nothing_new(db, db_path, filled, capsys):
    assert run(capsys, "import-activities", filled, "--db", db_path)[0] == 0
    after_first = counts(db)
    code, out, _err = run(capsys, "import-activities", filled, "--db", db_path)
    assert code == 0
    assert out.startswith("Activities: 0 created, 0 updated, 4 unchanged; participants: 0 created")
    assert "0 participations added" in out
    assert out.rstrip().endswith("by evidence: the same e-mail (1).")   # row 7, matched again
    assert counts(db) == after_first
    # a copy under another name is the same file (its identifier is inside)
    copy = filled.with_name("copy of the log.xlsx")
    shutil.copy(filled, copy)
    assert "4 unchanged" in run(capsys, "import-activities", copy, "--db", db_path)[1]
    assert counts(db) == after_first


def test_a_corrected_file_updates_in_place(db, db_path, filled, capsys):
    assert run(capsys, "import-activities", filled, "--db", db_path)[0] == 0
    with db.read_session() as s:
        uuid = s.scalar(select(m.Activity.uuid).where(m.Activity.kind == "training"))
    before = counts(db)
    wb = openpyxl.load_workbook(filled)
    wb["Activities"]["B5"] = "Training of judges on fair trial standards"   # corrected title
    wb["Activities"]["F5"] = dt.date(2024, 3, 7)                           # corrected end date
    wb["Participants"]["N4"] = 45                                          # corrected pre-test score
    wb["Participants"]["C5"] = "Female"                                    # corrected sex
    wb.save(filled)
    code, out, _err = run(capsys, "import-activities", filled, "--db", db_path)
    assert code == 0
    assert out.startswith("Activities: 0 created, 1 updated, 3 unchanged")
    after = counts(db)
    assert {k: after[k] for k in ("Activity", "Participant", "Participation", "ImportedRow")} == \
        {k: before[k] for k in ("Activity", "Participant", "Participation", "ImportedRow")}
    with db.read_session() as s:
        a1 = s.scalar(select(m.Activity).where(m.Activity.uuid == uuid))
        assert (a1.title, a1.end_date, a1.version) == ("Training of judges on fair trial standards", dt.date(2024, 3, 7), 2)
        assert s.scalar(select(m.Participant.sex).where(m.Participant.full_name == "Mamadou Diallo")) == "female"
        assert s.scalar(select(m.Participation.pre_score).where(m.Participation.post_score == 75)) == 45


def test_participants_already_in_the_registry_are_matched(db, db_path, filled, capsys):
    existing = ParticipantService(db).create({"full_name": "Diallo Mamadou", "sex": "male",
                                              "organisation": "Tribunal de Kankan", "phone": "620112233"})
    code, out, _err = run(capsys, "import-activities", filled, "--db", db_path)
    assert code == 0 and "participants: 3 created, 1 matched to people already in the registry (rows 5 of" in out
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Participant)) == 4
        person_id = s.scalar(select(m.Participant.id).where(m.Participant.uuid == existing["uuid"]))
        assert s.scalar(select(func.count()).select_from(m.Participation)
                        .where(m.Participation.participant_id == person_id)) == 1


def test_csv_with_the_activities_alone(db, tmp_path):
    path = tmp_path / "activities.csv"
    path.write_text("Ref;Status;Title;Kind;Start date;Country;Women reached;Men reached;Total reached\n"
                    ";;;;;;;;\n"
                    "A1;Completed;Campaña radial;Campaña;01/06/2024;Panamá;10;5;15\n"
                    "A2;Terminado;Taller EPU;Taller;2024-10-01;PAN;;;\n", encoding="cp1252")
    preview = ActivityLogImport(db, path).commit()
    assert (preview.count("create"), preview.problems) == (2, [])
    with db.read_session() as s:
        rows = s.execute(select(m.Activity.title, m.Activity.kind, m.Activity.country, m.Activity.reach_total)
                         .order_by(m.Activity.start_date)).all()
    assert rows == [("Campaña radial", "advocacy_campaign", "PAN", 15), ("Taller EPU", "workshop", "PAN", None)]


def test_template_has_dropdowns_lists_and_instructions(template):
    wb = openpyxl.load_workbook(template)
    assert wb.sheetnames == ["Activities", "Participants", "Instructions", "Lists"]
    ws = wb["Activities"]
    headers = [c.value for c in ws[ACTIVITY_HEADER_ROW]]
    assert headers[:5] == ["Ref.", "Title *", "Kind of activity *", "Status", "Start date *"]
    assert "Women reached" in headers and "SDG targets (separate with ;)" in headers
    assert [ws.cell(row=ACTIVITY_HEADER_ROW + n, column=1).value for n in (1, 2, 200)] == ["A1", "A2", "A200"]
    formulas = {str(dv.sqref).split(":")[0][0]: dv.formula1 for dv in ws.data_validations.dataValidation
                if dv.type == "list"}
    letter = {h: openpyxl.utils.get_column_letter(i) for i, h in enumerate(headers, start=1)}
    for header in ("Kind of activity *", "Status", "Country *", "Human rights mechanisms (separate with ;)"):
        assert formulas[letter[header][0]].startswith("='Lists'!$"), header
    lists = wb["Lists"]
    values = {c.value for row in lists.iter_rows() for c in row if c.value is not None}
    for choices in (C.ACTIVITY_KIND, C.ACTIVITY_STATUS, C.SEX, C.AGE_GROUP, C.DISABILITY,
                    C.STAKEHOLDER_CATEGORY, C.PARTICIPATION_ROLE, MECHANISM):
        assert set(choices.codes) <= values and {c.label for c in choices} <= values
    assert {"GIN", "Guinea", "16.3"} <= values
    text = " ".join(str(c.value) for row in wb["Instructions"].iter_rows() for c in row if c.value)
    assert "one row per activity" in text and "HRD-" in text


def test_libreoffice_opens_the_template_and_converts_every_sheet(template, tmp_path):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice is not installed")
    out = tmp_path / "csv"
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", str(out), str(template)], check=True, capture_output=True, timeout=90)
    files = sorted(p.name for p in out.glob("*.csv"))
    assert files == [f"activity-log-{name}.csv" for name in ("Activities", "Instructions", "Lists", "Participants")]
    activities = (out / "activity-log-Activities.csv").read_text(encoding="utf-8").splitlines()
    assert activities[0].startswith("Activities — one row per activity")
    assert activities[ACTIVITY_HEADER_ROW - 1].startswith("Ref.,Title *,Kind of activity *")
    assert activities[ACTIVITY_HEADER_ROW].startswith("A1,")
    assert "Full name *" in (out / "activity-log-Participants.csv").read_text(encoding="utf-8")
    assert "civil_society,Civil society" in (out / "activity-log-Lists.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_template_in_another_language_reads_back(db, tmp_path, lang):
    path = write_template(tmp_path / f"journal-{lang}.xlsx", lang)
    tr = Translator(lang)
    wb = openpyxl.load_workbook(path)
    assert wb.worksheets[0].cell(row=ACTIVITY_HEADER_ROW, column=2).value == activity_columns(tr)[1].header
    for ws, cols, header_row, rows in ((wb.worksheets[0], activity_columns(tr), ACTIVITY_HEADER_ROW, ACTIVITIES),
                                       (wb.worksheets[1], participant_columns(tr), PARTICIPANT_HEADER_ROW, PEOPLE)):
        index = {c.key: i for i, c in enumerate(cols, start=1)}
        for n, row in enumerate(rows, start=header_row + 1):
            for key, value in row.items():
                ws.cell(row=n, column=index[key], value=value)
    wb.save(path)
    preview = ActivityLogImport(db, path).preview()
    assert preview.problems == []
    assert (preview.count("create"), preview.participants_created, preview.participations_added) == (4, 4, 5)
    assert preview.activities[2].values["reach_total"] == 205
    assert preview.people[0].row.participant["age_group"] == "25_34"


def test_reusing_the_file_for_a_new_batch_creates_new_activities(db, db_path, filled, capsys):
    assert run(capsys, "import-activities", filled, "--db", db_path)[0] == 0
    wb = openpyxl.load_workbook(filled)
    ws = wb["Activities"]
    ws["B5"], ws["E5"], ws["F5"] = "Another training, next year", dt.date(2025, 2, 3), None  # another activity
    wb.save(filled)
    code, out, _err = run(capsys, "import-activities", filled, "--db", db_path)
    assert code == 0 and out.startswith("Activities: 1 created, 0 updated, 3 unchanged")
    with db.read_session() as s:
        titles = set(s.scalars(select(m.Activity.title)))
    assert {"Training of judges on fair trial", "Another training, next year"} <= titles


def test_a_file_imported_by_someone_else_since_it_was_checked_is_refused(db, tmp_path):
    """Two users check the same file, then both import it (at headquarters, on one server
    database): the second import is refused with a reason, never a second copy."""
    path = tmp_path / "activities.csv"
    path.write_text("Ref;Status;Title;Kind;Start date;Country\n"
                    "A1;Completed;Radio campaign;Campaign;01/06/2024;PAN\n", encoding="utf-8")
    first, second = ActivityLogImport(db, path).preview(), ActivityLogImport(db, path).preview()
    ActivityLogImport(db, path).commit(first)
    with pytest.raises(HRDeskError, match="imported by someone else"):
        ActivityLogImport(db, path).commit(second)
    with db.read_session() as s:
        assert s.scalar(select(func.count(m.Activity.id))) == 1


def test_a_cancelled_import_leaves_the_database_unchanged(db, template):
    """The import reports its progress and stops when cancelled, part-way through the
    participants: nothing of the file is kept."""
    people = [{"activity_ref": "A1", "full_name": f"Personne {i}", "sex": "Female"} for i in range(250)]
    path = fill_template(template, ACTIVITIES[:1], people)
    before = counts(db)
    seen = []

    def report(done, total, message):
        seen.append((done, total, message))
        if message == "Importing the participants…" and done >= 200:
            progress.cancel()
    progress = Progress(report)
    job = ActivityLogImport(db, path)
    preview = job.preview(progress)
    assert not preview.problems and len(preview.people) == 250
    assert ("Looking for the people already known…" in {m for _d, _t, m in seen})
    with pytest.raises(Cancelled):
        job.commit(preview, progress)
    assert (200, 251, "Importing the participants…") in seen
    assert counts(db) == before
    # not cancelled: the same preview imports whole
    ActivityLogImport(db, path).commit(preview, Progress())
    assert counts(db)["Participation"] == before["Participation"] + 250


def test_reimport_creates_no_person_for_a_row_matched_the_first_time(db, template):
    """A row matched to someone in the registry is not tracked as a person of the file; when
    the registry has gained a second record of that person since (from another office), the
    evidence is ambiguous on the re-import: the row keeps the person of its participation
    rather than creating a third record with no participation."""
    ps = ParticipantService(db)
    known = ps.create({"full_name": "Ousmane Barry", "sex": "male", "phone": "+224 620 11 22 33"})
    people = [{"activity_ref": "A1", "full_name": "Ousmane Barry", "sex": "Male", "phone": "620 11 22 33"}]
    path = fill_template(template, ACTIVITIES[:1], people)
    first = ActivityLogImport(db, path).commit()
    assert first.people[0].person_action == "matched"
    ps.create({"full_name": "BARRY Ousmane", "sex": "male", "phone": "00224620112233"})
    before = counts(db)
    again = ActivityLogImport(db, path).commit()
    assert again.participants_created == 0 and again.participations_added == 0
    after = counts(db)
    assert {k: after[k] for k in ("Participant", "Participation")} == \
        {k: before[k] for k in ("Participant", "Participation")}
    with db.read_session() as s:
        owner = s.scalar(select(m.Participant.uuid).join(m.Participation,
                                                         m.Participation.participant_id == m.Participant.id))
    assert owner == known["uuid"]


def test_reimport_never_matches_a_row_to_a_person_deleted_since(db, template):
    """The participation a row made stays, but its person was deleted since: the re-import
    does not hand the row (or the rows matched to it) to the deleted person."""
    ps = ParticipantService(db)
    known = ps.create({"full_name": "Ousmane Barry", "sex": "male", "phone": "+224 620 11 22 33"})
    people = [{"activity_ref": "A1", "full_name": "Ousmane Barry", "sex": "Male", "phone": "620 11 22 33"}]
    path = fill_template(template, ACTIVITIES[:1], people)
    ActivityLogImport(db, path).commit()
    ps.delete([known["uuid"]])
    again = ActivityLogImport(db, path).preview()
    assert again.people[0].person_uuid != known["uuid"]


def test_a_person_already_listed_is_not_listed_again_when_the_registry_holds_two_records_of_them(db, template):
    """Two records of one person in the registry (strong evidence for both: the policy names
    neither) and one of them already listed in the activity: a row for that person is that
    participant, not a third record listed a second time — on the import that finds them
    listed and on any import of the file after."""
    ps = ParticipantService(db)
    log = fill_template(template, ACTIVITIES[:1], [])
    ActivityLogImport(db, log).commit()                       # the activity, no one yet
    with db.read_session() as s:
        activity = s.scalar(select(m.Activity.uuid))
    known = ps.create({"full_name": "Ousmane Barry", "sex": "male", "phone": "+224 620 11 22 33"})
    ParticipationService(db).create({"activity": activity, "participant": known["uuid"]})   # typed in the app
    ps.create({"full_name": "BARRY Ousmane", "sex": "male", "phone": "00224620112233"})     # from another office
    people = [{"activity_ref": "A1", "full_name": "Ousmane Barry", "sex": "Male", "phone": "620 11 22 33"}]
    corrected = fill_template(template, ACTIVITIES[:1], people)
    before = counts(db)
    for _attempt in range(2):                                 # the corrected file, imported twice
        done = ActivityLogImport(db, corrected).commit()
        assert done.participants_created == 0 and done.participations_added == 0
        assert done.people[0].person_uuid == known["uuid"] and done.people[0].evidence == "same_phone"
    after = counts(db)
    assert {k: after[k] for k in ("Participant", "Participation")} == \
        {k: before[k] for k in ("Participant", "Participation")}
    assert [p["participant"] for p in ParticipationService(db).for_activity(activity)] == [known["uuid"]]
