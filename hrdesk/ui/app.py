"""Start the desktop app: QApplication, stylesheet, the main window painted, then the database
opened in it (:mod:`hrdesk.ui.opening`: passphrase, read-only notice, first-run wizard).

This module does not import the database layer: the window is on screen before SQLAlchemy
loads (start-up time, issue 19; ``tests/test_startup_imports.py``)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hrdesk import __version__, paths
from hrdesk.logs import setup_logging
from hrdesk.ui import preferences
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


def start(options: dict, on_closed: Callable[[int], object] | None = None) -> tuple[QApplication, MainWindow]:
    """Build the app and paint its main window, then open the database in it right after the
    first paint (:func:`hrdesk.ui.opening.open_in_window`), without entering the event loop.

    The window is built before the database layer loads (issue 19), in the language the
    database had last time (the interface preferences) or ``options["lang"]``; it says
    "Opening the database…" in its status bar meanwhile.  When the database cannot be opened
    or the user gives up (passphrase, first-run wizard), the window closes and
    ``on_closed(exit code)`` is called (1: an error, said in a message; 0: given up)."""
    app = application()
    shown_language = set_language(options.get("lang") or preferences.LANGUAGE.get() or None)
    window = MainWindow(AppContext(None))
    window.show()

    def open_database() -> None:
        # start-up time: the database layer (SQLAlchemy, the services) loads after the first paint
        from hrdesk.ui.opening import open_in_window

        code = open_in_window(window, options, shown_language)
        if code is not None and on_closed is not None:
            on_closed(code)

    _after_first_paint(window, open_database)
    return app, window


class _FirstPaint(QObject):
    """Calls ``callback`` once, from the event loop, after ``window`` is first exposed (painted:
    Qt paints a widget window as it handles its expose event), or after FALLBACK_MS."""

    FALLBACK_MS = 1000   # a window that is never exposed (minimised at start) still gets its database

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        self._handle = window.windowHandle()
        self._handle.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self, self._run)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Expose and self._handle.isExposed():
            QTimer.singleShot(0, self, self._run)   # after this expose has painted the window
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._handle.removeEventFilter(self)
        callback()


def _after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(window, callback)


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
    closed: list[int] = []

    def on_closed(code: int) -> None:
        closed.append(code)
        QCoreApplication.exit(code)   # also when another window (a message) is still open

    app, window = start(options, on_closed=on_closed)
    code = app.exec()
    # the window's close may also have asked to quit (a Quit event left once the loop has ended)
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    if closed:   # the database was not opened: the window closed (an error, or the user gave up)
        return closed[0]
    ctx = window.ctx   # the window may have been rebuilt (language change); the context stays
    if ctx.db is not None:
        ctx.db.close()
    if ctx.lock is not None:
        ctx.lock.release()
    return int(code)
