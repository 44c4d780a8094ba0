"""Import a sign-in sheet into an activity: pick file and sheet, check the column mapping,
preview every row with its problems and likely duplicates, decide, then import all rows in
one transaction (on the database thread) — or nothing.  Rows pasted from Excel (tab-separated
text) are read as a sheet and go through exactly the same steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QTableWidgetItem,
    QWidget,
)

from hrdesk.domain import choices as C
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.domain.progress import Progress
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
from hrdesk.ui.worker import Latest, run_with_progress

PROBLEM_BACKGROUND = QColor("#fdecea")
DUPLICATE_BACKGROUND = QColor("#fff4d6")
FILE_FILTER = "*.xlsx *.xls *.ods *.csv"
MAX_SIZED_ROWS = 500   # rows with notes sized to show them all (the others show them in a tooltip)


def imported(dialog, result) -> None:
    """People were added to the activity: say so, tell the pages, close the dialog."""
    dialog.result_summary = result.summary()
    dialog.ctx.notify("participant")
    dialog.ctx.message.emit(dialog.result_summary)
    dialog.accept()


class PreviewModel(QAbstractTableModel):
    """The rows of the sheet and what to do with each, read from the preview when shown (a
    sheet of thousands of rows costs no widget per row)."""

    COLUMNS = 6
    DECISION = 4

    def __init__(self, dialog: AttendanceDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.rows: list[PersonRow] = []
        self.actions: list[str] = []
        self.preview: AttendancePreview | None = None

    def reset(self, preview: AttendancePreview | None) -> None:
        """Show the rows of ``preview`` (none when None: the file could not be read)."""
        self.beginResetModel()
        self.preview, self.rows = preview, list(preview.rows) if preview is not None else []
        self.actions = [r.suggestion.action for r in self.rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.dialog.preview_headers()[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.DECISION else flags

    def choices(self, i: int) -> list[tuple[str, str]]:
        """What can be done with row ``i``: (action, label)."""
        result = [(NEW, QCoreApplication.translate("AttendanceDialog", "Add a new person"))]
        if self.rows[i].has_duplicates:
            result.append((EXISTING, QCoreApplication.translate("AttendanceDialog", "Use the existing person")))
        return [*result, (SKIP, QCoreApplication.translate("AttendanceDialog", "Leave out"))]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            p = row.participant
            if col == self.DECISION:
                action = self.actions[index.row()]
                return next((label for a, label in self.choices(index.row()) if a == action), "")
            if col == 5:
                notes = [f"{pr.column or pr.field}: {pr.message}" for pr in row.problems]
                if row.has_duplicates and self.preview is not None:
                    notes.append(self.preview.note(row))
                return "\n".join(notes)
            return [str(row.number), p.get("full_name") or "", choice_label(C.SEX, p.get("sex")),
                    p.get("organisation") or ""][col]
        if role == Qt.ItemDataRole.EditRole and col == self.DECISION:
            return self.actions[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and col != self.DECISION:
            return (PROBLEM_BACKGROUND if row.problems else DUPLICATE_BACKGROUND if row.has_duplicates
                    else None)
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.DECISION:
            return False
        if value not in {a for a, _label in self.choices(index.row())}:
            return False
        self.actions[index.row()] = value
        self.dataChanged.emit(index, index)
        return True


class DecisionDelegate(QStyledItemDelegate):
    """The "What to do" cell: drawn as a drop-down list (so that it reads as a choice), and a
    real list of the row's choices only while it is edited."""

    HEIGHT = 26

    def paint(self, painter, option, index: QModelIndex) -> None:
        cell = option.rect
        height = min(cell.height() - 4, self.HEIGHT)
        box = QStyleOptionComboBox()
        box.rect = QRect(cell.x() + 3, cell.center().y() - height // 2 + 1, cell.width() - 6, height)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.palette = option.palette
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, option.widget)
        arrow = style.subControlRect(QStyle.ComplexControl.CC_ComboBox, box,
                                     QStyle.SubControl.SC_ComboBoxArrow, option.widget)
        text = QRect(box.rect.x() + 6, box.rect.y(), arrow.x() - box.rect.x() - 8, box.rect.height())
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(text, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         option.fontMetrics.elidedText(index.data() or "", Qt.TextElideMode.ElideRight,
                                                       text.width()))
        painter.restore()

    def createEditor(self, parent: QWidget, _option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for action, label in index.model().choices(index.row()):
            combo.addItem(label, action)
        combo.activated.connect(lambda _i: (self.commitData.emit(combo), self.closeEditor.emit(combo)))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData())


class AttendanceDialog(QDialog):
    def __init__(self, ctx: AppContext, activity_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("attendance_dialog.ui", self)
        self.ctx = ctx
        self.activity_uuid = activity_uuid
        self.job: AttendanceImport | None = None
        self.checks = Latest()   # reading the file, checking its rows again
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
        self.preview_model = PreviewModel(self)
        self.previewTable.setModel(self.preview_model)
        self.previewTable.setItemDelegateForColumn(PreviewModel.DECISION, DecisionDelegate(self.previewTable))
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_model.dataChanged.connect(lambda *_args: self._summarise())
        self.previewTable.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.previewTable.verticalHeader().hide()
        self.previewTable.setWordWrap(True)
        for col, width in ((0, 76), (2, 136)):
            self.mappingTable.setColumnWidth(col, width)
        for col, width in ((0, 52), (1, 140), (2, 84), (3, 140), (4, 200)):
            self.previewTable.setColumnWidth(col, width)
        self.dialogLayout.setStretch(1, 1)
        for button in (self.browseButton, self.reloadButton):
            button.setAutoDefault(False)
        self.splitter.setSizes([366, 914])
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
        """Read the file and check its rows on the database thread (a long sheet takes a
        while); the mapping and the preview show when they are ready."""
        if not path:
            return False
        self.fileEdit.setText(path)       # the file being read, also when it cannot be
        db, activity = self.ctx.db, self.activity_uuid

        def read(progress: Progress) -> tuple[AttendanceImport, AttendancePreview]:
            job = AttendanceImport(db, Path(path), sheet=sheet or None, activity_uuid=activity)
            return job, job.preview(progress)
        self._check(self.tr("Reading {file}…").format(file=Path(path).name), read,
                    lambda found: self._opened(path, *found), self._open_failed)
        return True

    def _check(self, label: str, fn, done, failed=None) -> None:
        """Run a reading or checking job; a result that a later job made out of date is dropped."""
        self.preview = None
        self.import_button.setEnabled(False)
        self.checks.run(self.ctx.worker, self, label, fn, done, failed or self._check_failed)

    def _opened(self, path: str, job: AttendanceImport, preview: AttendancePreview) -> None:
        self.job = job
        self.fileEdit.setText(path)
        self.sheetCombo.blockSignals(True)
        self.sheetCombo.clear()
        self.sheetCombo.addItems(job.sheet_names)
        self.sheetCombo.setCurrentText(job.sheet.name)
        self.sheetCombo.blockSignals(False)
        self._fill_mapping()
        self._show(preview)

    def _open_failed(self, exc: Exception) -> None:
        self.job = None                    # nothing of an earlier file stays, on screen or to import
        self.preview_model.reset(None)
        self.mappingTable.setRowCount(0)
        self._check_failed(exc)

    def _check_failed(self, exc: Exception) -> None:
        self._say(str(exc) if isinstance(exc, HRDeskError) else self.tr("The file could not be read: {error}").format(
            error=repr(exc)), error=True)
        self.import_button.setEnabled(False)

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
        job = self.job
        if isinstance(job, PastedRows):    # a few rows from the clipboard: checked at once
            job.set_mapping(mapping)
            self.refresh_preview()
            return

        def check(progress: Progress) -> AttendancePreview:
            job.set_mapping(mapping)       # on the database thread, after any check still running
            return job.preview(progress)
        self._check(self.tr("Checking the rows…"), check, self._show)

    def preview_headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Name"), self.tr("Sex"), self.tr("Organisation"), self.tr("What to do"),
                self.tr("Problems and\nlikely duplicates")]

    def refresh_preview(self) -> None:
        self._show(self.job.preview())

    def _show(self, preview: AttendancePreview) -> None:
        self.preview = preview
        self.preview_model.reset(preview)
        # rows with notes grow to show them; the others keep the default height (sizing
        # every row of a long sheet would read every cell of it)
        noted = [i for i, row in enumerate(preview.rows) if row.problems or row.has_duplicates]
        for i in noted[:MAX_SIZED_ROWS]:
            self.previewTable.resizeRowToContents(i)
        self._summarise()

    def decisions(self) -> dict[int, Decision]:
        result = {}
        model = self.preview_model
        for row, action in zip(model.rows, model.actions, strict=True):
            result[row.number] = row.suggestion if action == row.suggestion.action else Decision(action)
        return result

    def set_decision(self, row_number: int, action: str) -> None:
        model = self.preview_model
        for i, row in enumerate(model.rows):
            if row.number == row_number:
                model.setData(model.index(i, PreviewModel.DECISION), action)

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
            self._say(self.tr("%Ln row(s) have problems (shown in red). Correct them in the spreadsheet and "
                              "paste again, or leave those rows out; nothing is added until then.", "",
                              len(blocking)), error=True)
        elif blocking:
            self._say(self.tr("%Ln row(s) have problems (shown in red). Correct the file and read it again, "
                              "or leave those rows out; nothing is imported until then.", "", len(blocking)),
                      error=True)
        else:
            sexes = [r.participant.get("sex") for r in preview.rows if decisions[r.number].action != SKIP
                     and decisions[r.number].row is None]   # a row repeating an earlier one: one person
            self._say(self.tr("Ready to add %Ln person(s) to the activity.", "", n) + "\n"
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
