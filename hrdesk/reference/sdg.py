"""Sustainable Development Goals: 17 goals, 169 targets, indicators (resources/data/sdg.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from hrdesk import paths


@dataclass(frozen=True)
class Target:
    code: str
    goal: int
    text: str
    indicators: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Goal:
    number: int
    title: str
    short_title: str
    colour: str
    targets: tuple[Target, ...]


@cache
def goals() -> tuple[Goal, ...]:
    with paths.resource("data", "sdg.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    result = []
    for g in raw["goals"]:
        targets = tuple(
            Target(
                code=t["code"],
                goal=g["number"],
                text=t["text"],
                indicators=tuple((i["code"], i["text"]) for i in t.get("indicators", [])),
            )
            for t in g["targets"]
        )
        result.append(Goal(g["number"], g["title"], g["short_title"], g["colour"], targets))
    return tuple(result)


@cache
def _targets_by_code() -> dict[str, Target]:
    return {t.code: t for g in goals() for t in g.targets}


def goal(number: int) -> Goal:
    return goals()[number - 1]


def target(code: str) -> Target | None:
    return _targets_by_code().get(code)


def is_target(code: str) -> bool:
    return code in _targets_by_code()


def target_codes() -> list[str]:
    return list(_targets_by_code())


def goal_of(code: str) -> int:
    """Goal number of a target code such as ``16.3`` or ``16.a``."""
    return int(code.split(".", 1)[0])


def normalise_target(code: str) -> str:
    """Clean a typed code: ``' 16.A '`` → ``'16.a'``."""
    return code.strip().lower().rstrip(".")


# Goal titles in other languages (resources/data/sdg-titles-<lang>.json): official UN texts.

@cache
def _titles(language: str) -> dict[int, tuple[str, str]]:
    try:
        path = paths.resource("data", f"sdg-titles-{language}.json")
        with path.open(encoding="utf-8") as fh:
            raw = json.load(fh)
    except (FileNotFoundError, ValueError):
        return {}
    return {g["number"]: (g["title"], g["short_title"]) for g in raw["goals"]}


def goal_title(number: int, language: str = "en") -> str:
    """Full title of goal ``number`` in ``language`` (English when not available)."""
    titles = _titles(language) if language != "en" else {}
    return titles[number][0] if number in titles else goal(number).title


def short_title(number: int, language: str = "en") -> str:
    """Short title of goal ``number`` (``Peace, justice and strong institutions``) in ``language``."""
    titles = _titles(language) if language != "en" else {}
    return titles[number][1] if number in titles else goal(number).short_title


# Target and indicator texts in French and Spanish (resources/data/sdg-texts-<lang>.json):
# the official UN texts, keyed by the codes of sdg.json.

@cache
def _texts(language: str) -> dict[str, dict[str, str]]:
    try:
        path = paths.resource("data", f"sdg-texts-{language}.json")
        with path.open(encoding="utf-8") as fh:
            raw = json.load(fh)
    except (FileNotFoundError, ValueError):
        return {"targets": {}, "indicators": {}}
    return {"targets": raw.get("targets", {}), "indicators": raw.get("indicators", {})}


def target_text(code: str, language: str = "en") -> str:
    """Official text of target ``code`` in ``language`` (English when not available; "" for
    an unknown code)."""
    t = target(code)
    if t is None:
        return ""
    if language != "en":
        return _texts(language)["targets"].get(code) or t.text
    return t.text


def indicator_text(code: str, language: str = "en") -> str:
    """Official text of indicator ``code`` (``16.3.1``) in ``language``."""
    if language != "en":
        text = _texts(language)["indicators"].get(code)
        if text:
            return text
    for g in goals():
        for t in g.targets:
            for c, text in t.indicators:
                if c == code:
                    return text
    return ""


def translated_codes(language: str) -> tuple[set[str], set[str]]:
    """Target and indicator codes that have a text in ``language`` (for checks)."""
    texts = _texts(language)
    return set(texts["targets"]), set(texts["indicators"])
