"""The Activities page and the activity editor, driven through the real widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from hrdesk.services import queries
from hrdesk.services.activities import ActivityService
from hrdesk.services.participations import ParticipationService
from hrdesk.storage import models as m
from hrdesk.ui.editors.participants_tab import COL


def _save_button(editor):
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save)


def _count(db, model) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def test_activity_with_sdg_targets_partners_and_three_participants(sample, window, qtbot, ctx):
    page = window.show_page("activities")
    window.actionNew.trigger()
    editor = page.editor
    assert editor.isVisible()
    form = editor.form.widgets
    qtbot.keyClicks(form["title"], "Workshop on pre-trial detention")
    form["kind"].set_value("training")
    form["country"].lineEdit().clear()
    qtbot.keyClicks(form["country"].lineEdit(), "Guinea")
    form["start_date"].setDate(QDate(2024, 9, 10))
    form["end_date"].setDate(QDate(2024, 9, 12))
    editor.tabs.setCurrentIndex(2)
    form["sdg_targets"].search.setText("16.3")
    form["sdg_targets"].check("16.3")
    form["sdg_targets"].check("5.2")
    qtbot.keyClicks(form["partners"], "UNDP; Bar Association")
    tab = editor.participants
    editor.tabs.setCurrentIndex(editor.participants_index)
    # 1. created inline
    qtbot.keyClicks(tab.new_name, "Ibrahima Sow")
    qtbot.keyClicks(tab.new_org, "Police nationale")
    tab.new_add.click()
    # 2. found by search as you type
    qtbot.keyClicks(tab.search, "mamadou")
    qtbot.waitUntil(lambda: tab.results.count() == 1, timeout=2000)
    tab.add_button.click()
    # 3. resembles someone registered (same name in another order, same organisation): use the existing person
    qtbot.keyClicks(tab.new_name, "CAMARA Fatoumata")
    qtbot.keyClicks(tab.new_org, "Barreau de Guinee")
    tab.new_org.setText("Barreau de Guinée")
    tab.new_add.click()
    assert tab.warning.isVisible() and "Fatoumata Camara" in tab.warning.text()
    assert tab.use_existing.isVisible()
    tab.use_existing.click()
    assert [r.full_name for r in tab.rows] == ["Ibrahima Sow", "Mamadou Bah", "Fatoumata Camara"]
    tab.table.item(1, COL["pre_score"]).setData(Qt.ItemDataRole.EditRole, 45.0)  # Mamadou Bah
    role = tab.table.item(0, COL["role"])                            # Ibrahima Sow facilitated
    delegate = tab.table.itemDelegateForColumn(COL["role"])
    combo = delegate.createEditor(tab.table.viewport(), None, tab.table.model().index(0, COL["role"]))
    combo.setCurrentIndex(combo.findData("facilitator"))
    delegate.setModelData(combo, tab.table.model(), tab.table.model().index(0, COL["role"]))
    assert role.text() == "Facilitator"
    people_before = _count(ctx.db, m.Participant)
    _save_button(editor).click()
    assert not editor.isVisible()

    found = queries.list_activities(ctx.db, queries.ActivityScope(text="pre-trial")).rows
    assert len(found) == 1
    saved = ActivityService(ctx.db).get(found[0]["uuid"])
    assert saved["sdg_targets"] == ["5.2", "16.3"]
    assert sorted(saved["partners"]) == ["Bar Association", "UNDP"]
    assert (saved["kind"], saved["country"], saved["end_date"]) == ("training", "GIN", dt.date(2024, 9, 12))
    parts = ParticipationService(ctx.db).for_activity(saved["uuid"])
    assert sorted(p["full_name"] for p in parts) == ["Fatoumata Camara", "Ibrahima Sow", "Mamadou Bah"]
    camara = next(p for p in parts if p["full_name"] == "Fatoumata Camara")
    assert camara["participant"] == sample["people"][1]["uuid"]
    assert next(p for p in parts if p["full_name"] == "Mamadou Bah")["pre_score"] == 45.0
    assert next(p for p in parts if p["full_name"] == "Ibrahima Sow")["role"] == "facilitator"
    assert _count(ctx.db, m.Participant) == people_before + 1  # only the inline person is new
    assert page.model.total == 4


def test_invalid_input_shows_messages_at_the_fields_and_saves_nothing(sample, window, qtbot, ctx):
    page = window.show_page("activities")
    editor = page.open_editor(None)
    form = editor.form
    form.widgets["country"].set_value(None)   # cleared: a new activity starts with the office's country
    form.widgets["start_date"].setDate(QDate(2024, 5, 10))
    form.widgets["end_date"].setDate(QDate(2024, 5, 1))
    form.widgets["kind"].set_value("workshop")
    form.widgets["reach_women"].setValue(10)
    form.widgets["reach_total"].setValue(3)
    before = _count(ctx.db, m.Activity)
    _save_button(editor).click()
    assert editor.isVisible()
    assert form.problem_text("title") == "This field is required."
    assert form.problem_text("country") == "This field is required."
    assert form.problem_text("kind") == ""
    assert form.widgets["title"].property("invalid") is True
    assert editor.tabs.currentIndex() == 0
    qtbot.keyClicks(form.widgets["title"], "Dialogue with the police")
    form.widgets["country"].set_value("GIN")
    _save_button(editor).click()
    assert "before the start date" in form.problem_text("end_date")
    assert "add up to 10" in form.problem_text("reach_total")
    assert form.problem_text("title") == ""
    assert _count(ctx.db, m.Activity) == before
    editor.dirty = False
    editor.close()


def test_edit_soft_delete_and_undo(sample, window, qtbot, ctx, answer_yes):
    page = window.show_page("activities")
    target = sample["activities"][1]
    row = next(i for i in range(page.model.total) if page.model.row(i)["uuid"] == target["uuid"])
    page.open_row(page.model.row(row))
    editor = page.editor
    editor.form.widgets["title"].setText("Monitoring mission to Nzérékoré central prison")
    editor.form.edited.emit()
    _save_button(editor).click()
    assert ActivityService(ctx.db).get(target["uuid"])["title"].endswith("central prison")

    page.table.selectRow(row)
    page.table.setFocus()
    window.actionDelete.trigger()
    assert answer_yes and "undo" in answer_yes[0].lower()
    assert page.model.total == 2
    assert ActivityService(ctx.db).get(target["uuid"], include_deleted=True)["deleted"]
    assert page.undo_bar.isVisible()
    page.undo_button.click()
    assert page.model.total == 3
    assert not ActivityService(ctx.db).get(target["uuid"])["deleted"]
    ctx.undo_stack.redo()   # Edit → Redo deletes again
    assert page.model.total == 2
    page.deleted_box.setChecked(True)   # deleted records can be shown, struck out, and restored
    assert page.model.total == 3
    row = next(i for i in range(3) if page.model.row(i)["uuid"] == target["uuid"])
    assert page.model.data(page.model.index(row, 2), Qt.ItemDataRole.FontRole).strikeOut()
    page.restore_deleted([target["uuid"]])
    assert not ActivityService(ctx.db).get(target["uuid"])["deleted"]


def test_unsaved_changes_guard(sample, window, qtbot, ctx, monkeypatch):
    page = window.show_page("activities")
    editor = page.open_editor(sample["activities"][0]["uuid"])
    qtbot.keyClicks(editor.form.widgets["title"], " (draft)")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel))
    editor.reject()
    assert asked and editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    editor.reject()
    assert not editor.isVisible()
    assert not ActivityService(ctx.db).get(sample["activities"][0]["uuid"])["title"].endswith("(draft)")


def test_duplicate_as_new(sample, window, ctx):
    page = window.show_page("activities")
    page.duplicate(sample["activities"][0]["uuid"])
    assert page.editor.form.widgets["title"].value().endswith("(copy)")
    assert page.model.total == 4


def test_search_and_filters_return_the_right_rows(sample, window, qtbot):
    page = window.show_page("activities")
    model = page.model

    def titles():
        return sorted(model.row(i)["title"] for i in range(model.total))

    qtbot.keyClicks(page.search, "nzerekore")   # accents and case ignored, debounced
    qtbot.waitUntil(lambda: model.total == 1, timeout=2000)
    assert titles() == ["Monitoring mission to Nzérékoré prison"]
    assert page.count_label.text() == "Matches: 1"
    page.search.clear()
    page.apply_filter()
    assert model.total == 3
    page.kind.setCurrentIndex(page.kind.findData("training"))
    assert titles() == ["Training of judges on fair trial"]
    page.kind.setCurrentIndex(0)
    page.country.set_value("SEN")
    assert titles() == ["Campagne radio sur les droits des femmes"]
    page.country.set_value(None)
    page.goal.setCurrentIndex(page.goal.findData(16))
    assert len(titles()) == 2
    page.goal.setCurrentIndex(0)
    page.load_themes()  # the themes in use (loaded just after the page shows)
    page.theme.setCurrentIndex(page.theme.findData("Prevention of torture"))
    assert titles() == ["Monitoring mission to Nzérékoré prison"]
    page.theme.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("ongoing"))
    assert model.total == 1
    page.status.setCurrentIndex(0)
    page.date_from.setDate(QDate(2024, 1, 1))
    page.date_to.setDate(QDate(2024, 3, 31))
    assert titles() == ["Training of judges on fair trial"]
    page.search.setText("no such activity")
    page.apply_filter()
    assert model.total == 0 and page.stack.currentWidget() is page.empty
    assert "No activity matches" in page.empty.title_label.text()
    # sorting on a header click sorts in SQL
    page.search.clear()
    page.date_from.set_value(None)
    page.date_to.set_value(None)
    page.apply_filter()
    page.table.horizontalHeader().sectionClicked.emit(2)
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [model.row(i)["title"][:8] for i in range(3)] == ["Campagne", "Monitori", "Training"]


def test_read_only_database_refuses_changes_with_a_message(sample, db, db_path, qtbot, monkeypatch):
    from hrdesk.storage.database import Database
    from hrdesk.ui.context import AppContext
    from hrdesk.ui.pages.activities import ActivitiesPage

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text)))
    read_only = Database.open(db_path, read_only=True)
    try:
        ctx = AppContext(read_only)
        page = ActivitiesPage(ctx)
        qtbot.addWidget(page)
        page.activate()
        page.delete_uuids([sample["activities"][0]["uuid"]])
        assert warnings and ctx.undo_stack.count() == 0
        editor = page.open_editor(sample["activities"][0]["uuid"])
        editor.form.widgets["title"].setText("Changed")
        _save_button(editor).click()
        assert editor.isVisible() and editor.bannerLabel.text()
        editor.dirty = False
        editor.close()
        ctx.worker.wait()
    finally:
        read_only.close()
    assert not ActivityService(db).get(sample["activities"][0]["uuid"])["deleted"]
    assert ActivityService(db).get(sample["activities"][0]["uuid"])["title"] != "Changed"
