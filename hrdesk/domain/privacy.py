"""The privacy levels of exchange files and reports, and the rules each carries.

``full``: everything travels and prints, names and contact details included;
``pseudonymised``: people travel and are listed, by code, without personal fields (names,
e-mails, phones, notes: the ``personal`` columns); ``aggregate``: no person at all, counts
only.  The labels shown to users are in :data:`hrdesk.domain.choices.PRIVACY_LEVEL`; the
default level is the ``default_privacy`` setting (:data:`hrdesk.services.settings.DEFAULTS`).
``Privacy`` is a ``str``: ``Privacy.FULL == "full"`` and it is stored as its code.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum

from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _


class Privacy(StrEnum):
    FULL = "full"
    PSEUDONYMISED = "pseudonymised"
    AGGREGATE = "aggregate"

    @classmethod
    def of(cls, value: str | Privacy) -> Privacy:
        """The level named ``value``; a clear error for an unknown one."""
        try:
            return cls(value)
        except ValueError:
            raise HRDeskError(_("Unknown privacy level '{level}'.").format(level=value)) from None

    @property
    def shows_names(self) -> bool:
        """Personal fields (names, contact details, notes) travel and print."""
        return self is Privacy.FULL

    @property
    def lists_people(self) -> bool:
        """Participants and participations travel; person-level tables are printed (with
        names at full, with codes when pseudonymised)."""
        return self is not Privacy.AGGREGATE


PRIVACY_CODES = tuple(p.value for p in Privacy)


def pseudonym(uuid: str) -> str:
    """A stable code for a person that does not reveal who they are without the database."""
    return "P-" + hashlib.sha256(uuid.encode()).hexdigest()[:6].upper()
