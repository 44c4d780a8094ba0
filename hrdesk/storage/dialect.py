"""The one boundary between SQLite and PostgreSQL for the code above storage.

Everything HRDesk writes in SQL goes through SQLAlchemy and runs on both; the few things
that must differ live here:

* ``year_month(column)``: ``YYYY-MM`` of a date (``strftime`` / ``to_char``);
* ``bulk_insert(conn, table, rows)``: many rows at once — ``executemany`` of stored values
  on SQLite, ``COPY … FROM STDIN`` (psycopg 3) on PostgreSQL;
* ``upsert(conn, table, rows, keys, update)``: ``INSERT … ON CONFLICT DO UPDATE`` in the
  backend's dialect;
* ``bulk_work(conn)``: a larger page cache for one big transaction (SQLite only);
* ``secondary_indexes_dropped(conn, tables)``: drop and rebuild secondary indexes around a large
  insert into empty tables (SQLite; PostgreSQL keeps them);
* ``serialised_writers(conn, what)``: on PostgreSQL, writers of the same kind (imports,
  merges) take one transaction-scoped advisory lock in turn, so concurrent imports give what a
  sequential run gives; SQLite serialises writers itself (and HRDesk's file lock);
* ``sort_as_on_sqlite(engine)``: on PostgreSQL, ``ORDER BY`` orders as SQLite does: text
  byte by byte (``COLLATE "C"``) whatever the database's own collation (a server's is usually
  a language's, which ignores spaces and punctuation), NULL first in ascending order.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Engine,
    MetaData,
    Table,
    asc,
    collate,
    desc,
    func,
    literal_column,
    nulls_first,
    nulls_last,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.compiler import OPERATORS
from sqlalchemy.sql.elements import BinaryExpression, Label, UnaryExpression, _label_reference
from sqlalchemy.sql.functions import Function, FunctionElement
from sqlalchemy.sql.selectable import Select
from sqlalchemy.types import String

BATCH = 5000
COPY_UPSERT_FROM = 500   # rows from which a PostgreSQL upsert goes through COPY and a temporary table
SQLITE_CACHE_KIB = 32 * 1024   # 32 MiB for one bulk transaction (128 MiB cost ~85 MiB more peak memory)


def name(conn: Any) -> str:
    """``sqlite`` or ``postgresql`` for a connection, session or engine."""
    bind = conn.get_bind() if hasattr(conn, "get_bind") else conn
    return bind.dialect.name


def is_sqlite(conn: Any) -> bool:
    return name(conn) == "sqlite"


class year_month(FunctionElement):
    """``YYYY-MM`` of a date or timestamp."""
    type = String()
    inherit_cache = True


@compiles(year_month)
def _year_month_default(element, compiler, **kw):
    return compiler.process(func.strftime("%Y-%m", *element.clauses.clauses), **kw)


@compiles(year_month, "postgresql")
def _year_month_pg(element, compiler, **kw):
    # the format as a literal: PostgreSQL matches GROUP BY expressions textually
    return compiler.process(func.to_char(*element.clauses.clauses, literal_column("'YYYY-MM'")), **kw)


class later_of(FunctionElement):
    """The later (larger) of two values: ``max(a, b)`` on SQLite, ``greatest(a, b)`` on PostgreSQL."""
    inherit_cache = True


@compiles(later_of)
def _later_default(element, compiler, **kw):
    return compiler.process(func.max(*element.clauses.clauses), **kw)


@compiles(later_of, "postgresql")
def _later_pg(element, compiler, **kw):
    return compiler.process(func.greatest(*element.clauses.clauses), **kw)


def joined(column, separator: str):
    """The column's values of a group joined with ``separator`` (order not defined)."""
    return func.aggregate_strings(column, separator)


# -- sorting as SQLite does ----------------------------------------------------------------

_TEXT_FUNCTIONS = {"lower", "upper", "trim"}   # text of text, typed NullType by SQLAlchemy
_MODIFIERS = {operators.asc_op: asc, operators.desc_op: desc, operators.nulls_first_op: nulls_first,
              operators.nulls_last_op: nulls_last}


def _is_text(target: Any) -> bool:
    if isinstance(target, BinaryExpression) and target.operator is operators.collate:
        return False  # the query chose its collation
    if isinstance(getattr(target, "type", None), String):
        return True
    return (isinstance(target, Function) and target.name.lower() in _TEXT_FUNCTIONS
            and any(isinstance(getattr(c, "type", None), String) for c in target.clauses))


def _may_be_null(target: Any) -> bool:
    if isinstance(target, Label):
        target = target.element
    if isinstance(target, Column):
        return bool(target.nullable) and not target.primary_key
    return True


def _as_on_sqlite(term: Any, collation: bool) -> Any:
    """An ORDER BY term ordered as SQLite orders it: text byte by byte (``COLLATE "C"``),
    NULL before any value (SQLite's rule; PostgreSQL puts NULL last in ascending order)."""
    modifiers = []
    core = term
    while isinstance(core, UnaryExpression) and core.modifier in _MODIFIERS:
        modifiers.append(core.modifier)
        core = core.element
    target = core.element if isinstance(core, _label_reference) else core
    changed = False
    if collation and _is_text(target):
        core, changed = collate(target, "C"), True
    if (operators.nulls_first_op not in modifiers and operators.nulls_last_op not in modifiers
            and _may_be_null(target)):
        modifiers.insert(0, operators.nulls_last_op if operators.desc_op in modifiers else operators.nulls_first_op)
        changed = True
    if not changed:
        return term
    for modifier in reversed(modifiers):
        core = _MODIFIERS[modifier](core)
    return core


def sort_as_on_sqlite(engine: Engine) -> None:
    """Make ``ORDER BY`` on this PostgreSQL engine order rows as SQLite does, whatever the
    database's collation (a server's is usually a language's, which ignores spaces and
    punctuation: 'Le Roux' after 'Leblanc'): text compared byte by byte, NULL first in
    ascending order.  HRDesk sorts names by a folded key, so accents and case are ignored
    either way.  A ``SELECT DISTINCT`` keeps its collation (PostgreSQL wants those terms
    exactly as selected); a ``UNION``'s ORDER BY is left as written."""
    base = engine.dialect.statement_compiler

    class SqliteOrderCompiler(base):  # type: ignore[misc, valid-type]
        def order_by_clause(self, select, **kw):
            if not isinstance(select, Select):
                return super().order_by_clause(select, **kw)
            collation = not (select._distinct or select._distinct_on)
            terms = select._order_by_clauses
            changed = tuple(_as_on_sqlite(t, collation) for t in terms)
            if all(a is b for a, b in zip(changed, terms, strict=True)):
                return super().order_by_clause(select, **kw)
            order_by = self._generate_delimited_list(changed, OPERATORS[operators.comma_op], **kw)
            return " ORDER BY " + order_by if order_by else ""

    engine.dialect.statement_compiler = SqliteOrderCompiler


# -- bulk writes -------------------------------------------------------------------------

def _stamp_memo() -> Any:
    """A timestamp the way SQLAlchemy stores it in SQLite, remembering the last value: a
    column often repeats one object (the creation time of every inserted row)."""
    last: list[Any] = [None, None]

    def convert(v: Any) -> Any:
        if v is not last[0]:
            last[0], last[1] = v, v.isoformat(" ", "microseconds") if isinstance(v, dt.datetime) else v
        return last[1]
    return convert


_SQLITE_STORE: dict[type, Any] = {
    DateTime: _stamp_memo,
    Date: lambda: lambda v: v.isoformat() if isinstance(v, dt.date) else v,
    Boolean: lambda: int,
}


def bulk_insert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]] | Sequence[tuple],
                columns: Sequence[str] | None = None) -> None:
    """Insert ``rows`` (dicts with the same keys, or tuples in ``columns`` order) without
    SQLAlchemy's per-row processing."""
    if not rows:
        return
    if columns is None:   # dicts: their keys are the columns
        columns = tuple(rows[0])
    data: list[tuple] = [tuple(r[c] for c in columns) for r in rows] if isinstance(rows[0], dict) else list(rows)
    if is_sqlite(conn):
        convert = [(i, _SQLITE_STORE[type(table.c[c].type)]()) for i, c in enumerate(columns)
                   if type(table.c[c].type) in _SQLITE_STORE]
        if convert:
            converted = []
            for row in data:
                values = list(row)
                for i, conv in convert:
                    if values[i] is not None:
                        values[i] = conv(values[i])
                converted.append(tuple(values))
            data = converted
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        for i in range(0, len(data), BATCH):
            conn.exec_driver_sql(sql, data[i:i + BATCH])
        return
    booleans = [i for i, c in enumerate(columns) if type(table.c[c].type) is Boolean]
    if booleans:  # SQLite-style 0/1 from callers: PostgreSQL wants real booleans
        fixed = []
        for row in data:
            values = list(row)
            for i in booleans:
                if values[i] is not None:
                    values[i] = bool(values[i])
            fixed.append(tuple(values))
        data = fixed
    cols = ", ".join(f'"{c}"' for c in columns)
    cursor = conn.connection.driver_connection.cursor()
    try:
        with cursor.copy(f'COPY "{table.name}" ({cols}) FROM STDIN') as copy:
            for row in data:
                copy.write_row(row)
    finally:
        cursor.close()


def upsert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]], keys: Sequence[str],
           update: Iterable[str]) -> None:
    """Insert ``rows``; a row whose ``keys`` exist already updates the ``update`` columns.
    Many rows on PostgreSQL: COPY into a temporary table, then one ``INSERT … SELECT … ON
    CONFLICT`` (row-by-row upserts cost a round trip each)."""
    if not rows:
        return
    update = list(update)
    if not is_sqlite(conn) and len(rows) >= COPY_UPSERT_FROM:
        columns = list(rows[0])
        cols = ", ".join(f'"{c}"' for c in columns)
        conn.exec_driver_sql(f'CREATE TEMPORARY TABLE hrdesk_upsert AS SELECT {cols} FROM "{table.name}" WITH NO DATA')
        try:
            bulk_insert(conn, Table("hrdesk_upsert", MetaData(),
                                    *[Column(c.name, c.type) for c in table.columns if c.name in columns]),
                        [tuple(r[c] for c in columns) for r in rows], columns)
            sets = ", ".join(f'"{c}" = excluded."{c}"' for c in update)
            conn.exec_driver_sql(
                f'INSERT INTO "{table.name}" ({cols}) SELECT {cols} FROM hrdesk_upsert '
                f'ON CONFLICT ({", ".join(keys)}) DO UPDATE SET {sets}')
        finally:
            conn.exec_driver_sql("DROP TABLE hrdesk_upsert")
        return
    dialect = sqlite if is_sqlite(conn) else postgresql
    stmt = dialect.insert(table)
    stmt = stmt.on_conflict_do_update(index_elements=list(keys),
                                      set_={c: stmt.excluded[c] for c in update})
    for i in range(0, len(rows), BATCH):
        conn.execute(stmt, list(rows[i:i + BATCH]))


@contextmanager
def bulk_work(conn: Connection) -> Iterator[None]:
    """A larger page cache for one big transaction (SQLite; PostgreSQL's is the server's)."""
    if not is_sqlite(conn):
        yield
        return
    conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql("PRAGMA cache_size=-2000")


@contextmanager
def secondary_indexes_dropped(conn: Connection, tables: Sequence[str], enabled: bool = True) -> Iterator[None]:
    """Drop the tables' secondary indexes and build them again at the end (same transaction:
    a unique index that no longer holds fails when it is built again, rejecting the work).
    SQLite only: sorting once beats inserting into each index row by row there."""
    if not enabled or not is_sqlite(conn):
        yield
        return
    marks = ", ".join("?" * len(tables))
    ddl = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        tuple(tables)).all()
    for index_name, _sql in ddl:
        conn.exec_driver_sql(f'DROP INDEX "{index_name}"')
    yield
    for _name, sql in ddl:
        conn.exec_driver_sql(sql)


def serialised_writers(conn: Any, what: str) -> None:
    """Wait, inside the current transaction, until no other HRDesk writes ``what`` (PostgreSQL
    advisory lock, released at commit or rollback).  Nothing to do on SQLite."""
    if is_sqlite(conn):
        return
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": zlib.crc32(what.encode())})


def first_free_ids(conn: Connection, table: Table, n: int) -> Iterator[int] | range:
    """``n`` ids for rows inserted with explicit ids: after the largest on SQLite (one writer);
    from the table's sequence on PostgreSQL (other users may insert at the same time)."""
    if is_sqlite(conn):
        start = (conn.scalar(text(f"SELECT max(id) FROM {table.name}")) or 0) + 1
        return range(start, start + n)
    if n == 0:
        return range(0)
    return iter(conn.execute(text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
                             {"t": table.name, "n": n}).scalars().all())


def reset_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    """After rows were inserted with explicit ids: each PostgreSQL id sequence continues after
    the largest id (SQLite needs nothing)."""
    if is_sqlite(conn):
        return
    for table in tables:
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement is not False:
            seq = conn.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name})
            if seq:
                conn.execute(text(f'SELECT setval(:s, coalesce((SELECT max(id) FROM "{table.name}"), 0) + 1, false)'),
                             {"s": seq})


def refresh_statistics(conn: Connection, tables: Iterable[str]) -> None:
    """After a bulk load: PostgreSQL's planner statistics of the tables this transaction changed
    much (more than a tenth of their rows, as the server's autovacuum would judge, or never
    analysed) brought up to date at once — without them a freshly consolidated database gets
    plans that scan everything for each row (a report 5× slower).  SQLite: nothing to do."""
    if is_sqlite(conn):
        return
    changed = conn.execute(text(
        "SELECT x.relname FROM pg_stat_xact_user_tables x JOIN pg_class c ON c.oid = x.relid "
        "WHERE x.relname = ANY(:names) AND (c.reltuples < 0 OR "
        "x.n_tup_ins + x.n_tup_upd + x.n_tup_del > 1000 + 0.1 * c.reltuples)"),
        {"names": list(tables)}).scalars().all()
    for table in changed:
        conn.exec_driver_sql(f'ANALYZE "{table}"')
