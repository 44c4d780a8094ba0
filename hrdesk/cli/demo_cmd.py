"""``hrdesk demo``: fill an empty database with two years of invented, realistic records."""

from __future__ import annotations

import argparse
import sys
import time

from hrdesk.cli.common import add_db_option, database_path, writing
from hrdesk.demo import fill as demo
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.progress import Progress
from hrdesk.i18n import _
from hrdesk.storage.database import is_server_location


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help=_("fill an empty database with demo data (2024–2025)"))
    add_db_option(p)
    p.add_argument("--scale", choices=("small", "large"), default="small",
                   help=_("small: about 150 activities; large: 10,000 activities and 100,000 people"))
    p.add_argument("--seed", type=int, default=1, help=_("random seed (same seed, same data)"))
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    if is_server_location(database_path(args)):
        raise HRDeskError(_("The demonstration data is written to a SQLite file: write it to a file, then copy "
                            "it to the server with 'hrdesk copy --from FILE --to URL'. Nothing was changed."))
    started = time.perf_counter()
    with writing(args, must_exist=False) as db:
        counts = demo.fill(db, args.scale, args.seed, progress=Progress(
            lambda _done, _total, step: step and print(f"hrdesk: demo: {step}…", file=sys.stderr)))
        path = db.path
    print(_("Demo data written to {path}: {activities} activities, {participants} participants, "
            "{participations} participations, {recommendations} recommendations ({seconds:.1f} s).").format(
        path=path, seconds=time.perf_counter() - started,
        **{k: f"{v:,}" for k, v in counts.items()}))
    return 0
