"""``hrdesk template`` (the activity-log spreadsheet), ``hrdesk import-activities``,
``hrdesk import-recommendations`` and ``hrdesk import-attendance``."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import select

from hrdesk.cli.common import add_db_option, open_database, print_rejected, writing
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.exchange.parse import is_exchange_workbook
from hrdesk.i18n import DEFAULT_LANGUAGE, LANGUAGES, _
from hrdesk.storage import models as m


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("template", help=_("write the activity-log spreadsheet template (.xlsx)"))
    p.add_argument("--out", required=True, metavar="FILE", help=_("where to write the .xlsx file"))
    p.add_argument("--lang", default=DEFAULT_LANGUAGE, choices=LANGUAGES, help=_("language of headers and instructions"))
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("import-activities",
                       help=_("import activities and participants typed in a spreadsheet"))
    add_db_option(p)
    p.add_argument("file", metavar="FILE", help=_(".xlsx, .xls, .ods or .csv (Activities sheet alone)"))
    p.add_argument("--dry-run", action="store_true", help=_("check the file and report; change nothing"))
    p.set_defaults(func=cmd_import_activities)

    p = sub.add_parser("import-recommendations",
                       help=_("import the recommendations of a mechanism's list (Universal Human Rights Index "
                              "export, UPR database or matrix)"))
    add_db_option(p)
    p.add_argument("file", metavar="FILE", help=_(".xlsx, .xls, .ods or .csv, one row per recommendation"))
    p.add_argument("--country", metavar="ISO3",
                   help=_("the State under review, for files without a Country column"))
    p.add_argument("--mechanism", metavar="CODE",
                   help=_("the mechanism (upr, crc, cedaw, treaty_bodies, special_procedures…), for files "
                          "without a Mechanism column"))
    p.add_argument("--dry-run", action="store_true", help=_("check the file and report; change nothing"))
    p.set_defaults(func=cmd_import_recommendations)

    p = sub.add_parser("import-attendance",
                       help=_("add the people of an attendance sheet to an activity"))
    add_db_option(p)
    p.add_argument("file", metavar="FILE", help=_(".xlsx, .xls, .ods or .csv sign-in sheet"))
    p.add_argument("--activity", required=True, metavar="ID",
                   help=_("the activity's identifier (its uuid, or the first 8 characters of it)"))
    p.add_argument("--sheet", action="append", metavar="NAME",
                   help=_("the sheet to read (repeat for several sheets; default: the first with a "
                          "header row)"))
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help=_("what a column holds: its letter or heading = a field (full_name, sex, "
                          "organisation…) or 'none' to ignore it; repeat as needed"))
    p.add_argument("--days", action="store_true",
                   help=_("the sheets are the days of one activity: a row that may be someone already "
                          "listed (the same name) is that person, not a second participant"))
    p.add_argument("--dry-run", action="store_true", help=_("check the file and report; change nothing"))
    p.set_defaults(func=cmd_import_attendance)


def cmd_template(args: argparse.Namespace) -> int:
    # start-up time: every command's parser is built at start; this loads only when the command runs
    from hrdesk.intake.template import write_template

    path = write_template(Path(args.out).expanduser(), args.lang)
    print(_("Template written to {path}").format(path=path))
    return 0


def cmd_import_activities(args: argparse.Namespace) -> int:
    # start-up time: every command's parser is built at start; this loads only when the command runs
    from hrdesk.intake.activities import ActivityLogImport

    path = Path(args.file).expanduser()
    if is_exchange_workbook(path):
        raise HRDeskError(_("{file} is an HRDesk exchange file, not an activity log: import it with "
                            "'hrdesk import {file}'. Nothing was imported.").format(file=path))
    return _checked_then_imported(args, path, lambda db: ActivityLogImport(db, path))


def cmd_import_recommendations(args: argparse.Namespace) -> int:
    # start-up time: every command's parser is built at start; this loads only when the command runs
    from hrdesk.intake.recommendations import RecommendationImport
    from hrdesk.reference import countries

    path = Path(args.file).expanduser()
    country = None
    if args.country:
        country = countries.lookup(args.country)
        if country is None:
            raise HRDeskError(_("Unknown country code '{value}'.").format(value=args.country))
    if is_exchange_workbook(path):
        raise HRDeskError(_("{file} is an HRDesk exchange file, not a list of recommendations: import it with "
                            "'hrdesk import {file}'. Nothing was imported.").format(file=path))
    return _checked_then_imported(
        args, path, lambda db: RecommendationImport(db, path, country=country, mechanism=args.mechanism))


def _checked_then_imported(args: argparse.Namespace, path: Path, make_job) -> int:
    """A file checked first (its problems printed, nothing imported), then imported whole —
    or only checked with --dry-run; ``make_job(db)`` gives the import with preview/commit."""
    with (open_database(args) if args.dry_run else writing(args)) as db:
        job = make_job(db)
        preview = job.preview()
        if preview.problems:
            print_rejected(path.name, preview.problems)
            return 1
        if args.dry_run:
            print(_("Dry run, nothing was changed. {summary}").format(summary=preview.summary()))
            return 0
        job.commit(preview)
        print(preview.summary())
    return 0


def _activity_uuid(db, text: str) -> str:
    text = text.strip()
    with db.read_session() as s:
        found = s.scalars(select(m.Activity.uuid).where(
            m.Activity.uuid.like(text.replace("%", "").replace("_", "") + "%"),
            m.Activity.deleted_at.is_(None)).limit(2)).all()
    if len(text) < 8 or not found:
        raise HRDeskError(_("No activity has the identifier '{id}': give the activity's uuid, or at least "
                            "its first 8 characters.").format(id=text))
    if len(found) > 1:
        raise HRDeskError(_("Several activities start with '{id}': give more of the identifier.").format(id=text))
    return found[0]


def _mapping(items: list[str]) -> dict[str, str | None]:
    mapping: dict[str, str | None] = {}
    for item in items:
        column, sep, field = item.partition("=")
        if not sep or not column.strip() or not field.strip():
            raise HRDeskError(_("--map {item}: write COLUMN=FIELD, for example --map C=sex.").format(item=item))
        field = field.strip()
        mapping[column.strip()] = None if field.lower() in ("none", "ignore", "-") else field
    return mapping


def cmd_import_attendance(args: argparse.Namespace) -> int:
    # start-up time: every command's parser is built at start; this loads only when the command runs
    from hrdesk.intake.attendance import import_attendance

    name = Path(args.file).name
    with (open_database(args) if args.dry_run else writing(args)) as db:
        try:
            done = import_attendance(db, Path(args.file).expanduser(), _activity_uuid(db, args.activity),
                                     sheets=args.sheet, mapping=_mapping(args.map), dry_run=args.dry_run,
                                     days=args.days)
        except ValidationError as exc:
            print_rejected(name, exc.problems)
            return 1
        for item in done:
            summary = item.result.summary()
            if len(done) > 1:
                summary = _("Sheet {sheet}: {summary}").format(sheet=item.sheet, summary=summary)
            if args.dry_run:
                summary = _("Dry run, nothing was changed. {summary}").format(summary=summary)
            print(summary)
    return 0
