"""Importing a French sign-in sheet with one bad row into an activity."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QAbstractItemView, QComboBox

from hrdesk.intake.people import SKIP
from hrdesk.services.activities import ActivityService
from hrdesk.services.participations import ParticipationService

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "liste-de-presence-avec-erreur.xlsx"


@pytest.fixture
def sheet(tmp_path):
    if not SAMPLE.exists():
        pytest.skip("shared samples not available")
    path = tmp_path / "liste.xlsx"
    shutil.copy(SAMPLE, path)
    return path


def checked(dialog, qtbot) -> None:
    """Wait for the dialog to have read the file and checked its rows (on the database thread)."""
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=60_000)


def opened(db, window, qtbot, path: Path, title: str, kind: str):
    """A new activity, its editor, and the attendance dialog once it has checked ``path``."""
    act = ActivityService(db).create({"title": title, "kind": kind, "start_date": dt.date(2024, 4, 8),
                                      "country": "GIN"})
    editor = window.show_page("activities").open_editor(act["uuid"])
    dialog = editor.import_attendance(str(path))
    checked(dialog, qtbot)
    return act, editor, dialog


def imported_count(db, qtbot, act, editor, dialog) -> int:
    """Click Import, wait for the dialog to close, close the editor: the people now listed."""
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    editor.dirty = False
    editor.close()
    return len(ParticipationService(db).for_activity(act["uuid"]))


def shown_rows(dialog) -> int:
    return dialog.previewTable.model().rowCount()


def shown(dialog, row: int, column: int) -> str:
    """The text the preview shows in a cell."""
    return dialog.previewTable.model().index(row, column).data()


def choose(dialog, qtbot, row: int, label: str) -> None:
    """Pick ``label`` in the "What to do" list of a row, as a user does: the list opens on
    the cell, the choice is committed."""
    view = dialog.previewTable
    index = view.model().index(row, 4)
    assert view.edit(index, QAbstractItemView.EditTrigger.AllEditTriggers, None) or view.indexWidget(index)
    combo = view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText(label))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: shown(dialog, row, 4) == label, timeout=2000)


def test_bad_row_blocks_the_import_until_fixed_then_all_rows_are_added(db, ctx, window, qtbot, sheet):
    act = ActivityService(db).create({"title": "Formation des greffiers", "kind": "training",
                                      "start_date": dt.date(2024, 4, 8), "country": "GIN"})
    page = window.show_page("activities")
    editor = page.open_editor(act["uuid"])
    dialog = editor.import_attendance(str(sheet))
    checked(dialog, qtbot)
    assert dialog.isVisible()
    mapping = {dialog.mappingTable.item(i, 1).text(): dialog.mappingTable.cellWidget(i, 2).currentData()
               for i in range(dialog.mappingTable.rowCount())}
    assert mapping["Nom et prénom(s)"] == "full_name" and mapping["Sexe (F/M)"] == "sex"
    rows = {r.number: r for r in dialog.preview.rows}
    assert rows[19].problems
    bad = next(i for i in range(shown_rows(dialog)) if shown(dialog, i, 0) == "19")
    assert "Sex" in shown(dialog, bad, 5)
    assert not dialog.import_button.isEnabled()
    assert "nothing is imported" in dialog.summaryLabel.text()
    dialog.run_import()  # even forced, the core refuses: nothing is written
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    assert ParticipationService(db).for_activity(act["uuid"]) == []

    # fix the row in the spreadsheet, read it again, import everything
    book = openpyxl.load_workbook(sheet)
    ws = book.active
    ws["B19"], ws["C19"], ws["F19"], ws["G19"] = "CAMARA Aminata", "F", "+224 620 00 00 00", "a.camara@example.org"
    book.save(sheet)
    dialog.reloadButton.click()
    checked(dialog, qtbot)
    assert all(not r.problems for r in dialog.preview.rows)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    listed = ParticipationService(db).for_activity(act["uuid"])
    # 13 rows; row 13 has row 10's name and e-mail but another phone and organisation: a
    # likely duplicate shown with "Use the existing person", left as a new person by default
    assert dialog.preview.rows[6].number == 13 and [c.row for c in dialog.preview.rows[6].candidates] == [10]
    assert len(listed) == 13
    assert "CAMARA Aminata" in {p["full_name"] for p in listed}
    assert editor.participants.table.rowCount() == 13
    editor.dirty = False
    editor.close()


def test_rows_left_out_are_not_imported(db, ctx, window, qtbot, sheet):
    act, editor, dialog = opened(db, window, qtbot, sheet, "Atelier", "workshop")
    dialog.set_decision(19, SKIP)
    assert dialog.import_button.isEnabled()
    assert imported_count(db, qtbot, act, editor, dialog) == 12


def test_the_user_can_use_the_existing_person_for_a_likely_duplicate(db, ctx, window, qtbot, sheet):
    act, editor, dialog = opened(db, window, qtbot, sheet, "Atelier", "workshop")
    row = next(i for i in range(shown_rows(dialog)) if shown(dialog, i, 0) == "13")
    assert "likely the same person as row 10" in shown(dialog, row, 5)
    assert shown(dialog, row, 4) == "Add a new person"
    dialog.set_decision(19, SKIP)
    choose(dialog, qtbot, row, "Use the existing person")   # the user's explicit choice, in the list
    assert shown(dialog, row, 4) == "Use the existing person"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert len(ParticipationService(db).for_activity(act["uuid"])) == 11
    assert "your choice (1)" in dialog.result_summary
    editor.dirty = False
    editor.close()


def test_a_long_sheet_is_previewed_without_a_widget_a_row(db, ctx, window, qtbot, tmp_path):
    """3,000 people: the preview shows every row and the choice of each, but builds a list
    only for the row being edited (a list a row took 19 s and 800 MiB for 5,000 rows)."""
    path = tmp_path / "campagne.csv"
    path.write_text("Nom;Sexe;Organisation\n" + "".join(f"Personne {i};{'FH'[i % 2]};OGDH\n" for i in range(3000)),
                    encoding="utf-8")
    act, editor, dialog = opened(db, window, qtbot, path, "Campagne", "workshop")
    assert shown_rows(dialog) == 3000 and shown(dialog, 2999, 1) == "Personne 2999"
    assert shown(dialog, 2999, 4) == "Add a new person"
    assert dialog.previewTable.findChildren(QComboBox) == []
    choose(dialog, qtbot, 2999, "Leave out")
    assert len(dialog.previewTable.findChildren(QComboBox)) <= 1
    assert "Ready to add 2,999 people" in dialog.summaryLabel.text()
    assert imported_count(db, qtbot, act, editor, dialog) == 2999


def test_a_mapping_change_is_checked_again_and_only_the_last_check_shows(db, ctx, window, qtbot, sheet):
    """Rows are checked on the database thread: while a check runs, nothing can be imported;
    when the mapping changes twice quickly, the first check's late result is dropped."""
    _act, editor, dialog = opened(db, window, qtbot, sheet, "Atelier", "workshop")
    row = next(i for i in range(dialog.mappingTable.rowCount()) if dialog.mappingTable.item(i, 1).text() == "Sexe (F/M)")
    combo = dialog.mappingTable.cellWidget(row, 2)
    shows = []   # each preview the dialog shows: is the sex column read?
    dialog.preview_model.modelReset.connect(lambda: shows.append(dialog.job.table.column_for("sex") is not None))
    combo.setCurrentIndex(combo.findData(None))      # ignore the sex column: checked again…
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    combo.setCurrentIndex(combo.findData("sex"))     # …and mapped back before that check ends
    checked(dialog, qtbot)
    ctx.worker.wait()
    qtbot.wait(100)                                  # any late result has been delivered by now
    assert shows == [True]                           # the first check's result was never shown
    assert dialog.job.table.column_for("sex").header == "Sexe (F/M)"
    assert {r.participant["sex"] for r in dialog.preview.rows} >= {"male", "female"}
    assert "Sex" in shown(dialog, next(i for i in range(shown_rows(dialog)) if shown(dialog, i, 0) == "19"), 5)
    dialog.set_decision(19, SKIP)
    assert dialog.import_button.isEnabled()
    dialog.reject()
    editor.dirty = False
    editor.close()


def test_a_file_that_cannot_be_read_leaves_nothing_of_the_file_before(db, ctx, window, qtbot, sheet, tmp_path,
                                                                      monkeypatch):
    from hrdesk.intake import reading

    _act, editor, dialog = opened(db, window, qtbot, sheet, "Atelier", "workshop")
    assert shown_rows(dialog) == 13 and dialog.mappingTable.rowCount() > 0
    monkeypatch.setattr(reading, "MAX_ROWS", 5)
    long = tmp_path / "longue.csv"
    long.write_text("Nom;Sexe\n" + "".join(f"Personne {i};F\n" for i in range(10)), encoding="utf-8")
    dialog.open_file(str(long))
    qtbot.waitUntil(lambda: "more than 5 rows" in dialog.summaryLabel.text(), timeout=30_000)
    assert dialog.fileEdit.text() == str(long)
    assert shown_rows(dialog) == 0 and dialog.mappingTable.rowCount() == 0
    assert dialog.job is None and not dialog.import_button.isEnabled()
    dialog.reject()
    editor.dirty = False
    editor.close()
