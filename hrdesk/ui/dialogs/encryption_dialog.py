"""File › Encrypt / Decrypt the database: the passphrase (a new one typed twice), a
verified backup first, the file rewritten by the safety service, the database reopened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk.safety import crypto
from hrdesk.ui.context import AppContext
from hrdesk.ui.dialogs.backups_dialog import show_result
from hrdesk.ui.dialogs.reopen import Outcome, refusal, replace_database


class EncryptionDialog(QDialog):
    """Encrypts a plain database, or decrypts an encrypted one (``self.encrypting`` says which)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.encrypting = not ctx.db.passphrase
        self.result_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        explain = QLabel(self)
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        if self.encrypting:
            self.setWindowTitle(self.tr("Encrypt the database"))
            explain.setText(self.tr(
                "The database and its backups will be encrypted with a passphrase (SQLCipher): without it "
                "nobody can read the names it holds — not even HRDesk's developers, so keep it safe. "
                "A verified backup is made first. HRDesk will ask for the passphrase each time it starts."))
            first = QLabel(self.tr("&New passphrase"), self)
            second = QLabel(self.tr("&Type it again"), self)
            second.setBuddy(self.repeat)
            form.addRow(first, self.passphrase)
            form.addRow(second, self.repeat)
            self.passphrase.setPlaceholderText(self.tr("At least {n} characters").format(n=crypto.MIN_PASSPHRASE))
        else:
            self.setWindowTitle(self.tr("Decrypt the database"))
            explain.setText(self.tr(
                "The database will be stored unencrypted again: anyone who gets the file can read the names "
                "it holds. An encrypted backup is made first; the existing backups stay encrypted."))
            first = QLabel(self.tr("&Passphrase"), self)
            form.addRow(first, self.passphrase)
            self.repeat.hide()
        first.setBuddy(self.passphrase)
        layout.addLayout(form)
        self.status = QLabel(self)
        self.status.setObjectName("fieldError")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Encrypt") if self.encrypting else self.tr("&Decrypt"))
        self.buttons.accepted.connect(self.convert)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        if not crypto.encryption_available():
            self.status.setText(crypto.encryption_status())
            self.ok_button.setEnabled(False)

    def problems(self) -> list[str]:
        """Why the passphrase typed cannot be used (empty: it can)."""
        typed = self.passphrase.text()
        if not typed:
            return [self.tr("Type the passphrase.")]
        if not self.encrypting:
            return []
        problems = crypto.passphrase_problems(typed)
        if typed != self.repeat.text():
            problems.append(self.tr("The two passphrases are not the same."))
        return problems

    def convert(self) -> None:
        problems = self.problems() or [refusal(self.ctx) or ""]
        problems = [p for p in problems if p]
        if problems:
            self.status.setText("\n".join(problems))
            return
        self.status.clear()
        passphrase = self.passphrase.text()
        encrypting = self.encrypting

        def change(path: Path, lock):
            if encrypting:
                return crypto.encrypt_database(path, passphrase, lock=lock), passphrase
            return crypto.decrypt_database(path, passphrase, lock=lock), None

        self.ok_button.setEnabled(False)
        label = self.tr("Encrypting the database…") if encrypting else self.tr("Decrypting the database…")
        self.job = replace_database(self.ctx, self, label, change, self._converted, self._reopen_failed)

    def _converted(self, outcome: Outcome) -> None:
        window = self.ctx.window
        title = self.windowTitle()
        if outcome.error is not None:
            text = self.tr("Nothing was changed: {error}").format(error=outcome.error)
            self.result_box = show_result(window, QMessageBox.Icon.Warning, title, text)
            self.close()
            return
        result = outcome.result
        if self.encrypting:
            text = self.tr("The database is now encrypted. Keep the passphrase safe: without it nobody can "
                           "read the data.")
            if result.converted_backups:
                text += " " + self.tr("%Ln existing backup(s) were encrypted too.", "",
                                      len(result.converted_backups))
        else:
            text = self.tr("The database is now stored unencrypted.")
        if result.safety_backup:
            text += "\n\n" + self.tr("The backup made before: {backup}").format(backup=result.safety_backup)
        text += "".join("\n" + w for w in result.warnings)
        self.ctx.message.emit(text.split("\n")[0])
        self.result_box = show_result(window, QMessageBox.Icon.Information, title, text)
        self.close()

    def _reopen_failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("The database could not be opened again: {error}. Close HRDesk and start "
                                    "it again.").format(error=exc))
