"""Settings never changes the code of a configured office (issue 12, item 4): the code is the
origin of every record the office made and how other offices know them."""

from __future__ import annotations

from hrdesk.services import offices


def test_settings_shows_the_office_code_read_only_and_never_changes_it(window, qtbot, ctx):
    page = window.show_page("settings")
    code = page.office_form.widgets["code"]
    assert code.text() == "GN"
    assert code.isReadOnly() and code.toolTip()
    qtbot.keyClicks(code, "ZZ")          # typing does nothing in a read-only field
    assert code.text() == "GN"
    code.setText("ZZ")                    # even if the field were changed, saving refuses it
    page.save()
    assert "cannot be changed" in page.office_form.error_text("code")
    office = offices.own_office(ctx.db)
    assert office["code"] == "GN"
    assert [o["code"] for o in offices.list_offices(ctx.db)] == ["GN"]
    code.setText("GN")
    page.office_form.widgets["name"].setText("Bureau en Guinée")
    page.save()                           # the name (and the rest of the profile) can still be changed
    assert offices.own_office(ctx.db)["name"] == "Bureau en Guinée"
    assert offices.own_office(ctx.db)["code"] == "GN"


def test_the_privacy_hint_sits_right_under_its_list(window, qtbot):
    """At 1366×768 the Exports box holds the list and its hint without a blank band between
    them (a wrapped label in its own form row was laid out for a narrower width)."""
    from PySide6.QtWidgets import QLabel

    window.resize(1366, 768)
    window.show()
    page = window.show_page("settings")
    qtbot.waitExposed(window)
    qtbot.wait(100)
    hint = next(label for label in page.findChildren(QLabel) if label.text().startswith("Workbooks sent"))
    combo = page.privacy
    gap = hint.mapTo(page, hint.rect().topLeft()).y() - combo.mapTo(page, combo.rect().bottomLeft()).y()
    assert 0 <= gap <= 8, gap
    assert hint.height() <= 2 * hint.fontMetrics().height()   # one line at this width, not four lines' box
