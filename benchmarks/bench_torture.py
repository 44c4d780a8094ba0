"""Crash-safety soak: ≥ 500 SIGKILLs of a writer process at random moments.

Each child opens the database and runs transactions through the service layer (batch
imports of an activity + participants + participations, edits, merges, deletions, verified
backups) until it is killed; after each kill the parent checks integrity, foreign keys,
every change the child reported as committed, all-or-nothing groups, version/audit
agreement and every backup file (see ``tests/torture.py``).

    .venv/bin/python benchmarks/bench_torture.py [--kills 500] [--seed 1] [--encrypted N]

Exit status 0 only when integrity failures, lost commits and half-applied changes are all 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the harness, tests/torture.py

import torture  # noqa: E402

from hrdesk.safety import crypto  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--min-delay", type=float, default=0.02)
    parser.add_argument("--max-delay", type=float, default=0.5)
    parser.add_argument("--encrypted", type=int, default=20, metavar="N",
                        help="also N kills on an encrypted database (0: skip)")
    parser.add_argument("--keep", metavar="FOLDER", help="work in this folder and keep the files")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="hrdesk-torture-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = {}
    plain = torture.run(folder / "plain.sqlite", args.kills, seed=args.seed, min_delay=args.min_delay,
                        max_delay=args.max_delay, stop_on_failure=False)
    results["plain"] = plain
    if args.encrypted and crypto.encryption_available():
        results["encrypted"] = torture.run(folder / "encrypted.sqlite", args.encrypted, seed=args.seed,
                                           min_delay=1.2, max_delay=2.5, passphrase="soak passphrase",
                                           stop_on_failure=False)
    ok = True
    for name, s in results.items():
        figures = {"kills": s.kills, "reported_commits": s.reported_commits,
                   "integrity_failures": s.integrity_failures, "lost_commits": s.lost_commits,
                   "half_applied": s.half_applied, "seconds": round(s.seconds, 1)}
        print(f"{name}: " + json.dumps(figures))
        for problem in s.problems[:20]:
            print(f"  problem: {problem}")
        ok = ok and not (s.integrity_failures or s.lost_commits or s.half_applied or s.problems)
    print("OK" if ok else "FAILURES")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
