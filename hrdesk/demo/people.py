"""Invented people for the demo data: names in many scripts, organisations, contact
details, and deliberate near-duplicates (same person typed differently)."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from typing import Any

from hrdesk.demo import data as D
from hrdesk.domain.choices import age_group_for_age
from hrdesk.domain.text import name_key

REFERENCE_YEAR = 2025  # ages are computed for this year, so the data do not depend on today
_CAT_CODES = list(D.CATEGORIES)
_CAT_WEIGHTS = [D.CATEGORIES[c][0] for c in _CAT_CODES]

# Culture of a country's people, with the other cultures mixed in (weights).
_CULTURE_MIX = {
    "GIN": (("fr_wa", 92), ("en", 2), ("ar", 2), ("ru", 2), ("vi", 2)),
    "MLI": (("ml", 80), ("ar", 15), ("fr_wa", 5)),
    "KHM": (("km", 70), ("vi", 25), ("en", 5)),
    "COL": (("es", 97), ("en", 3)),
    "PAN": (("es", 95), ("en", 5)),
}
_FACILITATOR_MIX = (("en", 30), ("fr_wa", 20), ("es", 15), ("ru", 15), ("vi", 10), ("ar", 10))
_SEX = (("female", 46), ("male", 51), ("other", 1), ("undisclosed", 2))
_NOTES = ("Prefers to be contacted through the organisation.",
          "Asked that the name not appear in public reports.",
          "Interpreter needed (national language).")


def pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


def language_of(country: str) -> str:
    info = D.COUNTRIES.get(country)
    return info[4] if info else "en"


def culture_of(rng: random.Random, country: str, facilitator: bool) -> str:
    if facilitator and rng.random() < 0.5:
        return pick(rng, _FACILITATOR_MIX)
    mix = _CULTURE_MIX.get(country)
    if mix:
        return pick(rng, mix)
    info = D.COUNTRIES.get(country)
    return info[2] if info else "en"


def make_name(rng: random.Random, culture: str, sex: str) -> tuple[str, str, str]:
    """(full name, given name, family name)."""
    female, male = D.FIRST_NAMES[culture]
    if sex == "female" or (sex not in ("male",) and rng.random() < 0.5):
        given_pool = female
    else:
        given_pool = male
    given = rng.choice(given_pool)
    family = rng.choice(D.LAST_NAMES[culture])
    if culture in ("fr_wa", "bi", "ml") and rng.random() < 0.3:
        second = rng.choice(given_pool)
        if second != given:
            given = f"{given} {second}"
    if culture == "es" and rng.random() < 0.6:
        second = rng.choice(D.LAST_NAMES["es"])
        if second != family:
            family = f"{family} {second}"
    if given_pool is female:
        family = D.feminine(culture, family)
    full = f"{family} {given}" if culture in D.FAMILY_FIRST else f"{given} {family}"
    return full, given, family


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _ascii_word(text: str) -> str:
    return "".join(c for c in strip_accents(text).lower() if c.isascii() and c.isalnum())


def organisation(rng: random.Random, category: str, country: str, city: str) -> str | None:
    lang = language_of(country)
    orgs = D.CATEGORIES[category][1].get(lang) or D.CATEGORIES[category][1]["en"]
    org = rng.choice(orgs)
    if not org:
        return None
    if category in ("judiciary", "law_enforcement", "prisons", "government") and rng.random() < 0.5:
        org = f"{org} de {city}" if lang in ("fr", "es") else f"{org}, {city}"
    return org


def make_person(rng: random.Random, country: str, city: str, category: str, facilitator: bool,
                when: dt.date, taken: Callable[[str], bool] = lambda _key: False) -> dict[str, Any]:
    """The field values of a new participant (as ``PARTICIPANT`` defines them).  The name is
    drawn again (a few times) while ``taken(name_key)`` says someone has it already."""
    sex = pick(rng, _SEX)
    culture = culture_of(rng, country, facilitator)
    for _try in range(4):
        full, given, family = make_name(rng, culture, sex)
        if not taken(name_key(full)):
            break
    age = _age(rng, category, facilitator)
    birth_year = REFERENCE_YEAR - age if rng.random() < 0.35 else None
    age_group = age_group_for_age(age) if (birth_year or rng.random() < 0.8) else "unknown"
    email = phone = consent = None
    if culture not in D.NON_LATIN and rng.random() < 0.4:
        email = f"{_ascii_word(given.split()[0])}.{_ascii_word(family)[:14]}{rng.randint(1, 99)}@example.org"
    if rng.random() < 0.5:
        prefix = D.COUNTRIES[country][3] if country in D.COUNTRIES else "+1 5"
        phone = prefix + "".join(str(rng.randint(0, 9)) for _ in range(7))
    if email or phone:
        consent = when
    info = D.CATEGORIES[category]
    return {
        "full_name": full,
        "sex": sex,
        "age_group": age_group,
        "birth_year": birth_year,
        "disability": pick(rng, (("yes", 5), ("no", 70), ("undisclosed", 25))),
        "organisation": organisation(rng, category, country, city),
        "position": rng.choice(info[2]) or None,
        "stakeholder_category": category,
        "country": country,
        "email": email,
        "phone": phone,
        "consent_date": consent,
        "notes": rng.choice(_NOTES) if rng.random() < 0.02 else None,
    }


def _age(rng: random.Random, category: str, facilitator: bool) -> int:
    if category == "youth":
        return rng.randint(16, 30)
    if facilitator:
        return rng.randint(30, 62)
    return max(18, min(80, int(rng.gauss(38, 11))))


def category_for(rng: random.Random, audiences: tuple[str, ...], facilitator: bool) -> str:
    if facilitator:
        return rng.choice(D.FACILITATOR_CATEGORIES)
    if rng.random() < 0.6:
        return rng.choice(audiences)
    return rng.choices(_CAT_CODES, _CAT_WEIGHTS)[0]


# -- likely duplicates -------------------------------------------------------------------------

def _variants(name: str) -> list[str]:
    words = name.split()
    out = [strip_accents(name), name.lower(), name.upper()]
    if len(words) >= 2:
        out.append(f"{words[-1].upper()} {' '.join(words[:-1])}")   # DIALLO Mamadou
        out.append(f"{words[-1]}, {' '.join(words[:-1])}")          # Diallo, Mamadou
    if "'" in name:
        out.append(name.replace("'", ""))                           # NDiaye
    out.append("  ".join(words))
    return [v for v in out if v != name]


def duplicate_of(rng: random.Random, person: dict[str, Any]) -> dict[str, Any] | None:
    """The same person typed again by someone else (accents, case, word order differ),
    same organisation; fewer details.  None when no variant keeps the same name key."""
    key = name_key(person["full_name"])
    candidates = [v for v in _variants(person["full_name"]) if name_key(v) == key]
    if not candidates:
        return None
    org = person["organisation"]
    if org and rng.random() < 0.5:
        org = org.upper() if rng.random() < 0.5 else org.lower()
    copy = dict(person)
    copy.update(full_name=rng.choice(candidates), organisation=org, email=None, phone=None,
                consent_date=None, notes=None, birth_year=None,
                age_group=person["age_group"] if rng.random() < 0.5 else "unknown")
    if copy["organisation"] is None and copy["country"] is None:
        return None
    return copy
