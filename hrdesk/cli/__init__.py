"""The ``hrdesk`` command line.  Each command lives in its own module of this package and
registers itself through ``register(subparsers)``; ``COMMAND_MODULES`` lists them.

Expected problems (bad arguments, missing files, invalid data) print one clear line on
stderr and exit non-zero — never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from hrdesk import build_info, i18n
from hrdesk.cli.common import add_db_option, add_passphrase_option  # noqa: F401  (add_db_option: the commands' shared option, also here)
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.i18n import _
from hrdesk.launch import GUI_OPTIONS, gui_options, wants_gui  # noqa: F401  (the entry point's, also here)
from hrdesk.logs import setup_logging
from hrdesk.safety.atomic import disk_error_message

COMMAND_MODULES = (
    "hrdesk.cli.setup_cmds",   # init, check, stats
    "hrdesk.cli.demo_cmd",     # demo (foundation helper)
    "hrdesk.cli.report_cmd",   # report, training-report, verify (reports helper)
    "hrdesk.cli.exchange_cmd",  # export, import, consolidate (exchange)
    "hrdesk.cli.intake_cmd",   # template, import-activities (spreadsheet intake)
    "hrdesk.cli.odk_cmd",      # xlsform, import-submissions (forms on phones)
    "hrdesk.cli.safety_cmd",   # backup, backups, restore, encrypt, decrypt (data safety)
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

log = logging.getLogger("hrdesk")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hrdesk", description=_(
        "HRDesk records human-rights activities, participants and recommendations offline. "
        "Without a command, the desktop app starts."))
    parser.add_argument("--version", action="version", version=build_info.version_string())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    setup_logging()
    language = i18n.current().language  # a command may switch to the database's language
    try:
        return int(args.func(args) or EXIT_OK)
    except ValidationError as exc:
        for problem in exc.problems:
            print(f"hrdesk: {problem}", file=sys.stderr)
        return EXIT_ERROR
    except HRDeskError as exc:
        print(f"hrdesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except FileNotFoundError as exc:
        print(f"hrdesk: {_('file not found')}: {exc.filename}", file=sys.stderr)
        return EXIT_ERROR
    except PermissionError as exc:
        print(f"hrdesk: {_('permission denied')}: {exc.filename}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading: not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR
    except OSError as exc:  # full disk, removed USB stick…: one clear sentence
        print(f"hrdesk: {disk_error_message(exc, exc.filename or _('the file'))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"hrdesk: {_('interrupted')}", file=sys.stderr)
        return 130
    except Exception as exc:  # unexpected: logged with its traceback, one line for the user
        log.exception("unexpected error in command %s", args.command)
        print(f"hrdesk: {_('unexpected error')} ({type(exc).__name__}): {exc}. "
              f"{_('Details are in the log file.')}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        i18n.set_language(language)
