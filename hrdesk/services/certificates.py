"""Certificates of participation: issuing their numbers (verification codes) and verifying
a code.  The PDF is drawn by :mod:`hrdesk.reports.training`, inside the transaction that
issues the numbers, so a cancelled or failed file stores no number."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.errors import HRDeskError, NotFoundError
from hrdesk.i18n import _
from hrdesk.services.participations import ParticipationService
from hrdesk.storage import models as m
from hrdesk.storage.database import Database

A, P, Q, OFF = m.Activity, m.Participant, m.Participation, m.Office
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I
T = TypeVar("T")


def resolve_activity(s: Session, ident: str) -> m.Activity:
    """The live activity whose uuid is ``ident`` or starts with it (unique prefix)."""
    ident = ident.strip().lower()
    if len(ident) < 4:
        raise HRDeskError(_("Give at least 4 characters of the activity's id."))
    rows = s.scalars(select(A).where(A.deleted_at.is_(None), A.uuid.like(ident.replace("%", "") + "%"))
                     .limit(3)).all()
    if not rows:
        raise NotFoundError(_("No activity with the id {id}.").format(id=ident))
    if len(rows) > 1:
        raise HRDeskError(_("The id {id} matches several activities: give more characters.").format(id=ident))
    return rows[0]


def new_code(s: Session) -> str:
    while True:
        raw = "".join(secrets.choice(CODE_ALPHABET) for _i in range(8))
        code = f"HRD-{raw[:4]}-{raw[4:]}"
        if not s.scalar(select(Q.id).where(Q.certificate_number == code)):
            return code


def normalise_code(code: str) -> str:
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    raw = raw.removeprefix("HRD")
    return f"HRD-{raw[:4]}-{raw[4:]}" if len(raw) == 8 else code.strip().upper()


def issue_in(s: Session, db: Database, activity: m.Activity, today: dt.date) -> int:
    """Give every live participant (role participant) of ``activity`` without a certificate
    number a number and the date ``today`` (versioned and audited); returns how many."""
    service = ParticipationService(db)
    missing = s.scalars(
        select(Q.uuid).join(P, P.id == Q.participant_id)
        .where(Q.activity_id == activity.id, Q.role == "participant", Q.certificate_number.is_(None),
               Q.deleted_at.is_(None), P.deleted_at.is_(None)).order_by(Q.id)).all()
    for uuid in missing:
        service.update_in(s, uuid, {"certificate_number": new_code(s), "certificate_date": today})
    s.flush()
    return len(missing)


def issue(db: Database, activity_id: str, *, today: dt.date | None = None,
          then: Callable[[Session, m.Activity], T] | None = None) -> T | int:
    """Issue the missing certificate numbers of the activity ``activity_id`` (uuid or unique
    start of it) in one transaction, keeping numbers already issued.  ``then(session,
    activity)`` runs inside that transaction after the numbers are flushed (e.g. to draw the
    certificates) and its result is returned; when it raises (a cancel, a failed file) no
    number is stored.  Without ``then``, returns the number of certificates issued."""
    with db.session() as s:
        activity = resolve_activity(s, activity_id)
        issued = issue_in(s, db, activity, today or dt.date.today())
        return then(s, activity) if then is not None else issued


def verify(db: Database, code: str) -> dict[str, Any]:
    """Whose certificate ``code`` is: name, training, dates, office, date of issue."""
    number = normalise_code(code)
    with db.read_session() as s:
        row = s.execute(
            select(P.full_name, A.title, A.start_date, A.end_date, A.location, A.country, OFF.name, OFF.code,
                   Q.certificate_date, Q.deleted_at, A.deleted_at)
            .join(P, P.id == Q.participant_id).join(A, A.id == Q.activity_id)
            .join(OFF, OFF.id == A.origin_office_id)
            .where(func.upper(Q.certificate_number) == number)
            .order_by(Q.deleted_at.is_(None).desc())).first()
    if row is None:
        raise NotFoundError(_("No certificate with the code {code} in this database.").format(code=number))
    return {"code": number, "full_name": row[0], "title": row[1], "start_date": row[2], "end_date": row[3],
            "location": row[4], "country": row[5], "office": row[6], "office_code": row[7],
            "certificate_date": row[8], "withdrawn": row[9] is not None or row[10] is not None}
