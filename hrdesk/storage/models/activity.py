"""Activities and the lists that belong to them (link tables, part of the same record)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.storage.base import Base, Synced


class Activity(Synced, Base):
    __tablename__ = "activities"

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    country: Mapped[str] = mapped_column(String(3), index=True)
    location: Mapped[str | None] = mapped_column(String(200))
    narrative: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    funding_source: Mapped[str | None] = mapped_column(String(200))
    reach_women: Mapped[int | None] = mapped_column(Integer)
    reach_men: Mapped[int | None] = mapped_column(Integer)
    reach_other: Mapped[int | None] = mapped_column(Integer)
    reach_total: Mapped[int | None] = mapped_column(Integer)
    reach_localities: Mapped[int | None] = mapped_column(Integer)
    training_hours: Mapped[float | None] = mapped_column(Float)
    methodology: Mapped[str | None] = mapped_column(String(300))
    pre_post_test: Mapped[bool] = mapped_column(Boolean, default=False)
    # folded title, location and partners, for accent- and case-insensitive search
    search_text: Mapped[str] = mapped_column(Text, default="")

    countries_covered: Mapped[list[ActivityCountry]] = relationship(cascade="all, delete-orphan")
    themes: Mapped[list[ActivityTheme]] = relationship(cascade="all, delete-orphan")
    partners: Mapped[list[ActivityPartner]] = relationship(cascade="all, delete-orphan")
    sdg_targets: Mapped[list[ActivitySdgTarget]] = relationship(cascade="all, delete-orphan")
    mechanisms: Mapped[list[ActivityMechanism]] = relationship(cascade="all, delete-orphan")
    recommendations: Mapped[list[ActivityRecommendation]] = relationship(cascade="all, delete-orphan")
    reach_by_age: Mapped[list[ActivityReach]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (Index("ix_activities_deleted_start", "deleted_at", "start_date"),)


class ActivityCountry(Base):
    __tablename__ = "activity_countries"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str] = mapped_column(String(3), primary_key=True, index=True)


class ActivityTheme(Base):
    __tablename__ = "activity_themes"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    theme: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)


class ActivityPartner(Base):
    __tablename__ = "activity_partners"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    partner: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)


class ActivitySdgTarget(Base):
    __tablename__ = "activity_sdg_targets"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    target: Mapped[str] = mapped_column(String(8), primary_key=True)
    goal: Mapped[int] = mapped_column(Integer, index=True)


class ActivityMechanism(Base):
    __tablename__ = "activity_mechanisms"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    mechanism: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class ActivityRecommendation(Base):
    __tablename__ = "activity_recommendations"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True, index=True)


class ActivityReach(Base):
    """Aggregate reach by sex (women, men, other) and age group."""

    __tablename__ = "activity_reach"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    sex: Mapped[str] = mapped_column(String(10), primary_key=True)
    age_group: Mapped[str] = mapped_column(String(10), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
