"""Audit trail: who changed which record when.  Never personal data: record type, uuid,
action, version and the *names* of changed fields only."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_name: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, restore, merge, import
    record_type: Mapped[str] = mapped_column(String(30))
    record_uuid: Mapped[str] = mapped_column(String(36))
    version: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(String(500), default="")

    __table_args__ = (Index("ix_audit_log_record", "record_type", "record_uuid"),)
