"""Participants registry (search, filters, editor, duplicates and merge), recommendations,
the background worker and the screenshots command."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hrdesk.services import participants, queries
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.services.recommendations import RecommendationService


def test_participants_search_filters_and_editor(sample, window, qtbot, ctx):
    page = window.show_page("participants")
    assert page.model.total == 2
    qtbot.keyClicks(page.search, "barreau")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=2000)
    assert page.model.row(0)["full_name"] == "Fatoumata Camara"
    page.search.clear()
    page.sex.setCurrentIndex(page.sex.findData("male"))
    assert [page.model.row(i)["full_name"] for i in range(page.model.total)] == ["Mamadou Bah"]
    page.open_row(page.model.row(0))
    editor = page.editor
    assert "Training of judges" in editor.attended.item(0, 1).text()
    editor.form.widgets["email"].setText("not an address")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.isVisible() and "e-mail" in editor.form.problem_text("email")
    editor.form.widgets["email"].setText("m.bah@example.org")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not editor.isVisible()
    assert ParticipantService(ctx.db).get(sample["people"][0]["uuid"])["email"] == "m.bah@example.org"


def test_two_duplicate_participants_are_merged(db, window, qtbot, ctx, answer_yes):
    people = ParticipantService(db)
    a = people.create({"full_name": "Aïssatou Diallo", "sex": "female", "organisation": "INIDH", "country": "GIN"})
    b = people.create({"full_name": "DIALLO Aissatou", "sex": "female", "organisation": "inidh"})
    act = ActivityService(db).create({"title": "Seminar", "kind": "seminar", "start_date": dt.date(2024, 2, 1),
                                      "country": "GIN"})
    ParticipationService(db).create({"activity": act["uuid"], "participant": b["uuid"]})
    page = window.show_page("participants")
    dialog = page.find_duplicates()
    tree = dialog.groupsTree
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)   # found on the database thread
    assert tree.topLevelItemCount() == 1
    group = tree.topLevelItem(0)
    keep = next(group.child(i) for i in range(group.childCount()) if group.child(i).text(0) == "Aïssatou Diallo")
    tree.setCurrentItem(keep)
    assert dialog.mergeButton.isEnabled()
    dialog.mergeButton.click()
    qtbot.waitUntil(lambda: ParticipantService(db).get(b["uuid"], include_deleted=True)["deleted"]
                    and not dialog.loading and tree.topLevelItemCount() == 0, timeout=5000)
    assert participants.duplicate_groups(db) == []
    assert ParticipantService(db).get(b["uuid"], include_deleted=True)["deleted"]
    moved = ParticipationService(db).for_activity(act["uuid"])
    assert [p["participant"] for p in moved] == [a["uuid"]]
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=2000)


def test_recommendation_editor_and_linked_activities(sample, window, qtbot, ctx):
    page = window.show_page("recommendations")
    assert page.stack.currentWidget() is page.empty
    editor = page.open_editor(None)
    form = editor.form.widgets
    form["mechanism"].set_value("cat")
    form["country"].set_value("GIN")
    form["symbol"].setText("CAT/C/GIN/CO/2")
    form["paragraph"].setText("12 (b)")
    form["text"].setPlainText("Ensure that all detainees are brought before a judge within 48 hours.")
    form["sdg_targets"].check("16.3")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not editor.isVisible()
    rec = queries.list_recommendations(ctx.db).rows[0]
    assert rec["symbol"] == "CAT/C/GIN/CO/2"
    # link an activity to it through the activity editor's picker
    act_page = window.show_page("activities")
    act_editor = act_page.open_editor(sample["activities"][1]["uuid"])
    picker = act_editor.form.widgets["recommendations"]
    picker.search.setText("CAT/C/GIN")
    picker._populate()
    picker.list.item(0).setCheckState(picker.list.item(0).checkState().Checked)
    act_editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not act_editor.isVisible()
    assert RecommendationService(ctx.db).activities_of(rec["uuid"])[0]["uuid"] == sample["activities"][1]["uuid"]
    page = window.show_page("recommendations")
    page.refresh()
    page.open_row(page.model.row(0))
    assert page.editor.linked.rowCount() == 1
    page.editor.close()


def test_worker_reports_results_progress_and_errors(ctx, qtbot):
    results, errors, steps = [], [], []

    def work(progress):
        for i in range(3):
            progress.update(i + 1, 3)
        return "done"

    job = ctx.worker.run(work, results.append, errors.append)
    job.signals.progress.connect(lambda d, t, _m: steps.append(d))
    qtbot.waitUntil(lambda: results == ["done"], timeout=3000)
    ctx.worker.run(lambda p: 1 / 0, results.append, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=3000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_cancel_in_the_progress_dialog_cancels_the_job(ctx, qtbot, tmp_path):
    """The Cancel button of the progress dialog reaches the core job through its Progress:
    the export stops with the one Cancelled and writes no file."""
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    from hrdesk.domain.progress import Cancelled
    from hrdesk.exchange import export_workbook
    from hrdesk.ui.worker import run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    started, results, errors = threading.Event(), [], []
    target = tmp_path / "x.xlsx"

    def work(progress):
        progress.update(0, 1, "waiting")
        started.set()
        for _i in range(500):  # until the dialog's Cancel button is pressed (5 s at most)
            if progress.cancelled:
                break
            threading.Event().wait(0.01)
        return export_workbook(ctx.db, target, privacy="full", progress=progress)

    run_with_progress(ctx.worker, parent, "Working…", work, results.append, errors.append)
    qtbot.waitUntil(started.is_set, timeout=3000)
    dialog = parent.findChild(QProgressDialog)
    dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: bool(errors or results), timeout=8000)
    assert results == [] and isinstance(errors[0], Cancelled)
    assert not target.exists() and list(tmp_path.glob("*.part")) == []


def test_screenshots_command_writes_one_png_per_view(sample, db_path, tmp_path, qapp):
    from PySide6.QtGui import QImage

    from hrdesk.__main__ import main

    out = tmp_path / "shots"
    assert main(["screenshots", str(out), "--db", str(db_path)]) == 0
    files = sorted(p.name for p in out.glob("*.png"))
    views = {f.split("-", 1)[1].removesuffix(".png") for f in files}
    assert {"dashboard", "activities", "participants", "recommendations", "reports", "exchange",
            "settings"} <= views
    assert any("activity-editor-participants" in f for f in files)
    image = QImage(str(out / "02-activities.png"))
    assert (image.width(), image.height()) == (1366, 768)


def test_new_participant_resembling_someone_is_flagged_before_saving(sample, window, qtbot, ctx):
    page = window.show_page("participants")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)          # Enter opens the person
    assert page.editor.isVisible()
    page.editor.close()
    editor = page.open_editor(None)
    editor.form.widgets["full_name"].setText("bah mamadou")
    editor.form.widgets["organisation"].setText("Tribunal de Conakry")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.isVisible() and "Mamadou Bah" in editor.bannerLabel.text()
    assert page.model.total == 2
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()   # a namesake after all
    assert not editor.isVisible()
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=2000)
    assert "No export yet" in window.export_label.text()


def test_participants_and_recommendations_open_sorted_a_to_z(db, window, qtbot):
    people = ParticipantService(db)
    for name in ("Kouassi Yao", "Zongo Awa", "Koïvogui Pé", "Ávila Rosa", "bah Oumar"):
        people.create({"full_name": name, "sex": "female"})
    recs = RecommendationService(db)
    for symbol in ("CAT/C/GIN/CO/2", "A/HRC/43/9", "CMW/C/ECU/CO/3"):
        recs.create({"mechanism": "upr", "symbol": symbol, "country": "GIN", "text": "Recommendation " + symbol})
    page = window.show_page("participants")
    assert not page.model.descending and page.model.sort_key == "full_name"
    header = page.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert [page.model.row(i)["full_name"] for i in range(page.model.total)] == [
        "Ávila Rosa", "bah Oumar", "Koïvogui Pé", "Kouassi Yao", "Zongo Awa"]
    page = window.show_page("recommendations")
    assert not page.model.descending
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert [page.model.row(i)["symbol"] for i in range(page.model.total)] == [
        "A/HRC/43/9", "CAT/C/GIN/CO/2", "CMW/C/ECU/CO/3"]


def test_screenshots_without_a_screen_draw_off_screen(sample, db_path, tmp_path):
    """No DISPLAY, no QT_QPA_PLATFORM: the command renders off screen instead of aborting
    with Qt's platform-plugin message (and an empty folder)."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "shots"
    done = subprocess.run([sys.executable, "-m", "hrdesk", "screenshots", str(out), "--db", str(db_path)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "platform plugin" not in done.stderr
    assert any("activity-editor-reach" in p.name for p in out.glob("*.png"))
    assert len(list(out.glob("*.png"))) >= 8


def test_offscreen_is_chosen_only_without_a_screen():
    from hrdesk.ui.screenshots import use_offscreen_without_a_screen

    for environ, expected in (({}, "offscreen"), ({"DISPLAY": ":0"}, "xcb;offscreen"),
                              ({"WAYLAND_DISPLAY": "wayland-0"}, None),
                              ({"QT_QPA_PLATFORM": "minimal"}, "minimal")):
        use_offscreen_without_a_screen(environ, "linux")
        assert environ.get("QT_QPA_PLATFORM") == expected
    windows: dict = {}
    use_offscreen_without_a_screen(windows, "win32")
    assert windows == {}
