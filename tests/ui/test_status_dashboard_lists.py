"""Issue 16 (lists, dashboard, status bar): the status bar follows exports and imports at
once, the Dashboard shows only the months of its period and never the figures of another
period under a new label, the Reports page's breakdowns, mechanisms' short names, the audit
trail's records by name, plurals and one palette."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFileDialog

from hrdesk import exchange
from hrdesk.services import offices
from hrdesk.services.activities import ActivityService
from hrdesk.storage.database import Database

pytestmark = pytest.mark.gui


def wait_idle(qtbot, ctx, condition, timeout: int = 15_000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)
    ctx.worker.wait(timeout)


def test_status_bar_follows_an_export_and_an_import_at_once(window, ctx, sample, qtbot, tmp_path, monkeypatch):
    assert window.export_label.text() == "No export yet"
    out = tmp_path / "gn.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    send = window.show_page("exchange").send
    send.export_button.click()
    wait_idle(qtbot, ctx, lambda: send.last_file == out)
    assert window.export_label.text().startswith("Last export: ")

    # an import from another office: the counts change without a restart
    other = Database.open(tmp_path / "SL.sqlite")
    offices.configure(other, {"code": "SL", "name": "Office SL", "kind": "country_office", "country": "SLE"},
                      "User SL")
    for i in range(2):
        ActivityService(other).create({"title": f"Workshop {i}", "kind": "workshop", "status": "completed",
                                       "start_date": dt.date(2024, 5, 2 + i), "country": "SLE"})
    exchange.export_workbook(other, tmp_path / "sl.xlsx", privacy="full")
    other.close()
    assert window.counts_label.text().startswith("3 activit")
    page = window.show_page("exchange")
    page.import_paths([tmp_path / "sl.xlsx"])
    wait_idle(qtbot, ctx, lambda: page._job is None and page.results_table.rowCount() == 1)
    assert window.counts_label.text().startswith("5 activit")
