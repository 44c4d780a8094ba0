"""Helpers shared by the exchange tests: template databases, sample records, snapshots."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import shutil
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from hrdesk.exchange import format as F
from hrdesk.exchange import rows as R
from hrdesk.services import offices
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.services.recommendations import RecommendationService
from hrdesk.storage.database import Database

OFFICE_VALUES = {
    "GN": {"code": "GN", "name": "OHCHR Country Office in Guinea", "kind": "country_office", "country": "GIN"},
    "SL": {"code": "SL", "name": "Human rights adviser, Sierra Leone", "kind": "human_rights_adviser",
           "country": "SLE"},
    "RO": {"code": "RO", "name": "Regional office for West Africa", "kind": "regional_office", "country": "SEN"},
}
_TEMPLATES: dict[str, Path] = {}
SERVER = None          # the PostgreSQL test cluster while a test runs on PostgreSQL (conftest)
_SERVER_TEMPLATES: set[tuple[int, str]] = set()
_numbers = itertools.count(1)


def new_db(folder: Path, code: str, name: str = "") -> Database:
    """A database configured for office ``code``, copied from a cached template (fast); on the
    PostgreSQL test cluster when the test runs on PostgreSQL."""
    if SERVER is not None:
        template = f"office_{code.lower()}"
        if (id(SERVER), code) not in _SERVER_TEMPLATES:
            SERVER.create_database(template, template="hrdesk_template")
            with Database.open(SERVER.url(template)) as db:
                offices.configure(db, OFFICE_VALUES[code], f"User {code}")
            _SERVER_TEMPLATES.add((id(SERVER), code))
        return Database.open(SERVER.create_database(f"{code.lower()}_{next(_numbers)}", template=template))
    template = _TEMPLATES.get(code)
    if template is None or not template.exists():
        template = folder / f"template-{code}.sqlite"
        with Database.open(template) as db:
            offices.configure(db, OFFICE_VALUES[code], f"User {code}")
        _TEMPLATES[code] = template
    path = folder / (name or f"{code}.sqlite")
    shutil.copyfile(template, path)
    return Database.open(path)


SAMPLE_NAMES = ("Aïssatou Diallo", "Mamadou Camara", "Kadiatou Bah")
SAMPLE_EMAILS = ("aissatou.diallo@example.org", "m.camara@example.org", "kbah@example.net")
SAMPLE_PHONES = ("+224 622 11 22 33", "+224 655 44 55 66", "+224 666 77 88 99")
SAMPLE_NOTES = ("Prefers contact via the NHRI", "Asked not to be photographed", "Interpreter needed")


def fill_sample(db: Database) -> dict[str, Any]:
    """A small realistic data set touching every sheet and link; returns the created records."""
    rec = RecommendationService(db).create({
        "mechanism": "upr", "country": "GIN", "symbol": "A/HRC/49/7", "paragraph": "115.3",
        "text": "=HYPERLINK(\"http://evil.example\",\"Ratify the Convention\")",
        "sdg_targets": ["16.3", "5.2"], "themes": ["Justice; fair trial", "Women's rights"]})
    act = ActivityService(db).create({
        "title": "Training of judicial police officers", "kind": "training", "status": "completed",
        "start_date": dt.date(2024, 3, 4), "end_date": dt.date(2024, 3, 6), "country": "GIN",
        "location": "Kankan", "countries_covered": ["SLE", "LBR"], "narrative": "Three days.\nWith tests.",
        "themes": ["Torture prevention"], "partners": ["@Ministry of Justice", "+Bar association"],
        "sdg_targets": ["16.3", "16.10"], "mechanisms": ["upr", "cat"], "recommendations": [rec["uuid"]],
        "reach_women": 7, "reach_men": 5, "reach_total": 12,
        "reach_by_age": {("women", "25_34"): 4, ("women", "35_49"): 3, ("men", "25_34"): 5},
        "training_hours": 18.5, "pre_post_test": True, "methodology": "-interactive"})
    camp = ActivityService(db).create({
        "title": "-Radio campaign", "kind": "advocacy_campaign", "start_date": dt.date(2024, 5, 1),
        "country": "GIN", "reach_total": 25000})
    people = []
    for i, (name, email, phone, note) in enumerate(zip(SAMPLE_NAMES, SAMPLE_EMAILS, SAMPLE_PHONES,
                                                       SAMPLE_NOTES, strict=True)):
        p = ParticipantService(db).create({
            "full_name": name, "sex": ("female", "male", "female")[i], "birth_year": 1980 + i,
            "organisation": "Police nationale", "stakeholder_category": "law_enforcement", "country": "GIN",
            "email": email, "phone": phone, "notes": note, "consent_date": dt.date(2024, 3, 4)})
        people.append(p)
        ParticipationService(db).create({"activity": act["uuid"], "participant": p["uuid"],
                                         "role": "participant", "days_attended": 3.0,
                                         "pre_score": 40.0 + i, "post_score": 75.5 + i})
    return {"recommendation": rec, "activity": act, "campaign": camp, "people": people}


def snapshot(db: Database, *, privacy: str = "full") -> dict[str, dict[str, Any]]:
    """Every record of every sheet keyed by uuid (offices by code), without local-only
    columns (ids, created_at, source_file)."""
    result: dict[str, dict[str, Any]] = {}
    with db.engine.connect() as conn:
        for sheet in F.SHEETS:
            cols = {c.field for c in sheet.columns_for(privacy) if c.field}
            records = {}
            for chunk in R.iter_chunks(conn, sheet):
                for rec in chunk:
                    rec = {k: v for k, v in rec.items() if k in cols or k in (
                        "uuid", "origin_office", "updated_at", "version", "deleted")}
                    rec = {k: float(format(v, ".15g")) if isinstance(v, float) else v  # spreadsheet precision
                           for k, v in rec.items()}
                    if sheet is F.OFFICES:
                        rec = {k: rec[k] for k in ("code", "name", "kind", "country", "region")}
                        records[rec["code"]] = rec
                    else:
                        records[rec["uuid"]] = rec
            result[sheet.name] = records
    return result


def db_hash(db: Database) -> str:
    """SHA-256 of a full SQL dump of the database (content, not file layout)."""
    conn = sqlite3.connect(str(db.path))
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def xml_text(path: Path) -> str:
    """All parts of a workbook, concatenated (XML unescaped is not needed: names are plain)."""
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
