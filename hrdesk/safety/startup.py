"""Opening the database the way the desktop app should at start-up, in one call.

Service API::

    session = open_for_app(path, ask_passphrase)   # ask_passphrase(path, retry) -> str | None
    session.db          # the open Database (read-only when another HRDesk is the writer)
    session.read_only   # True: show a banner, disable editing
    session.notices     # sentences to show once: second instance, low disk space, backup problems
    session.backup      # the automatic backup made now (None when the last one is recent)
    ...
    session.close()     # closes the database and releases the writer lock

Order: writer lock → passphrase (only for an encrypted file; a wrong one is asked again,
up to three times; ``None`` from the prompt cancels with :class:`Cancelled`) → open
(migrating, with a backup first, when this HRDesk is the writer) → free-space warning →
automatic backup when the last one is older than a day.  A failed automatic backup never
stops the app: it becomes a notice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _
from hrdesk.safety import backups, crypto
from hrdesk.safety.diskspace import free_space_warning
from hrdesk.safety.lock import WriterLock, acquire_writer_lock
from hrdesk.storage.database import Database, WrongPassphrase

PassphrasePrompt = Callable[[Path, bool], "str | None"]
MAX_ATTEMPTS = 3


class Cancelled(HRDeskError):
    """The user cancelled the passphrase prompt."""


@dataclass
class AppSession:
    db: Database
    lock: WriterLock
    notices: list[str] = field(default_factory=list)
    backup: backups.BackupInfo | None = None

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def close(self) -> None:
        self.db.close()
        self.lock.release()


def open_for_app(path: Path | str, ask_passphrase: PassphrasePrompt | None = None, *,
                 automatic_backup: bool = True) -> AppSession:
    path = Path(path).expanduser()
    lock = acquire_writer_lock(path)
    try:
        db = _open(path, ask_passphrase, read_only=not lock.acquired and path.exists())
        session = AppSession(db, lock)
        if not lock.acquired:
            session.notices.append(lock.message + " " + _("HRDesk opened it read-only."))
        warning = free_space_warning(path)
        if warning:
            session.notices.append(warning)
        if lock.acquired and automatic_backup:
            try:
                session.backup = backups.backup_if_due(db)
            except HRDeskError as exc:
                session.notices.append(_("The automatic backup could not be made: {error}").format(error=exc))
            if session.backup is not None and session.backup.warning:
                session.notices.append(session.backup.warning)
        return session
    except BaseException:
        lock.release()
        raise


def _open(path: Path, ask: PassphrasePrompt | None, *, read_only: bool) -> Database:
    if not crypto.is_encrypted(path):
        return Database.open(path, read_only=read_only)
    if ask is None:
        return Database.open(path, read_only=read_only)  # raises PassphraseNeeded
    for attempt in range(MAX_ATTEMPTS):
        passphrase = ask(path, attempt > 0)
        if passphrase is None:
            raise Cancelled(_("No passphrase given: the database was not opened."))
        try:
            return Database.open(path, passphrase=passphrase, read_only=read_only)
        except WrongPassphrase:
            if attempt == MAX_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover
