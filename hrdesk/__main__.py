"""Entry point: ``hrdesk`` with no arguments starts the desktop app, otherwise the CLI.

This is the one module outside ``hrdesk/ui`` allowed to reach the GUI, and it only does so
lazily, so that the command line never loads Qt; the command line (with the database layer)
is imported only for a command, so that the desktop app paints its window first.  ``hrdesk screenshots DIR`` is a GUI
command: it is handled here, before the (Qt-free) command line.
"""

from __future__ import annotations

import argparse
import sys

from hrdesk.i18n import N_, _
from hrdesk.launch import gui_options, wants_gui

GUI_COMMANDS_HELP = N_(
    "Desktop app (no command):\n"
    "  hrdesk [--db PATH] [--lang xx]\n"
    "                        start the desktop app on the database PATH (default: the one in your\n"
    "                        data folder), in the language xx (en, fr, es)\n"
    "\n"
    "Desktop app commands:\n"
    "  screenshots DIR [--db PATH] [--lang xx]\n"
    "                        save a PNG of each main view (and the activity editor) into DIR, then exit"
)


def screenshots_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hrdesk screenshots", description=_(
        "Open each main view of the desktop app on a database and save one PNG per view "
        "(1366×768) into a folder. Without a screen, the views are drawn off screen."))
    parser.add_argument("directory", metavar="DIR", help=_("folder for the PNG files (created if needed)"))
    parser.add_argument("--db", metavar="PATH", help=_("database file (default: the one in your data folder)"))
    parser.add_argument("--lang", metavar="xx", help=_("interface language (en, fr, es)"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "screenshots":
        options = screenshots_parser().parse_args(args[1:])
        # GUI import (start-up time, no Qt for the CLI)
        from hrdesk.ui.screenshots import take_screenshots

        return take_screenshots(options.directory, db=options.db, lang=options.lang)
    if wants_gui(args):
        # the only GUI import outside hrdesk.ui (start-up time, no Qt for the CLI)
        from hrdesk.ui.app import run_app

        return run_app(gui_options(args))
    # start-up time: the command line (and the database layer under it) loads for a command only
    from hrdesk import cli

    if args in (["-h"], ["--help"]):
        parser = cli.build_parser()
        parser.formatter_class = argparse.RawDescriptionHelpFormatter
        parser.epilog = _(GUI_COMMANDS_HELP)
        parser.print_help()
        return 0
    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
