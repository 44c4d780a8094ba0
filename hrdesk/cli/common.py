"""Helpers shared by commands: opening the database named by ``--db`` (for reading, or for
writing under the one-writer lock), parsing dates, listing known values."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from hrdesk import i18n, paths
from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _, ngettext
from hrdesk.safety import startup
from hrdesk.safety.lock import WriterLock, acquire_writer_lock
from hrdesk.safety.passphrase import get_passphrase
from hrdesk.services import offices, settings
from hrdesk.storage.database import (
    Database,
    describe_url,
    has_password,
    is_server_location,
    server_url,
)

LOCK_WAIT_SECONDS = 5.0   # a writing command waits this long for another HRDesk to finish
LOCK_POLL_SECONDS = 0.2
KNOWN_VALUES_SHOWN = 15
MAX_PROBLEMS_SHOWN = 20   # problems of a file printed before "… and N more problems"


def print_problems(problems: list, prefix: str = "  ") -> None:
    """A file's problems on stderr, at most :data:`MAX_PROBLEMS_SHOWN`, then how many more."""
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        print(f"{prefix}{problem}", file=sys.stderr)
    more = len(problems) - MAX_PROBLEMS_SHOWN
    if more > 0:
        print("  " + ngettext("… and {n} more problem", "… and {n} more problems", more).format(n=more),
              file=sys.stderr)


def print_rejected(name: str, problems: list) -> None:
    """A file refused whole: its problems (capped), then that nothing was imported."""
    print_problems(problems, f"{name}: ")
    print(ngettext("Nothing was imported: {n} problem to fix in the file.",
                   "Nothing was imported: {n} problems to fix in the file.", len(problems)).format(n=len(problems)),
          file=sys.stderr)


DATABASE_URL_ENV = "HRDESK_DATABASE_URL"


def database_path(args: argparse.Namespace) -> Path | str:
    """The database a command works on: ``--db`` (a file path or a ``postgresql://`` URL), else
    ``HRDESK_DATABASE_URL``, else the file in the user's data folder.  A URL given on the
    command line must not carry a password (other users of the computer can read command lines)."""
    given = getattr(args, "db", None)
    if given and is_server_location(given):
        if has_password(server_url(given)):
            raise HRDeskError(_("Never put the password in --db (other users of this computer can see command "
                                "lines): put it in your ~/.pgpass file or a libpq service file, or type it when "
                                "HRDesk asks."))
        return given
    if given:
        return Path(given).expanduser()
    env = os.environ.get(DATABASE_URL_ENV, "").strip()
    if env:
        return env if is_server_location(env) else Path(env).expanduser()
    return paths.default_database_path()


def shown(location: Path | str) -> str:
    """A database location as printed: a path, or a URL without its password."""
    return describe_url(location) if is_server_location(location) else str(location)


def _require(path: Path | str) -> None:
    if is_server_location(path):
        return  # a server database that does not exist says so when it is opened
    if not Path(path).is_file():
        raise HRDeskError(_("No database at {path}: run 'hrdesk init' first (or give --db).").format(path=path))


def ask_server_password(location: str, wrong: bool) -> str | None:
    """The server's password typed at the terminal (never echoed), or an explanation when no
    one can type it."""
    if not sys.stdin.isatty():
        raise HRDeskError(_("The server {location} asks for a password and none can be typed here: put it in "
                            "your ~/.pgpass file (or a libpq service file).").format(location=location))
    # start-up time: getpass is only needed when a server asks for a password
    import getpass

    prompt = _("Wrong password. Password for {location}: ") if wrong else _("Password for {location}: ")
    return getpass.getpass(prompt.format(location=location)) or None


def open_location(path: Path | str, args: argparse.Namespace, *, migrate: bool = True) -> Database:
    """The one way of opening (:func:`hrdesk.safety.startup.open_database`); the passphrase of an
    encrypted file from ``--passphrase-file``, ``HRDESK_PASSPHRASE`` or a prompt, asked once."""
    if is_server_location(path):
        return startup.open_database(path, migrate=migrate, ask_password=ask_server_password)
    passphrase_file = getattr(args, "passphrase_file", None)

    def ask(_path: Path, _wrong: bool) -> str:
        return get_passphrase(passphrase_file, prompt=_("Passphrase for {path}: ").format(path=path))

    return startup.open_database(path, ask, migrate=migrate, attempts=1)


def open_database(args: argparse.Namespace, *, must_exist: bool = True, migrate: bool = True) -> Database:
    """The database for a command that only reads it (the passphrase from ``--passphrase-file``,
    ``HRDESK_PASSPHRASE`` or a prompt).  Commands that change it use :func:`writing`."""
    path = database_path(args)
    if must_exist:
        _require(path)
    return speak_stored_language(open_location(path, args, migrate=migrate))


def speak_stored_language(db: Database) -> Database:
    """Unless ``HRDESK_LANG`` names the language, the command speaks the database's stored
    language setting from here on (as the desktop app does)."""
    if not os.environ.get(i18n.LANGUAGE_ENV, "").strip():
        i18n.set_language(settings.language(db))
    return db


def busy_message(path: Path) -> str:
    return _("HRDesk is open on this database ({path}); close it or try again. Nothing was changed.").format(
        path=path)


@contextmanager
def writer_lock(path: Path, wait: float | None = None) -> Iterator[WriterLock]:
    """Hold the database's one-writer lock for the block, waiting up to ``wait`` seconds
    (default :data:`LOCK_WAIT_SECONDS`) for another HRDesk or command to let go of it
    (a server database has none: the lock is acquired at once)."""
    deadline = time.monotonic() + (LOCK_WAIT_SECONDS if wait is None else wait)
    while True:
        lock = acquire_writer_lock(path)
        if lock.acquired:
            break
        if not lock.busy:  # the lock file cannot be created: no use waiting
            raise HRDeskError(lock.message)
        if time.monotonic() >= deadline:
            raise HRDeskError(busy_message(path))
        time.sleep(LOCK_POLL_SECONDS)
    try:
        yield lock
    finally:
        lock.release()


@contextmanager
def writing(args: argparse.Namespace, *, must_exist: bool = True) -> Iterator[Database]:
    """The database for a command that changes it: the one-writer lock is taken first (so
    no command writes while the app or another command does), then the database is opened."""
    path = database_path(args)
    if must_exist:
        _require(path)
    with writer_lock(path):
        db = speak_stored_language(open_location(path, args))
        try:
            yield db
        finally:
            db.close()


def add_passphrase_option(parser: argparse.ArgumentParser, text: str | None = None) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE", help=text or _(
        "file holding the passphrase of an encrypted database (or set HRDESK_PASSPHRASE, or type it when asked)"))


def add_db_option(parser: argparse.ArgumentParser, *, passphrase: bool = True) -> None:
    """``--db PATH`` and (unless the command words it itself) ``--passphrase-file FILE``."""
    parser.add_argument("--db", metavar="PATH|URL", help=_(
        "database file, or a PostgreSQL server database as postgresql://user@host/name (default: "
        "HRDESK_DATABASE_URL, else the file in your data folder)"))
    if passphrase:
        add_passphrase_option(parser)


def known_values(values: Iterable[str], limit: int = KNOWN_VALUES_SHOWN) -> str:
    """``A, B, C`` — or the first ``limit`` of them and how many more."""
    values = list(values)
    if not values:
        return _("none")
    shown = ", ".join(values[:limit])
    rest = len(values) - limit
    if rest <= 0:
        return shown
    return shown + " " + ngettext("(and {n} more)", "(and {n} more)", rest).format(n=rest)


def check_offices(db: Database, codes: tuple[str, ...]) -> None:
    """Refuse an office code the database does not know (it would give empty figures)."""
    known = [o["code"] for o in offices.list_offices(db)]
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise HRDeskError(_("No office {codes} in this database. Known offices: {known}.").format(
            codes=", ".join(unknown), known=known_values(known)))


def date_arg(text: str) -> dt.date:
    """argparse type for dates written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a date (use YYYY-MM-DD)").format(text=text)) from None
