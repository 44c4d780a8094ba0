"""Long work off the UI thread, one job at a time (SQLite has one writer).

``Worker.run(fn, on_done, on_error)`` runs ``fn(progress)`` on the single database thread;
``progress`` is the job's :class:`hrdesk.domain.progress.Progress`: pass it to the core
job, whose ``progress.update(done, total, message)`` reaches the UI as a signal and raises
:class:`~hrdesk.domain.progress.Cancelled` once ``Job.cancel()`` was called (the Cancel
button of ``run_with_progress``).  Results and errors (``Cancelled`` included) come back on
the UI thread through Qt signals; worker code never touches widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from hrdesk.domain.progress import Cancelled, Progress

log = logging.getLogger("hrdesk.ui")


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.progress = Progress(self.signals.progress.emit)
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Ask the job to stop (from the UI thread): its next progress update raises
        ``Cancelled``, which comes back through ``failed``."""
        self.progress.cancel()

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled as exc:  # the user's choice, not a failure
            log.info("background job cancelled")
            self.signals.failed.emit(exc)
        except Exception as exc:  # reported to the UI, never lost
            log.exception("background job failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Worker(QObject):
    """The one serialisation point for background database work."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()

    def run(self, fn: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> Job:
        job = Job(fn)
        self._jobs.add(job)
        job.signals.done.connect(lambda r: self._finish(job, on_done, r),
                                 Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(lambda e: self._finish(job, on_error, e),
                                   Qt.ConnectionType.QueuedConnection)
        self.pool.start(job)
        return job

    def _finish(self, job: Job, callback, value) -> None:
        self._jobs.discard(job)
        if callback is not None:
            callback(value)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)


def run_with_progress(worker: Worker, parent: QWidget, label: str, fn: Callable[[Progress], Any],
                      on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> Job:
    """Run ``fn`` with a modeless progress dialog (shown after 300 ms) and a Cancel button."""
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def finish(callback, value):
        dialog.close()
        dialog.deleteLater()
        callback(value)

    job = worker.run(fn, lambda r: finish(on_done, r), lambda e: finish(on_error, e))

    def progress(done: int, total: int, _message: str) -> None:
        dialog.setMaximum(max(total, 0))   # 0: a busy bar while the total is unknown
        dialog.setValue(min(done, total) if total > 0 else 0)

    job.signals.progress.connect(progress, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(job.cancel)
    return job


class Latest:
    """Reading or checking jobs of one view (a file read, then read again or re-checked after a
    change): only the newest job's result or failure is delivered, a result that a later job
    made out of date is dropped."""

    def __init__(self) -> None:
        self.generation = 0

    def run(self, worker: Worker, parent: QWidget, label: str, fn: Callable[[Progress], Any],
            on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> Job:
        self.generation += 1
        generation = self.generation

        def current(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda value: callback(value) if generation == self.generation else None
        return run_with_progress(worker, parent, label, fn, current(on_done), current(on_error))
