"""Exchange: send a workbook to the regional office (recipient, scope, privacy, password),
receive workbooks (files, a folder, or dropped on the page) with a result per file, the
exchange history, and the conflicts to review side by side.  Calls :mod:`hrdesk.exchange`
on the worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk import exchange
from hrdesk.domain.progress import Cancelled
from hrdesk.exchange.checks import OLE_SIGNATURE
from hrdesk.exchange.importer import expand
from hrdesk.ui.context import AppContext
from hrdesk.ui.pages.base import Page
from hrdesk.ui.pages.exchange_review import (
    ConflictsTab,
    HistoryTab,
    cell,
    exchange_folder,
    make_table,
    remember_folder,
)
from hrdesk.ui.pages.exchange_send import SendTab
from hrdesk.ui.worker import run_with_progress


def is_encrypted(path: Path) -> bool:
    """An Office file encrypted with a password is an OLE container, not a zip."""
    try:
        with open(path, "rb") as fh:
            return fh.read(8) == OLE_SIGNATURE
    except OSError:
        return False


class ExchangePage(Page):
    key, icon_name = "exchange", "exchange"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.results: list = []
        self._job = None
        self.setAcceptDrops(True)
        layout = self.titled_layout()
        self.tabs = QTabWidget(self)
        self.send = SendTab(ctx, self.tabs)
        self.send.exported.connect(lambda _r: self.history.load())
        self.history = HistoryTab(ctx, self.tabs)
        self.review = ConflictsTab(ctx, self.tabs)
        self.review.counted.connect(lambda n: self.tabs.setTabText(
            3, self.tr("Conflicts ({n})").format(n=n) if n else self.tr("Conflicts")))
        self.tabs.addTab(self.send, self.tr("Send"))
        self.tabs.addTab(self._receive_tab(), self.tr("Receive"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.review, self.tr("Conflicts"))
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._changed)

    def title(self) -> str:
        return self.tr("Exchange")

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
        self.import_password.setMinimumWidth(240)
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
        self.results_table = make_table(splitter, [self.tr("File"), self.tr("Result"), self.tr("Inserted"),
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
        files, _chosen = QFileDialog.getOpenFileNames(self, self.tr("Import exchange workbooks"), str(exchange_folder()),
                                                      self.tr("Excel workbooks (*.xlsx)"))
        if files:
            remember_folder(Path(files[0]).parent)
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import every workbook of a folder"),
                                                  str(exchange_folder()))
        if folder:
            remember_folder(Path(folder))
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
        if not self.import_password.text() and any(map(is_encrypted, files)):
            self.ask_password()
        db, password = self.ctx.db, self.import_password.text() or None
        accept = self.accept_modified.isChecked()

        def work(progress):
            # a backup first (raises, nothing imported, when none can be made); each file is
            # one transaction: a cancel rolls back the file being read, the finished ones stay
            return exchange.import_files(db, files, password=password, accept_modified=accept, progress=progress,
                                         backup_reason="import")

        self.files_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self._job = run_with_progress(self.ctx.worker, self, self.tr("Importing files: {n}…").format(n=len(files)),
                                      work, lambda r: self._imported(r, len(files)), self._import_failed)
        return True

    def ask_password(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Password"), self.tr(
            "Some of these files are protected by a password. Type it to import them (files without a "
            "password are imported anyway):"), QLineEdit.EchoMode.Password)
        if ok and text:
            self.import_password.setText(text)

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
            status = cell(labels.get(r.status, r.status))
            if r.status == "rejected":
                status.setForeground(QBrush(QColor("#b3261e")))
                status.setFont(bold)
            if r.status == "already_imported":
                details = self.tr("Imported before: nothing changed.")
            elif r.status == "rejected":
                details = "; ".join(str(p) for p in r.problems[:3])
                if len(r.problems) > 3:
                    details += " " + self.tr("(and {n} more)").format(n=len(r.problems) - 3)
            else:
                extra = []
                if r.possible_duplicates:
                    extra.append(self.tr("possible duplicate people from other offices: {n} (see Find "
                                         "duplicates on the Participants page)").format(n=r.possible_duplicates))
                if r.accepted_modified:
                    extra.append(self.tr("modified after export, accepted"))
                if r.office_code:
                    extra.insert(0, self.tr("from {office}").format(office=r.office_code))
                details = "; ".join(extra)
            name = cell(r.path.name)
            name.setToolTip(str(r.path))
            values = [name, status, cell(r.inserted, True), cell(r.updated, True), cell(r.unchanged, True),
                      cell(r.conflicts, True), cell(details)]
            for col, item in enumerate(values):
                table.setItem(row, col, item)
            table.item(row, 6).setToolTip("\n".join(str(p) for p in r.problems[:20]) or details)
        rejected = sum(1 for r in results if r.status == "rejected")
        text = self.tr("Files read: {n}").format(n=len(results))
        if rejected:
            text += " · " + self.tr("rejected: {n}").format(n=rejected)
        if len(results) < expected:
            text += " · " + self.tr("cancelled before the other files")
        self.status.setText(text)
        if any(r.status == "imported" for r in results):
            for record_type in ("office", "recommendation", "activity", "participant"):
                self.ctx.notify(record_type)
        self.history.load()
        self.review.load()
        if rejected:
            table.selectRow(next(i for i, r in enumerate(results) if r.status == "rejected"))

    def _import_failed(self, exc: Exception) -> None:
        if isinstance(exc, Cancelled) and exc.partial is not None:
            self._imported(exc.partial, len(exc.partial) + 1)  # "cancelled before the other files"
            return
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

    # -- page -----------------------------------------------------------------------------------
    def activate(self) -> None:
        self.send.load()
        self.history.load()
        self.review.load()

    def refresh(self) -> None:
        self.activate()

    def _changed(self, record_type: str) -> None:
        if record_type == "settings" and self.isVisible():
            self.send.load()
