"""Recommendation clusters, implementation history and activity links travel in exchange
workbooks: an office exports, a region consolidates and sees the same follow-up picture."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import func, select
from test_exchange_support import new_db

from hrdesk.exchange import export_workbook, import_file
from hrdesk.exchange import format as F
from hrdesk.services import recommendations as recs
from hrdesk.services.activities import ActivityService
from hrdesk.services.recommendations import RecommendationService
from hrdesk.storage import models as m


def _office(folder: Path):
    db = new_db(folder, "GN")
    service = RecommendationService(db)
    a = service.create({"mechanism": "upr", "country": "GIN", "symbol": "A/HRC/49/7", "paragraph": "115.3",
                        "text": "Ratify the Optional Protocol (Norway);", "response": "supported",
                        "responsible_entities": ["Ministry of Justice"]})
    b = service.create({"mechanism": "crc", "country": "GIN", "symbol": "CRC/C/GIN/CO/3-6", "paragraph": "12 (b)",
                        "text": "Birth registration for all children."})
    c = service.create({"mechanism": "upr", "country": "GIN", "symbol": "A/HRC/49/7", "paragraph": "115.4",
                        "text": "Abolish the death penalty (France);", "response": "noted"})
    cluster = recs.create_cluster(db, {"name": "Justice", "description": "Courts and detention"},
                                  [a["uuid"], c["uuid"]])
    recs.create_cluster(db, {"name": "Children"}, [b["uuid"]])
    service.add_history(a["uuid"], {"date": dt.date(2024, 2, 1), "status": "in_progress", "note": "Bill drafted"})
    service.add_history(a["uuid"], {"date": dt.date(2023, 6, 1), "status": "not_started", "note": "Past"})
    service.add_history(b["uuid"], {"date": dt.date(2024, 5, 2), "status": "implemented", "note": "Law adopted"})
    act = ActivityService(db).create({"title": "Workshop on the Optional Protocol", "kind": "workshop",
                                      "status": "completed", "start_date": dt.date(2024, 3, 4), "country": "GIN",
                                      "recommendations": [a["uuid"], b["uuid"]], "reach_total": 30})
    return db, {"a": a["uuid"], "b": b["uuid"], "c": c["uuid"], "cluster": cluster["uuid"], "activity": act["uuid"]}


def _picture(db) -> dict:
    """What the follow-up shows: clusters, entries, links and current status, by uuid."""
    with db.read_session() as s:
        C, H, Rc, A, AR = (m.RecommendationCluster, m.RecommendationHistoryEntry, m.Recommendation,
                           m.Activity, m.ActivityRecommendation)
        return {
            "clusters": sorted(s.execute(select(C.uuid, C.name, C.description, C.version)).all()),
            "history": sorted(s.execute(select(H.uuid, Rc.uuid, H.date, H.status, H.note, H.who)
                                        .join(Rc, Rc.id == H.recommendation_id)).all()),
            "links": sorted(s.execute(select(A.uuid, Rc.uuid).join(AR, AR.activity_id == A.id)
                                      .join(Rc, Rc.id == AR.recommendation_id)).all()),
            "status": sorted(s.execute(select(Rc.uuid, Rc.cluster, Rc.implementation_status, Rc.response,
                                              Rc.version)).all()),
        }


def test_clusters_history_and_links_survive_a_consolidation(tmp_path: Path) -> None:
    office, ids = _office(tmp_path)
    region = new_db(tmp_path, "RO")
    before = _picture(office)
    assert len(before["clusters"]) == 2 and len(before["history"]) == 3 and len(before["links"]) == 2

    export_workbook(office, tmp_path / "gn.xlsx", privacy="full")
    wb = load_workbook(tmp_path / "gn.xlsx", read_only=True)
    assert F.CLUSTERS.name in wb.sheetnames and F.HISTORY.name in wb.sheetnames
    result = import_file(region, tmp_path / "gn.xlsx")
    assert result.ok, result.problems
    after = _picture(region)
    assert after == before
    statuses = {u: s for u, _c, s, _r, _v in after["status"]}
    assert statuses[ids["a"]] == "in_progress" and statuses[ids["b"]] == "implemented"
    assert statuses[ids["c"]] == "not_started"

    # the same file again, and a copy written again, change nothing
    assert import_file(region, tmp_path / "gn.xlsx").status != "imported" or _picture(region) == before
    export_workbook(office, tmp_path / "gn2.xlsx", privacy="full")
    again = import_file(region, tmp_path / "gn2.xlsx")
    assert again.ok and again.inserted == 0 and again.updated == 0
    assert _picture(region) == before

    # a later export, with a new entry, adds it (and moves the current status)
    RecommendationService(office).add_history(ids["c"], {"date": dt.date(2025, 1, 10), "status": "in_progress",
                                                         "note": "Moratorium announced"})
    export_workbook(office, tmp_path / "gn3.xlsx", privacy="full", since=dt.date(2025, 1, 1))
    later = import_file(region, tmp_path / "gn3.xlsx")
    assert later.ok, later.problems
    assert _picture(region) == _picture(office)
    with region.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.RecommendationHistoryEntry)) == 4
        assert s.scalar(select(m.Recommendation.implementation_status)
                        .where(m.Recommendation.uuid == ids["c"])) == "in_progress"


def test_aggregate_files_carry_the_follow_up_too(tmp_path: Path) -> None:
    office, _ids = _office(tmp_path)
    region = new_db(tmp_path, "RO")
    export_workbook(office, tmp_path / "agg.xlsx", privacy="aggregate")
    assert import_file(region, tmp_path / "agg.xlsx").ok
    assert _picture(region) == _picture(office)


def test_older_files_without_the_new_sheets_still_import(tmp_path: Path) -> None:
    """A file written before clusters and history travelled (no such sheets, no such columns)."""
    office, _ids = _office(tmp_path)
    region = new_db(tmp_path, "RO")
    path = tmp_path / "old.xlsx"
    export_workbook(office, path, privacy="full")
    _strip_to_older_format(path)
    result = import_file(region, path, accept_modified=True)
    assert result.ok, result.problems
    with region.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Recommendation)) == 3
        assert s.scalar(select(func.count()).select_from(m.RecommendationHistoryEntry)) == 0
        assert s.scalar(select(func.count()).select_from(m.ActivityRecommendation)) == 2


def test_an_older_file_does_not_clear_what_it_cannot_carry(tmp_path: Path) -> None:
    """A newer version of a recommendation coming in a file without the tracking columns
    takes the fields the file has and keeps the cluster, entities and response held here."""
    office, ids = _office(tmp_path)
    region = new_db(tmp_path, "RO")
    export_workbook(office, tmp_path / "gn.xlsx", privacy="full")
    assert import_file(region, tmp_path / "gn.xlsx").ok
    RecommendationService(office).update(ids["a"], {"notes": "Follow-up meeting planned"})
    export_workbook(office, tmp_path / "old.xlsx", privacy="full")
    _strip_to_older_format(tmp_path / "old.xlsx")
    assert import_file(region, tmp_path / "old.xlsx", accept_modified=True).ok
    with region.read_session() as s:
        row = s.scalar(select(m.Recommendation).where(m.Recommendation.uuid == ids["a"]))
        assert row.notes == "Follow-up meeting planned"
        assert (row.cluster, row.response) == (ids["cluster"], "supported")
        assert [e.entity for e in row.responsible_entities] == ["Ministry of Justice"]


def test_entries_of_two_offices_add_up_and_the_newest_sets_the_status(tmp_path: Path) -> None:
    office, ids = _office(tmp_path)
    region = new_db(tmp_path, "RO")
    export_workbook(office, tmp_path / "gn.xlsx", privacy="full")
    assert import_file(region, tmp_path / "gn.xlsx").ok
    # the office records an entry, the region a newer one, on the same recommendation
    RecommendationService(office).add_history(ids["b"], {"date": dt.date(2024, 6, 1), "status": "partially_implemented",
                                                         "note": "Decree pending"})
    RecommendationService(region).add_history(ids["b"], {"date": dt.date(2024, 7, 1), "status": "implemented",
                                                         "note": "Decree signed"})
    export_workbook(office, tmp_path / "gn2.xlsx", privacy="full")
    assert import_file(region, tmp_path / "gn2.xlsx").ok
    with region.read_session() as s:
        entries = s.execute(select(m.RecommendationHistoryEntry.note).join(m.Recommendation).where(
            m.Recommendation.uuid == ids["b"])).scalars().all()
        assert sorted(entries) == ["Decree pending", "Decree signed", "Law adopted"]
        # the region's entry is the newest, whichever version of the recommendation was kept
        assert s.scalar(select(m.Recommendation.implementation_status)
                        .where(m.Recommendation.uuid == ids["b"])) == "implemented"
    # and the office learns it back
    export_workbook(region, tmp_path / "ro.xlsx", privacy="full")
    assert import_file(office, tmp_path / "ro.xlsx").ok
    assert _picture(office)["status"] == _picture(region)["status"]


def _strip_to_older_format(path: Path) -> None:
    wb = load_workbook(path)
    for name in (F.CLUSTERS.name, F.HISTORY.name):
        del wb[name]
    ws = wb[F.RECOMMENDATIONS.name]
    header = [c.value for c in ws[1]]
    for name in sorted(F.RECOMMENDATION_TRACKING_FIELDS, key=lambda n: -header.index(n) if n in header else 0):
        if name in header:
            i = header.index(name) + 1
            extra = 2 if header[i:i + 1] == [f"{name}_label"] else 1
            ws.delete_cols(i, extra)
            header = [c.value for c in ws[1]]
    wb.save(path)


def test_entries_of_two_offices_on_the_same_day_give_both_the_same_status(tmp_path: Path) -> None:
    """Both offices record an entry on the same date: "on the same date, the entry added last"
    must mean the same entry at both ends (not whichever arrived last in each database), so
    the two offices and the region see one current status."""
    office, ids = _office(tmp_path)
    region = new_db(tmp_path, "RO")
    export_workbook(office, tmp_path / "gn.xlsx", privacy="full")
    assert import_file(region, tmp_path / "gn.xlsx").ok
    day = dt.date(2024, 8, 1)
    RecommendationService(office).add_history(ids["b"], {"date": day, "status": "partially_implemented",
                                                         "note": "Office: decree pending"})
    RecommendationService(region).add_history(ids["b"], {"date": day, "status": "implemented",
                                                         "note": "Region: decree signed"})
    export_workbook(office, tmp_path / "gn2.xlsx", privacy="full")
    export_workbook(region, tmp_path / "ro.xlsx", privacy="full")
    assert import_file(region, tmp_path / "gn2.xlsx").ok
    assert import_file(office, tmp_path / "ro.xlsx").ok
    status = {name: db.read_session().__enter__().scalar(
        select(m.Recommendation.implementation_status).where(m.Recommendation.uuid == ids["b"]))
        for name, db in (("office", office), ("region", region))}
    assert status["office"] == status["region"], status
    # and the entries' order in the history is the same at both ends
    order = {name: [h["note"] for h in RecommendationService(db).history(ids["b"]) if h["kind"] == "entry"]
             for name, db in (("office", office), ("region", region))}
    assert order["office"] == order["region"], order
