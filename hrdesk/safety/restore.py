"""Restoring a backup: checked first, a safety backup of the current database, atomic swap.

Service API::

    check_backup(file, passphrase=None) -> BackupInfo     # raises HRDeskError with the reason
    restore_backup(file, db_path, passphrase=None, lock=None) -> RestoreResult

The app must close its :class:`~hrdesk.storage.database.Database` before calling
``restore_backup`` and reopen it afterwards; when it holds the writer lock
(:func:`hrdesk.safety.lock.acquire_writer_lock`) it passes it as ``lock=`` — otherwise
the lock is taken here, and the restore is refused while another HRDesk has the database
open.  Refused (nothing changed): a damaged backup, a file that is not an HRDesk database,
one made by a newer HRDesk (unknown schema revision), an encrypted one without the right
passphrase.  The restored database keeps the backup's encryption (same passphrase).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path

from hrdesk.domain.errors import DatabaseError, HRDeskError
from hrdesk.i18n import _
from hrdesk.safety import backups
from hrdesk.safety.atomic import DiskError, atomic_copy, disk_errors, fsync_dir
from hrdesk.safety.lock import WriterLock, acquire_writer_lock
from hrdesk.storage.database import (
    PassphraseNeeded,
    WrongPassphrase,
    connect_raw,
    head_revision,
    is_encrypted,
    known_revisions,
    passphrase_opens,
    sqlcipher_module,
)

log = logging.getLogger("hrdesk.safety.restore")


@dataclass(frozen=True)
class RestoreResult:
    restored: backups.BackupInfo        # the backup that is now the database
    safety_backup: Path | None          # the copy of the database as it was before


def check_backup(path: Path | str, passphrase: str | None = None) -> backups.BackupInfo:
    """The backup's description, or :class:`HRDeskError` saying why it cannot be restored."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise HRDeskError(_("No backup file at {path}.").format(path=path))
    encrypted = is_encrypted(path)
    if encrypted:
        if sqlcipher_module() is None:
            raise DatabaseError(_("{path} is encrypted or damaged, and this HRDesk cannot open encrypted "
                                  "files (SQLCipher is not installed).").format(path=path))
        if passphrase is None:
            raise PassphraseNeeded(_("{path} is encrypted: a passphrase is needed to restore it.").format(path=path))
    damaged = _("{path} is damaged and cannot be restored ({problem}). Nothing was changed.")
    try:
        conn = connect_raw(path, passphrase if encrypted else None, read_only=True)
    except Exception as exc:
        raise DatabaseError(damaged.format(path=path, problem=exc)) from None
    try:  # one connection: an encrypted file costs a key derivation per connection
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception as exc:
            if encrypted:
                raise WrongPassphrase(_("The passphrase does not open {path} (or the file is damaged). "
                                        "Nothing was changed.").format(path=path)) from None
            raise DatabaseError(damaged.format(path=path, problem=exc)) from None
        try:
            problem = conn.execute("PRAGMA integrity_check").fetchone()[0]
        except Exception as exc:
            problem = str(exc)
        if problem != "ok":
            raise DatabaseError(damaged.format(path=path, problem=problem))
        revision = backups._revision_of(conn)
        if revision is None:
            raise DatabaseError(_("{path} is not an HRDesk backup (no schema version). Nothing was changed.").format(
                path=path))
        if revision not in known_revisions():
            raise DatabaseError(_(
                "{path} was made by a newer version of HRDesk (schema {rev}; this HRDesk knows up to {head}). "
                "Install the latest HRDesk to restore it. Nothing was changed."
            ).format(path=path, rev=revision, head=head_revision()))
        try:
            counts = backups.read_counts(conn)
        except Exception as exc:
            raise DatabaseError(_("{path} cannot be read as an HRDesk database ({problem}). "
                                  "Nothing was changed.").format(path=path, problem=exc)) from None
    finally:
        conn.close()
    info = backups.describe_backup(path, counts=False)
    return replace(info, counts=counts, revision=revision)


def restore_backup(source: Path | str, db_path: Path | str, *, passphrase: str | None = None,
                   current_passphrase: str | None = None, lock: WriterLock | None = None) -> RestoreResult:
    """Replace the database at ``db_path`` by the backup ``source`` (see the module doc)."""
    source, db_path = Path(source).expanduser(), Path(db_path).expanduser()
    info = check_backup(source, passphrase)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise HRDeskError(_("{path} is the database itself, not a backup.").format(path=source))
    own_lock = lock is None
    if own_lock:
        lock = acquire_writer_lock(db_path)
        if not lock.acquired:
            raise HRDeskError(lock.message + " " + _("Nothing was restored."))
    try:
        safety = None
        current = current_passphrase
        if db_path.exists() and db_path.stat().st_size > 0:
            if is_encrypted(db_path):
                current = current if current is not None else passphrase
                if current is None or not passphrase_opens(db_path, current):
                    raise PassphraseNeeded(_(
                        "The current database {path} is encrypted: its passphrase is needed so that it can be "
                        "backed up before the restore. Nothing was changed.").format(path=db_path))
            safety = safety_copy(db_path, current, "before-restore")
        tmp = db_path.with_name(f".{db_path.name}.restore")
        backups.backup_file(source, tmp, passphrase if info.encrypted else None)
        swap_in(tmp, db_path, current)
        log.info("backup restored (schema %s)", info.revision)
        return RestoreResult(info, safety)
    finally:
        if own_lock and lock is not None:
            lock.release()


def safety_copy(db_path: Path, passphrase: str | None, reason: str) -> Path:
    """A backup of the database about to be replaced; a raw copy when it is too damaged."""
    try:
        conn = connect_raw(db_path, passphrase, read_only=True)
        try:
            revision = backups._revision_of(conn)
        finally:
            conn.close()
        return backups._backup_path(db_path, passphrase, revision, reason, out=None, pol=backups.BackupPolicy(),
                                    rotate_after=False, copy_to_second=False).path
    except DiskError:
        raise
    except Exception:  # damaged or unreadable: keep its bytes anyway
        folder = backups.backup_folder(db_path)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{db_path.stem}_{stamp}_unreadable-{reason}.sqlite.bad"
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():  # the newest changes may still be in the write-ahead log
            atomic_copy(wal, target.with_name(target.name + "-wal"), action=_("the safety copy"))
        return atomic_copy(db_path, target, action=_("the safety copy"))


def checkpoint(db_path: Path, passphrase: str | None) -> None:
    """Fold the write-ahead log into the file so that it can be swapped safely."""
    try:
        conn = connect_raw(db_path, passphrase)
    except Exception:
        return
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception:
        pass
    finally:
        conn.close()


def swap_in(new_file: Path, db_path: Path, passphrase: str | None) -> None:
    """Atomically put ``new_file`` (same folder) in place of the database ``db_path``."""
    with disk_errors(db_path, _("the database")):
        if db_path.exists():
            checkpoint(db_path, passphrase if is_encrypted(db_path) else None)
        for suffix in ("-wal", "-shm", "-journal"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(new_file, db_path)
        fsync_dir(db_path.parent)
