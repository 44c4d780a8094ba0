"""Replacing the open database (restore, encrypt, decrypt): close it, change the file with
the safety service on the background worker, open it again, and rebuild the window on the
new :class:`~hrdesk.storage.database.Database` (every page and picker holds the new one).

Refused, with a sentence saying why, when this HRDesk opened the database read-only
(another HRDesk is the writer) or while a record editor is open (its unsaved changes and
the records it shows belong to the database being replaced).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from hrdesk.safety import startup
from hrdesk.safety.lock import WriterLock
from hrdesk.storage.database import Database
from hrdesk.ui.context import AppContext
from hrdesk.ui.editors.base_editor import RecordEditor
from hrdesk.ui.worker import Job, run_with_progress

# change(db_path, lock) -> (result, passphrase of the file afterwards)
Change = Callable[[Path, "WriterLock | None"], tuple[Any, "str | None"]]


@dataclass
class Outcome:
    result: Any = None                 # what the change returned (None when it failed)
    error: Exception | None = None     # why it failed: the database is as it was, open again


def refusal(ctx: AppContext) -> str | None:
    """Why the open database cannot be replaced now (None: it can)."""
    tr = QCoreApplication.translate
    lock = ctx.lock
    if getattr(ctx.db, "read_only", False) or (lock is not None and not lock.acquired):
        return tr("DatabaseReplacement", "Another HRDesk has this database open, so this one opened it "
                  "read-only and cannot replace it. Close the other HRDesk and start this one again.")
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor) and w.isVisible()]
    if editors:
        return tr("DatabaseReplacement", "Close the open record editors first (save or cancel them).")
    return None


def _opener(passphrase: str | None):
    """A passphrase prompt answering once with the passphrase known (None: give up)."""
    def ask(_path: Path, _wrong: bool) -> str | None:
        return passphrase
    return ask


def replace_database(ctx: AppContext, parent: QWidget, label: str, change: Change,
                     on_done: Callable[[Outcome], None], on_error: Callable[[Exception], None]) -> Job:
    """Close ``ctx.db``, run ``change`` on the worker, reopen, and give the new database to the
    window.  ``on_done`` gets the :class:`Outcome` (a failed change reopens the file as it
    was); ``on_error`` only when the database could not be opened again."""
    old: Database = ctx.db
    path, before = old.path, old.passphrase
    lock = ctx.lock

    def job(progress) -> tuple[Outcome, Database]:
        progress.update(0, 3, label)
        old.close()
        try:
            result, after = change(path, lock)
        except Exception as exc:   # nothing was changed: the same file, the same passphrase
            return Outcome(error=exc), startup.open_database(path, _opener(before), attempts=1)
        progress.finish()          # the file is replaced: too late to cancel
        return Outcome(result), startup.open_database(path, _opener(after), attempts=1)

    def done(value: tuple[Outcome, Database]) -> None:
        outcome, db = value
        adopt(ctx, db, replaced=outcome.error is None)
        on_done(outcome)

    return run_with_progress(ctx.worker, parent, label, job, done, on_error)


def adopt(ctx: AppContext, db: Database, *, replaced: bool) -> None:
    """Make ``db`` the app's database and rebuild the window on it (the old window and its
    dialogs are deleted once control returns to the event loop); when the file was replaced,
    the undo history (about the records as they were) is dropped."""
    ctx.db = db
    if replaced:
        ctx.undo_stack.clear()
    window = ctx.window
    if window is not None:
        window.rebuild()
