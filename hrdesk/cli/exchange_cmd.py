"""``hrdesk export``, ``hrdesk import`` and ``hrdesk consolidate``: exchange workbooks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hrdesk.cli.common import (
    add_db_option,
    add_passphrase_option,
    date_arg,
    print_problems,
    writing,
)
from hrdesk.domain.errors import HRDeskError
from hrdesk.exchange.format import PRIVACY_LEVELS
from hrdesk.i18n import _
from hrdesk.services import offices


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=_("write an exchange workbook for the regional office"))
    add_db_option(p)
    p.add_argument("--out", required=True, metavar="FILE", help=_("the .xlsx file to write"))
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--since-last", metavar="RECIPIENT",
                       help=_("only what changed since the last export to this recipient"))
    scope.add_argument("--since", type=date_arg, metavar="DATE", help=_("only what changed since DATE"))
    p.add_argument("--privacy", choices=PRIVACY_LEVELS,
                   help=_("default: the setting (pseudonymised unless changed)"))
    p.add_argument("--password-file", metavar="F", help=_("encrypt with the password in this file"))
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help=_("import exchange workbooks (each file all or nothing)"))
    add_db_option(p)
    _import_options(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("consolidate", help=_("import many offices' exchange workbooks into a regional database"))
    p.add_argument("--db", required=True, metavar="REGIONAL.sqlite",
                   help=_("the regional database (created if needed)"))
    p.add_argument("--office-code", default="REGION",
                   help=_("code of the regional office when the database is new (default REGION)"))
    p.add_argument("--office-name", default=None, help=_("its name (default: 'Regional office')"))
    p.add_argument("--country", default=None, help=_("its country (ISO 3166 alpha-3), optional"))
    add_passphrase_option(p)
    _import_options(p)
    p.set_defaults(func=cmd_consolidate)


def _import_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("--password-file", metavar="F", help=_("password of encrypted files"))
    p.add_argument("--accept-modified", action="store_true",
                   help=_("import files whose checksum shows they were edited (recorded in the log)"))


def read_password(path: str | None) -> str | None:
    if not path:
        return None
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise HRDeskError(_("The password file {path} cannot be read: {error}").format(
            path=path, error=exc.strerror or exc)) from None
    password = text.splitlines()[0] if text.splitlines() else ""
    if not password:
        raise HRDeskError(_("The password file {path} is empty.").format(path=path))
    return password


def cmd_export(args: argparse.Namespace) -> int:
    # start-up time: every command's parser is built at start; this loads only when the command runs
    from hrdesk.exchange import export_workbook

    password = read_password(args.password_file)
    with writing(args) as db:  # records the export (and the pseudonym key on first use)
        result = export_workbook(db, args.out, privacy=args.privacy, since=args.since,
                                 recipient=args.since_last, password=password)
    rows = ", ".join(f"{name} {n}" for name, n in result.counts.items())
    print(_("{path}: exported ({privacy}, {scope}): {rows}").format(
        path=result.path, privacy=result.privacy, scope=result.scope, rows=rows))
    return 0


def _run_imports(db, args: argparse.Namespace, reason: str = "import") -> int:
    # start-up time: every command's parser is built at start; this loads only when the command runs
    from hrdesk.exchange import import_files
    from hrdesk.exchange.importer import expand

    files = expand(args.files)
    if not files:
        raise HRDeskError(_("No .xlsx file to import."))
    password = read_password(args.password_file)
    rejected = 0

    def report(result) -> None:
        nonlocal rejected
        if result.ok:
            print(result.summary())
            return
        rejected += 1   # the summary names the first problem: each problem once, all on stderr
        print(result.summary(), file=sys.stderr)
        print_problems(result.problems[1:])

    import_files(db, files, password=password, accept_modified=args.accept_modified, on_file=report,
                 backup_reason=reason)
    return 1 if rejected else 0


def cmd_import(args: argparse.Namespace) -> int:
    with writing(args) as db:
        return _run_imports(db, args)


def cmd_consolidate(args: argparse.Namespace) -> int:
    office = {"code": args.office_code, "kind": "regional_office",
              "name": args.office_name or _("Regional office"), "country": args.country}
    offices.check_values(office)  # bad values: refused before the regional database is created
    with writing(args, must_exist=False) as db:
        with db.writer_turn("configure-office"):  # several consolidations may start at once on a server
            if not offices.is_configured(db):
                offices.configure(db, office, "")
        return _run_imports(db, args, "consolidation")
