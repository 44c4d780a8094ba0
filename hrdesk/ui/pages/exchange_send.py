"""The Exchange page's Send tab: write an exchange workbook for a recipient, with the
scope, privacy level and optional password chosen; on the worker thread with Cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk import exchange
from hrdesk.domain import choices as C
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.progress import Cancelled
from hrdesk.domain.records import ACTIVITY
from hrdesk.services import offices, settings
from hrdesk.ui.context import AppContext
from hrdesk.ui.labels import choice_label, core
from hrdesk.ui.pages.exchange_review import exchange_folder, remember_folder, when_text
from hrdesk.ui.widgets.field_widgets import DateEdit
from hrdesk.ui.worker import run_with_progress

EVERYTHING, SINCE_LAST, SINCE_DATE = 0, 1, 2
BEGINNING = dt.datetime(1970, 1, 1)   # "everything", when the export is also remembered for a recipient


class SendTab(QWidget):
    """Export: recipient, scope, privacy, password."""

    exported = Signal(object)   # ExportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_file: Path | None = None
        self._job = None
        self._recipients: dict[str, dict] = {}
        self._privacy_touched = False
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        column = QVBoxLayout()
        intro = QLabel(self.tr("Write an exchange workbook for your regional office or headquarters. "
                               "It can be sent by e-mail or carried on a USB stick; they import it "
                               "into their HRDesk without duplicates."), self)
        intro.setWordWrap(True)
        intro.setObjectName("pageSubtitle")
        column.addWidget(intro)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        self.recipient = QComboBox(self)
        self.recipient.setEditable(True)
        self.recipient.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.recipient.lineEdit().setPlaceholderText(self.tr("For example: Regional Office for West Africa"))
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.editTextChanged.connect(lambda _t: self._recipient_changed())
        self.recipient_note = QLabel(self)
        self.recipient_note.setObjectName("pageSubtitle")
        recipient_box = QVBoxLayout()
        recipient_box.setSpacing(2)
        recipient_box.addWidget(self.recipient)
        recipient_box.addWidget(self.recipient_note)
        form.addRow(self.tr("Recipient"), recipient_box)

        self.scope_group = QButtonGroup(self)
        self.scope_all = QRadioButton(self.tr("Everything"), self)
        self.scope_last = QRadioButton(self.tr("Changes since the last export to this recipient"), self)
        self.scope_since = QRadioButton(self.tr("Changes since"), self)
        self.since_date = DateEdit(ACTIVITY["start_date"], self)
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

        self.privacy = QComboBox(self)
        for c in C.PRIVACY_LEVEL:
            self.privacy.addItem(choice_label(C.PRIVACY_LEVEL, c.code), c.code)
        self.privacy.setAccessibleName(core("Privacy"))
        self.privacy.currentIndexChanged.connect(lambda _i: self._privacy_changed())
        self.privacy_note = QLabel(self)
        self.privacy_note.setWordWrap(True)
        self.privacy_note.setObjectName("pageSubtitle")
        privacy_box = QVBoxLayout()
        privacy_box.setSpacing(2)
        privacy_box.addWidget(self.privacy)
        privacy_box.addWidget(self.privacy_note)
        form.addRow(core("Privacy"), privacy_box)

        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Optional"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password2 = QLineEdit(self)
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2.setAccessibleName(self.tr("Confirm the password"))
        self.password_error = QLabel(self)
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
                              "Tell it to the recipient another way than the file (by phone, for example)."), self)
        hint.setWordWrap(True)
        hint.setObjectName("pageSubtitle")
        confirm_box.addWidget(hint)
        form.addRow(self.tr("Confirm"), confirm_box)
        column.addLayout(form)

        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(self.tr("Open folder"), self)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.export_result = QLabel(self)
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.export_result)
        column.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def load(self) -> None:
        known = exchange.recipients(self.ctx.db)
        self._recipients = {r["name"]: r for r in known}
        text = self.recipient.currentText()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        self.recipient.addItems(list(self._recipients))
        self.recipient.setEditText(text)
        self.recipient.blockSignals(False)
        default = settings.default_privacy(self.ctx.db).value
        if not self._privacy_touched:
            self.privacy.blockSignals(True)
            self.privacy.setCurrentIndex(max(self.privacy.findData(default), 0))
            self.privacy.blockSignals(False)
        self._privacy_changed(touched=False)
        self._recipient_changed()

    def _recipient_changed(self) -> None:
        name = self.recipient.currentText().strip()
        known = self._recipients.get(name)
        self.scope_last.setEnabled(bool(name))
        if not name:
            if self.scope_last.isChecked():
                self.scope_all.setChecked(True)
            self.recipient_note.setText(self.tr("Name a recipient to send only what changed since your last "
                                                "export to them."))
        elif known and known["last_export_at"]:
            self.recipient_note.setText(self.tr("Last export to {name}: {when}.").format(
                name=name, when=when_text(known["last_export_at"])))
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
                                                    str(exchange_folder() / name),
                                                    self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        remember_folder(path.parent)
        db = self.ctx.db
        self.export_result.setText("")
        self._job = run_with_progress(self.ctx.worker, self, self.tr("Writing the workbook…"),
                                      lambda progress: exchange.export_workbook(db, path, progress=progress, **options),
                                      self._exported, self._export_failed)
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
        self.ctx.notify("exchange")   # the status bar's "Last export" at once
        self.load()
        self.exported.emit(result)

    def _export_failed(self, exc: Exception) -> None:
        self._job = None
        self.export_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.export_result.setText(self.tr("Cancelled. No file was written."))
            return
        self.export_result.setText(self.tr("No file was written."))
        QMessageBox.warning(self, self.tr("Export"), str(exc) if isinstance(exc, HRDeskError | OSError) else
                            self.tr("Something went wrong while writing the file: {error}").format(error=exc))

    def open_folder(self) -> None:
        if self.last_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file.parent)))
