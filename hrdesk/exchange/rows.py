"""Reading records out of the database in exchange shape, in chunks (SQL Core, no ORM
objects): one dict per record keyed by the column names of ``hrdesk.exchange.format``,
with typed values (lists as lists, the reach grid as a dict) and the meta columns.

Used by the exporter (streaming every record) and by the merger (the local side of the
records a file brings, to compare contents).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, bindparam, func, select, true

from hrdesk.domain.cleaning import clean_text
from hrdesk.domain.fields import Kind
from hrdesk.domain.privacy import Privacy
from hrdesk.exchange import format as F
from hrdesk.storage import models as m
from hrdesk.storage.codec import LINKS, scalar_fields

CHUNK = 2000
OFFICE_MODEL = m.Office
MODELS = {"Activities": m.Activity, "Participants": m.Participant, "Participations": m.Participation,
          "Recommendations": m.Recommendation, "Offices": m.Office,
          "Recommendation clusters": m.RecommendationCluster,
          "Recommendation history": m.RecommendationHistoryEntry}


def _columns(sheet: F.Sheet) -> list[Any]:
    """Only what the exchange needs (no search text, creation time, source file)."""
    t = MODELS[sheet.name].__table__
    names = ["id", "uuid", "updated_at", "version", "deleted_at",
             *(n for n in ("vv", "pseudonym") if n in t.c),
             *(n for n in scalar_fields(sheet.record_type) if n in t.c)]
    return [t.c[n] for n in names]


def _base_query(sheet: F.Sheet):
    t = MODELS[sheet.name].__table__
    cols = _columns(sheet)
    if sheet is F.OFFICES:
        return select(*cols, t.c.code.label("_origin"))
    o = OFFICE_MODEL.__table__
    if sheet is F.PARTICIPATIONS:
        a, p = m.Activity.__table__, m.Participant.__table__
        return (select(*cols, o.c.code.label("_origin"), a.c.uuid.label("_activity"),
                       p.c.uuid.label("_participant"), p.c.pseudonym.label("_participant_pseudonym"))
                .join(o, o.c.id == t.c.origin_office_id)
                .join(a, a.c.id == t.c.activity_id).join(p, p.c.id == t.c.participant_id))
    if sheet is F.HISTORY:
        r = m.Recommendation.__table__
        return (select(*cols, o.c.code.label("_origin"), r.c.uuid.label("_recommendation"))
                .join(o, o.c.id == t.c.origin_office_id).join(r, r.c.id == t.c.recommendation_id))
    return select(*cols, o.c.code.label("_origin")).join(o, o.c.id == t.c.origin_office_id)


def iter_chunks(conn: Connection, sheet: F.Sheet, where: Any = None, *, listed: bool = False,
                chunk: int = CHUNK, order_by: Any = None) -> Iterator[list[dict[str, Any]]]:
    """Records of one sheet in id order (or ``order_by``, for sheets without link tables),
    ``chunk`` at a time (memory stays flat)."""
    model = MODELS[sheet.name]
    names = _names(sheet.name)
    if order_by is not None:
        query = _base_query(sheet).where(where if where is not None else true()).order_by(order_by, model.id)
        result = conn.execution_options(stream_results=True).execute(query)
        make = _maker(sheet, names, tuple(result.keys()))
        for rows in result.partitions(chunk):
            yield [make(r) for r in rows]
        return
    last = 0
    while True:
        query = (_base_query(sheet).where(model.id > last, where if where is not None else true())
                 .order_by(model.id).limit(chunk))
        records = _records(conn.execute(query), sheet, names)
        if not records:
            return
        last = records[-1]["_id"]
        _add_links(conn, sheet, records)
        if listed:
            _add_listed(conn, records)
        yield records
        if len(records) < chunk:  # the last chunk (another query would find nothing)
            return


@cache
def _names(sheet_name: str) -> list[str]:
    model = MODELS[sheet_name]
    return [n for n in scalar_fields(F.SHEET_BY_NAME[sheet_name].record_type) if n in model.__table__.c]


def _records(result: Any, sheet: F.Sheet, names: list[str]) -> list[dict[str, Any]]:
    make = _maker(sheet, names, tuple(result.keys()))
    return [make(r) for r in result.all()]


def _maker(sheet: F.Sheet, names: list[str], keys: tuple[str, ...]) -> Any:
    """Row → record: the one definition of what a record of ``sheet`` holds, its columns read
    by position (``keys``: the query's column names).  ``versions`` is None when none is
    recorded (older data, or a table without version vectors): it stands for {origin: version}."""
    at = {k: i for i, k in enumerate(keys)}
    out = ["uuid", "origin_office", "updated_at", "version", "deleted", "_id", "versions", "_vv_real", *names]
    src = ["uuid", "_origin", "updated_at", "version", "deleted_at", "id", "vv", "vv", *names]
    if sheet is F.PARTICIPATIONS or sheet is F.PARTICIPANTS:
        out.append("pseudonym")
        src.append("pseudonym")
    if sheet is F.PARTICIPATIONS:
        out += ["activity", "participant", "_participant_pseudonym"]
        src += ["_activity", "_participant", "_participant_pseudonym"]
    elif sheet is F.HISTORY:
        out.append("recommendation")
        src.append("_recommendation")
    picks = [at.get(k) for k in src]   # None: the table has no such column (no "vv")
    if None in picks:
        def values(r: Any) -> tuple[Any, ...]:
            return tuple(None if i is None else r[i] for i in picks)
    else:
        values = itemgetter(*picks)
    fields = tuple(out)

    def make(r: Any) -> dict[str, Any]:
        rec = dict(zip(fields, values(r), strict=True))
        rec["deleted"] = rec["deleted"] is not None
        rec["_vv_real"] = rec["versions"] is not None
        return rec
    return make


def _add_links(conn: Connection, sheet: F.Sheet, records: list[dict[str, Any]]) -> None:
    links = LINKS.get(sheet.record_type.name, {})
    if not links and sheet is not F.ACTIVITIES:
        return
    by_id = {r["_id"]: r for r in records}
    ids = list(by_id)
    for rec in records:
        for name in links:
            rec[name] = []
    for name, (cls, column) in links.items():
        owner = cls.__table__.c[_owner_column(cls)]
        value = cls.__table__.c[column]
        for owner_id, v in conn.execute(select(owner, value).where(owner.in_(ids))):
            by_id[owner_id][name].append(v)
    if sheet is F.ACTIVITIES:
        for rec in records:
            rec["recommendations"] = []
            rec["reach_by_age"] = {}
        AR, R = m.ActivityRecommendation, m.Recommendation
        for aid, ruuid in conn.execute(select(AR.activity_id, R.uuid).join(R, R.id == AR.recommendation_id)
                                       .where(AR.activity_id.in_(ids))):
            by_id[aid]["recommendations"].append(ruuid)
        X = m.ActivityReach
        for aid, sex, age, count in conn.execute(select(X.activity_id, X.sex, X.age_group, X.count)
                                                 .where(X.activity_id.in_(ids))):
            by_id[aid]["reach_by_age"][(sex, age)] = count
    lists = [(f.name, f.kind) for f in sheet.record_type.fields if f.kind.is_list]
    for rec in records:
        for name, kind in lists:
            rec[name] = sort_list(kind, rec.get(name) or [])


def _owner_column(cls: type) -> str:
    return "activity_id" if "activity_id" in cls.__table__.c else "recommendation_id"


def sort_list(kind: Kind, items: list[Any]) -> list[Any]:
    if kind is Kind.SDG_TARGETS:
        return sorted(items, key=_target_key)
    return sorted(items, key=lambda v: (str(v).casefold(), str(v)))


def _target_key(code: str) -> tuple[int, int, str]:
    goal, _sep, rest = str(code).partition(".")
    return (int(goal) if goal.isdigit() else 99, int(rest) if rest.isdigit() else 1000, rest)


def _add_listed(conn: Connection, records: list[dict[str, Any]]) -> None:
    """Counts of live participations per activity, by the participant's sex."""
    Q, P = m.Participation, m.Participant
    by_id = {r["_id"]: r for r in records}
    counts: dict[int, dict[str, int]] = defaultdict(lambda: {"female": 0, "male": 0, "other": 0})
    query = (select(Q.activity_id, P.sex, func.count()).join(P, P.id == Q.participant_id)
             .where(Q.activity_id.in_(list(by_id)), Q.deleted_at.is_(None), P.deleted_at.is_(None))
             .group_by(Q.activity_id, P.sex))
    for aid, sex, n in conn.execute(query):
        counts[aid][sex if sex in ("female", "male") else "other"] += n
    for aid, rec in by_id.items():
        c = counts.get(aid, {"female": 0, "male": 0, "other": 0})
        rec["listed_women"], rec["listed_men"], rec["listed_other"] = c["female"], c["male"], c["other"]
        rec["listed_participants"] = sum(c.values())


def records_by_uuid(conn: Connection, sheet: F.Sheet, uuids: list[str]) -> dict[str, dict[str, Any]]:
    """Local records of one sheet with these uuids (in id order, as :func:`iter_chunks` gives them)."""
    query = _by_uuid_query(sheet.name)
    names = _names(sheet.name)
    found: dict[str, dict[str, Any]] = {}
    for i in range(0, len(uuids), 500):
        records = _records(conn.execute(query, {"uuids": uuids[i:i + 500]}), sheet, names)
        if records:
            _add_links(conn, sheet, records)
            found.update((r["uuid"], r) for r in records)
    return found


@cache
def _by_uuid_query(sheet_name: str) -> Any:
    """One statement (compiled once) for any list of uuids."""
    model = MODELS[sheet_name]
    return (_base_query(F.SHEET_BY_NAME[sheet_name]).where(model.uuid.in_(bindparam("uuids", expanding=True)))
            .order_by(model.id))


def hash_columns(sheet: F.Sheet, privacy: str) -> list[F.Column]:
    """The columns whose content decides whether two versions of a record differ."""
    return [c for c in sheet.columns_for(privacy) if c.field]


@cache
def _hash_plan(sheet_name: str, privacy: str) -> tuple[tuple[str, str], ...]:
    return tuple((c.field, c.cell) for c in hash_columns(F.SHEET_BY_NAME[sheet_name], privacy))


def record_hash(sheet: F.Sheet, privacy: str, rec: dict[str, Any]) -> str:
    return hash_of(hash_texts(sheet, privacy, rec))


def hash_texts(sheet: F.Sheet, privacy: str, rec: dict[str, Any]) -> list[str]:
    """The canonical texts :func:`record_hash` hashes: two versions have the same hash when
    (and only when, sha-256 collisions aside) these lists are equal."""
    return [F.canonical(rec.get("origin_office")), "1" if rec.get("deleted") else "0",
            *_texts(_hash_plan(sheet.name, privacy), rec)]


def personal_texts(sheet: F.Sheet, rec: dict[str, Any]) -> list[str]:
    """The canonical texts of the fields a full file's hash adds to a pseudonymised one's: two
    versions with equal :func:`hash_texts` at pseudonymised privacy have equal full hashes when
    (and only when) these are equal too."""
    return _texts(_personal_plan(sheet.name), rec)


def same_hash_texts(sheet: F.Sheet, privacy: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """``hash_texts(sheet, privacy, a) == hash_texts(sheet, privacy, b)``, without making the
    texts of fields whose values are equal and of one simple type (texts equal by construction)."""
    return (F.canonical(a.get("origin_office")) == F.canonical(b.get("origin_office"))
            and bool(a.get("deleted")) == bool(b.get("deleted"))
            and _same_texts(_hash_plan(sheet.name, privacy), a, b))


def same_personal_texts(sheet: F.Sheet, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """``personal_texts(sheet, a) == personal_texts(sheet, b)`` (see :func:`same_hash_texts`)."""
    return _same_texts(_personal_plan(sheet.name), a, b)


# equal values of one of these types have equal texts (not so for floats 0.0 and -0.0, or
# for lists of numbers: [1] == [1.0])
_SIMPLE = frozenset((str, int, bool, type(None), dt.date))


def _same_texts(plan: tuple[tuple[str, str], ...], a: dict[str, Any], b: dict[str, Any]) -> bool:
    get_a, get_b = a.get, b.get
    for field in plan:
        x, y = get_a(field[0]), get_b(field[0])
        kind = type(x)
        if kind is type(y) and x == y and (kind in _SIMPLE or (kind is float and x != 0.0) or (
                kind is list and all(type(v) is str for v in x))):
            continue
        if _texts((field,), a) != _texts((field,), b):
            return False
    return True


hash_of = F.texts_hash


def _texts(plan: tuple[tuple[str, str], ...], rec: dict[str, Any]) -> list[str]:
    out = []
    for name, cell in plan:
        v = rec.get(name)
        if cell == F.LIST:
            v = clean_text(F.encode_list(sorted(map(str, v)))) if v else None
        elif cell == F.GRID:
            v = F.encode_grid(v) if v else None
        elif type(v) is str and not v.isprintable():
            v = clean_text(v)  # text stored before the input boundary cleaned it
        out.append(v if type(v) is str else F.canonical(v))
    return out


@cache
def _personal_plan(sheet_name: str) -> tuple[tuple[str, str], ...]:
    shared = set(_hash_plan(sheet_name, Privacy.PSEUDONYMISED.value))
    return tuple(c for c in _hash_plan(sheet_name, Privacy.FULL.value) if c not in shared)
