"""Opening a database: engine, pragmas, migrations, sessions.

``Database.open(path)`` creates a new file at the newest schema, upgrades an older one
and refuses one written by a newer HRDesk with a clear message.  An older file is only
upgraded after ``backup_before_upgrade(db, revision)`` (given by the caller, a layer up:
:func:`hrdesk.safety.startup.open_database` passes the verified backup of
:mod:`hrdesk.safety.backups`) has returned; without it the file is refused, unchanged.

Encryption at rest (SQLCipher, see :mod:`hrdesk.safety.crypto`):
``Database.open(path, passphrase="…")`` creates or opens an encrypted file.  An encrypted
file opened without a passphrase raises :class:`PassphraseNeeded`; a wrong passphrase
raises :class:`WrongPassphrase` and touches nothing.

``Database.open(path, read_only=True)`` opens without migrating and refuses every write
(``PRAGMA query_only``): what a second HRDesk gets when another one holds the writer lock
(:func:`hrdesk.safety.lock.acquire_writer_lock`).
"""

from __future__ import annotations

import ast
import contextlib
import functools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from hrdesk.domain.errors import DatabaseError
from hrdesk.i18n import _
from hrdesk.storage import versioning  # noqa: F401  (registers the version-vector bookkeeping of edits)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"


class PassphraseNeeded(DatabaseError):
    """The file is encrypted and no passphrase was given: ask for one."""


class WrongPassphrase(DatabaseError):
    """The passphrase does not open the encrypted file (nothing was changed)."""


def sqlcipher_module():
    """The ``sqlcipher3`` module, or ``None`` when SQLCipher is not installed."""
    try:
        import sqlcipher3  # optional: an installation without SQLCipher runs unencrypted
    except ImportError:  # pragma: no cover - depends on the installation
        return None
    return sqlcipher3


def no_encryption_support_message(path: Path | str) -> str:
    return _("{path} looks like an encrypted database, but this HRDesk has no encryption support "
             "(SQLCipher is not installed). Install it with 'pip install sqlcipher3-binary' (or 'make run' "
             "from HRDesk's source folder; the packaged HRDesk includes it), then try again. "
             "Nothing was changed.").format(path=path)


def key_pragma(passphrase: str) -> str:
    """``PRAGMA key`` with the passphrase quoted as an SQL string literal."""
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def connect_raw(path: Path | str, passphrase: str | None = None, *, read_only: bool = False,
                immutable: bool = False):
    """A DB-API connection (``sqlite3`` or ``sqlcipher3`` when a passphrase is given).

    The passphrase is applied before anything reads the file; the caller closes the
    connection.  ``read_only`` opens with ``mode=ro`` (never creates or changes the file);
    ``immutable`` (with ``read_only``) also takes no lock and creates no ``-wal``/``-shm``
    file — only for a file nobody has open."""
    target = f"file:{Path(path)}?mode=ro{'&immutable=1' if immutable else ''}" if read_only else str(path)
    if passphrase is None:
        return sqlite3.connect(target, uri=read_only)
    module = sqlcipher_module()
    if module is None:
        raise DatabaseError(_("This HRDesk cannot open encrypted databases (SQLCipher is not installed)."))
    conn = module.connect(target, uri=read_only)
    with contextlib.suppress(module.Error):  # older SQLCipher
        conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_pragma(passphrase))
    return conn


def alembic_config() -> Config:
    # start-up time: Alembic (about 0.15 s to import) is only needed to upgrade a file
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@functools.cache
def _revision_graph() -> dict[str, tuple[str, ...]]:
    """Each migration's revision and the revisions it follows, read from the migration
    scripts' ``revision`` / ``down_revision`` lines with ``ast`` (nothing is imported, so
    checking that a file is at the newest schema does not load Alembic)."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else (
                node.target if isinstance(node, ast.AnnAssign) else None)
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and node.value:
                values[target.id] = ast.literal_eval(node.value)
        if "revision" not in values:
            continue
        down = values.get("down_revision")
        graph[values["revision"]] = tuple(down) if isinstance(down, (tuple, list)) else ((down,) if down else ())
    return graph


def head_revision() -> str:
    """The newest schema revision (the one no other migration follows)."""
    graph = _revision_graph()
    followed = {d for downs in graph.values() for d in downs}
    heads = sorted(set(graph) - followed)
    if len(heads) != 1:
        raise DatabaseError(_("The database migrations of this HRDesk are inconsistent (heads: {heads}).")
                            .format(heads=", ".join(heads) or "-"))
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph())


def _set_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # field laptops lose power
    cur.close()


def _set_read_only(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def make_engine(path: Path | str, passphrase: str | None = None, *, read_only: bool = False) -> Engine:
    """An engine on the file; SQL parameters (personal data) never appear in errors or logs."""
    if passphrase is None:
        engine = create_engine(f"sqlite:///{Path(path)}", future=True, hide_parameters=True)
    else:
        if sqlcipher_module() is None:
            raise DatabaseError(_("This HRDesk cannot open encrypted databases (SQLCipher is not installed)."))
        url = URL.create("sqlite+pysqlcipher", password=passphrase, database=str(Path(path)))
        # QueuePool, not the dialect's SingletonThreadPool: services open a read session inside a
        # write session, and one shared connection would end the write transaction early.
        engine = create_engine(url, future=True, hide_parameters=True, poolclass=QueuePool,
                               connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    if read_only:
        event.listen(engine, "connect", _set_read_only)
    return engine


def current_revision(engine: Engine) -> str | None:
    """The file's schema revision (None for a file without one), read without Alembic."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    if len(rows) > 1:
        raise DatabaseError(_("The schema version of this database is ambiguous (several revisions)."))
    return rows[0][0] if rows else None


BeforeUpgrade = Callable[["Database", str], object]
"""Called with the open database and its current schema revision before an upgrade."""


class Database:
    """An open HRDesk database: an engine and a session factory."""

    def __init__(self, path: Path, engine: Engine, *, passphrase: str | None = None,
                 read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._passphrase = passphrase  # kept in memory only, for encrypted backups
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        """The passphrase of an encrypted database (memory only; never written anywhere)."""
        return self._passphrase

    @classmethod
    def open(cls, path: Path | str, *, migrate: bool = True, passphrase: str | None = None,
             read_only: bool = False, backup_before_upgrade: BeforeUpgrade | None = None) -> Database:
        path = Path(path).expanduser()
        if path.exists() and path.is_dir():
            raise DatabaseError(_("{path} is a folder, not a database file.").format(path=path))
        if read_only and not path.exists():
            raise DatabaseError(_("No database at {path}.").format(path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
        _check_is_sqlite(path, passphrase)
        if passphrase is None:
            _refuse_foreign_or_newer(path)  # before the engine's pragmas (WAL) touch the file
        engine = make_engine(path, passphrase, read_only=read_only)
        db = cls(path, engine, passphrase=passphrase, read_only=read_only)
        try:
            if read_only:
                db._check_current()
            elif migrate:
                db._migrate(backup_before_upgrade)
        except Exception:
            engine.dispose()
            raise
        return db

    def _check_current(self) -> None:
        if current_revision(self.engine) != head_revision():
            raise DatabaseError(_(
                "{path} must be upgraded before it can be read, and another HRDesk is using it. "
                "Close the other HRDesk and try again."
            ).format(path=self.path))

    def _migrate(self, backup_before_upgrade: BeforeUpgrade | None) -> None:
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
            if backup_before_upgrade is None:  # never upgrade a file without a backup first
                raise DatabaseError(_(
                    "{path} must be upgraded to this version of HRDesk, and no backup can be made first here. "
                    "Open it with HRDesk (the app or a command) to upgrade it; nothing was changed."
                ).format(path=self.path))
            backup_before_upgrade(self, current)
        # start-up time: the migration machinery loads only when a file must be upgraded
        from alembic import command

        cfg = alembic_config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        On a read-only database (another HRDesk is the writer) a write raises
        :class:`DatabaseError` with a clear message."""
        if not self.read_only:
            with self._sessions() as s, s.begin():
                yield s
            return
        try:
            with self._sessions() as s, s.begin():
                yield s
        except OperationalError as exc:
            if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
                raise DatabaseError(_(
                    "This database is open read-only because another HRDesk is using it: the change was not "
                    "saved. Close the other HRDesk to make changes."
                )) from None
            raise

    def read_session(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_is_sqlite(path: Path, passphrase: str | None = None) -> None:
    """Refuse, with a clear message and without touching it, a file that cannot be opened."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header == SQLITE_HEADER:
        if passphrase is not None:
            raise DatabaseError(_(
                "{path} is not encrypted: open it without a passphrase (or encrypt it with 'hrdesk encrypt')."
            ).format(path=path))
        return
    if not is_encrypted(path):
        raise DatabaseError(_(
            "{path} is not an HRDesk database (or it is damaged)."
        ).format(path=path))
    if sqlcipher_module() is None:  # never "wrong passphrase" when no passphrase can be tried
        raise DatabaseError(no_encryption_support_message(path))
    if passphrase is None:
        raise PassphraseNeeded(_(
            "{path} is encrypted: a passphrase is needed to open it."
        ).format(path=path))
    if not passphrase_opens(path, passphrase):
        raise WrongPassphrase(_(
            "The passphrase does not open {path} (or the file is damaged). Nothing was changed."
        ).format(path=path))


def is_encrypted(path: Path | str) -> bool:
    """True for a file that may be an encrypted database: not a plain SQLite header, whole
    pages (a multiple of 512 bytes) and a first block that is not text."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(64)
    except OSError:
        return False
    if size < 512 or size % 512 or header.startswith(SQLITE_HEADER):
        return False
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in header)
    return printable < len(header) * 0.9


def _refuse_foreign_or_newer(path: Path) -> None:
    """Refuse, reading only, a SQLite file that is not HRDesk's or was written by a newer
    HRDesk: opening it normally would already change it (journal mode)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return  # the normal open reports the problem
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
    except sqlite3.Error:
        return
    finally:
        conn.close()
    if rev is None and tables - {"alembic_version"}:
        raise DatabaseError(_("{path} is not an HRDesk database.").format(path=path))
    if rev is not None and rev[0] not in known_revisions():
        raise DatabaseError(_(
            "{path} was written by a newer version of HRDesk (schema {rev}). "
            "Install the latest HRDesk to open it; nothing was changed."
        ).format(path=path, rev=rev[0]))


def passphrase_opens(path: Path, passphrase: str) -> bool:
    """True when the passphrase decrypts the file (read-only check: the file is not touched)."""
    module = sqlcipher_module()
    if module is None:
        return False
    try:
        conn = connect_raw(path, passphrase, read_only=True)
    except module.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except module.Error:
        return False
    finally:
        conn.close()
