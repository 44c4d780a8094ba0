"""Headquarters benchmark (issue 15): consolidate many offices' exchange files into SQLite and
into PostgreSQL, sequentially and with 4 parallel processes on PostgreSQL, then the annual
report of the result on each backend — all in one run, on this machine.

* The offices' files are generated once (``--work DIR`` keeps them): ``--offices`` demo
  databases, each with its own office code and ``--participations`` participations (the
  issue's setting: 40 offices, about 1 million participations in all), exported in full.
* Each consolidation runs ``hrdesk consolidate`` in its own process (wall time and the peak
  memory of the consolidating process); the parallel run gives each of 4 processes a quarter
  of the files, at the same time, into one PostgreSQL database.
* The PostgreSQL server is a throwaway cluster (tests/pgcluster.py), started and stopped here.

Goals: PostgreSQL sequential ≤ 1.5× SQLite; 4 parallel processes ≤ 0.6× PostgreSQL sequential;
report on PostgreSQL ≤ 1.2× SQLite; peak memory of one consolidating process ≤ 300 MiB.

    .venv/bin/python benchmarks/bench_postgres.py [--offices 40] [--participations 25000] [--work DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import pgcluster  # noqa: E402  (the tests' throwaway PostgreSQL cluster)


def generate(work: Path, n_offices: int, participations: int) -> list[Path]:
    """One exchange file per office (kept in ``work`` for later runs)."""
    files = sorted(work.glob("office-*.xlsx"))
    if len(files) == n_offices:
        return files
    code = """
import sys
from hrdesk.demo import fill as demo
from hrdesk.exchange import export_workbook
from hrdesk.services import offices
from hrdesk.storage.database import Database
i, per, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
demo.SCALES["office"] = demo.Scale(per // 25, per // 2, per, 30, 10)
path = f"{work}/office-{i:02d}.sqlite"
with Database.open(path) as db:
    offices.configure(db, {"code": f"O{i:02d}", "name": f"Country office {i:02d}", "kind": "country_office",
                           "country": "GIN"}, "Benchmark")
    demo.fill(db, "office", seed=i)
    export_workbook(db, f"{work}/office-{i:02d}.xlsx", privacy="full")
"""
    for i in range(1, n_offices + 1):
        if not (work / f"office-{i:02d}.xlsx").exists():
            subprocess.run([sys.executable, "-c", code, str(i), str(participations), str(work)], check=True,
                           cwd=ROOT)
            print(f"  office {i:02d} written", file=sys.stderr)
    return sorted(work.glob("office-*.xlsx"))


def consolidate(db: str, files: list[Path]) -> subprocess.Popen:
    return subprocess.Popen(
        ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "hrdesk", "consolidate", "--db", db,
         "--office-code", "HQ", "--office-name", "Headquarters", "--country", "CHE", *map(str, files)],
        cwd=ROOT, env={**os.environ, "HRDESK_LANG": "en"}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True)


def finish(proc: subprocess.Popen) -> float:
    """Wait; the process's peak memory in MiB (from /usr/bin/time)."""
    _out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"consolidation failed:\n{err[-3000:]}")
    return int(err.strip().splitlines()[-1]) / 1024


def timed_consolidation(db: str, groups: list[list[Path]]) -> tuple[float, float]:
    started = time.perf_counter()
    procs = [consolidate(db, g) for g in groups]
    peaks = [finish(p) for p in procs]
    return time.perf_counter() - started, max(peaks)


def report(db: str, out: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "hrdesk", "report", "--db", db, "--period", "2025", "--xlsx",
                    str(out)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "HRDESK_LANG": "en"})
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--offices", type=int, default=40)
    parser.add_argument("--participations", type=int, default=25_000, help="per office")
    parser.add_argument("--work", type=Path, help="folder keeping the generated files between runs")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="hrdesk-bench-pg-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"generating {args.offices} offices' files in {work}…", file=sys.stderr)
    files = generate(work, args.offices, args.participations)
    cluster = pgcluster.Cluster.start()
    if cluster is None:
        raise SystemExit("PostgreSQL's server programs are not installed (Debian: apt install postgresql)")
    results: dict[str, float] = {}
    try:
        sqlite_db = work / "hq.sqlite"
        for leftover in work.glob("hq.sqlite*"):
            leftover.unlink()
        results["sqlite_sequential_s"], results["sqlite_peak_mib"] = timed_consolidation(str(sqlite_db), [files])
        print("  SQLite sequential done", file=sys.stderr)
        seq = cluster.create_database("hq_sequential")
        results["pg_sequential_s"], results["pg_peak_mib"] = timed_consolidation(seq, [files])
        print("  PostgreSQL sequential done", file=sys.stderr)
        par = cluster.create_database("hq_parallel")
        groups = [files[i::4] for i in range(4)]
        results["pg_parallel_s"], results["pg_parallel_peak_mib"] = timed_consolidation(par, groups)
        print("  PostgreSQL parallel done", file=sys.stderr)
        results["report_sqlite_s"] = report(str(sqlite_db), work / "report-sqlite.xlsx")
        results["report_pg_s"] = report(seq, work / "report-pg.xlsx")
        count = subprocess.run([str(cluster.bin_dir / "psql"), "-h", str(cluster.socket_dir), "-U",
                                pgcluster.SUPERUSER, "-d", "hq_sequential", "-Atc",
                                "SELECT count(*) FROM participations"], capture_output=True, text=True,
                               check=True).stdout.strip()
        results["participations"] = int(count)
    finally:
        cluster.stop()
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    results["ratio_pg_vs_sqlite"] = results["pg_sequential_s"] / results["sqlite_sequential_s"]
    results["ratio_parallel_vs_sequential"] = results["pg_parallel_s"] / results["pg_sequential_s"]
    results["ratio_report_pg_vs_sqlite"] = results["report_pg_s"] / results["report_sqlite_s"]
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in results.items()}, indent=2))
    print(f"\n| what | result | goal |\n|---|---|---|\n"
          f"| consolidate into SQLite (sequential) | {results['sqlite_sequential_s']:.1f} s, "
          f"{results['sqlite_peak_mib']:.0f} MiB | — |\n"
          f"| consolidate into PostgreSQL (sequential) | {results['pg_sequential_s']:.1f} s, "
          f"{results['pg_peak_mib']:.0f} MiB ({results['ratio_pg_vs_sqlite']:.2f}× SQLite) | ≤ 1.5× |\n"
          f"| 4 parallel processes on PostgreSQL | {results['pg_parallel_s']:.1f} s "
          f"({results['ratio_parallel_vs_sequential']:.2f}× sequential) | ≤ 0.6× |\n"
          f"| annual report, SQLite / PostgreSQL | {results['report_sqlite_s']:.1f} s / "
          f"{results['report_pg_s']:.1f} s ({results['ratio_report_pg_vs_sqlite']:.2f}×) | ≤ 1.2× |\n"
          f"| peak memory of one consolidating process | "
          f"{max(results['sqlite_peak_mib'], results['pg_peak_mib'], results['pg_parallel_peak_mib']):.0f} MiB"
          f" | ≤ 300 MiB |")
    print(f"({results['participations']:,} participations consolidated; {len(files)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
