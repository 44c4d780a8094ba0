"""File › Import an activity log: the spreadsheet template to fill in, then the filled file
checked first (what would be created or updated, every problem with its sheet, row and
column) and imported all or nothing, after a verified backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.exchange.parse import is_exchange_workbook
from hrdesk.intake.activities import ActivityLogImport, ActivityLogPreview
from hrdesk.intake.template import write_template
from hrdesk.safety.backups import backup_before
from hrdesk.ui.context import AppContext
from hrdesk.ui.i18n import current_language
from hrdesk.ui.labels import show_status
from hrdesk.ui.worker import run_with_progress

FILE_FILTER = "*.xlsx *.xls *.ods *.csv"


def save_template(ctx: AppContext, parent: QWidget, path: str | None = None, on_done=None) -> None:
    """Ask where to save the activity-log template (in the interface's language) and write it."""
    tr = QCoreApplication.translate
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            parent, tr("ActivityLogDialog", "Save the activity-log template"),
            str(Path.home() / tr("ActivityLogDialog", "activity-log.xlsx")), tr("ActivityLogDialog", "Excel workbook (*.xlsx)"))
    if not path:
        return
    target = Path(path) if Path(path).suffix.lower() == ".xlsx" else Path(path + ".xlsx")
    language = current_language()

    def written(result: Path) -> None:
        ctx.message.emit(tr("ActivityLogDialog", "Template written to {path}").format(path=result))
        if on_done is not None:
            on_done(result)

    def failed(exc: Exception) -> None:
        ctx.message.emit(tr("ActivityLogDialog", "The template was not written: {error}").format(error=exc))
        if on_done is not None:
            on_done(exc)

    parent._template_job = run_with_progress(ctx.worker, parent, tr("ActivityLogDialog", "Writing the template…"),
                                             lambda _progress: write_template(target, language), written, failed)


class ActivityLogDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: ActivityLogPreview | None = None
        self.imported: ActivityLogPreview | None = None
        self.setWindowTitle(self.tr("Import an activity log"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Offices that keep their activities in a spreadsheet fill in the HRDesk template "
                               "(one row per activity, one row per participant), then import it here. The file is "
                               "checked first; nothing is imported while it has a problem. Importing the same file "
                               "again changes nothing; a corrected file updates what it created."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.template_button = QPushButton(self.tr("&Save the template…"), self)
        self.file_label = QLabel(self.tr("&File"), self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_label.setBuddy(self.file_edit)
        self.browse_button = QPushButton(self.tr("&Choose a filled file…"), self)
        row.addWidget(self.template_button)
        row.addSpacing(16)
        row.addWidget(self.file_label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("pageSubtitle")
        layout.addWidget(self.summary)
        self.problems = QTableWidget(0, 4, self)
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                                                 self.tr("Problem")])
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setTabKeyNavigation(False)
        self.problems.verticalHeader().hide()
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.problems, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for button in (self.template_button, self.browse_button, self.import_button):
            button.setAutoDefault(False)
        self.template_button.clicked.connect(lambda: save_template(ctx, self))
        self.browse_button.clicked.connect(lambda: self.choose_file())
        self.import_button.clicked.connect(self.run_import)
        self.setTabOrder(self.template_button, self.file_edit)
        self.setTabOrder(self.file_edit, self.browse_button)
        self.setTabOrder(self.browse_button, self.problems)
        self.setTabOrder(self.problems, self.import_button)
        self.resize(960, 560)
        self._say(self.tr("Choose a filled activity log to check it."))

    def _say(self, text: str, *, error: bool = False) -> None:
        show_status(self.summary, text, error=error)

    # -- checking (the dry run) --------------------------------------------------------------
    def choose_file(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Choose a filled activity log"), str(Path.home()),
                self.tr("Spreadsheets ({patterns})").format(patterns=FILE_FILTER))
        if not path:
            return
        self.file_edit.setText(path)
        self.preview = None
        self.import_button.setEnabled(False)
        self.problems.setRowCount(0)
        file = Path(path)
        if is_exchange_workbook(file):
            self._say(self.tr("{file} is an HRDesk exchange file, not an activity log: import it on the Exchange "
                              "page. Nothing was imported.").format(file=file.name), error=True)
            return
        job = ActivityLogImport(self.ctx.db, file)
        self.job = run_with_progress(self.ctx.worker, self, self.tr("Checking {file}…").format(file=file.name),
                                     job.preview, self._checked, self._check_failed)

    def _checked(self, preview: ActivityLogPreview) -> None:
        self.preview = preview
        problems = preview.problems
        self.problems.setRowCount(len(problems))
        for i, p in enumerate(problems):
            cells = [p.sheet or "", "" if p.row is None else str(p.row), p.column or p.field or "", p.message]
            for col, text in enumerate(cells):
                self.problems.setItem(i, col, QTableWidgetItem(text))
        self.problems.resizeRowsToContents()
        if problems:
            self._say(self.tr("Nothing can be imported yet: %Ln problem(s) to fix in the file (listed below). "
                              "Correct the file, save it, and choose it again.", "", len(problems)), error=True)
        else:
            self._say(self.tr("The file is ready to import. If you import it: {summary}").format(
                summary=preview.summary()))
        self.import_button.setEnabled(not problems)

    def _check_failed(self, exc: Exception) -> None:
        self._say(self.tr("The file could not be read: {error}").format(error=exc), error=True)

    # -- importing ----------------------------------------------------------------------------
    def run_import(self) -> None:
        if self.preview is None or self.preview.problems:
            return
        db, path, preview = self.ctx.db, self.preview.path, self.preview

        def job(progress) -> ActivityLogPreview:
            backup_before(db, "import")
            return ActivityLogImport(db, path).commit(preview, progress)

        self.import_button.setEnabled(False)
        self.job = run_with_progress(self.ctx.worker, self, self.tr("Importing…"), job, self._imported,
                                     self._import_failed)

    def _imported(self, preview: ActivityLogPreview) -> None:
        self.imported = preview
        self.preview = None
        self._say(self.tr("Imported. {summary}").format(summary=preview.summary()))
        for record_type in ("activity", "participant"):
            self.ctx.notify(record_type)
        self.ctx.message.emit(self.tr("Activity log imported."))

    def _import_failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self._checked(ActivityLogPreview(self.preview.path, self.preview.file_key, [], [], exc.problems))
            return
        text = str(exc) if isinstance(exc, HRDeskError) else repr(exc)
        self._say(self.tr("Nothing was imported: {error}").format(error=text), error=True)
        self.import_button.setEnabled(self.preview is not None)
