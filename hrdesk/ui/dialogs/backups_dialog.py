"""File › Backups: make a verified backup now, see every backup (date, why, size, what it
holds), restore one (the database as it is now is backed up first), open the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.safety import backups, restore
from hrdesk.storage.database import passphrase_opens
from hrdesk.ui.context import AppContext
from hrdesk.ui.dialogs.reopen import Outcome, refusal, replace_database
from hrdesk.ui.labels import format_date, show_status
from hrdesk.ui.worker import run_with_progress

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[backups.BackupInfo] = []
        self.result_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Backups"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("HRDesk backs up the database every day it is used, and before every import, "
                               "merge, restore and encryption. Each backup is checked before it is kept. "
                               "Folder: {folder}").format(folder=backups.backup_folder(ctx.db)), self)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Backups of this database, newest first"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Made"), self.tr("Size"),
                                              self.tr("Activities"), self.tr("Participants"),
                                              self.tr("Recommendations")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)   # Tab leaves the table: the buttons are reachable
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setObjectName("primary")
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"), self)
        self.restore_button.setEnabled(False)
        self.folder_button = QPushButton(self.tr("&Open the backups folder"), self)
        for button in (self.backup_button, self.restore_button, self.folder_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.open_folder)
        self.resize(900, 480)
        self.reload()

    # -- the list ------------------------------------------------------------------------
    def reload(self, select: Path | None = None) -> None:
        """Read the backups (their counts open each file: on the worker) and list them."""
        self.table.setRowCount(0)
        self._say(self.tr("Reading the backups…"))
        db = self.ctx.db
        self.ctx.worker.run(lambda _progress: backups.list_backups(db),
                            lambda found: self._fill(found, select),
                            lambda exc: self._say(self.tr("The backups could not be read: {error}").format(
                                error=exc), error=True))

    def _fill(self, found: list[backups.BackupInfo], select: Path | None) -> None:
        self.found = found
        self.table.setRowCount(len(found))
        locale = QLocale()
        for i, info in enumerate(found):
            counts = info.counts or {}
            cells = [f"{format_date(info.created.date())} {info.created:%H:%M}", self.reason_text(info.reason),
                     file_size(info.size)]
            cells += [locale.toString(counts[k]) if k in counts else "—"
                      for k in ("activities", "participants", "recommendations")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                tip = info.problem or info.path.name
                if info.encrypted:
                    tip = self.tr("Encrypted.") + " " + tip
                item.setToolTip(tip)
                self.table.setItem(i, col, item)
            if select is not None and info.path == select:
                self.table.selectRow(i)
        if not found:
            self._say(self.tr("No backup yet. Press “Back up now” to make the first one."))
        elif select is None:
            self._say(self.tr("%Ln backup(s).", "", len(found)))

    def reason_text(self, reason: str) -> str:
        texts = {"manual": self.tr("By hand"), "auto": self.tr("Daily, automatic"),
                 "before-import": self.tr("Before an import"), "before-merge": self.tr("Before a merge"),
                 "before-consolidation": self.tr("Before a consolidation"),
                 "before-restore": self.tr("Before a restore"), "before-encrypt": self.tr("Before encrypting"),
                 "before-decrypt": self.tr("Before decrypting"), "before-upgrade": self.tr("Before an upgrade")}
        return texts.get(reason, reason)

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _say(self, text: str, *, error: bool = False) -> None:
        show_status(self.status, text, error=error)

    # -- back up now -----------------------------------------------------------------------
    def back_up_now(self) -> None:
        db = self.ctx.db
        self.backup_button.setEnabled(False)
        self.job = run_with_progress(self.ctx.worker, self, self.tr("Making a backup…"),
                                     lambda _progress: backups.make_backup(db, "manual"),
                                     self._backed_up, self._backup_failed)

    def _backed_up(self, info: backups.BackupInfo) -> None:
        self.backup_button.setEnabled(True)
        text = self.tr("Backup made and verified: {name} ({size}).").format(name=info.path.name,
                                                                           size=file_size(info.size))
        if info.copied_to:
            text += " " + self.tr("Copied to {path}.").format(path=info.copied_to)
        if info.warning:
            text += " " + info.warning
        self.ctx.message.emit(text)
        self.reload(select=info.path)
        self._say(text)

    def _backup_failed(self, exc: Exception) -> None:
        self.backup_button.setEnabled(True)
        self._say(self.tr("No backup was made: {error}").format(error=exc), error=True)

    # -- restore ---------------------------------------------------------------------------
    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        why = refusal(self.ctx)
        if why:
            self._say(why, error=True)
            return
        when = f"{format_date(info.created.date())} {info.created:%H:%M}"
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Replace the database by the backup of {when}?\n\nEverything entered since then is "
                    "replaced. The database as it is now is backed up first, so this can be undone by "
                    "restoring that backup.").format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        passphrase = self._backup_passphrase(info)
        if info.encrypted and passphrase is None:
            self._say(self.tr("Nothing was restored: the backup's passphrase was not given."), error=True)
            return
        current = self.ctx.db.passphrase
        source = info.path

        def change(path: Path, lock):
            result = restore.restore_backup(source, path, passphrase=passphrase, current_passphrase=current,
                                            lock=lock)
            return result, passphrase if result.restored.encrypted else None

        self.restore_button.setEnabled(False)
        self.job = replace_database(self.ctx, self, self.tr("Restoring the backup of {when}…").format(when=when),
                                    change, lambda outcome: self._restored(outcome, when), self._reopen_failed)

    def _backup_passphrase(self, info: backups.BackupInfo) -> str | None:
        """The passphrase of an encrypted backup: the database's own when it opens it, else asked."""
        if not info.encrypted:
            return None
        own = self.ctx.db.passphrase
        if own and passphrase_opens(info.path, own):
            return own
        value, ok = QInputDialog.getText(self, self.tr("Encrypted backup"),
                                         self.tr("This backup was encrypted with another passphrase. "
                                                 "Its passphrase:"), QLineEdit.EchoMode.Password)
        return value if ok and value else None

    def _restored(self, outcome: Outcome, when: str) -> None:
        window = self.ctx.window
        if outcome.error is not None:
            text = self.tr("Nothing was restored: {error}").format(error=outcome.error)
            self.result_box = show_result(window, QMessageBox.Icon.Warning, self.tr("Restore a backup"), text)
            return
        result = outcome.result
        counts = result.restored.counts or {}
        locale = QLocale()
        text = self.tr("The backup of {when} is now the database: {a} activities, {p} participants, "
                       "{r} recommendations.").format(when=when, a=locale.toString(counts.get("activities", 0)),
                                                      p=locale.toString(counts.get("participants", 0)),
                                                      r=locale.toString(counts.get("recommendations", 0)))
        if result.safety_backup:
            text += "\n\n" + self.tr("The database as it was before is kept in {backup}.").format(
                backup=result.safety_backup)
        self.ctx.message.emit(self.tr("Backup restored."))
        self.result_box = show_result(window, QMessageBox.Icon.Information, self.tr("Restore a backup"), text)
        self.close()

    def _reopen_failed(self, exc: Exception) -> None:
        self._say(self.tr("The database could not be opened again: {error}. Close HRDesk and start it "
                          "again.").format(error=exc), error=True)

    def open_folder(self) -> None:
        folder = backups.backup_folder(self.ctx.db)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def file_size(n: int) -> str:
    """``1.4 MB``, ``320 KB`` in the interface's number format."""
    locale = QLocale()
    if n >= 1024 * 1024:
        return QCoreApplication.translate("BackupsDialog", "{n} MB").format(n=locale.toString(n / 1024 / 1024, "f", 1))
    return QCoreApplication.translate("BackupsDialog", "{n} KB").format(n=locale.toString(max(1, round(n / 1024))))


def show_result(parent: QWidget | None, kind: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A result the user should read, in a window-modal box that does not block the caller."""
    box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    if parent is not None:
        parent._result_box = box   # kept alive until closed
    return box
