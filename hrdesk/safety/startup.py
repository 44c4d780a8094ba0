"""The one way HRDesk opens a database, for the desktop app and for every command.

``open_database(path, ask_passphrase)`` opens (creating a new file, upgrading an older one
after a verified backup) and asks for the passphrase of an encrypted file; the command
line (:mod:`hrdesk.cli.common`) calls it under its writer lock, the app through
``open_for_app``, which also takes the lock::

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
from typing import TYPE_CHECKING

from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _
from hrdesk.safety.diskspace import free_space_warning
from hrdesk.safety.lock import WriterLock, acquire_writer_lock
from hrdesk.storage.database import (
    Database,
    PassphraseNeeded,
    PasswordPrompt,
    WrongPassphrase,
    is_server_location,
)

if TYPE_CHECKING:
    from hrdesk.safety.backups import BackupInfo

PassphrasePrompt = Callable[[Path, bool], "str | None"]
MAX_ATTEMPTS = 3


class Cancelled(HRDeskError):
    """The user cancelled the passphrase prompt."""


@dataclass
class AppSession:
    db: Database
    lock: WriterLock
    notices: list[str] = field(default_factory=list)
    backup: BackupInfo | None = None

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def close(self) -> None:
        self.db.close()
        self.lock.release()


def open_for_app(path: Path | str, ask_passphrase: PassphrasePrompt | None = None, *,
                 automatic_backup: bool = True, ask_password: PasswordPrompt | None = None) -> AppSession:
    """``automatic_backup=False`` (the desktop app, which makes both later, after its first
    window is shown) skips the free-space warning and the automatic backup.  A server database
    (``postgresql://…``): no file lock, no free-space check or automatic backup (the server's
    job); read-only when the user's role may only read."""
    if is_server_location(path):
        db = open_database(path, ask_password=ask_password)
        session = AppSession(db, acquire_writer_lock(path))
        if db.read_only_reason:
            session.notices.append(db.read_only_reason)
        return session
    path = Path(path).expanduser()
    lock = acquire_writer_lock(path)
    try:
        db = open_database(path, ask_passphrase, read_only=not lock.acquired and path.exists())
        session = AppSession(db, lock)
        if not lock.acquired:
            session.notices.append(lock.message + " " + _("HRDesk opened it read-only."))
        warning = free_space_warning(path) if automatic_backup else None
        if warning:
            session.notices.append(warning)
        if lock.acquired and automatic_backup:
            # start-up time: backups (and what they import) load only when a backup is made
            from hrdesk.safety import backups

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


def _backup_before_migration(db: Database, revision: str):
    """:func:`hrdesk.safety.backups.backup_before_migration`, loaded only when a file is upgraded."""
    # start-up time: backups (and what they import) load only when a file must be upgraded
    from hrdesk.safety import backups

    return backups.backup_before_migration(db, revision)


def open_database(path: Path | str, ask_passphrase: PassphrasePrompt | None = None, *,
                  read_only: bool = False, migrate: bool = True, attempts: int = MAX_ATTEMPTS,
                  ask_password: PasswordPrompt | None = None) -> Database:
    """Open ``path``; an older schema is upgraded after a verified backup
    (:func:`hrdesk.safety.backups.backup_before_migration`).

    An encrypted file needs a passphrase: ``ask_passphrase(path, wrong)`` is called (``wrong``:
    the previous one did not open it) up to ``attempts`` times; after that the last
    :class:`WrongPassphrase` is raised.  ``None`` from the prompt cancels with
    :class:`Cancelled`; without a prompt an encrypted file raises :class:`PassphraseNeeded`.
    A file this HRDesk cannot decrypt (no SQLCipher) is refused before anyone is asked.
    A server URL: ``ask_password(location, wrong)`` when the server wants a password that
    libpq (service file, ``~/.pgpass``) does not give."""
    if is_server_location(path):
        return Database.open(path, read_only=read_only, migrate=migrate, ask_password=ask_password,
                             backup_before_upgrade=_backup_before_migration)
    path = Path(path).expanduser()
    passphrase: str | None = None
    asked = 0
    while True:
        try:
            return Database.open(path, passphrase=passphrase, read_only=read_only, migrate=migrate,
                                 backup_before_upgrade=_backup_before_migration)
        except (PassphraseNeeded, WrongPassphrase) as exc:
            if ask_passphrase is None or asked >= attempts:
                raise
            passphrase = ask_passphrase(path, isinstance(exc, WrongPassphrase))
            asked += 1
            if passphrase is None:
                raise Cancelled(_("No passphrase given: the database was not opened.")) from None
