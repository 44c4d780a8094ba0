"""Follow-up of recommendations: counts by status, the clusters × status matrix and the
compendium (recommendations grouped by cluster, theme or mechanism, each with its response,
responsible entities, current status and its date, latest note and the activities that
addressed it with their participant figures).  Every count is an SQL aggregate; the Recommendations page,
the compendium report and the general report's recommendations section read them from here
(see docs/recommendations.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain import choices as C
from hrdesk.domain.text import fold
from hrdesk.services.queries import RecommendationFilter
from hrdesk.storage import models as m
from hrdesk.storage.database import Database

GROUPINGS = ("cluster", "theme", "mechanism")
STATUSES = tuple(C.IMPLEMENTATION_STATUS.codes)
_CHUNK = 900


def status_counts(db: Database, flt: RecommendationFilter = RecommendationFilter()) -> dict[str, int]:
    """Recommendations of the filter by current status (every status, zeros included)."""
    R = m.Recommendation
    with db.read_session() as s:
        found = dict(s.execute(select(R.implementation_status, func.count(R.id)).where(*flt.conditions())
                               .group_by(R.implementation_status)).all())
    return {status: found.get(status, 0) for status in STATUSES} | {
        k: v for k, v in found.items() if k not in STATUSES}


def cluster_matrix(db: Database, flt: RecommendationFilter = RecommendationFilter()) -> list[dict[str, Any]]:
    """One row per cluster holding recommendations of the filter (by name; "no cluster" last):
    ``{"cluster": uuid | None, "name": str | None, "counts": {status: n}, "total": n}``."""
    R, K = m.Recommendation, m.RecommendationCluster
    query = (select(R.cluster, K.name, R.implementation_status, func.count(R.id))
             .outerjoin(K, (K.uuid == R.cluster) & K.deleted_at.is_(None))
             .where(*flt.conditions()).group_by(R.cluster, K.name, R.implementation_status))
    rows: dict[str | None, dict[str, Any]] = {}
    with db.read_session() as s:
        for cluster, name, status, n in s.execute(query):
            key = cluster if name is not None else None  # a deleted or unknown cluster: no cluster
            row = rows.setdefault(key, {"cluster": key, "name": name if key else None,
                                        "counts": dict.fromkeys(STATUSES, 0), "total": 0})
            row["counts"][status] = row["counts"].get(status, 0) + n
            row["total"] += n
    return sorted(rows.values(), key=lambda r: (r["cluster"] is None, fold(r["name"] or ""), r["cluster"] or ""))


def cycles_in_use(db: Database) -> list[int]:
    R = m.Recommendation
    with db.read_session() as s:
        return list(s.scalars(select(R.cycle).where(R.deleted_at.is_(None), R.cycle.is_not(None))
                              .distinct().order_by(R.cycle)))


# -- the compendium --------------------------------------------------------------------------

@dataclass
class Compendium:
    group_by: str
    groups: list[dict[str, Any]]       # {"key", "label", "recommendations": [rec, …]}
    key: dict[str, Any]                # key figures, see key_figures
    recommendations: list[dict[str, Any]] = field(default_factory=list)  # each once, in list order


def key_figures(s: Session, flt: RecommendationFilter) -> dict[str, Any]:
    """How many recommendations, supported, noted, with at least one (live) activity, by status."""
    R, L, A = m.Recommendation, m.ActivityRecommendation, m.Activity
    addressed = R.id.in_(select(L.recommendation_id).join(A, A.id == L.activity_id).where(A.deleted_at.is_(None)))
    total, supported, noted, with_activity = s.execute(select(
        func.count(R.id), func.count(R.id).filter(R.response == "supported"),
        func.count(R.id).filter(R.response == "noted"),
        func.count(R.id).filter(addressed)).where(*flt.conditions())).one()
    by_status = dict(s.execute(select(R.implementation_status, func.count(R.id)).where(*flt.conditions())
                               .group_by(R.implementation_status)).all())
    return {"recommendations": total, "supported": supported, "noted": noted, "with_activity": with_activity,
            "by_status": {st: by_status.get(st, 0) for st in STATUSES}}


def details(s: Session, flt: RecommendationFilter) -> list[dict[str, Any]]:
    """Each recommendation of the filter with what the follow-up shows of it, by symbol."""
    R, K = m.Recommendation, m.RecommendationCluster
    query = (select(R.id, R.uuid, R.mechanism, R.body, R.symbol, R.paragraph, R.country, R.cycle, R.text,
                    R.response, R.priority, R.target_date, R.implementation_status, R.cluster, K.name)
             .outerjoin(K, (K.uuid == R.cluster) & K.deleted_at.is_(None))
             .where(*flt.conditions()).order_by(R.symbol, R.paragraph, R.id))
    names = ("id", "uuid", "mechanism", "body", "symbol", "paragraph", "country", "cycle", "text", "response",
             "priority", "target_date", "implementation_status", "cluster", "cluster_name")
    recs = [dict(zip(names, r, strict=True)) for r in s.execute(query)]
    by_id = {r["id"]: r for r in recs}
    for r in recs:
        r.update(entities=[], themes=[], activities=[], status_date=None, latest_note=None)
        if r["cluster_name"] is None:
            r["cluster"] = None
    ids = list(by_id)
    H = m.RecommendationHistoryEntry
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        for rid, entity in s.execute(select(m.RecommendationEntity.recommendation_id, m.RecommendationEntity.entity)
                                     .where(m.RecommendationEntity.recommendation_id.in_(chunk))):
            by_id[rid]["entities"].append(entity)
        for rid, theme in s.execute(select(m.RecommendationTheme.recommendation_id, m.RecommendationTheme.theme)
                                    .where(m.RecommendationTheme.recommendation_id.in_(chunk))):
            by_id[rid]["themes"].append(theme)
        # the newest live entry of each history (latest date; on the same date, the entry added last:
        # its updated_at, the same in every office, then its uuid)
        ranked = (select(H.recommendation_id, H.date, H.note,
                         func.row_number().over(partition_by=H.recommendation_id,
                                                order_by=(H.date.desc(), H.updated_at.desc(), H.uuid.desc())).label("n"))
                  .where(H.recommendation_id.in_(chunk), H.deleted_at.is_(None))).subquery()
        for rid, date, _note in s.execute(select(ranked.c.recommendation_id, ranked.c.date, ranked.c.note)
                                          .where(ranked.c.n == 1)):
            by_id[rid]["status_date"] = date
        # the latest note: the newest entry that has one
        noted = (select(H.recommendation_id, H.date, H.note,
                        func.row_number().over(partition_by=H.recommendation_id,
                                               order_by=(H.date.desc(), H.updated_at.desc(), H.uuid.desc())).label("n"))
                 .where(H.recommendation_id.in_(chunk), H.deleted_at.is_(None), H.note.is_not(None),
                        H.note != "")).subquery()
        for rid, date, note in s.execute(select(noted.c.recommendation_id, noted.c.date, noted.c.note)
                                         .where(noted.c.n == 1)):
            by_id[rid]["latest_note"] = note
            by_id[rid]["latest_note_date"] = date
        for row in _activities(s, chunk):
            by_id[row.pop("recommendation_id")]["activities"].append(row)
    for r in recs:
        r["entities"].sort(key=fold)
        r["themes"].sort(key=fold)
    return recs


def _activities(s: Session, rec_ids: list[int]) -> list[dict[str, Any]]:
    """Live activities linked to these recommendations, with their participant figures (people
    listed with the role participant: all, women, men) and aggregate reach, by date."""
    A, L, Q, P = m.Activity, m.ActivityRecommendation, m.Participation, m.Participant
    linked = select(L.activity_id).where(L.recommendation_id.in_(rec_ids))
    people = (select(Q.activity_id, func.count(Q.id).label("n"),
                     func.count(Q.id).filter(P.sex == "female").label("women"),
                     func.count(Q.id).filter(P.sex == "male").label("men"))
              .join(P, P.id == Q.participant_id)
              .where(Q.deleted_at.is_(None), P.deleted_at.is_(None), Q.role == "participant",
                     Q.activity_id.in_(linked))
              .group_by(Q.activity_id)).subquery()
    query = (select(L.recommendation_id, A.uuid, A.title, A.kind, A.start_date, A.country,
                    func.coalesce(people.c.n, 0), func.coalesce(people.c.women, 0), func.coalesce(people.c.men, 0),
                    func.coalesce(A.reach_total, 0))
             .join(A, A.id == L.activity_id).outerjoin(people, people.c.activity_id == A.id)
             .where(L.recommendation_id.in_(rec_ids), A.deleted_at.is_(None))
             .order_by(L.recommendation_id, A.start_date, A.id))
    names = ("recommendation_id", "uuid", "title", "kind", "start_date", "country", "participants", "women",
             "men", "reach")
    return [dict(zip(names, r, strict=True)) for r in s.execute(query)]


def compendium(db: Database, flt: RecommendationFilter = RecommendationFilter(), *,
               group_by: str = "cluster") -> Compendium:
    """The recommendations of the filter grouped by ``cluster``, ``theme`` (a recommendation
    with several themes is listed under each) or ``mechanism``; groups by name, the group of
    recommendations without one last (its ``key`` is None)."""
    if group_by not in GROUPINGS:
        raise ValueError(group_by)
    with db.read_session() as s:
        recs = details(s, flt)
        key = key_figures(s, flt)
    groups: dict[Any, dict[str, Any]] = {}

    def group(k: Any, label: str | None) -> list[dict[str, Any]]:
        return groups.setdefault(k, {"key": k, "label": label, "recommendations": []})["recommendations"]

    for r in recs:
        if group_by == "cluster":
            group(r["cluster"], r["cluster_name"]).append(r)
        elif group_by == "mechanism":
            group(r["mechanism"], r["mechanism"]).append(r)
        else:
            for theme in r["themes"] or [None]:
                group(fold(theme) if theme else None, theme).append(r)
    ordered = sorted(groups.values(), key=lambda g: (g["key"] is None, fold(g["label"] or ""), str(g["key"])))
    return Compendium(group_by, ordered, key, recs)
