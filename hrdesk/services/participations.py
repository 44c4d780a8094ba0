"""Who took part in which activity: role, attendance, pre/post scores, certificate."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.errors import NotFoundError, Problem
from hrdesk.domain.records import PARTICIPATION
from hrdesk.i18n import _
from hrdesk.services.records import RecordService
from hrdesk.storage import models as m
from hrdesk.storage.codec import meta


class ParticipationService(RecordService):
    """Participation values use uuids: ``activity`` and ``participant`` name the records."""

    record_type = PARTICIPATION
    model = m.Participation

    def values_of(self, session: Session, row: m.Participation) -> dict[str, Any]:
        values = {name: getattr(row, name) for name in PARTICIPATION.names
                  if name not in ("activity", "participant")}
        values["activity"] = session.scalar(select(m.Activity.uuid).where(m.Activity.id == row.activity_id))
        values["participant"] = session.scalar(
            select(m.Participant.uuid).where(m.Participant.id == row.participant_id))
        values.update(meta(row))
        return values

    def extra_problems(self, session: Session, values: dict[str, Any], row: Any | None) -> list[Problem]:
        problems = []
        activity_id = _live_id(session, m.Activity, values.get("activity"))
        participant_id = _live_id(session, m.Participant, values.get("participant"))
        if activity_id is None:
            problems.append(Problem("activity", _("Unknown activity.")))
        if participant_id is None:
            problems.append(Problem("participant", _("Unknown participant.")))
        if activity_id and participant_id:
            query = select(m.Participation.id).where(
                m.Participation.activity_id == activity_id,
                m.Participation.participant_id == participant_id,
                m.Participation.deleted_at.is_(None))
            if row is not None:
                query = query.where(m.Participation.id != row.id)
            if session.scalar(query):
                problems.append(Problem("participant", _("This person is already listed in this activity.")))
        values["_activity_id"], values["_participant_id"] = activity_id, participant_id
        return problems

    def after_write(self, session: Session, row: m.Participation, values: dict[str, Any]) -> None:
        row.activity_id = values["_activity_id"]
        row.participant_id = values["_participant_id"]

    def for_activity(self, activity_uuid: str) -> list[dict[str, Any]]:
        """Live participations of an activity with the person's main fields, by name (accents
        and case ignored)."""
        with self.db.read_session() as s:
            activity_id = _live_id(s, m.Activity, activity_uuid)
            if activity_id is None:
                raise NotFoundError(_("The activity does not exist or was deleted."))
            P, Q = m.Participant, m.Participation
            rows = s.execute(
                select(Q, P.uuid, P.full_name, P.sex, P.age_group, P.disability, P.organisation,
                       P.stakeholder_category, P.country, P.version)
                .join(P, P.id == Q.participant_id)
                .where(Q.activity_id == activity_id, Q.deleted_at.is_(None))
                .order_by(P.sort_key, P.id)).all()
            result = []
            for q, puuid, name, sex, age, disability, org, cat, country, pversion in rows:
                values = {name_: getattr(q, name_) for name_ in PARTICIPATION.names
                          if name_ not in ("activity", "participant")}
                values.update(meta(q), activity=activity_uuid, participant=puuid, full_name=name,
                              sex=sex, age_group=age, disability=disability, organisation=org,
                              stakeholder_category=cat, country=country, participant_version=pversion)
                result.append(values)
            return result


def _live_id(session: Session, model: type, uuid: str | None) -> int | None:
    if not uuid:
        return None
    return session.scalar(select(model.id).where(model.uuid == uuid, model.deleted_at.is_(None)))
