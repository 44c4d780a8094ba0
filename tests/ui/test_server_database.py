"""The desktop app on a headquarters server database (issue 15): File ▸ Connect to a server
database…, the window rebuilt on it, what only a file has hidden, read-only roles."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from hrdesk.services import offices
from hrdesk.services.activities import ActivityService
from hrdesk.storage.database import Database
from hrdesk.ui.dialogs.server_dialog import LAST_SERVER, ServerDialog

pytestmark = pytest.mark.timeout(120)


def _hq(pg_cluster, name: str) -> str:
    url = pg_cluster.create_database(name, template="hrdesk_template")
    with Database.open(url) as db:
        offices.configure(db, {"code": "HQ", "name": "Headquarters", "kind": "headquarters", "country": "CHE"},
                          "HQ analyst")
        ActivityService(db).create({"title": "Regional consultation", "kind": "consultation",
                                    "status": "completed", "start_date": dt.date(2025, 4, 2), "country": "SEN"})
    return url


def test_the_connect_dialog_builds_the_address_and_never_a_password(qtbot):
    dialog = ServerDialog(None)
    qtbot.addWidget(dialog)
    dialog.host.setText("db.hq.example.org")
    dialog.port.setValue(5433)
    dialog.database.setText("hrdesk")
    dialog.user.setText("analyst")
    dialog.ssl.setCurrentIndex(1)
    assert dialog.url() == "postgresql://analyst@db.hq.example.org:5433/hrdesk?sslmode=require"
    dialog.database.clear()
    dialog.accept()
    assert dialog.result() == 0 and dialog.problem.text() == "Give the database."
    dialog.database.setText("hrdesk")
    dialog.accept()
    assert dialog.result() == ServerDialog.DialogCode.Accepted
    assert LAST_SERVER.get() == dialog.url() and "password" not in LAST_SERVER.get()
    again = ServerDialog(None)
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.user.text()) == ("db.hq.example.org", 5433, "analyst")


def test_the_window_moves_to_the_server_database(window, ctx, pg_cluster, qtbot):
    url = _hq(pg_cluster, "hq_window")
    assert window.switch_database(url)
    new = ctx.window
    qtbot.waitUntil(lambda: new.isVisible())
    assert ctx.db.is_server and ctx.db.location.startswith("postgresql+psycopg://hrdesk@/hq_window")
    assert new.db_label.text() == "Database: hq_window on localhost"
    assert "Headquarters" in new.office_label.text() and "1 activity" in new.counts_label.text()
    actions = [a.text() for a in new.menuFile.actions()]
    assert "Connect to a &server database…" in actions and "&Back up now" in actions
    assert "Back&ups and restore…" not in actions and "&Encrypt the database…" not in actions
    # the activities page lists the server's records
    page = new.show_page("activities")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_a_server_that_cannot_be_reached_leaves_the_window_as_it_was(window, ctx, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    before = ctx.db
    assert not window.switch_database("postgresql://nobody@/missing?host=/nonexistent")
    assert ctx.db is before and "Cannot open the server database" in shown[0]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_hrdesk_db_url_starts_the_app_on_the_server(pg_cluster, qapp, qtbot, monkeypatch):
    """``hrdesk --db postgresql://…`` (and HRDESK_DATABASE_URL): the app on the server database;
    a role that may only read gets the read-only app and is told why."""
    from hrdesk.ui import app as app_module

    url = _hq(pg_cluster, "hq_start")
    _app, window = app_module.start({"db": url, "lang": "en"})
    qtbot.waitUntil(lambda: window.ctx.db is not None)
    try:
        assert window.ctx.db.is_server and "Headquarters" in window.office_label.text()
        assert not window.read_only_label.isVisible()
    finally:
        window.close()
        window.ctx.db.close()
    pg_cluster.psql("CREATE ROLE viewer LOGIN; GRANT USAGE ON SCHEMA public TO viewer; "
                    "GRANT SELECT ON ALL TABLES IN SCHEMA public TO viewer", "hq_start")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a, **k: told.append(text))
    monkeypatch.setenv("HRDESK_DATABASE_URL", pg_cluster.url("hq_start", user="viewer"))
    _app, window = app_module.start({"lang": "en"})
    qtbot.waitUntil(lambda: window.ctx.db is not None)
    try:
        assert window.ctx.db.read_only and "may only read" in told[0]
        assert window.read_only_label.text() == "Opened read-only"
    finally:
        window.close()
        window.ctx.db.close()
