"""What the office recorded about each activity beyond its row: countries covered, the
countries participants came from and the mechanisms it follows up.  Read by the
narrative (:mod:`hrdesk.reports.narrative`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.services import aggregates as agg
from hrdesk.services.filters import ActivityScope
from hrdesk.storage import models as m


def collect(s: Session, scope: ActivityScope) -> dict[int, dict[str, Any]]:
    """{activity id: {"covered": [alpha-3], "from": {alpha-3: participants}, "mechanisms": [code]}}
    for the activities in ``scope`` (participants: role participant, one per participation)."""
    ids = scope.activity_ids()
    facts: dict[int, dict[str, Any]] = {}

    def entry(activity_id: int) -> dict[str, Any]:
        return facts.setdefault(activity_id, {"covered": [], "from": {}, "mechanisms": []})

    for activity_id, country in s.execute(select(m.ActivityCountry.activity_id, m.ActivityCountry.country)
                                          .where(m.ActivityCountry.activity_id.in_(ids))
                                          .order_by(m.ActivityCountry.country)):
        entry(activity_id)["covered"].append(country)
    for activity_id, mechanism in s.execute(select(m.ActivityMechanism.activity_id, m.ActivityMechanism.mechanism)
                                            .where(m.ActivityMechanism.activity_id.in_(ids))
                                            .order_by(m.ActivityMechanism.mechanism)):
        entry(activity_id)["mechanisms"].append(mechanism)
    for activity_id, by_country in agg.participants_by_activity(s, scope, "country").items():
        entry(activity_id)["from"] = {c: n for c, n in by_country.items() if c}
    for activity_id, counts in score_counts(s, scope).items():
        entry(activity_id)["scores"] = counts
    return facts


def score_counts(s: Session, scope: ActivityScope) -> dict[int, dict[str, int]]:
    """Per training in scope, over the same participations as ``aggregates.training_results``
    averages: {"participations", "pre", "post", "both"} (how many have a pre-test score, a
    post-test score, both), so that an average can say what it is over."""
    Q, P, A = m.Participation, m.Participant, m.Activity
    deleted_people = select(P.id).where(P.deleted_at.is_not(None))
    query = (select(Q.activity_id, func.count(Q.id), func.count(Q.pre_score), func.count(Q.post_score),
                    func.count(Q.id).filter(Q.pre_score.is_not(None), Q.post_score.is_not(None)))
             .where(Q.deleted_at.is_(None), Q.participant_id.not_in(deleted_people),
                    Q.activity_id.in_(scope.activity_ids().where(A.kind == "training")))
             .group_by(Q.activity_id))
    return {a: {"participations": n, "pre": pre, "post": post, "both": both}
            for a, n, pre, post, both in s.execute(query)}

