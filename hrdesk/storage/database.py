"""Opening a database: engine, pragmas, migrations, sessions.

``Database.open(path)`` creates a new file at the newest schema, upgrades an older one
(after copying it to a backup file with SQLite's online backup API), and refuses one
written by a newer HRDesk with a clear message.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from hrdesk.domain.errors import DatabaseError
from hrdesk.i18n import _

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _set_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # field laptops lose power
    cur.close()


def make_engine(path: Path | str) -> Engine:
    engine = create_engine(f"sqlite:///{Path(path)}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_file(source: Path, destination: Path) -> Path:
    """Copy a live database with SQLite's online backup API, then verify the copy."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".part")
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise DatabaseError(_("The backup copy of {path} failed its integrity check.").format(path=source))
    tmp.replace(destination)
    return destination


class Database:
    """An open HRDesk database: an engine and a session factory."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path | str, *, migrate: bool = True) -> Database:
        path = Path(path).expanduser()
        if path.exists() and path.is_dir():
            raise DatabaseError(_("{path} is a folder, not a database file.").format(path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
        _check_is_sqlite(path)
        engine = make_engine(path)
        db = cls(path, engine)
        try:
            if migrate:
                db._migrate()
        except Exception:
            engine.dispose()
            raise
        return db

    def _migrate(self) -> None:
        head = head_revision()
        with self.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        current = current_revision(self.engine)
        if current is None and tables - {"alembic_version"}:
            raise DatabaseError(_("{path} is not an HRDesk database.").format(path=self.path))
        if current == head:
            return
        if current is not None and current not in known_revisions():
            raise DatabaseError(_(
                "{path} was written by a newer version of HRDesk (schema {rev}). "
                "Install the latest HRDesk to open it; nothing was changed."
            ).format(path=self.path, rev=current))
        if current is not None:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_file(self.path, self.path.with_name(f"{self.path.stem}.before-upgrade-{current}-{stamp}.sqlite"))
        cfg = alembic_config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self._sessions() as s, s.begin():
            yield s

    def read_session(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseError(_(
            "{path} is not an HRDesk database (or it is encrypted or damaged)."
        ).format(path=path))
