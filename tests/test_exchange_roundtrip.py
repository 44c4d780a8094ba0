"""Exchange workbooks: export → import gives the same records; merges converge whatever the
order of files; privacy levels leak nothing; scopes, idempotency, conflicts, CLI."""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook
from test_exchange_support import (
    SAMPLE_EMAILS,
    SAMPLE_NAMES,
    SAMPLE_NOTES,
    SAMPLE_PHONES,
    db_hash,
    fill_sample,
    new_db,
    snapshot,
    xml_text,
)

from hrdesk.cli import main as cli
from hrdesk.exchange import (
    export_workbook,
    history,
    import_file,
    list_conflicts,
    resolve_conflict,
)
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.services.recommendations import RecommendationService

# -- strategies ------------------------------------------------------------------------------

_TEXT = st.text(st.characters(categories=("L", "M", "N", "P", "S", "Zs"), exclude_characters="\r"),
                min_size=1, max_size=25).map(str.strip).filter(bool)
_TEXTS = st.one_of(_TEXT, st.sampled_from(["=1+1", "@SUM(A1)", "+33 1 23", "-x", "a;b\\c", "Ñandú ü"]))
_DATES = st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31))
_HOURS = st.floats(0, 2000, allow_nan=False).map(lambda x: float(format(x, ".15g")))  # 15 digits, as in Excel
_COUNTRIES = st.sampled_from(["GIN", "SLE", "LBR", "SEN", "COL", "KHM", "FRA"])


@st.composite
def datasets(draw):
    recs = [{"mechanism": draw(st.sampled_from(["upr", "cedaw", "crc"])), "country": draw(_COUNTRIES),
             "text": draw(_TEXTS), "symbol": draw(st.none() | _TEXT.map(lambda t: t[:80])),
             "sdg_targets": draw(st.lists(st.sampled_from(["16.3", "5.2", "4.7", "16.a", "10.2"]),
                                          unique=True, max_size=3)),
             "themes": draw(st.lists(_TEXTS, max_size=2, unique_by=str.casefold))}
            for _ in range(draw(st.integers(0, 2)))]
    acts = []
    for _ in range(draw(st.integers(1, 3))):
        women, men = draw(st.integers(0, 50)), draw(st.integers(0, 50))
        acts.append({
            "title": draw(_TEXTS), "kind": draw(st.sampled_from(["training", "workshop", "publication"])),
            "start_date": draw(_DATES), "country": draw(_COUNTRIES),
            "countries_covered": draw(st.lists(_COUNTRIES, unique=True, max_size=2)),
            "narrative": draw(st.none() | _TEXTS), "partners": draw(st.lists(_TEXTS, max_size=2, unique_by=str.casefold)),
            "sdg_targets": draw(st.lists(st.sampled_from(["16.3", "5.2", "4.7", "16.a"]), unique=True, max_size=2)),
            "reach_women": women, "reach_men": men,
            "reach_by_age": {("women", "18_24"): women, ("men", "50_64"): men},
            "training_hours": draw(st.none() | _HOURS),
            "pre_post_test": draw(st.booleans()), "_recs": draw(st.integers(0, 3)),
            "_deleted": draw(st.booleans())})
    people = [{"full_name": draw(_TEXTS), "sex": draw(st.sampled_from(["female", "male", "other", "undisclosed"])),
               "birth_year": draw(st.none() | st.integers(1940, 2010)), "organisation": draw(st.none() | _TEXTS),
               "country": draw(st.none() | _COUNTRIES), "notes": draw(st.none() | _TEXTS),
               "email": draw(st.none() | st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.org", fullmatch=True))}
              for _ in range(draw(st.integers(0, 3)))]
    links = draw(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2),
                                    st.none() | st.floats(0, 100, allow_nan=False)), max_size=4))
    return recs, acts, people, links


def build(db, data) -> None:
    recs, acts, people, links = data
    rec_uuids = [RecommendationService(db).create(r)["uuid"] for r in recs]
    act_uuids = []
    for a in acts:
        values = {k: v for k, v in a.items() if not k.startswith("_")}
        values["recommendations"] = rec_uuids[:a["_recs"]]
        act_uuids.append(ActivityService(db).create(values)["uuid"])
    person_uuids = [ParticipantService(db).create(p)["uuid"] for p in people]
    seen = set()
    for ai, pi, score in links:
        if ai < len(act_uuids) and pi < len(person_uuids) and (ai, pi) not in seen:
            seen.add((ai, pi))
            ParticipationService(db).create({"activity": act_uuids[ai], "participant": person_uuids[pi],
                                             "pre_score": score})
    deleted = [u for u, a in zip(act_uuids, acts, strict=True) if a["_deleted"]]
    ActivityService(db).delete(deleted[:1])


NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)
FAST = settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), phases=NO_SHRINK)


@FAST
@given(data=datasets())
def test_random_database_round_trips_exactly(data):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = new_db(folder, "GN")
        build(source, data)
        export_workbook(source, folder / "x.xlsx", privacy="full")
        target = new_db(folder, "RO")
        result = import_file(target, folder / "x.xlsx")
        assert result.ok, [str(p) for p in result.problems]
        mine, theirs = snapshot(source), snapshot(target)
        assert {k: v for k, v in theirs.items() if k != "Offices"} == \
               {k: v for k, v in mine.items() if k != "Offices"}
        assert theirs["Offices"]["GN"] == mine["Offices"]["GN"]
        again = import_file(target, folder / "x.xlsx")
        assert again.status == "already_imported"
        source.close()
        target.close()


def _edit(db, office: str, step: int, rnd) -> None:
    """A few random edits of the records this office holds."""
    with db.engine.connect() as conn:
        act = [r[0] for r in conn.exec_driver_sql("SELECT uuid FROM activities WHERE deleted_at IS NULL ORDER BY uuid")]
        ppl = [r[0] for r in conn.exec_driver_sql("SELECT uuid FROM participants WHERE deleted_at IS NULL ORDER BY uuid")]
        part = [r[0] for r in conn.exec_driver_sql("SELECT uuid FROM participations WHERE deleted_at IS NULL ORDER BY uuid")]
    for op in rnd:
        if op == 0 and act:
            ActivityService(db).update(act[step % len(act)], {"title": f"{office} edit {step}"})
        elif op == 1 and ppl:
            ParticipantService(db).update(ppl[step % len(ppl)], {"organisation": f"Org {office} {step}"})
        elif op == 2 and part:
            ParticipationService(db).delete([part[step % len(part)]])
            part.remove(part[step % len(part)])
        elif op == 3 and act:
            ActivityService(db).update(act[(step + 1) % len(act)], {"reach_localities": step + len(office)})
        elif op == 4:
            new = ParticipantService(db).create({"full_name": f"New {office} {step}", "sex": "female"})
            if act:
                ParticipationService(db).create({"activity": act[0], "participant": new["uuid"]})
        step += 1


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck), phases=NO_SHRINK)
@given(data=datasets(), edits=st.lists(st.lists(st.integers(0, 4), min_size=1, max_size=3), min_size=4, max_size=4),
       order=st.permutations(range(5)))
def test_files_imported_in_any_order_converge(data, edits, order):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        a = new_db(folder, "GN")
        build(a, data)
        export_workbook(a, folder / "f0.xlsx", privacy="full", recipient="SL")
        b = new_db(folder, "SL")
        assert import_file(b, folder / "f0.xlsx").ok
        files = [folder / "f0.xlsx"]
        for round_, (db, code) in itertools.product(range(2), ((a, "GN"), (b, "SL"))):
            _edit(db, code, round_ * 10, edits[round_ * 2 + (code == "SL")])
            path = folder / f"{code}{round_}.xlsx"
            export_workbook(db, path, privacy="full", recipient="RO")
            files.append(path)
        states = []
        for i, sequence in enumerate((files, [files[k] for k in order], list(reversed(files)))):
            region = new_db(folder, "RO", f"region{i}.sqlite")
            for path in sequence:
                result = import_file(region, path)
                assert result.ok, (path.name, [str(p) for p in result.problems])
            states.append(snapshot(region))
            region.close()
        assert states[0] == states[1] == states[2]
        a.close()
        b.close()


# -- privacy ----------------------------------------------------------------------------------

@pytest.mark.parametrize("privacy", ["pseudonymised", "aggregate"])
def test_no_personal_data_in_any_part_of_the_file(tmp_path, privacy):
    db = new_db(tmp_path, "GN")
    sample = fill_sample(db)
    path = tmp_path / f"{privacy}.xlsx"
    export_workbook(db, path, privacy=privacy)
    text = xml_text(path)
    for secret in (*SAMPLE_NAMES, *SAMPLE_EMAILS, *SAMPLE_PHONES, *SAMPLE_NOTES, "Diallo", "Camara", "example.org"):
        assert secret not in text, secret
    for person in sample["people"]:  # nothing that links to a full export
        assert person["uuid"] not in text
    wb = CalamineWorkbook.from_path(str(path))
    if privacy == "aggregate":
        assert "Participants" not in wb.sheet_names and "Participations" not in wb.sheet_names
        rows = wb.get_sheet_by_name("Activities").to_python()
        header = rows[0]
        row = dict(zip(header, rows[1], strict=True))
        assert row["listed_participants"] == 3 and row["listed_women"] == 2 and row["listed_men"] == 1
    else:
        header = wb.get_sheet_by_name("Participants").to_python()[0]
        assert not {"full_name", "email", "phone", "notes"} & set(header)
    db.close()


def test_pseudonyms_are_stable_and_dedupe_exactly(tmp_path):
    db = new_db(tmp_path, "GN")
    fill_sample(db)
    export_workbook(db, tmp_path / "one.xlsx", privacy="pseudonymised")
    ParticipantService(db).update(snapshot_uuid(db), {"organisation": "Ministère de la Justice"})
    export_workbook(db, tmp_path / "two.xlsx", privacy="pseudonymised")
    ids = [set(r[0] for r in CalamineWorkbook.from_path(str(tmp_path / n)).get_sheet_by_name("Participants")
               .to_python()[1:]) for n in ("one.xlsx", "two.xlsx")]
    assert ids[0] == ids[1] and all(i.startswith("p-") for i in ids[0])
    region = new_db(tmp_path, "RO")
    first = import_file(region, tmp_path / "one.xlsx")
    second = import_file(region, tmp_path / "two.xlsx")
    assert first.ok and second.ok and second.updated == 1 and second.inserted == 0
    with region.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM participants").scalar() == 3
        names = [r[0] for r in conn.exec_driver_sql("SELECT full_name FROM participants")]
        assert all(n.startswith("p-") for n in names)
    db.close()
    region.close()


def snapshot_uuid(db) -> str:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT uuid FROM participants ORDER BY id LIMIT 1").scalar()


# -- scopes, idempotency, conflicts --------------------------------------------------------------

def test_incremental_export_to_a_recipient_and_older_files_change_nothing(tmp_path):
    db = new_db(tmp_path, "GN")
    sample = fill_sample(db)
    first = export_workbook(db, tmp_path / "first.xlsx", privacy="full", recipient="RO")
    assert first.counts["Activities"] == 2
    ActivityService(db).update(sample["campaign"]["uuid"], {"title": "Radio campaign, second wave"})
    second = export_workbook(db, tmp_path / "second.xlsx", privacy="full", recipient="RO")
    assert second.counts["Activities"] == 1 and second.counts["Participants"] == 0
    empty = export_workbook(db, tmp_path / "third.xlsx", privacy="full", recipient="RO")
    assert sum(v for k, v in empty.counts.items() if k != "Offices") == 0
    since = export_workbook(db, tmp_path / "since.xlsx", privacy="full", since=dt.date(2000, 1, 1))
    assert since.counts["Activities"] == 2
    region = new_db(tmp_path, "RO")
    assert import_file(region, tmp_path / "second.xlsx").inserted >= 1
    before = db_hash(region)
    old = import_file(region, tmp_path / "first.xlsx")
    assert old.ok and old.updated == 0
    with region.engine.connect() as conn:
        title = conn.exec_driver_sql("SELECT title FROM activities WHERE uuid=?",
                                     (sample["campaign"]["uuid"],)).scalar()
    assert title == "Radio campaign, second wave"
    assert before != db_hash(region)  # the other records of the first file were added
    assert [h["direction"] for h in history(db)] == ["export"] * 4
    db.close()
    region.close()


def test_tombstones_travel_but_never_outdate_newer_versions(tmp_path):
    db = new_db(tmp_path, "GN")
    sample = fill_sample(db)
    export_workbook(db, tmp_path / "v1.xlsx", privacy="full")
    ActivityService(db).delete([sample["campaign"]["uuid"]])
    export_workbook(db, tmp_path / "v2.xlsx", privacy="full")
    region = new_db(tmp_path, "RO")
    assert import_file(region, tmp_path / "v2.xlsx").ok
    assert import_file(region, tmp_path / "v1.xlsx").updated == 0
    assert snapshot(region)["Activities"][sample["campaign"]["uuid"]]["deleted"] is True
    db.close()
    region.close()


def test_both_sides_changed_records_a_conflict_that_can_be_resolved(tmp_path):
    gn = new_db(tmp_path, "GN")
    sample = fill_sample(gn)
    uuid = sample["campaign"]["uuid"]
    export_workbook(gn, tmp_path / "base.xlsx", privacy="full")
    region = new_db(tmp_path, "RO")
    assert import_file(region, tmp_path / "base.xlsx").ok
    ActivityService(gn).update(uuid, {"title": "Edited in Guinea"})
    ActivityService(region).update(uuid, {"title": "Edited in the region"})
    export_workbook(gn, tmp_path / "edit.xlsx", privacy="full")
    result = import_file(region, tmp_path / "edit.xlsx")
    assert result.ok and result.conflicts == 1
    conflicts = list_conflicts(region)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert {c["kept"]["title"], c["other"]["title"]} == {"Edited in Guinea", "Edited in the region"}
    kept_title = snapshot(region)["Activities"][uuid]["title"]
    assert kept_title == c["kept"]["title"]
    resolve_conflict(region, c["id"], "other")
    now = snapshot(region)["Activities"][uuid]
    assert now["title"] == c["other"]["title"] and now["version"] == 3
    assert list_conflicts(region) == []
    # re-importing the same file again says so and changes nothing
    before = db_hash(region)
    assert import_file(region, tmp_path / "edit.xlsx").status == "already_imported"
    assert db_hash(region) == before
    gn.close()
    region.close()


def test_full_privacy_lists_likely_duplicates_between_offices_without_merging(tmp_path):
    from hrdesk.exchange import likely_duplicates

    gn = new_db(tmp_path, "GN")
    fill_sample(gn)
    region = new_db(tmp_path, "RO")
    ParticipantService(region).create({"full_name": "DIALLO Aissatou", "sex": "female", "country": "GIN"})
    export_workbook(gn, tmp_path / "gn.xlsx", privacy="full")
    result = import_file(region, tmp_path / "gn.xlsx")
    assert result.possible_duplicates == 1
    groups = likely_duplicates(region)
    assert len(groups) == 1 and len(groups[0]) == 2
    with region.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM participants WHERE deleted_at IS NULL").scalar() == 4
    gn.close()
    region.close()


def test_password_protected_export_round_trips(tmp_path):
    db = new_db(tmp_path, "GN")
    fill_sample(db)
    path = tmp_path / "locked.xlsx"
    export_workbook(db, path, privacy="full", password="s3cret word")
    assert path.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")
    assert not zipfile.is_zipfile(path)
    region = new_db(tmp_path, "RO")
    assert import_file(region, path, password="s3cret word").inserted == 10  # with the office
    db.close()
    region.close()


def test_cli_export_import_consolidate(tmp_path, capsys):
    db = new_db(tmp_path, "GN")
    fill_sample(db)
    db.close()
    sl = new_db(tmp_path, "SL")
    ParticipantService(sl).create({"full_name": "Fatmata Kamara", "sex": "female"})
    sl.close()
    (tmp_path / "pw").write_text("pass phrase\n")
    out = tmp_path / "files"
    out.mkdir()
    assert cli(["export", "--db", str(tmp_path / "GN.sqlite"), "--out", str(out / "gn.xlsx"),
                "--since-last", "RO", "--password-file", str(tmp_path / "pw")]) == 0
    assert cli(["export", "--db", str(tmp_path / "SL.sqlite"), "--out", str(out / "sl.xlsx"),
                "--privacy", "aggregate"]) == 0
    assert "exported (pseudonymised, full)" in capsys.readouterr().out
    (out / "broken.xlsx").write_bytes(b"not a workbook")
    regional = tmp_path / "region" / "regional.sqlite"
    code = cli(["consolidate", "--db", str(regional), "--office-code", "WA", "--password-file",
                str(tmp_path / "pw"), str(out)])
    captured = capsys.readouterr()
    lines = captured.out.strip().splitlines()
    assert code == 1
    # a rejected file is said once, on stderr; the imported ones on stdout
    assert captured.err.startswith("broken.xlsx: rejected: This is not an Excel workbook")
    assert lines[0].startswith("gn.xlsx: 10 inserted") and lines[1].startswith("sl.xlsx: 1 inserted")
    assert cli(["import", "--db", str(regional), str(out / "gn.xlsx"), "--password-file",
                str(tmp_path / "pw")]) == 0
    assert "already imported, nothing changed" in capsys.readouterr().out
    assert cli(["stats", "--db", str(regional), "--office", "GN", "--json"]) == 0


def test_large_inserts_rebuild_the_indexes_they_drop(tmp_path, monkeypatch):
    from hrdesk.exchange import merge

    monkeypatch.setattr(merge, "REBUILD_INDEXES_ABOVE", 1)
    db = new_db(tmp_path, "GN")
    fill_sample(db)
    export_workbook(db, tmp_path / "x.xlsx", privacy="full")
    region = new_db(tmp_path, "RO")
    query = "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"
    with region.engine.connect() as conn:
        before = conn.exec_driver_sql(query).scalars().all()
    assert import_file(region, tmp_path / "x.xlsx").ok
    with region.engine.connect() as conn:
        assert conn.exec_driver_sql(query).scalars().all() == before
    assert {k: v for k, v in snapshot(region).items() if k != "Offices"} == \
           {k: v for k, v in snapshot(db).items() if k != "Offices"}
    db.close()
    region.close()


def test_own_people_come_back_from_a_pseudonymised_file_without_duplicates(tmp_path):
    db = new_db(tmp_path, "GN")
    fill_sample(db)
    export_workbook(db, tmp_path / "mine.xlsx", privacy="pseudonymised")
    before = snapshot(db)
    result = import_file(db, tmp_path / "mine.xlsx")
    assert result.ok and result.inserted == 0 and result.updated == 0, result.summary()
    assert snapshot(db) == before  # names, e-mails and notes kept, no pseudonymous copies
    db.close()
