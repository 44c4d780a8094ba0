"""The audit view: who changed which record when, filterable by record, user and period."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hrdesk.safety.backups import backup_before
from hrdesk.services.participants import ParticipantService


@pytest.fixture
def page(db, qapp, qtbot):
    from hrdesk.ui.context import AppContext
    from hrdesk.ui.pages.audit_page import AuditPage

    ctx = AppContext(db)
    widget = AuditPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    yield widget
    ctx.worker.wait(10_000)


def _loaded(qtbot, page, n):
    qtbot.waitUntil(lambda: not page._loading and page.table.rowCount() == n, timeout=5000)


def test_audit_page_lists_and_filters(db, page, qtbot, tmp_path):
    people = ParticipantService(db)
    a = people.create({"full_name": "Aïssatou Diallo", "sex": "female"})
    b = people.create({"full_name": "Aissatou Diallo", "sex": "female"})
    people.update(a["uuid"], {"organisation": "INIDH"})
    people.merge(a["uuid"], [b["uuid"]], backup_first=backup_before)
    page.activate()
    _loaded(qtbot, page, 6)  # office created + 2 creates + 1 update + 2 merge entries
    assert page.table.item(0, 2).text() == "Merged"
    assert page.table.item(0, 1).text() == "Test User"
    assert "Aïssatou" not in " ".join(page.table.item(r, 6).text() for r in range(6))
    page.record_type.setCurrentIndex(page.record_type.findData("participant"))
    _loaded(qtbot, page, 5)
    page._history_of_row([r["record_uuid"] for r in page.rows].index(b["uuid"]), 0)
    _loaded(qtbot, page, 2)
    assert {page.table.item(r, 2).text() for r in range(2)} == {"Created", "Merged"}
    page.user.setText("Somebody Else")
    page.reload()
    _loaded(qtbot, page, 0)
    assert "No changes" in page.status.text()
    page.clear_filters()
    _loaded(qtbot, page, 6)
    page.period.setCurrentIndex(page.period.findData(1))
    _loaded(qtbot, page, 6)
    assert "6" in page.status.text() and not page.more.isEnabled()
    page.grab().save(str(tmp_path / "audit.png"))
