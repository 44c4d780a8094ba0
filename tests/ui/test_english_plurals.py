"""The interface in English writes real plurals ("1 person", "3 people", "2 records deleted.")
through the English numerus catalogue, never "person(s)" or "woman/women"."""

from __future__ import annotations

import datetime as dt

import pytest

from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.services.recommendations import RecommendationService
from hrdesk.ui.editors.participants_tab import COL, sex_counts_line

pytestmark = pytest.mark.gui


@pytest.fixture
def english(qapp):
    from hrdesk.ui import i18n as ui_i18n

    assert ui_i18n.switch_language(qapp, "en") == "en"
    assert len(ui_i18n.translators()) == 1   # HRDesk's English plurals; Qt needs none
    return ui_i18n


def _add_existing(tab, qtbot, name: str) -> None:
    tab.search.clear()
    qtbot.keyClicks(tab.search, name)
    qtbot.waitUntil(lambda: tab.results.count() == 1 and name in tab.results.item(0).text(),
                    timeout=3000)
    tab.add_button.click()


def test_participants_tab_counts_people_women_and_men(english, db, window, qtbot):
    people = ParticipantService(db)
    for name, sex in (("Aissatou Diallo", "female"), ("Mariama Barry", "female"),
                      ("Alpha Conde", "male")):
        people.create({"full_name": name, "sex": sex, "country": "GIN"})
    act = ActivityService(db).create({"title": "Formation des greffiers", "kind": "training",
                                      "start_date": dt.date(2024, 4, 8), "country": "GIN"})
    editor = window.show_page("activities").open_editor(act["uuid"])
    editor.tabs.setCurrentIndex(editor.participants_index)
    tab = editor.participants

    _add_existing(tab, qtbot, "Aissatou")
    assert tab.count_label.text() == "1 person: 1 woman"
    _add_existing(tab, qtbot, "Mariama")
    _add_existing(tab, qtbot, "Alpha")
    assert [tab.table.item(i, COL["full_name"]).text() for i in range(3)] == [
        "Aissatou Diallo", "Mariama Barry", "Alpha Conde"]
    assert tab.count_label.text() == "3 people: 2 women, 1 man"
    editor.dirty = False
    editor.close()


def test_count_line_in_a_dialog_reusing_it(english, db, ctx, qtbot):
    """``sex_counts_line`` is filed under the context "widget" by lupdate but called with
    the attendance dialog's class at run time: the catalogue still answers."""
    from hrdesk.ui.editors.attendance_dialog import AttendanceDialog

    act = ActivityService(db).create({"title": "Atelier", "kind": "workshop",
                                      "start_date": dt.date(2024, 5, 2), "country": "GIN"})
    dialog = AttendanceDialog(ctx, act["uuid"])
    qtbot.addWidget(dialog)
    assert sex_counts_line(dialog, ["male"]) == "1 person: 1 man"
    assert sex_counts_line(dialog, ["male", "male", "other", None]) == (
        "4 people: 2 men, 1 other, 1 not stated")
    assert sex_counts_line(dialog, []) == "0 people"
    dialog.close()


def test_deletion_messages_say_record_or_records(english, db, window, answer_yes):
    recs = RecommendationService(db)
    uuids = [recs.create({"mechanism": "upr", "symbol": "A/HRC/43/9", "paragraph": f"110.{i}",
                          "country": "GIN", "text": f"Recommendation {i}"})["uuid"] for i in (1, 2, 3)]
    page = window.show_page("recommendations")
    page.refresh()
    messages: list[str] = []
    page.ctx.message.connect(messages.append)

    page.delete_uuids(uuids[:1])   # inherited from ListPage: run with the page's own class
    assert page.undo_label.text() == "1 record deleted."
    assert page.ctx.undo_stack.undoText() == "Delete 1 record"
    page.undo_delete()
    assert messages[-1] == "1 record restored."

    page.delete_uuids(uuids[1:])
    assert page.undo_label.text() == "2 records deleted."
    assert page.ctx.undo_stack.undoText() == "Delete 2 records"
    page.undo_delete()
    assert messages[-1] == "2 records restored."
    assert page.delete_question(1) == "Delete 1 record? You can undo this."
    assert page.delete_question(3) == "Delete 3 records? You can undo this."


def test_activities_and_people_pages_in_english(english, window):
    activities = window.show_page("activities")
    assert activities.deleted_text(1) == "1 activity deleted."
    assert activities.deleted_text(4) == "4 activities deleted."
    assert activities.delete_question(1).startswith("Delete 1 activity? Its participant list")
    people = window.show_page("participants")
    assert people.deleted_text(1) == "1 person deleted."
    assert people.deleted_text(2) == "2 people deleted."


def test_french_keeps_its_own_plurals_under_an_inherited_context(qapp, window):
    """The same context fallback serves French: a message of ListPage called from the
    recommendations page is translated with the form for n."""
    from hrdesk.ui import i18n as ui_i18n

    page = window.show_page("recommendations")
    try:
        ui_i18n.switch_language(qapp, "fr")
        assert page.deleted_text(1) == "1 fiche supprimée."
        assert page.deleted_text(2) == "2 fiches supprimées."
    finally:
        ui_i18n.switch_language(qapp, "en")


def test_counts_are_written_as_the_language_writes_numbers(english, db, ctx, qtbot):
    """``%Ln``: "2,999 people" in English, "2 999 personnes" in French (Qt's ``%n`` would write
    2999); and no numerus message of the interface is left with a bare ``%n``."""
    import re
    from pathlib import Path

    from hrdesk.ui.editors.attendance_dialog import AttendanceDialog

    act = ActivityService(db).create({"title": "Atelier", "kind": "workshop",
                                      "start_date": dt.date(2024, 5, 2), "country": "GIN"})
    dialog = AttendanceDialog(ctx, act["uuid"])
    qtbot.addWidget(dialog)
    many = ["female"] * 2999 + ["male"] * 1200
    assert sex_counts_line(dialog, many) == "4,199 people: 2,999 women, 1,200 men"
    try:
        assert english.switch_language(_app(), "fr") == "fr"
        line = sex_counts_line(dialog, many)
        assert re.fullmatch(r"4[\u00a0\u202f ]199 personnes\u00a0: 2[\u00a0\u202f ]999 femmes, "
                            r"1[\u00a0\u202f ]200 hommes", line), line
    finally:
        english.switch_language(_app(), "en")
    dialog.close()

    ui = Path(__file__).resolve().parents[2] / "hrdesk" / "ui"
    bare = [f"{p.relative_to(ui)}:{i}" for p in ui.rglob("*.py")
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
            if re.search(r"""["'][^"']*(?<!L)%n\b""", line) and p.name != "i18n.py"]
    assert not bare, bare


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
