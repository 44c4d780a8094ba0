"""Abbreviations offices type on attendance sheets, one data table per language.

``CATEGORIES[language]`` maps an abbreviation of a stakeholder category ("Parl.", "Gouv.",
"OSC") to its code.  ``INSTITUTIONS[language]`` maps the acronym of an institution ("INDH",
"PNUD", "Min.") to the stakeholder category it belongs to; it is used for a row whose
category cell is empty when the organisation is written as that acronym alone (or starts
with "Min." / "Ministère…").  Entries are compared after folding (case, accents and
punctuation ignored), so "Parl." = "parl" = "PARL".  Add a word to the table of its language.
"""

from __future__ import annotations

CATEGORIES: dict[str, dict[str, str]] = {
    "en": {
        "gov": "government", "govt": "government", "gov t": "government", "min": "government",
        "ministry": "government", "parl": "parliament", "mp": "parliament", "mps": "parliament",
        "jud": "judiciary", "judic": "judiciary", "pol": "law_enforcement", "le": "law_enforcement",
        "mil": "military_security", "sec": "military_security", "pris": "prisons",
        "nhri": "nhri", "cso": "civil_society", "csos": "civil_society", "ngo": "civil_society",
        "ngos": "civil_society", "cbo": "civil_society", "civ soc": "civil_society",
        "hrd": "hr_defender", "hrds": "hr_defender", "acad": "academia", "univ": "academia",
        "priv": "business", "pvt": "business", "private": "business", "un": "un_international",
        "intl": "un_international", "int l": "un_international", "ingo": "un_international",
        "youth": "youth", "indig": "indigenous_peoples", "ip": "indigenous_peoples",
        "pub": "general_public", "oth": "other",
    },
    "fr": {
        "gouv": "government", "gvt": "government", "adm": "government", "admin": "government",
        "min": "government", "parl": "parliament", "dep": "parliament", "deputes": "parliament",
        "an": "parliament", "jud": "judiciary", "magistr": "judiciary", "mag": "judiciary",
        "pol": "law_enforcement", "gend": "law_enforcement", "fds": "military_security",
        "mil": "military_security", "pen": "prisons", "penit": "prisons", "indh": "nhri",
        "cndh": "nhri", "inidh": "nhri", "osc": "civil_society", "ong": "civil_society",
        "soc civ": "civil_society", "sc": "civil_society", "ddh": "hr_defender",
        "univ": "academia", "acad": "academia", "priv": "business", "sect priv": "business",
        "onu": "un_international", "snu": "un_international",
        "oi": "un_international", "org int": "un_international", "jeun": "youth",
        "autoch": "indigenous_peoples", "pa": "indigenous_peoples", "pop": "general_public",
        "aut": "other",
    },
    "es": {
        "gob": "government", "min": "government", "adm pub": "government", "parl": "parliament",
        "leg": "parliament", "cong": "parliament", "jud": "judiciary", "pj": "judiciary",
        "pol": "law_enforcement", "ffaa": "military_security", "mil": "military_security",
        "pen": "prisons", "indh": "nhri", "dp": "nhri", "osc": "civil_society", "ong": "civil_society",
        "soc civ": "civil_society", "ddhh": "hr_defender", "ddh": "hr_defender", "univ": "academia",
        "acad": "academia", "priv": "business", "sect priv": "business", "onu": "un_international",
        "snu": "un_international", "oi": "un_international", "org int": "un_international",
        "juv": "youth", "indig": "indigenous_peoples", "pi": "indigenous_peoples",
        "pob": "general_public", "otr": "other",
    },
}

INSTITUTIONS: dict[str, dict[str, str]] = {
    "en": {
        "nhri": "nhri", "ohchr": "un_international", "undp": "un_international",
        "unicef": "un_international", "unhcr": "un_international", "unfpa": "un_international",
        "un women": "un_international", "unwomen": "un_international", "unodc": "un_international",
        "iom": "un_international", "ilo": "un_international", "un": "un_international",
        "min": "government", "ministry": "government", "parliament": "parliament",
    },
    "fr": {
        "indh": "nhri", "cndh": "nhri", "inidh": "nhri", "hcdh": "un_international",
        "pnud": "un_international", "unicef": "un_international", "hcr": "un_international",
        "unfpa": "un_international", "onu femmes": "un_international", "onudc": "un_international",
        "oim": "un_international", "oit": "un_international", "onu": "un_international",
        "min": "government", "ministere": "government", "assemblee nationale": "parliament",
        "an": "parliament",
    },
    "es": {
        "indh": "nhri", "acnudh": "un_international", "oacnudh": "un_international",
        "pnud": "un_international", "unicef": "un_international", "acnur": "un_international",
        "unfpa": "un_international", "onu mujeres": "un_international", "unodc": "un_international",
        "oim": "un_international", "oit": "un_international", "onu": "un_international",
        "min": "government", "ministerio": "government", "asamblea nacional": "parliament",
    },
}
