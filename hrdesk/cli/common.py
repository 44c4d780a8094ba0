"""Helpers shared by commands: opening the database named by ``--db``, parsing dates."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from hrdesk import paths
from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _
from hrdesk.storage.database import Database


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if getattr(args, "db", None) else paths.default_database_path()


def open_database(args: argparse.Namespace, *, must_exist: bool = True) -> Database:
    path = database_path(args)
    if must_exist and not path.exists():
        raise HRDeskError(_("No database at {path}: run 'hrdesk init' first (or give --db).").format(path=path))
    from hrdesk.safety.passphrase import passphrase_for  # encrypted: HRDESK_PASSPHRASE or a prompt

    return Database.open(path, passphrase=passphrase_for(path))


def date_arg(text: str) -> dt.date:
    """argparse type for dates written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a date (use YYYY-MM-DD)").format(text=text)) from None
