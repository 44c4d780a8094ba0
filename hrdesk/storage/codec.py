"""Between ORM rows and plain field values (dicts keyed by the record definitions' names).

Scalar fields map to the column of the same name; list fields map to link tables.
Used by the services and by bulk paths (demo data, exchange).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.fields import Kind, RecordType
from hrdesk.domain.records import ACTIVITY, RECOMMENDATION
from hrdesk.reference import sdg
from hrdesk.storage import models as m

# list field → (relationship attribute, link class, value column)
LINKS: dict[str, dict[str, tuple[type, str]]] = {
    ACTIVITY.name: {
        "countries_covered": (m.ActivityCountry, "country"),
        "themes": (m.ActivityTheme, "theme"),
        "partners": (m.ActivityPartner, "partner"),
        "sdg_targets": (m.ActivitySdgTarget, "target"),
        "mechanisms": (m.ActivityMechanism, "mechanism"),
    },
    RECOMMENDATION.name: {
        "sdg_targets": (m.RecommendationSdgTarget, "target"),
        "themes": (m.RecommendationTheme, "theme"),
        "affected_persons": (m.RecommendationAffectedPerson, "person_group"),
        "responsible_entities": (m.RecommendationEntity, "entity"),
    },
}


def scalar_fields(record_type: RecordType) -> list[str]:
    return [f.name for f in record_type.fields
            if not f.kind.is_list and f.kind is not Kind.REACH_GRID]


def meta(row: Any) -> dict[str, Any]:
    data = {
        "id": row.id,
        "uuid": row.uuid,
        "version": row.version,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "deleted": row.deleted_at is not None,
    }
    if hasattr(row, "origin_office_id"):
        data["origin_office_id"] = row.origin_office_id
        data["source_file"] = row.source_file
    return data


def to_values(record_type: RecordType, row: Any) -> dict[str, Any]:
    """All field values of an ORM row, with link lists and meta data."""
    values = {name: getattr(row, name) for name in scalar_fields(record_type) if hasattr(row, name)}
    for name, (_cls, column) in LINKS.get(record_type.name, {}).items():
        items = [getattr(link, column) for link in getattr(row, name)]
        values[name] = sorted(items, key=_sort_key(record_type[name].kind))
    if record_type is ACTIVITY:
        values["recommendations"] = sorted(
            _recommendation_uuids(row), key=str)
        values["reach_by_age"] = {(r.sex, r.age_group): r.count for r in row.reach_by_age}
    values.update(meta(row))
    return values


def _sort_key(kind: Kind):
    if kind is Kind.SDG_TARGETS:
        return _target_sort_key
    return lambda v: str(v).casefold()


def _target_sort_key(code: str) -> tuple[int, int, str]:
    goal, _, rest = code.partition(".")
    return (int(goal), int(rest) if rest.isdigit() else 1000, rest)


def _same(record_type: RecordType, name: str, old: Any, new: Any) -> bool:
    """Equal as stored: lists in any order, reach grids without their zero cells."""
    kind = record_type[name].kind if name in record_type else None
    if kind is not None and kind.is_list and isinstance(old, list) and isinstance(new, (list, tuple)):
        key = _sort_key(kind)
        return sorted(old, key=key) == sorted(new, key=key)
    if kind is Kind.REACH_GRID and isinstance(old, dict) and isinstance(new, dict):
        return {k: c for k, c in old.items() if c} == {k: c for k, c in new.items() if c}
    return old == new


def _recommendation_uuids(row: m.Activity) -> list[str]:
    session = Session.object_session(row)
    if session is None or not row.recommendations:
        return []
    ids = [link.recommendation_id for link in row.recommendations]
    return list(session.scalars(select(m.Recommendation.uuid).where(m.Recommendation.id.in_(ids))))


def apply_values(session: Session, record_type: RecordType, row: Any, values: dict[str, Any]) -> list[str]:
    """Write cleaned ``values`` onto ``row``; return the names of fields that changed."""
    current = to_values(record_type, row) if row.id is not None else {}
    changed = [name for name, v in values.items()
               if row.id is None or (name in current and not _same(record_type, name, current[name], v))]
    for name in scalar_fields(record_type):
        if name in values and hasattr(row, name):
            setattr(row, name, values[name])
    for name, (cls, column) in LINKS.get(record_type.name, {}).items():
        if name in values and (row.id is None or name in changed):
            links = []
            for v in values[name]:
                link = cls(**{column: v})
                if column == "target":
                    link.goal = sdg.goal_of(v)
                links.append(link)
            setattr(row, name, links)
    if record_type is ACTIVITY:
        if "recommendations" in values and (row.id is None or "recommendations" in changed):
            ids = list(session.scalars(select(m.Recommendation.id).where(
                m.Recommendation.uuid.in_(values["recommendations"]))))
            row.recommendations = [m.ActivityRecommendation(recommendation_id=i) for i in ids]
        if "reach_by_age" in values and (row.id is None or "reach_by_age" in changed):
            row.reach_by_age = [m.ActivityReach(sex=s, age_group=a, count=c)
                                for (s, a), c in values["reach_by_age"].items() if c]
    return changed
