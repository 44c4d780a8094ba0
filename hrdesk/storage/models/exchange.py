"""Exchange bookkeeping: the log of exported and imported files, recipients of incremental
exports, per-record sync state (last agreed version), conflicts to review, and the
participant counts that arrive in aggregate files."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, utcnow


class ExchangeLog(Base):
    """One exported or imported exchange file."""

    __tablename__ = "exchange_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    direction: Mapped[str] = mapped_column(String(10))  # export, import
    export_id: Mapped[str] = mapped_column(String(36), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    file_hash: Mapped[str] = mapped_column(String(64), index=True)
    office_code: Mapped[str] = mapped_column(String(12))   # the exporting office
    recipient: Mapped[str | None] = mapped_column(String(100))
    scope: Mapped[str] = mapped_column(String(60), default="full")
    privacy: Mapped[str] = mapped_column(String(20))
    accepted_modified: Mapped[bool] = mapped_column(Boolean, default=False)
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON


class ExchangeRecipient(Base):
    """Where incremental exports ('changes since the last export to …') start from."""

    __tablename__ = "exchange_recipients"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    last_export_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_export_id: Mapped[str] = mapped_column(String(36))


class RecordSyncState(Base):
    """The version of a record this database last agreed on with an exchange file, and when
    a file last brought it (imported records keep their foreign ``updated_at``)."""

    __tablename__ = "exchange_record_state"

    record_type: Mapped[str] = mapped_column(String(30), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    agreed_version: Mapped[int] = mapped_column(Integer)
    agreed_updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    agreed_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_exchange_record_state_received", "record_type", "received_at"),)


class ExchangeConflict(Base):
    """A record changed on both sides since they last agreed: the winner was kept, both
    versions are stored (JSON) for review."""

    __tablename__ = "exchange_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    record_type: Mapped[str] = mapped_column(String(30))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    source_file: Mapped[str] = mapped_column(String(255))
    kept: Mapped[str] = mapped_column(Text)     # JSON of the version kept
    other: Mapped[str] = mapped_column(Text)    # JSON of the version set aside
    kept_side: Mapped[str] = mapped_column(String(10))  # local, incoming
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    resolution: Mapped[str | None] = mapped_column(String(10), default=None)  # kept, other


class ExchangeListedCount(Base):
    """Participant counts of an activity received in an aggregate file (no participant rows)."""

    __tablename__ = "exchange_listed_counts"

    activity_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    total: Mapped[int] = mapped_column(Integer, default=0)
    women: Mapped[int] = mapped_column(Integer, default=0)
    men: Mapped[int] = mapped_column(Integer, default=0)
    other: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
