"""Recommendations of the human-rights mechanisms and the activities addressing them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.records import RECOMMENDATION
from hrdesk.domain.text import search_text
from hrdesk.services.records import RecordService
from hrdesk.storage import models as m


class RecommendationService(RecordService):
    record_type = RECOMMENDATION
    model = m.Recommendation

    def after_write(self, session: Session, row: m.Recommendation, values: dict[str, Any]) -> None:
        row.search_text = search_text(values.get("symbol"), values.get("paragraph"),
                                      values.get("body"), values.get("text"))

    def activities_of(self, uuid: str) -> list[dict[str, Any]]:
        with self.db.read_session() as s:
            rec = self._row(s, uuid)
            rows = s.execute(
                select(m.Activity.uuid, m.Activity.title, m.Activity.kind, m.Activity.start_date,
                       m.Activity.country)
                .join(m.ActivityRecommendation, m.ActivityRecommendation.activity_id == m.Activity.id)
                .where(m.ActivityRecommendation.recommendation_id == rec.id,
                       m.Activity.deleted_at.is_(None))
                .order_by(m.Activity.start_date.desc())).all()
            return [{"uuid": r[0], "title": r[1], "kind": r[2], "start_date": r[3], "country": r[4]}
                    for r in rows]


def label(values: dict[str, Any]) -> str:
    """Short label of a recommendation: ``CMW/C/ECU/CO/3, para. 47 (g)``."""
    parts = [values.get("symbol") or values.get("body") or values.get("mechanism") or ""]
    if values.get("paragraph"):
        parts.append(f"para. {values['paragraph']}")
    return ", ".join(p for p in parts if p)
