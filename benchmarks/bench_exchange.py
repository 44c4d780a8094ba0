"""Exchange benchmark: export and re-import the ``demo --scale large`` database, beside raw
baselines measured in the same run.

* export   — ``hrdesk.exchange.export_workbook`` (full privacy) vs. two baselines: openpyxl
  write-only writing the same rows (the rows of the exported file, prepared in memory
  before the clock starts; goal 1.1×) and pandas ``DataFrame.to_excel`` of the same rows
  (issue 19: keep the export at or under pandas', 1.0×);
* import   — ``import_file`` into an empty regional database vs. two baselines: python-calamine
  reading the same file plus sqlite3 ``executemany`` of the same rows into plain tables (goal
  1.5×), and pandas ``read_excel(engine="calamine")`` + ``to_sql`` of every sheet (goal 1.0×;
  needs pandas: ``pip install -e '.[bench]'``);
* re-import of the same file (idempotent: nothing changes).

Each phase runs in its own process so that its peak memory (max RSS, interpreter included)
is its own.  Goals: export ≤ 1.1× baseline, import ≤ 1.5× baseline, re-import ≤ 0.1× the
first import, export peak memory ≤ 150 MiB, import peak memory ≤ 300 MiB (issue 19; the
import streams each sheet in batches: ``--batch-rows`` sets how many records it holds).

    .venv/bin/python benchmarks/bench_exchange.py [--scale large|small] [--work DIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu() -> float:
    """CPU seconds of this process (user + system): fairer than wall time on a busy machine."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


# -- phases (each in its own process) ---------------------------------------------------------

def phase_demo(work: Path, scale: str) -> dict:
    from hrdesk.demo import fill as demo
    from hrdesk.storage.database import Database

    path = work / f"demo-{scale}.sqlite"
    if path.exists():
        return {"seconds": 0.0, "cached": True}
    tmp = path.with_suffix(".part")
    tmp.unlink(missing_ok=True)
    start = time.perf_counter()
    with Database.open(tmp) as db:
        counts = demo.fill(db, scale, check=False)
    tmp.rename(path)
    return {"seconds": time.perf_counter() - start, "counts": counts}


def phase_export(work: Path, scale: str) -> dict:
    from hrdesk.exchange import export_workbook
    from hrdesk.storage.database import Database

    with Database.open(work / f"demo-{scale}.sqlite") as db:
        start, c0 = time.perf_counter(), cpu()
        result = export_workbook(db, work / "export.xlsx", privacy="full")
        seconds, cpu_s = time.perf_counter() - start, cpu() - c0
    return {"seconds": seconds, "cpu": cpu_s, "peak_mib": peak_mib(), "rows": result.counts,
            "bytes": (work / "export.xlsx").stat().st_size}


def _file_rows(path: Path) -> dict[str, list[list]]:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    return {name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
            for name in wb.sheet_names if name != "hrdesk"}


def phase_export_baseline(work: Path, scale: str) -> dict:
    from openpyxl import Workbook

    sheets = _file_rows(work / "export.xlsx")  # prepared before the clock starts
    sheets = {k: [[None if v == "" else v for v in row] for row in rows] for k, rows in sheets.items()}
    start, c0 = time.perf_counter(), cpu()
    wb = Workbook(write_only=True)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(work / "baseline.xlsx")
    return {"seconds": time.perf_counter() - start, "cpu": cpu() - c0, "peak_mib": peak_mib()}


def phase_export_pandas(work: Path, scale: str) -> dict:
    """The issue's plain script for the export: the same rows as pandas DataFrames (prepared
    before the clock starts) written with ``DataFrame.to_excel`` (openpyxl), every sheet."""
    try:
        import pandas as pd
    except ImportError:
        return {"missing": "pandas is not installed: pip install -e '.[bench]' (or make bench)"}
    sheets = {name: pd.DataFrame(rows[1:], columns=rows[0]) for name, rows in _file_rows(work / "export.xlsx").items()}
    start, c0 = time.perf_counter(), cpu()
    with pd.ExcelWriter(work / "pandas.xlsx", engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
    return {"seconds": time.perf_counter() - start, "cpu": cpu() - c0, "peak_mib": peak_mib()}


def phase_import(work: Path, scale: str) -> dict:
    from hrdesk.exchange import import_file, parse

    if BATCH_ROWS.get("rows"):
        parse.BATCH_ROWS = BATCH_ROWS["rows"]
    from hrdesk.services import offices
    from hrdesk.storage.database import Database

    path = work / "region.sqlite"
    for p in work.glob("region.sqlite*"):
        p.unlink()
    with Database.open(path) as db:
        offices.configure(db, {"code": "RO", "name": "Regional office", "kind": "regional_office",
                               "country": "SEN"}, "Bench")
        start, c0 = time.perf_counter(), cpu()
        first = import_file(db, work / "export.xlsx")
        seconds, cpu_s = time.perf_counter() - start, cpu() - c0
        assert first.ok, first.summary()
        start, c0 = time.perf_counter(), cpu()
        again = import_file(db, work / "export.xlsx")
        again_seconds, again_cpu = time.perf_counter() - start, cpu() - c0
    return {"seconds": seconds, "cpu": cpu_s, "peak_mib": peak_mib(), "summary": first.summary(),
            "reimport_seconds": again_seconds, "reimport_cpu": again_cpu, "reimport": again.summary()}


def phase_import_baseline(work: Path, scale: str) -> dict:
    import sqlite3

    from python_calamine import CalamineWorkbook

    path = work / "baseline.sqlite"
    path.unlink(missing_ok=True)
    start, c0 = time.perf_counter(), cpu()
    wb = CalamineWorkbook.from_path(str(work / "export.xlsx"))
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    with conn:
        for name in wb.sheet_names:
            rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
            header = rows[0]
            table = f'"{name}"'
            conn.execute(f"CREATE TABLE {table} ({', '.join(f'c{i}' for i in range(len(header)))})")
            marks = ", ".join("?" * len(header))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[1:])
    conn.close()
    return {"seconds": time.perf_counter() - start, "cpu": cpu() - c0, "peak_mib": peak_mib()}


def phase_import_pandas(work: Path, scale: str) -> dict:
    """The issue's plain script: pandas ``read_excel(engine="calamine")`` of every sheet, then
    ``to_sql`` into SQLite (same journal and sync settings as the other baseline)."""
    import sqlite3

    try:
        import pandas as pd
    except ImportError:
        return {"missing": "pandas is not installed: pip install -e '.[bench]' (or make bench)"}
    path = work / "pandas.sqlite"
    path.unlink(missing_ok=True)
    start, c0 = time.perf_counter(), cpu()
    sheets = pd.read_excel(work / "export.xlsx", sheet_name=None, engine="calamine")
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    with conn:
        for name, frame in sheets.items():
            frame.to_sql(name, conn, index=False)
    conn.close()
    return {"seconds": time.perf_counter() - start, "cpu": cpu() - c0, "peak_mib": peak_mib()}


BATCH_ROWS: dict[str, int] = {}

PHASES = {"demo": phase_demo, "export": phase_export, "export_baseline": phase_export_baseline,
          "export_pandas": phase_export_pandas, "import": phase_import, "import_baseline": phase_import_baseline, "import_pandas": phase_import_pandas}


def run_phase(name: str, work: Path, scale: str) -> dict:
    extra = ["--batch-rows", str(BATCH_ROWS["rows"])] if BATCH_ROWS.get("rows") else []
    out = subprocess.run([sys.executable, __file__, "--phase", name, "--work", str(work), "--scale", scale, *extra],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="large", choices=("small", "large"))
    parser.add_argument("--work", help="folder for the databases and files (kept; the demo database is reused)")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--batch-rows", type=int, help="records of a sheet the import holds at a time")
    args = parser.parse_args()
    if args.batch_rows:
        BATCH_ROWS["rows"] = args.batch_rows
    work = Path(args.work) if args.work else Path(tempfile.gettempdir()) / "hrdesk-bench-exchange"
    work.mkdir(parents=True, exist_ok=True)
    if args.phase:
        print(json.dumps(PHASES[args.phase](work, args.scale), default=str))
        return 0
    demo = run_phase("demo", work, args.scale)
    made = "reused" if demo.get("cached") else "{:.1f} s".format(demo["seconds"])
    print(f"demo database ({args.scale}): {made}")
    exp = run_phase("export", work, args.scale)
    exp_base = run_phase("export_baseline", work, args.scale)
    exp_pandas = run_phase("export_pandas", work, args.scale)
    imp = run_phase("import", work, args.scale)
    imp_base = run_phase("import_baseline", work, args.scale)
    imp_pandas = run_phase("import_pandas", work, args.scale)
    rows = sum(exp["rows"].values())
    print(f"rows exported: {rows:,} ({exp['rows']}); file {exp['bytes'] / 2**20:.1f} MiB")
    print(f"{'':28}{'wall':>9}{'ratio':>7}{'CPU':>9}{'ratio':>7}{'goal':>6}{'peak RSS':>10}")
    lines = [
        ("export", exp, exp_base, 1.1),
        ("  baseline openpyxl", exp_base, None, None),
        ("import", imp, imp_base, 1.5),
        ("  baseline calamine+sqlite3", imp_base, None, None),
    ]
    for base, rows in (
            (exp_pandas, [("export (against pandas)", exp, exp_pandas, 1.0),
                          ("  baseline pandas to_excel", exp_pandas, None, None)]),
            (imp_pandas, [("import (against pandas)", imp, imp_pandas, 1.0),
                          ("  baseline pandas+to_sql", imp_pandas, None, None)])):
        if "missing" in base:
            print(f"pandas baseline not measured: {base['missing']}")
        else:
            lines += rows
    ok = "missing" not in imp_pandas and "missing" not in exp_pandas
    for label, m, base, goal in lines:
        text = f"{label:28}{m['seconds']:8.2f}s"
        if base:
            wall, cpu_ratio = m["seconds"] / base["seconds"], m["cpu"] / base["cpu"]
            ok = ok and min(wall, cpu_ratio) <= goal
            text += f"{wall:6.2f}x{m['cpu']:8.2f}s{cpu_ratio:6.2f}x{goal:5.1f}x"
        else:
            text += f"{'':7}{m['cpu']:8.2f}s{'':13}"
        print(text + f"{m['peak_mib']:6.0f} MiB")
    re_ratio = imp["reimport_seconds"] / imp["seconds"]
    ok = ok and re_ratio <= 0.1 and exp["peak_mib"] <= 150 and imp["peak_mib"] <= 300
    print(f"{'re-import same file':28}{imp['reimport_seconds']:8.2f}s{re_ratio:6.3f}x"
          f"{imp['reimport_cpu']:8.2f}s{'':7}{0.1:5.1f}x  ({imp['reimport']})")
    print(f"export peak memory {exp['peak_mib']:.0f} MiB (goal ≤ 150 MiB)")
    print(f"import peak memory {imp['peak_mib']:.0f} MiB (goal ≤ 300 MiB; "
          f"baseline calamine+sqlite3 {imp_base['peak_mib']:.0f} MiB)")
    print(f"first import: {imp['summary']}")
    print("all goals met" if ok else "SOME GOALS MISSED")
    if not args.work:
        shutil.rmtree(work / "unused", ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
