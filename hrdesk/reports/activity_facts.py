"""What the office recorded about each activity beyond its row: countries covered, the
countries participants came from and the mechanisms it follows up.  Read by the
narrative (:mod:`hrdesk.reports.narrative`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
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
    return facts

