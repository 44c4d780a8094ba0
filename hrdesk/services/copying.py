"""Copying a whole database to another backend (``hrdesk copy --from SRC --to DST``).

SQLite → PostgreSQL sets up headquarters from an office's or a region's file; PostgreSQL →
SQLite takes a snapshot offline.  The destination is created (a new file) or must be an
empty database (a new PostgreSQL database, created by its administrator); it is brought to
the newest schema first, and the source must be at the newest schema too.  Every table is
streamed in batches (bounded memory) in dependency order and written in one transaction:
on any error the destination is left as it was.  Afterwards each table's row count and a
content digest (the same whatever the backend) are compared between the two sides.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Table, func, select

from hrdesk.domain.errors import DatabaseError
from hrdesk.domain.progress import Cancelled, Progress, ensure
from hrdesk.i18n import _
from hrdesk.storage import dialect
from hrdesk.storage import models as _models  # noqa: F401  (registers every table)
from hrdesk.storage.base import Base
from hrdesk.storage.database import Database

BATCH = 5000


@dataclass
class CopyResult:
    counts: dict[str, int] = field(default_factory=dict)   # rows per table, checked on both sides

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def tables() -> list[Table]:
    """Every table of the schema, each after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


def _ordered(table: Table):
    return select(table).order_by(*table.primary_key.columns)


def _rows(conn, table: Table) -> Iterator[list[tuple]]:
    result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(_ordered(table))
    for chunk in result.partitions(BATCH):
        yield [tuple(row) for row in chunk]


def _digest(conn, table: Table) -> tuple[int, str]:
    """Rows and a digest of their values in primary-key order (types as SQLAlchemy gives
    them, so a SQLite file and a PostgreSQL database with the same content agree)."""
    h = hashlib.sha256()
    n = 0
    for chunk in _rows(conn, table):
        for row in chunk:
            h.update(repr(tuple(_comparable(v) for v in row)).encode())
        n += len(chunk)
    return n, h.hexdigest()


def _comparable(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _is_empty(db: Database) -> bool:
    with db.engine.connect() as conn:
        return all(not conn.scalar(select(func.count()).select_from(t)) for t in tables())


def copy_database(source: Database, destination: Database, progress: Progress | None = None) -> CopyResult:
    """Copy every row of ``source`` into the empty ``destination``; counts and digests checked."""
    progress = ensure(progress)
    if destination.read_only:
        raise DatabaseError(_("The destination {location} is read-only: nothing was copied.").format(
            location=destination.location))
    if not _is_empty(destination):
        raise DatabaseError(_("The destination {location} already holds data: copy into a new file or an empty "
                              "database, one where 'hrdesk init' was not run (nothing was copied).").format(
                                  location=destination.location))
    with source.engine.connect() as src:
        totals = {t.name: src.scalar(select(func.count()).select_from(t)) or 0 for t in tables()}
    grand, done = sum(totals.values()), 0
    result = CopyResult()
    with source.engine.connect() as src, destination.engine.begin() as dst, dialect.bulk_work(dst):
        for table in tables():
            if table.name == "alembic_version":
                continue
            columns = [c.name for c in table.columns]
            for chunk in _rows(src, table):
                if progress.cancelled:
                    raise Cancelled(_("The copy was cancelled: the destination was left as it was."))
                dialect.bulk_insert(dst, table, chunk, columns)
                done += len(chunk)
                progress.update(done, grand)
        dialect.reset_sequences(dst, tables())
        dialect.refresh_statistics(dst, [t.name for t in tables()])
    with source.engine.connect() as src, destination.engine.connect() as dst:
        for table in tables():
            if table.name == "alembic_version":
                continue
            n_src, d_src = _digest(src, table)
            n_dst, d_dst = _digest(dst, table)
            if n_src != n_dst or d_src != d_dst:
                raise DatabaseError(_("The copy of table {table} differs from the source ({n} rows there, {m} "
                                      "here): do not use the destination.").format(table=table.name, n=n_src,
                                                                                 m=n_dst))
            result.counts[table.name] = n_dst
    return result
