"""Create, update, soft-delete and restore synced records: the rules shared by every type.

Each record type's service (activities, participants, …) subclasses :class:`RecordService`
and adds its own derived columns and checks.  Every write bumps ``version`` and
``updated_at``, writes an audit entry and happens in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.cleaning import clean
from hrdesk.domain.errors import NotFoundError, Problem, ValidationError
from hrdesk.domain.fields import RecordType
from hrdesk.domain.validation import validate
from hrdesk.i18n import _
from hrdesk.services import audit, offices
from hrdesk.storage.base import utcnow
from hrdesk.storage.codec import apply_values, to_values
from hrdesk.storage.database import Database


class RecordService:
    record_type: ClassVar[RecordType]
    model: ClassVar[type]

    def __init__(self, db: Database, actor: audit.Actor | None = None) -> None:
        self.db = db
        self._actor = actor

    @property
    def actor(self) -> audit.Actor:
        if self._actor is None:
            self._actor = offices.actor(self.db)
        return self._actor

    # -- hooks -----------------------------------------------------------------------------
    def derive(self, values: dict[str, Any]) -> dict[str, Any]:
        """Fill derived fields before validation (e.g. age group from year of birth)."""
        return values

    def extra_problems(self, session: Session, values: dict[str, Any], row: Any | None) -> list[Problem]:
        """Checks that need the database (references, uniqueness)."""
        return []

    def after_write(self, session: Session, row: Any, values: dict[str, Any]) -> None:
        """Update derived columns (search text, name key)."""

    def values_of(self, session: Session, row: Any) -> dict[str, Any]:
        return to_values(self.record_type, row)

    # -- reads -----------------------------------------------------------------------------
    def _row(self, session: Session, uuid: str, *, include_deleted: bool = False) -> Any:
        row = session.scalar(select(self.model).where(self.model.uuid == uuid))
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFoundError(_("{record} {uuid} does not exist or was deleted.").format(
                record=_(self.record_type.label), uuid=uuid))
        return row

    def get(self, uuid: str, *, include_deleted: bool = False) -> dict[str, Any]:
        with self.db.read_session() as s:
            return self.values_of(s, self._row(s, uuid, include_deleted=include_deleted))

    # -- writes ----------------------------------------------------------------------------
    def check(self, values: dict[str, Any], uuid: str | None = None) -> list[Problem]:
        """Every problem the values would have if saved (nothing is written)."""
        with self.db.read_session() as s:
            row = self._row(s, uuid) if uuid else None
            base = self.values_of(s, row) if row is not None else self.record_type.defaults()
            data = self.derive({**base, **clean(self.record_type, values)})
            return self._problems(s, data, row)

    def _problems(self, session: Session, data: dict[str, Any], row: Any | None) -> list[Problem]:
        problems = validate(self.record_type, data)
        bad = {p.field for p in problems}
        problems += [p for p in self.extra_problems(session, data, row) if p.field not in bad]
        return problems

    def create(self, values: dict[str, Any]) -> dict[str, Any]:
        with self.db.session() as s:
            row = self.create_in(s, values)
            return self.values_of(s, row)

    def create_in(self, session: Session, values: dict[str, Any], *, uuid: str | None = None) -> Any:
        """``uuid``: a deterministic identity (records brought in from a published list get
        the same one in every office); a new random one when None."""
        data = self.derive({**self.record_type.defaults(), **clean(self.record_type, values)})
        problems = self._problems(session, data, None)
        if problems:
            raise ValidationError(problems)
        now = utcnow()
        row = self.model(origin_office_id=self.actor.office_id, created_at=now, updated_at=now)
        if uuid is not None:
            row.uuid = uuid
        apply_values(session, self.record_type, row, data)
        self.after_write(session, row, data)
        session.add(row)
        session.flush()
        audit.record(session, self.actor, "create", self.record_type.name, row.uuid, row.version)
        return row

    def update(self, uuid: str, values: dict[str, Any], *, expected_version: int | None = None) -> dict[str, Any]:
        with self.db.session() as s:
            row = self.update_in(s, uuid, values, expected_version=expected_version)
            return self.values_of(s, row)

    def update_in(self, session: Session, uuid: str, values: dict[str, Any], *,
                  expected_version: int | None = None) -> Any:
        row = self._row(session, uuid)
        if expected_version is not None and row.version != expected_version:
            raise ValidationError([Problem("", _(
                "This record was changed elsewhere since you opened it (version {mine} → {theirs}). "
                "Reopen it to see the changes."
            ).format(mine=expected_version, theirs=row.version))])
        data = self.derive({**self.values_of(session, row), **clean(self.record_type, values)})
        problems = self._problems(session, data, row)
        if problems:
            raise ValidationError(problems)
        fields = {f: data[f] for f in self.record_type.names}
        changed = apply_values(session, self.record_type, row, fields)
        if changed:
            row.version += 1
            row.updated_at = utcnow()
            row.source_file = None
            session.flush()
            self.after_write(session, row, data)
            audit.record(session, self.actor, "update", self.record_type.name, row.uuid, row.version, changed)
        return row

    def delete(self, uuids: Iterable[str]) -> int:
        """Soft-delete (tombstone) records; returns how many were deleted."""
        with self.db.session() as s:
            return sum(self.delete_in(s, uuid) for uuid in uuids)

    def delete_in(self, session: Session, uuid: str) -> int:
        row = self._row(session, uuid)
        row.deleted_at = utcnow()
        row.updated_at = row.deleted_at
        row.version += 1
        audit.record(session, self.actor, "delete", self.record_type.name, row.uuid, row.version)
        return 1

    def restore(self, uuids: Iterable[str]) -> int:
        """Undo a soft delete."""
        with self.db.session() as s:
            count = 0
            for uuid in uuids:
                row = self._row(s, uuid, include_deleted=True)
                if row.deleted_at is None:
                    continue
                row.deleted_at = None
                row.updated_at = utcnow()
                row.version += 1
                audit.record(s, self.actor, "restore", self.record_type.name, row.uuid, row.version)
                count += 1
            return count
