"""Writing and reading the audit trail (no personal data: field names, never values)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.privacy import pseudonym
from hrdesk.storage import models as m
from hrdesk.storage.database import Database
from hrdesk.storage.models import AuditEntry


@dataclass(frozen=True)
class Actor:
    """Who is acting: the user name from settings and the installation's own office."""

    user_name: str
    office_id: int


def record(session: Session, actor: Actor, action: str, record_type: str, uuid: str,
           version: int | None = None, fields: list[str] | None = None, detail: str = "") -> None:
    text = detail or (", ".join(sorted(fields)) if fields else "")
    session.add(AuditEntry(user_name=actor.user_name or "?", action=action, record_type=record_type,
                           record_uuid=uuid, version=version, detail=text[:500]))


def entries(db: Database, *, record_type: str | None = None, record_uuid: str | None = None,
            user_name: str | None = None, since: dt.datetime | None = None,
            until: dt.datetime | None = None, offset: int = 0, limit: int = 200) -> tuple[list[dict[str, Any]], int]:
    query = select(AuditEntry)
    if record_type:
        query = query.where(AuditEntry.record_type == record_type)
    if record_uuid:
        query = query.where(AuditEntry.record_uuid == record_uuid)
    if user_name:
        query = query.where(AuditEntry.user_name == user_name)
    if since:
        query = query.where(AuditEntry.at >= since)
    if until:
        query = query.where(AuditEntry.at < until)
    with db.read_session() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = s.scalars(query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                         .offset(offset).limit(limit)).all()
        return [
            {"at": r.at, "user_name": r.user_name, "action": r.action, "record_type": r.record_type,
             "record_uuid": r.record_uuid, "version": r.version, "detail": r.detail}
            for r in rows
        ], total


def record_titles(db: Database, keys: list[tuple[str, str]], *, names: bool) -> dict[tuple[str, str], str]:
    """What a reader calls each record of ``(record_type, uuid)`` pairs: an activity's title, a
    recommendation's symbol and paragraph, an office's code and name, a person's name (only
    with ``names``, at full privacy; their code otherwise), a participation's person and
    activity.  Deleted records keep their title; a record no longer in the database has none."""
    wanted: dict[str, set[str]] = {}
    for record_type, uuid in keys:
        if uuid:
            wanted.setdefault(record_type, set()).add(uuid)
    out: dict[tuple[str, str], str] = {}

    def person(uuid: str, full_name: str | None) -> str:
        return (full_name or "") if names else pseudonym(uuid)

    with db.read_session() as s:
        def rows(*columns, model, uuids):
            return s.execute(select(model.uuid, *columns).where(model.uuid.in_(uuids))).all() if uuids else []

        for uuid, title in rows(m.Activity.title, model=m.Activity, uuids=wanted.get("activity")):
            out["activity", uuid] = title or ""
        for uuid, symbol, paragraph in rows(m.Recommendation.symbol, m.Recommendation.paragraph,
                                            model=m.Recommendation, uuids=wanted.get("recommendation")):
            out["recommendation", uuid] = ", ".join(filter(None, [symbol, paragraph]))
        for uuid, code, name in rows(m.Office.code, m.Office.name, model=m.Office, uuids=wanted.get("office")):
            out["office", uuid] = f"{code} — {name}" if name else code
        for uuid, full_name in rows(m.Participant.full_name, model=m.Participant, uuids=wanted.get("participant")):
            out["participant", uuid] = person(uuid, full_name)
        if wanted.get("participation"):
            Q, P, A = m.Participation, m.Participant, m.Activity
            for uuid, person_uuid, full_name, title in s.execute(
                    select(Q.uuid, P.uuid, P.full_name, A.title).join(P, P.id == Q.participant_id)
                    .join(A, A.id == Q.activity_id).where(Q.uuid.in_(wanted["participation"]))):
                out["participation", uuid] = f"{person(person_uuid, full_name)} — {title}"
    return out
