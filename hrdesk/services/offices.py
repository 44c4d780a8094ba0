"""The installation's own office (configured once, editable) and the offices seen in files."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.cleaning import clean
from hrdesk.domain.errors import ConfigurationError, Problem, ValidationError
from hrdesk.domain.records import OFFICE
from hrdesk.domain.validation import validate
from hrdesk.i18n import _
from hrdesk.reference import countries
from hrdesk.services import audit, settings
from hrdesk.storage.base import utcnow
from hrdesk.storage.codec import meta
from hrdesk.storage.database import Database
from hrdesk.storage.models import Office


def office_values(office: Office) -> dict[str, Any]:
    values = {name: getattr(office, name) for name in OFFICE.names}
    values.update(meta(office))
    return values


def is_configured(db: Database) -> bool:
    return settings.get(db, settings.OWN_OFFICE) is not None


def check_values(values: dict[str, Any]) -> dict[str, Any]:
    """The office's values cleaned and checked (:class:`ValidationError` listing every problem)."""
    data = {**OFFICE.defaults(), **clean(OFFICE, values)}
    if data.get("code"):
        data["code"] = data["code"].upper()
    if not data.get("region") and data.get("country"):
        data["region"] = countries.region(data["country"]) or None
    problems = validate(OFFICE, data)
    if problems:
        raise ValidationError(problems)
    return data


def configure(db: Database, values: dict[str, Any], user_name: str) -> dict[str, Any]:
    """Create the installation's own office, or update its profile, and the user name.

    The code of a configured office never changes: it is the origin of every record the
    office made, and other offices know them by it (:class:`ValidationError` on ``code``)."""
    data = check_values(values)
    with db.session() as s:
        previous = settings.get_in(s, settings.OWN_OFFICE)
        if previous and data["code"] != previous:
            raise ValidationError([Problem("code", _(
                "The office code cannot be changed once it is set ({code}): it identifies this office's "
                "records in every exchange with other offices.").format(code=previous))])
        office = s.scalar(select(Office).where(Office.code == (previous or data["code"])))
        if office is None:
            office = s.scalar(select(Office).where(Office.code == data["code"]))
        if office is None:
            office = Office(**data)
            s.add(office)
            action = "create"
        else:
            for name, v in data.items():
                setattr(office, name, v)
            office.version += 1
            office.updated_at = utcnow()
            action = "update"
        s.flush()
        settings.set_in(s, settings.OWN_OFFICE, office.code)
        settings.set_in(s, settings.USER_NAME, user_name.strip())
        audit.record(s, audit.Actor(user_name.strip(), office.id), action, "office", office.uuid, office.version)
        return office_values(office)


def rename(db: Database, name: str, user_name: str | None = None) -> dict[str, Any]:
    """Change the name of the installation's own office — only its name, never its code."""
    current = own_office(db)
    if user_name is None:
        user_name = settings.get(db, settings.USER_NAME) or ""
    return configure(db, {**{n: current[n] for n in OFFICE.names}, "name": name}, user_name)


def own_office_in(session: Session) -> Office:
    code = settings.get_in(session, settings.OWN_OFFICE)
    office = session.scalar(select(Office).where(Office.code == code)) if code else None
    if office is None:
        raise ConfigurationError(_(
            "No office is configured yet: run 'hrdesk init' (or start the app) first."))
    return office


def own_office(db: Database) -> dict[str, Any]:
    with db.read_session() as s:
        return office_values(own_office_in(s))


def actor(db: Database) -> audit.Actor:
    with db.read_session() as s:
        office = own_office_in(s)
        return audit.Actor(settings.get_in(s, settings.USER_NAME) or "", office.id)


def list_offices(db: Database) -> list[dict[str, Any]]:
    with db.read_session() as s:
        return [office_values(o) for o in s.scalars(select(Office).order_by(Office.code))]


def ensure_office(session: Session, code: str, name: str | None = None, kind: str = "other",
                  country: str | None = None) -> Office:
    """The office with this code, created if it is not known yet (offices seen in files)."""
    office = session.scalar(select(Office).where(Office.code == code))
    if office is None:
        office = Office(code=code, name=name or code, kind=kind, country=country,
                        region=countries.region(country) or None)
        session.add(office)
        session.flush()
    return office
