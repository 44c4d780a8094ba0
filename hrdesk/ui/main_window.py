"""The main window: navigation on the left, one page at a time, menus, shortcuts, status
bar; geometry and the last page are remembered between sessions.

At start-up the window is built and painted before the database is open (``ctx.db`` is None;
issue 19): the navigation, menus and status bar are drawn, the page area stays empty, and the
database's parts (the File menu's entries, the status bar's counts, the page shown) come with
:meth:`MainWindow.database_opened` a moment later.  So this module does not import the
database layer or the services at its top."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk import __version__, paths
from hrdesk.build_info import build_id
from hrdesk.i18n import current as current_language
from hrdesk.ui import preferences
from hrdesk.ui.context import AppContext
from hrdesk.ui.forms import load_form
from hrdesk.ui.icons import app_icon, icon
from hrdesk.ui.labels import format_date
from hrdesk.ui.pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    """A page of the navigation, known without importing it: its module (with its editors,
    reports or exchange code) is imported when the page is first shown (start-up time)."""

    key: str
    icon_name: str
    module: str
    class_name: str
    title_context: str   # the page class's name: its title is translated as its own tr() does
    title_source: str

    def title(self) -> str:
        return QCoreApplication.translate(self.title_context, self.title_source)

    def page_class(self) -> type[Page]:
        return getattr(importlib.import_module(self.module), self.class_name)


def _spec(key: str, icon_name: str, module: str, class_name: str, title: str) -> PageSpec:
    return PageSpec(key, icon_name, f"hrdesk.ui.pages.{module}", class_name, class_name, title)


PAGES: tuple[PageSpec, ...] = (  # in navigation order
    _spec("dashboard", "dashboard", "dashboard_page", "DashboardPage", "Dashboard"),
    _spec("activities", "activities", "activities", "ActivitiesPage", "Activities"),
    _spec("participants", "participants", "participants", "ParticipantsPage", "Participants"),
    _spec("recommendations", "recommendations", "recommendations", "RecommendationsPage", "Recommendations"),
    _spec("reports", "reports", "reports_page", "ReportsPage", "Reports"),
    _spec("exchange", "exchange", "exchange_page", "ExchangePage", "Exchange"),
    _spec("audit", "info", "audit_page", "AuditPage", "Audit trail"),
    _spec("settings", "settings", "settings_page", "SettingsPage", "Settings"),
)


class LazyPages(Mapping):
    """The window's pages by key, in navigation order; a page is built the first time it is
    asked for (and put in the stack in place of its empty placeholder)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._specs = {spec.key: spec for spec in PAGES}
        self._built: dict[str, Page] = {}
        self._placeholders: dict[str, QWidget] = {}
        for key in self._specs:
            placeholder = QWidget(window.pages)
            if window.ctx.db is None:   # start-up: the page area says why it is empty meanwhile
                waiting = QLabel(QCoreApplication.translate("MainWindow", "Opening the database…"), placeholder)
                waiting.setObjectName("hint")
                waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
                QVBoxLayout(placeholder).addWidget(waiting)
            self._placeholders[key] = placeholder
            window.pages.addWidget(placeholder)

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            spec = self._specs[key]
            stack = self._window.pages
            placeholder = self._placeholders.pop(key)
            index = stack.indexOf(placeholder)
            page = spec.page_class()(self._window.ctx, stack)
            self._built[key] = page
            current = stack.currentIndex()
            stack.insertWidget(index, page)
            stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if current == index:
                stack.setCurrentIndex(index)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def __len__(self) -> int:
        return len(self._specs)


def last_export(db) -> dt.datetime | None:
    """When the last exchange workbook was written (None if never)."""
    # start-up time: the services load once the database is open, after the first paint
    from hrdesk.exchange import review

    try:
        return next((h["at"] for h in review.history(db, limit=50) if h["direction"] == "export"), None)
    except Exception:  # the exchange tables are optional for the status bar
        return None


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("main_window.ui", self)
        self.ctx = ctx
        self.setWindowIcon(app_icon())
        self.pages_by_key = LazyPages(self)
        for spec in PAGES:
            item = QListWidgetItem(icon(spec.icon_name), spec.title(), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
        self.navigation.setMinimumWidth(max(200, self.navigation.sizeHintForColumn(0) + 36))
        self.navigation.currentRowChanged.connect(self._show_page)
        self._status_widgets()
        self._actions()
        ctx.changed.connect(self._changed)
        ctx.window = self
        ctx.message.connect(self.show_message)
        self._restore()
        if ctx.db is not None:
            self.database_opened()
        else:   # start-up: painted first, the database opens right after (hrdesk.ui.app.start)
            self._enable_database_actions(False)
            self.statusBar().showMessage(self.tr("Opening the database…"))

    def database_opened(self) -> None:
        """``ctx.db`` is open: the File menu's entries for it, the status bar, the page shown."""
        self._file_menu()
        self._enable_database_actions(True)
        self.statusBar().clearMessage()
        self.update_status()
        row = self.navigation.currentRow()
        if row >= 0 and not self.pages_by_key.is_built(PAGES[row].key):
            self._show_page(row)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _changed(self, record_type: str) -> None:
        if record_type == "language":
            # the interface starts in it next time, before the database is open
            preferences.LANGUAGE.set(current_language().language)
            QTimer.singleShot(0, self.rebuild)   # after the page that asked has returned
        else:
            self.update_status()

    def rebuild(self) -> MainWindow:
        """The same window in the language just chosen (every label built anew)."""
        if getattr(self.ctx, "window", None) is not self:
            return self.ctx.window
        self.ctx.changed.disconnect(self._changed)
        new = MainWindow(self.ctx)
        new.restoreGeometry(self.saveGeometry())
        new.show_page(self._current_key())
        new.show()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close()
        return new

    # -- pages --------------------------------------------------------------------------
    def current_page(self) -> Page:
        row = self.pages.currentIndex()
        return self.pages_by_key[PAGES[row].key] if row >= 0 else self.pages.currentWidget()

    def _current_key(self) -> str:
        """The key of the page shown (without building it)."""
        row = self.navigation.currentRow()
        return PAGES[row].key if row >= 0 else "activities"

    def show_page(self, key: str) -> Page | None:
        """Show the page ``key``; None until the database is open (it is built then)."""
        keys = list(self.pages_by_key)
        self.navigation.setCurrentRow(keys.index(key))
        return self.pages_by_key[key] if self.ctx.db is not None else None

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        if self.ctx.db is None:   # start-up: the page is built once the database is open
            self.pages.setCurrentIndex(row)
            self.setWindowTitle(self.tr("{page} — HRDesk").format(page=PAGES[row].title()))
            return
        page = self.pages_by_key[PAGES[row].key]
        self.pages.setCurrentIndex(row)
        self.setWindowTitle(self.tr("{page} — HRDesk").format(page=page.title()))
        page.activate()

    # -- menus and shortcuts ---------------------------------------------------------------
    def _actions(self) -> None:
        self.actionNew.triggered.connect(lambda: self.current_page().new_record())
        self.actionSave.triggered.connect(lambda: self.current_page().save())
        self.actionFind.triggered.connect(lambda: self.current_page().find())
        self.actionDelete.triggered.connect(lambda: self.current_page().delete_selected())
        self.actionRefresh.triggered.connect(self.refresh)
        self.actionQuit.triggered.connect(self.close)
        self.actionAbout.triggered.connect(self.about)
        self._help_menu()
        self.actionDelete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.pages.addAction(self.actionDelete)
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        first = self.menuEdit.actions()[0] if self.menuEdit.actions() else None
        self.menuEdit.insertActions(first, [undo, redo])
        self.menuEdit.insertSeparator(first)
        for i, spec in enumerate(PAGES):
            action = self.menuView.addAction(icon(spec.icon_name), spec.title())
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, key=spec.key: self.show_page(key))

    def _enable_database_actions(self, enabled: bool) -> None:
        """The actions that need the database (off while it opens, at start-up)."""
        for action in (self.actionNew, self.actionSave, self.actionFind, self.actionDelete,
                       self.actionRefresh, self.actionAbout, self.actionDataFolder):
            action.setEnabled(enabled)

    def _file_menu(self) -> None:
        """File: the activity log, backups and restore, encryption (they depend on the database:
        built once it is open)."""
        quit_action = self.actionQuit
        server = self.ctx.db.is_server
        file_actions = [
            (self.tr("Connect to a &server database…"), self.connect_server),
            None,
            (self.tr("&Import an activity log…"), self.import_activity_log),
            (self.tr("Save the activity-log &template…"), self.save_activity_log_template),
            None,
            (self.tr("&Back up now"), self.back_up_server if server else lambda: self.backups(back_up_now=True)),
            # a server database is restored and encrypted on the server, by its administrator
            None if server else (self.tr("Back&ups and restore…"), self.backups),
            None if server else (self.tr("Decrypt the database…") if self.ctx.db.passphrase
                                 else self.tr("&Encrypt the database…"), self.encryption),
            None,
        ]
        file_actions = [e for i, e in enumerate(file_actions) if e is not None or
                        (i > 0 and file_actions[i - 1] is not None)]
        for entry in file_actions:
            if entry is None:
                self.menuFile.insertSeparator(quit_action)
                continue
            text, slot = entry
            action = self.menuFile.addAction(text)
            self.menuFile.insertAction(quit_action, action)
            action.triggered.connect(lambda _c=False, slot=slot: slot())

    def _help_menu(self) -> None:
        """Help: the guide, the data folder, About."""
        self.actionUserGuide = self.menuHelp.addAction(self.tr("&User guide"))
        self.actionUserGuide.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.actionUserGuide.triggered.connect(lambda: self.user_guide())
        self.actionDataFolder = self.menuHelp.addAction(self.tr("Open the &data folder"))
        self.actionDataFolder.triggered.connect(self.open_data_folder)
        about = self.actionAbout
        self.menuHelp.removeAction(about)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(about)

    def import_activity_log(self):
        # start-up time: the import reads workbooks (openpyxl); loaded when the menu is used
        from hrdesk.ui.dialogs.activity_log_dialog import ActivityLogDialog

        dialog = ActivityLogDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_activity_log_template(self, path: str | None = None, on_done=None) -> None:
        # start-up time: the template is written with openpyxl; loaded when the menu is used
        from hrdesk.ui.dialogs.activity_log_dialog import save_template

        save_template(self.ctx, self, path, on_done)

    def backups(self, back_up_now: bool = False):
        # start-up time: restore and encryption services load when the menu is used
        from hrdesk.ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if back_up_now:
            dialog.back_up_now()
        return dialog

    def connect_server(self):
        """File ▸ Connect to a server database…: the address, then the window on that database."""
        # start-up time: the dialog loads when the menu is used
        from hrdesk.ui.dialogs.server_dialog import ServerDialog

        dialog = ServerDialog(self, self.ctx.db.location if self.ctx.db.is_server else "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.switch_database(dialog.url()))
        dialog.open()
        return dialog

    def switch_database(self, location: str) -> bool:
        """Open ``location`` (asking for the server's password when needed) and rebuild the
        window on it; the database open until now is closed.  False, with a message, when it
        cannot be opened (the current one stays open)."""
        # start-up time: opening another database is rare
        from hrdesk.domain.errors import HRDeskError
        from hrdesk.safety import startup
        from hrdesk.services import offices
        from hrdesk.ui.dialogs.reopen import adopt
        from hrdesk.ui.dialogs.server_dialog import ask_server_password
        from hrdesk.ui.editors.base_editor import RecordEditor

        editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor) and w.isVisible()]
        if editors:
            QMessageBox.information(self, self.tr("Connect to a server database"),
                                    self.tr("Close the open record editors first (save or cancel them)."))
            return False
        try:
            session = startup.open_for_app(location, ask_password=ask_server_password, automatic_backup=False)
        except HRDeskError as exc:
            QMessageBox.warning(self, self.tr("HRDesk cannot open the database"), str(exc))
            return False
        if not offices.is_configured(session.db) and not session.read_only:
            # start-up time: the first-run wizard loads only for a new database
            from hrdesk.ui.wizard import FirstRunWizard

            wizard = FirstRunWizard(session.db)
            if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
                session.close()
                return False
        old_db, old_lock = self.ctx.db, self.ctx.lock
        self.ctx.lock = session.lock
        adopt(self.ctx, session.db, replaced=True)
        old_db.close()
        if old_lock is not None:
            old_lock.release()
        for notice in session.notices:
            self.ctx.message.emit(notice)
        return True

    def back_up_server(self):
        """File ▸ Back up now on a server database: ``pg_dump`` on the worker, then where it is."""
        # start-up time: backups load when the menu is used
        from hrdesk.safety.backups import make_backup

        def done(info) -> None:
            self.ctx.message.emit(self.tr("Backup of the server database written to {path}.").format(path=info.path))

        def failed(exc: Exception) -> None:
            QMessageBox.warning(self, self.tr("The backup could not be made"), str(exc))

        return self.ctx.worker.run(lambda _progress: make_backup(self.ctx.db, "manual"), done, failed)

    def encryption(self):
        # start-up time: restore and encryption services load when the menu is used
        from hrdesk.ui.dialogs.encryption_dialog import EncryptionDialog

        dialog = EncryptionDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def user_guide(self, language: str | None = None):
        # start-up time: the guide's dialog loads when Help is used
        from hrdesk.ui.dialogs.user_guide import UserGuideDialog

        dialog = UserGuideDialog(self, language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_data_folder(self) -> bool:
        folder = paths.data_dir() if self.ctx.db.is_server else self.ctx.db.path.parent
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def refresh(self) -> None:
        self.current_page().refresh()
        self.update_status()

    def about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About HRDesk"), "", QMessageBox.StandardButton.Ok, self)
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.tr("<b>HRDesk {version}</b><br>Offline records of human-rights activities, "
                            "participants and recommendations.<br><br>Database: {path}<br>"
                            "Licence: MIT").format(version=f"{__version__} (build {build_id()})",
                                                    path=self.ctx.db.location))
        box.open()
        self._about = box
        return box

    # -- status bar -----------------------------------------------------------------------
    def _status_widgets(self) -> None:
        self.office_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.export_label = QLabel(self)
        self.db_label = QLabel(self)
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("fieldError")
        self.read_only_label.setVisible(False)
        bar = self.statusBar()
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.export_label)
        bar.addPermanentWidget(self.office_label)
        bar.addPermanentWidget(self.db_label)
        bar.addPermanentWidget(self.read_only_label)
        bar.messageChanged.connect(self._make_room)

    def _make_room(self, message: str) -> None:
        """While a message shows, the counts, last export and database name step aside so that
        it is read whole (the office stays: which office's data this is matters)."""
        for label in (self.counts_label, self.export_label, self.db_label):
            label.setVisible(not message)

    def update_status(self) -> None:
        if self.ctx.db is None:   # start-up: filled once the database is open
            return
        # start-up time: the services load once the database is open, after the first paint
        from hrdesk.services import offices, queries

        self.db_label.setToolTip(self.ctx.db.location)
        try:
            office = offices.own_office(self.ctx.db)
            self.office_label.setText(self.tr("Office: {code} — {name}").format(code=office["code"],
                                                                                name=office["name"]))
        except Exception:
            self.office_label.setText(self.tr("No office configured"))
        counts = queries.record_counts(self.ctx.db, participations=False)  # start-up time: no join
        self.counts_label.setText(" · ".join((
            self.tr("%Ln activity(ies)", "", counts["activities"]),
            self.tr("%Ln participant(s)", "", counts["participants"]),
            self.tr("%Ln recommendation(s)", "", counts["recommendations"]))))
        self.db_label.setText(self.tr("Database: {name}").format(name=self.ctx.db.display_name))
        read_only = getattr(self.ctx.db, "read_only", False)
        self.read_only_label.setText(QCoreApplication.translate("App", "Opened read-only") if read_only else "")
        self.read_only_label.setVisible(read_only)
        last = last_export(self.ctx.db)
        self.export_label.setText(self.tr("Last export: {when}").format(when=format_date(last.date()))
                                  if last else self.tr("No export yet"))

    # -- remembered state -----------------------------------------------------------------
    def _restore(self) -> None:
        geometry = preferences.MAIN_GEOMETRY.get()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        keys = list(self.pages_by_key)
        last = preferences.MAIN_PAGE.get()
        self.navigation.setCurrentRow(keys.index(last) if last in keys else keys.index("activities"))

    def closeEvent(self, event) -> None:
        s = preferences.store()
        s.setValue(preferences.MAIN_GEOMETRY.key, self.saveGeometry())
        s.setValue(preferences.MAIN_PAGE.key, self._current_key())
        s.sync()
        self.ctx.worker.wait(10_000)
        super().closeEvent(event)
