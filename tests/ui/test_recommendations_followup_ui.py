"""The Recommendations page's follow-up views: filters by cycle, response, cluster and
responsible entity, counts by status, the clusters × status matrix (a click filters the
list), the clusters dialog (create, rename, assign, accept a suggestion) and the report."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from hrdesk.services import recommendations as recs
from hrdesk.services.recommendations import RecommendationService


@pytest.fixture
def followed(db):
    service = RecommendationService(db)
    made = [service.create({"mechanism": "upr", "country": "GIN", "symbol": "A/HRC/49/7", "paragraph": f"115.{i}",
                            "text": f"Protect journalists and media workers number {i} (Norway);",
                            "cycle": 3 + i % 2, "response": "supported" if i % 2 else "noted",
                            "responsible_entities": ["Ministry of Justice"] if i < 2 else []})["uuid"]
            for i in range(5)]
    justice = recs.create_cluster(db, {"name": "Justice"}, made[:2])["uuid"]
    service.add_history(made[0], {"date": dt.date(2024, 5, 1), "status": "in_progress", "note": "Bill drafted"})
    return made, justice


def _page(window, qtbot):
    page = window.show_page("recommendations")
    qtbot.waitUntil(lambda: page.counts is not None and page.cluster.count() > 2, timeout=15_000)
    return page


def _choose(page, qtbot, combo, data):
    page.counts = None
    combo.setCurrentIndex(combo.findData(data))
    qtbot.waitUntil(lambda: page.counts is not None, timeout=15_000)


def test_filters_and_counts_by_status(window, ctx, qtbot, followed):
    _made, justice = followed
    page = _page(window, qtbot)
    assert page.counts["not_started"] == 4 and page.counts["in_progress"] == 1
    assert "Not started: 4" in page.status_line.text() and "In progress: 1" in page.status_line.text()
    _choose(page, qtbot, page.cluster, justice)
    assert page.model.total == 2 and sum(page.counts.values()) == 2
    _choose(page, qtbot, page.response, "supported")
    assert page.model.total == 1
    _choose(page, qtbot, page.cluster, None)
    _choose(page, qtbot, page.response, None)
    _choose(page, qtbot, page.cycle, 3)
    assert page.model.total == 3
    _choose(page, qtbot, page.cycle, None)
    _choose(page, qtbot, page.entity, "Ministry of Justice")
    assert page.model.total == 2 and page.counts["in_progress"] == 1


def test_matrix_cells_filter_the_list(window, ctx, qtbot, followed):
    _made, justice = followed
    page = _page(window, qtbot)
    page.counts = None
    page.matrix_button.click()
    qtbot.waitUntil(lambda: page.matrix.table.rowCount() == 3, timeout=15_000)  # Justice, no cluster, total
    t = page.matrix.table
    assert [t.verticalHeaderItem(i).text() for i in range(3)] == ["Justice", "Not in a cluster", "Total"]
    status_column = [t.horizontalHeaderItem(j).text() for j in range(t.columnCount())].index("In progress")
    assert t.item(0, status_column).text() == "1" and t.item(2, t.columnCount() - 1).text() == "5"
    page.counts = None
    t.cellClicked.emit(0, status_column)
    qtbot.waitUntil(lambda: page.counts is not None, timeout=15_000)
    assert page.cluster.currentData() == justice and page.status.currentData() == "in_progress"
    assert page.model.total == 1
    page.counts = None
    t.cellClicked.emit(1, t.columnCount() - 1)   # "not in a cluster", every status
    qtbot.waitUntil(lambda: page.counts is not None, timeout=15_000)
    assert page.status.currentData() is None and page.model.total == 3


def test_clusters_dialog_creates_renames_assigns_and_accepts_a_suggestion(window, ctx, qtbot, followed):
    _made, _justice = followed
    page = _page(window, qtbot)
    dialog = page.open_clusters()
    try:
        qtbot.waitUntil(lambda: dialog.loaded, timeout=15_000)
        assert dialog.clusters.count() == 1 and dialog.clusters.item(0).text().startswith("Justice (2 recommendation")
        dialog.name.setText("Media freedom")
        dialog.create_button.click()
        qtbot.waitUntil(lambda: dialog.loaded and dialog.clusters.count() == 2, timeout=15_000)
        media = next(c for c in recs.list_clusters(ctx.db) if c["name"] == "Media freedom")
        # select two recommendations in the list and put them in the new cluster
        page.table.selectRow(2)
        page.table.selectionModel().select(page.model.index(3, 0), page.table.selectionModel().SelectionFlag.Select
                                           | page.table.selectionModel().SelectionFlag.Rows)
        selected = [r["uuid"] for r in page.selected_rows()]
        assert len(selected) == 2
        dialog.clusters.setCurrentRow(next(i for i in range(2) if "Media" in dialog.clusters.item(i).text()))
        dialog.assign_button.click()
        qtbot.waitUntil(lambda: dialog.loaded and "Media freedom (2" in " ".join(
            dialog.clusters.item(i).text() for i in range(dialog.clusters.count())), timeout=15_000)
        with ctx.db.read_session() as s:
            from hrdesk.storage import models as m
            clusters = dict(s.query(m.Recommendation.uuid, m.Recommendation.cluster).all())
        assert all(clusters[u] == media["uuid"] for u in selected)
        # rename
        dialog.name.setText("Freedom of expression")
        dialog.rename_button.click()
        qtbot.waitUntil(lambda: dialog.loaded and any("Freedom of expression" in dialog.clusters.item(i).text()
                                                      for i in range(dialog.clusters.count())), timeout=15_000)
        assert "Freedom of expression" in [c["name"] for c in recs.list_clusters(ctx.db)]
        # a duplicate name is refused with a message, nothing created
        dialog.clusters.setCurrentRow(-1)
        dialog.name.setText("justice")
        dialog.create_button.click()
        assert "already a cluster" in dialog.message.text()
        assert len(recs.list_clusters(ctx.db)) == 2
    finally:
        dialog.close()
    assert not [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ClusterDialog" and w.isVisible()]


def test_accepting_a_suggestion_makes_the_cluster(window, ctx, qtbot, db):
    service = RecommendationService(db)
    for i, theme in enumerate(["Torture", "Torture", "Torture", "Education", "Education", "Health"]):
        service.create({"mechanism": "cat", "country": "GIN", "symbol": "CAT/C/GIN/CO/2", "paragraph": str(i + 1),
                        "text": f"Recommendation {i}", "themes": [theme]})
    page = window.show_page("recommendations")
    dialog = page.open_clusters()
    try:
        qtbot.waitUntil(lambda: dialog.loaded and dialog.suggestions.count() >= 1, timeout=15_000)
        assert "3 recommendations share the theme 'Torture'" in dialog.suggestions.item(0).text()
        dialog.suggestions.setCurrentRow(0)
        dialog.accept_button.click()
        qtbot.waitUntil(lambda: dialog.loaded and dialog.clusters.count() == 1, timeout=15_000)
        assert [(c["name"], c["recommendations"]) for c in recs.list_clusters(db)] == [("Torture", 3)]
    finally:
        dialog.close()


def test_report_button_writes_the_filtered_compendium(window, ctx, qtbot, followed, tmp_path):
    _made, justice = followed
    page = _page(window, qtbot)
    _choose(page, qtbot, page.cluster, justice)
    page.write_report(tmp_path / "followup.xlsx", "cluster")
    qtbot.waitUntil(lambda: page.report_written is not None, timeout=30_000)
    rows = [[c.value for c in row] for row in load_workbook(tmp_path / "followup.xlsx")["Summary"].iter_rows()]
    figures = {r[0]: r[1] for r in rows if len(r) > 1 and isinstance(r[1], int)}
    assert figures["Recommendations"] == 2 and figures["In progress"] == 1
    assert "Report written to" in page.status_line.text() or page.status_line.text()
