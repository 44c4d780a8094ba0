"""Automatic, verified, rotated backups made with SQLite's online backup API.

Backups of ``office.sqlite`` go to ``backups/`` beside it, named
``office_20261128-093000_r0003_<reason>.sqlite`` (local date and time, schema revision,
why it was made).  Each copy passes ``PRAGMA integrity_check`` before it gets its final
name; a backup of an encrypted database is encrypted with the same passphrase.

Service API (Qt-free; the UI and other services call these)::

    make_backup(db, reason="manual", out=None)  -> BackupInfo   # File > Back up now; `hrdesk backup`
    backup_before(db, reason)                   -> BackupInfo   # before import / consolidation / merge
    backup_if_due(db)                           -> BackupInfo | None   # at start-up (older than a day)
    list_backups(db_path, passphrase=None)      -> list[BackupInfo]    # newest first, with counts
    backup_folder(db_path)                      -> Path
    policy(db) / set_policy(db, ...)            -> BackupPolicy        # rotation and second folder

``backup_before`` reasons: ``"import"``, ``"consolidation"``, ``"merge"``, ``"restore"``,
``"encrypt"``… (any short word).  Rotation keeps the newest few, then the newest backup of
each of the last 7 days, 4 weeks and 12 months (settings ``backup_keep_daily``,
``backup_keep_weekly``, ``backup_keep_monthly``, ``backup_keep_recent``).  When the setting
``backup_second_folder`` names a folder that exists (a USB stick that is plugged in), each
backup is also copied there; a missing folder is not an error (``BackupInfo.warning``).

Errors: :class:`~hrdesk.safety.atomic.DiskError` (full disk, removed media) and
:class:`~hrdesk.domain.errors.DatabaseError` (the copy failed verification); no file is
ever left under a backup's final name unless it is complete and verified.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import secrets
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hrdesk.domain.errors import DatabaseError
from hrdesk.i18n import _
from hrdesk.safety import server_backup
from hrdesk.safety.atomic import DiskError, atomic_copy, disk_errors, fsync_dir, fsync_file
from hrdesk.safety.diskspace import ensure_free_space
from hrdesk.services import settings
from hrdesk.storage.database import (
    Database,
    connect_raw,
    current_revision,
    is_encrypted,
    sqlcipher_module,
)

log = logging.getLogger("hrdesk.safety.backups")

FOLDER_NAME = "backups"
SUFFIX = ".sqlite"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = "backup_keep_daily", "backup_keep_weekly", "backup_keep_monthly"
KEEP_RECENT, SECOND_FOLDER = "backup_keep_recent", "backup_second_folder"
AUTOMATIC = "backup_automatic"
COUNTED_TABLES = {"activities": "activities", "participants": "participants",
                  "participations": "participations", "recommendations": "recommendations"}
_NAME = re.compile(r"^(?P<stem>.+)_(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?_r(?P<rev>[A-Za-z0-9]+)"
                   r"_(?P<reason>[a-z0-9-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    recent: int = 5
    second_folder: str = ""
    automatic: bool = True


@dataclass(frozen=True)
class BackupInfo:
    """One backup file.  ``counts`` (live records per table) is None when unreadable
    (encrypted and no passphrase given, or damaged: see ``problem``)."""

    path: Path
    created: dt.datetime
    size: int
    revision: str | None
    reason: str
    encrypted: bool
    counts: dict[str, int] | None = None
    problem: str = ""
    copied_to: Path | None = None
    warning: str = ""

    @property
    def name(self) -> str:
        return self.path.name


# -- policy --------------------------------------------------------------------------------

def policy(db: Database) -> BackupPolicy:
    """The rotation and second-folder settings (defaults when they cannot be read)."""
    base = BackupPolicy()
    try:
        stored = settings.all_settings(db)
    except Exception:  # an old schema during a migration, a read-only copy…
        return base
    def _int(key: str, default: int) -> int:
        try:
            return max(0, int(stored.get(key, default)))
        except (TypeError, ValueError):
            return default
    return BackupPolicy(daily=_int(KEEP_DAILY, base.daily), weekly=_int(KEEP_WEEKLY, base.weekly),
                        monthly=_int(KEEP_MONTHLY, base.monthly), recent=_int(KEEP_RECENT, base.recent),
                        second_folder=str(stored.get(SECOND_FOLDER) or ""),
                        automatic=bool(stored.get(AUTOMATIC, True)))


def set_policy(db: Database, new: BackupPolicy) -> None:
    with db.session() as s:
        settings.set_in(s, KEEP_DAILY, new.daily)
        settings.set_in(s, KEEP_WEEKLY, new.weekly)
        settings.set_in(s, KEEP_MONTHLY, new.monthly)
        settings.set_in(s, KEEP_RECENT, new.recent)
        settings.set_in(s, SECOND_FOLDER, new.second_folder)
        settings.set_in(s, AUTOMATIC, new.automatic)


# -- names ---------------------------------------------------------------------------------

def backup_folder(db_path: Path | str | Database) -> Path:
    path = db_path.path if isinstance(db_path, Database) else Path(db_path)
    return path.parent / FOLDER_NAME


def _reason(text: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-")[:30] or "manual"


def backup_name(db_path: Path, revision: str | None, reason: str, when: dt.datetime, n: int = 0) -> str:
    stamp = when.strftime("%Y%m%d-%H%M%S") + (f"-{n}" if n else "")
    rev = re.sub(r"[^A-Za-z0-9]", "", revision or "") or "none"
    return f"{db_path.stem}_{stamp}_r{rev}_{_reason(reason)}{SUFFIX}"


def parse_name(name: str) -> dict[str, Any] | None:
    match = _NAME.match(name)
    if not match:
        return None
    return {"stem": match["stem"], "created": dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S"),
            "revision": match["rev"], "reason": match["reason"]}


def _revision_of(conn) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception:
        return None
    return row[0] if row else None


# -- making backups -------------------------------------------------------------------------

def backup_file(source: Path, destination: Path, passphrase: str | None = None) -> Path:
    """Copy a live database with SQLite's online backup API, then verify the copy.

    An encrypted source (``passphrase`` given) gives a copy encrypted with the same
    passphrase.  The copy is written under a temporary name, checked with
    ``integrity_check``, synced to disk, then renamed: never a half-written file under
    ``destination``.  Disk errors raise :class:`hrdesk.safety.atomic.DiskError`; prefer
    :func:`make_backup`, which names and rotates backups."""
    destination = Path(destination)
    # a name of its own: two backups made at once (app and command) never share a temporary file
    tmp = destination.with_name(f"{destination.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        with disk_errors(destination, _("the backup")):
            destination.parent.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            src = connect_raw(source, passphrase)
            try:
                dst = connect_raw(tmp, passphrase)
                try:
                    dst.execute("PRAGMA synchronous=OFF")  # a temporary file: synced once, below
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=DELETE")  # a self-contained file
                finally:
                    dst.close()
            finally:
                src.close()
            check = connect_raw(tmp, passphrase, read_only=True)  # verify what is on disk
            try:
                ok = check.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                check.close()
            if ok != "ok":
                raise DatabaseError(_("The backup copy of {path} failed its integrity check.").format(path=source))
            fsync_file(tmp)
            tmp.replace(destination)
            fsync_dir(destination.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return destination


def make_backup(db: Database, reason: str = "manual", *, out: Path | str | None = None,
                rotate_after: bool = True, copy_to_second: bool = True) -> BackupInfo:
    """Back up the open database now.  ``out``: a file chosen by the user (not rotated).
    A server database: ``pg_dump`` (:mod:`hrdesk.safety.server_backup`)."""
    if db.is_server:
        dumped = server_backup.make_backup(db, reason, out=out)
        return BackupInfo(dumped, dt.datetime.now().replace(microsecond=0), dumped.stat().st_size,
                          current_revision(db.engine), _reason(reason), False)
    with db.engine.connect() as conn:
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return _backup_path(db.path, db.passphrase, revision, reason, out=out,
                        pol=policy(db) if out is None else BackupPolicy(),
                        rotate_after=rotate_after and out is None, copy_to_second=copy_to_second and out is None)


def _backup_path(path: Path, passphrase: str | None, revision: str | None, reason: str, *,
                 out: Path | str | None, pol: BackupPolicy, rotate_after: bool, copy_to_second: bool) -> BackupInfo:
    started = time.monotonic()
    if out is not None:
        destination = Path(out).expanduser()
        if destination.is_dir():
            destination = destination / backup_name(path, revision, reason, dt.datetime.now())
    else:
        folder = backup_folder(path)
        now = dt.datetime.now()
        n = 0
        while True:
            destination = folder / backup_name(path, revision, reason, now, n)
            if not destination.exists():
                break
            n += 1
    if destination.resolve() == path.resolve():
        raise DatabaseError(_("A backup cannot replace the database it copies ({path}).").format(path=path))
    size = path.stat().st_size + _wal_size(path)
    ensure_free_space(destination.parent, size, _("the backup"))
    backup_file(path, destination, passphrase)
    info = BackupInfo(destination, dt.datetime.now().replace(microsecond=0), destination.stat().st_size,
                      revision, _reason(reason), passphrase is not None)
    log.info("backup made (%s, %d bytes, %.2f s)", info.reason, info.size, time.monotonic() - started)
    if rotate_after:
        rotate(destination.parent, path.stem, pol)
    if copy_to_second and pol.second_folder:
        info = _copy_to_second(info, Path(pol.second_folder).expanduser(), path.stem, pol)
    return info


def _wal_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def _copy_to_second(info: BackupInfo, folder: Path, stem: str, pol: BackupPolicy) -> BackupInfo:
    if not folder.is_dir():
        return replace(info, warning=_("The second backup folder {folder} is not available (is the USB stick "
                                       "plugged in?); the backup was kept on this computer only.").format(
                                           folder=folder))
    try:
        ensure_free_space(folder, info.size, _("the copy of the backup"))
        copied = atomic_copy(info.path, folder / info.path.name, action=_("the copy of the backup"))
        rotate(folder, stem, pol)
    except DiskError as exc:
        log.warning("copy to the second backup folder failed")
        return replace(info, warning=str(exc))
    return replace(info, copied_to=copied)


def backup_before(db: Database, reason: str) -> BackupInfo | None:
    """A verified backup before a risky change (``"import"``, ``"consolidation"``, ``"merge"``…).

    Raises :class:`DiskError` / :class:`DatabaseError` when it cannot be made: callers
    should not go on with the change then.  On a server database nothing is made (None):
    each change is one transaction, several users work at once, and the server's own
    scheduled backups are the safety net (``hrdesk backup`` makes one on demand)."""
    if db.is_server:
        return None
    return make_backup(db, f"before-{_reason(reason)}")


def backup_before_migration(db: Database, revision: str) -> BackupInfo:
    """Given to :meth:`Database.open` (``backup_before_upgrade``) to run before upgrading a schema
    (a server database: ``pg_dump``; without it the upgrade is refused, nothing changed)."""
    if db.is_server:
        dumped = server_backup.make_backup(db, "before-upgrade")
        return BackupInfo(dumped, dt.datetime.now().replace(microsecond=0), dumped.stat().st_size,
                          revision, "before-upgrade", False)
    return _backup_path(db.path, db.passphrase, revision, "before-upgrade", out=None, pol=policy(db),
                        rotate_after=True, copy_to_second=True)


def last_backup(db_path: Path | str | Database) -> BackupInfo | None:
    found = list_backups(db_path, counts=False)
    return found[0] if found else None


def backup_if_due(db: Database, max_age: dt.timedelta = dt.timedelta(days=1)) -> BackupInfo | None:
    """At start-up: back up when the newest backup is older than ``max_age`` (or missing).
    Never for a server database (its administrator's backups)."""
    if db.is_server:
        return None
    pol = policy(db)
    if not pol.automatic:
        return None
    newest = last_backup(db)
    if newest is not None and dt.datetime.now() - newest.created < max_age:
        return None
    return make_backup(db, "auto")


# -- listing and rotating -------------------------------------------------------------------

def list_backups(db_path: Path | str | Database, *, passphrase: str | None = None, counts: bool = True,
                 folder: Path | None = None) -> list[BackupInfo]:
    """Backups of this database in its backup folder, newest first."""
    if isinstance(db_path, Database):
        passphrase = passphrase if passphrase is not None else db_path.passphrase
        db_path = db_path.path
    db_path = Path(db_path)
    folder = folder or backup_folder(db_path)
    if not folder.is_dir():
        return []
    result = []
    for path in folder.glob(f"*{SUFFIX}"):
        meta = parse_name(path.name)
        if meta is None or meta["stem"] != db_path.stem:
            continue
        result.append(describe_backup(path, passphrase=passphrase, counts=counts, meta=meta))
    result.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return result


def describe_backup(path: Path | str, *, passphrase: str | None = None, counts: bool = True,
                    meta: dict[str, Any] | None = None) -> BackupInfo:
    """Date, size, schema revision and (when readable) record counts of a backup file."""
    path = Path(path)
    meta = meta or parse_name(path.name) or {}
    stat = path.stat()
    created = meta.get("created") or dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
    encrypted = is_encrypted(path)
    info = BackupInfo(path, created, stat.st_size, meta.get("revision"), meta.get("reason", "manual"), encrypted)
    if not counts:
        return info
    if encrypted and (passphrase is None or sqlcipher_module() is None):
        return replace(info, problem=_("Encrypted: the passphrase is needed to read it."))
    try:
        conn = connect_raw(path, passphrase if encrypted else None, read_only=True)
    except Exception as exc:
        return replace(info, problem=str(exc))
    try:
        return replace(info, counts=read_counts(conn), revision=_revision_of(conn) or info.revision)
    except Exception:
        problem = (_("Wrong passphrase, or the file is damaged.") if encrypted
                   else _("Not a readable HRDesk database (damaged?)."))
        return replace(info, problem=problem)
    finally:
        conn.close()


def read_counts(conn) -> dict[str, int]:
    """Live records per table in an open backup (DB-API connection)."""
    return {key: conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
            for key, table in COUNTED_TABLES.items()}


def rotate(folder: Path, stem: str, pol: BackupPolicy, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups of ``stem`` in ``folder`` that the policy does not keep; returns them."""
    entries = []
    for path in folder.glob(f"*{SUFFIX}"):
        meta = parse_name(path.name)
        if meta is not None and meta["stem"] == stem:
            entries.append((meta["created"], path))
    entries.sort(reverse=True)
    keep: set[Path] = {p for _c, p in entries[:pol.recent]}
    for count, period in ((pol.daily, lambda d: d.date()),
                          (pol.weekly, lambda d: tuple(d.isocalendar())[:2]),
                          (pol.monthly, lambda d: (d.year, d.month))):
        seen: list[Any] = []
        for created, path in entries:
            key = period(created)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(path)
    removed = []
    for _created, path in entries:
        if path not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                log.warning("could not delete an old backup")
    _clean_parts(folder, now)
    return removed


def _clean_parts(folder: Path, now: dt.datetime | None) -> None:
    """Remove ``.part`` files left by a backup that was interrupted more than an hour ago."""
    limit = (now or dt.datetime.now()).timestamp() - 3600
    for part in folder.glob("*.part*"):
        try:
            if part.stat().st_mtime < limit:
                part.unlink()
        except OSError:
            pass


def verify_backup(path: Path | str, passphrase: str | None = None) -> str:
    """``"ok"`` or the first integrity problem of a backup file."""
    try:
        conn = connect_raw(path, passphrase if is_encrypted(Path(path)) else None, read_only=True)
    except Exception as exc:
        return str(exc)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    except Exception as exc:
        return str(exc)
    finally:
        conn.close()


__all__ = [
    "BackupInfo",
    "BackupPolicy",
    "backup_before",
    "backup_before_migration",
    "backup_file",
    "backup_folder",
    "backup_if_due",
    "describe_backup",
    "last_backup",
    "list_backups",
    "make_backup",
    "policy",
    "rotate",
    "set_policy",
    "verify_backup",
]
