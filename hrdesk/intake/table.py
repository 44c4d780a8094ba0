"""A sheet read as a table: its header row, a column mapping the user can adjust, and its
data rows (blank rows, repeated header rows and "Total" footers left out)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from hrdesk.intake.reading import Sheet, column_letter, find_header_row, is_blank
from hrdesk.intake.vocab import IGNORED_HEADERS, header_key, match_header, value_key

_IGNORED = frozenset(header_key(h) for h in IGNORED_HEADERS)


@dataclass
class Column:
    index: int          # 0-based
    header: str         # as typed in the file
    key: str | None     # field key it is mapped to, None when ignored

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

    @classmethod
    def detect(cls, sheet: Sheet, keys: tuple[str, ...], *, header_row: int | None = None) -> Table:
        """Find the header row (unless given) and map every column automatically."""
        if header_row is None:
            header_row = find_header_row(sheet, lambda v: _header_score(v, keys))
        headers = sheet.rows[header_row] if header_row is not None and header_row < len(sheet.rows) else []
        columns = [Column(i, _header_text(v), None) for i, v in enumerate(headers)]
        # best quality first, so "Nom de famille" beats "Nom" for last_name
        candidates = sorted(
            ((q, c.index, key) for c in columns for key, q in [match_header(c.header, keys)] if key),
            key=lambda t: (-t[0], t[1]))
        taken: set[str] = set()
        for _q, index, key in candidates:
            if key in taken or columns[index].key is not None:
                continue
            columns[index].key = key
            taken.add(key)
        return cls(sheet, keys, header_row, columns)

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
        start = 0 if self.header_row is None else self.header_row + 1
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
                   and isinstance(raw[c.index], str) and header_key(raw[c.index]) == header_key(c.header))
        return hits >= 2


def _header_text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _header_score(value: Any, keys: tuple[str, ...]) -> float:
    key, quality = match_header(value, keys)
    if key:
        return 1.0 if quality >= 2 else 0.5
    return 0.25 if header_key(value) in _IGNORED else 0.0


def _is_footer(raw: list[Any]) -> bool:
    """A "Total participants: 28" line under the list."""
    texts = [v for v in raw if isinstance(v, str) and v.strip()]
    return len(texts) == 1 and value_key(texts[0]).split(" ")[0] in ("total", "totale", "totales", "sous") \
        and len([v for v in raw if v is not None]) <= 3
