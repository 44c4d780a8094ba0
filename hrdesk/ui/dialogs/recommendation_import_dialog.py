"""Recommendations › Import recommendations…: a list of a mechanism's recommendations (an
export of the Universal Human Rights Index, a UPR database or matrix) checked first (what
would be created, updated or left unchanged, every problem with its sheet, row and column),
then imported all or nothing after a verified backup, off the interface thread."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
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
from hrdesk.domain.records import RECOMMENDATION
from hrdesk.exchange.parse import is_exchange_workbook
from hrdesk.intake.recommendations import (
    CREATE,
    DELETED,
    UNCHANGED,
    UPDATE,
    RecommendationImport,
    RecommendationPreview,
)
from hrdesk.reference.mechanisms import MECHANISM
from hrdesk.safety.backups import backup_before
from hrdesk.services import offices
from hrdesk.ui.context import AppContext
from hrdesk.ui.labels import choice_label, field_label, show_status
from hrdesk.ui.widgets.country_picker import CountryPicker
from hrdesk.ui.worker import run_with_progress

FILE_FILTER = "*.xlsx *.xls *.ods *.csv"


class RecommendationImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: RecommendationPreview | None = None
        self.imported: RecommendationPreview | None = None
        self.job = None
        self.setWindowTitle(self.tr("Import recommendations"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Import the recommendations of an export of the Universal Human Rights Index, of a UPR database or "
            "of a UPR matrix (.xlsx, .xls, .ods or .csv, one row per recommendation, headers in English, French "
            "or Spanish). The file is checked first; nothing is imported while it has a problem. Importing it "
            "again changes nothing; a newer export updates what changed."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("&File"), self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_label.setBuddy(self.file_edit)
        self.browse_button = QPushButton(self.tr("&Choose a file…"), self)
        row.addWidget(self.file_label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        form = QFormLayout()
        self.country = CountryPicker(self, allow_empty=True)
        self.country.setAccessibleName(self.tr("State under review"))
        with contextlib.suppress(HRDeskError):   # the office's country, shown and changeable
            self.country.set_value(offices.own_office(ctx.db).get("country"))
        self.mechanism = QComboBox(self)
        self.mechanism.setAccessibleName(self.tr("Mechanism"))
        self.mechanism.addItem(self.tr("As the file says"), None)
        for c in MECHANISM:
            self.mechanism.addItem(choice_label(MECHANISM, c.code), c.code)
        form.addRow(self.tr("State under review (when the file has no Country column)"), self.country)
        form.addRow(self.tr("Mechanism (when the file has no Mechanism column)"), self.mechanism)
        layout.addLayout(form)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("pageSubtitle")
        layout.addWidget(self.summary)
        self.problems = QTableWidget(0, 4, self)
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                                                 self.tr("Problem")])
        self.rows = QTableWidget(0, 4, self)
        self.rows.setAccessibleName(self.tr("Recommendations in the file"))
        self.rows.setHorizontalHeaderLabels([self.tr("Row"), self.tr("What happens"), self.tr("Symbol"),
                                             self.tr("Text")])
        for table in (self.problems, self.rows):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setTabKeyNavigation(False)
            table.verticalHeader().hide()
            table.setWordWrap(True)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            layout.addWidget(table, 1)
        self.rows.hide()
        self.problems.hide()   # no empty table before a file is checked
        # a problem's rows as tall as its text at the table's real width (measured while the
        # table was hidden, a two-line message took ten)
        self.problems.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addStretch(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for button in (self.browse_button, self.import_button):
            button.setAutoDefault(False)
        self.browse_button.clicked.connect(lambda: self.choose_file())
        self.import_button.clicked.connect(self.run_import)
        self.country.edited.connect(self._recheck)
        self.mechanism.currentIndexChanged.connect(lambda _i: self._recheck())
        self.resize(960, 600)
        self._say(self.tr("Choose a file of recommendations to check it."))

    def _say(self, text: str, *, error: bool = False) -> None:
        show_status(self.summary, text, error=error)

    def _job(self, path: Path) -> RecommendationImport:
        return RecommendationImport(self.ctx.db, path, country=self.country.value(),
                                    mechanism=self.mechanism.currentData())

    # -- checking (the dry run) --------------------------------------------------------------
    def choose_file(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Choose a file of recommendations"), "",
                self.tr("Spreadsheets ({patterns})").format(patterns=FILE_FILTER))
        if not path:
            return
        self.file_edit.setText(path)
        self.path = Path(path)
        self._check()

    def _recheck(self) -> None:
        if self.path is not None and self.imported is None:
            self._check()

    def _check(self) -> None:
        self.preview = None
        self.import_button.setEnabled(False)
        self.problems.setRowCount(0)
        self.rows.setRowCount(0)
        self.problems.hide()
        self.rows.hide()
        file = self.path
        if is_exchange_workbook(file):
            self._say(self.tr("{file} is an HRDesk exchange file, not a list of recommendations: import it on the "
                              "Exchange page. Nothing was imported.").format(file=file.name), error=True)
            return
        job = self._job(file)
        self.job = run_with_progress(self.ctx.worker, self, self.tr("Checking {file}…").format(file=file.name),
                                     job.preview, self._checked, self._check_failed)

    def _checked(self, preview: RecommendationPreview) -> None:
        self.preview = preview
        problems = preview.problems
        self.problems.setRowCount(len(problems))
        for i, p in enumerate(problems):
            cells = [p.sheet or "", "" if p.row is None else str(p.row), self._column(p), p.message]
            for col, text in enumerate(cells):
                self.problems.setItem(i, col, QTableWidgetItem(text))
        self.problems.setVisible(bool(problems))
        self.rows.setVisible(not problems)
        if problems:
            self._say(self.tr("Nothing can be imported yet: %Ln problem(s) to fix in the file (listed below). "
                              "Correct the file, save it, and choose it again.", "", len(problems)), error=True)
        else:
            self._show_rows(preview)
            self._say(self.tr("The file is ready to import. If you import it: {summary}").format(
                summary=preview.summary()))
        self.import_button.setEnabled(not problems and (preview.count(CREATE) + preview.count(UPDATE)) > 0)

    @staticmethod
    def _column(problem) -> str:
        """The file's column, or the field's label (not its internal name 'mechanism') when
        the file has no such column."""
        if problem.column:
            return problem.column
        if problem.field in RECOMMENDATION:
            return field_label(RECOMMENDATION[problem.field])
        return problem.field or ""

    def _show_rows(self, preview: RecommendationPreview) -> None:
        actions = {CREATE: self.tr("New"), UPDATE: self.tr("Updated"), UNCHANGED: self.tr("Unchanged"),
                   DELETED: self.tr("Deleted here: left deleted")}
        self.rows.setRowCount(len(preview.rows))
        for i, r in enumerate(preview.rows):
            symbol = ", ".join(filter(None, [r.values.get("symbol"), r.values.get("paragraph")]))
            text = (r.values.get("text") or "").replace("\n", " ")[:200]
            for col, cell in enumerate([str(r.number), actions[r.action], symbol, text]):
                self.rows.setItem(i, col, QTableWidgetItem(cell))

    def _check_failed(self, exc: Exception) -> None:
        text = str(exc) if isinstance(exc, HRDeskError) else repr(exc)
        self._say(self.tr("The file could not be read: {error}").format(error=text), error=True)

    # -- importing ----------------------------------------------------------------------------
    def run_import(self) -> None:
        if self.preview is None or self.preview.problems:
            return
        db, preview, job = self.ctx.db, self.preview, self._job(self.preview.path)

        def work(progress) -> RecommendationPreview:
            backup_before(db, "import")
            return job.commit(preview, progress)

        self.import_button.setEnabled(False)
        self.job = run_with_progress(self.ctx.worker, self, self.tr("Importing…"), work, self._imported,
                                     self._import_failed)

    def _imported(self, preview: RecommendationPreview) -> None:
        self.imported = preview
        self.preview = None
        self._say(self.tr("Imported. {summary}").format(summary=preview.summary()))
        self.ctx.notify("recommendation")
        self.ctx.message.emit(self.tr("Recommendations imported."))

    def _import_failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError) and self.preview is not None:
            self._checked(RecommendationPreview(self.preview.path, [], exc.problems))
            return
        text = str(exc) if isinstance(exc, HRDeskError) else repr(exc)
        self._say(self.tr("Nothing was imported: {error}").format(error=text), error=True)
        self.import_button.setEnabled(self.preview is not None)
