"""Settings: the office profile and user name, where data and backups live, the language,
and the default privacy level of exports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrdesk import paths
from hrdesk.domain import choices as C
from hrdesk.domain.errors import ValidationError
from hrdesk.safety import server_backup
from hrdesk.safety.backups import backup_folder
from hrdesk.safety.crypto import encryption_available
from hrdesk.services import offices, settings
from hrdesk.ui.context import AppContext
from hrdesk.ui.i18n import set_language
from hrdesk.ui.labels import choice_label
from hrdesk.ui.pages.base import Page
from hrdesk.ui.widgets.office_form import OfficeForm


class SettingsPage(Page):
    key, icon_name = "settings", "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 10)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        outer.addWidget(heading)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(14)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        office_box = QGroupBox(self.tr("Office profile"), body)
        v = QVBoxLayout(office_box)
        self.office_form = OfficeForm(office_box)
        v.addWidget(self.office_form)
        row = QHBoxLayout()
        self.office_status = QLabel(office_box)
        self.office_status.setObjectName("pageSubtitle")
        self.save_office = QPushButton(self.tr("Save office profile"), office_box)
        self.save_office.setObjectName("primary")
        self.save_office.clicked.connect(self.save)
        row.addWidget(self.office_status, 1)
        row.addWidget(self.save_office)
        v.addLayout(row)
        layout.addWidget(office_box)

        export_box = QGroupBox(self.tr("Exports"), body)
        f = QFormLayout(export_box)
        self.privacy = QComboBox(export_box)
        for c in C.PRIVACY_LEVEL:
            self.privacy.addItem(choice_label(C.PRIVACY_LEVEL, c.code), c.code)
        self.privacy.setAccessibleName(self.tr("Default privacy level of exports"))
        self.privacy.currentIndexChanged.connect(self._privacy_changed)
        hint = QLabel(self.tr("Workbooks sent to other offices leave names and contact details out "
                              "unless you choose otherwise for a particular export."), export_box)
        hint.setObjectName("pageSubtitle")
        hint.setWordWrap(True)
        field = QWidget(export_box)   # the combo with its hint under it, as the office profile's fields
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.privacy)
        column.addWidget(hint)
        f.addRow(self.tr("Default privacy level"), field)
        layout.addWidget(export_box)

        folders = QGroupBox(self.tr("Where your data lives"), body)
        f2 = QFormLayout(folders)
        self.db_label = self._path_label(folders)
        self.data_label = self._path_label(folders)
        self.backup_label = self._path_label(folders)
        server = self.ctx.db.is_server
        f2.addRow(self.tr("Database server") if server else self.tr("Database file"), self.db_label)
        f2.addRow(self.tr("Data folder"), self.data_label)
        f2.addRow(self.tr("Backups folder"), self.backup_label)
        self.encryption_label = self._path_label(folders)
        f2.addRow(self.tr("Encryption"), self.encryption_label)
        actions = QHBoxLayout()
        # on a server database: a pg_dump now (restores and encryption are the server's)
        self.backups_button = QPushButton(self.tr("Back up now") if server else self.tr("Backups and restore…"),
                                          folders)
        self.encryption_button = QPushButton(folders)
        for button in (self.backups_button, self.encryption_button):
            actions.addWidget(button)
        actions.addStretch(1)
        f2.addRow("", actions)
        self.backups_button.clicked.connect(lambda: self.ctx.window.back_up_server() if self.ctx.db.is_server
                                            else self.ctx.window.backups())
        self.encryption_button.clicked.connect(lambda: self.ctx.window.encryption())
        layout.addWidget(folders)
        layout.addStretch(1)

    def _path_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def title(self) -> str:
        return self.tr("Settings")

    def activate(self) -> None:
        db = self.ctx.db
        values = settings.all_settings(db)
        try:
            office = offices.own_office(db)
        except Exception:
            office = {}
        self.office_form.set_values(office, values.get(settings.USER_NAME, ""),
                                    values.get(settings.LANGUAGE, "en"))
        self.office_form.set_code_locked(bool(office.get("code")))
        self.privacy.blockSignals(True)
        self.privacy.setCurrentIndex(max(self.privacy.findData(values.get(settings.DEFAULT_PRIVACY)), 0))
        self.privacy.blockSignals(False)
        self.db_label.setText(db.location)
        self.data_label.setText(str(paths.data_dir() if db.is_server else db.path.parent))
        self.backup_label.setText(str(server_backup.backup_folder(db) if db.is_server else backup_folder(db)))
        self.encryption_label.setText(self.encryption_text())
        encrypted = bool(getattr(db, "passphrase", None))
        self.encryption_button.setText(self.tr("Decrypt the database…") if encrypted
                                       else self.tr("Encrypt the database…"))
        self.encryption_button.setEnabled(not db.is_server and (encrypted or encryption_available()))

    def encryption_text(self) -> str:
        """Plainly whether the names in this database are encrypted at rest."""
        if self.ctx.db.is_server:
            return self.tr("On a database server: encryption at rest (of its disks and backups) is the server's "
                           "job; ask its administrator.")
        if getattr(self.ctx.db, "passphrase", None):
            return self.tr("Encrypted with a passphrase (SQLCipher), backups included.")
        if not encryption_available():
            return self.tr("Not encrypted: encryption is not available on this computer (SQLCipher is "
                           "not installed).")
        return self.tr("Not encrypted. Recommended when names are stored: use “Encrypt the database…” "
                       "below (or File › Encrypt the database…).")

    def save(self) -> None:
        try:
            offices.configure(self.ctx.db, self.office_form.values(), self.office_form.user_name())
        except ValidationError as exc:
            others = self.office_form.show_problems(exc.problems)
            self.office_status.setText("\n".join(str(p) for p in others))
            return
        self.office_form.show_problems([])
        previous = settings.get(self.ctx.db, settings.LANGUAGE)
        settings.put(self.ctx.db, settings.LANGUAGE, self.office_form.language_code())
        self.office_status.setText(self.tr("Saved."))
        self.ctx.notify("office")
        if previous != self.office_form.language_code():
            set_language(self.office_form.language_code())
            self.ctx.notify("language")   # the main window rebuilds itself in the new language

    def _privacy_changed(self, _index: int) -> None:
        settings.put(self.ctx.db, settings.DEFAULT_PRIVACY, self.privacy.currentData())
        self.ctx.message.emit(self.tr("Default privacy level saved."))
