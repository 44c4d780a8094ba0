"""Start the desktop app: QApplication, stylesheet, database, first-run wizard, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy.orm import configure_mappers

from hrdesk import __version__, paths
from hrdesk.domain.errors import HRDeskError
from hrdesk.logs import setup_logging
from hrdesk.safety import startup
from hrdesk.safety.diskspace import free_space_warning
from hrdesk.safety.startup import AppSession
from hrdesk.services import offices, settings
from hrdesk.storage.database import is_server_location
from hrdesk.ui.context import AppContext
from hrdesk.ui.i18n import set_language
from hrdesk.ui.icons import app_icon
from hrdesk.ui.main_window import MainWindow

log = logging.getLogger("hrdesk.ui")


def application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication, set up once (names, icon, stylesheet)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv or [sys.argv[0] if sys.argv else "hrdesk"])
    if app.property("hrdesk_ready"):
        return app
    app.setProperty("hrdesk_ready", True)
    QCoreApplication.setApplicationName(paths.APP_NAME)
    QCoreApplication.setOrganizationName(paths.APP_AUTHOR)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    return app


def stylesheet() -> str:
    try:
        text = paths.resource("style.qss").read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    return text.replace("{icons}", paths.resource("icons").as_posix())


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
    The automatic backup is made later, in the background (:func:`_start_up_safety`)."""
    # start-up time: the server password dialog loads with the app (it is small)
    from hrdesk.ui.dialogs.server_dialog import ask_server_password

    try:
        session = startup.open_for_app(path, ask, automatic_backup=False, ask_password=ask_server_password)
    except startup.Cancelled:
        return None
    if session.read_only:
        QMessageBox.information(None, QCoreApplication.translate("App", "Opened read-only"),
                                session.db.read_only_reason or session.lock.message)
    return session


def start(options: dict) -> tuple[QApplication, object] | int:
    """Build the app and its main window (without entering the event loop)."""
    app = application()
    given = options.get("db") or os.environ.get("HRDESK_DATABASE_URL", "").strip()
    path = given if is_server_location(given) else (Path(given).expanduser() if given
                                                     else paths.default_database_path())
    try:
        session = open_session(path)
    except HRDeskError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "HRDesk cannot open the database"),
                             str(exc))
        return 1
    if session is None:
        return 0
    db, lock = session.db, session.lock
    set_language(options.get("lang") or settings.get(db, settings.LANGUAGE))
    if not offices.is_configured(db):
        # start-up time: the first-run wizard (and its form) loads only on a new database
        from hrdesk.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(db)
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
            db.close()
            lock.release()
            return 0
    configure_mappers()  # once, before the first page asks for rows
    ctx = AppContext(db)
    ctx.lock = lock
    window = MainWindow(ctx)
    window.show()
    if not getattr(db, "read_only", False):
        QTimer.singleShot(0, lambda: _start_up_safety(ctx))  # once the first window is on screen
    return app, window


def _start_up_safety(ctx) -> None:
    """Warn when the drive is nearly full, and make the daily backup in the background."""
    # start-up time: backups (and what they import) load after the first window is shown
    from hrdesk.safety.backups import backup_if_due

    if ctx.db.is_server:  # the server's disks and backups are its administrator's
        return
    warning = free_space_warning(ctx.db.path)
    if warning:
        ctx.message.emit(warning)

    def failed(exc: Exception) -> None:
        log.warning("automatic backup failed: %s", type(exc).__name__)
        ctx.message.emit(QCoreApplication.translate(
            "App", "The automatic backup could not be made: {error}").format(error=exc))

    ctx.worker.run(lambda _progress: backup_if_due(ctx.db), on_error=failed)


_error_boxes: list[QMessageBox] = []


def install_error_handler() -> None:
    """An unexpected error in the interface is logged (without personal data) and explained
    in one message; the app keeps running and the database stays consistent (every write is
    one transaction)."""
    def handler(kind, value, tb) -> None:
        log.error("unexpected error in the interface", exc_info=(kind, value, tb))
        if isinstance(value, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Something went wrong"),
                          QCoreApplication.translate(
                              "App", "HRDesk met an unexpected problem ({kind}). What you saved is safe; "
                                     "the last action may not have finished. Details are in the log file.")
                          .format(kind=kind.__name__))
        _error_boxes.append(box)  # kept alive until closed
        box.finished.connect(lambda _r: _error_boxes.remove(box))
        box.show()

    sys.excepthook = handler


def run_app(options: dict) -> int:
    setup_logging()
    install_error_handler()
    result = start(options)
    if isinstance(result, int):
        return result
    app, window = result
    code = app.exec()
    ctx = window.ctx   # the window may have been rebuilt (language change); the context stays
    ctx.db.close()
    ctx.lock.release()
    return int(code)
