"""What a list, a dashboard or a report covers: filters shared by queries and aggregates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, func, or_, select

from hrdesk.domain.text import like_patterns
from hrdesk.storage import models as m


@dataclass(frozen=True)
class ActivityScope:
    """Filters on activities.  Empty tuples mean "all".  The period keeps activities that
    overlap it (start on or before ``date_to`` and end on or after ``date_from``)."""

    text: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    main_countries: tuple[str, ...] = ()  # held in (the activity's own country; ``countries`` also takes those it covers)
    offices: tuple[str, ...] = ()      # office codes of origin
    themes: tuple[str, ...] = ()
    sdg_goals: tuple[int, ...] = ()
    sdg_targets: tuple[str, ...] = ()
    mechanisms: tuple[str, ...] = ()
    include_deleted: bool = False
    uuids: tuple[str, ...] = field(default=())

    def conditions(self) -> list[ColumnElement[bool]]:
        # Link-table filters are "id IN (subquery)": evaluated once, whatever the planner
        # guesses (a correlated EXISTS took seconds on 10,000 activities without ANALYZE).
        A = m.Activity
        c: list[ColumnElement[bool]] = []
        if not self.include_deleted:
            c.append(A.deleted_at.is_(None))
        if self.text.strip():
            c += [A.search_text.like(p, escape="\\") for p in like_patterns(self.text)]
        if self.date_from:
            c.append(func.coalesce(A.end_date, A.start_date) >= self.date_from)
        if self.date_to:
            c.append(A.start_date <= self.date_to)
        if self.kinds:
            c.append(A.kind.in_(self.kinds))
        if self.statuses:
            c.append(A.status.in_(self.statuses))
        if self.countries:
            c.append(or_(A.country.in_(self.countries), A.id.in_(
                select(m.ActivityCountry.activity_id).where(m.ActivityCountry.country.in_(self.countries)))))
        if self.main_countries:
            c.append(A.country.in_(self.main_countries))
        if self.offices:
            c.append(A.origin_office_id.in_(select(m.Office.id).where(m.Office.code.in_(self.offices))))
        if self.themes:
            c.append(A.id.in_(select(m.ActivityTheme.activity_id).where(m.ActivityTheme.theme.in_(self.themes))))
        if self.sdg_goals:
            c.append(A.id.in_(select(m.ActivitySdgTarget.activity_id)
                              .where(m.ActivitySdgTarget.goal.in_(self.sdg_goals))))
        if self.sdg_targets:
            c.append(A.id.in_(select(m.ActivitySdgTarget.activity_id)
                              .where(m.ActivitySdgTarget.target.in_(self.sdg_targets))))
        if self.mechanisms:
            c.append(A.id.in_(select(m.ActivityMechanism.activity_id)
                                  .where(m.ActivityMechanism.mechanism.in_(self.mechanisms))))
        if self.uuids:
            c.append(A.uuid.in_(self.uuids))
        return c

    def where(self) -> ColumnElement[bool]:
        conditions = self.conditions()
        return and_(*conditions) if conditions else and_(True)

    def activity_ids(self):
        """A subquery of the ids of the activities in scope."""
        return select(m.Activity.id).where(self.where())
