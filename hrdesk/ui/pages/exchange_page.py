"""Exchange: send a workbook to the regional office (recipient, scope, privacy, password),
receive workbooks (files, a folder, or dropped on the page) with a result per file, the
exchange history, and the conflicts to review side by side.  Calls :mod:`hrdesk.exchange`
on the worker thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk import exchange
from hrdesk.domain import choices as C
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.records import ACTIVITY
from hrdesk.exchange import format as F
from hrdesk.exchange.importer import expand
from hrdesk.services import offices, settings
from hrdesk.ui.context import AppContext
from hrdesk.ui.labels import choice_label, core, field_label
from hrdesk.ui.pages.base import Page
from hrdesk.ui.widgets.field_widgets import DateEdit
from hrdesk.ui.worker import run_with_progress

EVERYTHING, SINCE_LAST, SINCE_DATE = 0, 1, 2
BEGINNING = dt.datetime(1970, 1, 1)   # "everything", when the export is also remembered for a recipient
SHEET_OF_TYPE = {s.record_type.name: s for s in F.SHEETS}
CHANGED = QBrush(QColor("#fff4d6"))


def _table(parent: QWidget, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _when(value) -> str:
    if isinstance(value, dt.datetime):
        local = value.replace(tzinfo=dt.UTC).astimezone() if value.tzinfo is None else value.astimezone()
        return local.strftime("%Y-%m-%d %H:%M")
    return "" if value is None else str(value)


def _value_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(map(str, value))
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


class ExchangePage(Page):
    key, icon_name = "exchange", "exchange"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.last_file: Path | None = None
        self.results: list = []
        self.conflicts: list[dict] = []
        self._job = None
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(8)
        head = QHBoxLayout()
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        self.status = QLabel(self)
        self.status.setObjectName("matchCount")
        head.addWidget(heading)
        head.addSpacing(12)
        head.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        layout.addLayout(head)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._send_tab(), self.tr("Send"))
        self.tabs.addTab(self._receive_tab(), self.tr("Receive"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts"))
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._changed)

    def title(self) -> str:
        return self.tr("Exchange")

    # -- send -------------------------------------------------------------------------------
    def _send_tab(self) -> QWidget:
        tab = QWidget(self)
        outer = QHBoxLayout(tab)
        outer.setContentsMargins(16, 14, 16, 14)
        column = QVBoxLayout()
        intro = QLabel(self.tr("Write an exchange workbook for your regional office or headquarters. "
                               "It can be sent by e-mail or carried on a USB stick; they import it "
                               "into their HRDesk without duplicates."), tab)
        intro.setWordWrap(True)
        intro.setObjectName("pageSubtitle")
        column.addWidget(intro)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        self.recipient = QComboBox(tab)
        self.recipient.setEditable(True)
        self.recipient.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.recipient.lineEdit().setPlaceholderText(self.tr("For example: Regional Office for West Africa"))
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.editTextChanged.connect(lambda _t: self._recipient_changed())
        self.recipient_note = QLabel(tab)
        self.recipient_note.setObjectName("pageSubtitle")
        recipient_box = QVBoxLayout()
        recipient_box.setSpacing(2)
        recipient_box.addWidget(self.recipient)
        recipient_box.addWidget(self.recipient_note)
        form.addRow(self.tr("Recipient"), recipient_box)

        self.scope_group = QButtonGroup(tab)
        self.scope_all = QRadioButton(self.tr("Everything"), tab)
        self.scope_last = QRadioButton(self.tr("Changes since the last export to this recipient"), tab)
        self.scope_since = QRadioButton(self.tr("Changes since"), tab)
        self.since_date = DateEdit(ACTIVITY["start_date"], tab)
        self.since_date.set_value(dt.date.today().replace(day=1))
        self.since_date.setAccessibleName(self.tr("Changes since"))
        self.since_date.edited.connect(lambda: self.scope_since.setChecked(True))
        for i, b in enumerate((self.scope_all, self.scope_last, self.scope_since)):
            self.scope_group.addButton(b, i)
        self.scope_all.setChecked(True)
        scope_box = QVBoxLayout()
        scope_box.setSpacing(4)
        scope_box.addWidget(self.scope_all)
        scope_box.addWidget(self.scope_last)
        since_row = QHBoxLayout()
        since_row.addWidget(self.scope_since)
        since_row.addWidget(self.since_date)
        since_row.addStretch(1)
        scope_box.addLayout(since_row)
        form.addRow(self.tr("What to send"), scope_box)

        self.privacy = QComboBox(tab)
        for c in C.PRIVACY_LEVEL:
            self.privacy.addItem(choice_label(C.PRIVACY_LEVEL, c.code), c.code)
        self.privacy.setAccessibleName(core("Privacy"))
        self.privacy.currentIndexChanged.connect(lambda _i: self._privacy_changed())
        self.privacy_note = QLabel(tab)
        self.privacy_note.setWordWrap(True)
        self.privacy_note.setObjectName("pageSubtitle")
        privacy_box = QVBoxLayout()
        privacy_box.setSpacing(2)
        privacy_box.addWidget(self.privacy)
        privacy_box.addWidget(self.privacy_note)
        form.addRow(core("Privacy"), privacy_box)

        self.password = QLineEdit(tab)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Optional"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password2 = QLineEdit(tab)
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2.setAccessibleName(self.tr("Confirm the password"))
        self.password_error = QLabel(tab)
        self.password_error.setObjectName("fieldError")
        self.password_error.hide()
        self.password.textChanged.connect(lambda _t: self.password_error.hide())
        self.password2.textChanged.connect(lambda _t: self.password_error.hide())
        form.addRow(self.tr("Password"), self.password)
        confirm_box = QVBoxLayout()
        confirm_box.setSpacing(2)
        confirm_box.addWidget(self.password2)
        confirm_box.addWidget(self.password_error)
        hint = QLabel(self.tr("With a password, Excel and HRDesk ask for it to open the file. "
                              "Tell it to the recipient another way than the file (by phone, for example)."), tab)
        hint.setWordWrap(True)
        hint.setObjectName("pageSubtitle")
        confirm_box.addWidget(hint)
        form.addRow(self.tr("Confirm"), confirm_box)
        column.addLayout(form)

        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export…"), tab)
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(self.tr("Open folder"), tab)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.export_result = QLabel(tab)
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.export_result)
        column.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        return tab

    def load_send(self) -> None:
        known = exchange.recipients(self.ctx.db)
        self._recipients = {r["name"]: r for r in known}
        text = self.recipient.currentText()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        self.recipient.addItems(list(self._recipients))
        self.recipient.setEditText(text)
        self.recipient.blockSignals(False)
        default = settings.get(self.ctx.db, settings.DEFAULT_PRIVACY) or "pseudonymised"
        if not getattr(self, "_privacy_touched", False):
            self.privacy.blockSignals(True)
            self.privacy.setCurrentIndex(max(self.privacy.findData(default), 0))
            self.privacy.blockSignals(False)
        self._privacy_changed(touched=False)
        self._recipient_changed()

    def _recipient_changed(self) -> None:
        name = self.recipient.currentText().strip()
        known = getattr(self, "_recipients", {}).get(name)
        self.scope_last.setEnabled(bool(name))
        if not name:
            if self.scope_last.isChecked():
                self.scope_all.setChecked(True)
            self.recipient_note.setText(self.tr("Name a recipient to send only what changed since your last "
                                                "export to them."))
        elif known and known["last_export_at"]:
            self.recipient_note.setText(self.tr("Last export to {name}: {when}.").format(
                name=name, when=_when(known["last_export_at"])))
        else:
            self.recipient_note.setText(self.tr("No export to {name} yet: the first one sends everything.").format(
                name=name))

    def _privacy_changed(self, touched: bool = True) -> None:
        if touched:
            self._privacy_touched = True
        notes = {
            "full": self.tr("Names, e-mails, phones and notes are in the file. Use a password."),
            "pseudonymised": self.tr("No names, e-mails, phones or notes; each person keeps a code, so "
                                     "the region still counts unique people."),
            "aggregate": self.tr("No participant rows at all: activities with their counts only."),
        }
        self.privacy_note.setText(notes.get(self.privacy.currentData(), ""))

    def export_options(self) -> dict:
        recipient = self.recipient.currentText().strip() or None
        choice = self.scope_group.checkedId()
        since = None
        if choice == SINCE_DATE:
            since = self.since_date.value()
        elif choice == EVERYTHING and recipient:
            since = BEGINNING  # everything, and remembered for the recipient
        return {"privacy": self.privacy.currentData(), "recipient": recipient, "since": since,
                "password": self.password.text() or None}

    def export(self) -> Path | None:
        if self.password.text() != self.password2.text():
            self.password_error.setText(self.tr("The two passwords differ. Type the same password twice."))
            self.password_error.show()
            self.password2.setFocus()
            return None
        if self.scope_group.checkedId() == SINCE_DATE and self.since_date.value() is None:
            QMessageBox.warning(self, self.tr("Export"), self.tr("Choose the date to send changes since."))
            return None
        options = self.export_options()
        try:
            code = offices.own_office(self.ctx.db)["code"]
        except Exception:
            code = "HRDesk"
        name = f"HRDesk {code} {dt.date.today().isoformat()}.xlsx"
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Save the exchange workbook"),
                                                    str(self._folder() / name),
                                                    self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self._remember_folder(path.parent)
        db = self.ctx.db
        holder: dict = {}

        def work(progress):
            def cancelled() -> bool:
                job = holder.get("job")
                return job is not None and job.cancelled.is_set()
            return exchange.export_workbook(db, path, progress=lambda d, t: progress(d, t), cancel=cancelled,
                                            **options)

        self.export_result.setText("")
        self._job = holder["job"] = run_with_progress(self.ctx.worker, self, self.tr("Writing the workbook…"),
                                                      work, self._exported, self._export_failed)
        self.export_button.setEnabled(False)
        return path

    def _exported(self, result) -> None:
        self._job = None
        self.export_button.setEnabled(True)
        self.last_file = Path(result.path)
        rows = ", ".join(f"{k}: {v}" for k, v in result.counts.items())
        text = self.tr("Saved {name} in {folder} ({privacy}{encrypted}). Rows: {rows}.").format(
            name=self.last_file.name, folder=self.last_file.parent,
            privacy=choice_label(C.PRIVACY_LEVEL, result.privacy),
            encrypted=self.tr(", with a password") if result.encrypted else "", rows=rows)
        self.export_result.setText(text)
        self.open_button.setEnabled(True)
        self.password.clear()
        self.password2.clear()
        self.ctx.message.emit(self.tr("Saved {name}.").format(name=self.last_file.name))
        self.load_send()
        self.load_history()

    def _export_failed(self, exc: Exception) -> None:
        self._job = None
        self.export_button.setEnabled(True)
        if isinstance(exc, exchange.ExportCancelled):
            self.export_result.setText(self.tr("Cancelled. No file was written."))
            return
        self.export_result.setText(self.tr("No file was written."))
        QMessageBox.warning(self, self.tr("Export"), str(exc) if isinstance(exc, HRDeskError | OSError) else
                            self.tr("Something went wrong while writing the file: {error}").format(error=exc))

    def open_folder(self) -> None:
        if self.last_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file.parent)))

    def _folder(self) -> Path:
        from hrdesk.ui.main_window import ui_settings

        saved = ui_settings().value("exchange/folder", "")
        if saved and Path(saved).is_dir():
            return Path(saved)
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs and Path(docs).is_dir() else Path.home()

    def _remember_folder(self, folder: Path) -> None:
        from hrdesk.ui.main_window import ui_settings

        ui_settings().setValue("exchange/folder", str(folder))

    # -- receive ----------------------------------------------------------------------------
    def _receive_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(16, 14, 16, 14)
        row = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Import files…"), tab)
        self.files_button.setObjectName("primary")
        self.folder_button = QPushButton(self.tr("Import a folder…"), tab)
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.import_password = QLineEdit(tab)
        self.import_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.import_password.setPlaceholderText(self.tr("Password, if the files have one"))
        self.import_password.setAccessibleName(self.tr("Password of the files"))
        self.import_password.setMaximumWidth(260)
        self.accept_modified = QCheckBox(self.tr("Accept files modified after export"), tab)
        self.accept_modified.setToolTip(self.tr("A file whose checksum does not match was edited or damaged after "
                                                "it was exported. Import it only if you know why it changed."))
        self.accept_modified.toggled.connect(self._confirm_accept_modified)
        for w in (self.files_button, self.folder_button, self.import_password, self.accept_modified):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.drop_hint = QLabel(self.tr("You can also drop exchange workbooks (.xlsx) or folders anywhere on this "
                                        "page. Each file is imported on its own: a bad file changes nothing."), tab)
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setObjectName("pageSubtitle")
        layout.addWidget(self.drop_hint)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        self.results_table = _table(splitter, [self.tr("File"), self.tr("Result"), self.tr("Inserted"),
                                               self.tr("Updated"), self.tr("Unchanged"), self.tr("Conflicts"),
                                               self.tr("Details")], 6)
        self.results_table.setAccessibleName(self.tr("Results per file"))
        self.results_table.itemSelectionChanged.connect(self._show_problems)
        self.problems = QPlainTextEdit(splitter)
        self.problems.setReadOnly(True)
        self.problems.setPlaceholderText(self.tr("Select a file above to see everything that was found in it."))
        self.problems.setAccessibleName(self.tr("Problems of the selected file"))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        return tab

    def _confirm_accept_modified(self, checked: bool) -> None:
        if not checked:
            return
        answer = QMessageBox.question(
            self, self.tr("Accept modified files"),
            self.tr("Files that were edited or damaged after they were exported will be imported, and this "
                    "is recorded in the exchange history. Continue?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.accept_modified.setChecked(False)

    def choose_files(self) -> None:
        files, _chosen = QFileDialog.getOpenFileNames(self, self.tr("Import exchange workbooks"), str(self._folder()),
                                                      self.tr("Excel workbooks (*.xlsx)"))
        if files:
            self._remember_folder(Path(files[0]).parent)
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import every workbook of a folder"),
                                                  str(self._folder()))
        if folder:
            self._remember_folder(Path(folder))
            self.import_paths([folder])

    def import_paths(self, paths) -> bool:
        if self._job is not None:
            self.ctx.message.emit(self.tr("Wait for the current exchange to finish."))
            return False
        files = expand(paths)
        self.tabs.setCurrentIndex(1)
        if not files:
            self.status.setText(self.tr("No .xlsx workbook there."))
            return False
        db, password = self.ctx.db, self.import_password.text() or None
        accept = self.accept_modified.isChecked()

        def work(progress):
            results = []
            for i, path in enumerate(files):
                if not progress(i, len(files)):
                    break
                results.append(exchange.import_file(db, path, password=password, accept_modified=accept))
            progress(len(files), len(files))
            return results

        self.files_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self._job = run_with_progress(self.ctx.worker, self, self.tr("Importing %n file(s)…", "", len(files)),
                                      work, lambda r: self._imported(r, len(files)), self._import_failed)
        return True

    def _imported(self, results: list, expected: int) -> None:
        self._job = None
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.results = results
        labels = {"imported": self.tr("Imported"), "already_imported": self.tr("Already imported"),
                  "rejected": self.tr("Rejected")}
        table = self.results_table
        table.setRowCount(len(results))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, r in enumerate(results):
            status = _cell(labels.get(r.status, r.status))
            if r.status == "rejected":
                status.setForeground(QBrush(QColor("#b3261e")))
                status.setFont(bold)
            if r.status == "already_imported":
                details = self.tr("Imported before: nothing changed.")
            elif r.status == "rejected":
                details = "; ".join(str(p) for p in r.problems[:3])
                if len(r.problems) > 3:
                    details += " " + self.tr("(and %n more)", "", len(r.problems) - 3)
            else:
                extra = []
                if r.possible_duplicates:
                    extra.append(self.tr("%n possible duplicate people from other offices", "",
                                         r.possible_duplicates))
                if r.accepted_modified:
                    extra.append(self.tr("modified after export, accepted"))
                if r.office_code:
                    extra.insert(0, self.tr("from {office}").format(office=r.office_code))
                details = "; ".join(extra)
            name = _cell(r.path.name)
            name.setToolTip(str(r.path))
            values = [name, status, _cell(r.inserted, True), _cell(r.updated, True), _cell(r.unchanged, True),
                      _cell(r.conflicts, True), _cell(details)]
            for col, item in enumerate(values):
                table.setItem(row, col, item)
            table.item(row, 6).setToolTip("\n".join(str(p) for p in r.problems[:20]) or details)
        rejected = sum(1 for r in results if r.status == "rejected")
        text = self.tr("%n file(s) read", "", len(results))
        if rejected:
            text += " · " + self.tr("%n rejected", "", rejected)
        if len(results) < expected:
            text += " · " + self.tr("cancelled before the other files")
        self.status.setText(text)
        if any(r.status == "imported" for r in results):
            for record_type in ("office", "recommendation", "activity", "participant"):
                self.ctx.notify(record_type)
        self.load_history()
        self.load_conflicts()
        if rejected:
            table.selectRow(next(i for i, r in enumerate(results) if r.status == "rejected"))

    def _import_failed(self, exc: Exception) -> None:
        self._job = None
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Import"), self.tr("The import stopped: {error}").format(error=exc))

    def _show_problems(self) -> None:
        rows = self.results_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.results):
            self.problems.clear()
            return
        r = self.results[rows[0].row()]
        lines = [f"{r.path}"]
        lines += [f"• {p}" for p in r.problems] or [self.tr("No problem found.")]
        self.problems.setPlainText("\n".join(lines))

    # -- drag and drop ------------------------------------------------------------------------
    @staticmethod
    def _dropped_paths(mime) -> list[str]:
        if not mime.hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return [str(p) for p in paths if p.is_dir() or p.suffix.lower() == ".xlsx"]

    def dragEnterEvent(self, event) -> None:
        if self._dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = self._dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
        else:
            event.ignore()

    # -- history ------------------------------------------------------------------------------
    def _history_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(16, 14, 16, 14)
        self.history_table = _table(tab, [self.tr("When"), self.tr("Direction"), self.tr("File"), self.tr("Office"),
                                          self.tr("Recipient"), self.tr("Scope"), core("Privacy"),
                                          self.tr("Rows")], 7)
        self.history_table.setAccessibleName(self.tr("Exchange history"))
        self.history_empty = QLabel(self.tr("No file exported or imported yet."), tab)
        self.history_empty.setObjectName("pageSubtitle")
        layout.addWidget(self.history_empty)
        layout.addWidget(self.history_table, 1)
        return tab

    def load_history(self) -> None:
        rows = exchange.history(self.ctx.db)
        self.history_empty.setVisible(not rows)
        table = self.history_table
        table.setRowCount(len(rows))
        directions = {"export": self.tr("Exported"), "import": self.tr("Imported")}
        for i, h in enumerate(rows):
            scope = h["scope"] or ""
            if scope == "full" or scope.startswith("since 1970-01-01"):
                scope = self.tr("Everything")
            elif scope.startswith("since "):
                scope = self.tr("Changes since {date}").format(date=scope[6:16])
            counts = h["counts"] or {}
            if h["direction"] == "import":
                rows_text = self.tr("{inserted} inserted, {updated} updated, {conflicts} conflicts").format(
                    inserted=counts.get("inserted", 0), updated=counts.get("updated", 0),
                    conflicts=counts.get("conflicts", 0))
            else:
                rows_text = ", ".join(f"{k}: {v}" for k, v in counts.items())
            privacy = choice_label(C.PRIVACY_LEVEL, h["privacy"]) if h["privacy"] else ""
            if h["accepted_modified"]:
                privacy += " · " + self.tr("modified file accepted")
            values = [_when(h["at"]), directions.get(h["direction"], h["direction"]), h["file_name"],
                      h["office_code"], h["recipient"], scope, privacy, rows_text]
            for col, v in enumerate(values):
                table.setItem(i, col, _cell(v))

    # -- conflicts ----------------------------------------------------------------------------
    def _conflicts_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(16, 14, 16, 14)
        self.conflicts_intro = QLabel(tab)
        self.conflicts_intro.setWordWrap(True)
        self.conflicts_intro.setObjectName("pageSubtitle")
        layout.addWidget(self.conflicts_intro)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        self.conflict_list = QListWidget(splitter)
        self.conflict_list.setAccessibleName(self.tr("Conflicts to review"))
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setSpacing(2)
        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        right = QFrame(splitter)
        side = QVBoxLayout(right)
        side.setContentsMargins(8, 0, 0, 0)
        self.conflict_title = QLabel(right)
        self.conflict_title.setObjectName("sectionTitle")
        self.conflict_title.setWordWrap(True)
        self.only_differences = QCheckBox(self.tr("Only the fields that differ"), right)
        self.only_differences.setChecked(True)
        self.only_differences.toggled.connect(lambda _c: self._show_conflict(self.conflict_list.currentRow()))
        self.versions = _table(right, [self.tr("Field"), self.tr("This database (mine)"),
                                       self.tr("The file (theirs)")], 2)
        header = self.versions.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.versions.setWordWrap(True)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.versions.setAccessibleName(self.tr("Both versions side by side"))
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep mine"), right)
        self.keep_theirs = QPushButton(self.tr("Keep theirs"), right)
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        side.addWidget(self.conflict_title)
        side.addWidget(self.only_differences)
        side.addWidget(self.versions, 1)
        side.addLayout(buttons)
        splitter.addWidget(self.conflict_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 800])
        layout.addWidget(splitter, 1)
        return tab

    def load_conflicts(self) -> None:
        self.conflicts = exchange.list_conflicts(self.ctx.db)
        current = self.conflict_list.currentRow()
        self.conflict_list.blockSignals(True)
        self.conflict_list.clear()
        for c in self.conflicts:
            rt = SHEET_OF_TYPE[c["record_type"]].record_type
            mine, _theirs = self.sides(c)
            name = mine.get("title") or mine.get("full_name") or mine.get("symbol") or c["record_uuid"][:8]
            item = QListWidgetItem(self.tr("{kind}: {name}\nfrom {file}").format(
                kind=core(rt.label), name=name, file=c["source_file"]), self.conflict_list)
            item.setToolTip(c["record_uuid"])
        self.conflict_list.blockSignals(False)
        n = len(self.conflicts)
        self.tabs.setTabText(3, self.tr("Conflicts ({n})").format(n=n) if n else self.tr("Conflicts"))
        self.conflicts_intro.setText(
            self.tr("These records were changed both here and in another office since you last agreed. HRDesk "
                    "kept the newer version; compare both and keep the right one.") if n else
            self.tr("No conflict to review. When a record was changed both here and in another office, "
                    "both versions are shown here side by side."))
        if n:
            self.conflict_list.setCurrentRow(min(max(current, 0), n - 1))
        self._show_conflict(self.conflict_list.currentRow())

    @staticmethod
    def sides(conflict: dict) -> tuple[dict, dict]:
        """(mine, theirs): the version of this database and the version of the file."""
        if conflict["kept_side"] == "local":
            return conflict["kept"], conflict["other"]
        return conflict["other"], conflict["kept"]

    def _show_conflict(self, row: int) -> None:
        has = 0 <= row < len(self.conflicts)
        self.keep_mine.setEnabled(has)
        self.keep_theirs.setEnabled(has)
        self.versions.setRowCount(0)
        if not has:
            self.conflict_title.setText("")
            return
        c = self.conflicts[row]
        sheet = SHEET_OF_TYPE[c["record_type"]]
        rt = sheet.record_type
        mine, theirs = self.sides(c)
        kept = self.tr("mine") if c["kept_side"] == "local" else self.tr("theirs")
        self.conflict_title.setText(self.tr("{kind} changed on both sides (found in {file} on {when}). "
                                            "Kept for now: {kept}.").format(
            kind=core(rt.label), file=c["source_file"], when=_when(c["detected_at"]), kept=kept))
        names = [col.name for col in sheet.columns if not col.derived]
        names += [k for k in {**mine, **theirs} if k not in names]
        rows = []
        for name in names:
            a, b = _value_text(mine.get(name)), _value_text(theirs.get(name))
            if self.only_differences.isChecked() and a == b:
                continue
            label = field_label(rt[name]) if name in rt else name
            rows.append((label, a, b, a != b))
        self.versions.setRowCount(len(rows))
        for i, (label, a, b, differs) in enumerate(rows):
            for col, text in enumerate((label, a, b)):
                item = _cell(text)
                item.setToolTip(text)
                if differs:
                    item.setBackground(CHANGED)
                self.versions.setItem(i, col, item)
        self.versions.resizeRowsToContents()

    def resolve(self, side: str) -> None:
        row = self.conflict_list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        c = self.conflicts[row]
        mine_kept = c["kept_side"] == "local"
        choice = "kept" if (side == "mine") == mine_kept else "other"
        try:
            exchange.resolve_conflict(self.ctx.db, c["id"], choice)
        except HRDeskError as exc:
            QMessageBox.warning(self, self.tr("Conflict"), str(exc))
        else:
            self.ctx.message.emit(self.tr("Conflict resolved: kept {side}.").format(
                side=self.tr("mine") if side == "mine" else self.tr("theirs")))
            if choice == "other":
                self.ctx.notify(c["record_type"])
        self.load_conflicts()

    # -- page -----------------------------------------------------------------------------------
    def activate(self) -> None:
        self.load_send()
        self.load_history()
        self.load_conflicts()

    def refresh(self) -> None:
        self.activate()

    def _changed(self, record_type: str) -> None:
        if record_type == "settings" and self.isVisible():
            self.load_send()
