"""Exchange workbook format v1: sheets, columns, cell encodings and the checksum.

Everything both the writer and the reader must agree on lives here (see
``docs/exchange-format.md``).  Columns come from the record definitions in
``hrdesk.domain.records``; each sheet adds the meta columns every synced row carries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from hrdesk.domain import kinds
from hrdesk.domain.fields import Kind, RecordType
from hrdesk.domain.kinds import KIND_SPECS
from hrdesk.domain.privacy import PRIVACY_CODES, Privacy
from hrdesk.domain.records import (
    ACTIVITY,
    OFFICE,
    PARTICIPANT,
    PARTICIPATION,
    RECOMMENDATION,
    RECOMMENDATION_CLUSTER,
    RECOMMENDATION_HISTORY,
)
from hrdesk.spreadsheets.text import FORMULA_STARTS, is_formula_like  # noqa: F401  (part of the format)

FORMAT_VERSION = 1
META_SHEET = "hrdesk"
PRIVACY_LEVELS = PRIVACY_CODES
PSEUDONYM_PREFIX = "p-"
LIST_SEPARATOR = "; "
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%f"

# Cell kinds in the file (not the field kinds): how a value is written and read back.  A field's
# cell kind and column width are those of its kind (hrdesk.domain.kinds.KIND_SPECS).
TEXT, INT, FLOAT, DATE, BOOL, LIST, GRID = (kinds.CELL_TEXT, kinds.CELL_INT, kinds.CELL_FLOAT, kinds.CELL_DATE,
                                            kinds.CELL_BOOL, kinds.CELL_LIST, kinds.CELL_GRID)
STAMP = "stamp"


@dataclass(frozen=True)
class Column:
    name: str                  # header text, also the key of parsed rows
    cell: str                  # one of the cell kinds above
    field: str | None = None   # record field it carries (None: meta or derived)
    width: float = 14
    derived: bool = False      # a readable label beside a code: written, ignored on import
    personal: bool = False     # left out below full privacy
    optional: bool = False     # may be absent (files written before the column existed)


@dataclass(frozen=True)
class Sheet:
    name: str
    record_type: RecordType
    columns: tuple[Column, ...]
    optional: bool = False     # may be absent (files written before the sheet existed)

    def columns_for(self, privacy: str) -> tuple[Column, ...]:
        if Privacy.of(privacy).shows_names:
            return self.columns
        return tuple(c for c in self.columns if not c.personal)

    @property
    def fields(self) -> list[Column]:
        return [c for c in self.columns if c.field]


META_COLUMNS = (
    Column("uuid", TEXT, width=38),
    Column("origin_office", TEXT, width=10),
    Column("updated_at", STAMP, width=27),
    Column("version", INT, width=8),
    Column("versions", TEXT, width=16, optional=True),  # version vector, see hrdesk/storage/versioning.py
    Column("deleted", BOOL, width=8),
)
# At full privacy, people and participations also carry the pseudonym under which the office
# sends them in pseudonymised files, so a region holding both kinds of file joins them.
PSEUDONYM_COLUMN = Column("pseudonym", TEXT, width=38, personal=True, optional=True)


# Recommendation fields added after the first files were written: files without them still read.
RECOMMENDATION_TRACKING_FIELDS = frozenset({"cycle", "session", "year", "response", "affected_persons",
                                            "cluster", "responsible_entities", "priority", "target_date"})


def _field_columns(record_type: RecordType, rename: dict[str, str] | None = None,
                   optional: frozenset[str] = frozenset()) -> list[Column]:
    cols: list[Column] = []
    for f in record_type.fields:
        name = (rename or {}).get(f.name, f.name)
        kind = KIND_SPECS[f.kind]
        cols.append(Column(name, kind.cell, f.name, kind.exchange_width, personal=f.personal,
                           optional=f.name in optional))
        if f.kind is Kind.CHOICE:
            cols.append(Column(f"{name}_label", TEXT, width=24, derived=True))
        elif f.kind is Kind.COUNTRY:
            cols.append(Column(f"{name}_name", TEXT, width=24, derived=True))
    return cols


ACTIVITIES = Sheet("Activities", ACTIVITY, (*META_COLUMNS, *_field_columns(ACTIVITY)))
PARTICIPANTS = Sheet("Participants", PARTICIPANT, (*META_COLUMNS, PSEUDONYM_COLUMN, *_field_columns(PARTICIPANT)))
PARTICIPATIONS = Sheet("Participations", PARTICIPATION,
                       (*META_COLUMNS, PSEUDONYM_COLUMN, *_field_columns(PARTICIPATION)))
RECOMMENDATIONS = Sheet("Recommendations", RECOMMENDATION,
                        (*META_COLUMNS, *_field_columns(RECOMMENDATION, optional=RECOMMENDATION_TRACKING_FIELDS)))
# Clusters and implementation history came after the first files: older files without these
# sheets still read.  A cluster is referenced by its uuid (Recommendations' "cluster"); a
# history entry names its recommendation by uuid.
CLUSTERS = Sheet("Recommendation clusters", RECOMMENDATION_CLUSTER,
                 (*META_COLUMNS, *_field_columns(RECOMMENDATION_CLUSTER)), optional=True)
HISTORY = Sheet("Recommendation history", RECOMMENDATION_HISTORY,
                (*META_COLUMNS, *_field_columns(RECOMMENDATION_HISTORY)), optional=True)
OFFICES = Sheet("Offices", OFFICE, (*META_COLUMNS, *_field_columns(OFFICE)))
# Activities in aggregate files carry the counts of their participant lists.
LISTED_COLUMNS = (Column("listed_participants", INT), Column("listed_women", INT),
                  Column("listed_men", INT), Column("listed_other", INT))

SHEETS = (ACTIVITIES, PARTICIPANTS, PARTICIPATIONS, RECOMMENDATIONS, CLUSTERS, HISTORY, OFFICES)
SHEET_BY_NAME = {s.name: s for s in SHEETS}
# Order in which a file's records are merged (references first: a history entry needs its
# recommendation; a recommendation's cluster is a uuid and may come before its cluster).
MERGE_ORDER = (OFFICES, CLUSTERS, RECOMMENDATIONS, HISTORY, ACTIVITIES, PARTICIPANTS, PARTICIPATIONS)


def sheets_for(privacy: str) -> tuple[Sheet, ...]:
    if not Privacy.of(privacy).lists_people:
        return (ACTIVITIES, RECOMMENDATIONS, CLUSTERS, HISTORY, OFFICES)
    return SHEETS


def columns_for(sheet: Sheet, privacy: str) -> tuple[Column, ...]:
    cols = sheet.columns_for(privacy)
    if sheet is ACTIVITIES and not Privacy.of(privacy).lists_people:
        cols = (*cols, *LISTED_COLUMNS)
    return cols


# -- cell encodings -------------------------------------------------------------------------

def encode_list(items: Iterable[Any]) -> str | None:
    """``["a", "b;c"]`` → ``"a; b\\;c"`` (``\\`` and ``;`` escaped with a backslash)."""
    parts = [str(i).replace("\\", "\\\\").replace(";", "\\;") for i in items]
    return LIST_SEPARATOR.join(parts) if parts else None


def decode_list(text: str | None) -> list[str]:
    if not text:
        return []
    items, buf, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            buf.append(text[i + 1])
            i += 2
            continue
        if ch == ";":
            items.append("".join(buf).strip())
            buf = []
        else:
            buf.append(ch)
        i += 1
    items.append("".join(buf).strip())
    return [x for x in items if x]


def encode_grid(grid: dict[tuple[str, str], int]) -> str | None:
    """``{("women", "18_24"): 12}`` → ``"women/18_24=12"`` (sorted, separated by ``; ``)."""
    parts = [f"{s}/{a}={n}" for (s, a), n in sorted(grid.items()) if n]
    return LIST_SEPARATOR.join(parts) if parts else None


def decode_grid(text: str | None) -> dict[tuple[str, str], int]:
    """Inverse of :func:`encode_grid`; raises ValueError on a malformed entry."""
    grid: dict[tuple[str, str], int] = {}
    for item in decode_list(text):
        key, eq, count = item.partition("=")
        sex, slash, age = key.strip().partition("/")
        if not eq or not slash:
            raise ValueError(item)
        grid[(sex.strip(), age.strip())] = int(count.strip())
    return grid


def format_stamp(value: dt.datetime | None) -> str | None:
    """``2026-11-28T11:36:49.076933`` (always with microseconds)."""
    return value.isoformat(timespec="microseconds") if value is not None else None


def parse_stamp(text: str) -> dt.datetime:
    text = text.strip().rstrip("Z")
    try:
        return dt.datetime.strptime(text, TIMESTAMP_FORMAT)
    except ValueError:
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)


def hidden_stamp(exported_at: dt.datetime) -> dt.datetime:
    """The edit time written in pseudonymised rows of people and participations: the day of
    the export for every row (exact times would tell which row of a full file a pseudonymised
    row is; merges order these records by version vectors and versions, not by time)."""
    return dt.datetime.combine(exported_at.date(), dt.time())


# -- canonical form and checksum -------------------------------------------------------------

def canonical(value: Any) -> str:
    """The canonical text of one cell value (identical for what is written and read back)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):  # spreadsheets keep 15 significant digits
        return format(value, ".15g")
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class Checksum:
    """SHA-256 over the canonical cells of the data sheets, in sheet order, then the
    metadata entries other than the checksum itself."""

    def __init__(self) -> None:
        self._h = hashlib.sha256()

    def sheet(self, name: str) -> None:
        self._h.update(f"\x1d{name}\x1e".encode())

    def row(self, values: Iterable[Any]) -> None:
        self.texts([v if type(v) is str else canonical(v) for v in values])

    def texts(self, texts: list[str]) -> None:
        """A row already in canonical text (what :meth:`row` makes of its values)."""
        self._h.update(("\x1f".join(texts) + "\x1e").encode())

    def metadata(self, entries: Iterable[tuple[str, Any]]) -> None:
        self.sheet(META_SHEET)
        for key, value in entries:
            if key != "checksum":
                self.row((key, value))

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def content_hash(values: Iterable[Any]) -> str:
    """Hash of one record's canonical content (fields, origin, deleted flag)."""
    return texts_hash([v if type(v) is str else canonical(v) for v in values])


def texts_hash(texts: list[str]) -> str:
    """:func:`content_hash` of values already in canonical text."""
    return hashlib.sha256("\x1f".join(texts).encode()).hexdigest()
