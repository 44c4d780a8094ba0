"""Start-up order (issue 19): ``hrdesk.ui.app.start`` paints the main window before the
database opens, then opens it in the window right after the first paint; everything that
needs the database (passphrase, read-only notice, first-run wizard, errors, its language)
still happens, in the window already on screen."""

from __future__ import annotations

import pytest
from app_windows import close_started_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from hrdesk.services import settings
from hrdesk.storage.database import Database
from hrdesk.ui import app as app_module
from hrdesk.ui import preferences


def test_the_window_is_painted_before_the_database_opens_then_fills_in(db, sample, qtbot):
    db.close()
    _app, window = app_module.start({"db": str(db.path), "lang": "en"})
    try:
        # before the database: the real window (navigation, menus, status bar), nothing of the database
        assert window.isVisible() and window.ctx.db is None
        assert window.navigation.count() == 8 and window.navigation.currentItem().text() == "Activities"
        assert window.windowTitle() == "Activities — HRDesk"
        assert window.statusBar().currentMessage() == "Opening the database…"
        assert not window.actionNew.isEnabled() and not window.actionRefresh.isEnabled()
        assert not window.pages_by_key.is_built("activities")
        assert window.show_page("participants") is None   # shown (empty) until the database is open
        window.show_page("activities")
        file_menu = [a.text() for a in window.menuFile.actions() if a.text()]
        assert "&Back up now" not in file_menu

        qtbot.waitUntil(lambda: window.ctx.db is not None)
        assert window.ctx.window is window   # same language: not rebuilt
        assert window.statusBar().currentMessage() == ""
        assert window.pages_by_key.is_built("activities") and window.current_page().key == "activities"
        page = window.current_page()
        qtbot.waitUntil(lambda: page.model.rowCount() == 3)
        assert window.counts_label.text().startswith("3 activit") and "GN" in window.office_label.text()
        assert window.actionNew.isEnabled() and window.actionRefresh.isEnabled()
        assert "&Back up now" in [a.text() for a in window.menuFile.actions()]
        assert preferences.LANGUAGE.get() == "en"   # the database's language, for the next start
    finally:
        close_started_window(window)


def test_the_first_window_is_in_the_remembered_language_and_rebuilt_in_the_databases(db, qtbot):
    from hrdesk import paths
    from hrdesk.ui import i18n as ui_i18n

    if not (paths.resource("translations") / "hrdesk_fr.qm").exists():
        pytest.skip("French interface catalogue not built")
    settings.put(db, settings.LANGUAGE, "fr")
    db.close()
    preferences.LANGUAGE.set("en")
    _app, window = app_module.start({"db": str(db.path)})
    try:
        assert window.navigation.item(1).text() == "Activities"
        qtbot.waitUntil(lambda: window.ctx.db is not None)
        new = window.ctx.window
        assert new is not window and new.isVisible()
        assert new.navigation.item(1).text() == "Activités" and new.current_page().key == "activities"
        assert preferences.LANGUAGE.get() == "fr"
    finally:
        close_started_window(window)
        ui_i18n.switch_language(_app, "en")
    # the next start is painted in French at once, and not rebuilt
    _app, window = app_module.start({"db": str(db.path)})
    try:
        assert window.navigation.item(1).text() == "Activités"
        qtbot.waitUntil(lambda: window.ctx.db is not None)
        assert window.ctx.window is window
    finally:
        close_started_window(window)
        ui_i18n.switch_language(_app, "en")


def test_cancelling_the_wizard_on_a_new_database_closes_the_window(tmp_path, qtbot, monkeypatch):
    from hrdesk.safety.lock import acquire_writer_lock
    from hrdesk.ui.wizard import FirstRunWizard

    shown = []
    monkeypatch.setattr(FirstRunWizard, "exec", lambda wizard: shown.append(wizard.isModal()) or 0)
    closed: list[int] = []
    path = tmp_path / "new.sqlite"
    _app, window = app_module.start({"db": str(path), "lang": "en"}, on_closed=closed.append)
    assert window.isVisible()
    qtbot.waitUntil(lambda: closed == [0])
    assert shown and not window.isVisible() and window.ctx.db is None
    lock = acquire_writer_lock(path)   # the file was let go
    try:
        assert lock.acquired
    finally:
        lock.release()


def test_a_newer_schema_is_said_and_the_window_closes(db, qtbot, monkeypatch):
    import sqlite3

    db.close()
    con = sqlite3.connect(db.path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    closed: list[int] = []
    _app, window = app_module.start({"db": str(db.path), "lang": "en"}, on_closed=closed.append)
    qtbot.waitUntil(lambda: closed == [1])
    assert shown and "newer version of HRDesk" in shown[0]
    assert not window.isVisible()


def test_an_encrypted_database_asks_its_passphrase_over_the_window(tmp_path, qtbot, monkeypatch):
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "secret.sqlite"
    Database.open(path, passphrase="correct horse").close()
    asked = []

    def get_text(parent, title, label, echo):
        asked.append((label, window.isVisible()))
        return "correct horse", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    from hrdesk.ui.wizard import FirstRunWizard

    monkeypatch.setattr(FirstRunWizard, "exec", lambda wizard: 0)   # a new (empty) database
    closed: list[int] = []
    _app, window = app_module.start({"db": str(path), "lang": "en"}, on_closed=closed.append)
    qtbot.waitUntil(lambda: bool(closed))
    assert asked == [("secret.sqlite is encrypted. Passphrase:", True)]


def test_a_second_instance_is_told_read_only_in_the_window(db, sample, qtbot, monkeypatch):
    from hrdesk.safety.lock import acquire_writer_lock

    db.close()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text)))
    first = acquire_writer_lock(db.path)
    try:
        _app, window = app_module.start({"db": str(db.path), "lang": "en"})
        try:
            qtbot.waitUntil(lambda: window.ctx.db is not None)
            assert told and window.ctx.db.read_only
            assert window.read_only_label.isVisible() and window.read_only_label.text() == "Opened read-only"
        finally:
            close_started_window(window)
    finally:
        first.release()


def test_run_app_ends_with_1_when_the_database_cannot_be_opened(tmp_path, qapp, monkeypatch):
    """The real event loop: the window, the message, the window closed, exit code 1."""
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "setup_logging", lambda: None)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    bad = tmp_path / "notes.sqlite"
    bad.write_text("this is not a database")
    assert app_module.run_app({"db": str(bad), "lang": "en"}) == 1
    assert shown and str(bad) in shown[0]


def test_nothing_of_the_database_before_the_first_paint(db, qtbot):
    """In this process the database layer is loaded already; what matters is that the window
    is built without ``ctx.db``: the status bar and pages wait for it."""
    db.close()
    _app, window = app_module.start({"db": str(db.path), "lang": "en"})
    try:
        assert window.counts_label.text() == "" and window.db_label.text() == ""
        assert window.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == "activities"
        qtbot.waitUntil(lambda: window.ctx.db is not None)
        assert window.db_label.text()
    finally:
        close_started_window(window)
