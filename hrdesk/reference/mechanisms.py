"""International human-rights mechanisms: UPR, treaty bodies, special procedures."""

from __future__ import annotations

from hrdesk.domain.choices import Choices
from hrdesk.i18n import N_, Translator

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
    ("treaty_bodies", N_("Treaty bodies (committee not known)")),
    ("special_procedures", N_("Special procedures")),
])

# "treaty_bodies" is the generic choice when the committee is not known.
TREATY_BODIES = frozenset({"treaty_bodies", "cerd", "ccpr", "cescr", "cedaw", "cat", "spt", "crc", "cmw", "crpd", "ced"})

MECHANISM_GROUP = Choices("mechanism_group", [
    ("upr", N_("Universal Periodic Review")),
    ("treaty_bodies", N_("Treaty bodies")),
    ("special_procedures", N_("Special procedures")),
])


def group_of(mechanism: str) -> str:
    if mechanism in TREATY_BODIES:
        return "treaty_bodies"
    return mechanism


# Leading words of a special procedure's mandate and their usual abbreviation (the mandate is
# entered in the language of the source document).
_MANDATE_ABBREVIATIONS = (
    ("Special Rapporteur", "SR"), ("Independent Expert", "IE"), ("Working Group", "WG"),
    ("Rapporteur spécial", "RS"), ("Rapporteuse spéciale", "RS"), ("Experte indépendante", "EI"),
    ("Expert indépendant", "EI"), ("Groupe de travail", "GT"),
    ("Relator Especial", "RE"), ("Relatora Especial", "RE"), ("Experto Independiente", "EI"),
    ("Experta Independiente", "EI"), ("Grupo de Trabajo", "GT"),
)


def short_name(mechanism: str | None, body: str | None, tr: Translator) -> str:
    """A mechanism's short name for narrow columns: the treaty body's acronym (CERD, CEDAW,
    CRC…), "UPR" (in the language of ``tr``), or a special procedure's mandate with its title
    abbreviated ("SR on the rights of indigenous peoples")."""
    if not mechanism:
        return ""
    if mechanism == "special_procedures":
        mandate = (body or "").strip()
        for words, abbreviation in _MANDATE_ABBREVIATIONS:
            if mandate.casefold().startswith(words.casefold()):
                return abbreviation + mandate[len(words):]
        return mandate or MECHANISM.label(mechanism, tr)
    if mechanism == "upr":
        return tr(N_("UPR"))
    if mechanism == "treaty_bodies":
        return tr(N_("Treaty bodies"))
    label = MECHANISM.label(mechanism, tr)
    if label.endswith(")") and "(" in label:
        return label[label.rindex("(") + 1:-1]
    return label
