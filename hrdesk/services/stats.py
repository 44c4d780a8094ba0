"""Key figures of a scope as plain data (``hrdesk stats --json``)."""

from __future__ import annotations

from typing import Any

from hrdesk.services import aggregates
from hrdesk.services.filters import ActivityScope
from hrdesk.storage.database import Database


def stats(db: Database, scope: ActivityScope = ActivityScope()) -> dict[str, Any]:
    with db.read_session() as s:
        figures = aggregates.key_figures(s, scope)
    figures["period"] = {"from": scope.date_from.isoformat() if scope.date_from else None,
                         "to": scope.date_to.isoformat() if scope.date_to else None}
    return figures


def countries_in_use(db: Database) -> list[str]:
    """Every country where an activity took place or that one covered (deleted ones excepted)."""
    with db.read_session() as s:
        return aggregates.countries_reached(s, ActivityScope())
