"""``hrdesk template`` (the activity-log spreadsheet) and ``hrdesk import-activities``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hrdesk.cli.common import MAX_PROBLEMS_SHOWN, open_database, writing
from hrdesk.domain.errors import HRDeskError
from hrdesk.exchange.parse import is_exchange_workbook
from hrdesk.i18n import LANGUAGES, _, ngettext


def register(sub: argparse._SubParsersAction) -> None:
    from hrdesk.cli import add_db_option

    p = sub.add_parser("template", help=_("write the activity-log spreadsheet template (.xlsx)"))
    p.add_argument("--out", required=True, metavar="FILE", help=_("where to write the .xlsx file"))
    p.add_argument("--lang", default="en", choices=LANGUAGES, help=_("language of headers and instructions"))
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("import-activities",
                       help=_("import activities and participants typed in a spreadsheet"))
    add_db_option(p)
    p.add_argument("file", metavar="FILE", help=_(".xlsx, .xls, .ods or .csv (Activities sheet alone)"))
    p.add_argument("--dry-run", action="store_true", help=_("check the file and report; change nothing"))
    p.set_defaults(func=cmd_import_activities)


def cmd_template(args: argparse.Namespace) -> int:
    from hrdesk.intake.template import write_template

    path = write_template(Path(args.out).expanduser(), args.lang)
    print(_("Template written to {path}").format(path=path))
    return 0


def cmd_import_activities(args: argparse.Namespace) -> int:
    from hrdesk.intake.activities import ActivityLogImport

    path = Path(args.file).expanduser()
    if is_exchange_workbook(path):
        raise HRDeskError(_("{file} is an HRDesk exchange file, not an activity log: import it with "
                            "'hrdesk import {file}'. Nothing was imported.").format(file=path))
    with (open_database(args) if args.dry_run else writing(args)) as db:
        job = ActivityLogImport(db, path)
        preview = job.preview()
        if preview.problems:
            for problem in preview.problems[:MAX_PROBLEMS_SHOWN]:
                print(f"{path.name}: {problem}", file=sys.stderr)
            more = len(preview.problems) - MAX_PROBLEMS_SHOWN
            if more > 0:
                print("  " + ngettext("… and {n} more problem", "… and {n} more problems", more).format(n=more),
                      file=sys.stderr)
            print(_("Nothing was imported: {n} problem(s) to fix in the file.").format(
                n=len(preview.problems)), file=sys.stderr)
            return 1
        if args.dry_run:
            print(_("Dry run, nothing was changed. {summary}").format(summary=preview.summary()))
            return 0
        job.commit(preview)
        print(preview.summary())
    return 0
