"""Phones at the venue: the registration form of an activity for KoboToolbox / ODK Central
(:class:`PhoneFormDialog`), and the data export of its submissions brought back
(:class:`SubmissionsDialog`: preview of every submission — new, edited or already
imported —, its problems and likely duplicates, then all of them imported or none)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
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
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain import choices as C
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.domain.progress import Progress
from hrdesk.intake.people import EXISTING, NEW, SKIP, Decision, duplicate_note
from hrdesk.intake.submissions import (
    EDITED,
    NEW_SUBMISSION,
    SUBMISSION_STATUS,
    SubmissionsImport,
    SubmissionsPreview,
)
from hrdesk.intake.xlsform import FormOptions, write_xlsform
from hrdesk.ui import preferences
from hrdesk.ui.context import AppContext
from hrdesk.ui.editors.attendance_dialog import DUPLICATE_BACKGROUND, PROBLEM_BACKGROUND, imported
from hrdesk.ui.labels import choice_label, core, show_status
from hrdesk.ui.worker import Latest, run_with_progress

EXPORT_FILTER = "*.xlsx *.csv"


class PhoneFormDialog(QDialog):
    """Options of the form, then where to save it."""

    def __init__(self, ctx: AppContext, activity_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.activity_uuid = ctx, activity_uuid
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Registration form for phones"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("HRDesk writes an XLSForm: publish it on KoboToolbox or ODK Central, collect "
                               "the registrations offline on phones, then import the data export here."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.language = QComboBox(self)
        for code, name in (("en", "English"), ("fr", "Français"), ("es", "Español")):
            self.language.addItem(name, code)
        form.addRow(self.tr("Default language"), self.language)
        self.split_names = QCheckBox(self.tr("Ask surname and given names separately"), self)
        form.addRow("", self.split_names)
        self.washington = QCheckBox(self.tr("Ask the Washington Group short set on disability"), self)
        form.addRow("", self.washington)
        self.tests = QSpinBox(self)
        self.tests.setRange(0, 50)
        self.tests.setSpecialValueText(self.tr("No tests"))
        form.addRow(self.tr("Pre- and post-test questions"), self.tests)
        self.answers = QLineEdit(self)
        self.answers.setPlaceholderText(self.tr("e.g. BADC: the right answer of each question"))
        form.addRow(self.tr("Answer key"), self.answers)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(self.tr("Save the form…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primary")
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save())
        layout.addWidget(self.buttons)
        self.tests.valueChanged.connect(lambda n: self.answers.setEnabled(n > 0))
        self.answers.setEnabled(False)

    def options(self) -> FormOptions:
        return FormOptions(default_language=self.language.currentData(), tests=self.tests.value(),
                           answers=self.answers.text(), split_names=self.split_names.isChecked(),
                           washington_group=self.washington.isChecked())

    def save(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save the form"), str(preferences.IMPORTS_FOLDER.folder() / "registration-form.xlsx"),
                "*.xlsx")
            if not path:
                return None
            preferences.IMPORTS_FOLDER.remember(path)
        try:
            self.written = write_xlsform(self.ctx.db, self.activity_uuid, Path(path), self.options())
        except HRDeskError as exc:
            self.error.setText(str(exc))
            return None
        self.ctx.message.emit(self.tr("Form written to {path}").format(path=self.written))
        self.accept()
        return self.written


class SubmissionsDialog(QDialog):
    COLUMNS = 8

    def __init__(self, ctx: AppContext, activity_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.activity_uuid = ctx, activity_uuid
        self.job: SubmissionsImport | None = None
        self.preview: SubmissionsPreview | None = None
        self.checks = Latest()   # reading the export (again)
        self.result_summary = ""
        self.setWindowTitle(self.tr("Import submissions from phones"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("The data export of KoboToolbox (.xlsx) or ODK Central (.csv)"))
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Submission"), self.tr("Name"), self.tr("Sex"), self.tr("Organisation"),
            self.tr("Pre-test"), self.tr("Post-test"), self.tr("What to do / problems and likely duplicates")])
        self.table.horizontalHeader().setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        for col, width in ((0, 52), (1, 120), (2, 160), (3, 90), (4, 150), (5, 72), (6, 76)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)
        layout.addWidget(self.buttons)
        self.resize(1100, 600)

    def choose_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Data export of the submissions"),
                                               str(preferences.IMPORTS_FOLDER.folder()),
                                               self.tr("Data exports ({patterns})").format(patterns=EXPORT_FILTER))
        if path:
            preferences.IMPORTS_FOLDER.remember(path)
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Read the export and check its submissions on the database thread; the preview shows
        when it is ready."""
        self.file_edit.setText(path)
        self.import_button.setEnabled(False)
        self.preview = None
        db, activity = self.ctx.db, self.activity_uuid

        def read(progress: Progress) -> tuple[SubmissionsImport, SubmissionsPreview]:
            job = SubmissionsImport(db, Path(path), activity_uuid=activity)
            return job, job.preview(progress)
        self.checks.run(self.ctx.worker, self, self.tr("Reading {file}…").format(file=Path(path).name), read,
                        self._opened, self._open_failed)

    def _opened(self, found: tuple[SubmissionsImport, SubmissionsPreview]) -> None:
        self.job, self.preview = found
        self._fill()

    def _open_failed(self, exc: Exception) -> None:
        self.table.setRowCount(0)
        self._say(str(exc) if isinstance(exc, HRDeskError) else self.tr("The file could not be read: {error}").format(
            error=repr(exc)), error=True)

    def _fill(self) -> None:
        preview = self.preview
        self.table.setRowCount(len(preview.submissions))
        for i, sub in enumerate(preview.submissions):
            row = sub.row
            p, q = row.participant, row.participation
            score = lambda v: "" if v is None else f"{v:g}"  # noqa: E731
            cells = [str(row.number), core(SUBMISSION_STATUS[sub.status]), p.get("full_name") or "",
                     choice_label(C.SEX, p.get("sex")), p.get("organisation") or "",
                     score(q.get("pre_score")), score(q.get("post_score"))]
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
            notes = [str(pr.message) for pr in row.problems]
            if sub.status == NEW_SUBMISSION:
                if row.suggestion.action == EXISTING:
                    notes.insert(0, self.tr("Use the person already known"))
                elif row.candidates:
                    notes.insert(0, self.tr("Add as a new person (check the likely duplicate later)"))
                else:
                    notes.insert(0, self.tr("Add as a new person"))
                notes += [duplicate_note(row)] if row.candidates else []
            elif sub.status == EDITED:
                notes.insert(0, self.tr("Apply the changes made since the last import"))
            item = QTableWidgetItem("\n".join(n for n in notes if n))
            self.table.setItem(i, self.COLUMNS - 1, item)
            background = PROBLEM_BACKGROUND if row.problems else DUPLICATE_BACKGROUND if row.likely_duplicate else None
            if background is not None:
                for col in range(self.COLUMNS):
                    self.table.item(i, col).setBackground(background)
        self.table.resizeRowsToContents()
        problems = preview.all_problems
        if preview.problems:
            self._say("\n".join(p.message for p in preview.problems), error=True)
        elif problems:
            bad = len({p.row for p in problems})
            self._say(self.tr("%Ln submission(s) have problems (shown in red). Correct them on the server "
                              "and download the export again; nothing is imported until then.", "", bad),
                      error=True)
        else:
            new = preview.count(NEW_SUBMISSION)
            edited = preview.count(EDITED)
            self._say(self.tr("%Ln new submission(s)", "", new) + ", "
                      + self.tr("%Ln edited since the last import", "", edited) + ", "
                      + self.tr("%Ln already imported", "", len(preview.submissions) - new - edited) + ".")
        self.import_button.setEnabled(not problems and any(s.status != "unchanged" for s in preview.submissions))

    def decisions(self) -> dict[int, Decision]:
        return {s.number: s.row.suggestion if s.row.suggestion.action in (EXISTING, NEW, SKIP) else Decision(NEW)
                for s in self.preview.submissions}

    def _say(self, text: str, *, error: bool = False) -> None:
        show_status(self.summary, text, error=error)

    def run_import(self) -> None:
        job, decisions = self.job, self.decisions()
        self.import_button.setEnabled(False)
        self.worker_job = run_with_progress(self.ctx.worker, self, self.tr("Importing…"),
                                            lambda _progress: job.commit(decisions),
                                            self._imported, self._failed)

    def _imported(self, result) -> None:
        imported(self, result)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self._say("\n".join(str(p) for p in exc.problems[:12]), error=True)
        else:
            self._say(self.tr("Nothing was imported: {error}").format(error=exc), error=True)
        self.import_button.setEnabled(True)
