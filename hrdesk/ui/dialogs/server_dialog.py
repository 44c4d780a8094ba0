"""File ▸ Connect to a server database…: the address of a headquarters PostgreSQL database
(server, port, database, user, encryption of the connection), then the app works on it.

The password is never stored: libpq finds it in the user's ``~/.pgpass`` (``%APPDATA%\\postgresql\\
pgpass.conf`` on Windows) or a service file, or HRDesk asks for it when the server wants one.
The address (without password) is remembered for next time.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk.ui.preferences import Preference

LAST_SERVER = Preference("server/last", "")   # the last server address used (never a password)
SSL_MODES = ("prefer", "require", "verify-full", "disable")


def ask_server_password(location: str, wrong: bool) -> str | None:
    """The server's password, asked in a dialog (None when the user cancels)."""
    text = (QCoreApplication.translate("ServerDialog", "Wrong password for {location}. Try again:") if wrong
            else QCoreApplication.translate("ServerDialog", "Password for {location}:")).format(location=location)
    value, ok = QInputDialog.getText(None, QCoreApplication.translate("ServerDialog", "Server database"), text,
                                     QLineEdit.EchoMode.Password)
    return value if ok else None


class ServerDialog(QDialog):
    """The address of a server database, as a URL (``url()``) once accepted."""

    def __init__(self, parent: QWidget | None = None, initial: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a server database"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Headquarters and regional offices can keep HRDesk's database on a PostgreSQL "
                               "server, shared by several users. The administrator creates the database and "
                               "your user; the password is read from your pgpass file, or asked."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("e.g. db.example.org"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.database.setPlaceholderText("hrdesk")
        self.user = QLineEdit(self)
        self.ssl = QComboBox(self)
        for code, label in zip(SSL_MODES, (self.tr("Encrypted when the server offers it"),
                                           self.tr("Always encrypted"),
                                           self.tr("Encrypted, server certificate checked"),
                                           self.tr("Not encrypted (local network only)")), strict=True):
            self.ssl.addItem(label, code)
        for label, widget in ((self.tr("&Server:"), self.host), (self.tr("&Port:"), self.port),
                              (self.tr("&Database:"), self.database), (self.tr("&User:"), self.user),
                              (self.tr("&Connection:"), self.ssl)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        Qt.Orientation.Horizontal, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&onnect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.set_url(initial or LAST_SERVER.get() or "")

    def set_url(self, url: str) -> None:
        # start-up time: SQLAlchemy's URL parser is loaded anyway once a database is open
        from sqlalchemy.engine import make_url

        if not url:
            return
        try:
            parsed = make_url(url)
        except Exception:
            return
        self.host.setText(parsed.host or "")
        self.port.setValue(parsed.port or 5432)
        self.database.setText(parsed.database or "")
        self.user.setText(parsed.username or "")
        mode = parsed.query.get("sslmode")
        if mode in SSL_MODES:
            self.ssl.setCurrentIndex(SSL_MODES.index(mode))

    def url(self) -> str:
        host, database, user = self.host.text().strip(), self.database.text().strip(), self.user.text().strip()
        who = f"{quote(user, safe='')}@" if user else ""
        port = f":{self.port.value()}" if self.port.value() != 5432 else ""
        query = f"?sslmode={self.ssl.currentData()}" if self.ssl.currentData() != "prefer" else ""
        return f"postgresql://{who}{quote(host, safe='')}{port}/{quote(database, safe='')}{query}"

    def accept(self) -> None:
        host, database = bool(self.host.text().strip()), bool(self.database.text().strip())
        if not (host and database):
            self.problem.setText(self.tr("Give the server and the database.") if not (host or database)
                                 else self.tr("Give the server.") if not host else self.tr("Give the database."))
            return
        LAST_SERVER.set(self.url())
        super().accept()
