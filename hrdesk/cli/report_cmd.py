"""``hrdesk report``, ``hrdesk training-report`` and ``hrdesk verify``."""

from __future__ import annotations

import argparse

from hrdesk.cli.common import (
    add_db_option,
    check_offices,
    date_arg,
    known_values,
    open_database,
    writing,
)
from hrdesk.domain.choices import ACTIVITY_KIND, PRIVACY_LEVEL
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.privacy import Privacy
from hrdesk.i18n import LANGUAGES, _
from hrdesk.reference import countries
from hrdesk.reports.figures import countries_in_use
from hrdesk.services import settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=_("write the Excel and/or PDF report of a period"))
    add_db_option(p)
    p.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE")
    p.add_argument("--period", metavar="PERIOD", help=_("instead of --from/--to: YYYY, YYYY-Qn, this_year, "
                                                        "last_year, this_quarter or last_quarter"))
    p.add_argument("--office", action="append", default=[], metavar="CODE", help=_("office code (repeatable)"))
    p.add_argument("--country", action="append", default=[], metavar="ISO3", help=_("country code (repeatable)"))
    p.add_argument("--kind", action="append", default=[], choices=ACTIVITY_KIND.codes, metavar="KIND",
                   help=_("kind of activity (repeatable): {kinds}").format(kinds=", ".join(ACTIVITY_KIND.codes)))
    p.add_argument("--theme", action="append", default=[], metavar="THEME")
    p.add_argument("--sdg", action="append", default=[], type=int, choices=range(1, 18), metavar="GOAL",
                   help=_("SDG goal number (1 to 17)"))
    p.add_argument("--privacy", choices=PRIVACY_LEVEL.codes,
                   help=_("default: the default privacy of the settings (pseudonymised out of the box)"))
    p.add_argument("--lang", choices=LANGUAGES, help=_("default: the language of the settings"))
    p.add_argument("--include-cancelled", action="store_true")
    p.add_argument("--xlsx", metavar="FILE")
    p.add_argument("--pdf", metavar="FILE")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("training-report", help=_("write the report (and certificates) of one training"))
    add_db_option(p)
    p.add_argument("activity", metavar="ACTIVITY_ID", help=_("the activity's id or a unique start of it"))
    p.add_argument("--pdf", metavar="FILE", required=True)
    p.add_argument("--certificates", metavar="FILE", help=_("also write certificates of participation"))
    p.add_argument("--privacy", default=Privacy.FULL.value, choices=PRIVACY_LEVEL.codes)
    p.add_argument("--lang", choices=LANGUAGES, help=_("default: the language of the settings"))
    p.set_defaults(func=cmd_training_report)

    p = sub.add_parser("recommendations-report",
                       help=_("write the compendium of recommendations and follow-up matrix (Excel or PDF)"))
    add_db_option(p)
    p.add_argument("--out", metavar="FILE", required=True, help=_("a .xlsx or .pdf file"))
    p.add_argument("--group-by", choices=("cluster", "theme", "mechanism"), default="cluster")
    p.add_argument("--lang", choices=LANGUAGES, help=_("default: the language of the settings"))
    p.set_defaults(func=cmd_recommendations_report)

    p = sub.add_parser("verify", help=_("say whose certificate a verification code belongs to"))
    add_db_option(p)
    p.add_argument("code", metavar="CODE")
    p.set_defaults(func=cmd_verify)


def cmd_report(args: argparse.Namespace) -> int:
    # start-up time: every command's parser is built at start; this loads only when the command runs
    from hrdesk.reports import figures, service
    from hrdesk.reports.scope import ReportScope

    if not args.xlsx and not args.pdf:
        raise HRDeskError(_("Give --xlsx FILE and/or --pdf FILE."))
    if args.period and (args.date_from or args.date_to):
        raise HRDeskError(_("Give either --period or --from/--to, not both."))
    with open_database(args) as db:
        options = dict(offices=tuple(o.upper() for o in args.office),
                       countries=tuple(c.upper() for c in args.country), kinds=tuple(args.kind),
                       themes=tuple(args.theme), sdg_goals=tuple(args.sdg),
                       privacy=args.privacy or settings.default_privacy(db).value,
                       language=args.lang or settings.language(db), include_cancelled=args.include_cancelled)
        if args.period:
            scope = ReportScope.preset(args.period, **options)
        else:
            scope = ReportScope(date_from=args.date_from, date_to=args.date_to, **options)
        check_offices(db, scope.offices)
        check_countries(db, scope.countries)
        f = figures.load(db, scope, narrative=bool(args.pdf))
        if f.empty:
            print(_("No activities in this period: the report says so."))
        if args.xlsx:
            print(_("Excel report written to {path}").format(path=service.build_excel(db, scope, args.xlsx, figures=f)))
        if args.pdf:
            print(_("PDF report written to {path}").format(path=service.build_pdf(db, scope, args.pdf, figures=f)))
    return 0


def check_countries(db, codes: tuple[str, ...]) -> None:
    """Refuse a code that is not a country (ISO 3166 alpha-3): it would give an empty report."""
    unknown = [c for c in codes if not countries.is_country(c)]
    if unknown:
        in_use = countries_in_use(db)
        raise HRDeskError(_("{codes} is not a country code (ISO 3166 alpha-3, e.g. GIN). "
                            "Countries in this database: {known}.").format(
            codes=", ".join(unknown), known=known_values(in_use)))


def cmd_recommendations_report(args: argparse.Namespace) -> int:
    # start-up time: every command's parser is built at start; this loads only when the command runs
    from hrdesk.reports import followup_report

    if not args.out.lower().endswith(followup_report.FORMATS):
        raise HRDeskError(_("Give a file ending in .xlsx or .pdf to --out."))
    with open_database(args) as db:
        path = followup_report.build(db, args.out, group_by=args.group_by,
                                     language=args.lang or settings.language(db))
        print(_("Recommendations report written to {path}").format(path=path))
    return 0


def cmd_training_report(args: argparse.Namespace) -> int:
    # start-up time: every command's parser is built at start; this loads only when the command runs
    from hrdesk.reports import training

    # certificates get their numbers written in the database: only under the one-writer lock
    with (writing(args) if args.certificates else open_database(args)) as db:
        language = args.lang or settings.language(db)
        path = training.build_training_report(db, args.activity, args.pdf, privacy=args.privacy, language=language)
        print(_("Training report written to {path}").format(path=path))
        if args.certificates:
            path = training.build_certificates(db, args.activity, args.certificates, language=language)
            print(_("Certificates written to {path}").format(path=path))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    # start-up time: every command's parser is built at start; this loads only when the command runs
    from hrdesk.reports.fmt import Fmt
    from hrdesk.services import certificates

    with open_database(args) as db:
        c = certificates.verify(db, args.code)
        tr = Fmt(settings.language(db))
    print(_("Certificate {code}: {name}").format(code=c["code"], name=c["full_name"]))
    print(_("Training: {title} ({dates})").format(title=c["title"], dates=tr.dates(c["start_date"], c["end_date"])))
    print(_("Office: {office} ({code})").format(office=c["office"], code=c["office_code"]))
    print(_("Issued on: {date}").format(date=tr.date(c["certificate_date"])))
    if c["withdrawn"]:
        print(_("Warning: this participation or training was deleted since; the certificate may have been withdrawn."))
        return 1
    return 0
