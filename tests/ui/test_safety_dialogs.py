"""The GUI for what only the command line did: backups and restore, encryption, the
activity-log template and import, the user guide and the data folder."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from hrdesk.i18n import Translator
from hrdesk.intake.template import ACTIVITY_HEADER_ROW, activity_columns
from hrdesk.safety import backups, crypto
from hrdesk.services import queries
from hrdesk.services.activities import ActivityService
from hrdesk.storage.database import is_encrypted

PASSPHRASE = "correct horse battery"


def close_result_boxes() -> list[str]:
    """Close the result boxes left open (window-modal, never blocking); their texts."""
    texts = []
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            texts.append(w.text())
            w.done(0)
    return texts


def titles(db) -> set[str]:
    return {r["title"] for r in queries.list_activities(db, limit=100).rows}


def test_back_up_now_makes_a_verified_backup_listed_in_the_dialog(sample, window, ctx, qtbot):
    dialog = window.backups(back_up_now=True)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and "verified" in dialog.status.text(), timeout=20_000)
    [info] = backups.list_backups(ctx.db)
    assert backups.verify_backup(info.path) == "ok"
    assert info.reason == "manual" and info.counts["activities"] == 3
    assert dialog.selected() is not None and dialog.selected().path == info.path
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert cells[1] == "By hand" and cells[3:] == ["3", "2", "0"]
    assert cells[2].endswith("KB") or cells[2].endswith("MB")
    dialog.close()


def test_restore_a_listed_backup_backs_up_the_current_database_first(sample, window, ctx, qtbot, answer_yes):
    backups.make_backup(ctx.db, "manual")
    ActivityService(ctx.db).create({"title": "Entered after the backup", "kind": "workshop", "status": "planned",
                                    "start_date": dt.date(2025, 1, 10), "country": "GIN"})
    old_db = ctx.db
    dialog = window.backups()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: ctx.db is not old_db, timeout=30_000)
    assert "Replace the database by the backup" in answer_yes[0]
    assert "Entered after the backup" not in titles(ctx.db)
    assert "Training of judges on fair trial" in titles(ctx.db)
    safety = [b for b in backups.list_backups(ctx.db) if b.reason == "before-restore"]
    assert len(safety) == 1 and safety[0].counts["activities"] == 4   # the database as it was
    assert ctx.window is not window and "3 activities" in ctx.window.counts_label.text()
    [text] = close_result_boxes()
    assert "is now the database: 3 activities, 2 participants" in text and "before-restore" in text


def test_restore_is_refused_while_an_editor_is_open(sample, window, ctx, qtbot, answer_yes):
    from hrdesk.ui.editors.activity_editor import ActivityEditor

    backups.make_backup(ctx.db, "manual")
    editor = ActivityEditor(ctx, window, sample["activities"][0]["uuid"])
    qtbot.addWidget(editor)
    editor.show()
    dialog = window.backups()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    old_db = ctx.db
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert "Close the open record editors first" in dialog.status.text()
    assert ctx.db is old_db and not [b for b in backups.list_backups(ctx.db) if b.reason == "before-restore"]
    editor.dirty = False
    editor.close()
    dialog.close()


@pytest.mark.skipif(not crypto.encryption_available(), reason="SQLCipher is not installed")
def test_encrypt_then_decrypt_from_the_menu(sample, window, ctx, qtbot):
    path = ctx.db.path
    dialog = window.encryption()
    assert dialog.encrypting
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    dialog.ok_button.click()
    assert "The two passphrases are not the same." in dialog.status.text()
    assert not is_encrypted(path) and ctx.db.passphrase is None
    dialog.repeat.setText(PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: ctx.db.passphrase == PASSPHRASE, timeout=60_000)
    assert is_encrypted(path) and crypto.check_passphrase(path, PASSPHRASE)
    assert "Training of judges on fair trial" in titles(ctx.db)
    assert any(b.reason == "before-encrypt" for b in backups.list_backups(ctx.db))
    [text] = close_result_boxes()
    assert "now encrypted" in text

    window2 = ctx.window
    assert window2 is not window
    decrypt = window2.encryption()
    assert not decrypt.encrypting and not decrypt.repeat.isVisible()
    decrypt.passphrase.setText(PASSPHRASE)
    decrypt.ok_button.click()
    qtbot.waitUntil(lambda: ctx.db.passphrase is None, timeout=60_000)
    assert not is_encrypted(path)
    assert "Training of judges on fair trial" in titles(ctx.db)
    [text] = close_result_boxes()
    assert "unencrypted" in text
    ctx.window.close()


def test_save_the_activity_log_template_writes_the_workbook(window, ctx, qtbot, tmp_path):
    done = []
    window.save_activity_log_template(str(tmp_path / "log"), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert done == [tmp_path / "log.xlsx"]
    wb = openpyxl.load_workbook(tmp_path / "log.xlsx")
    assert {"Activities", "Participants", "Instructions"} <= set(wb.sheetnames)


def _fill(path, rows):
    tr = Translator("en")
    wb = openpyxl.load_workbook(path)
    ws = wb["Activities"]
    index = {c.key: i for i, c in enumerate(activity_columns(tr), start=1)}
    for n, row in enumerate(rows, start=ACTIVITY_HEADER_ROW + 1):
        for key, value in row.items():
            ws.cell(row=n, column=index[key], value=value)
    wb.save(path)


def test_import_checks_first_lists_problems_and_imports_nothing(window, ctx, qtbot, tmp_path):
    from hrdesk.intake.template import write_template

    path = write_template(tmp_path / "filled.xlsx")
    _fill(path, [{"title": "Workshop on civic space", "kind": "Workshop", "status": "Completed",
                  "start_date": "not a date", "country": "Guinea"},
                 {"title": "", "kind": "Training", "status": "Completed", "start_date": dt.date(2024, 3, 4),
                  "country": "Guinea"}])
    dialog = window.import_activity_log()
    dialog.choose_file(str(path))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert dialog.problems.rowCount() >= 2
    rows = {dialog.problems.item(i, 1).text() for i in range(dialog.problems.rowCount())}
    assert {str(ACTIVITY_HEADER_ROW + 1), str(ACTIVITY_HEADER_ROW + 2)} <= rows
    assert dialog.problems.item(0, 0).text() == "Activities"
    assert "Nothing can be imported yet" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert queries.record_counts(ctx.db)["activities"] == 0

    _fill(path, [{"title": "Workshop on civic space", "kind": "Workshop", "status": "Completed",
                  "start_date": dt.date(2024, 5, 2), "country": "Guinea"},
                 {"title": "Training of police officers", "kind": "Training", "status": "Completed",
                  "start_date": dt.date(2024, 3, 4), "country": "Guinea"}])
    dialog.choose_file(str(path))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert dialog.problems.rowCount() == 0 and dialog.import_button.isEnabled()
    assert "2 created" in dialog.summary.text()
    assert queries.record_counts(ctx.db)["activities"] == 0      # the check imported nothing
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=30_000)
    assert titles(ctx.db) == {"Workshop on civic space", "Training of police officers"}
    assert any(b.reason == "before-import" for b in backups.list_backups(ctx.db))
    dialog.close()


@pytest.mark.parametrize("language, heading", [("en", "HRDesk user guide"),
                                               ("fr", "Guide d'utilisation de HRDesk"),
                                               ("es", "Guía de uso de HRDesk")])
def test_help_opens_the_guide_in_the_interface_language(window, qtbot, qapp, language, heading):
    from hrdesk.ui import i18n as ui_i18n

    ui_i18n.switch_language(qapp, language)
    try:
        action = window.actionUserGuide
        assert action.shortcut().toString()   # F1
        action.trigger()
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if type(w).__name__ == "UserGuideDialog" and w.isVisible())
        text = dialog.browser.toPlainText()
        assert heading in text and dialog.file.name == f"guide_{language}.html"
        for anchor in ("start", "activity", "attendance", "exchange", "reports", "backups"):
            assert f'name="{anchor}"' in dialog.file.read_text(encoding="utf-8")
        dialog.close()
    finally:
        ui_i18n.switch_language(qapp, "en")


def test_open_data_folder_opens_the_database_folder(window, ctx, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    window.actionDataFolder.trigger()
    assert [u.toLocalFile() for u in opened] == [str(ctx.db.path.parent)]
