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

A headquarters database on a PostgreSQL server: ``Database.open("postgresql://user@host/hrdesk")``
(a SQLAlchemy URL; the password comes from libpq — a service file or ``~/.pgpass`` — or from
``ask_password``, never from the URL on a command line).  Same schema, same migrations; what is
SQLite-only (pragmas, the writer lock, file backups, SQLCipher) is behind ``db.is_server`` and
:mod:`hrdesk.storage.dialect`.  A role that may only read gets a read-only database.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from hrdesk.domain.errors import DatabaseError
from hrdesk.i18n import _
from hrdesk.storage import dialect, versioning  # noqa: F401  (registers the version-vector bookkeeping of edits)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SERVER_SCHEMES = ("postgresql", "postgres")
SERVER_DRIVER = "postgresql+psycopg"
MIGRATION_LOCK = 0x48524431   # pg_advisory_xact_lock key: one HRDesk migrates a server database at a time
PASSWORD_ATTEMPTS = 3
BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"


class PassphraseNeeded(DatabaseError):
    """The file is encrypted and no passphrase was given: ask for one."""


class WrongPassphrase(DatabaseError):
    """The passphrase does not open the encrypted file (nothing was changed)."""


class ServerUnavailable(DatabaseError):
    """The database server cannot be reached or refuses the connection."""


PasswordPrompt = Callable[[str, bool], "str | None"]
"""``ask_password(location, wrong)``: the server's password for the user, or None to cancel."""


def is_server_location(value: object) -> bool:
    """True for a database server URL (``postgresql://…``), False for a file path."""
    if value is None or isinstance(value, Path):
        return False
    text_value = str(value).strip()
    if "://" not in text_value:
        return False
    return text_value.split("://", 1)[0].split("+", 1)[0].lower() in SERVER_SCHEMES


def server_url(value: str | URL, password: str | None = None) -> URL:
    """The SQLAlchemy URL of a server database (psycopg 3 as the driver)."""
    try:
        url = make_url(value)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseError(_("{url} is not a database address HRDesk understands "
                              "(e.g. postgresql://user@host/hrdesk).").format(url=describe_url(value))) from None
    base = url.drivername.split("+", 1)[0]
    if base not in SERVER_SCHEMES:
        raise DatabaseError(_("{url} is not a PostgreSQL database address (it must start with postgresql://).")
                            .format(url=describe_url(url)))
    if url.drivername not in (SERVER_DRIVER, *SERVER_SCHEMES):
        raise DatabaseError(_("HRDesk connects to PostgreSQL through psycopg: write the address as "
                              "postgresql://… or postgresql+psycopg://…"))
    url = url.set(drivername=SERVER_DRIVER)
    if not url.database and "service" not in url.query:
        raise DatabaseError(_("{url} names no database: add it after the host (…/hrdesk).").format(
            url=describe_url(url)))
    return url.set(password=password) if password is not None else url


_PASSWORD_IN_TEXT = re.compile(r"(://[^/@:?]*:)[^@/?]*@")
_PASSWORD_PARAMETER = re.compile(r"([?&]password=)[^&]*", re.IGNORECASE)


def describe_url(url: str | URL) -> str:
    """The URL as shown to users and in logs: never the password (given after the user, or as
    libpq's ``password`` parameter in the query)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return _PASSWORD_PARAMETER.sub(r"\1***", _PASSWORD_IN_TEXT.sub(r"\1***@", str(url)))
    if any(key.lower() == "password" for key in parsed.query):
        parsed = parsed.set(query={k: ("***" if k.lower() == "password" else v) for k, v in parsed.query.items()})
    return unquote(parsed.render_as_string(hide_password=True))


def has_password(url: URL) -> bool:
    """Does the address carry a password (after the user, or as ``?password=``)?"""
    return url.password is not None or any(key.lower() == "password" for key in url.query)

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
    if path is None:   # a server database has no file: sqlite3 would create one named "None"
        raise TypeError("connect_raw needs a database file")
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


def make_server_engine(url: URL, *, read_only: bool = False) -> Engine:
    """An engine on a PostgreSQL database; SQL parameters never appear in errors or logs.
    A read-only engine makes every transaction read-only on the server."""
    options = "-c default_transaction_read_only=on" if read_only else ""
    engine = create_engine(url, future=True, hide_parameters=True, pool_pre_ping=True,
                           connect_args={"application_name": "HRDesk", "connect_timeout": 15,
                                         **({"options": options} if options else {})})
    dialect.sort_as_on_sqlite(engine)   # names, codes and empty values in the same order as on SQLite
    return engine


def server_error_message(location: str, message: str) -> str:
    """What to tell a user whose server database cannot be opened (the server's reason kept)."""
    first = message.strip().splitlines()[-1] if message.strip() else ""
    lower = message.lower()
    if "password" in lower:
        hint = _("The server asks for a password: put it in your ~/.pgpass file (or a libpq service file), "
                 "or type it when HRDesk asks; never in the address.")
    elif "does not exist" in lower:
        hint = _("Check the name of the database and of the user (the administrator creates both).")
    else:
        hint = _("Check that the server is running and reachable from this computer, and the address.")
    return _("Cannot open the server database {location}: {reason}. {hint} Nothing was changed.").format(
        location=location, reason=first.rstrip("."), hint=hint)


def _role_can_write(engine: Engine) -> bool:
    """May the connected role change HRDesk's data (or create its tables in an empty database)?"""
    with engine.connect() as conn:
        if inspect(conn).has_table("activities"):
            return bool(conn.execute(text(
                "SELECT has_table_privilege('activities', 'INSERT') "
                "AND has_table_privilege('activities', 'UPDATE')")).scalar())
        return bool(conn.execute(text(
            "SELECT has_schema_privilege(current_schema(), 'CREATE')")).scalar())


def current_revision(engine: Engine) -> str | None:
    """The file's schema revision (None for a file without one), read without Alembic."""
    with engine.connect() as conn:
        return current_revision_on(conn)


def current_revision_on(conn) -> str | None:
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

    def __init__(self, path: Path | None, engine: Engine, *, passphrase: str | None = None,
                 read_only: bool = False, url: URL | None = None, read_only_reason: str = "") -> None:
        self.path = path          # None for a server database
        self.url = url            # the server's URL (None for a file)
        self.engine = engine
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self._passphrase = passphrase  # kept in memory only, for encrypted backups
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    @property
    def is_server(self) -> bool:
        """True on a database server (PostgreSQL), False on a SQLite file."""
        return self.url is not None

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def location(self) -> str:
        """Where the database is, as shown to users: the file's path, or the server URL
        without its password."""
        return describe_url(self.url) if self.url is not None else str(self.path)

    @property
    def display_name(self) -> str:
        """A short name: the file's name, or ``database on host``."""
        if self.url is None:
            return self.path.name
        host = self.url.host or self.url.query.get("host") or "localhost"
        if isinstance(host, tuple):
            host = host[0]
        if str(host).startswith("/"):
            host = "localhost"
        return _("{database} on {host}").format(database=self.url.database or self.url.query.get("service", ""),
                                                 host=host)

    @property
    def passphrase(self) -> str | None:
        """The passphrase of an encrypted database (memory only; never written anywhere)."""
        return self._passphrase

    @classmethod
    def open(cls, path: Path | str | URL, *, migrate: bool = True, passphrase: str | None = None,
             read_only: bool = False, backup_before_upgrade: BeforeUpgrade | None = None,
             ask_password: PasswordPrompt | None = None) -> Database:
        if isinstance(path, URL) or is_server_location(path):
            if passphrase is not None:
                raise DatabaseError(_("A server database is not encrypted by HRDesk: encryption at rest is the "
                                      "database server's job (ask its administrator)."))
            return cls._open_server(path, migrate=migrate, read_only=read_only,
                                    backup_before_upgrade=backup_before_upgrade, ask_password=ask_password)
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
        return cls(path, engine, passphrase=passphrase, read_only=read_only)._ready(migrate, backup_before_upgrade)

    @classmethod
    def _open_server(cls, location: str | URL, *, migrate: bool, read_only: bool,
                     backup_before_upgrade: BeforeUpgrade | None,
                     ask_password: PasswordPrompt | None) -> Database:
        url = server_url(location)
        shown = describe_url(url)
        wrong = False
        for attempt in range(PASSWORD_ATTEMPTS + 1):
            engine = make_server_engine(url, read_only=read_only)
            try:
                with engine.connect() as conn:
                    conn.execute(text("SELECT 1"))
                break
            except OperationalError as exc:
                engine.dispose()
                message = str(exc.orig) if exc.orig is not None else str(exc)
                needs_password = "password" in message.lower()
                given = needs_password and url.password is not None and not wrong  # from the address itself
                if needs_password and not given and ask_password is not None and attempt < PASSWORD_ATTEMPTS:
                    password = ask_password(shown, wrong)
                    if password is None:
                        raise ServerUnavailable(_("No password given: the server database was not opened.")) from None
                    url, wrong = url.set(password=password), True
                    continue
                if needs_password and url.password is not None:   # a password given, and refused
                    raise ServerUnavailable(_("The server refused the password for {location}: check it (in "
                                              "HRDESK_DATABASE_URL, ~/.pgpass or the service file). Nothing was "
                                              "changed.").format(location=shown)) from None
                raise ServerUnavailable(server_error_message(shown, message)) from None
        reason = ""
        if not read_only and not _role_can_write(engine):
            engine.dispose()
            engine = make_server_engine(url, read_only=True)
            read_only = True
            reason = _("Your account on the server may only read this database: HRDesk opened it read-only.")
        return cls(None, engine, read_only=read_only, url=url, read_only_reason=reason)._ready(
            migrate, backup_before_upgrade)

    def _ready(self, migrate: bool, backup_before_upgrade: BeforeUpgrade | None) -> Database:
        """A read-only database must be at the newest schema; a writable one is upgraded to it
        (``migrate``).  On failure the engine is closed and the error raised."""
        try:
            if self.read_only:
                self._check_current()
            elif migrate:
                self._migrate(backup_before_upgrade)
        except Exception:
            self.engine.dispose()
            raise
        return self

    def _check_current(self) -> None:
        if self.is_server and current_revision(self.engine) != head_revision():
            raise DatabaseError(_(
                "The database {location} must be upgraded to this version of HRDesk by a user who may change it; "
                "nothing was changed.").format(location=self.location))
        if current_revision(self.engine) != head_revision():
            raise DatabaseError(_(
                "{path} must be upgraded before it can be read, and another HRDesk is using it. "
                "Close the other HRDesk and try again."
            ).format(path=self.location))

    def _migrate(self, backup_before_upgrade: BeforeUpgrade | None) -> None:
        head = head_revision()
        with self.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        current = current_revision(self.engine)
        if current is None and tables - {"alembic_version"}:
            raise DatabaseError(_("{path} is not an HRDesk database.").format(path=self.location))
        if current == head:
            return
        if current is not None and current not in known_revisions():
            raise DatabaseError(_(
                "{path} was written by a newer version of HRDesk (schema {rev}). "
                "Install the latest HRDesk to open it; nothing was changed."
            ).format(path=self.location, rev=current))
        if current is not None:
            if backup_before_upgrade is None:  # never upgrade a file without a backup first
                raise DatabaseError(_(
                    "{path} must be upgraded to this version of HRDesk, and no backup can be made first here. "
                    "Open it with HRDesk (the app or a command) to upgrade it; nothing was changed."
                ).format(path=self.location))
            backup_before_upgrade(self, current)
        # start-up time: the migration machinery loads only when a file must be upgraded
        from alembic import command

        cfg = alembic_config()
        with self.engine.begin() as conn:
            if self.is_server:  # one HRDesk migrates at a time; the others wait, then find it done
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
                if current_revision_on(conn) == head:
                    return
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
        except DBAPIError as exc:
            if self.is_server and getattr(exc.orig, "sqlstate", None) in ("25006", "42501"):
                raise DatabaseError(self.read_only_reason or _(
                    "This server database is open read-only: the change was not saved.")) from None
            if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
                raise DatabaseError(_(
                    "This database is open read-only because another HRDesk is using it: the change was not "
                    "saved. Close the other HRDesk to make changes."
                )) from None
            raise

    def read_session(self) -> Session:
        return self._sessions()

    @contextmanager
    def writer_turn(self, what: str, parts: Iterable[str] = ()) -> Iterator[None]:
        """Several HRDesks writing ``what`` (e.g. exchange imports) on one server database take
        turns: PostgreSQL advisory locks held for the block, on their own connection, so that
        reads made before the writing transaction (checks, joins) see what the previous turn
        committed and concurrent runs give exactly what a sequential run gives.

        Without ``parts`` the turn is the whole of ``what``: no other turn of ``what`` runs
        meanwhile.  With ``parts`` (e.g. the offices whose records a file holds) only turns
        sharing a part wait for each other; a whole turn waits for every partial one and the
        reverse.  On a SQLite file HRDesk's writer lock already makes one writer at a time:
        nothing to do."""
        if not self.is_server:
            yield
            return
        whole = zlib.crc32(what.encode())
        parts = sorted(set(parts))   # always taken in the same order: no deadlock between turns
        with self.engine.connect() as conn:
            if parts:
                conn.execute(text("SELECT pg_advisory_lock_shared(:k)"), {"k": whole})
                for part in parts:
                    conn.execute(text("SELECT pg_advisory_lock(:k)"),
                                 {"k": zlib.crc32(f"{what}:{part}".encode())})
            else:
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": whole})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock_all()"))
                conn.commit()

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
