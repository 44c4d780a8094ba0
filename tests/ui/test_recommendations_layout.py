"""What a user sees of the recommendations follow-up at 1366×768 (English, French, Spanish):
filter lists not cut, long cluster names elided with '…' (whole in a tooltip) or wrapped,
table rows as tall as their text, the import dialog naming fields by their label and showing
no empty table, and the page area during start-up."""

from __future__ import annotations

import datetime as dt

import pytest
import recommendation_files as files
from app_windows import close_started_window
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QLabel, QStyle, QStyleOptionComboBox

from hrdesk.services import recommendations as recs
from hrdesk.services.recommendations import RecommendationService

NOTE = "Bill drafted by the Ministry of Justice, sent to the Council of Ministers"
LONG_NAME = "Administration of justice and fair trial, including detention conditions and legal aid"


@pytest.fixture
def followed(db):
    service = RecommendationService(db)
    made = [service.create({"mechanism": "upr", "country": "GIN", "symbol": "A/HRC/49/7", "paragraph": f"115.{i}",
                            "text": f"Protect journalists and media workers number {i} (Norway);",
                            "cycle": 3, "response": "supported"})["uuid"] for i in range(3)]
    recs.create_cluster(db, {"name": LONG_NAME}, made[:2])
    return made


def _page(window, qtbot):
    page = window.show_page("recommendations")
    qtbot.waitUntil(lambda: page.counts is not None and page.cluster.count() > 2, timeout=15_000)
    return page


def _text_room(combo: QComboBox) -> int:
    """The width the combo box has for its text (without its arrow and frame)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_follow_up_filter_lists_show_their_first_label_whole(window, ctx, qapp, qtbot, followed, language):
    from hrdesk.ui import i18n as ui_i18n
    from hrdesk.ui.main_window import MainWindow

    ui_i18n.switch_language(qapp, language)
    win = MainWindow(ctx)
    try:
        win.resize(1366, 768)
        win.show()
        page = _page(win, qtbot)
        qapp.processEvents()
        assert win.width() <= 1366
        # the four lists equally wide (the first, the cycle, was the narrowest: cut in Spanish)
        widths = [combo.width() for combo in (page.cycle, page.response, page.cluster, page.entity)]
        assert max(widths) - min(widths) <= 2, widths
        for combo in (page.cycle, page.response, page.cluster, page.entity):
            text = combo.itemText(0)   # 'Cualquier ciclo' was cut to 'Cualquier ciclc'
            assert combo.fontMetrics().horizontalAdvance(text) <= _text_room(combo), (language, text)
    finally:
        win.close()
        win.deleteLater()
        ui_i18n.switch_language(qapp, "en")


def test_matrix_elides_a_long_cluster_name_with_an_ellipsis(window, qtbot, followed):
    page = _page(window, qtbot)
    page.matrix_button.click()
    qtbot.waitUntil(lambda: page.matrix.table.rowCount() == 3, timeout=15_000)
    header = page.matrix.table.verticalHeader()
    item = page.matrix.table.verticalHeaderItem(0)
    assert item.toolTip() == LONG_NAME
    assert item.text().endswith("…") and LONG_NAME.startswith(item.text()[:-1])
    bold = QFont(header.font())
    bold.setBold(True)
    # the headings are bold: the elided name fits the header as painted (it was cut mid-word)
    assert QFontMetrics(bold).horizontalAdvance(item.text()) < header.width()
    assert header.width() < 360
    assert page.matrix.table.verticalHeaderItem(1).text() == "Not in a cluster"


def test_clusters_dialog_wraps_a_long_cluster_name(window, qtbot, qapp, followed):
    page = _page(window, qtbot)
    dialog = page.open_clusters()
    try:
        qtbot.waitUntil(lambda: dialog.loaded and dialog.clusters.count() == 1, timeout=15_000)
        qapp.processEvents()
        item = dialog.clusters.item(0)
        assert LONG_NAME in item.text() and item.toolTip() == item.text()
        assert dialog.clusters.wordWrap()
        assert not dialog.clusters.horizontalScrollBar().isVisible()   # was cut behind a scroll bar
        assert dialog.width() <= 1366 and dialog.height() <= 768
    finally:
        dialog.close()


def test_history_rows_are_as_tall_as_their_text(window, ctx, qtbot, qapp, followed):
    from hrdesk.ui.editors.recommendation_editor import RecommendationEditor

    RecommendationService(ctx.db).add_history(followed[0], {"date": dt.date(2025, 3, 1),
                                                            "status": "in_progress", "note": NOTE})
    editor = RecommendationEditor(ctx, window, followed[0])
    try:
        editor.show()
        editor.tabs.setCurrentIndex(editor.history_tab)
        qtbot.waitUntil(lambda: editor.history_table.isVisible())
        qapp.processEvents()
        table = editor.history_table
        assert table.rowCount() == 1 and table.item(0, 2).text() == NOTE
        # a one-line entry on one line (measured before the tab was shown, it took six)
        assert table.rowHeight(0) <= 2 * table.fontMetrics().lineSpacing() + 12
        assert editor.width() <= 1366 and editor.height() <= 768
    finally:
        editor.dirty = False
        editor.close()


def test_import_dialog_names_fields_by_label_and_shows_no_empty_table(window, ctx, qtbot, qapp, tmp_path):
    from hrdesk.ui.dialogs.recommendation_import_dialog import RecommendationImportDialog

    dialog = RecommendationImportDialog(ctx, window)
    try:
        dialog.show()
        qapp.processEvents()
        assert not dialog.problems.isVisible() and not dialog.rows.isVisible()   # no file yet: no empty table
        dialog.country.set_value(None)
        dialog.choose_file(str(files.matrix_file(tmp_path / "matrix.xlsx")))
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
        qapp.processEvents()
        assert dialog.problems.isVisible() and dialog.problems.rowCount() > 0
        without_column = [i for i, p in enumerate(dialog.preview.problems) if not p.column and p.field]
        assert without_column
        for i in without_column:   # the field's label, not its internal name ('country', 'mechanism')
            text = dialog.problems.item(i, 2).text()
            assert text and text != dialog.preview.problems[i].field and text[0].isupper()
        lines = dialog.problems.fontMetrics().lineSpacing()
        assert all(dialog.problems.rowHeight(i) <= 3 * lines + 12 for i in range(dialog.problems.rowCount()))
        assert dialog.width() <= 1366 and dialog.height() <= 768
    finally:
        dialog.close()


def test_the_page_area_says_the_database_is_opening_at_start_up(db, qtbot):
    from hrdesk.ui import app as app_module

    db.close()
    _app, window = app_module.start({"db": str(db.path), "lang": "en"})
    try:
        assert window.ctx.db is None
        shown = window.pages.currentWidget()
        assert "Opening the database…" in [label.text() for label in shown.findChildren(QLabel)]
        qtbot.waitUntil(lambda: window.ctx.db is not None)
        assert window.current_page().findChildren(QLabel)   # the page itself replaced the placeholder
        assert "Opening the database…" not in [label.text() for label in window.current_page().findChildren(QLabel)]
    finally:
        close_started_window(window)
