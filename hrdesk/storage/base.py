"""Declarative base (with a constraint naming convention, needed by SQLite batch
migrations) and the columns every synced record carries."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module

from sqlalchemy import DateTime, ForeignKey, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    """Current UTC time, naive (SQLite stores no zone; every stored time is UTC)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class Tracked:
    """Stable identity, timestamps, version counter and tombstone."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Laptop clocks are often wrong: merges compare (version, updated_at), version first.
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class Synced(Tracked):
    """A record that travels between offices: it knows its office of origin and the
    exchange file it last came from (None when edited here)."""

    @declared_attr
    def origin_office_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("offices.id"), index=True)

    source_file: Mapped[str | None] = mapped_column(String(255), default=None)
    # Version vector ("GN:3;RO:5": for each office, the version of its latest edit that this
    # version includes); None means {origin office: version}.  See hrdesk/storage/versioning.py.
    vv: Mapped[str | None] = mapped_column(String(400), default=None)
