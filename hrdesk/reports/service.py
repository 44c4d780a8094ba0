"""Service API of reports for the app and the CLI: build the Excel or PDF report of a scope
with a :class:`~hrdesk.domain.progress.Progress` (progress and cancel; call from a worker
thread; nothing here touches Qt).  Training reports and certificates are in
:mod:`hrdesk.reports.training`."""

from __future__ import annotations

from pathlib import Path

from hrdesk.domain.progress import Progress, ensure
from hrdesk.i18n import _
from hrdesk.safety.atomic import check_target
from hrdesk.storage.database import Database

from . import figures as figures_module
from .excel import build_excel as _excel
from .figures import ReportFigures
from .pdf_report import build_pdf as _pdf
from .scope import ReportScope


class Steps:
    """Turns flowable/sheet callbacks into progress steps (``update`` raises ``Cancelled``)."""

    def __init__(self, progress: Progress | None, expected: int, every: int = 20) -> None:
        self.progress = ensure(progress)
        self.expected, self.done, self.every = max(expected, 1), 0, every

    def __call__(self) -> None:
        self.progress.check()
        self.done += 1
        if self.done % self.every == 0:
            # layout passes may take more callbacks than expected: never report done >= total
            total = max(self.expected, self.done + 1)
            self.progress.update(self.done, total, _("Writing the report…"))


def _figures(db: Database, scope: ReportScope, steps: Steps, narrative: bool = True) -> ReportFigures:
    steps.progress.update(0, steps.expected, _("Counting…"))
    f = figures_module.load(db, scope, narrative=narrative)
    steps.progress.check()
    return f


def build_excel(db: Database, scope: ReportScope, path: Path | str, *, progress: Progress | None = None,
                figures: ReportFigures | None = None) -> Path:
    """Write the Excel report of ``scope`` to ``path`` (atomic: a cancelled or failed build
    leaves any existing file untouched)."""
    check_target(path, _("the report"))  # a device, FIFO or folder: refused before any work
    steps = Steps(progress, expected=6 * 20)
    f = figures or _figures(db, scope, steps, narrative=False)
    result = _excel(f, path, check=lambda: [steps() for _i in range(20)] and None)
    steps.progress.finish(_("Done."))
    return result


def build_pdf(db: Database, scope: ReportScope, path: Path | str, *, progress: Progress | None = None,
              figures: ReportFigures | None = None) -> Path:
    """Write the PDF report of ``scope`` to ``path`` (atomic)."""
    check_target(path, _("the report"))  # a device, FIFO or folder: refused before any work
    steps = Steps(progress, expected=1)
    f = figures or _figures(db, scope, steps)
    # multiBuild lays the story out at least twice (table of contents): about 3 flowables
    # per activity and person, two passes.
    steps.expected = 2 * (60 + 3 * len(f.activities) + len(f.people) + len(f.by_country) + len(f.recommendations))
    result = _pdf(f, path, check=steps)
    steps.progress.finish(_("Done."))
    return result
