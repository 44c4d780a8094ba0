"""Text normalisation for search and duplicate detection (accents, case, word order)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)
_APOSTROPHES = re.compile(r"['’`´]")


@lru_cache(maxsize=2048)  # a name is folded for its key, its sort key and its search text
def fold(text: str | None) -> str:
    """Lower-case, accent-free, single-spaced text: ``'  Élodie  N'Diaye'`` → ``"elodie n'diaye"``."""
    if not text:
        return ""
    if text.isascii():  # most names and organisations: no accents to strip
        return _SPACES.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


@lru_cache(maxsize=4096)  # compared for every candidate pair, stored with every person
def name_key(name: str | None) -> str:
    """Key equal for the same name whatever accents, case, punctuation and word order."""
    words = _NON_WORD.sub(" ", _APOSTROPHES.sub("", fold(name))).split()
    return " ".join(sorted(words))


def search_text(*parts: str | None) -> str:
    """Folded text of several fields, for case- and accent-insensitive LIKE search."""
    return " | ".join(fold(p) for p in parts if p)


def sort_key(text: str | None) -> str:
    """Key that orders names case- and accent-insensitively, letter by letter, the way a
    register is read: ``Koïvogui`` before ``Kouassi``, ``Ávila`` among the A's.  Stored in
    the database (``participants.sort_key``) so that lists sort in SQL, with an index."""
    return fold(text)


def like_patterns(query: str) -> list[str]:
    """One LIKE pattern per word of the folded query: a text matches when it contains every
    word, in any order (``"diallo aissatou"`` finds ``"Aïssatou Diallo"``)."""
    return [like_pattern(word) for word in fold(query).split()]


def like_pattern(query: str) -> str:
    """A LIKE pattern (escape character ``\\``) matching the folded query anywhere."""
    q = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{q}%"
