"""Countries (ISO 3166) with UN M49 regions, from resources/data/m49-regions.csv and pycountry.

Activities store ISO 3166 alpha-3 codes.  Names come from pycountry (localised through its
gettext catalogues where a translation exists), regions from the M49 table.
"""

from __future__ import annotations

import csv
import gettext
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from hrdesk import paths
from hrdesk.reference.country_names import (
    FR_A,
    FR_IN_OVERRIDES,
    FR_MASCULINE_E,
    FR_PLURAL,
    OVERRIDES,
)


@dataclass(frozen=True)
class Country:
    alpha3: str
    alpha2: str
    name: str
    region: str
    sub_region: str


@cache
def countries() -> tuple[Country, ...]:
    result = []
    with paths.resource("data", "m49-regions.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            alpha3 = row["alpha-3"].strip()
            py = pycountry.countries.get(alpha_3=alpha3)
            name = getattr(py, "common_name", None) or (py.name if py else row["name"])
            result.append(Country(alpha3, row["alpha-2"].strip(), name, row["region"].strip(),
                                  (row["intermediate-region"] or row["sub-region"]).strip()))
    return tuple(sorted(result, key=lambda c: collation_key(c.name)))


@cache
def _by_alpha3() -> dict[str, Country]:
    return {c.alpha3: c for c in countries()}


def get(alpha3: str | None) -> Country | None:
    return _by_alpha3().get((alpha3 or "").upper())


def is_country(alpha3: str | None) -> bool:
    return get(alpha3) is not None


def codes() -> list[str]:
    return [c.alpha3 for c in countries()]


@cache
def _translation(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def name(alpha3: str | None, language: str = "en") -> str:
    country = get(alpha3)
    if country is None:
        return alpha3 or ""
    if language == "en":
        return country.name
    override = OVERRIDES.get(language, {}).get(country.alpha3)
    if override:
        return override
    return _pycountry_name(country, language)


def _pycountry_name(country: Country, language: str) -> str:
    """The name in pycountry's catalogue: the common name ("Bolivie") before the official
    one ("Bolivie, état plurinational de")."""
    py = pycountry.countries.get(alpha_3=country.alpha3)
    translation = _translation(language)
    common = getattr(py, "common_name", None) if py is not None else None
    if common:
        return translation.gettext(common)
    source = py.name if py else country.name
    return translation.gettext(source)


def name_in(alpha3: str | None, language: str = "en") -> str:
    """"in <country>" as a sentence writes it: ``in Guinea``, ``en Guinée``, ``au Mali``,
    ``aux Comores``, ``à Madagascar``, ``en Colombia``.  Capitalise it to start a sentence."""
    text = name(alpha3, language)
    if not text:
        return ""
    if language == "es":
        return f"en {text}"
    if language != "fr":
        return f"in {text}"
    code = (alpha3 or "").upper()
    if code in FR_IN_OVERRIDES:
        return FR_IN_OVERRIDES[code]
    if code in FR_PLURAL:
        return f"aux {text}"
    if code in FR_A:
        return f"à {text}"
    if text.startswith(("Îles ", "Iles ")):
        return f"aux {text}"
    if text.startswith(("Saint", "Sao ")):
        return f"à {text}"
    base = text.split(" (")[0]
    first_word = base.replace("-", " ").split()[0]
    if (_fold(base[:1]) in "aeiou" or base.endswith("e") or first_word.endswith("e")) \
            and code not in FR_MASCULINE_E:
        return f"en {text}"
    return f"au {text}"


def region(alpha3: str | None) -> str:
    country = get(alpha3)
    return country.region if country else ""


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_PUNCTUATION = str.maketrans({ch: " " for ch in "-'’‘`´.,()/"})


def collation_key(text: str | None) -> tuple[str, str, str]:
    """Key that orders names the way a reader looks them up: letters first, accents, case and
    punctuation ignored (``Îles Marshall`` among the I's, ``Côte d'Ivoire`` among the C's),
    then accents and case only to break ties."""
    folded = _fold(text or "")
    primary = " ".join(folded.translate(_PUNCTUATION).split())
    return primary, folded, text or ""


def sort_by_name(codes, language: str = "en") -> list[str]:
    """Country codes in the order of their names in ``language`` (never by code)."""
    return sorted(codes, key=lambda c: collation_key(name(c, language)))


@cache
def _lookup_table() -> dict[str, str]:
    """Folded names (English, French, Spanish, official, common) and codes → alpha-3."""
    table: dict[str, str] = {}
    for c in countries():
        table[_fold(c.alpha3)] = c.alpha3
        table[_fold(c.alpha2)] = c.alpha3
        py = pycountry.countries.get(alpha_3=c.alpha3)
        names = {c.name}
        if py is not None:
            names |= {n for n in (py.name, getattr(py, "common_name", None),
                                  getattr(py, "official_name", None)) if n}
        for language in ("fr", "es"):
            names |= {name(c.alpha3, language), _pycountry_name(c, language)}
        for n in names:
            table.setdefault(_fold(n), c.alpha3)
    return table


def lookup(text: str | None) -> str | None:
    """alpha-3 code for a code or a name typed in English, French or Spanish."""
    if not text:
        return None
    return _lookup_table().get(_fold(text.strip()))
