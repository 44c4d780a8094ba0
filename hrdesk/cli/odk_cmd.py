"""``hrdesk xlsform`` (the registration form of an activity for KoboToolbox / ODK Central)
and ``hrdesk import-submissions`` (their data exports back into the activity)."""

from __future__ import annotations

import argparse
from pathlib import Path

from hrdesk.cli.common import add_db_option, open_database, print_rejected, writing
from hrdesk.cli.intake_cmd import _activity_uuid
from hrdesk.domain.errors import ValidationError
from hrdesk.i18n import LANGUAGES, _


def register(sub: argparse._SubParsersAction) -> None:

    p = sub.add_parser("xlsform", help=_("write the registration form of an activity as an XLSForm "
                                         "(for KoboToolbox or ODK Central)"))
    add_db_option(p)
    p.add_argument("activity", metavar="ACTIVITY_ID",
                   help=_("the activity's identifier (its uuid, or the first 8 characters of it)"))
    p.add_argument("--out", required=True, metavar="FILE", help=_("where to write the .xlsx file"))
    p.add_argument("--lang", default="en", choices=LANGUAGES,
                   help=_("the form's default language (labels are written in every language)"))
    p.add_argument("--tests", type=int, default=0, metavar="N",
                   help=_("add a pre-test and a post-test of N multiple-choice questions, scored out of 100"))
    p.add_argument("--answers", default="", metavar="KEY",
                   help=_("the answer key of the tests, one letter per question, e.g. BADC"))
    p.add_argument("--choices", type=int, default=4, metavar="N",
                   help=_("answers to choose from in each test question (A, B, C…; default 4)"))
    p.add_argument("--split-names", action="store_true", help=_("ask surname and given names separately"))
    p.add_argument("--washington-group", action="store_true",
                   help=_("ask the Washington Group short set of questions instead of one disability question"))
    p.set_defaults(func=cmd_xlsform)

    p = sub.add_parser("import-submissions",
                       help=_("import the submissions of the registration form (KoboToolbox or ODK Central export)"))
    add_db_option(p)
    p.add_argument("file", metavar="FILE", help=_("the data export: .xlsx (KoboToolbox) or .csv (ODK Central, KoboToolbox)"))
    p.add_argument("--activity", metavar="ID",
                   help=_("the activity (default: the one named in the submissions' hidden field)"))
    p.add_argument("--dry-run", action="store_true", help=_("check the file and report; change nothing"))
    p.set_defaults(func=cmd_import_submissions)


def cmd_xlsform(args: argparse.Namespace) -> int:
    # start-up time: every command's parser is built at start; this loads only when the command runs
    from hrdesk.intake.xlsform import FormOptions, write_xlsform

    with open_database(args) as db:
        options = FormOptions(default_language=args.lang, tests=args.tests, answers=args.answers,
                              choices_per_question=args.choices, split_names=args.split_names,
                              washington_group=args.washington_group)
        path = write_xlsform(db, _activity_uuid(db, args.activity), Path(args.out).expanduser(), options)
    print(_("Form written to {path}: publish it on KoboToolbox or ODK Central.").format(path=path))
    return 0


def cmd_import_submissions(args: argparse.Namespace) -> int:
    # start-up time: every command's parser is built at start; this loads only when the command runs
    from hrdesk.intake.submissions import SubmissionsImport

    name = Path(args.file).name
    with (open_database(args) if args.dry_run else writing(args)) as db:
        activity = _activity_uuid(db, args.activity) if args.activity else None
        job = SubmissionsImport(db, Path(args.file).expanduser(), activity_uuid=activity)
        try:
            result = job.commit(dry_run=args.dry_run)
        except ValidationError as exc:
            print_rejected(name, exc.problems)
            return 1
        summary = result.summary()
        if args.dry_run:
            summary = _("Dry run, nothing was changed. {summary}").format(summary=summary)
        print(summary)
    return 0
