"""The one protocol of long jobs (export, import, consolidation, reports, training reports,
certificates, demo data, merges, backups): progress as ``(done, total, message)`` and
cancellation through the same object.

A job takes ``progress: Progress | None = None`` and calls ``progress.update(done, total,
message)`` as it goes; ``update`` (and ``check``) raise :class:`Cancelled` once
``cancel()`` was called, from any thread.  A job that is cancelled leaves nothing written
or changed (its transaction is rolled back, its file is not renamed into place).  ``None``
means "nobody is watching": :func:`ensure` gives a silent progress that never cancels.

Qt-free on purpose: the desktop worker (``hrdesk.ui.worker``) makes one ``Progress`` per
job whose reporter emits a Qt signal and whose Cancel button calls ``cancel()``; the CLI
passes a reporter that prints.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _

Reporter = Callable[[int, int, str], None]


class Cancelled(HRDeskError):
    """The user cancelled a long job; nothing was written or changed by the part cancelled.

    ``partial`` holds what a job made of several independent steps (e.g. the results of the
    files an import had finished before the cancel) had already completed, or ``None``."""

    def __init__(self, message: str | None = None, partial: Any = None) -> None:
        super().__init__(message or _("Cancelled: nothing was written."))
        self.partial = partial


class Progress:
    """Progress reports and the cancel flag of one job (thread-safe: the job runs on one
    thread, ``cancel()`` may come from another)."""

    def __init__(self, report: Reporter | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()
        self.done, self.total, self.message = 0, 0, ""

    def cancel(self) -> None:
        """Ask the job to stop: its next ``update``/``check`` raises :class:`Cancelled`."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when a cancel was asked for."""
        if self._cancel.is_set():
            raise Cancelled()

    def update(self, done: int, total: int, message: str = "") -> None:
        """Report ``done`` of ``total`` steps (``message``: what is being done, may be empty);
        raises :class:`Cancelled` when a cancel was asked for."""
        self.check()
        self.done, self.total, self.message = done, total, message
        if self._report is not None:
            self._report(done, total, message)

    def finish(self, message: str = "") -> None:
        """Report the job complete (``done == total``); never raises: the job's work is done
        and kept, a cancel that comes now is too late."""
        total = max(self.total, self.done, 1)
        self.done, self.total, self.message = total, total, message
        if self._report is not None:
            self._report(total, total, message)


def ensure(progress: Progress | None) -> Progress:
    """``progress``, or a silent one that is never cancelled."""
    return progress if progress is not None else Progress()
