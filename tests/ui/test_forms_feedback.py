"""Forms that follow the user: messages that go once corrected, dates typed in the
language's format or ISO, calendars near the start date, tags completed once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from sqlalchemy import select

from hrdesk.domain.records import ACTIVITY
from hrdesk.storage import models as m
from hrdesk.storage.database import Database


def _save(editor):
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_required_message_goes_as_soon_as_the_field_is_filled(window, qtbot):
    page = window.show_page("activities")
    editor = page.open_editor(None)
    form = editor.form
    form.widgets["country"].set_value(None)
    _save(editor)
    assert form.problem_text("title") == "This field is required."
    assert form.problem_text("country") == "This field is required."
    qtbot.keyClicks(form.widgets["title"], "Dialogue with the police")
    assert form.problem_text("title") == ""
    assert not form.widgets["title"].property("invalid")
    assert form.problem_text("country") == "This field is required."   # not yet corrected
    form.widgets["title"].clear()
    qtbot.keyClicks(form.widgets["title"], "x")
    assert form.problem_text("title") == ""      # no new message before the next save
    editor.dirty = False
    editor.close()


def test_end_date_message_follows_the_start_date(window, qtbot):
    editor = window.show_page("activities").open_editor(None)
    form = editor.form
    form.widgets["start_date"].setDate(QDate(2024, 5, 10))
    form.widgets["end_date"].setDate(QDate(2024, 5, 1))
    _save(editor)
    assert "before the start date" in form.problem_text("end_date")
    form.widgets["start_date"].setDate(QDate(2024, 4, 30))
    assert form.problem_text("end_date") == ""
    editor.dirty = False
    editor.close()


def test_wizard_messages_go_as_the_user_corrects(tmp_path, qtbot):
    from hrdesk.ui.wizard import FirstRunWizard

    db = Database.open(tmp_path / "new.sqlite")
    try:
        wizard = FirstRunWizard(db)
        qtbot.addWidget(wizard)
        wizard.show()
        form = wizard.form
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert form.error_text("name") == "This field is required."
        assert form.error_text("user_name") == "This field is required."
        qtbot.keyClicks(form.widgets["name"], "OHCHR Country Office in Guinea")
        qtbot.keyClicks(form.user, "Aminata")
        assert form.error_text("name") == "" and form.error_text("user_name") == ""
        assert form.error_text("code") == "This field is required."
        wizard.close()
    finally:
        db.close()


def _date_widget(qtbot, required=False):
    from hrdesk.ui.widgets.field_widgets import make_field_widget

    widget = make_field_widget(ACTIVITY["start_date" if required else "end_date"])
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_typing_an_iso_date_into_an_empty_date_keeps_it(qtbot):
    widget = _date_widget(qtbot)
    assert widget.value() is None
    widget.setFocus()
    qtbot.keyClicks(widget, "2026-11-26")
    widget.clearFocus()
    widget.editingFinished.emit()
    assert widget.value() == dt.date(2026, 11, 26)
    assert widget.text() == "2026-11-26"            # English: ISO is the display format


def test_typing_in_french_format_and_iso(qtbot):
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        widget = _date_widget(qtbot)
        for typed in ("26/11/2026", "26/11/2026 ", "2026-11-26", "26/1/2026"):
            widget.clear()
            qtbot.keyClicks(widget, typed)
            widget.editingFinished.emit()
            expected = dt.date(2026, 1 if typed == "26/1/2026" else 11, 26)
            assert widget.value() == expected, typed
        assert widget.text() == "26/01/2026"
    finally:
        QLocale.setDefault(previous)


def test_text_that_is_no_date_is_never_dropped_silently(window, qtbot):
    editor = window.show_page("activities").open_editor(None)
    form = editor.form
    end = form.widgets["end_date"]
    qtbot.keyClicks(form.widgets["title"], "Workshop")
    qtbot.keyClicks(end, "31/02/2026x")
    end.editingFinished.emit()
    assert end.text() == "31/02/2026x"              # still there
    assert end.property("invalid") and "Not a date" in end.toolTip()
    end.clearFocus()
    end.edited.emit()
    assert "Not a date" in form.problem_text("end_date")     # said under the field at once
    _save(editor)
    assert editor.isVisible() and form.problem_text("end_date")   # refused, said under the field
    editor.dirty = False
    editor.close()


def test_calendar_opens_near_the_start_date_and_is_not_clipped(window, qtbot):
    editor = window.show_page("activities").open_editor(None)
    form = editor.form
    form.widgets["start_date"].setDate(QDate(2026, 11, 20))
    popup = form.widgets["end_date"].open_calendar()
    calendar = popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    assert popup.isVisible()
    assert calendar.width() >= calendar.sizeHint().width()
    assert calendar.height() >= calendar.sizeHint().height()
    calendar.setSelectedDate(QDate(2026, 11, 26))
    calendar.activated.emit(QDate(2026, 11, 26))
    assert form.widgets["end_date"].value() == dt.date(2026, 11, 26)
    assert not popup.isVisible()
    filter_date = _date_widget(qtbot)
    popup = filter_date.open_calendar()
    today = dt.date.today()
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (today.year, today.month)
    popup.close()
    editor.dirty = False
    editor.close()


def test_tag_completed_with_the_keyboard_is_inserted_once(sample, window, qtbot):
    editor = window.show_page("activities").open_editor(None)
    edit = editor.form.widgets["themes"]
    editor.tabs.setCurrentIndex(editor.form.tab_of["themes"])
    editor.activateWindow()
    qtbot.waitActive(editor)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)   # the line connects its completer on focus
    popup = edit.completer().popup()
    for typed, expected in (("Women", ["Women's rights"]),
                            ("rule", ["Women's rights", "Rule of law and justice"])):
        qtbot.keyClicks(edit, typed)
        qtbot.waitUntil(popup.isVisible, timeout=2000)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert edit.value() == expected
    editor.dirty = False
    editor.close()


def test_new_activity_defaults_country_and_status_from_dates(window, qtbot):
    from hrdesk.ui.editors.activity_editor import status_for_dates

    editor = window.show_page("activities").open_editor(None)
    form = editor.form
    assert form.widgets["country"].value() == "GIN"             # the office's country
    today = dt.date.today()
    form.widgets["start_date"].set_value(today + dt.timedelta(days=30))
    form.widgets["start_date"].edited.emit()
    assert form.widgets["status"].value() == "planned"
    form.widgets["start_date"].setDate(QDate(2024, 3, 4))
    assert form.widgets["status"].value() == "completed"
    form.widgets["status"].setCurrentIndex(form.widgets["status"].findData("cancelled"))  # the user's choice
    form.widgets["start_date"].setDate(QDate(today.year + 1, 1, 5))
    assert form.widgets["status"].value() == "cancelled"          # kept
    assert status_for_dates(today, today + dt.timedelta(days=2), today) == "ongoing"
    editor.dirty = False
    editor.close()


def test_saving_an_activity_says_so_in_the_status_bar(window, qtbot, ctx):
    editor = window.show_page("activities").open_editor(None)
    qtbot.keyClicks(editor.form.widgets["title"], "Dialogue with the police")
    editor.form.widgets["kind"].set_value("workshop")
    _save(editor)
    assert not editor.isVisible()
    assert "Activity saved" in window.statusBar().currentMessage()
    assert "Dialogue with the police" in window.statusBar().currentMessage()


def test_reach_is_one_block_that_fits_the_editor_with_totals_from_the_grid(window, qtbot, ctx):
    from hrdesk.services.activities import ActivityService

    editor = window.show_page("activities").open_editor(None)
    form = editor.form
    assert editor.size().width() == 1040
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(form.pages["reach"]))
    qtbot.waitExposed(editor)
    page = form.pages["reach"]
    qtbot.waitUntil(lambda: not page.horizontalScrollBar().isVisible(), timeout=2000)  # Total not cut off
    grid = form.widgets["reach_by_age"]
    women, men, total = form.widgets["reach_women"], form.widgets["reach_men"], form.widgets["reach_total"]
    assert women.parentWidget() is grid and total.parentWidget() is grid   # one block
    assert grid.geometry().right() <= page.viewport().width()
    grid._boxes[("women", "under_18")].setValue(3)
    grid._boxes[("women", "18_24")].setValue(4)
    assert women.value() == 7 and women.isReadOnly()              # computed from the grid
    qtbot.keyClicks(men, "5")                                     # no age groups: typed
    assert men.value() == 5 and not men.isReadOnly()
    assert total.value() == 12 and total.isReadOnly()
    assert grid._boxes[("men", "under_18")].text().strip() == ""   # blank, not 0
    qtbot.keyClicks(form.widgets["title"], "Outreach")
    form.widgets["kind"].set_value("workshop")
    _save(editor)
    assert not editor.isVisible()
    with ctx.db.read_session() as s:
        uuid = s.scalar(select(m.Activity.uuid).where(m.Activity.title == "Outreach"))
    data = ActivityService(ctx.db).get(uuid)
    assert (data["reach_women"], data["reach_men"], data["reach_other"], data["reach_total"]) == (7, 5, None, 12)
    assert data["reach_by_age"] == {("women", "under_18"): 3, ("women", "18_24"): 4}


def test_reach_total_alone_stays_typed(window, qtbot):
    editor = window.show_page("activities").open_editor(None)
    total = editor.form.widgets["reach_total"]
    assert not total.isReadOnly()
    total.set_value(1200)
    assert total.value() == 1200 and not total.isReadOnly()
    editor.dirty = False
    editor.close()
