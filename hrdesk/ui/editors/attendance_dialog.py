"""Import a sign-in sheet into an activity: pick file and sheet, check the column mapping,
preview every row with its problems and likely duplicates, decide, then import all rows in
one transaction (on the database thread) — or nothing.  Rows pasted from Excel (tab-separated
text) are read as a sheet and go through exactly the same steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from hrdesk.domain import choices as C
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.intake.attendance import (
    ATTENDANCE_KEYS,
    MAPPING_LABELS,
    AttendanceImport,
    AttendancePreview,
    PastedRows,
)
from hrdesk.intake.people import EXISTING, NEW, SKIP, Decision, PersonRow
from hrdesk.ui import preferences
from hrdesk.ui.context import AppContext
from hrdesk.ui.editors.participants_tab import sex_counts_line
from hrdesk.ui.forms import load_form
from hrdesk.ui.labels import choice_label, core, show_status
from hrdesk.ui.worker import run_with_progress

PROBLEM_BACKGROUND = QColor("#fdecea")
DUPLICATE_BACKGROUND = QColor("#fff4d6")
FILE_FILTER = "*.xlsx *.xls *.ods *.csv"


def imported(dialog, result) -> None:
    """People were added to the activity: say so, tell the pages, close the dialog."""
    dialog.result_summary = result.summary()
    dialog.ctx.notify("participant")
    dialog.ctx.message.emit(dialog.result_summary)
    dialog.accept()


class AttendanceDialog(QDialog):
    def __init__(self, ctx: AppContext, activity_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("attendance_dialog.ui", self)
        self.ctx = ctx
        self.activity_uuid = activity_uuid
        self.job: AttendanceImport | None = None
        self.preview: AttendancePreview | None = None
        self.result_summary = ""
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)
        self.browseButton.clicked.connect(self.choose_file)
        self.reloadButton.clicked.connect(lambda: self.open_file(self.fileEdit.text(), self.sheetCombo.currentText()))
        self.sheetCombo.activated.connect(lambda _i: self.open_file(self.fileEdit.text(), self.sheetCombo.currentText()))
        self.mappingTable.setColumnCount(3)
        self.mappingTable.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Heading"),
                                                     self.tr("Holds")])
        self.mappingTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mappingTable.verticalHeader().hide()
        self.previewTable.setColumnCount(6)
        self.previewTable.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name"), self.tr("Sex"),
                                                     self.tr("Organisation"), self.tr("What to do"),
                                                     self.tr("Problems and\nlikely duplicates")])
        self.previewTable.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.previewTable.verticalHeader().hide()
        self.previewTable.setWordWrap(True)
        for col, width in ((0, 64), (2, 140)):
            self.mappingTable.setColumnWidth(col, width)
        for col, width in ((0, 44), (1, 160), (2, 84), (3, 170), (4, 170)):
            self.previewTable.setColumnWidth(col, width)
        self.dialogLayout.setStretch(1, 1)
        for button in (self.browseButton, self.reloadButton):
            button.setAutoDefault(False)
        self.splitter.setSizes([330, 950])
        self.resize(1180, 700)

    # -- reading ----------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose an attendance sheet"),
                                                    str(preferences.IMPORTS_FOLDER.folder()),
                                                    self.tr("Spreadsheets ({patterns})").format(patterns=FILE_FILTER))
        if path:
            preferences.IMPORTS_FOLDER.remember(path)
            self.open_file(path)

    def open_file(self, path: str, sheet: str | None = None) -> bool:
        if not path:
            return False
        try:
            self.job = AttendanceImport(self.ctx.db, Path(path), sheet=sheet or None,
                                        activity_uuid=self.activity_uuid)
        except HRDeskError as exc:
            self._say(str(exc), error=True)
            self.import_button.setEnabled(False)
            return False
        self.fileEdit.setText(path)
        self.sheetCombo.blockSignals(True)
        self.sheetCombo.clear()
        self.sheetCombo.addItems(self.job.sheet_names)
        self.sheetCombo.setCurrentText(self.job.sheet.name)
        self.sheetCombo.blockSignals(False)
        self._fill_mapping()
        self.refresh_preview()
        return True

    def open_text(self, text: str) -> bool:
        """Read rows pasted from a spreadsheet (tab-separated, heading row first)."""
        self.job = PastedRows(self.ctx.db, text, self.tr("Pasted rows"), activity_uuid=self.activity_uuid)
        self.setWindowTitle(self.tr("Paste rows from Excel"))
        self.import_button.setText(self.tr("Add to the activity"))
        for widget in (self.fileLabel, self.fileEdit, self.browseButton, self.reloadButton,
                       self.sheetLabel, self.sheetCombo):
            widget.hide()
        self._fill_mapping()
        self.refresh_preview()
        return True

    def _fill_mapping(self) -> None:
        columns = self.job.table.columns
        self.mappingTable.setRowCount(len(columns))
        for i, column in enumerate(columns):
            self.mappingTable.setItem(i, 0, QTableWidgetItem(column.letter))
            self.mappingTable.setItem(i, 1, QTableWidgetItem(column.header or ""))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), None)
            for key in ATTENDANCE_KEYS:
                combo.addItem(core(MAPPING_LABELS.get(key, key)), key)
            combo.setCurrentIndex(max(combo.findData(column.key), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mappingTable.setCellWidget(i, 2, combo)

    def _mapping_changed(self) -> None:
        mapping = {c.index: self.mappingTable.cellWidget(i, 2).currentData()
                   for i, c in enumerate(self.job.table.columns)}
        self.job.set_mapping(mapping)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self.preview = preview = self.job.preview()
        self.previewTable.setRowCount(len(preview.rows))
        for i, row in enumerate(preview.rows):
            p = row.participant
            texts = [str(row.number), p.get("full_name") or "", choice_label(C.SEX, p.get("sex")),
                     p.get("organisation") or ""]
            for col, text in enumerate(texts):
                self.previewTable.setItem(i, col, QTableWidgetItem(text))
            self.previewTable.setCellWidget(i, 4, self._decision_combo(row))
            notes = [f"{pr.column or pr.field}: {pr.message}" for pr in row.problems]
            if row.has_duplicates:
                notes.append(preview.note(row))
            self.previewTable.setItem(i, 5, QTableWidgetItem("\n".join(notes)))
            colour = PROBLEM_BACKGROUND if row.problems else DUPLICATE_BACKGROUND if row.has_duplicates else None
            if colour is not None:
                for col in (0, 1, 2, 3, 5):
                    self.previewTable.item(i, col).setBackground(colour)
        self.previewTable.resizeRowsToContents()
        self._summarise()

    def _decision_combo(self, row: PersonRow) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Add a new person"), NEW)
        if row.has_duplicates:
            combo.addItem(self.tr("Use the existing person"), EXISTING)
        combo.addItem(self.tr("Leave out"), SKIP)
        combo.setCurrentIndex(max(combo.findData(row.suggestion.action), 0))
        combo.currentIndexChanged.connect(lambda _i: self._summarise())
        return combo

    def decisions(self) -> dict[int, Decision]:
        result = {}
        for i, row in enumerate(self.preview.rows if self.preview else []):
            action = self.previewTable.cellWidget(i, 4).currentData()
            if action == row.suggestion.action:
                result[row.number] = row.suggestion
            else:
                result[row.number] = Decision(action)
        return result

    def set_decision(self, row_number: int, action: str) -> None:
        for i, row in enumerate(self.preview.rows):
            if row.number == row_number:
                combo = self.previewTable.cellWidget(i, 4)
                combo.setCurrentIndex(combo.findData(action))

    def _summarise(self) -> None:
        preview = self.preview
        decisions = self.decisions()
        blocking = [r for r in preview.rows if r.problems and decisions[r.number].action != SKIP]
        n = sum(1 for d in decisions.values() if d.action != SKIP)
        if preview.problems and isinstance(self.job, PastedRows) and self.job.table.header_row is None:
            self._say(self.tr("No heading row was recognised in the pasted rows. Copy the list together "
                              "with its heading row (for example Name, Sex, Organisation) and paste again."),
                      error=True)
        elif preview.problems:
            self._say("\n".join(p.message for p in preview.problems), error=True)
        elif blocking and isinstance(self.job, PastedRows):
            self._say(self.tr("%n row(s) have problems (shown in red). Correct them in the spreadsheet and "
                              "paste again, or leave those rows out; nothing is added until then.", "",
                              len(blocking)), error=True)
        elif blocking:
            self._say(self.tr("%n row(s) have problems (shown in red). Correct the file and read it again, "
                              "or leave those rows out; nothing is imported until then.", "", len(blocking)),
                      error=True)
        else:
            sexes = [r.participant.get("sex") for r in preview.rows if decisions[r.number].action != SKIP
                     and decisions[r.number].row is None]   # a row repeating an earlier one: one person
            self._say(self.tr("Ready to add %n person(s) to the activity.", "", n) + "\n"
                      + self.tr("In these rows: {counts}").format(counts=sex_counts_line(self, sexes)))
        self.import_button.setEnabled(not preview.problems and not blocking and n > 0)

    def _say(self, text: str, *, error: bool = False) -> None:
        show_status(self.summaryLabel, text, error=error)

    # -- importing --------------------------------------------------------------------
    def run_import(self) -> None:
        job, decisions, activity = self.job, self.decisions(), self.activity_uuid
        self.import_button.setEnabled(False)
        self.worker_job = run_with_progress(self.ctx.worker, self, self.tr("Importing…"),
                                            lambda _progress: job.commit(activity, decisions),
                                            self._imported, self._failed)

    def _imported(self, result) -> None:
        imported(self, result)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self._say("\n".join(str(p) for p in exc.problems[:12]), error=True)
        else:
            self._say(self.tr("Nothing was imported: {error}").format(error=exc), error=True)
        self.import_button.setEnabled(True)
