"""Property: for random rosters with repeated names and conflicting attributes, the bulk
paths (``hrdesk import-attendance``'s core and the activity-log import) never create fewer
people than the roster's distinct identities, nor fewer than the identity policy allows
(rows are joined only through strong, agreeing evidence)."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import shutil
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from hrdesk.domain.identity import compare
from hrdesk.intake.activities import ActivityLogImport
from hrdesk.intake.attendance import import_attendance
from hrdesk.services import offices
from hrdesk.services.activities import ActivityService
from hrdesk.storage import models as m
from hrdesk.storage.database import Database

NAMES = ["Awa Diallo", "DIALLO Awa", "Mamadou Bah", "Fatoumata Camara", "Ana Pérez"]
COUNTRIES = ["GIN", "SEN", "MLI"]
SEXES = {"female": "F", "male": "H"}

identity = st.fixed_dictionaries({
    "full_name": st.sampled_from(NAMES),
    "sex": st.sampled_from(list(SEXES)),
    "country": st.sampled_from(COUNTRIES),
    "birth_year": st.integers(1950, 2000),
    "has_email": st.booleans(),
    "has_phone": st.booleans(),
})
# each row: which identity, and which of its attributes the row leaves blank
row_choice = st.tuples(st.integers(0, 5), st.sets(st.sampled_from(["sex", "country", "birth_year",
                                                                    "email", "phone"])))


def roster_rows(identities: list[dict], choices: list[tuple[int, set]]) -> tuple[list[dict], int]:
    rows, used = [], set()
    for index, blank in choices:
        index %= len(identities)
        used.add(index)
        person = identities[index]
        row = {"full_name": person["full_name"], "sex": person["sex"], "country": person["country"],
               "birth_year": person["birth_year"],
               # e-mail and phone unique to the identity: two identities never share them
               "email": f"id{index}@example.org" if person["has_email"] else None,
               "phone": f"+224 62{index:07d}" if person["has_phone"] else None}
        rows.append({k: (None if k in blank else v) for k, v in row.items()})
    return rows, len(used)


def policy_components(rows: list[dict]) -> int:
    """Groups of rows the policy lets a bulk path join: linked by SAME verdicts."""
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i, j in itertools.combinations(range(len(rows)), 2):
        if compare(rows[i], rows[j]).same:
            parent[find(i)] = find(j)
    return len({find(i) for i in range(len(rows))})


def fresh_db(template: Path, folder: Path, name: str) -> Database:
    path = folder / f"{name}.sqlite"
    shutil.copyfile(template, path)
    db = Database.open(path)
    offices.configure(db, {"code": "GN", "name": "Guinea", "kind": "country_office", "country": "GIN"}, "Test")
    return db


def count_people(db: Database) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(m.Participant))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(identities=st.lists(identity, min_size=1, max_size=6),
       choices=st.lists(row_choice, min_size=1, max_size=10))
def test_bulk_paths_never_count_fewer_people_than_identities(identities, choices, _template_db,
                                                             tmp_path_factory):
    rows, distinct = roster_rows(identities, choices)
    lower = max(distinct, policy_components(rows))
    folder = tmp_path_factory.mktemp("roster")

    # the attendance sheet (non-interactive: what `hrdesk import-attendance` runs)
    sheet = folder / "roster.csv"
    with sheet.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Nom complet", "Sexe", "Pays", "Année de naissance", "Courriel", "Téléphone"])
        for r in rows:
            w.writerow([r["full_name"], SEXES.get(r["sex"], ""), r["country"] or "", r["birth_year"] or "",
                        r["email"] or "", r["phone"] or ""])
    db = fresh_db(_template_db, folder, "attendance")
    try:
        act = ActivityService(db).create({"title": "Atelier", "kind": "workshop",
                                          "start_date": dt.date(2024, 6, 10), "country": "GIN"})
        done = import_attendance(db, sheet, act["uuid"])
        created = count_people(db)
        assert created == done[0].result.created
        assert lower <= created <= len(rows)
    finally:
        db.close()

    # the activity log: each row in its own activity (a person may attend several)
    log = folder / "log.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Activities"
    ws.append(["Reference", "Title", "Type", "Start date", "Country", "Status"])
    for n in range(len(rows)):
        ws.append([f"A{n + 1}", f"Atelier {n + 1}", "Workshop", "2024-05-02", "Guinea", "Completed"])
    ps = wb.create_sheet("Participants")
    ps.append(["Activity", "Full name", "Sex", "Country", "Year of birth", "E-mail", "Phone"])
    for n, r in enumerate(rows):
        ps.append([f"A{n + 1}", r["full_name"], SEXES.get(r["sex"]), r["country"], r["birth_year"],
                   r["email"], r["phone"]])
    wb.save(log)
    db = fresh_db(_template_db, folder, "log")
    try:
        preview = ActivityLogImport(db, log).commit()
        assert lower <= count_people(db) == preview.participants_created <= len(rows)
    finally:
        db.close()
