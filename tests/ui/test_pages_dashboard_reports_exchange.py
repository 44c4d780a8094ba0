"""Dashboard, Reports and Exchange pages driven offscreen: figures equal independent SQL,
click-through to filtered lists, reports written (and cancelled) on the worker thread,
exchange export with password, import of good and bad files (also dropped), conflicts
resolved both ways.  File dialogs and message boxes are patched: nothing blocks."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from hrdesk import exchange
from hrdesk.services import offices, settings
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.storage.database import Database

YEAR_2024 = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def sql(db: Database, query: str, *args):
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(query, args).scalar()


def wait_idle(qtbot, ctx, condition, timeout: int = 15_000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)
    ctx.worker.wait(timeout)


class Answers(list):
    asked: list[str]


@pytest.fixture
def save_as(monkeypatch):
    """QFileDialog.getSaveFileName answers the paths pushed onto the returned list."""
    answers = Answers()
    asked: list[str] = []

    def fake(parent, title, directory="", file_filter="", *args, **kwargs):
        asked.append(directory)
        return (str(answers.pop(0)) if answers else "", file_filter)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    answers.asked = asked
    return answers


@pytest.fixture
def warnings(monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a, **k: seen.append(text)))
    return seen


def other_office(tmp_path: Path, code: str = "SL") -> Database:
    database = Database.open(tmp_path / f"{code}.sqlite")
    offices.configure(database, {"code": code, "name": f"Office {code}", "kind": "country_office",
                                 "country": "SLE"}, f"User {code}")
    return database


# -- Dashboard ------------------------------------------------------------------------------

def test_dashboard_figures_match_sql_and_click_through_to_filtered_lists(window, ctx, sample, qtbot):
    page = window.show_page("dashboard")
    page.period.set_dates(*YEAR_2024)
    wait_idle(qtbot, ctx, lambda: page.data is not None and page.data.figures.scope.date_from == YEAR_2024[0])
    expected = sql(ctx.db, "SELECT COUNT(*) FROM activities WHERE deleted_at IS NULL AND status != 'cancelled' "
                           "AND start_date <= '2024-12-31' AND COALESCE(end_date, start_date) >= '2024-01-01'")
    tiles = {t.caption.text(): t.value.text() for t in page.tiles.tiles if t.isVisible()}
    assert tiles["Activities"] == str(expected) == "2"
    assert tiles["People who took part (unique)"] == "1"
    assert tiles["People reached by campaigns and events"] == "1,200"
    assert page.scroll.isVisible() and not page.empty.isVisible()

    # a bar of "Activities by kind" → Activities page filtered on that kind and period
    card = page.charts["by_kind"]
    labels = [i.label for i in card.items]
    bars = card.chart.series()[0].barSets()[0]
    bars.clicked.emit(labels[::-1].index("Training"))  # horizontal bars: largest at the top
    activities = window.current_page()
    assert activities.key == "activities"
    assert activities.kind.currentData() == "training"
    assert "Activities behind “Training”" in window.statusBar().currentMessage()
    assert activities.date_from.value() == YEAR_2024[0]
    qtbot.waitUntil(lambda: activities.model.total == 1, timeout=5000)
    assert activities.model.row(0)["title"] == "Training of judges on fair trial"
    # touching a filter drops the rest of the dashboard's scope
    activities.kind.setCurrentIndex(0)
    assert activities.current_filter().statuses == ()

    # a month → the activities of that month
    window.show_page("dashboard")
    months = page.charts["by_month"]
    march = [i.target.date_from for i in months.items].index(dt.date(2024, 3, 1))
    months.chart.series()[0].barSets()[0].clicked.emit(march)
    assert (activities.date_from.value(), activities.date_to.value()) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    qtbot.waitUntil(lambda: activities.model.total == 1, timeout=5000)

    # a slice of "People by sex" → Participants page filtered on that sex
    window.show_page("dashboard")
    sexes = page.charts["by_sex"]
    for sex in ("male", "female", "other"):  # in the registry, in no activity of the period
        ParticipantService(ctx.db).create({"full_name": f"Not in 2024 {sex}", "sex": sex})
    slices = sexes.chart.series()[0].slices()
    assert [round(s.value()) for s in slices] == [i.value for i in sexes.items if i.value]
    slices[0].clicked.emit()
    people = window.current_page()
    assert people.key == "participants" and people.sex.currentData() == sexes.items[0].target.sexes[0]
    # exactly the people of that sex who took part in the period's activities (the registry has more)
    qtbot.waitUntil(lambda: people.model.total == sexes.items[0].value, timeout=5000)
    assert sql(ctx.db, "SELECT COUNT(*) FROM participants WHERE deleted_at IS NULL AND sex = ?",
               sexes.items[0].target.sexes[0]) > sexes.items[0].value
    assert f"People behind “{sexes.items[0].label}”" in window.statusBar().currentMessage()
    people.search.setText("")   # an untouched bar keeps the figure's scope…
    assert people.current_filter().activities is not None
    people.sex.setCurrentIndex(0)   # …touching a filter drops it
    assert people.current_filter().activities is None

    # an empty period explains itself
    window.show_page("dashboard")
    page.period.set_dates(dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    wait_idle(qtbot, ctx, lambda: page.data.figures.scope.date_from == dt.date(2010, 1, 1))
    assert page.empty.isVisible() and "No activities" in page.empty.title_label.text()
    assert [t.value.text() for t in page.tiles.tiles[:1]] == ["0"]


# -- Reports --------------------------------------------------------------------------------

def test_reports_preview_excel_pdf_open_folder_and_cancel(window, ctx, sample, qtbot, tmp_path, save_as,
                                                          warnings, monkeypatch):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    page = window.show_page("reports")
    page.period.set_dates(*YEAR_2024)
    page.reload()
    wait_idle(qtbot, ctx, lambda: page.figures is not None and page.figures.scope.date_from == YEAR_2024[0])
    assert page.tiles.tiles[0].value.text() == "2"
    kinds = {page.by_kind.item(r, 0).text(): page.by_kind.item(r, 1).text() for r in range(page.by_kind.rowCount())}
    assert kinds == {"Training": "1", "Advocacy campaign": "1"}
    assert page.trainings.count() == 1

    # scope filters change the preview
    page.kinds.set_value(["advocacy_campaign"])
    page.reload()
    wait_idle(qtbot, ctx, lambda: page.figures.scope.kinds == ("advocacy_campaign",))
    assert page.tiles.tiles[0].value.text() == "1" and page.trainings.count() == 0
    page.kinds.set_value([])
    page.reload()
    wait_idle(qtbot, ctx, lambda: page.figures.scope.kinds == () and page.trainings.count() == 1)

    xlsx = tmp_path / "out" / "report.xlsx"
    xlsx.parent.mkdir()
    save_as.append(xlsx.with_suffix(""))  # the extension is added
    page.excel_button.click()
    wait_idle(qtbot, ctx, lambda: page.last_file == xlsx)
    wb = load_workbook(xlsx, read_only=True)
    assert "Summary" in wb.sheetnames[0] or "Summary" in wb.sheetnames
    wb.close()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    assert page.open_button.isEnabled()
    page.open_button.click()
    assert Path(opened[0].toLocalFile()) == xlsx.parent

    pdf = tmp_path / "out" / "report.pdf"
    save_as.append(pdf)
    page.pdf_button.click()
    wait_idle(qtbot, ctx, lambda: page.last_file == pdf)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "OHCHR Country Office in Guinea" in text

    # cancel: the job waits behind another one, is cancelled, and writes nothing
    gate = threading.Event()
    ctx.worker.run(lambda _p: gate.wait(10))
    cancelled = tmp_path / "out" / "cancelled.xlsx"
    save_as.append(cancelled)
    page.excel_button.click()
    assert not page.excel_button.isEnabled()  # one job at a time
    page._job.cancel()
    gate.set()
    wait_idle(qtbot, ctx, lambda: page._job is None)
    assert not cancelled.exists() and "Cancelled" in page.result_label.text()
    assert warnings == []

    # training report and certificates of the training in scope
    page.trainings.setCurrentRow(0)
    report = tmp_path / "out" / "training.pdf"
    save_as.append(report)
    page.training_button.click()
    wait_idle(qtbot, ctx, lambda: page.last_file == report)
    assert "Training of judges on fair trial" in "".join(p.extract_text() for p in PdfReader(report).pages)
    certificates = tmp_path / "out" / "certificates.pdf"
    save_as.append(certificates)
    page.certificates_button.click()
    wait_idle(qtbot, ctx, lambda: page.last_file == certificates)
    reader = PdfReader(certificates)
    assert len(reader.pages) == 1 and "Mamadou Bah" in reader.pages[0].extract_text()

    # a dialog closed without a name does nothing
    page.pdf_button.click()
    assert page.last_file == certificates and warnings == []


# -- Exchange -------------------------------------------------------------------------------

def test_exchange_export_with_password_recipient_and_history(window, ctx, sample, qtbot, tmp_path, save_as):
    page = window.show_page("exchange")
    send = page.send
    assert send.privacy.currentData() == "pseudonymised"  # the Settings default
    settings.put(ctx.db, settings.DEFAULT_PRIVACY, "aggregate")
    ctx.notify("settings")
    assert send.privacy.currentData() == "aggregate"
    send.privacy.setCurrentIndex(send.privacy.findData("pseudonymised"))  # the user's choice wins
    send.recipient.setEditText("RO Dakar")
    send.password.setText("s3cret")
    send.password2.setText("typo")
    assert send.export() is None and send.password_error.isVisible() and not save_as.asked
    send.password2.setText("s3cret")
    out = tmp_path / "gn.xlsx"
    save_as.append(out)
    send.export_button.click()
    wait_idle(qtbot, ctx, lambda: send.last_file == out)
    assert out.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # encrypted (OLE container)
    assert "RO Dakar" in send._recipients and "Last export to RO Dakar" in send.recipient_note.text()
    assert page.history.table.rowCount() == 1
    assert page.history.table.item(0, 4).text() == "RO Dakar"
    assert page.history.table.item(0, 5).text() == "Everything"
    # the region opens it with the password; no names at this privacy level
    region = other_office(tmp_path, "RO")
    result = exchange.import_file(region, out, password="s3cret")
    assert result.ok and result.inserted > 0
    assert sql(region, "SELECT COUNT(*) FROM participants WHERE full_name = 'Mamadou Bah'") == 0
    region.close()
    # the next export to the same recipient sends only what changed
    send.scope_last.setChecked(True)
    out2 = tmp_path / "gn2.xlsx"
    save_as.append(out2)
    send.export_button.click()
    wait_idle(qtbot, ctx, lambda: send.last_file == out2)
    assert sum(v for k, v in exchange.history(ctx.db)[0]["counts"].items() if k != "Offices") == 0


def test_exchange_import_files_folder_drop_and_conflicts(window, ctx, qtbot, tmp_path, warnings, monkeypatch):
    sl = other_office(tmp_path)
    acts = ActivityService(sl)
    a = acts.create({"title": "Workshop in Freetown", "kind": "workshop", "status": "completed",
                     "start_date": dt.date(2024, 5, 2), "country": "SLE"})
    b = acts.create({"title": "Training in Bo", "kind": "training", "status": "completed",
                     "start_date": dt.date(2024, 6, 2), "country": "SLE"})
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    exchange.export_workbook(sl, inbox / "base.xlsx", privacy="full", password="pa55")
    (inbox / "broken.xlsx").write_bytes(b"this is not a workbook")
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda parent, title, label, *a, **k: asked.append(label) or ("pa55", True)))

    page = window.show_page("exchange")
    assert page.import_paths([inbox / "base.xlsx", inbox / "broken.xlsx"])
    assert len(asked) == 1 and page.import_password.text() == "pa55"  # asked once, for the encrypted file
    wait_idle(qtbot, ctx, lambda: page.results_table.rowCount() == 2 and page._job is None)
    rows = {page.results_table.item(r, 0).text(): [page.results_table.item(r, c).text() for c in range(1, 7)]
            for r in range(2)}
    assert rows["base.xlsx"][:2] == ["Imported", "3"]  # the office and its two activities
    assert rows["broken.xlsx"][0] == "Rejected" and rows["broken.xlsx"][5]
    assert "broken.xlsx" in page.problems.toPlainText()  # the rejected file is selected, its reasons shown
    assert sql(ctx.db, "SELECT COUNT(*) FROM activities WHERE title = 'Workshop in Freetown'") == 1
    assert page.status.text() == "Files read: 2 · rejected: 1"

    # edits on both sides → conflicts; the changed file is dropped (as a folder) on the page
    ActivityService(ctx.db).update(a["uuid"], {"title": "Workshop in Freetown (edited here)"})
    ActivityService(ctx.db).update(b["uuid"], {"title": "Training in Bo (edited here)"})
    acts.update(a["uuid"], {"title": "Workshop in Freetown (edited in SL)"})
    acts.update(b["uuid"], {"title": "Training in Bo (edited in SL)"})
    drop = tmp_path / "drop"
    drop.mkdir()
    exchange.export_workbook(sl, drop / "edits.xlsx", privacy="full")
    sl.close()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(drop))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    assert event.isAccepted()
    wait_idle(qtbot, ctx, lambda: page._job is None and page.results_table.rowCount() == 1)
    assert page.results_table.item(0, 5).text() == "2"
    assert page.tabs.tabText(3) == "Conflicts (2)"

    assert page.review.list.count() == 2
    titles = {}
    for row in range(2):
        page.review.list.setCurrentRow(row)
        cells = {page.review.versions.item(r, 0).text(): (page.review.versions.item(r, 1).text(), page.review.versions.item(r, 2).text())
                 for r in range(page.review.versions.rowCount())}
        titles[row] = cells["Title"]
        assert cells["Title"][0].endswith("(edited here)") and cells["Title"][1].endswith("(edited in SL)")
    # keep mine on the workshop, theirs on the training
    workshop = next(r for r, t in titles.items() if t[0].startswith("Workshop"))
    page.review.list.setCurrentRow(workshop)
    page.review.keep_mine.click()
    assert page.review.list.count() == 1
    page.review.list.setCurrentRow(0)
    page.review.keep_theirs.click()
    assert page.review.list.count() == 0 and page.tabs.tabText(3) == "Conflicts"
    assert sql(ctx.db, "SELECT title FROM activities WHERE uuid = ?", a["uuid"]) == "Workshop in Freetown (edited here)"
    assert sql(ctx.db, "SELECT title FROM activities WHERE uuid = ?", b["uuid"]) == "Training in Bo (edited in SL)"
    assert exchange.list_conflicts(ctx.db) == []

    # the same folder again: already imported, nothing changed
    assert page.import_paths([drop])
    wait_idle(qtbot, ctx, lambda: page._job is None and page.results_table.item(0, 1).text() == "Already imported")
    assert page.history.table.rowCount() == 2  # two imports logged (the rejected file is not)
    assert warnings == []
