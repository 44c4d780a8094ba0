"""Settings kept inside the database (they travel with backups): own office, user name,
default export privacy, report language…"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.privacy import Privacy
from hrdesk.i18n import DEFAULT_LANGUAGE, LANGUAGES
from hrdesk.storage.database import Database
from hrdesk.storage.models import Setting

OWN_OFFICE = "own_office_code"
USER_NAME = "user_name"
DEFAULT_PRIVACY = "default_privacy"
LANGUAGE = "language"

DEFAULTS: dict[str, Any] = {  # the one place of these defaults
    USER_NAME: "",
    DEFAULT_PRIVACY: Privacy.PSEUDONYMISED.value,
    LANGUAGE: DEFAULT_LANGUAGE,
}


def get_in(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key, default)
    return json.loads(row.value)


def set_in(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded


def get(db: Database, key: str, default: Any = None) -> Any:
    with db.read_session() as s:
        return get_in(s, key, default)


def put(db: Database, key: str, value: Any) -> None:
    with db.session() as s:
        set_in(s, key, value)


def all_settings(db: Database) -> dict[str, Any]:
    with db.read_session() as s:
        stored = {r.key: json.loads(r.value) for r in s.scalars(select(Setting))}
    return {**DEFAULTS, **stored}


def default_privacy(db: Database) -> Privacy:
    """The privacy level of exports and reports unless another is chosen (stored setting;
    an unknown or empty stored value gives the default)."""
    value = get(db, DEFAULT_PRIVACY)
    return Privacy(value) if value in Privacy._value2member_map_ else Privacy(DEFAULTS[DEFAULT_PRIVACY])


def language(db: Database) -> str:
    """The language of reports and of the command line unless another is chosen (stored
    setting; an unknown or empty stored value gives the default)."""
    value = get(db, LANGUAGE)
    return value if value in LANGUAGES else DEFAULTS[LANGUAGE]
