"""Writing and reading the audit trail (no personal data: field names, never values)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
