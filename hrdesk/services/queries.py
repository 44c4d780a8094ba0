"""Paged, sorted, filtered lists for the UI and the CLI.  Filtering and sorting happen in
SQL (indexed columns), never in Python; a page holds only the rows asked for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from hrdesk.domain.text import like_patterns
from hrdesk.services.filters import ActivityScope
from hrdesk.storage import models as m
from hrdesk.storage.database import Database


@dataclass(frozen=True)
class Page:
    rows: list[dict[str, Any]]
    total: int
    offset: int


# ---------------------------------------------------------------------------------------
# Activities

def _participant_count():
    """Live participations of live people in the activity (what its participant list shows)."""
    Q = m.Participation
    return (select(func.count(Q.id))
            .where(Q.activity_id == m.Activity.id, Q.deleted_at.is_(None), Q.participant_id.not_in(_deleted(m.Participant)))
            .correlate(m.Activity).scalar_subquery())


def _deleted(model: type):
    """Ids of deleted records: few, computed once per query.  (A join on ``deleted_at IS NULL``
    misleads SQLite's planner, which takes that column for a selective one.)"""
    return select(model.id).where(model.deleted_at.is_not(None))


ACTIVITY_SORTS = {
    "start_date": lambda: m.Activity.start_date,
    "end_date": lambda: func.coalesce(m.Activity.end_date, m.Activity.start_date),
    "kind": lambda: m.Activity.kind,
    "title": lambda: func.lower(m.Activity.title),
    "country": lambda: m.Activity.country,
    "status": lambda: m.Activity.status,
    "participants": _participant_count,
    "updated_at": lambda: m.Activity.updated_at,
}


def _activity_select(scope: ActivityScope) -> Select:
    A = m.Activity
    return (select(A.id, A.uuid, A.title, A.kind, A.status, A.start_date, A.end_date, A.country,
                   A.location, A.reach_total, m.Office.code, A.deleted_at,
                   _participant_count().label("participants"))
            .join(m.Office, m.Office.id == A.origin_office_id)
            .where(scope.where()))


def list_activities(db: Database, scope: ActivityScope = ActivityScope(), *, sort: str = "start_date",
                    descending: bool = True, offset: int = 0, limit: int = 100) -> Page:
    with db.read_session() as s:
        rows = fetch_activities_in(s, scope, sort=sort, descending=descending, offset=offset, limit=limit)
        return Page(rows, _total(rows, offset, limit, lambda: count_activities_in(s, scope)), offset)


def _total(rows: list[Any], offset: int, limit: int, count) -> int:
    """The number of rows matching, without counting when the page shows it: a short page
    (a rare search term) has already scanned everything, so the count would scan again."""
    if 0 < len(rows) < limit or (offset == 0 and not rows):
        return offset + len(rows)
    return count()


def count_activities_in(s: Session, scope: ActivityScope) -> int:
    return s.scalar(select(func.count(m.Activity.id)).where(scope.where())) or 0


def fetch_activities_in(s: Session, scope: ActivityScope, *, sort: str = "start_date", descending: bool = True,
                        offset: int = 0, limit: int = 100) -> list[dict[str, Any]]:
    key = ACTIVITY_SORTS.get(sort, ACTIVITY_SORTS["start_date"])()
    order = [key.desc() if descending else key.asc(), m.Activity.id.desc() if descending else m.Activity.id]
    query = _activity_select(scope).order_by(*order).offset(offset).limit(limit)
    names = ("id", "uuid", "title", "kind", "status", "start_date", "end_date", "country", "location",
             "reach_total", "office", "deleted_at", "participants")
    return [dict(zip(names, r, strict=True)) for r in s.execute(query)]


# ---------------------------------------------------------------------------------------
# Participants

@dataclass(frozen=True)
class ParticipantFilter:
    text: str = ""
    sexes: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    age_groups: tuple[str | None, ...] = ()
    countries: tuple[str, ...] = ()
    offices: tuple[str, ...] = ()
    activity: str | None = None   # uuid: people who took part in this activity
    activities: ActivityScope | None = None  # people who took part in an activity of this scope
    include_deleted: bool = False

    def conditions(self) -> list:
        P = m.Participant
        c = []
        if not self.include_deleted:
            c.append(P.deleted_at.is_(None))
        if self.text.strip():
            c += [P.search_text.like(p, escape="\\") for p in like_patterns(self.text)]
        if self.sexes:
            c.append(_one_of(P.sex, self.sexes))
        if self.categories:
            c.append(_one_of(P.stakeholder_category, self.categories))
        if self.age_groups:
            c.append(_one_of(P.age_group, self.age_groups))
        if self.countries:
            c.append(P.country.in_(self.countries))
        if self.offices:
            c.append(P.origin_office_id.in_(select(m.Office.id).where(m.Office.code.in_(self.offices))))
        if self.activity:
            Q, A = m.Participation, m.Activity
            c.append(P.id.in_(select(Q.participant_id).join(A, A.id == Q.activity_id)
                              .where(A.uuid == self.activity, Q.deleted_at.is_(None))))
        if self.activities is not None:
            Q, A = m.Participation, m.Activity
            c.append(P.id.in_(select(Q.participant_id).where(
                Q.deleted_at.is_(None), Q.activity_id.in_(select(A.id).where(*self.activities.conditions())))))
        return c


def _one_of(column, values: tuple[str | None, ...]):
    """The column is one of ``values``; None stands for "not recorded" (NULL)."""
    known = [v for v in values if v is not None]
    if None not in values:
        return column.in_(known)
    return or_(column.is_(None), column.in_(known)) if known else column.is_(None)


def _participation_count():
    """Live participations of the person in live activities (what their activity list shows)."""
    Q = m.Participation
    return (select(func.count(Q.id))
            .where(Q.participant_id == m.Participant.id, Q.deleted_at.is_(None), Q.activity_id.not_in(_deleted(m.Activity)))
            .correlate(m.Participant).scalar_subquery())


PARTICIPANT_SORTS = {
    "full_name": lambda: m.Participant.sort_key,   # folded: accents and case ignored
    "sex": lambda: m.Participant.sex,
    "organisation": lambda: m.Participant.organisation,
    "position": lambda: m.Participant.position,
    "stakeholder_category": lambda: m.Participant.stakeholder_category,
    "country": lambda: m.Participant.country,
    "participations": _participation_count,
    "updated_at": lambda: m.Participant.updated_at,
}


def list_participants(db: Database, flt: ParticipantFilter = ParticipantFilter(), *, sort: str = "full_name",
                      descending: bool = False, offset: int = 0, limit: int = 100) -> Page:
    with db.read_session() as s:
        rows = fetch_participants_in(s, flt, sort=sort, descending=descending, offset=offset, limit=limit)
        return Page(rows, _total(rows, offset, limit, lambda: count_participants_in(s, flt)), offset)


def count_participants_in(s: Session, flt: ParticipantFilter) -> int:
    return s.scalar(select(func.count(m.Participant.id)).where(*flt.conditions())) or 0


def fetch_participants_in(s: Session, flt: ParticipantFilter, *, sort: str = "full_name", descending: bool = False,
                          offset: int = 0, limit: int = 100) -> list[dict[str, Any]]:
    P = m.Participant
    key = PARTICIPANT_SORTS.get(sort, PARTICIPANT_SORTS["full_name"])()
    order = [key.desc() if descending else key.asc(), P.id.desc() if descending else P.id]
    query = (select(P.id, P.uuid, P.full_name, P.sex, P.age_group, P.disability, P.organisation, P.position,
                    P.stakeholder_category, P.country, P.email, P.version, P.deleted_at)
             .where(*flt.conditions()).order_by(*order).offset(offset).limit(limit))
    names = ("id", "uuid", "full_name", "sex", "age_group", "disability", "organisation", "position",
             "stakeholder_category", "country", "email", "version", "deleted_at")
    rows = [dict(zip(names, r, strict=True)) for r in s.execute(query)]
    if rows:  # participation counts for this page only
        Q = m.Participation
        counts = dict(s.execute(select(Q.participant_id, func.count(Q.id))
                                .where(Q.participant_id.in_([r["id"] for r in rows]), Q.deleted_at.is_(None),
                                       Q.activity_id.not_in(_deleted(m.Activity)))
                                .group_by(Q.participant_id)).all())
        for r in rows:
            r["participations"] = counts.get(r["id"], 0)
    return rows


# ---------------------------------------------------------------------------------------
# Recommendations

NONE = ""  # in a filter's values: "no value" (no response, no cluster)


@dataclass(frozen=True)
class RecommendationFilter:
    text: str = ""
    mechanisms: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    include_deleted: bool = False
    cycles: tuple[int, ...] = ()
    responses: tuple[str, ...] = ()     # NONE: no response recorded
    clusters: tuple[str, ...] = ()      # cluster uuids; NONE: in no cluster
    entities: tuple[str, ...] = ()      # responsible entities (any of them)
    uuids: tuple[str, ...] = ()         # these recommendations only (a selection)

    def conditions(self) -> list:
        R = m.Recommendation
        c = []
        for values, column in ((self.responses, R.response), (self.clusters, R.cluster)):
            if values:
                named = [v for v in values if v != NONE]
                either = [column.in_(named)] if named else []
                if NONE in values:
                    either.append(column.is_(None))
                c.append(or_(*either))
        if self.cycles:
            c.append(R.cycle.in_(self.cycles))
        if self.entities:
            E = m.RecommendationEntity
            c.append(R.id.in_(select(E.recommendation_id).where(E.entity.in_(self.entities))))
        if self.uuids:
            c.append(R.uuid.in_(self.uuids))
        if not self.include_deleted:
            c.append(R.deleted_at.is_(None))
        if self.text.strip():
            c += [R.search_text.like(p, escape="\\") for p in like_patterns(self.text)]
        if self.mechanisms:
            c.append(R.mechanism.in_(self.mechanisms))
        if self.countries:
            c.append(R.country.in_(self.countries))
        if self.statuses:
            c.append(R.implementation_status.in_(self.statuses))
        return c


RECOMMENDATION_SORTS = {
    "symbol": lambda: m.Recommendation.symbol,
    "mechanism": lambda: m.Recommendation.mechanism,
    "country": lambda: m.Recommendation.country,
    "implementation_status": lambda: m.Recommendation.implementation_status,
    "updated_at": lambda: m.Recommendation.updated_at,
}


def list_recommendations(db: Database, flt: RecommendationFilter = RecommendationFilter(), *,
                         sort: str = "symbol", descending: bool = False, offset: int = 0,
                         limit: int = 100) -> Page:
    R, L = m.Recommendation, m.ActivityRecommendation
    key = RECOMMENDATION_SORTS.get(sort, RECOMMENDATION_SORTS["symbol"])()
    linked = (select(func.count(L.activity_id)).join(m.Activity, m.Activity.id == L.activity_id)
              .where(L.recommendation_id == R.id, m.Activity.deleted_at.is_(None))
              .correlate(R).scalar_subquery())
    with db.read_session() as s:
        total = s.scalar(select(func.count(R.id)).where(*flt.conditions())) or 0
        query = (select(R.id, R.uuid, R.mechanism, R.body, R.symbol, R.paragraph, R.country, R.text,
                        R.implementation_status, R.deleted_at, linked.label("activities"))
                 .where(*flt.conditions())
                 .order_by(key.desc() if descending else key.asc(), R.id).offset(offset).limit(limit))
        names = ("id", "uuid", "mechanism", "body", "symbol", "paragraph", "country", "text",
                 "implementation_status", "deleted_at", "activities")
        return Page([dict(zip(names, r, strict=True)) for r in s.execute(query)], total, offset)


def record_counts(db: Database, *, participations: bool = True) -> dict[str, int]:
    """Live records of each type (status bar, stats).  ``participations=False`` leaves out the
    live participations, whose count joins every participation to its person and activity
    (about a second on 250,000 of them): the status bar does not show it."""
    with db.read_session() as s:
        counts = {
            "activities": s.scalar(select(func.count()).where(m.Activity.deleted_at.is_(None))) or 0,
            "participants": s.scalar(select(func.count()).where(m.Participant.deleted_at.is_(None))) or 0,
            "recommendations": s.scalar(select(func.count()).where(m.Recommendation.deleted_at.is_(None))) or 0,
        }
        if participations:
            counts["participations"] = s.scalar(
                select(func.count(m.Participation.id))
                .join(m.Participant, m.Participant.id == m.Participation.participant_id)
                .join(m.Activity, m.Activity.id == m.Participation.activity_id)
                .where(m.Participation.deleted_at.is_(None), m.Participant.deleted_at.is_(None),
                       m.Activity.deleted_at.is_(None))) or 0
        return counts


def known_values(db: Database, kind: str) -> list[str]:
    """Values already used for free tags (``themes``, ``partners`` or ``responsible_entities``),
    for autocompletion."""
    column = {"themes": m.ActivityTheme.theme, "partners": m.ActivityPartner.partner,
              "responsible_entities": m.RecommendationEntity.entity}[kind]
    with db.read_session() as s:
        return list(s.scalars(select(column).distinct().order_by(column)))


