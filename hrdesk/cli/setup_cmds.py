"""``hrdesk init``, ``hrdesk rename-office``, ``hrdesk check``, ``hrdesk copy`` and ``hrdesk stats``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hrdesk.cli.common import (
    add_db_option,
    add_passphrase_option,
    ask_server_password,
    check_offices,
    database_path,
    date_arg,
    open_database,
    open_location,
    shown,
    speak_stored_language,
    writer_lock,
    writing,
)
from hrdesk.domain.choices import OFFICE_KIND
from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _, ngettext
from hrdesk.reports.figures import stats
from hrdesk.safety.passphrase import passphrase_for
from hrdesk.services import offices
from hrdesk.services.copying import copy_database
from hrdesk.services.filters import ActivityScope
from hrdesk.services.health import check_database, check_server
from hrdesk.storage.database import Database, is_server_location


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=_("configure this installation's office and create the database"))
    add_db_option(p)
    p.add_argument("--office-code", required=True, help=_("short unique code, e.g. GN"))
    p.add_argument("--office-name", required=True)
    p.add_argument("--country", required=True, help=_("ISO 3166 alpha-3 code, e.g. GIN"))
    p.add_argument("--kind", default="country_office", choices=OFFICE_KIND.codes)
    p.add_argument("--user", default="", help=_("your name, recorded in the audit trail"))
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("rename-office", help=_(
        "change the name of this installation's office (its code, which identifies its records, never changes)"))
    add_db_option(p)
    p.add_argument("--office-name", required=True, help=_("the office's new name"))
    p.add_argument("--user", default=None, help=_("your name, recorded in the audit trail"))
    p.set_defaults(func=cmd_rename_office)

    p = sub.add_parser("check", help=_("check the database's integrity; exit 0 when healthy"))
    add_db_option(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("copy", help=_(
        "copy a whole database to another place or backend (a SQLite file to a PostgreSQL server to set up "
        "headquarters, or a server database to a file for an offline snapshot)"))
    p.add_argument("--from", dest="source", required=True, metavar="PATH|URL", help=_("the database to copy"))
    p.add_argument("--to", dest="destination", required=True, metavar="PATH|URL",
                   help=_("a new file, or an empty PostgreSQL database"))
    add_passphrase_option(p, _("file holding the passphrase of an encrypted source file"))
    p.set_defaults(func=cmd_copy)

    p = sub.add_parser("stats", help=_("key figures of a period"))
    add_db_option(p)
    p.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE")
    p.add_argument("--office", action="append", default=[], metavar="CODE")
    p.add_argument("--json", action="store_true", help=_("print one JSON object on stdout"))
    p.set_defaults(func=cmd_stats)


def cmd_init(args: argparse.Namespace) -> int:
    values = {"code": args.office_code, "name": args.office_name, "kind": args.kind, "country": args.country}
    offices.check_values(values)  # bad values: refused before any file is created
    with writing(args, must_exist=False) as db, db.writer_turn("configure-office"):
        if offices.is_configured(db):
            office = offices.own_office(db)
            raise HRDeskError(_(
                "{path} is already set up for office {code} ({name}); nothing was changed. An office's code "
                "never changes; to change its name, use 'hrdesk rename-office --office-name NAME'.").format(
                path=db.location, code=office["code"], name=office["name"]))
        office = offices.configure(db, values, args.user)
        print(_("Office {code} ({name}) configured in {path}").format(
            code=office["code"], name=office["name"], path=db.location))
    return 0


def cmd_rename_office(args: argparse.Namespace) -> int:
    with writing(args) as db:
        before = offices.own_office(db)
        office = offices.rename(db, args.office_name, args.user)
    print(_("Office {code} renamed from '{old}' to '{new}'.").format(
        code=office["code"], old=before["name"], new=office["name"]))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path = database_path(args)
    if is_server_location(path):
        report = check_server(path, ask_password=ask_server_password)
        for line in report.lines:
            print(line)
        return 0 if report.healthy else 1
    if not path.exists():
        raise HRDeskError(_("No database at {path}.").format(path=path))
    report = check_database(path, passphrase_for(path, args.passphrase_file))
    for line in report.lines:
        print(line)
    return 0 if report.healthy else 1


def cmd_copy(args: argparse.Namespace) -> int:
    source_loc = database_path(argparse.Namespace(db=args.source))
    target_loc = database_path(argparse.Namespace(db=args.destination))
    if not is_server_location(target_loc) and Path(target_loc).exists():
        raise HRDeskError(_("{path} exists already: copy into a new file (nothing was changed).").format(
            path=target_loc))
    if not is_server_location(source_loc) and not Path(source_loc).is_file():
        raise HRDeskError(_("No database at {path}.").format(path=source_loc))
    created = None
    with writer_lock(source_loc):
        source = speak_stored_language(open_location(source_loc, args))
        try:
            with writer_lock(target_loc):
                if not is_server_location(target_loc):
                    created = Path(target_loc)
                if created is not None and source.encrypted:  # a file of names never leaves encryption
                    target = Database.open(created, passphrase=source.passphrase)
                else:
                    target = open_location(target_loc, args)
                try:
                    result = copy_database(source, target)
                finally:
                    target.close()
        except BaseException:
            if created is not None:  # never leave a half-copied file behind
                for leftover in (created, created.with_name(created.name + "-wal"),
                                 created.with_name(created.name + "-shm")):
                    leftover.unlink(missing_ok=True)
            raise
        finally:
            source.close()
    print(ngettext("Copied {n} row from {source} to {destination}; every table's count and content checked.",
                   "Copied {n} rows from {source} to {destination}; every table's count and content checked.",
                   result.total).format(n=f"{result.total:,}", source=shown(source_loc), destination=shown(target_loc)))
    for table in ("offices", "activities", "participants", "participations", "recommendations"):
        print(f"  {table}: {result.counts.get(table, 0):,}")
    if created is not None and source.encrypted:
        print(_("The copy {path} is encrypted with the passphrase of {source}.").format(
            path=created, source=shown(source_loc)))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise HRDeskError(_("--to is before --from."))
    scope = ActivityScope(date_from=args.date_from, date_to=args.date_to,
                          offices=tuple(o.upper() for o in args.office))
    with open_database(args) as db:
        check_offices(db, scope.offices)
        figures = stats(db, scope)
    if args.json:
        json.dump(figures, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return 0
    print(_("Activities: {n}").format(n=figures["activities"]))
    for kind, n in figures["by_kind"].items():
        print(f"  {kind}: {n}")
    print(_("Participants (unique people): {n}").format(n=figures["participants"]))
    print(_("Participations: {n}").format(n=figures["participations"]))
    for sex, n in figures["by_sex"].items():
        print(f"  {sex}: {n}")
    print(_("Aggregate reach (people): {n}").format(n=figures["reach"]))
    print(_("Countries reached: {n}").format(n=figures["countries"]))
    print(_("SDG targets addressed: {n}").format(n=figures["sdg_targets"]))
    print(_("Recommendations addressed: {n}").format(n=figures["recommendations"]))
    return 0



