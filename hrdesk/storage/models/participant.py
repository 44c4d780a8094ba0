"""Participants (the registry of people) and their participations in activities."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, Synced


class Participant(Synced, Base):
    __tablename__ = "participants"

    full_name: Mapped[str] = mapped_column(String(200))
    # accent-, case- and word-order-free name, for duplicate detection
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    # accent- and case-free name in reading order, for sorting lists in SQL (domain.text.sort_key)
    sort_key: Mapped[str] = mapped_column(String(200), default="", server_default="")
    sex: Mapped[str] = mapped_column(String(12), index=True)
    age_group: Mapped[str | None] = mapped_column(String(10))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    disability: Mapped[str | None] = mapped_column(String(12))
    organisation: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(200))
    stakeholder_category: Mapped[str | None] = mapped_column(String(30), index=True)
    country: Mapped[str | None] = mapped_column(String(3))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    # The pseudonym under which the office of origin sends this person in pseudonymised files
    # (learnt from its full files), so both kinds of file reach the same record.
    pseudonym: Mapped[str | None] = mapped_column(String(40), index=True, default=None)

    __table_args__ = (
        # Lists show live people sorted by name, filtered by text: this index serves the order
        # (the folded sort_key), and holds search_text so a text search reads the index only
        # (not 100,000 table rows).
        Index("ix_participants_deleted_name", "deleted_at", "sort_key", "id", "search_text"),
        # the registry sorted by organisation (people of one ministry together)
        Index("ix_participants_deleted_organisation", "deleted_at", "organisation", "id"),
    )


class Participation(Synced, Base):
    __tablename__ = "participations"

    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"), index=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))
    role: Mapped[str] = mapped_column(String(20), default="participant")
    days_attended: Mapped[float | None] = mapped_column(Float)
    pre_score: Mapped[float | None] = mapped_column(Float)
    post_score: Mapped[float | None] = mapped_column(Float)
    certificate_number: Mapped[str | None] = mapped_column(String(40), index=True)
    certificate_date: Mapped[dt.date | None] = mapped_column(Date)
    pseudonym: Mapped[str | None] = mapped_column(String(40), index=True, default=None)  # as for people

    __table_args__ = (
        # counts of a person's live participations (in live activities) read this index only
        Index("ix_participations_participant_id", "participant_id", "deleted_at", "activity_id"),
        # one live participation per person and activity
        Index("uq_participations_live_pair", "activity_id", "participant_id", unique=True,
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
    )
