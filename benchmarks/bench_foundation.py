"""Foundation benchmark: ``hrdesk demo --scale large`` then ``hrdesk stats`` (real processes),
then the list queries the UI runs, on 10,000 activities / 100,000 people / 250,000 participations.

    .venv/bin/python benchmarks/bench_foundation.py [--keep PATH] [--repeat N]

Prints wall-clock and CPU time of each command (CPU time is what to compare on a busy
machine) and the best of N runs of each list query.  Targets: demo + stats well under a
minute; each list page (first page, text search) under 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run_command(*args: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one ``hrdesk`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "hrdesk", *args], capture_output=True, text=True,
                            cwd=ROOT, env={**os.environ, "HRDESK_DATA_DIR": str(Path(args[-1]).parent)}
                            if "--db" in args else None)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"hrdesk {' '.join(args)} failed:\n{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def best_of(repeat: int, fn) -> tuple[float, object]:
    result = fn()  # warm the page cache and SQLite's statement cache
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def list_queries(path: Path, repeat: int) -> list[tuple[str, float, int]]:
    from hrdesk.services import queries
    from hrdesk.services.filters import ActivityScope
    from hrdesk.services.queries import ParticipantFilter
    from hrdesk.storage.database import Database

    cases = [
        ("activities: first page (by date)", lambda db: queries.list_activities(db)),
        ("activities: text 'formation'", lambda db: queries.list_activities(db, ActivityScope(text="formation"))),
        ("activities: country GIN, 2025", lambda db: queries.list_activities(
            db, ActivityScope(countries=("GIN",), date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31)))),
        ("activities: SDG goal 5", lambda db: queries.list_activities(db, ActivityScope(sdg_goals=(5,)))),
        ("activities: theme 'Civic space'", lambda db: queries.list_activities(
            db, ActivityScope(themes=("Civic space",)))),
        ("activities: sorted by title", lambda db: queries.list_activities(db, sort="title", descending=False)),
        ("activities: sorted by participants", lambda db: queries.list_activities(db, sort="participants")),
        ("participants: first page (by name)", lambda db: queries.list_participants(db)),
        ("participants: text 'diallo'", lambda db: queries.list_participants(db, ParticipantFilter(text="diallo"))),
        ("participants: text 'nguyen' (accents)", lambda db: queries.list_participants(
            db, ParticipantFilter(text="nguyen"))),
        ("participants: words 'diallo aissatou' (any order)", lambda db: queries.list_participants(
            db, ParticipantFilter(text="diallo aissatou"))),
        ("participants: last page by name (Z→A)", lambda db: queries.list_participants(db, descending=True)),
        ("participants: text with no match", lambda db: queries.list_participants(
            db, ParticipantFilter(text="zzzqqq"))),
        ("participants: page 500", lambda db: queries.list_participants(db, offset=50_000)),
        ("participants: category government", lambda db: queries.list_participants(
            db, ParticipantFilter(categories=("government",)))),
        ("participants: sorted by organisation", lambda db: queries.list_participants(db, sort="organisation")),
        ("participants: sorted by participations", lambda db: queries.list_participants(
            db, sort="participations", descending=True)),
    ]
    results = []
    with Database.open(path) as db:
        for label, fn in cases:
            seconds, page = best_of(repeat, lambda fn=fn: fn(db))
            results.append((label, seconds, page.total))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", metavar="PATH", help="write the large database here and keep it")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hrdesk-bench-") as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "large.sqlite"
        if path.exists():
            sys.exit(f"{path} exists; give a new path")
        demo_wall, demo_cpu = run_command("demo", "--scale", "large", "--db", str(path))
        stats_wall, stats_cpu = run_command("stats", "--json", "--db", str(path))
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
        print(f"hrdesk demo --scale large : {demo_wall:6.1f} s wall, {demo_cpu:6.1f} s CPU")
        print(f"hrdesk stats --json       : {stats_wall:6.1f} s wall, {stats_cpu:6.1f} s CPU")
        print(f"total                     : {demo_wall + stats_wall:6.1f} s wall "
              f"(database {path.stat().st_size / 1e6:.0f} MB)")
        print(f"\nlist queries (count + one page of 100 rows), best of {args.repeat}:")
        for label, seconds, total in list_queries(path, args.repeat):
            flag = "" if seconds < 0.050 else "   > 50 ms"
            print(f"  {label:42s} {seconds * 1000:7.1f} ms  ({total:,} rows){flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
