"""Stable pseudonymous ids for participants and participations in pseudonymised files.

``p-`` + the first 34 hex digits of HMAC-SHA256(office key, record uuid).  The key is 32
random bytes created on first use and kept in this database's settings (it never leaves
the office), so:

* the same record always gets the same id in every file of this office (the region
  dedupes exactly and updates the record it already has);
* nobody holding a full export (with uuids and names) and a pseudonymised one can link
  the two without the key: the pseudonymised file carries neither the uuid of the person
  nor the uuid of the participation;
* an id that already is a pseudonym (a region re-exporting what it received) is passed
  on unchanged, so headquarters sees the same id whichever way the record came.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session

from hrdesk.exchange.format import PSEUDONYM_PREFIX
from hrdesk.services import settings

KEY_SETTING = "exchange_pseudonym_key"


def office_key(session: Session) -> bytes:
    key = settings.get_in(session, KEY_SETTING)
    if not key:
        key = secrets.token_hex(32)
        settings.set_in(session, KEY_SETTING, key)
        session.flush()
    return bytes.fromhex(key)


class Pseudonymiser:
    def __init__(self, key: bytes) -> None:
        self._key = key
        self._cache: dict[str, str] = {}

    def __call__(self, uuid: str) -> str:
        if uuid.startswith(PSEUDONYM_PREFIX):
            return uuid
        found = self._cache.get(uuid)
        if found is None:
            digest = hmac.new(self._key, uuid.encode(), hashlib.sha256).hexdigest()
            found = PSEUDONYM_PREFIX + digest[:34]
            if len(self._cache) < 200_000:
                self._cache[uuid] = found
        return found
