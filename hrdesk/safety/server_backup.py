"""Backups of a server (PostgreSQL) database: ``pg_dump`` in its custom format.

A SQLite file is backed up by HRDesk itself (:mod:`hrdesk.safety.backups`); a server
database belongs to its administrator, whose scheduled backups are the real safety net.
HRDesk still makes one when asked (``hrdesk backup``, File ▸ Back up now) and before a
schema upgrade, with PostgreSQL's ``pg_dump`` when it is installed on this computer; without
it, the user is told plainly how to back up a server database.  The password (when the
server wants one and it was typed into HRDesk) goes to ``pg_dump`` through its environment,
never on a command line.
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from hrdesk import paths
from hrdesk.domain.errors import DatabaseError
from hrdesk.i18n import _
from hrdesk.storage.database import Database, server_url

log = logging.getLogger(__name__)
SUFFIX = ".dump"
TIMEOUT_SECONDS = 6 * 3600


def pg_dump_program() -> str | None:
    """``pg_dump`` on the PATH, else the newest of Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which("pg_dump")
    if found:
        return found
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"))
    return candidates[-1] if candidates else None


def how_to_back_up(db: Database) -> str:
    return _("HRDesk cannot back up the server database {location} from this computer: PostgreSQL's "
             "pg_dump program is not installed. Install PostgreSQL's client programs (the postgresql-client "
             "package, or PostgreSQL from postgresql.org on Windows) and try again, or ask the server's "
             "administrator: a server database is backed up on the server (pg_dump or the server's "
             "scheduled backups).").format(location=db.location)


def backup_folder(db: Database) -> Path:
    """Server backups go to the user's data folder, one sub-folder per server database."""
    return backup_folder_of(db.url)


def backup_folder_of(location: str | URL) -> Path:
    url = server_url(location)
    host = str(url.host or url.query.get("host") or "localhost")
    label = f"{url.database or url.query.get('service', 'server')}@{'local' if host.startswith('/') else host}"
    return paths.data_dir() / "backups" / re.sub(r"[^A-Za-z0-9@._-]+", "-", label)


def _environment(db: Database) -> dict[str, str]:
    url = db.url
    env = dict(os.environ)
    values = {"PGHOST": url.host or url.query.get("host"), "PGPORT": url.port, "PGUSER": url.username,
              "PGDATABASE": url.database, "PGPASSWORD": url.password,
              "PGSERVICE": url.query.get("service"), "PGSSLMODE": url.query.get("sslmode")}
    for key, value in values.items():
        if value:
            env[key] = str(value[0] if isinstance(value, tuple) else value)
    return env


def make_backup(db: Database, reason: str = "manual", *, out: Path | str | None = None) -> Path:
    """``pg_dump --format=custom`` of the whole database into ``out`` (a file or a folder), or
    into :func:`backup_folder`.  Written under a temporary name and renamed when complete."""
    program = pg_dump_program()
    if program is None:
        raise DatabaseError(how_to_back_up(db))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{db.url.database or 'hrdesk'}_{stamp}_{re.sub(r'[^a-z0-9-]+', '-', reason.lower())}{SUFFIX}"
    if out is None:
        destination = backup_folder(db) / name
    else:
        destination = Path(out).expanduser()
        if destination.is_dir():
            destination = destination / name
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    try:
        done = subprocess.run([program, "--format=custom", "--no-password", f"--file={partial}"],
                              env=_environment(db), capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(_("The backup of {location} failed: {error}").format(location=db.location,
                                                                                 error=exc)) from None
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        lines = done.stderr.strip().splitlines() or [""]
        # the reason, not the query pg_dump ran ("pg_dump: detail: Query was: …" comes last)
        reason_text = next((line for line in lines if "error:" in line), lines[-1])
        raise DatabaseError(_("pg_dump could not back up {location}: {error}").format(
            location=db.location, error=reason_text))
    os.replace(partial, destination)
    log.info("server backup made (%s, %d bytes)", reason, destination.stat().st_size)
    return destination
