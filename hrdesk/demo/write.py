"""Writing generated demo records with SQLAlchemy Core bulk inserts (one transaction).

Each record's values (keyed by the record definitions' field names) become a row of its
table plus rows of its link tables; derived columns (``search_text``, ``name_key``) come from
the same helpers the services use.  One audit entry per created record, also in bulk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from hrdesk.domain.records import ACTIVITY, PARTICIPANT, PARTICIPATION, RECOMMENDATION
from hrdesk.domain.text import name_key, search_text, sort_key
from hrdesk.reference import sdg
from hrdesk.services.activities import activity_search_text
from hrdesk.services.participants import participant_search_text
from hrdesk.storage import models as m
from hrdesk.storage.codec import scalar_fields

BATCH = 5_000
# SQLite page cache for the writing transaction (also what bounds the sorter of the index
# rebuild): 8 MiB.  On the large demo 32 MiB cost 40 MiB more peak memory for no measurable
# speed (21.8 s against 23.7 s), 256 MiB was 8 % faster for 177 MiB more; issue 19 asks ≤ 300 MiB.
CACHE_KIB = 8 * 1024
REBUILD_INDEXES_FROM = 50_000  # participations; below, inserting into the indexes is as fast
AUDIT_DETAIL = "demo data"


def _bulk(s: Session, model: type, rows: Iterable[dict[str, Any]]) -> int:
    table = model.__table__
    batch: list[dict[str, Any]] = []
    n = 0
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            s.execute(insert(table), batch)
            n += len(batch)
            batch = []
    if batch:
        s.execute(insert(table), batch)
        n += len(batch)
    return n


def _meta(values: dict[str, Any], office_id: int, at: dt.datetime) -> dict[str, Any]:
    return {"id": values["_id"], "uuid": values["uuid"], "created_at": at, "updated_at": at,
            "version": 1, "deleted_at": None, "origin_office_id": office_id, "source_file": None}


def _activity_time(a: dict[str, Any]) -> dt.datetime:
    if a["status"] in ("planned", "ongoing"):
        day = a["start_date"] - dt.timedelta(days=21)
    else:
        day = (a["end_date"] or a["start_date"]) + dt.timedelta(days=2)
    return dt.datetime.combine(day, dt.time(16, 0)) + dt.timedelta(minutes=a["_id"] % 120)


def write_all(s: Session, gen: Any, user: str) -> None:
    # Random uuids land on random index pages: with SQLite's default 2 MB page cache most
    # inserts would spill pages to the WAL.  A larger cache for this transaction only.
    s.execute(text(f"PRAGMA cache_size = -{CACHE_KIB}"))  # KiB
    try:
        with _indexes_built_after(s, len(gen.parts) >= REBUILD_INDEXES_FROM):
            _write(s, gen, user)
    finally:
        s.execute(text("PRAGMA cache_size = -2000"))  # SQLite's default


@contextmanager
def _indexes_built_after(s: Session, enabled: bool) -> Iterator[None]:
    """The tables are empty: drop their secondary indexes and build them once at the end
    (sorting once beats inserting into each index row by row).  Same transaction."""
    if not enabled:
        yield
        return
    tables = [m.Participant.__tablename__, m.Participation.__tablename__, m.AuditEntry.__tablename__]
    ddl = s.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN (" + ", ".join(f"'{t}'" for t in tables) + ")")).all()
    for name, _sql in ddl:
        s.execute(text(f'DROP INDEX "{name}"'))
    yield
    for _name, sql in ddl:
        s.execute(text(sql))


def _write(s: Session, gen: Any, user: str) -> None:
    office = gen.office_id
    rec_cols = scalar_fields(RECOMMENDATION)
    act_cols = scalar_fields(ACTIVITY)
    person_cols = scalar_fields(PARTICIPANT)
    part_cols = [c for c in scalar_fields(PARTICIPATION) if c not in ("activity", "participant")]
    audit: list[dict[str, Any]] = []

    def log(record_type: str, uuid: str, at: dt.datetime) -> None:
        audit.append({"at": at, "user_name": user, "action": "create", "record_type": record_type,
                      "record_uuid": uuid, "version": 1, "detail": AUDIT_DETAIL})
        if len(audit) >= BATCH:  # written as we go: 360,000 entries would weigh on memory
            s.execute(insert(m.AuditEntry.__table__), audit)
            audit.clear()

    # recommendations
    rec_rows = []
    for r in gen.recs:
        at = dt.datetime(2024, 1, 3, 10, 0) + dt.timedelta(minutes=r["_id"])
        rec_rows.append({**{c: r.get(c) for c in rec_cols}, **_meta(r, office, at),
                         "search_text": search_text(r["symbol"], r["paragraph"], r["body"], r["text"])})
        log("recommendation", r["uuid"], at)
    _bulk(s, m.Recommendation, rec_rows)
    _bulk(s, m.RecommendationSdgTarget, ({"recommendation_id": r["_id"], "target": t, "goal": sdg.goal_of(t)}
                                         for r in gen.recs for t in r["sdg_targets"]))
    _bulk(s, m.RecommendationTheme, ({"recommendation_id": r["_id"], "theme": t}
                                     for r in gen.recs for t in r["themes"]))

    # activities and their lists
    act_rows = []
    for a in gen.activities:
        at = _activity_time(a)
        act_rows.append({**{c: a[c] for c in act_cols}, **_meta(a, office, at),
                         "search_text": activity_search_text(a)})
        log("activity", a["uuid"], at)
    _bulk(s, m.Activity, act_rows)
    acts = gen.activities
    _bulk(s, m.ActivityCountry, ({"activity_id": a["_id"], "country": c} for a in acts for c in a["countries_covered"]))
    _bulk(s, m.ActivityTheme, ({"activity_id": a["_id"], "theme": t} for a in acts for t in a["themes"]))
    _bulk(s, m.ActivityPartner, ({"activity_id": a["_id"], "partner": p} for a in acts for p in a["partners"]))
    _bulk(s, m.ActivitySdgTarget, ({"activity_id": a["_id"], "target": t, "goal": sdg.goal_of(t)}
                                   for a in acts for t in a["sdg_targets"]))
    _bulk(s, m.ActivityMechanism, ({"activity_id": a["_id"], "mechanism": x} for a in acts for x in a["mechanisms"]))
    _bulk(s, m.ActivityRecommendation, ({"activity_id": a["_id"], "recommendation_id": i}
                                        for a in acts for i in a["_rec_ids"]))
    _bulk(s, m.ActivityReach, ({"activity_id": a["_id"], "sex": sex, "age_group": group, "count": n}
                               for a in acts for (sex, group), n in a["reach_by_age"].items()))

    # people
    def person_rows():
        for p in gen.people:
            log("participant", p["uuid"], p["_at"])
            yield {**{c: p[c] for c in person_cols}, **_meta(p, office, p["_at"]),
                   "name_key": name_key(p["full_name"]), "search_text": participant_search_text(p),
                   "sort_key": sort_key(p["full_name"])}
    _bulk(s, m.Participant, person_rows())
    gen.release_people()  # participations need only their person's id from here on

    def participation_rows():
        for i, q in enumerate(gen.parts, start=1):
            a, person_id = q["_activity"], q["_person"]
            at = _activity_time(a) + dt.timedelta(seconds=i % 3600)
            log("participation", q["uuid"], at)
            yield {**{c: q[c] for c in part_cols}, "id": i, "uuid": q["uuid"], "created_at": at,
                   "updated_at": at, "version": 1, "deleted_at": None, "origin_office_id": office,
                   "source_file": None, "activity_id": a["_id"], "participant_id": person_id}
    _bulk(s, m.Participation, participation_rows())
    _bulk(s, m.AuditEntry, audit)
