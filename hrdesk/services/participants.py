"""The participants registry: people, their likely duplicates, and merging duplicates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hrdesk.domain import identity
from hrdesk.domain.choices import age_group_for_age
from hrdesk.domain.progress import Progress, ensure
from hrdesk.domain.records import PARTICIPANT
from hrdesk.domain.text import name_key, search_text, sort_key
from hrdesk.services import audit
from hrdesk.services.records import RecordService
from hrdesk.storage import models as m
from hrdesk.storage.base import utcnow
from hrdesk.storage.database import Database


class ParticipantService(RecordService):
    record_type = PARTICIPANT
    model = m.Participant

    def derive(self, values: dict[str, Any]) -> dict[str, Any]:
        year = values.get("birth_year")
        if isinstance(year, int) and 1900 <= year <= dt.date.today().year and values.get("age_group") in (None, "unknown"):
            values["age_group"] = age_group_for_age(dt.date.today().year - year)
        return values

    def after_write(self, session: Session, row: m.Participant, values: dict[str, Any]) -> None:
        row.name_key = name_key(values.get("full_name"))
        row.search_text = participant_search_text(values)
        row.sort_key = sort_key(values.get("full_name"))

    def similar(self, values: dict[str, Any], *, exclude_uuid: str | None = None, limit: int = 10) -> list[dict[str, Any]]:
        """Existing people who are the same or likely the same person by the identity policy
        (:mod:`hrdesk.domain.identity`): same normalised name or e-mail, nothing in conflict."""
        with self.db.read_session() as s:
            return [self.values_of(s, r) for r in similar_rows(s, values, exclude_uuid=exclude_uuid, limit=limit)]

    def merge(self, keep_uuid: str, duplicate_uuids: list[str], *,
              backup_first: Callable[[Database, str], object], progress: Progress | None = None) -> dict[str, Any]:
        """Keep one person, move the others' participations to them, delete the others.

        A participation that would repeat one the kept person already has in the same
        activity is deleted instead of moved.  The merge is recorded in the audit trail.
        A verified backup of the database is made first by ``backup_first(db, "merge")`` (the
        caller, a layer up, passes :func:`hrdesk.safety.backups.backup_before`); when it
        fails nothing is merged.  ``progress.update`` after each record; a cancel merges
        nothing (``Cancelled``)."""
        progress = ensure(progress)
        backup_first(self.db, "merge")
        with self.db.session() as s:
            keep = self._row(s, keep_uuid)
            for i, uuid in enumerate(duplicate_uuids):
                progress.update(i, len(duplicate_uuids))
                if uuid == keep_uuid:
                    continue
                dup = self._row(s, uuid)
                moved = 0
                for part in s.scalars(select(m.Participation).where(
                        m.Participation.participant_id == dup.id, m.Participation.deleted_at.is_(None))):
                    clash = s.scalar(select(m.Participation.id).where(
                        m.Participation.participant_id == keep.id,
                        m.Participation.activity_id == part.activity_id,
                        m.Participation.deleted_at.is_(None)))
                    part.version += 1
                    part.updated_at = utcnow()
                    if clash:
                        part.deleted_at = part.updated_at
                    else:
                        part.participant_id = keep.id
                        moved += 1
                    s.flush()
                dup.deleted_at = utcnow()
                dup.updated_at = dup.deleted_at
                dup.version += 1
                audit.record(s, self.actor, "merge", "participant", dup.uuid, dup.version,
                             detail=f"merged into {keep.uuid}; {moved} participation(s) moved")
            keep.version += 1
            keep.updated_at = utcnow()
            audit.record(s, self.actor, "merge", "participant", keep.uuid, keep.version,
                         detail=f"kept; merged {len(duplicate_uuids)} record(s)")
            progress.check()  # a cancel up to here merges nothing
            values = self.values_of(s, keep)
        progress.finish()
        return values

    def activities_of(self, uuid: str) -> list[dict[str, Any]]:
        """The activities a person attended, newest first, with their role."""
        with self.db.read_session() as s:
            person = self._row(s, uuid)
            rows = s.execute(
                select(m.Activity.uuid, m.Activity.title, m.Activity.kind, m.Activity.start_date,
                       m.Activity.country, m.Participation.role, m.Participation.uuid)
                .join(m.Participation, m.Participation.activity_id == m.Activity.id)
                .where(m.Participation.participant_id == person.id, m.Participation.deleted_at.is_(None),
                       m.Activity.deleted_at.is_(None))
                .order_by(m.Activity.start_date.desc())).all()
            return [{"uuid": r[0], "title": r[1], "kind": r[2], "start_date": r[3], "country": r[4],
                     "role": r[5], "participation_uuid": r[6]} for r in rows]


def participant_search_text(values: dict[str, Any]) -> str:
    return search_text(values.get("full_name"), values.get("organisation"), values.get("email"),
                       values.get("position"))


IDENTITY_FIELDS = ("uuid", "full_name", "email", "phone", "organisation", "country", "birth_year", "sex")


def identity_values(row: m.Participant) -> dict[str, Any]:
    """What the identity policy compares of a person in the registry."""
    return {k: getattr(row, k) for k in IDENTITY_FIELDS}


def registry_candidates(session: Session, values: dict[str, Any], *, exclude_uuid: str | None = None,
                        limit: int = 10) -> list[tuple[m.Participant, identity.Verdict]]:
    """Live people who may be the person ``values`` describes, with the identity policy's
    verdict (:data:`~hrdesk.domain.identity.SAME` or ``LIKELY``; different people are left
    out): people with the same normalised name or the same e-mail address."""
    return registry_candidates_of(session, [values], exclude_uuid=exclude_uuid, limit=limit)[0]


REGISTRY_MATCHES = 500   # people of one name or e-mail compared at most, oldest first
_PROBES_PER_QUERY = 400


def registry_candidates_of(session: Session, probes: list[dict[str, Any]], *, exclude_uuid: str | None = None,
                           limit: int = 10) -> list[list[tuple[m.Participant, identity.Verdict]]]:
    """:func:`registry_candidates` of many people at once (a sheet of an import), in a few
    queries: the people of the same names or e-mails are read for hundreds of rows at a time."""
    P = m.Participant
    wanted = [(name_key(v.get("full_name")), str(v.get("email") or "").strip().lower()) for v in probes]
    people: dict[int, tuple[m.Participant, str]] = {}
    for start in range(0, len(wanted), _PROBES_PER_QUERY):
        chunk = wanted[start:start + _PROBES_PER_QUERY]
        keys = sorted({k for k, _e in chunk if k})
        emails = sorted({e for _k, e in chunk if e})
        conditions = ([P.name_key.in_(keys)] if keys else []) + ([func.lower(P.email).in_(emails)] if emails else [])
        if not conditions:
            continue
        query = select(P, func.lower(P.email)).where(P.deleted_at.is_(None), or_(*conditions))
        if exclude_uuid:
            query = query.where(P.uuid != exclude_uuid)
        for person, email in session.execute(query):
            people[person.id] = (person, email or "")
    by_name: dict[str, list[m.Participant]] = {}
    by_email: dict[str, list[m.Participant]] = {}
    for person, email in people.values():
        by_name.setdefault(person.name_key, []).append(person)
        if email:
            by_email.setdefault(email, []).append(person)
    result = []
    for values, (key, email) in zip(probes, wanted, strict=True):
        found = {p.id: p for p in (by_name.get(key, []) if key else [])} | \
                {p.id: p for p in (by_email.get(email, []) if email else [])}
        matches = sorted(found.values(), key=lambda p: (p.created_at, p.id))[:REGISTRY_MATCHES]
        probe = {k: v for k, v in values.items() if k != "uuid"}
        candidates = []
        for row in matches:
            verdict = identity.compare(probe, identity_values(row))
            if not verdict.different:
                candidates.append((row, verdict))
        candidates.sort(key=lambda t: 0 if t[1].same else 1)
        result.append(candidates[:limit])
    return result


def similar_rows(session: Session, values: dict[str, Any], *, exclude_uuid: str | None = None,
                 limit: int = 10) -> list[m.Participant]:
    """Live people who are the same or likely the same person (see :mod:`hrdesk.domain.identity`)."""
    return [row for row, _v in registry_candidates(session, values, exclude_uuid=exclude_uuid, limit=limit)]


def duplicate_groups(db, *, limit: int = 200) -> list[list[dict[str, Any]]]:
    """The duplicate finder's queue: groups of live participants that the identity policy
    calls the same or likely the same person (same normalised name, e-mail or phone, and
    no conflict that makes them different people)."""
    with db.read_session() as s:
        P = m.Participant
        keys = s.execute(
            select(P.name_key).where(P.deleted_at.is_(None), P.name_key != "")
            .group_by(P.name_key).having(func.count() > 1)
            .order_by(P.name_key).limit(limit * 5)).scalars().all()
        emails = s.execute(
            select(func.lower(P.email)).where(P.deleted_at.is_(None), P.email.is_not(None), P.email != "")
            .group_by(func.lower(P.email)).having(func.count() > 1).limit(limit * 5)).scalars().all()
        # phones compare by their digits: people whose numbers end alike (Python-side)
        ends: dict[str, list[int]] = {}
        for pid, phone in s.execute(select(P.id, P.phone).where(
                P.deleted_at.is_(None), P.phone.is_not(None), P.phone != "")):
            for key in identity.phone_keys(phone):       # a cell may hold several numbers
                ids = ends.setdefault(key[-identity.MIN_PHONE_DIGITS:], [])
                if pid not in ids:
                    ids.append(pid)
        phones = [ids for ids in ends.values() if len(ids) > 1][:limit * 5]
        seen: set[frozenset[str]] = set()
        groups: list[list[dict[str, Any]]] = []
        service = ParticipantService(db, actor=audit.Actor("", 0))
        batches = ([P.name_key == key for key in keys] + [func.lower(P.email) == e for e in emails]
                   + [P.id.in_(ids) for ids in phones])
        for condition in batches:
            people = s.scalars(select(P).where(condition, P.deleted_at.is_(None))
                               .order_by(P.created_at)).all()
            for group in _cluster(people):
                ids = frozenset(p.uuid for p in group)
                if ids in seen:
                    continue
                seen.add(ids)
                groups.append([service.values_of(s, p) for p in group])
            if len(groups) >= limit:
                break
        return groups


def _cluster(people: list[m.Participant]) -> list[list[m.Participant]]:
    """Split people into groups where each is the same or likely the same person as another
    of the group, by the identity policy."""
    groups: list[list[m.Participant]] = []
    for p in people:
        values = identity_values(p)
        for g in groups:
            if any(not identity.compare(values, identity_values(q)).different for q in g):
                g.append(p)
                break
        else:
            groups.append([p])
    return [g for g in groups if len(g) > 1]
