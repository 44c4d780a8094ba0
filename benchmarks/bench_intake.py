"""How the spreadsheet imports scale: an activity log and an attendance sheet at two sizes,
each imported into a fresh database, then the activity log again (nothing changes).

    .venv/bin/python benchmarks/bench_intake.py [--people N]

The activity log is the template (``hrdesk template``) filled with N/15 activities of 15
participants each (N = 1,500 by default, then 4 × N); the attendance sheet is a CSV of N
people, then 4 × N, added to one activity.  Every person is someone else: each row is
checked against the registry and the earlier rows of the file by the identity policy.

The goal is that an import grows with its rows: the time per row of the larger file is at
most 1.5 × that of the smaller one in the same run (the rows were compared pair by pair
before: a 7,500-person log took 278 s, 37 ms a row, and 30,000 would have taken over an
hour), and the peak memory of the larger activity log stays under 300 MiB.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GROWTH_GOAL = 1.5
PEAK_GOAL_MIB = 300
FIRST = ["Aïssatou", "Mamadou", "Fatoumata", "Ousmane", "Mariama", "Ibrahima", "Kadiatou", "Sekou",
         "Hawa", "Alpha", "Binta", "Lansana", "Nene", "Thierno", "Djenabou"]
LAST = ["Camara", "Diallo", "Bah", "Touré", "Sylla", "Keita", "Condé", "Barry", "Soumah", "Kourouma",
        "Cissé", "Traoré", "Bangoura", "Sow", "Baldé"]


def person(k: int) -> dict:
    return {"full_name": f"{FIRST[k % 15]} {LAST[(k // 15) % 15]} {k}", "sex": "F" if k % 2 else "M",
            "age_group": 18 + k % 50, "organisation": "Cour d'appel", "stakeholder_category": "Judiciary",
            "email": f"p{k}@exemple.gn", "phone": f"+224 620 {k:06d}"}


def activity_log(path: Path, people: int) -> Path:
    import openpyxl

    from hrdesk.i18n import Translator
    from hrdesk.intake.template import (
        ACTIVITY_HEADER_ROW,
        PARTICIPANT_HEADER_ROW,
        activity_columns,
        participant_columns,
        write_template,
    )
    write_template(path)
    tr = Translator("en")
    wb = openpyxl.load_workbook(path)
    ws = wb["Activities"]
    col = {c.key: i for i, c in enumerate(activity_columns(tr), start=1)}
    for n in range(people // 15):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=n % 700)
        for key, value in {"reference": f"A{n + 1}", "title": f"Training {n} on fair trial", "kind": "Training",
                           "status": "Completed", "start_date": day, "end_date": day + dt.timedelta(days=2),
                           "country": "Guinea", "location": "Conakry", "sdg_targets": "16.3; 5.2",
                           "training_hours": 12}.items():
            ws.cell(row=ACTIVITY_HEADER_ROW + 1 + n, column=col[key], value=value)
    ws = wb["Participants"]
    col = {c.key: i for i, c in enumerate(participant_columns(tr), start=1)}
    for k in range(people // 15 * 15):
        for key, value in {"activity_ref": f"A{k // 15 + 1}", **person(k)}.items():
            ws.cell(row=PARTICIPANT_HEADER_ROW + 1 + k, column=col[key], value=value)
    wb.save(path)
    return path


def attendance(path: Path, people: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Full name", "Sex", "Organisation", "Stakeholder group", "Email", "Phone"])
        for k in range(people):
            p = person(k)
            w.writerow([p["full_name"], p["sex"], p["organisation"], "Government", p["email"], p["phone"]])
    return path


def fresh_db(path: Path):
    from hrdesk.services import offices
    from hrdesk.storage.database import Database
    db = Database.open(path)
    offices.configure(db, {"code": "GN", "name": "OHCHR Guinea", "kind": "country_office", "country": "GIN"},
                      "Bench")
    return db


def phase(kind: str, people: int, work: Path) -> dict:
    """One import in this (child) process: seconds, and the process's peak memory."""
    from hrdesk.intake.activities import ActivityLogImport
    from hrdesk.intake.attendance import AttendanceImport
    from hrdesk.services.activities import ActivityService
    source = (activity_log(work / f"log-{people}.xlsx", people) if kind == "log"
              else attendance(work / f"attendance-{people}.csv", people))
    db = fresh_db(work / f"{kind}-{people}.sqlite")
    result: dict = {}
    try:
        if kind == "log":
            start = time.perf_counter()
            done = ActivityLogImport(db, source).commit()
            result["seconds"] = time.perf_counter() - start
            result["rows"] = len(done.people)
            start = time.perf_counter()
            again = ActivityLogImport(db, source).commit()
            result["again_seconds"] = time.perf_counter() - start
            assert again.participations_added == 0 and again.participants_created == 0
        else:
            activity = ActivityService(db).create({"title": "Campaign", "kind": "workshop",
                                                   "start_date": dt.date(2024, 6, 10), "country": "GIN"})
            start = time.perf_counter()
            done = AttendanceImport(db, source).commit(activity["uuid"])
            result["seconds"] = time.perf_counter() - start
            result["rows"] = done.participations
    finally:
        db.close()
    result["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def run(kind: str, people: int, work: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--phase", kind, "--people", str(people), "--work", str(work)],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{kind} of {people} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1500, help="people of the smaller files")
    parser.add_argument("--phase", choices=("log", "attendance"), help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, args.people, Path(args.work))))
        return 0
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for kind, label in (("log", "activity log"), ("attendance", "attendance sheet")):
            small, large = run(kind, args.people, Path(tmp)), run(kind, 4 * args.people, Path(tmp))
            assert small["rows"] == args.people // 15 * 15 if kind == "log" else small["rows"] == args.people
            per_small, per_large = small["seconds"] / small["rows"], large["seconds"] / large["rows"]
            growth = per_large / per_small
            ok = ok and growth <= GROWTH_GOAL
            print(f"{label}: {small['rows']:,} people {small['seconds']:.1f} s ({per_small * 1000:.2f} ms a row), "
                  f"{large['rows']:,} people {large['seconds']:.1f} s ({per_large * 1000:.2f} ms a row): "
                  f"{growth:.2f}× a row (goal ≤ {GROWTH_GOAL}×); peak {large['peak_mib']:.0f} MiB")
            if kind == "log":
                ok = ok and large["peak_mib"] <= PEAK_GOAL_MIB
                print(f"  the same files again (nothing changes): {small['again_seconds']:.1f} s and "
                      f"{large['again_seconds']:.1f} s; peak memory goal ≤ {PEAK_GOAL_MIB} MiB")
    print("goals " + ("met" if ok else "NOT met"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
