"""Migrations: a new database is at head; a database at EVERY earlier revision is backed up
and upgraded with its data intact, to exactly the schema of the models; a newer or foreign
file is refused and left unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid as uuid_module
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

import hrdesk.storage.models  # noqa: F401 - registers every table in the metadata
from hrdesk import paths
from hrdesk.domain.errors import DatabaseError
from hrdesk.safety import startup
from hrdesk.services.health import check_database
from hrdesk.storage.base import Base
from hrdesk.storage.database import (
    Database,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
)

# Rows written at an old revision, table by table (parents first), with the columns that
# revision 0001 defines; columns added later by other revisions get type-based values.
SEED = {
    "offices": {"id": 1, "code": "GN", "name": "OHCHR Guinea", "kind": "country_office", "country": "GIN"},
    "activities": {"id": 1, "title": "Formation des magistrats à Nzérékoré", "kind": "training",
                   "status": "completed", "start_date": "2024-05-06", "country": "GIN",
                   "pre_post_test": 1, "search_text": "formation des magistrats a nzerekore",
                   "origin_office_id": 1},
    "participants": {"id": 1, "full_name": "Aïssatou Diallo", "name_key": "aissatou diallo", "sex": "female",
                     "search_text": "aissatou diallo", "origin_office_id": 1},
    "participations": {"id": 1, "activity_id": 1, "participant_id": 1, "role": "participant",
                       "pre_score": 40.0, "post_score": 80.0, "origin_office_id": 1},
    "activity_themes": {"activity_id": 1, "theme": "Rule of law and justice"},
    "activity_sdg_targets": {"activity_id": 1, "target": "16.3", "goal": 16},
}


def revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [s.revision for s in reversed(list(script.walk_revisions()))]


EARLIER = revisions_oldest_first()[:-1]


def migrate_to(path: Path, revision: str) -> None:
    engine = make_engine(path)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()


def _filler(column: dict) -> object:
    kind = str(column["type"]).upper()
    if "INT" in kind or "BOOL" in kind:
        return 0
    if "FLOAT" in kind or "NUMERIC" in kind or "REAL" in kind:
        return 0.0
    if "DATETIME" in kind or "TIMESTAMP" in kind:
        return "2024-05-06 10:00:00.000000"
    if "DATE" in kind:
        return "2024-05-06"
    return "x"


def seed(path: Path) -> dict[str, str]:
    """Insert SEED rows with whatever columns the schema has now; returns uuids by table."""
    engine = make_engine(path)
    uuids: dict[str, str] = {}
    try:
        with engine.begin() as conn:
            insp = inspect(conn)
            for table, values in SEED.items():
                row = dict(values)
                for col in insp.get_columns(table):
                    name = col["name"]
                    if name in row:
                        continue
                    if name == "uuid":
                        row[name] = uuids[table] = str(uuid_module.uuid4())
                    elif name in ("created_at", "updated_at"):
                        row[name] = "2024-05-06 10:00:00.000000"
                    elif name == "version":
                        row[name] = 1
                    elif not col["nullable"] and col.get("default") is None and not col.get("primary_key"):
                        row[name] = _filler(col)
                marks = ", ".join("?" for _ in row)
                conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({marks})",
                                     tuple(row.values()))
    finally:
        engine.dispose()
    return uuids


def schema_diffs(db: Database) -> list:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def sqlite_files(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        if folder.exists():
            found += [p for p in folder.rglob("*") if p.is_file() and p.read_bytes()[:16] == b"SQLite format 3\x00"]
    return found


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- tests ---------------------------------------------------------------------------------

def test_there_is_one_head_and_a_linear_history():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    assert revisions_oldest_first()[0] == "0001"
    assert revisions_oldest_first()[-1] == head_revision()


def test_new_database_is_at_head_and_matches_the_models(tmp_path):
    with Database.open(tmp_path / "new.sqlite") as db:
        assert current_revision(db.engine) == head_revision()
        assert schema_diffs(db) == []
        with db.engine.connect() as conn:
            pragmas = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                       for name in ("journal_mode", "foreign_keys", "synchronous")}
        assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2}
    # a new database needs no backup
    assert sqlite_files(tmp_path) == [tmp_path / "new.sqlite"]


@pytest.mark.parametrize("revision", EARLIER)
def test_upgrade_from_every_earlier_revision(tmp_path, revision):
    path = tmp_path / "old.sqlite"
    migrate_to(path, revision)
    uuids = seed(path)
    before = {p: digest(p) for p in sqlite_files(tmp_path, paths.data_dir())}

    with startup.open_database(path) as db:  # the one way of opening: a backup, then the upgrade
        assert current_revision(db.engine) == head_revision()
        assert schema_diffs(db) == []
        with db.engine.connect() as conn:
            for table in ("activities", "participants", "participations"):
                got = conn.exec_driver_sql(f"SELECT uuid FROM {table}").scalars().all()
                assert got == [uuids[table]], table
            assert conn.exec_driver_sql("SELECT title FROM activities").scalar() == SEED["activities"]["title"]
            assert conn.exec_driver_sql("SELECT post_score FROM participations").scalar() == 80.0
            assert conn.exec_driver_sql("SELECT target FROM activity_sdg_targets").scalar() == "16.3"
            # derived columns added later are filled for the people already there
            if revision < "0005":
                assert conn.exec_driver_sql("SELECT sort_key FROM participants").scalar() == "aissatou diallo"

    # a verified copy of the old file was made before upgrading
    backups = [p for p in sqlite_files(tmp_path, paths.data_dir()) if p not in before]
    assert backups, "no backup file was created before the upgrade"
    con = sqlite3.connect(backups[0])
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
        assert con.execute("SELECT uuid FROM activities").fetchone()[0] == uuids["activities"]
    finally:
        con.close()
    assert check_database(path).healthy


def test_downgrade_to_base_and_upgrade_again(tmp_path):
    path = tmp_path / "round.sqlite"
    migrate_to(path, "head")
    engine = make_engine(path)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()
    migrate_to(path, "head")
    with Database.open(path) as db:
        assert schema_diffs(db) == []


def test_newer_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "newer.sqlite"
    Database.open(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseError) as info:
        Database.open(path)
    message = str(info.value)
    assert "newer version of HRDesk" in message and "9999_from_the_future" in message
    assert "\n" not in message
    assert digest(path) == before
    assert sqlite_files(tmp_path) == [path]  # no backup, no upgrade attempt


@pytest.mark.parametrize("content", [b"hello, this is not a database", b"PK\x03\x04 a zip file" * 10])
def test_non_sqlite_file_is_refused_and_left_unchanged(tmp_path, content):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as info:
        Database.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseError) as info:
        Database.open(path)
    assert "not an HRDesk database" in str(info.value)
    assert digest(path) == before


def test_folder_instead_of_file_is_refused(tmp_path):
    with pytest.raises(DatabaseError):
        Database.open(tmp_path)



def test_downgrade_of_the_sort_key_keeps_people_and_their_participations(tmp_path):
    before = ScriptDirectory.from_config(alembic_config()).get_revision("0005").down_revision
    path = tmp_path / "down.sqlite"
    migrate_to(path, before)
    uuids = seed(path)
    migrate_to(path, "head")
    engine = make_engine(path)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, before)
        with engine.connect() as conn:
            assert "sort_key" not in {c["name"] for c in inspect(conn).get_columns("participants")}
            assert conn.exec_driver_sql("SELECT uuid FROM participants").scalar() == uuids["participants"]
            assert conn.exec_driver_sql("SELECT count(*) FROM participations").scalar() == 1
    finally:
        engine.dispose()
    migrate_to(path, "head")
    with Database.open(path) as db:
        assert schema_diffs(db) == []
