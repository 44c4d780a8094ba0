"""The first-run wizard, the main window's navigation, status bar, menus and memory."""

from __future__ import annotations

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
    assert "3 activities" in window.counts_label.text()
    assert "GN" in window.office_label.text()
    for key in ("dashboard", "reports", "exchange"):
        page = window.show_page(key)
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
