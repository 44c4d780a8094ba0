"""Start-up benchmark: from starting the process to the first window painted, HRDesk on a
``demo --scale large`` database beside a bare PySide6 QMainWindow with a label, measured in
the same run.

Each start is a fresh interpreter (``python -c``), timed by this script from launch until the
child reports its first window painted (``repaint()`` after ``show()``); the child also reports
its peak memory (max RSS).  One warm-up start of each (disk cache), then ``--runs`` starts of
each, alternating; medians.  Goal: HRDesk ≤ 4× the bare window.

HRDesk paints its window before it opens the database (``hrdesk.ui.app.start``); the child
then runs the event loop until the Activities page shows its first rows and reports that too
("filled in": the database opened, the page built and its first rows read), for information.

HRDesk runs with empty, temporary configuration and data folders (no remembered window or
page: it opens on the Activities list) on a copy of the demo database; the automatic backup
and free-space check, which start after the first window, are not part of the measure.

    .venv/bin/python benchmarks/bench_startup.py [--db PATH] [--runs 5] [--work DIR]

Without ``--db`` the large demo database is made in ``--work`` (or reused from there).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL = 4.0

CHILD_PAINTED = """
import os, resource, sys, json
window.repaint()
print(json.dumps({"peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "title": window.windowTitle()}), flush=True)
"""
CHILD_END = CHILD_PAINTED + """
os._exit(0)
"""

# after the first paint: the event loop until the Activities page (of the window, or of the
# one rebuilt in the database's language) shows rows
HRDESK_FILLED = """
from PySide6.QtCore import QTimer

def filled():
    w = window.ctx.window
    if (w.ctx.db is not None and w.pages_by_key.is_built("activities")
            and w.current_page().model.rowCount() > 0):
        print(json.dumps({"filled": True, "peak_mib_filled": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
        os._exit(0)

poll = QTimer()
poll.timeout.connect(filled)
poll.start(5)
QTimer.singleShot(60_000, lambda: os._exit(3))
app.exec()
"""

HRDESK = """
import sys
import hrdesk.__main__  # what the hrdesk command imports before the app
from hrdesk.ui.app import start
app, window = start({"db": sys.argv[1]})
""" + CHILD_PAINTED + HRDESK_FILLED

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bare")
window.setCentralWidget(QLabel("Hello", window))
window.resize(1280, 720)
window.show()
""" + CHILD_END


def once(code: str, db: Path, folders: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT), "HRDESK_DATA_DIR": str(folders / "data"),
           "HRDESK_CONFIG_DIR": str(folders / "config")}
    shutil.rmtree(folders, ignore_errors=True)
    result: dict = {}
    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", code, str(db)], cwd=ROOT, env=env,
                                 stdout=subprocess.PIPE, stderr=errors, text=True)
        for line in child.stdout:   # one line when the window is painted, one when filled in
            mark = "filled_seconds" if "filled" in line else "seconds"
            result[mark] = time.perf_counter() - start
            result.update(json.loads(line))
        child.wait()
        if child.returncode != 0 or "seconds" not in result:
            errors.seek(0)
            raise SystemExit(f"start failed:\n{errors.read()[-3000:]}")
    return result


def demo_database(work: Path) -> Path:
    path = work / "demo-large.sqlite"
    if not path.exists():
        from hrdesk.demo import fill as demo
        from hrdesk.storage.database import Database

        tmp = path.with_suffix(".part")
        tmp.unlink(missing_ok=True)
        with Database.open(tmp) as db:
            demo.fill(db, "large", check=False)
        tmp.rename(path)
    return path


def _list(runs: list[dict]) -> str:
    return ", ".join(f"{r['seconds']:.2f}" for r in runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a configured HRDesk database (default: the large demo, made in --work)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", help="folder for the demo database (kept and reused)")
    args = parser.parse_args()
    work = Path(args.work) if args.work else Path(tempfile.gettempdir()) / "hrdesk-bench-startup"
    work.mkdir(parents=True, exist_ok=True)
    source = Path(args.db) if args.db else demo_database(work)
    db = work / "startup-copy.sqlite"
    for p in work.glob("startup-copy.sqlite*"):
        p.unlink()
    shutil.copyfile(source, db)
    folders = work / "folders"
    once(HRDESK, db, folders), once(BARE, db, folders)  # warm-up (disk cache, .pyc files)
    runs: dict[str, list[dict]] = {"hrdesk": [], "bare": []}
    for _ in range(args.runs):
        runs["hrdesk"].append(once(HRDESK, db, folders))
        runs["bare"].append(once(BARE, db, folders))
    med = {k: (statistics.median(r["seconds"] for r in v), statistics.median(r["peak_mib"] for r in v))
           for k, v in runs.items()}
    ratio = med["hrdesk"][0] / med["bare"][0]
    print(f"database: {source} ({source.stat().st_size / 2**20:.0f} MiB); {args.runs} runs after a warm-up, medians")
    print(f"{'':34}{'start → first window':>22}{'peak RSS':>10}")
    print(f"{'HRDesk (window painted)':34}{med['hrdesk'][0]:21.2f}s{med['hrdesk'][1]:6.0f} MiB   "
          "runs " + _list(runs["hrdesk"]))
    filled = [{"seconds": r["filled_seconds"]} for r in runs["hrdesk"]]
    filled_mib = statistics.median(r["peak_mib_filled"] for r in runs["hrdesk"])
    print(f"{'HRDesk (Activities rows shown)':34}{statistics.median(r['seconds'] for r in filled):21.2f}s"
          f"{filled_mib:6.0f} MiB   runs " + _list(filled))
    print(f"{'bare QMainWindow with a label':34}{med['bare'][0]:21.2f}s{med['bare'][1]:6.0f} MiB   "
          "runs " + _list(runs["bare"]))
    print(f"ratio {ratio:.2f}x (goal ≤ {GOAL:.0f}x): {'met' if ratio <= GOAL else 'MISSED'}")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
