"""How the ``hrdesk`` command tells the desktop app from a command, without loading the
command line (and the database layer under it): the entry point decides here, then imports
either the app or the command line (start-up time, issue 19)."""

from __future__ import annotations

from collections.abc import Sequence

GUI_OPTIONS = ("--db", "--lang")


def wants_gui(args: Sequence[str]) -> bool:
    """No command (at most --db/--lang options): start the desktop app."""
    i = 0
    while i < len(args):
        arg = args[i]
        name = arg.split("=", 1)[0]
        if name not in GUI_OPTIONS:
            return False
        i += 1 if "=" in arg else 2
    return True


def gui_options(args: Sequence[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    i = 0
    while i < len(args):
        name, _sep, value = args[i].partition("=")
        if not _sep and i + 1 < len(args):
            value = args[i + 1]
            i += 1
        options[name.lstrip("-")] = value
        i += 1
    return options
