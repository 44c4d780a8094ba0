"""Feedback on files: a long export shows its progress and then the new file (never the
previous one's "Saved …"); file dialogs open in the folder last used for the same purpose."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtWidgets import QFileDialog


def test_export_shows_progress_then_the_new_file(window, ctx, sample, qtbot, tmp_path, monkeypatch):
    answers = [tmp_path / "first.xlsx", tmp_path / "second.pdf"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(answers.pop(0)), "")))
    page = window.show_page("reports")
    page.period.set_dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    page.reload()
    qtbot.waitUntil(lambda: page.figures is not None and page.excel_button.isEnabled(), timeout=15_000)
    page.excel_button.click()
    qtbot.waitUntil(lambda: page.last_file == tmp_path / "first.xlsx", timeout=15_000)
    assert "first.xlsx" in page.result_label.text() and not page.progress_bar.isVisible()

    gate = threading.Event()
    ctx.worker.run(lambda _p: gate.wait(10))           # the PDF waits: "long" on purpose
    page.pdf_button.click()
    assert "first.xlsx" not in page.result_label.text()      # the previous file's text is gone
    assert "Writing the report" in page.result_label.text()
    assert page.progress_bar.isVisible() and not page.open_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: page.last_file == tmp_path / "second.pdf", timeout=30_000)
    ctx.worker.wait(10_000)
    assert "second.pdf" in page.result_label.text() and not page.progress_bar.isVisible()
    assert page.open_button.isEnabled()


def test_import_dialogs_open_in_the_folder_last_used_for_imports(sample, ctx, qtbot, tmp_path, monkeypatch):
    from hrdesk.ui import preferences
    from hrdesk.ui.editors.attendance_dialog import AttendanceDialog
    from hrdesk.ui.editors.submissions_dialog import SubmissionsDialog

    sheets = tmp_path / "sheets"
    sheets.mkdir()
    asked: list[str] = []
    answers = [str(sheets / "attendance.xlsx"), ""]
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda parent, title, folder, *a, **k: asked.append(folder) or (answers.pop(0), "")))
    uuid = sample["activities"][0]["uuid"]
    attendance = AttendanceDialog(ctx, uuid)
    qtbot.addWidget(attendance)
    monkeypatch.setattr(attendance, "open_file", lambda path, sheet=None: True)
    attendance.choose_file()
    assert preferences.IMPORTS_FOLDER.folder() == sheets
    submissions = SubmissionsDialog(ctx, uuid)
    qtbot.addWidget(submissions)
    submissions.choose_file()
    assert asked[1] == str(sheets)                    # the next import dialog opens there
    assert preferences.REPORTS_FOLDER.folder() != sheets   # one folder per purpose
