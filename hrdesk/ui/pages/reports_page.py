"""Reports: choose a scope, preview its key figures, write the Excel or PDF report (on the
worker thread, with progress and Cancel), open the folder; training report and
certificates for a training of the scope.  The figures come from :mod:`hrdesk.reports`."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.progress import Cancelled
from hrdesk.reports import dashboard as dashboard_data
from hrdesk.reports import service, training
from hrdesk.reports.scope import ReportScope
from hrdesk.ui import preferences
from hrdesk.ui.context import AppContext
from hrdesk.ui.labels import core, format_date
from hrdesk.ui.pages.base import Page
from hrdesk.ui.pages.click_through import show_records
from hrdesk.ui.widgets.figure_tiles import TileGrid
from hrdesk.ui.widgets.scope_bar import ScopeBar
from hrdesk.ui.worker import run_with_progress

PREVIEW_DELAY_MS = 300


def safe_file_name(text: str) -> str:
    """``text`` usable as a file name on Windows, macOS and Linux."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", text).strip(" .-")[:120] or "report"


class ReportsPage(Page):
    key, icon_name = "reports", "reports"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.figures = None
        self.last_file: Path | None = None
        self._generation = 0
        self._stale = True
        self._job = None
        layout = self.titled_layout()
        self.scope_bar = ScopeBar(ctx.db, preferences.REPORTS_PERIOD, self)
        self._fallback = not self.scope_bar.remembered  # first visit: an empty year falls back to last year
        bar = self.scope_bar
        self.period, self.privacy, self.language, self.kinds = bar.period, bar.privacy, bar.language, bar.kinds
        bar.changed.connect(self._scope_changed)
        bar.privacy_changed.connect(lambda _p: self._privacy_changed())
        layout.addWidget(bar)
        self.privacy_note = QLabel(self)
        self.privacy_note.setObjectName("warningBanner")
        self.privacy_note.setWordWrap(True)
        self.privacy_note.setText(self.tr("Full privacy: participants' names and contact details will be in the "
                                          "files. Store and send them only where they are safe."))
        layout.addWidget(self.privacy_note)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self._preview(), 3)
        side = QVBoxLayout()
        side.addWidget(self._export_box())
        side.addWidget(self._training_box(), 1)
        body.addLayout(side, 2)
        layout.addLayout(body, 1)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._privacy_changed()
        ctx.changed.connect(self._changed)

    def title(self) -> str:
        return self.tr("Reports")

    # -- building the page ------------------------------------------------------------------
    def _preview(self) -> QWidget:
        box = QGroupBox(self.tr("Preview of the key figures"), self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 16, 10, 10)
        self.tiles = TileGrid(4, box)
        self.tiles.clicked.connect(lambda item: show_records(self, item.target, item.label))
        layout.addWidget(self.tiles)
        tables = QHBoxLayout()
        self.by_kind = self._table(box, core("Kind of activity"), self.tr("Activities"))
        # one table per breakdown: each person counts once in each (both have an "Other")
        self.by_sex = self._table(box, core("Sex"), core("People"))
        self.by_category = self._table(box, core("Stakeholder category"), core("People"))
        # widths as their longest labels need: sexes are short, stakeholder categories long
        tables.addWidget(self.by_kind, 4)
        tables.addWidget(self.by_sex, 3)
        tables.addWidget(self.by_category, 5)
        layout.addLayout(tables, 1)
        return box

    def _table(self, parent: QWidget, first: str, second: str) -> QTableWidget:
        table = QTableWidget(0, 2, parent)
        table.setHorizontalHeaderLabels([first, second])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setAccessibleName(first)
        return table

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Report of this scope"), self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 16, 10, 10)
        buttons = QHBoxLayout()
        self.excel_button = QPushButton(self.tr("Export Excel…"), box)
        self.excel_button.setObjectName("primary")
        self.pdf_button = QPushButton(self.tr("Export PDF…"), box)
        self.pdf_button.setObjectName("primary")
        self.excel_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        buttons.addWidget(self.excel_button)
        buttons.addWidget(self.pdf_button)
        layout.addLayout(buttons)
        self.result_label = QLabel(self.tr("The report covers the scope chosen above."), box)
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("pageSubtitle")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open folder"), box)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(self.result_label, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.progress_bar = QProgressBar(box)     # the file being written, shown while it is
        self.progress_bar.setAccessibleName(self.tr("Progress of the file being written"))
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        return box

    def _training_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Training report / certificates"), self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 16, 10, 10)
        self.trainings = QListWidget(box)
        self.trainings.setAccessibleName(self.tr("Trainings in the scope"))
        self.trainings.setWordWrap(True)
        self.trainings.setAlternatingRowColors(True)
        self.trainings.setSpacing(2)
        self.trainings.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.trainings_note = QLabel(box)
        self.trainings_note.setObjectName("pageSubtitle")
        self.trainings_note.setWordWrap(True)
        buttons = QHBoxLayout()
        self.training_button = QPushButton(self.tr("Training report…"), box)
        self.certificates_button = QPushButton(self.tr("Certificates…"), box)
        self.training_button.clicked.connect(self.training_report)
        self.certificates_button.clicked.connect(self.certificates)
        buttons.addWidget(self.training_button)
        buttons.addWidget(self.certificates_button)
        buttons.addStretch(1)
        layout.addWidget(self.trainings_note)
        layout.addWidget(self.trainings, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        return box

    # -- scope and preview ------------------------------------------------------------------
    def scope(self) -> ReportScope:
        return self.scope_bar.scope()

    def activate(self) -> None:
        if self._stale:
            self.load_choices()
            self.reload()

    def refresh(self) -> None:
        self.load_choices()
        self.reload()

    def load_choices(self) -> None:
        self.scope_bar.load_choices()

    def _scope_changed(self) -> None:
        if self.scope_bar.remembered:
            self._fallback = False
        self.schedule()

    def schedule(self) -> None:
        self._timer.start()

    def _privacy_changed(self) -> None:
        self.privacy_note.setVisible(self.privacy.currentData() == "full")

    def reload(self) -> None:
        self._timer.stop()
        self._stale = False
        try:
            scope = self.scope()
        except HRDeskError as exc:
            self.status.setText(str(exc))
            return
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Counting…"))
        db = self.ctx.db
        self.ctx.worker.run(lambda _p: dashboard_data.build(db, scope, light=False),
                            lambda data: self._loaded(generation, data),
                            lambda exc: self._load_failed(generation, exc))

    def _load_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("The figures could not be computed: {error}").format(error=exc))

    def _loaded(self, generation: int, data: dashboard_data.Dashboard) -> None:
        if generation != self._generation:
            return
        if data.empty and self._fallback and self.period.preset_name() == "this_year":
            self._fallback = False
            self.period.set_preset("last_year")
            self.reload()
            return
        self._fallback = False
        self.figures = data.figures
        self.status.setText(data.message or self.period.describe())
        self.tiles.set_items(data.tiles, clickable=lambda item: item.target is not None,
                             hint=self.tr("Click to list these records"))
        series = {s.key: s for s in data.series}
        self._fill(self.by_kind, series["by_kind"].items)
        self._fill(self.by_sex, series["by_sex"].items)
        self._fill(self.by_category, series["by_category"].items)
        chosen = self.trainings.currentItem().data(Qt.ItemDataRole.UserRole) if self.trainings.currentItem() else None
        self.trainings.clear()
        for t in data.figures.trainings:
            item = QListWidgetItem(self.tr("{title}\n{date} · %Ln participant(s)", "", t["participations"]).format(
                title=t["title"], date=format_date(t["start_date"])), self.trainings)
            item.setData(Qt.ItemDataRole.UserRole, t["uuid"])
            item.setToolTip(t["title"])
            if t["uuid"] == chosen:
                self.trainings.setCurrentItem(item)
        self.trainings_note.setText(self.tr("Trainings in this scope: %Ln. Choose one:", "", self.trainings.count())
                                    if self.trainings.count() else self.tr("No training in this scope."))
        self._update_buttons()

    def _fill(self, table: QTableWidget, items) -> None:
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            label = QTableWidgetItem(item.label)
            value = QTableWidgetItem(item.text)
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 0, label)
            table.setItem(row, 1, value)

    def _update_buttons(self) -> None:
        busy = self._job is not None
        has_data = self.figures is not None
        for b in (self.excel_button, self.pdf_button):
            b.setEnabled(has_data and not busy)
        chosen = self.trainings.currentItem() is not None
        self.training_button.setEnabled(chosen and not busy)
        self.certificates_button.setEnabled(chosen and not busy)

    def _changed(self, record_type: str) -> None:
        self._stale = True
        if self.isVisible():
            self.activate()

    # -- files ------------------------------------------------------------------------------
    def _folder(self) -> Path:
        saved = preferences.REPORTS_FOLDER.get()
        if saved and Path(saved).is_dir():
            return Path(saved)
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs and Path(docs).is_dir() else Path.home()

    def _ask_path(self, title: str, name: str, suffix: str, file_filter: str) -> Path | None:
        path, _chosen = QFileDialog.getSaveFileName(self, title, str(self._folder() / (safe_file_name(name) + suffix)),
                                                    file_filter)
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        preferences.REPORTS_FOLDER.set(str(path.parent))
        return path

    def export(self, fmt: str) -> None:
        try:
            scope = self.scope()
        except HRDeskError as exc:
            QMessageBox.warning(self, self.tr("Report"), str(exc))
            return
        if fmt == "xlsx":
            path = self._ask_path(self.tr("Export the Excel report"), self.tr("HRDesk report {period}").format(
                period=self.period.describe()), ".xlsx", self.tr("Excel workbook (*.xlsx)"))
            build = service.build_excel
        else:
            path = self._ask_path(self.tr("Export the PDF report"), self.tr("HRDesk report {period}").format(
                period=self.period.describe()), ".pdf", self.tr("PDF document (*.pdf)"))
            build = service.build_pdf
        if path is None:
            return
        db = self.ctx.db
        self._start(self.tr("Writing the report…"), lambda progress: build(db, scope, path, progress=progress))

    def training_report(self) -> None:
        item = self.trainings.currentItem()
        if item is None:
            return
        uuid, title = item.data(Qt.ItemDataRole.UserRole), item.toolTip()
        path = self._ask_path(self.tr("Save the training report"), self.tr("Training report {title}").format(
            title=title[:60]), ".pdf", self.tr("PDF document (*.pdf)"))
        if path is None:
            return
        db, privacy, language = self.ctx.db, self.privacy.currentData(), self.language.currentData()
        self._start(self.tr("Writing the training report…"), lambda progress: training.build_training_report(
            db, uuid, path, privacy=privacy, language=language, progress=progress))

    def certificates(self) -> None:
        item = self.trainings.currentItem()
        if item is None:
            return
        uuid, title = item.data(Qt.ItemDataRole.UserRole), item.toolTip()
        path = self._ask_path(self.tr("Save the certificates"), self.tr("Certificates {title}").format(
            title=title[:60]), ".pdf", self.tr("PDF document (*.pdf)"))
        if path is None:
            return
        db, language = self.ctx.db, self.language.currentData()

        self._start(self.tr("Writing the certificates…"), lambda progress: training.build_certificates(
            db, uuid, path, language=language, progress=progress), notify="activity")

    def _start(self, label: str, work, notify: str | None = None) -> None:
        def done(path):
            self._job = None
            self._written(Path(path))
            if notify:
                self.ctx.notify(notify)

        self._job = run_with_progress(self.ctx.worker, self, label, work, done, self._failed)
        # the previous file's "Saved …" goes: what is being written now, and how far along
        self.last_file = None
        self.open_button.setEnabled(False)
        self.result_label.setText(label)
        self.progress_bar.setRange(0, 0)          # busy until the job says how much there is
        self.progress_bar.show()
        self._job.signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self._update_buttons()

    def _progress(self, done: int, total: int, _message: str) -> None:
        if self._job is None:
            return
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    def _written(self, path: Path) -> None:
        self.progress_bar.hide()
        self.last_file = path
        self.result_label.setText(self.tr("Saved {name} in {folder}.").format(name=path.name, folder=path.parent))
        self.open_button.setEnabled(True)
        self._update_buttons()
        self.ctx.message.emit(self.tr("Saved {name}.").format(name=path.name))

    def _failed(self, exc: Exception) -> None:
        self._job = None
        self.progress_bar.hide()
        self._update_buttons()
        if isinstance(exc, Cancelled):
            self.result_label.setText(self.tr("Cancelled. No file was written."))
            return
        self.result_label.setText(self.tr("No file was written."))
        text = str(exc) if isinstance(exc, HRDeskError | OSError) else self.tr(
            "Something went wrong while writing the file: {error}").format(error=exc)
        QMessageBox.warning(self, self.tr("Report"), text)

    def open_folder(self) -> None:
        if self.last_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file.parent)))
