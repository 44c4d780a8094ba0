"""A sheet read as a table: its header row, a column mapping the user can adjust, and its
data rows (blank rows, repeated header rows and "Total" footers left out)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from hrdesk.intake.reading import Sheet, column_letter, find_header_row, is_blank
from hrdesk.intake.vocab import (
    GIVEN_NAME_HEADERS,
    IGNORED_HEADERS,
    NAME_PARTS,
    SURNAME_HEADERS,
    header_key,
    match_header,
    value_key,
)

_IGNORED = frozenset(header_key(h) for h in IGNORED_HEADERS)
_NAME_PART = {header_key(word): key for key, words in NAME_PARTS.items() for word in words}
_NAME_KEYS = ("full_name", "first_name", "last_name")
# First words of the lines under a list: totals, signatures, "Done at…", "Prepared by…"
FOOTER_WORDS = ("total", "totale", "totales", "totaux", "sous total", "subtotal", "signature",
                "signatures", "signed by", "fait a", "fait le", "cachet", "certifie", "certified",
                "prepared by", "elabore par", "etabli par", "firma", "firmas", "firmado por",
                "elaborado por", "sello", "nombre total", "nombre de participants")


@dataclass
class Column:
    index: int          # 0-based
    header: str         # as typed in the file ("Nom et prénom / Nom" under a two-row header)
    key: str | None     # field key it is mapped to, None when ignored
    parts: tuple[str, ...] = ()   # the texts of a two-row header: (group, sub-header)

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    @property
    def label(self) -> str:
        """How a message names the column: ``C (Sexe (F/M))``."""
        return f"{self.letter} ({self.header})" if self.header else self.letter


@dataclass
class DataRow:
    number: int                       # spreadsheet row number (1-based)
    cells: dict[str, Any]             # key → raw cell value
    raw: list[Any] = field(default_factory=list)


@dataclass
class Table:
    sheet: Sheet
    keys: tuple[str, ...]
    header_row: int | None            # 0-based; None when no header was recognised
    columns: list[Column]

    header_rows: int = 1              # 2 when a row of sub-headers sits under group headers

    @classmethod
    def detect(cls, sheet: Sheet, keys: tuple[str, ...], *, header_row: int | None = None) -> Table:
        """Find the header row (unless given) and map every column automatically.  A second
        header row (sub-headers under merged group cells: "Nom et prénom" over "Nom" |
        "Prénom") is recognised above or below the best row."""
        header_rows = 1
        if header_row is None:
            header_row = find_header_row(sheet, lambda v: _header_score(v, keys))
            if header_row is not None:
                if _is_sub_header(sheet, header_row, header_row + 1, keys):
                    header_rows = 2
                elif header_row > 0 and _is_sub_header(sheet, header_row - 1, header_row, keys):
                    header_row, header_rows = header_row - 1, 2
        if header_row is None or header_row >= len(sheet.rows):
            return cls(sheet, keys, header_row, [], header_rows)
        top = sheet.rows[header_row]
        sub = sheet.rows[header_row + 1] if header_rows == 2 else []
        columns, matches = [], []
        group = None
        for i in range(max(len(top), len(sub))):
            t = _header_text(top[i] if i < len(top) else None)
            u = _header_text(sub[i] if i < len(sub) else None)
            group = t or (group if u else "")       # a merged group cell spans the empty cells
            if header_rows == 2 and u:
                text, parts = (f"{group} / {u}" if group else u), (group, u)
                key, q = _sub_match(group, u, keys)
            else:
                text, parts = t, ()
                key, q = match_header(t, keys)
            columns.append(Column(i, text, None, parts))
            if key:
                matches.append((q, i, key))
        # best quality first, so "Nom de famille" beats "Nom" for last_name
        taken: set[str] = set()
        for _q, index, key in sorted(matches, key=lambda t: (-t[0], t[1])):
            if key in taken or columns[index].key is not None:
                continue
            columns[index].key = key
            taken.add(key)
        _split_names(columns, keys)
        return cls(sheet, keys, header_row, columns, header_rows)

    # -- mapping ------------------------------------------------------------------------
    @property
    def mapping(self) -> dict[int, str | None]:
        return {c.index: c.key for c in self.columns}

    def set_mapping(self, mapping: dict[int, str | None]) -> None:
        """Adjust the mapping (column index → key or None); a key maps one column at most."""
        for index, key in mapping.items():
            if key is not None and key not in self.keys:
                raise ValueError(f"unknown key {key!r}")
            if key is not None:
                for c in self.columns:
                    if c.key == key and c.index != index:
                        c.key = None
            self.column(index).key = key

    def column(self, index: int) -> Column:
        while index >= len(self.columns):
            self.columns.append(Column(len(self.columns), "", None))
        return self.columns[index]

    def column_for(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)

    def mapped_keys(self) -> set[str]:
        return {c.key for c in self.columns if c.key}

    # -- rows -------------------------------------------------------------------------------
    def rows(self) -> Iterator[DataRow]:
        start = 0 if self.header_row is None else self.header_row + self.header_rows
        mapped = [c for c in self.columns if c.key]
        for i in range(start, len(self.sheet.rows)):
            raw = self.sheet.rows[i]
            if is_blank(raw) or self._is_repeated_header(raw) or _is_footer(raw):
                continue
            cells = {c.key: (raw[c.index] if c.index < len(raw) else None) for c in mapped}
            if all(v is None for v in cells.values()):
                continue
            yield DataRow(i + 1, cells, raw)

    def _is_repeated_header(self, raw: list[Any]) -> bool:
        hits = sum(1 for c in self.columns if c.key and c.index < len(raw)
                   and isinstance(raw[c.index], str)
                   and header_key(raw[c.index]) in {header_key(t) for t in (c.header, *c.parts)})
        return hits >= 2


def _header_text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _header_score(value: Any, keys: tuple[str, ...]) -> float:
    key, quality = match_header(value, keys)
    if key:
        return 1.0 if quality >= 2 else 0.5
    return 0.25 if header_key(value) in _IGNORED else 0.0


def _is_footer(raw: list[Any]) -> bool:
    """A "Total participants: 28", "Signature du formateur", "Fait à Conakry, le…" line
    under the list: at most three cells, the first text starting with such a word."""
    texts = [v for v in raw if isinstance(v, str) and v.strip()]
    if not texts or len(texts) > 2 or len([v for v in raw if v is not None]) > 3:
        return False
    words = value_key(texts[0])
    return any(words == w or words.startswith(w + " ") for w in FOOTER_WORDS)


def _is_sub_header(sheet: Sheet, top_index: int, sub_index: int, keys: tuple[str, ...]) -> bool:
    """Whether row ``sub_index`` holds sub-headers of the group headers in ``top_index``:
    every cell of it is a known header, at least one sits under an empty (merged) cell
    right of a group header, and the top row has headers of its own."""
    if sub_index >= len(sheet.rows):
        return False
    top, sub = sheet.rows[top_index], sheet.rows[sub_index]
    filled = [(i, v) for i, v in enumerate(sub) if v is not None and str(v).strip()]
    if not filled or sum(1 for v in top if v is not None) < 2:
        return False
    if not any(_header_score(v, keys) > 0 for v in top if isinstance(v, str)):
        return False
    for _i, v in filled:
        if not isinstance(v, str):
            return False
        if not match_header(v, keys)[0] and header_key(v) not in _NAME_PART and header_key(v) not in _IGNORED:
            return False

    def under_group(i: int) -> bool:
        if i < len(top) and top[i] is not None:
            return False
        return any(top[j] is not None for j in range(min(i, len(top))))
    return any(under_group(i) for i, _v in filled)


def _sub_match(group: str, sub: str, keys: tuple[str, ...]) -> tuple[str | None, int]:
    """The key of a sub-header: a part of the name under a name group ("Nom" → last name),
    else what the sub-header (or failing that the group) says."""
    group_key, _q = match_header(group, keys)
    part = _NAME_PART.get(header_key(sub))
    if group_key in _NAME_KEYS and part in keys:
        return part, 3
    key, q = match_header(sub, keys)
    if key:
        return key, q
    return match_header(group, keys) if group else (None, 0)


def _split_names(columns: list[Column], keys: tuple[str, ...]) -> None:
    """"Nom" next to "Prénom" is the surname, "Nombre" next to "Apellidos" the given names:
    remap a full-name column when the other part of the name has its own column."""
    mapped = {c.key for c in columns if c.key}
    full = next((c for c in columns if c.key == "full_name"), None)
    if full is None or "last_name" not in keys:
        return
    word = header_key(full.parts[-1] if full.parts else full.header)
    if "first_name" in mapped and "last_name" not in mapped and word in SURNAME_HEADERS:
        full.key = "last_name"
    elif "last_name" in mapped and "first_name" not in mapped and word in GIVEN_NAME_HEADERS:
        full.key = "first_name"
