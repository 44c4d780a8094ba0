"""Recommendations of the human-rights mechanisms (UPR, treaty bodies, special procedures)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.storage.base import Base, Synced


class Recommendation(Synced, Base):
    __tablename__ = "recommendations"

    mechanism: Mapped[str] = mapped_column(String(40), index=True)
    body: Mapped[str | None] = mapped_column(String(200))
    symbol: Mapped[str | None] = mapped_column(String(80), index=True)
    paragraph: Mapped[str | None] = mapped_column(String(40))
    country: Mapped[str] = mapped_column(String(3), index=True)
    text: Mapped[str] = mapped_column(Text)
    implementation_status: Mapped[str] = mapped_column(String(30), default="not_started")
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")

    sdg_targets: Mapped[list[RecommendationSdgTarget]] = relationship(cascade="all, delete-orphan")
    themes: Mapped[list[RecommendationTheme]] = relationship(cascade="all, delete-orphan")


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
