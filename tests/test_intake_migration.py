"""Migration 0003 (imported_rows) upgrades and downgrades cleanly."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from hrdesk.storage.database import Database, alembic_config, current_revision


def test_0003_downgrade_and_upgrade(db_path):
    db = Database.open(db_path)
    try:
        assert "imported_rows" in inspect(db.engine).get_table_names()
        cfg = alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0002")
        assert "imported_rows" not in inspect(db.engine).get_table_names()
        assert current_revision(db.engine) == "0002"
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0003")
        inspector = inspect(db.engine)
        assert {c["name"] for c in inspector.get_columns("imported_rows")} >= {
            "file_key", "row_key", "record_type", "record_uuid", "fingerprint"}
        assert [u["column_names"] for u in inspector.get_unique_constraints("imported_rows")] == [["file_key", "row_key"]]
    finally:
        db.close()
