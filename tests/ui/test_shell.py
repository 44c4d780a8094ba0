"""The first-run wizard, the main window's navigation, status bar, menus and memory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from hrdesk.services import offices, settings
from hrdesk.storage.database import Database


def test_wizard_creates_the_office_and_shows_messages_beside_fields(tmp_path, qtbot):
    from hrdesk.ui.wizard import FirstRunWizard

    db = Database.open(tmp_path / "new.sqlite")
    try:
        assert not offices.is_configured(db)
        wizard = FirstRunWizard(db)
        qtbot.addWidget(wizard)
        wizard.show()
        form = wizard.form
        qtbot.keyClicks(form.widgets["code"], "gn office!")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert wizard.isVisible()
        assert form.error_text("name") == "This field is required."
        assert form.error_text("user_name") == "This field is required."
        assert "capital letters" in form.error_text("code")
        assert not offices.is_configured(db)

        form.widgets["code"].clear()
        qtbot.keyClicks(form.widgets["code"], "gn")
        qtbot.keyClicks(form.widgets["name"], "OHCHR Country Office in Guinea")
        country = form.widgets["country"]
        country.lineEdit().clear()
        country.lineEdit().insert("guinée")  # accents and case do not matter (keyClicks is ASCII-only)
        form.user.insert("Aminata Touré")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert offices.is_configured(db)
        office = offices.own_office(db)
        assert (office["code"], office["name"], office["kind"], office["country"]) == (
            "GN", "OHCHR Country Office in Guinea", "country_office", "GIN")
        assert settings.get(db, settings.USER_NAME) == "Aminata Touré"
        assert wizard.result() == QWizard.DialogCode.Accepted
    finally:
        db.close()


def test_main_window_pages_status_and_remembered_view(sample, window, qtbot, ctx):
    from hrdesk.ui.main_window import MainWindow

    keys = [window.navigation.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.navigation.count())]
    assert keys == ["dashboard", "activities", "participants", "recommendations", "reports", "exchange",
                    "audit", "settings"]
    assert window.counts_label.text().startswith("3 activit")  # "%Ln activity(ies)": English forms in hrdesk_en.ts
    assert "GN" in window.office_label.text()
    from hrdesk.ui.pages.base import ComingPage

    for key in ("dashboard", "reports", "exchange"):
        page = window.show_page(key)
        if isinstance(page, ComingPage):  # until its feature replaces it: a designed empty state
            assert page.empty.title_label.text() and page.empty.text_label.text()
    window.show_page("participants")
    assert window.actionNew.shortcut().toString() == "Ctrl+N"
    assert window.actionRefresh.shortcut().toString() == "F5"
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.current_page().key == "participants"
    about = again.about()
    assert "MIT" in about.text() and str(ctx.db.path) in about.text()
    from hrdesk.build_info import build_id

    assert f"(build {build_id()})" in about.text()
    about.close()


def test_settings_page_saves_office_and_privacy(window, qtbot, ctx):
    page = window.show_page("settings")
    page.office_form.widgets["name"].setText("Bureau en Guinée")
    page.save()
    assert offices.own_office(ctx.db)["name"] == "Bureau en Guinée"
    page.privacy.setCurrentIndex(page.privacy.findData("aggregate"))
    assert settings.get(ctx.db, settings.DEFAULT_PRIVACY) == "aggregate"
    page.office_form.widgets["name"].setText("")
    page.save()
    assert page.office_form.error_text("name")
    assert offices.own_office(ctx.db)["name"] == "Bureau en Guinée"


def test_start_reports_a_bad_database_in_a_message_box(tmp_path, qapp, qtbot, monkeypatch):
    """The window is painted first; the database that cannot be opened is said in a message,
    then the window closes and the app ends with 1."""
    from PySide6.QtWidgets import QMessageBox

    from hrdesk.ui import app as app_module

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    bad = tmp_path / "notes.sqlite"
    bad.write_text("this is not a database")
    closed: list[int] = []
    _app, window = app_module.start({"db": str(bad)}, on_closed=closed.append)
    assert window.isVisible() and window.ctx.db is None
    qtbot.waitUntil(lambda: closed == [1])
    assert shown and str(bad) in shown[0]
    assert not window.isVisible() and window.ctx.db is None


def test_start_runs_the_wizard_on_a_new_database_then_opens_the_window(tmp_path, qapp, qtbot, monkeypatch):
    from hrdesk.ui import app as app_module
    from hrdesk.ui.wizard import FirstRunWizard

    def fake_exec(wizard):
        wizard.form.widgets["code"].setText("BI")
        wizard.form.widgets["name"].setText("Bureau au Burundi")
        wizard.form.widgets["country"].set_value("BDI")
        wizard.form.user.setText("Jean")
        return FirstRunWizard.DialogCode.Accepted if wizard.finish_configuration() else 0

    monkeypatch.setattr(FirstRunWizard, "exec", fake_exec)
    _app, window = app_module.start({"db": str(tmp_path / "new.sqlite"), "lang": "en"})
    try:
        qtbot.waitUntil(lambda: window.ctx.db is not None)
        assert "BI" in window.office_label.text()
        assert window.isVisible() and window.current_page().key == "activities"
    finally:
        window.close()
        window.ctx.db.close()
        window.ctx.lock.release()


def test_encrypted_database_asks_for_the_passphrase(tmp_path, qapp, monkeypatch):
    pytest.importorskip("sqlcipher3")
    from hrdesk.storage.database import PassphraseNeeded
    from hrdesk.ui import opening as app_module

    path = tmp_path / "secret.sqlite"
    Database.open(path, passphrase="correct horse").close()
    asked = []

    def ask(p, wrong):
        asked.append(wrong)
        return "wrong" if len(asked) == 1 else "correct horse"

    session = app_module.open_session(path, ask=ask)
    try:
        assert asked == [False, True] and session.db.encrypted
    finally:
        session.close()
    assert app_module.open_session(path, ask=lambda p, wrong: None) is None   # cancelled
    with pytest.raises(PassphraseNeeded):
        Database.open(path)


def test_second_instance_opens_read_only_with_a_message(db_path, db, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from hrdesk.safety.lock import acquire_writer_lock
    from hrdesk.ui import opening as app_module

    said = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: said.append(text)))
    first = acquire_writer_lock(db_path)
    try:
        second = app_module.open_session(db_path)
        assert said and second.read_only and second.db.read_only
        second.close()
    finally:
        first.release()


def test_unexpected_errors_are_logged_and_explained(qapp, monkeypatch, caplog):
    import sys

    from PySide6.QtWidgets import QApplication, QMessageBox

    from hrdesk.ui import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module.install_error_handler()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "RuntimeError" in boxes[-1].text()
    assert "unexpected error in the interface" in caplog.text
    for box in boxes:
        box.close()


def test_changing_the_language_in_settings_rebuilds_the_window_in_that_language(window, qtbot, ctx, qapp):
    from hrdesk.ui.i18n import switch_language

    page = window.show_page("settings")
    combo = page.office_form.language
    if not combo.model().item(combo.findData("fr")).isEnabled():
        pytest.skip("French interface catalogue not built")
    combo.setCurrentIndex(combo.findData("fr"))
    try:
        page.save()
        qtbot.waitUntil(lambda: ctx.window is not window, timeout=3000)
        new = ctx.window
        assert settings.get(ctx.db, settings.LANGUAGE) == "fr"
        assert new.navigation.item(1).text() == "Activités"
        assert new.current_page().key == "settings"
        ctx.message.emit("ok")   # the old window is gone; messages reach the new one
        assert new.statusBar().currentMessage() == "ok"
    finally:
        switch_language(qapp, "en")


def test_settings_page_says_plainly_whether_the_database_is_encrypted(window, ctx, monkeypatch):
    from hrdesk.ui.pages import settings_page

    page = window.show_page("settings")
    assert ctx.db.passphrase is None
    page.activate()
    assert page.encryption_label.text().startswith("Not encrypted. Recommended")
    monkeypatch.setattr(settings_page, "encryption_available", lambda: False)
    page.activate()
    assert "not available on this computer" in page.encryption_label.text()
    monkeypatch.setattr(ctx.db, "_passphrase", "a long passphrase")
    page.activate()
    assert page.encryption_label.text().startswith("Encrypted with a passphrase")
