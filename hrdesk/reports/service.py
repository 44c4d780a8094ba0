"""Service API of reports for the app and the CLI: build the Excel or PDF report of a scope
with a progress callback and a cancel flag (call from a worker thread; nothing here touches
Qt).  Training reports and certificates are in :mod:`hrdesk.reports.training`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _
from hrdesk.safety.atomic import check_target
from hrdesk.storage.database import Database

from . import figures as figures_module
from .excel import build_excel as _excel
from .figures import ReportFigures
from .pdf_base import Cancelled
from .pdf_report import build_pdf as _pdf
from .scope import ReportScope

Progress = Callable[[float, str], None]


class ReportCancelled(HRDeskError):
    """The user cancelled the report; no file was written."""


class _Steps:
    """Turns flowable/sheet callbacks into progress fractions and honours the cancel flag."""

    def __init__(self, progress: Progress | None, cancel: threading.Event | Callable[[], bool] | None,
                 expected: int, start: float = 0.2) -> None:
        self.progress, self.cancel = progress, cancel
        self.expected, self.start, self.done = max(expected, 1), start, 0

    def cancelled(self) -> bool:
        if self.cancel is None:
            return False
        return self.cancel.is_set() if isinstance(self.cancel, threading.Event) else bool(self.cancel())

    def __call__(self) -> None:
        if self.cancelled():
            raise Cancelled
        self.done += 1
        if self.progress and self.done % 20 == 0:
            fraction = self.start + (1 - self.start) * min(self.done / self.expected, 0.99)
            self.progress(fraction, _("Writing the report…"))


def _figures(db: Database, scope: ReportScope, steps: _Steps, narrative: bool = True) -> ReportFigures:
    if steps.progress:
        steps.progress(0.0, _("Counting…"))
    f = figures_module.load(db, scope, narrative=narrative)
    if steps.cancelled():
        raise ReportCancelled(_("Report cancelled."))
    return f


def build_excel(db: Database, scope: ReportScope, path: Path | str, *, progress: Progress | None = None,
                cancel: threading.Event | Callable[[], bool] | None = None,
                figures: ReportFigures | None = None) -> Path:
    """Write the Excel report of ``scope`` to ``path`` (atomic: a cancelled or failed build
    leaves any existing file untouched)."""
    check_target(path, _("the report"))  # a device, FIFO or folder: refused before any work
    steps = _Steps(progress, cancel, expected=6 * 20, start=0.3)
    f = figures or _figures(db, scope, steps, narrative=False)
    try:
        result = _excel(f, path, check=lambda: [steps() for _i in range(20)] and None)
    except Cancelled:
        raise ReportCancelled(_("Report cancelled.")) from None
    if progress:
        progress(1.0, _("Done."))
    return result


def build_pdf(db: Database, scope: ReportScope, path: Path | str, *, progress: Progress | None = None,
              cancel: threading.Event | Callable[[], bool] | None = None,
              figures: ReportFigures | None = None) -> Path:
    """Write the PDF report of ``scope`` to ``path`` (atomic)."""
    check_target(path, _("the report"))  # a device, FIFO or folder: refused before any work
    steps = _Steps(progress, cancel, expected=1)
    f = figures or _figures(db, scope, steps)
    # multiBuild lays the story out at least twice (table of contents): about 3 flowables
    # per activity and person, two passes.
    steps.expected = 2 * (60 + 3 * len(f.activities) + len(f.people) + len(f.by_country) + len(f.recommendations))
    try:
        result = _pdf(f, path, check=steps)
    except Cancelled:
        raise ReportCancelled(_("Report cancelled.")) from None
    if progress:
        progress(1.0, _("Done."))
    return result
