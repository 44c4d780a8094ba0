"""Entering the people of an activity in its editor: the new-person form starts empty for
each person, the grid shows and edits each person's sex, age group, disability,
organisation and country with a count by sex, and rows pasted from Excel go through the
attendance-sheet checks with a preview."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from hrdesk.intake.people import EXISTING, NEW
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.storage import models as m
from hrdesk.ui.editors.participants_tab import COL


def _people(db) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(m.Participant).where(m.Participant.deleted_at.is_(None)))


def _editor(db, window, title="Formation des greffiers"):
    act = ActivityService(db).create({"title": title, "kind": "training", "start_date": dt.date(2024, 4, 8),
                                      "country": "GIN"})
    editor = window.show_page("activities").open_editor(act["uuid"])
    editor.tabs.setCurrentIndex(editor.participants_index)
    return act, editor, editor.participants


def _save(editor) -> None:
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not editor.isVisible(), editor.bannerLabel.text()


def test_a_man_then_a_woman_each_saved_with_their_own_sex(db, ctx, window, qtbot):
    act, editor, tab = _editor(db, window)
    assert tab.new_sex.currentData() == "undisclosed"
    qtbot.keyClicks(tab.new_name, "Ibrahima Sow")
    tab.new_sex.setCurrentIndex(tab.new_sex.findData("male"))
    qtbot.keyClicks(tab.new_org, "Police nationale")
    tab.new_add.click()
    # the form is empty again, ready for the next person, focus in Full name
    assert tab.new_name.text() == "" and tab.new_org.text() == ""
    assert tab.new_sex.currentData() == "undisclosed"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.new_name, timeout=2000)
    # the next person is typed straight away; Sex is not touched
    qtbot.keyClicks(QApplication.focusWidget(), "Aminata Camara")
    tab.new_add.click()
    assert [tab.table.item(i, COL["sex"]).text() for i in range(2)] == ["Male", "Undisclosed"]
    assert tab.count_label.text() == "2 people: 1 man, 1 not stated"
    # her age group is corrected in the list before saving
    _choose(tab, 1, "age_group", "25_34")
    _save(editor)
    listed = {p["full_name"]: p for p in ParticipationService(db).for_activity(act["uuid"])}
    assert listed["Ibrahima Sow"]["sex"] == "male"
    assert listed["Aminata Camara"]["sex"] == "undisclosed"
    assert (listed["Aminata Camara"]["age_group"], listed["Ibrahima Sow"]["age_group"]) == ("25_34", "unknown")
    assert ParticipantService(db).get(listed["Aminata Camara"]["participant"])["organisation"] is None


def _choose(tab, row: int, name: str, code: str) -> None:
    """Pick a value in the grid's editor for the cell, as a double-click then a choice does."""
    index = tab.table.model().index(row, COL[name])
    delegate = tab.table.itemDelegateForColumn(COL[name])
    editor = delegate.createEditor(tab.table.viewport(), None, index)
    delegate.setEditorData(editor, index)
    if name == "country":
        editor.set_value(code)
    else:
        editor.setCurrentIndex(editor.findData(code))
    delegate.setModelData(editor, tab.table.model(), index)
    editor.deleteLater()


def test_person_fields_are_shown_and_corrected_in_place(sample, db, ctx, window, qtbot):
    act = sample["activities"][0]   # Mamadou Bah took part
    editor = window.show_page("activities").open_editor(act["uuid"])
    tab = editor.participants
    qtbot.keyClicks(tab.search, "fatoumata")
    qtbot.waitUntil(lambda: tab.results.count() == 1, timeout=2000)
    tab.add_button.click()
    names = [tab.table.item(i, COL["full_name"]).text() for i in range(tab.table.rowCount())]
    assert names == ["Mamadou Bah", "Fatoumata Camara"]
    row = {"Mamadou Bah": 0, "Fatoumata Camara": 1}
    assert tab.table.item(0, COL["sex"]).text() == "Male"
    assert tab.table.item(0, COL["organisation"]).text() == "Tribunal de Conakry"
    assert tab.table.item(0, COL["country"]).text() == "Guinea"
    assert tab.table.item(0, COL["age_group"]).text() == "Unknown"
    assert tab.count_label.text() == "2 people: 1 woman, 1 man"
    _choose(tab, row["Mamadou Bah"], "age_group", "35_49")
    _choose(tab, row["Mamadou Bah"], "disability", "yes")
    _choose(tab, row["Fatoumata Camara"], "country", "SEN")
    _choose(tab, row["Fatoumata Camara"], "sex", "undisclosed")
    tab.table.item(row["Mamadou Bah"], COL["organisation"]).setText("  Cour d'appel   de Conakry ")
    assert editor.dirty
    assert tab.count_label.text() == "2 people: 1 man, 1 not stated"
    _save(editor)
    bah = ParticipantService(db).get(sample["people"][0]["uuid"])
    camara = ParticipantService(db).get(sample["people"][1]["uuid"])
    assert (bah["age_group"], bah["disability"], bah["organisation"], bah["sex"]) == (
        "35_49", "yes", "Cour d'appel de Conakry", "male")
    assert (camara["country"], camara["sex"], camara["organisation"]) == ("SEN", "undisclosed", "Barreau de Guinée")
    assert bah["version"] == sample["people"][0]["version"] + 1


def _sheet(n: int = 30) -> str:
    """Rows as Excel puts them on the clipboard: tab-separated, CRLF, heading row first."""
    lines = ["N°\tNom et prénom(s)\tSexe (F/M)\tÂge\tOrganisation / Institution\tPays"]
    for i in range(1, n + 1):
        sex = "F" if i % 15 < 8 else "M"      # 16 women, 14 men
        lines.append(f"{i}\tParticipant{chr(64 + i % 26 + 1)}{i:02d} Kourouma\t{sex}\t{20 + i}\tONG Droits {i}\tGuinée")
    return "\r\n".join(lines) + "\r\n"


def test_thirty_rows_pasted_from_excel_are_previewed_then_added(sample, db, ctx, window, qtbot):
    act, editor, tab = _editor(db, window)
    text = _sheet()
    # one of them is someone already registered: the preview proposes to use that person
    text = text.replace("ParticipantC02 Kourouma\tF\t22\tONG Droits 2",
                        "CAMARA Fatoumata\tF\t22\tBarreau de Guinée")
    expected = Counter("female" if i % 15 < 8 else "male" for i in range(1, 31))
    assert expected == {"female": 16, "male": 14}
    QGuiApplication.clipboard().setText(text)
    before = _people(db)
    tab.table.setFocus()
    tab.paste_shortcut.activated.emit()           # Ctrl+V in the list
    dialog = editor.attendance_dialog
    assert dialog.isVisible() and not dialog.fileEdit.isVisible()
    mapping = {dialog.mappingTable.item(i, 1).text(): dialog.mappingTable.cellWidget(i, 2).currentData()
               for i in range(dialog.mappingTable.rowCount())}
    assert mapping == {"N°": None, "Nom et prénom(s)": "full_name", "Sexe (F/M)": "sex", "Âge": "age",
                       "Organisation / Institution": "organisation", "Pays": "country"}
    model = dialog.previewTable.model()
    assert model.rowCount() == 30
    assert [model.index(i, 2).data() for i in range(3)] == ["Female", "Female", "Female"]
    camara = next(r for r in dialog.preview.rows if r.participant["full_name"] == "CAMARA Fatoumata")
    # same name and organisation is weak evidence: listed as a likely duplicate, never merged by itself
    assert camara.suggestion.action == NEW
    assert [c.uuid for c in camara.candidates] == [sample["people"][1]["uuid"]]
    dialog.set_decision(camara.number, EXISTING)   # the user says it is her
    assert dialog.import_button.isEnabled()
    assert "30 people: 16 women, 14 men" in dialog.summaryLabel.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)

    assert _people(db) == before + 29          # Fatoumata Camara was already registered
    listed = ParticipationService(db).for_activity(act["uuid"])
    assert len(listed) == 30
    assert Counter(p["sex"] for p in listed) == expected
    assert sample["people"][1]["uuid"] in {p["participant"] for p in listed}
    kourouma = next(p for p in listed if p["full_name"] == "ParticipantB01 Kourouma")
    assert (kourouma["organisation"], kourouma["country"], kourouma["age_group"]) == ("ONG Droits 1", "GIN", "18_24")
    assert tab.table.rowCount() == 30
    assert tab.count_label.text() == "30 people: 16 women, 14 men"
    editor.dirty = False
    editor.close()


def test_pasted_rows_without_a_heading_are_not_guessed(db, ctx, window, qtbot):
    act, editor, tab = _editor(db, window)
    QGuiApplication.clipboard().setText("Aïssatou Diallo\tF\r\nMamadou Bah\tM\r\n")
    tab.paste_button.click()
    dialog = editor.attendance_dialog
    assert "No heading row was recognised in the pasted rows" in dialog.summaryLabel.text()
    assert dialog.preview.rows == [] and not dialog.import_button.isEnabled()
    dialog.reject()
    assert ParticipationService(db).for_activity(act["uuid"]) == []
    editor.dirty = False
    editor.close()


def test_empty_clipboard_says_what_to_do(db, ctx, window, qtbot):
    _act, editor, tab = _editor(db, window)
    QGuiApplication.clipboard().setText("")
    tab.paste_button.click()
    assert "clipboard holds no rows" in editor.bannerLabel.text()
    assert getattr(editor, "attendance_dialog", None) is None   # no dialog was opened
    editor.dirty = False
    editor.close()
