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

from sqlalchemy import Connection, bindparam, case, func, literal
from sqlalchemy.orm import Session
from sqlalchemy.types import LargeBinary

from hrdesk.exchange.format import PSEUDONYM_PREFIX
from hrdesk.services import settings
from hrdesk.storage import dialect

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

    def sql(self, conn: Connection, uuid_column):
        """The pseudonym of ``uuid_column`` computed by the database (to sort rows by it while
        streaming): a registered function on SQLite; on PostgreSQL HMAC-SHA256 written with
        the built-in ``sha256`` (no extension needed), giving exactly the same text."""
        if dialect.is_sqlite(conn):
            conn.connection.driver_connection.create_function("hrdesk_pseudonym", 1, self, deterministic=True)
            return func.hrdesk_pseudonym(uuid_column)
        block = 64
        key = hashlib.sha256(self._key).digest() if len(self._key) > block else self._key.ljust(block, b"\0")
        inner = bytes(b ^ 0x36 for b in key)
        outer = bytes(b ^ 0x5C for b in key)
        digest = func.sha256(bindparam("hmac_outer", outer, type_=LargeBinary).op("||")(func.sha256(
            bindparam("hmac_inner", inner, type_=LargeBinary).op("||")(func.convert_to(uuid_column, "UTF8")))))
        return case((uuid_column.startswith(PSEUDONYM_PREFIX), uuid_column),
                    else_=literal(PSEUDONYM_PREFIX) + func.substr(func.encode(digest, "hex"), 1, 34))
