"""Activities: create, edit, duplicate, delete (soft) and restore."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.errors import Problem
from hrdesk.domain.records import ACTIVITY
from hrdesk.domain.text import search_text
from hrdesk.i18n import _
from hrdesk.services.records import RecordService
from hrdesk.storage import models as m


class ActivityService(RecordService):
    record_type = ACTIVITY
    model = m.Activity

    def extra_problems(self, session: Session, values: dict[str, Any], row: Any | None) -> list[Problem]:
        wanted = set(values.get("recommendations") or [])
        if not wanted:
            return []
        found = set(session.scalars(select(m.Recommendation.uuid).where(
            m.Recommendation.uuid.in_(wanted), m.Recommendation.deleted_at.is_(None))))
        if row is not None:  # links kept from before stay valid, even to a since-deleted recommendation
            found |= set(session.scalars(
                select(m.Recommendation.uuid).join(
                    m.ActivityRecommendation, m.ActivityRecommendation.recommendation_id == m.Recommendation.id)
                .where(m.ActivityRecommendation.activity_id == row.id)))
        return [Problem("recommendations", _("Unknown recommendation {uuid}.").format(uuid=u))
                for u in sorted(wanted - found)]

    def after_write(self, session: Session, row: m.Activity, values: dict[str, Any]) -> None:
        row.search_text = activity_search_text(values)

    def duplicate(self, uuid: str) -> dict[str, Any]:
        """A new activity with the same fields (not the participants), titled '… (copy)'."""
        source = self.get(uuid)
        values = {name: source[name] for name in ACTIVITY.names}
        if values["recommendations"]:  # a copy does not link recommendations deleted since
            with self.db.read_session() as s:
                live = set(s.scalars(select(m.Recommendation.uuid).where(
                    m.Recommendation.uuid.in_(values["recommendations"]), m.Recommendation.deleted_at.is_(None))))
            values["recommendations"] = [u for u in values["recommendations"] if u in live]
        values["title"] = _("{title} (copy)").format(title=source["title"])[:300]
        return self.create(values)


def activity_search_text(values: dict[str, Any]) -> str:
    return search_text(values.get("title"), values.get("location"),
                       " ".join(values.get("partners") or []), values.get("funding_source"))
