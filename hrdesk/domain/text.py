"""Text normalisation for search and duplicate detection (accents, case, word order)."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)
_APOSTROPHES = re.compile(r"['’`´]")


def fold(text: str | None) -> str:
    """Lower-case, accent-free, single-spaced text: ``'  Élodie  N'Diaye'`` → ``"elodie n'diaye"``."""
    if not text:
        return ""
    if text.isascii():  # most names and organisations: no accents to strip
        return _SPACES.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def name_key(name: str | None) -> str:
    """Key equal for the same name whatever accents, case, punctuation and word order."""
    words = _NON_WORD.sub(" ", _APOSTROPHES.sub("", fold(name))).split()
    return " ".join(sorted(words))


def search_text(*parts: str | None) -> str:
    """Folded text of several fields, for case- and accent-insensitive LIKE search."""
    return " | ".join(fold(p) for p in parts if p)


def like_pattern(query: str) -> str:
    """A LIKE pattern (escape character ``\\``) matching the folded query anywhere."""
    q = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{q}%"
