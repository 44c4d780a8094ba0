"""When two records are the same person: HRDesk's one identity policy (no database, no Qt).

Every path that creates or matches people (the participant editor, the attendance-sheet
import, the activity-log import, the exchange import and the duplicate finder) asks
:func:`compare` about two people's values and acts on the evidence level it returns:

- :data:`SAME` — strong evidence that agrees: the same record (uuid, or the exchange's
  pseudonym), or the same e-mail address, or the same normalised phone number, for the same
  name, with no identifying attribute in conflict.  Only this level is matched automatically.
- :data:`LIKELY` — weak evidence: the same folded name (with or without the same
  organisation); or strong evidence mixed with a conflict or a different name.  Interactive
  paths ask the user; non-interactive paths create a separate person and list the pair.
- :data:`DIFFERENT` — nothing links the two, or an identifying attribute conflicts (another
  country, phone, e-mail, year of birth two or more years apart, or sex) and no strong
  evidence agrees.

The full rules, with examples, are in ``docs/identity.md``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hrdesk.domain.text import fold, name_key
from hrdesk.i18n import N_, _

SAME, LIKELY, DIFFERENT = "same", "likely", "different"

# Reason codes, with the sentence shown to people.
REASONS: dict[str, str] = {
    "same_uuid": N_("the same record"),
    "same_pseudonym": N_("the same pseudonym"),
    "same_email": N_("the same e-mail"),
    "same_phone": N_("the same phone"),
    "same_name": N_("the same name"),
    "same_organisation": N_("the same organisation"),
    "other_name": N_("another name"),
    "other_country": N_("another country"),
    "other_phone": N_("another phone"),
    "other_email": N_("another e-mail"),
    "other_birth_year": N_("another year of birth"),
    "other_sex": N_("another sex"),
}
STRONG = ("same_uuid", "same_pseudonym", "same_email", "same_phone")
CONFLICTS = ("other_country", "other_phone", "other_email", "other_birth_year", "other_sex")
KNOWN_SEXES = frozenset({"female", "male", "other"})
MIN_PHONE_DIGITS = 7
BIRTH_YEAR_TOLERANCE = 1   # years of birth one apart may be one person (a year from an age)


@dataclass(frozen=True)
class Verdict:
    """The evidence level for two people, with the reason codes that led to it."""

    level: str
    reasons: tuple[str, ...] = ()

    @property
    def same(self) -> bool:
        return self.level == SAME

    @property
    def likely(self) -> bool:
        return self.level == LIKELY

    @property
    def different(self) -> bool:
        return self.level == DIFFERENT

    @property
    def strong(self) -> tuple[str, ...]:
        return tuple(r for r in self.reasons if r in STRONG)

    @property
    def conflicts(self) -> tuple[str, ...]:
        return tuple(r for r in self.reasons if r in CONFLICTS)

    def describe(self) -> str:
        """"the same name, the same organisation, another phone" (translated)."""
        return ", ".join(_(REASONS[r]) for r in self.reasons)


# What separates two numbers typed in one phone cell: "620 11 22 33 / 655 44 55 66".
_PHONE_SEPARATORS = re.compile(r"[/,;]|\s(?:ou|or|y|o)\s", re.IGNORECASE)


def phone_key(phone: Any) -> str:
    """Digits of a phone number, without the international prefix ``00``:
    ``"+224 620 00 00 00"`` → ``"224620000000"``.  Empty when too short to identify anyone.
    A cell holding several numbers gives its first (see :func:`phone_keys`)."""
    return next(iter(phone_keys(phone)), "")


def _digits(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    if digits.startswith("00"):
        digits = digits[2:]
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def phone_keys(phone: Any) -> list[str]:
    """The digits of each number in a phone cell, which may hold several ("620 11 22 33 /
    655 44 55 66", "…, …", "… ou …", "… or …", "… y …", "… o …"), in order; numbers too short
    to identify anyone are left out."""
    if phone is None:
        return []
    keys = [_digits(part) for part in _PHONE_SEPARATORS.split(str(phone))]
    return list(dict.fromkeys(k for k in keys if k))


def _number_match(ka: str, kb: str) -> bool:
    if ka == kb:
        return True
    ka, kb = ka.lstrip("0"), kb.lstrip("0")
    short, long_ = sorted((ka, kb), key=len)
    return len(short) >= MIN_PHONE_DIGITS and long_.endswith(short) and len(long_) - len(short) <= 3


def phones_match(a: Any, b: Any) -> bool:
    """The same number, written with or without the country code (up to 3 digits) or a
    trunk ``0``: ``+224 620 00 00 00`` = ``620000000``; ``+44 20 7946 0000`` = ``020 7946 0000``.
    Cells holding several numbers match when they have any number in common."""
    return any(_number_match(ka, kb) for ka in phone_keys(a) for kb in phone_keys(b))


def email_key(email: Any) -> str:
    return str(email).strip().casefold() if email else ""


def _year(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def match_keys(values: Mapping[str, Any]) -> set[str]:
    """Keys that any two people :func:`compare` does not call :data:`DIFFERENT` share at
    least one of: the uuid, the pseudonym, the normalised name, the e-mail and the last seven
    digits of each phone number (after a trunk ``0``: two numbers that match end alike).
    Comparing a person only with the people who share a key finds every candidate
    :func:`compare` would find among them all, without comparing every pair."""
    keys = set()
    for field in ("uuid", "pseudonym"):
        if values.get(field):
            keys.add(f"{field}:{values[field]}")
    name = name_key(values.get("full_name"))
    if name:
        keys.add("name:" + name)
    mail = email_key(values.get("email"))
    if mail:
        keys.add("email:" + mail)
    for number in phone_keys(values.get("phone")):
        keys.add("phone:" + number.lstrip("0")[-MIN_PHONE_DIGITS:])
    return keys


def compare(a: Mapping[str, Any], b: Mapping[str, Any]) -> Verdict:
    """The evidence that the people described by ``a`` and ``b`` are one person.

    ``a`` and ``b`` hold participant values (``full_name``, ``email``, ``phone``,
    ``organisation``, ``country``, ``birth_year``, ``sex``) and, when known, ``uuid`` and
    ``pseudonym``.  Missing or empty values are no evidence either way."""
    if a.get("uuid") and a.get("uuid") == b.get("uuid"):
        return Verdict(SAME, ("same_uuid",))
    if a.get("pseudonym") and a.get("pseudonym") == b.get("pseudonym"):
        return Verdict(SAME, ("same_pseudonym",))
    reasons: list[str] = []
    key_a, key_b = name_key(a.get("full_name")), name_key(b.get("full_name"))
    same_name = bool(key_a) and key_a == key_b
    if same_name:
        reasons.append("same_name")
    org_a, org_b = fold(a.get("organisation")), fold(b.get("organisation"))
    if org_a and org_a == org_b:
        reasons.append("same_organisation")
    mail_a, mail_b = email_key(a.get("email")), email_key(b.get("email"))
    if mail_a and mail_b:
        reasons.append("same_email" if mail_a == mail_b else "other_email")
    if phone_keys(a.get("phone")) and phone_keys(b.get("phone")):
        reasons.append("same_phone" if phones_match(a.get("phone"), b.get("phone")) else "other_phone")
    if a.get("country") and b.get("country") and a.get("country") != b.get("country"):
        reasons.append("other_country")
    year_a, year_b = _year(a.get("birth_year")), _year(b.get("birth_year"))
    # a year worked out from an age is ±1: years one apart are no evidence either way
    if year_a is not None and year_b is not None and abs(year_a - year_b) > BIRTH_YEAR_TOLERANCE:
        reasons.append("other_birth_year")
    sex_a, sex_b = a.get("sex"), b.get("sex")
    if sex_a in KNOWN_SEXES and sex_b in KNOWN_SEXES and sex_a != sex_b:
        reasons.append("other_sex")
    strong = any(r in STRONG for r in reasons)
    conflict = any(r in CONFLICTS for r in reasons)
    if strong:
        if not same_name and (key_a or key_b):
            reasons.append("other_name")
        if same_name and not conflict:
            return Verdict(SAME, tuple(reasons))
        return Verdict(LIKELY, tuple(reasons))     # a shared address, or mixed evidence: ask
    if conflict or not same_name:
        return Verdict(DIFFERENT, tuple(reasons))
    return Verdict(LIKELY, tuple(reasons))
