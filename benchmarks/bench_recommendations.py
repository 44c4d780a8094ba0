"""How fast 2,000 recommendations import (goal: under 10 s), and a re-import of the same
file (nothing changes).

    .venv/bin/python benchmarks/bench_recommendations.py [N]

Builds a Universal Human Rights Index-style export of N (default 2,000) UPR recommendations
(tests/recommendation_files.py), imports it into a fresh database (check + write, one
transaction), then imports it again.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hrdesk.intake.recommendations import RecommendationImport
from hrdesk.services import offices
from hrdesk.storage.database import Database
from tests import recommendation_files as files

GOAL_S = 10.0


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        path = files.many(Path(tmp) / "uhri.xlsx", n)
        db = Database.open(Path(tmp) / "office.sqlite")
        offices.configure(db, {"code": "GN", "name": "OHCHR Guinea", "kind": "country_office",
                               "country": "GIN"}, "Bench")
        try:
            t0 = time.perf_counter()
            preview = RecommendationImport(db, path).preview()
            t1 = time.perf_counter()
            RecommendationImport(db, path).commit(preview)
            t2 = time.perf_counter()
            again = RecommendationImport(db, path).commit()
            t3 = time.perf_counter()
        finally:
            db.close()
    assert preview.count("create") == n and again.count("unchanged") == n
    total = t2 - t0
    print(f"{n} recommendations: check {t1 - t0:.2f} s, write {t2 - t1:.2f} s, total {total:.2f} s "
          f"(goal {GOAL_S:.0f} s: {'met' if total < GOAL_S else 'NOT met'}); re-import {t3 - t2:.2f} s")
    return 0 if total < GOAL_S else 1


if __name__ == "__main__":
    sys.exit(main())
