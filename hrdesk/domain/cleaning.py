"""Tidy values before validation: trim text, empty → None, normalise codes, dedupe lists,
and drop control characters (:func:`clean_text`, the one rule every input path applies)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from hrdesk.domain.fields import Kind, RecordType
from hrdesk.reference import sdg

# C0 controls except tab and line feed, DEL, C1 controls, lone surrogates and the two
# non-characters XML refuses: invisible, and a workbook cannot hold most of them.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` without control characters other than tab and line feed; line ends
    (CR LF, CR) become LF.  The same on every input path (editor, CLI, spreadsheet intake,
    exchange import), so two offices store the same content for the same record."""
    if text.isprintable():  # the common case, and no control character is printable
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def clean(record_type: RecordType, values: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``values`` restricted to the record's fields, tidied up.

    Fields absent from ``values`` are absent from the result (partial updates)."""
    result: dict[str, Any] = {}
    for f in record_type.fields:
        if f.name not in values:
            continue
        v = values[f.name]
        if isinstance(v, str):
            v = clean_text(v)
            v = v.strip() if f.kind is not Kind.MULTILINE else v.strip("\n\r\t ")
            v = v or None
        if v is not None:
            if f.kind in (Kind.COUNTRY,) and isinstance(v, str):
                v = v.upper()
            elif f.kind is Kind.EMAIL and isinstance(v, str):
                v = v.lower()
            elif f.kind.is_list and isinstance(v, (list, tuple, set)):
                v = _clean_list(f.kind, v)
        if f.kind.is_list and v is None:
            v = []
        if f.kind is Kind.REACH_GRID and v is None:
            v = {}
        result[f.name] = v
    return result


def _clean_list(kind: Kind, items: Any) -> list[Any]:
    out: list[Any] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, str):
            item = " ".join(clean_text(item).split())
            if not item:
                continue
            if kind is Kind.SDG_TARGETS:
                item = sdg.normalise_target(item)
            elif kind is Kind.COUNTRIES:
                item = item.upper()
        key = str(item).casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out
