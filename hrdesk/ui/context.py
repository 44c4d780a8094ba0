"""What every page and editor needs: the database, the worker, the undo stack, and a
signal telling views that records of a type changed (so they refresh only what's affected)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from hrdesk.ui.worker import Worker

if TYPE_CHECKING:  # start-up time: the window is painted before the database layer loads
    from hrdesk.storage.database import Database


class AppContext(QObject):
    changed = Signal(str)   # "activity", "participant", "recommendation", "office", "settings"
    message = Signal(str)   # a short note for the status bar

    def __init__(self, db: Database | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db         # None while the app opens it, after the first window is painted
        self.worker = Worker(self)
        self.undo_stack = QUndoStack(self)
        self.window = None   # the main window (rebuilt when the language changes)
        self.lock = None     # the writer lock held on the database file, if any

    def notify(self, record_type: str) -> None:
        self.changed.emit(record_type)
