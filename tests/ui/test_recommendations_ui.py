"""The Recommendations page's "Import recommendations…" button: the dialog checks the file
off the interface thread, lists every problem, imports nothing until the file is right,
then imports all or nothing; and the editor's History tab adds dated entries."""

from __future__ import annotations

import datetime as dt

import recommendation_files as files
from PySide6.QtWidgets import QApplication

from hrdesk.safety import backups
from hrdesk.services import queries
from hrdesk.services.activities import ActivityService
from hrdesk.services.recommendations import RecommendationService, create_cluster


def _open_dialogs():
    return [w for w in QApplication.topLevelWidgets()
            if type(w).__name__ == "RecommendationImportDialog" and w.isVisible()]


def test_import_button_checks_then_imports(window, ctx, qtbot, tmp_path):
    page = window.show_page("recommendations")
    page.import_button.click()
    dialog = next(w for w in page.findChildren(_dialog_class()) if w.isVisible())
    try:
        # a matrix without a country: every row refused, nothing imported
        dialog.country.set_value(None)
        dialog.choose_file(str(files.matrix_file(tmp_path / "matrix.xlsx")))
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
        assert dialog.problems.rowCount() == 6 and not dialog.import_button.isEnabled()
        assert {dialog.problems.item(i, 1).text() for i in range(6)} == {"2", "3", "4"}
        assert "Nothing can be imported yet" in dialog.summary.text()
        assert queries.record_counts(ctx.db)["recommendations"] == 0
        # the State under review and the mechanism given in the dialog: checked again, ready
        dialog.preview = None
        dialog.country.set_value("GIN")
        dialog.mechanism.setCurrentIndex(dialog.mechanism.findData("upr"))
        qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.preview.problems, timeout=30_000)
        assert dialog.rows.rowCount() == 3 and dialog.rows.item(0, 1).text() == "New"
        assert dialog.import_button.isEnabled() and "3 new" in dialog.summary.text()
        assert queries.record_counts(ctx.db)["recommendations"] == 0     # the check imported nothing
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.imported is not None, timeout=30_000)
        assert queries.record_counts(ctx.db)["recommendations"] == 3
        assert any(b.reason == "before-import" for b in backups.list_backups(ctx.db))
        assert "Imported." in dialog.summary.text()
    finally:
        dialog.close()
    assert not _open_dialogs()


def _dialog_class():
    from hrdesk.ui.dialogs.recommendation_import_dialog import RecommendationImportDialog
    return RecommendationImportDialog


def test_editor_shows_new_fields_and_history_with_activity_evidence(window, ctx, qtbot):
    from hrdesk.ui.editors.recommendation_editor import RecommendationEditor

    cluster = create_cluster(ctx.db, {"name": "Justice"})["uuid"]
    rec = RecommendationService(ctx.db).create({
        "mechanism": "treaty_bodies", "country": "GIN", "text": "Reform the juvenile justice system.",
        "cycle": 2, "response": "supported", "cluster": cluster, "priority": "high",
        "affected_persons": ["children"], "responsible_entities": ["Ministry of Justice"]})
    ActivityService(ctx.db).create({"title": "Training of juvenile judges", "kind": "training",
                                    "start_date": dt.date(2024, 3, 4), "country": "GIN",
                                    "recommendations": [rec["uuid"]]})
    editor = RecommendationEditor(ctx, window, rec["uuid"])
    qtbot.addWidget(editor)
    form = editor.form
    assert form.widgets["cluster"].value() == cluster and form.widgets["response"].value() == "supported"
    assert form.widgets["affected_persons"].value() == ["children"]
    assert form.widgets["mechanism"].value() == "treaty_bodies"
    table = editor.history_table
    texts = [table.item(i, 2).text() for i in range(table.rowCount())]
    assert any("Training of juvenile judges" in t for t in texts)
    editor.add_history_entry(dt.date(2025, 1, 15), "partially_implemented", "Law drafted")
    assert RecommendationService(ctx.db).get(rec["uuid"])["implementation_status"] == "partially_implemented"
    assert form.widgets["implementation_status"].value() == "partially_implemented"
    assert table.rowCount() == 2 and "Law drafted" in table.item(0, 2).text()
    assert "Test User" in table.item(0, 3).text()
    editor.close()
