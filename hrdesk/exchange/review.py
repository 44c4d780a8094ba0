"""What the Exchange page shows besides export and import: the exchange history, the
conflicts to review (and their resolution), likely duplicate people between offices."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from hrdesk.domain.errors import HRDeskError, NotFoundError
from hrdesk.domain.privacy import Privacy
from hrdesk.exchange import format as F
from hrdesk.i18n import _
from hrdesk.services import participants, settings
from hrdesk.storage import models as m
from hrdesk.storage import versioning as V
from hrdesk.storage.base import utcnow
from hrdesk.storage.database import Database

SHEET_OF_TYPE = {s.record_type.name: s for s in F.SHEETS}


def history(db: Database, *, limit: int = 200) -> list[dict[str, Any]]:
    """Exported and imported files, newest first."""
    with db.read_session() as s:
        rows = s.scalars(select(m.ExchangeLog).order_by(m.ExchangeLog.at.desc(), m.ExchangeLog.id.desc())
                         .limit(limit)).all()
        return [{"at": r.at, "direction": r.direction, "file_name": r.file_name, "export_id": r.export_id,
                 "office_code": r.office_code, "recipient": r.recipient, "scope": r.scope,
                 "privacy": r.privacy, "accepted_modified": r.accepted_modified,
                 "counts": json.loads(r.counts or "{}"), "file_hash": r.file_hash} for r in rows]


def recipients(db: Database) -> list[dict[str, Any]]:
    with db.read_session() as s:
        return [{"name": r.name, "last_export_at": r.last_export_at, "last_export_id": r.last_export_id}
                for r in s.scalars(select(m.ExchangeRecipient).order_by(m.ExchangeRecipient.name))]


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    query = select(m.ExchangeConflict).order_by(m.ExchangeConflict.detected_at, m.ExchangeConflict.id)
    if not include_resolved:
        query = query.where(m.ExchangeConflict.resolved_at.is_(None))
    with db.read_session() as s:
        return [_conflict_values(c) for c in s.scalars(query)]


def _conflict_values(c: m.ExchangeConflict) -> dict[str, Any]:
    return {"id": c.id, "detected_at": c.detected_at, "record_type": c.record_type,
            "record_uuid": c.record_uuid, "source_file": c.source_file, "kept": json.loads(c.kept),
            "other": json.loads(c.other), "kept_side": c.kept_side, "resolved_at": c.resolved_at,
            "resolution": c.resolution}


def resolve_conflict(db: Database, conflict_id: int, choice: str) -> dict[str, Any]:
    """``choice`` ``"kept"`` confirms the version kept; ``"other"`` makes the version set aside
    the current one (as a new version, so it travels on with the next export)."""
    if choice not in ("kept", "other"):
        raise HRDeskError(_("Choose 'kept' or 'other'."))
    # start-up time: the merge machinery loads when a conflict is resolved, not with the status
    # bar's history (the first window)
    from hrdesk.exchange.merge import Merger
    from hrdesk.exchange.parse import ParsedFile

    with db.session() as s:
        conflict = s.get(m.ExchangeConflict, conflict_id)
        if conflict is None:
            raise NotFoundError(_("Conflict {id} does not exist.").format(id=conflict_id))
        if conflict.resolved_at is not None:
            raise HRDeskError(_("This conflict was already resolved."))
        sheet = SHEET_OF_TYPE[conflict.record_type]
        model = {"Activities": m.Activity, "Participants": m.Participant, "Participations": m.Participation,
                 "Recommendations": m.Recommendation}[sheet.name]
        current = s.scalar(select(model).where(model.uuid == conflict.record_uuid))
        if current is None:
            raise NotFoundError(_("The record of this conflict no longer exists."))
        other = _typed(sheet, json.loads(conflict.other))
        # Either way the decision is a new version that includes both sides, so it travels with
        # the next export and neither side's version comes back as a conflict.
        origin = s.scalar(select(m.Office.code).where(m.Office.id == current.origin_office_id)) or ""
        vector = V.joined(V.parse(current.vv, origin, current.version),
                          V.parse(other.get("versions"), other.get("origin_office"), other.get("version")))
        version = max(current.version, *vector.values()) + 1
        vector[settings.get_in(s, settings.OWN_OFFICE) or origin] = version
        if choice == "kept":
            current.vv = V.format_vector(vector)  # set on purpose: the edit hook leaves it
            current.version = version
            current.updated_at = utcnow()
        else:
            # the record as it is known here now (it may have been joined to its real uuid
            # since the conflict was recorded), with the content set aside
            other.update(uuid=current.uuid, version=version, versions=V.format_vector(vector),
                         updated_at=utcnow(), _row=0)
            if sheet is F.PARTICIPATIONS:
                other["participant"] = _known_participant(s, other.get("participant"))
            named = all(n in other for n in sheet.record_type.personal_fields)
            privacy = (Privacy.FULL if named else Privacy.PSEUDONYMISED).value
            parsed = ParsedFile({"office_code": other["origin_office"]}, privacy, {sheet.name: [other]})
            counts = Merger(s, parsed, conflict.source_file).run()
            if counts["inserted"]:
                raise HRDeskError(_("The version set aside no longer matches the record here; nothing was changed."))
        conflict.resolved_at = utcnow()
        conflict.resolution = choice
        s.flush()
        return _conflict_values(conflict)


def _known_participant(s: Any, uuid: str | None) -> str | None:
    """A participation's person as this database knows them (a pseudonym joined since)."""
    if not uuid:
        return uuid
    P = m.Participant
    if s.scalar(select(P.id).where(P.uuid == uuid)):
        return uuid
    return s.scalar(select(P.uuid).where(P.pseudonym == uuid)) or uuid


def _typed(sheet: F.Sheet, data: dict[str, Any]) -> dict[str, Any]:
    # start-up time: the cell parsers load with the merge, when a conflict is resolved
    from hrdesk.exchange.parse import _PARSERS

    rec: dict[str, Any] = {}
    for col in sheet.columns:
        if col.derived or col.name not in data:
            continue
        v = data[col.name]
        rec[col.name] = v if isinstance(v, list) else _PARSERS[col.cell](v)
    rec["deleted"] = bool(rec.get("deleted"))
    return rec


def likely_duplicates(db: Database, *, limit: int = 200) -> list[list[dict[str, Any]]]:
    """Groups of people with the same normalised name and organisation or country that come
    from different offices: to review, never merged automatically."""
    groups = participants.duplicate_groups(db, limit=limit * 2)
    return [g for g in groups if len({p.get("origin_office_id") for p in g}) > 1][:limit]
