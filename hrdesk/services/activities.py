"""Activities: create, edit, duplicate, delete (soft) and restore; saving an activity with
the people who took part (one transaction)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.errors import Problem, ValidationError
from hrdesk.domain.records import ACTIVITY
from hrdesk.domain.text import search_text
from hrdesk.i18n import _
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.services.records import RecordService
from hrdesk.storage import models as m
from hrdesk.storage.database import Database


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


@dataclass(frozen=True)
class PersonInActivity:
    """One person listed in an activity being saved: a registered person (``participant``,
    with optional ``person_changes`` made in the activity, checked against
    ``person_version``) or a person to register (``new_person``); ``participation`` is the
    uuid of their existing participation, ``values`` its fields (role, days, scores…)."""

    name: str                                   # for messages
    values: dict[str, Any] = field(default_factory=dict)
    participant: str | None = None
    new_person: dict[str, Any] | None = None
    participation: str | None = None
    person_changes: dict[str, Any] = field(default_factory=dict)
    person_version: int | None = None


@dataclass(frozen=True)
class Saved:
    """What a use case changed: the record's uuid and the record types the UI must refresh."""

    uuid: str
    changed: frozenset[str]


def save_with_participants(db: Database, uuid: str | None, values: dict[str, Any], *,
                           expected_version: int | None = None, people: Sequence[PersonInActivity] = (),
                           removed: Iterable[str] = ()) -> Saved:
    """Create (``uuid`` None) or update the activity with ``values``, delete the
    participations ``removed`` (uuids), register the new people and save every listed
    person's participation: one transaction, all or nothing.  Every problem of every person
    is collected (``name: message``) and raised together as one ``ValidationError``."""
    activities, persons, parts = ActivityService(db), ParticipantService(db), ParticipationService(db)
    changed = {"activity"}
    with db.session() as s:
        if uuid:
            row = activities.update_in(s, uuid, values, expected_version=expected_version)
        else:
            row = activities.create_in(s, values)
        for participation in removed:
            parts.delete_in(s, participation)
        problems: list[Problem] = []
        for p in people:
            try:
                participant = p.participant
                if p.new_person is not None:
                    participant = persons.create_in(s, p.new_person).uuid
                    changed.add("participant")
                elif p.person_changes:  # sex, age group… corrected in the activity
                    persons.update_in(s, participant, p.person_changes, expected_version=p.person_version)
                    changed.add("participant")
                if p.participation:
                    parts.update_in(s, p.participation, p.values)
                else:
                    parts.create_in(s, {**p.values, "activity": row.uuid, "participant": participant})
            except ValidationError as exc:
                problems += [Problem("", f"{p.name}: {q.message}") for q in exc.problems]
        if problems:
            raise ValidationError(problems)
        return Saved(row.uuid, frozenset(changed))


def activity_search_text(values: dict[str, Any]) -> str:
    return search_text(values.get("title"), values.get("location"),
                       " ".join(values.get("partners") or []), values.get("funding_source"))
