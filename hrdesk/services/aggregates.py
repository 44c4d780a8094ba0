"""Figures computed in SQL for a scope: the queries behind :mod:`hrdesk.reports.figures`
(the one home of the figures of stats, the Dashboard and the reports).  Every function takes
an open session and an :class:`ActivityScope`."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    cast,
    distinct,
    func,
    literal_column,
    null,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from hrdesk.services.filters import ActivityScope
from hrdesk.storage import dialect
from hrdesk.storage import models as m

A, P, Q = m.Activity, m.Participant, m.Participation


def _run(s: Session, query):
    """Run a statement of plain columns on the session's connection: the same rows as
    ``s.execute`` without the ORM's per-statement work (about 0.5 ms a query)."""
    return s.connection().execute(query)


def _deleted_people():
    # "NOT IN (deleted ids)" rather than a join on deleted_at IS NULL: without statistics,
    # SQLite takes deleted_at for a selective column and would walk all 100,000 people first.
    return select(P.id).where(P.deleted_at.is_not(None))


def _live_participations(scope: ActivityScope):
    return (select(Q.participant_id, Q.activity_id)
            .where(Q.deleted_at.is_(None), Q.activity_id.in_(scope.activity_ids()),
                   Q.participant_id.not_in(_deleted_people())))


def activity_count(s: Session, scope: ActivityScope) -> int:
    return s.scalar(select(func.count(A.id)).where(scope.where())) or 0


def activities_by(s: Session, scope: ActivityScope, column: str) -> dict[Any, int]:
    """Activities counted by ``kind``, ``status``, ``country``, ``month`` (YYYY-MM) or ``office``."""
    if column == "month":
        key = _month_key(scope)
        query = select(key, func.count(A.id)).where(scope.where()).group_by(key).order_by(key)
    elif column == "office":
        query = (select(m.Office.code, func.count(A.id)).join(m.Office, m.Office.id == A.origin_office_id)
                 .where(scope.where()).group_by(m.Office.code).order_by(m.Office.code))
    else:
        col = getattr(A, column)
        query = select(col, func.count(A.id)).where(scope.where()).group_by(col).order_by(func.count(A.id).desc(), col)
    return dict(s.execute(query).all())


def people_counts(s: Session, scope: ActivityScope) -> dict[str, int]:
    """Unique people and participations in the scope."""
    sub = _live_participations(scope).subquery()
    row = s.execute(select(func.count(distinct(sub.c.participant_id)), func.count())
                    .select_from(sub)).one()
    return {"participants": row[0] or 0, "participations": row[1] or 0}


def people_by(s: Session, scope: ActivityScope, *columns: str) -> list[dict[str, Any]]:
    """Unique people and participations grouped by participant columns, e.g.
    ``people_by(s, scope, "sex", "stakeholder_category")``."""
    sub = _live_participations(scope).subquery()
    cols = [getattr(P, c) for c in columns]
    query = (select(*cols, func.count(distinct(sub.c.participant_id)), func.count())
             .select_from(sub).join(P, P.id == sub.c.participant_id)
             .group_by(*cols).order_by(*cols))
    result = []
    for row in s.execute(query):
        item = {c: row[i] for i, c in enumerate(columns)}
        item["participants"], item["participations"] = row[len(columns)], row[len(columns) + 1]
        result.append(item)
    return result


def reach(s: Session, scope: ActivityScope) -> dict[str, int]:
    """Aggregate reach of activities without participant lists (campaigns, events…)."""
    row = s.execute(select(
        func.coalesce(func.sum(A.reach_women), 0), func.coalesce(func.sum(A.reach_men), 0),
        func.coalesce(func.sum(A.reach_other), 0), func.coalesce(func.sum(A.reach_total), 0),
        func.coalesce(func.sum(A.reach_localities), 0),
        func.count(A.id).filter(A.reach_total > 0),
    ).where(scope.where())).one()
    return {"women": row[0], "men": row[1], "other": row[2], "total": row[3], "localities": row[4],
            "activities": row[5]}


def countries_reached(s: Session, scope: ActivityScope) -> list[str]:
    """Countries where activities took place or that they covered."""
    ids = scope.activity_ids()
    q = union(select(A.country).where(A.id.in_(ids)),
              select(m.ActivityCountry.country).where(m.ActivityCountry.activity_id.in_(ids)))
    return sorted(c for (c,) in _run(s, q) if c)


def sdg_targets(s: Session, scope: ActivityScope) -> list[dict[str, Any]]:
    """Targets addressed, with the number of activities for each, in SDG order."""
    T = m.ActivitySdgTarget
    rows = _run(s, select(T.goal, T.target, func.count(T.activity_id))
                .where(T.activity_id.in_(scope.activity_ids()))
                .group_by(T.goal, T.target)).all()
    rows.sort(key=lambda r: (r[0], _target_order(r[1])))
    return [{"goal": g, "target": t, "activities": n} for g, t, n in rows]


def _target_order(code: str) -> tuple[int, str]:
    rest = code.partition(".")[2]
    return (int(rest), "") if rest.isdigit() else (1000, rest)


def sdg_goals(s: Session, scope: ActivityScope) -> dict[int, int]:
    """Activities per SDG goal (an activity counts once per goal)."""
    T = m.ActivitySdgTarget
    return dict(s.execute(select(T.goal, func.count(distinct(T.activity_id)))
                          .where(T.activity_id.in_(scope.activity_ids()))
                          .group_by(T.goal).order_by(T.goal)).all())


def recommendations_addressed(s: Session, scope: ActivityScope) -> list[dict[str, Any]]:
    """Recommendations linked to activities in scope, with the number of such activities."""
    L, R = m.ActivityRecommendation, m.Recommendation
    rows = _run(s, select(R.uuid, R.mechanism, R.symbol, R.paragraph, R.country,
                          R.implementation_status, func.count(L.activity_id))
                .join(L, L.recommendation_id == R.id)
                .where(L.activity_id.in_(scope.activity_ids()), R.deleted_at.is_(None))
                .group_by(R.id).order_by(R.symbol, R.paragraph)).all()
    names = ("uuid", "mechanism", "symbol", "paragraph", "country", "implementation_status", "activities")
    return [dict(zip(names, r, strict=True)) for r in rows]


def recommendations_count(s: Session, scope: ActivityScope) -> int:
    """How many recommendations (not deleted) activities in scope address: the length of
    :func:`recommendations_addressed`, without its columns."""
    L, R = m.ActivityRecommendation, m.Recommendation
    return _run(s, select(func.count(distinct(L.recommendation_id)))
                .join(R, R.id == L.recommendation_id)
                .where(L.activity_id.in_(scope.activity_ids()), R.deleted_at.is_(None))).scalar() or 0


def training_results(s: Session, scope: ActivityScope) -> list[dict[str, Any]]:
    """Per training in scope: participations, average pre and post scores and average
    improvement (post − pre, over the people with both scores)."""
    live = (select(Q.activity_id, Q.pre_score, Q.post_score)
            .where(Q.deleted_at.is_(None), Q.participant_id.not_in(_deleted_people()),
                   Q.activity_id.in_(scope.activity_ids().where(A.kind == "training")))).subquery()
    query = (select(A.uuid, A.title, A.start_date, A.country, func.count(live.c.activity_id),
                    func.avg(live.c.pre_score), func.avg(live.c.post_score),
                    func.avg(live.c.post_score - live.c.pre_score))
             .outerjoin(live, live.c.activity_id == A.id)
             .where(A.kind == "training", scope.where())
             .group_by(A.id).order_by(A.start_date, A.id))
    names = ("uuid", "title", "start_date", "country", "participations", "avg_pre", "avg_post", "avg_improvement")
    return [dict(zip(names, r, strict=True)) for r in s.execute(query)]


# ---------------------------------------------------------------------------------------
# Report tables (reports helper).  Per-activity "participants" count live participations
# with the role "participant" (facilitators, speakers and organisers are left out).

def _grouped_lists(link_column, value_column, ids):
    """(activity id, "a|b|c") for one link table, restricted to ``ids``."""
    return (select(link_column.label("activity_id"), dialect.joined(value_column, "|").label("joined"))
            .where(link_column.in_(ids)).group_by(link_column)).subquery()


ACTIVITY_ROW_NAMES = (
    "id", "uuid", "title", "kind", "status", "start_date", "end_date", "country", "location",
    "narrative", "outcome", "office", "reach_women", "reach_men", "reach_other", "reach_total",
    "reach_localities", "training_hours", "participants", "women", "men", "themes", "sdg_targets",
    "partners")


def activity_rows(s: Session, scope: ActivityScope) -> list[dict[str, Any]]:
    """Every activity in scope with its texts, reach, participant counts (role participant;
    women, men) and link lists (themes, SDG targets, partners), by country then date."""
    ids = scope.activity_ids()
    people = (select(Q.activity_id, func.count(Q.id).label("n"),
                     func.count(Q.id).filter(P.sex == "female").label("women"),
                     func.count(Q.id).filter(P.sex == "male").label("men"))
              .join(P, P.id == Q.participant_id)
              .where(Q.deleted_at.is_(None), P.deleted_at.is_(None), Q.role == "participant",
                     Q.activity_id.in_(ids))
              .group_by(Q.activity_id)).subquery()
    themes = _grouped_lists(m.ActivityTheme.activity_id, m.ActivityTheme.theme, ids)
    targets = _grouped_lists(m.ActivitySdgTarget.activity_id, m.ActivitySdgTarget.target, ids)
    partners = _grouped_lists(m.ActivityPartner.activity_id, m.ActivityPartner.partner, ids)
    query = (select(A.id, A.uuid, A.title, A.kind, A.status, A.start_date, A.end_date, A.country,
                    A.location, A.narrative, A.outcome, m.Office.code, A.reach_women, A.reach_men,
                    A.reach_other, A.reach_total, A.reach_localities, A.training_hours,
                    func.coalesce(people.c.n, 0), func.coalesce(people.c.women, 0),
                    func.coalesce(people.c.men, 0), themes.c.joined, targets.c.joined, partners.c.joined)
             .join(m.Office, m.Office.id == A.origin_office_id)
             .outerjoin(people, people.c.activity_id == A.id)
             .outerjoin(themes, themes.c.activity_id == A.id)
             .outerjoin(targets, targets.c.activity_id == A.id)
             .outerjoin(partners, partners.c.activity_id == A.id)
             .where(scope.where()).order_by(A.country, A.start_date, A.id))
    rows = []
    for r in s.execute(query):
        row = dict(zip(ACTIVITY_ROW_NAMES, r, strict=True))
        for name in ("themes", "sdg_targets", "partners"):
            row[name] = sorted(row[name].split("|")) if row[name] else []
        rows.append(row)
    return rows


def participants_by_activity(s: Session, scope: ActivityScope, column: str,
                             role: str | None = "participant") -> dict[int, dict[Any, int]]:
    """{activity id: {value of participant ``column``: participations}} for activities in scope."""
    col = getattr(P, column)
    query = (select(Q.activity_id, col, func.count(Q.id)).join(P, P.id == Q.participant_id)
             .where(Q.deleted_at.is_(None), P.deleted_at.is_(None),
                    Q.activity_id.in_(scope.activity_ids()))
             .group_by(Q.activity_id, col))
    if role:
        query = query.where(Q.role == role)
    result: dict[int, dict[Any, int]] = {}
    for activity_id, value, n in s.execute(query):
        result.setdefault(activity_id, {})[value] = n
    return result


def _month_key(scope: ActivityScope):
    """YYYY-MM of an activity's start, or of the scope's first day for an activity that began
    before the scope (it counts in the scope's first month: no month outside the period)."""
    start = dialect.later_of(A.start_date, scope.date_from) if scope.date_from else A.start_date
    return dialect.year_month(start)


def figures_by(s: Session, scope: ActivityScope, column: str, *, people: bool = True) -> list[dict[str, Any]]:
    """Per ``country`` (where the activity took place) or ``month`` (YYYY-MM of the start,
    within the scope): activities, participations, unique people (all roles) and aggregate
    reach.  ``people=False``: activities and reach only (the Dashboard's charts)."""
    key = _month_key(scope) if column == "month" else getattr(A, column)
    acts = (select(key.label("k"), func.count(A.id).label("activities"),
                   func.coalesce(func.sum(A.reach_total), 0).label("reach"))
            .where(scope.where()).group_by(key)).subquery()
    if not people:
        return [{column: k, "activities": n, "reach": r}
                for k, n, r in s.execute(select(acts.c.k, acts.c.activities, acts.c.reach).order_by(acts.c.k))]
    live = _live_participations(scope).subquery()
    people = (select(key.label("k"), func.count().label("participations"),
                     func.count(distinct(live.c.participant_id)).label("participants"))
              .select_from(live).join(A, A.id == live.c.activity_id).group_by(key)).subquery()
    query = (select(acts.c.k, acts.c.activities, func.coalesce(people.c.participations, 0),
                    func.coalesce(people.c.participants, 0), acts.c.reach)
             .outerjoin(people, people.c.k == acts.c.k).order_by(acts.c.k))
    names = (column, "activities", "participations", "participants", "reach")
    return [dict(zip(names, r, strict=True)) for r in s.execute(query)]


def recommendation_links(s: Session, scope: ActivityScope) -> list[dict[str, Any]]:
    """(recommendation, activity) pairs for activities in scope, with the recommendation's
    label fields and text and the activity's id, title and date."""
    L, R = m.ActivityRecommendation, m.Recommendation
    query = (select(R.uuid, R.mechanism, R.body, R.symbol, R.paragraph, R.country, R.text,
                    R.implementation_status, A.id, A.uuid, A.title, A.start_date)
             .join(L, L.recommendation_id == R.id).join(A, A.id == L.activity_id)
             .where(A.id.in_(scope.activity_ids()), R.deleted_at.is_(None))
             .order_by(R.symbol, R.paragraph, R.id, A.start_date, A.id))
    names = ("uuid", "mechanism", "body", "symbol", "paragraph", "country", "text",
             "implementation_status", "activity_id", "activity_uuid", "activity_title", "activity_date")
    return [dict(zip(names, r, strict=True)) for r in s.execute(query)]


def people_rows(s: Session, scope: ActivityScope) -> list[dict[str, Any]]:
    """Each person who took part in an activity in scope (any role), with the number of
    their participations in scope, by name."""
    live = _live_participations(scope).subquery()
    query = (select(P.uuid, P.full_name, P.sex, P.age_group, P.disability, P.stakeholder_category,
                    P.country, P.organisation, func.count())
             .select_from(live).join(P, P.id == live.c.participant_id)
             .group_by(P.id).order_by(P.full_name, P.id))
    names = ("uuid", "full_name", "sex", "age_group", "disability", "stakeholder_category",
             "country", "organisation", "participations")
    return [dict(zip(names, r, strict=True)) for r in s.execute(query)]


def people_breakdowns(s: Session, scope: ActivityScope,
                      groupings: list[tuple[str, ...]]) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    """Several ``people_by`` tables in one pass over the participations: each person of the
    scope is counted once (with their number of participations), the people are grouped by
    every column the groupings name at once, and each grouping is summed from those groups
    (a person falls in exactly one of them).  ``()`` gives the totals."""
    live = _live_participations(scope).subquery()
    per_person = (select(live.c.participant_id, func.count().label("n"))
                  .group_by(live.c.participant_id).subquery("per_person"))
    names = sorted({c for g in groupings for c in g})
    cols = [getattr(P, c) for c in names]
    query = (select(*cols, func.count(), func.sum(per_person.c.n))
             .select_from(per_person).join(P, P.id == per_person.c.participant_id).group_by(*cols))
    rows = [(*r[:-1], int(r[-1] or 0)) for r in _run(s, query).all()]   # no group at all: NULL
    result: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for g in groupings:
        sums: dict[Any, list[int]] = {} if g else {(): [0, 0]}   # an empty scope's totals: zeros
        at = [names.index(c) for c in g]
        key = itemgetter(*at) if at else (lambda _row: ())
        for row in rows:
            k = key(row)
            total = sums.get(k)
            if total is None:
                sums[k] = [row[-2], row[-1]]
            else:
                total[0] += row[-2]
                total[1] += row[-1]
        items = []
        for k, (n_people, n) in sums.items():
            item = dict(zip(g, (k,) if len(g) == 1 else k, strict=True))
            item["participants"], item["participations"] = n_people, n
            items.append(item)
        items.sort(key=lambda r, g=g: tuple("" if r[c] is None else str(r[c]) for c in g))
        result[g] = items
    return result


def activity_groups(s: Session, scope: ActivityScope) -> list[dict[str, Any]]:
    """The activities in scope in one pass, counted by kind, status, month (YYYY-MM of the
    start within the scope, as :func:`figures_by`) and country together, with the sums of
    their aggregate reach: the Dashboard's activity figures are sums of these groups."""
    month = _month_key(scope)
    reach = [func.coalesce(func.sum(c), 0) for c in (A.reach_women, A.reach_men, A.reach_other,
                                                      A.reach_total, A.reach_localities)]
    query = (select(A.kind, A.status, month, A.country, func.count(A.id), *reach,
                    func.count(A.id).filter(A.reach_total > 0))
             .where(scope.where()).group_by(A.kind, A.status, month, A.country))
    return [dict(zip(ACTIVITY_GROUP_NAMES, r, strict=True)) for r in _run(s, query).all()]


ACTIVITY_GROUP_NAMES = ("kind", "status", "month", "country", "activities", "women", "men", "other", "total",
                        "localities", "with_reach")


def activity_links(s: Session, scope: ActivityScope) -> tuple[list[str], list[dict[str, Any]], int]:
    """What the activities in scope link to, in one statement that finds them once: the
    countries reached (:func:`countries_reached`), the SDG targets with their activities
    (:func:`sdg_targets`) and the number of recommendations addressed
    (:func:`recommendations_count`)."""
    T, L, R, C = m.ActivitySdgTarget, m.ActivityRecommendation, m.Recommendation, m.ActivityCountry
    ids = scope.activity_ids().cte("scope_ids")
    in_scope = select(ids.c.id)
    none_int, none_text = cast(null(), Integer), cast(null(), String)
    query = union_all(
        select(literal_column("'c'"), A.country, none_int, none_text, none_int).where(A.id.in_(in_scope)).distinct(),
        select(literal_column("'c'"), C.country, none_int, none_text, none_int).where(C.activity_id.in_(in_scope)).distinct(),
        select(literal_column("'t'"), none_text, T.goal, T.target, func.count(T.activity_id))
        .where(T.activity_id.in_(in_scope)).group_by(T.goal, T.target),
        select(literal_column("'r'"), none_text, none_int, none_text, func.count(distinct(L.recommendation_id)))
        .join(R, R.id == L.recommendation_id).where(L.activity_id.in_(in_scope), R.deleted_at.is_(None)))
    countries: set[str] = set()
    targets: list[tuple[int, str, int]] = []
    recommendations = 0
    for part, country, goal, target, n in _run(s, query).all():
        if part == "c":
            countries.add(country)
        elif part == "t":
            targets.append((goal, target, n))
        else:
            recommendations = n or 0
    targets.sort(key=lambda r: (r[0], _target_order(r[1])))
    return (sorted(c for c in countries if c), [{"goal": g, "target": t, "activities": n} for g, t, n in targets],
            recommendations)
