"""Opening the database in the main window already on screen (start-up, issue 19).

:func:`hrdesk.ui.app.start` paints the main window first, without the database layer, then
calls :func:`open_in_window` right after the first paint.  It opens the database the one way
(:func:`hrdesk.safety.startup.open_for_app`: the passphrase of an encrypted file or the
server's password asked, read-only with a message when another HRDesk writes to the file),
runs the first-run wizard on a new database, then fills the window in (the File menu, the
status bar, the page shown) — rebuilt when the database's language is not the one the window
was painted in.  When the database cannot be opened, or the user gives up, the window closes.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox
from sqlalchemy.orm import configure_mappers

from hrdesk import paths
from hrdesk.domain.errors import HRDeskError
from hrdesk.safety import startup
from hrdesk.safety.diskspace import free_space_warning
from hrdesk.safety.startup import AppSession
from hrdesk.services import offices, settings
from hrdesk.storage.database import is_server_location
from hrdesk.ui import preferences
from hrdesk.ui.dialogs.server_dialog import ask_server_password
from hrdesk.ui.i18n import set_language
from hrdesk.ui.main_window import MainWindow

log = logging.getLogger("hrdesk.ui")

OPENED, GAVE_UP, FAILED = None, 0, 1   # what open_in_window returns (the last two: exit codes)


def database_location(options: dict) -> Path | str:
    """``--db`` (a file or a ``postgresql://`` address), else HRDESK_DATABASE_URL, else the
    file in the data folder."""
    given = options.get("db") or os.environ.get("HRDESK_DATABASE_URL", "").strip()
    if is_server_location(given):
        return given
    return Path(given).expanduser() if given else paths.default_database_path()


def ask_passphrase(path: Path, wrong: bool) -> str | None:
    """Ask for the passphrase of an encrypted database (None when the user cancels)."""
    tr = QCoreApplication.translate
    text = (tr("App", "The passphrase does not open {name}. Try again:") if wrong
            else tr("App", "{name} is encrypted. Passphrase:")).format(name=path.name)
    value, ok = QInputDialog.getText(None, tr("App", "Encrypted database"), text,
                                     QLineEdit.EchoMode.Password)
    return value if ok else None


def open_session(path: Path | str, ask=ask_passphrase) -> AppSession | None:
    """Open the database the one way (:func:`hrdesk.safety.startup.open_for_app`): for writing
    when this process gets the writer lock, read-only (with a message saying why) when another
    HRDesk has it; the passphrase of an encrypted file is asked.  None when the user gives up.
    The automatic backup is made later, in the background (:func:`start_up_safety`)."""
    try:
        session = startup.open_for_app(path, ask, automatic_backup=False, ask_password=ask_server_password)
    except startup.Cancelled:
        return None
    if session.read_only:
        QMessageBox.information(None, QCoreApplication.translate("App", "Opened read-only"),
                                session.db.read_only_reason or session.lock.message)
    return session


def open_in_window(window: MainWindow, options: dict, shown_language: str) -> int | None:
    """Open the database of ``options`` for ``window`` (painted without it, in
    ``shown_language``).  None when the window is ready on it (``window.ctx.window``: the window,
    or the one rebuilt in the database's language); otherwise the window is closed and the exit
    code is returned: 0 when the user gave up (passphrase or wizard cancelled), 1 when the
    database cannot be opened (said in a message)."""
    try:
        session = open_session(database_location(options))
    except HRDeskError as exc:
        _cannot_open(window, str(exc))
        return FAILED
    except Exception as exc:   # not left with a window that never fills in
        log.error("the database could not be opened", exc_info=True)
        _cannot_open(window, f"{type(exc).__name__}: {exc}")
        return FAILED
    if session is None:
        window.close()
        return GAVE_UP
    try:
        return _fill_in(window, session, options, shown_language)
    except Exception as exc:
        log.error("the database could not be opened", exc_info=True)
        window.ctx.db = window.ctx.lock = None
        session.close()
        _cannot_open(window.ctx.window or window, str(exc) if isinstance(exc, HRDeskError)
                     else f"{type(exc).__name__}: {exc}")
        return FAILED


def _fill_in(window: MainWindow, session: AppSession, options: dict, shown_language: str) -> int | None:
    db = session.db
    if not offices.is_configured(db):
        # start-up time: the first-run wizard (and its form) loads only on a new database
        from hrdesk.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(db, window)   # over the window already on screen
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
            session.close()
            window.close()
            return GAVE_UP
    database_language = settings.language(db)
    preferences.LANGUAGE.set(database_language)   # the window is painted in it next time
    configure_mappers()  # once, before the first page asks for rows
    ctx = window.ctx
    ctx.db, ctx.lock = db, session.lock
    language = options.get("lang") or database_language
    if language != shown_language and set_language(language) != shown_language:
        window.rebuild()   # every label anew, in the database's language
    else:
        window.database_opened()
    if not db.read_only:
        QTimer.singleShot(0, lambda: start_up_safety(ctx))  # once the page is on screen
    return OPENED


def _cannot_open(window: MainWindow, text: str) -> None:
    QMessageBox.critical(window, QCoreApplication.translate("App", "HRDesk cannot open the database"), text)
    window.close()


def start_up_safety(ctx) -> None:
    """Warn when the drive is nearly full, and make the daily backup in the background."""
    # start-up time: backups (and what they import) load after the first window is shown
    from hrdesk.safety.backups import backup_if_due

    if ctx.db is None or ctx.db.is_server:  # the server's disks and backups are its administrator's
        return
    warning = free_space_warning(ctx.db.path)
    if warning:
        ctx.message.emit(warning)

    def failed(exc: Exception) -> None:
        log.warning("automatic backup failed: %s", type(exc).__name__)
        ctx.message.emit(QCoreApplication.translate(
            "App", "The automatic backup could not be made: {error}").format(error=exc))

    ctx.worker.run(lambda _progress: backup_if_due(ctx.db), on_error=failed)
