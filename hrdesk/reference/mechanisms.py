"""International human-rights mechanisms: UPR, treaty bodies, special procedures."""

from __future__ import annotations

from hrdesk.domain.choices import Choices
from hrdesk.i18n import N_

MECHANISM = Choices("mechanism", [
    ("upr", N_("Universal Periodic Review")),
    ("cerd", N_("Committee on the Elimination of Racial Discrimination (CERD)")),
    ("ccpr", N_("Human Rights Committee (CCPR)")),
    ("cescr", N_("Committee on Economic, Social and Cultural Rights (CESCR)")),
    ("cedaw", N_("Committee on the Elimination of Discrimination against Women (CEDAW)")),
    ("cat", N_("Committee against Torture (CAT)")),
    ("spt", N_("Subcommittee on Prevention of Torture (SPT)")),
    ("crc", N_("Committee on the Rights of the Child (CRC)")),
    ("cmw", N_("Committee on Migrant Workers (CMW)")),
    ("crpd", N_("Committee on the Rights of Persons with Disabilities (CRPD)")),
    ("ced", N_("Committee on Enforced Disappearances (CED)")),
    ("special_procedures", N_("Special procedures")),
])

TREATY_BODIES = frozenset({"cerd", "ccpr", "cescr", "cedaw", "cat", "spt", "crc", "cmw", "crpd", "ced"})

MECHANISM_GROUP = Choices("mechanism_group", [
    ("upr", N_("Universal Periodic Review")),
    ("treaty_bodies", N_("Treaty bodies")),
    ("special_procedures", N_("Special procedures")),
])


def group_of(mechanism: str) -> str:
    if mechanism in TREATY_BODIES:
        return "treaty_bodies"
    return mechanism
