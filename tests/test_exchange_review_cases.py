"""Cases a review of the exchange found (each failed before its fix): files of HRDesk 0.1,
pseudonymised versions meeting full ones, conflicts resolved after a join, the same
conflict carried by several files, a "kept" resolution that must stick."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, text
from test_exchange_support import fill_sample, new_db

from hrdesk.exchange import export_workbook, import_file, list_conflicts, resolve_conflict
from hrdesk.exchange import format as F
from hrdesk.exchange.pseudonym import KEY_SETTING, Pseudonymiser
from hrdesk.services import settings
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.storage import models as m


def _activity(db, uuid):
    with db.read_session() as s:
        a = s.query(m.Activity).filter_by(uuid=uuid).one()
        return a.location, a.outcome


def _person(db, uuid):
    with db.read_session() as s:
        return s.query(m.Participant).filter_by(uuid=uuid).one().organisation


def test_a_file_of_hrdesk_0_1_never_overwrites_an_edit_silently(tmp_path, monkeypatch):
    gn, sl = new_db(tmp_path, "GN"), new_db(tmp_path, "SL")
    u = ActivityService(gn).create({"title": "W", "kind": "workshop", "status": "completed",
                                    "start_date": dt.date(2025, 5, 6), "country": "GIN", "location": "init"})["uuid"]
    export_workbook(gn, tmp_path / "a.xlsx", privacy="full")
    assert import_file(sl, tmp_path / "a.xlsx").ok
    ActivityService(sl).update(u, {"location": "SL edit 1"})
    ActivityService(sl).update(u, {"location": "SL edit 2"})
    ActivityService(gn).update(u, {"location": "GN edit", "outcome": "GN's outcome"})
    original = F.columns_for
    monkeypatch.setattr(F, "columns_for", lambda sheet, privacy: tuple(  # SL writes files as 0.1 did
        c for c in original(sheet, privacy) if c.name not in ("versions", "pseudonym")))
    export_workbook(sl, tmp_path / "sl-0.1.xlsx", privacy="full")
    monkeypatch.undo()
    result = import_file(gn, tmp_path / "sl-0.1.xlsx")
    assert result.ok and result.conflicts == 1
    sides = {(c["kept"].get("location"), c["other"].get("location")) for c in list_conflicts(gn)}
    assert sides in ({("SL edit 2", "GN edit")}, {("GN edit", "SL edit 2")})


def test_a_pseudonymised_version_then_the_full_one_keeps_the_office_s_edit(tmp_path):
    gn, ro = new_db(tmp_path, "GN"), new_db(tmp_path, "RO")
    person = fill_sample(gn)["people"][0]["uuid"]
    export_workbook(gn, tmp_path / "f1.xlsx", privacy="full")
    assert import_file(ro, tmp_path / "f1.xlsx").ok
    ParticipantService(gn).update(person, {"organisation": "Gendarmerie"})
    with gn.engine.begin() as c:  # edited yesterday; the files are written today
        c.execute(text("UPDATE participants SET updated_at = datetime(updated_at, '-1 day') WHERE uuid = :u"),
                  {"u": person})
    export_workbook(gn, tmp_path / "p2.xlsx", privacy="pseudonymised")
    export_workbook(gn, tmp_path / "f2.xlsx", privacy="full")
    assert import_file(ro, tmp_path / "p2.xlsx").ok
    result = import_file(ro, tmp_path / "f2.xlsx")
    assert result.ok and result.conflicts == 0
    assert _person(ro, person) == "Gendarmerie" and list_conflicts(ro) == []


def test_resolving_after_a_join_changes_the_record_and_adds_no_person(tmp_path):
    gn, sl, ro = new_db(tmp_path, "GN"), new_db(tmp_path, "SL"), new_db(tmp_path, "RO")
    person = fill_sample(gn)["people"][0]["uuid"]
    export_workbook(gn, tmp_path / "p1.xlsx", privacy="pseudonymised")
    for db in (sl, ro):
        assert import_file(db, tmp_path / "p1.xlsx").ok
    with gn.read_session() as s:
        pseudonym = Pseudonymiser(bytes.fromhex(settings.get_in(s, KEY_SETTING)))(person)
    ParticipantService(sl).update(pseudonym, {"disability": "yes"})
    ParticipantService(gn).update(person, {"age_group": "50_64"})
    export_workbook(sl, tmp_path / "sl.xlsx", privacy="pseudonymised")
    export_workbook(gn, tmp_path / "p2.xlsx", privacy="pseudonymised")
    assert import_file(ro, tmp_path / "p2.xlsx").ok
    assert import_file(ro, tmp_path / "sl.xlsx").conflicts == 1
    export_workbook(gn, tmp_path / "f.xlsx", privacy="full")
    assert import_file(ro, tmp_path / "f.xlsx").ok   # joins the pseudonymous record to its uuid
    conflict = list_conflicts(ro)[0]
    with ro.read_session() as s:
        before = s.scalar(func.count(m.Participant.id))
    resolve_conflict(ro, conflict["id"], "other" if conflict["kept_side"] == "local" else "kept")
    with ro.read_session() as s:
        assert s.scalar(func.count(m.Participant.id)) == before
        p = s.query(m.Participant).filter_by(uuid=person).one()
        assert p.full_name == "Aïssatou Diallo" and p.pseudonym == pseudonym


def test_the_same_two_versions_in_several_files_are_one_conflict(tmp_path, monkeypatch):
    from hrdesk.exchange import export as export_module

    gn, sl, ro = new_db(tmp_path, "GN"), new_db(tmp_path, "SL"), new_db(tmp_path, "RO")
    person = fill_sample(gn)["people"][0]["uuid"]
    export_workbook(gn, tmp_path / "f.xlsx", privacy="full")
    for db in (sl, ro):
        assert import_file(db, tmp_path / "f.xlsx").ok
    ParticipantService(gn).update(person, {"sex": "male"})
    ParticipantService(sl).update(person, {"sex": "undisclosed"})
    for day in (3, 10):   # each office sends its pseudonymised file twice, days apart
        monkeypatch.setattr(export_module, "utcnow", lambda day=day: dt.datetime(2026, 12, day, 9))
        for code, db in (("gn", gn), ("sl", sl)):
            export_workbook(db, tmp_path / f"{code}-{day}.xlsx", privacy="pseudonymised")
    for name in ("gn-3", "sl-3", "gn-10", "sl-10"):
        assert import_file(ro, tmp_path / f"{name}.xlsx").ok
    assert len([c for c in list_conflicts(ro) if c["record_uuid"] == person]) == 1


def test_a_kept_resolution_sticks(tmp_path):
    gn, sl = new_db(tmp_path, "GN"), new_db(tmp_path, "SL")
    u = fill_sample(gn)["campaign"]["uuid"]
    export_workbook(gn, tmp_path / "base.xlsx", privacy="full")
    assert import_file(sl, tmp_path / "base.xlsx").ok
    ActivityService(gn).update(u, {"location": "GN edit"})
    ActivityService(gn).update(u, {"outcome": "GN's outcome"})   # GN's version is the higher: kept
    ActivityService(sl).update(u, {"location": "SL edit"})
    export_workbook(sl, tmp_path / "s1.xlsx", privacy="full")
    assert import_file(gn, tmp_path / "s1.xlsx").conflicts == 1
    conflict = list_conflicts(gn)[0]
    assert conflict["kept_side"] == "local"
    resolve_conflict(gn, conflict["id"], "kept")
    kept = _activity(gn, u)
    export_workbook(sl, tmp_path / "s2.xlsx", privacy="full")   # SL's next routine file
    assert import_file(gn, tmp_path / "s2.xlsx").conflicts == 0
    assert list_conflicts(gn) == [] and _activity(gn, u) == kept
