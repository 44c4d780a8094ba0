"""The participants tab writes the registration form for phones and imports the export
of its submissions through a preview (new, edited, problems) — all or nothing."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
from pyxform.xls2xform import convert
from test_intake_submissions import _kobo, _submission

from hrdesk.services.activities import ActivityService
from hrdesk.services.participations import ParticipationService

SHOTS = os.environ.get("HRDESK_H9_SHOTS")


def _shot(widget, name):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def test_form_button_and_submissions_preview(db, ctx, window, qtbot, tmp_path):
    act = ActivityService(db).create({"title": "Formation des greffiers", "kind": "training",
                                      "start_date": dt.date(2024, 4, 8), "country": "GIN"})
    editor = window.show_page("activities").open_editor(act["uuid"])
    editor.tabs.setCurrentIndex(editor.participants_index)
    assert editor.participants.phone_form_button.isVisible()
    _shot(editor.window(), "participants-tab-form-button.png")
    # the form
    form = editor.phone_form()
    form.tests.setValue(3)
    form.answers.setText("ABC")
    form.language.setCurrentIndex(form.language.findData("fr"))
    _shot(form, "form-dialog.png")
    written = form.save(str(tmp_path / "form.xlsx"))
    assert written and not form.isVisible()
    warnings: list[str] = []
    assert act["uuid"] in convert(str(written), warnings=warnings).xform and warnings == []
    assert openpyxl.load_workbook(written)["settings"]["D2"].value == "French (fr)"
    # the submissions: one bad row blocks the import
    subs = [_submission(i) for i in range(1, 5)]
    subs[1] = _submission(2, sex="perhaps")
    path = _kobo(tmp_path / "export.xlsx", act["uuid"], subs, labels=True)
    dialog = editor.import_submissions(str(path))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)   # read on the database thread
    assert dialog.isVisible() and dialog.table.rowCount() == 4
    assert "perhaps" in dialog.table.item(1, 7).text()
    assert not dialog.import_button.isEnabled()
    _shot(dialog, "submissions-preview-problem.png")
    # corrected on the server, downloaded again
    subs[1] = _submission(2)
    _kobo(path, act["uuid"], subs, labels=True)
    dialog.open_file(str(path))
    assert dialog.preview is None and not dialog.import_button.isEnabled()   # being read again
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert dialog.import_button.isEnabled()
    assert [dialog.table.item(i, 5).text() for i in range(4)] == ["41", "42", "43", "44"]
    _shot(dialog, "submissions-preview.png")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    listed = ParticipationService(db).for_activity(act["uuid"])
    assert len(listed) == 4
    assert "4 submissions added" in dialog.result_summary
    # again: nothing new to import
    again = editor.import_submissions(str(path))
    qtbot.waitUntil(lambda: again.preview is not None, timeout=30_000)
    assert not again.import_button.isEnabled() and "4 already imported" in again.summary.text()
    again.reject()
