"""Recommendations of the human-rights mechanisms (UPR, treaty bodies, special procedures)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.storage.base import Base, Synced


class Recommendation(Synced, Base):
    __tablename__ = "recommendations"

    mechanism: Mapped[str] = mapped_column(String(40), index=True)
    body: Mapped[str | None] = mapped_column(String(200))
    symbol: Mapped[str | None] = mapped_column(String(80), index=True)
    paragraph: Mapped[str | None] = mapped_column(String(40))
    country: Mapped[str] = mapped_column(String(3), index=True)
    cycle: Mapped[int | None] = mapped_column(Integer, index=True)
    session: Mapped[str | None] = mapped_column(String(40))
    year: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    response: Mapped[str | None] = mapped_column(String(20), index=True)
    # the uuid of a RecommendationCluster (a uuid, like every reference that travels in exchange files)
    cluster: Mapped[str | None] = mapped_column(String(36), index=True)
    priority: Mapped[str | None] = mapped_column(String(10))
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    # kept in step with the newest entry of the implementation history (see docs/recommendations.md)
    implementation_status: Mapped[str] = mapped_column(String(30), default="not_started")
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")

    sdg_targets: Mapped[list[RecommendationSdgTarget]] = relationship(cascade="all, delete-orphan")
    themes: Mapped[list[RecommendationTheme]] = relationship(cascade="all, delete-orphan")
    affected_persons: Mapped[list[RecommendationAffectedPerson]] = relationship(cascade="all, delete-orphan")
    responsible_entities: Mapped[list[RecommendationEntity]] = relationship(cascade="all, delete-orphan")
    history: Mapped[list[RecommendationHistoryEntry]] = relationship(
        cascade="all, delete-orphan", order_by="RecommendationHistoryEntry.date")


class RecommendationSdgTarget(Base):
    __tablename__ = "recommendation_sdg_targets"
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True)
    target: Mapped[str] = mapped_column(String(8), primary_key=True)
    goal: Mapped[int] = mapped_column(Integer, index=True)


class RecommendationTheme(Base):
    __tablename__ = "recommendation_themes"
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True)
    theme: Mapped[str] = mapped_column(String(200), primary_key=True)


class RecommendationAffectedPerson(Base):
    __tablename__ = "recommendation_affected_persons"
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True)
    person_group: Mapped[str] = mapped_column(String(40), primary_key=True)


class RecommendationEntity(Base):
    __tablename__ = "recommendation_entities"
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(200), primary_key=True)


class RecommendationCluster(Synced, Base):
    """A named group of recommendations followed up together."""
    __tablename__ = "recommendation_clusters"

    name: Mapped[str] = mapped_column(String(200), index=True)
    description: Mapped[str | None] = mapped_column(Text)


class RecommendationHistoryEntry(Synced, Base):
    """One dated entry of a recommendation's implementation history.  Entries are added, not
    overwritten; each has its own uuid so that offices' entries add up in an exchange."""
    __tablename__ = "recommendation_history"
    __table_args__ = (Index("ix_recommendation_history_rec_date", "recommendation_id", "date"),)

    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendations.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)
    who: Mapped[str | None] = mapped_column(String(200))
