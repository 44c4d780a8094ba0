"""Migration 0006 (recommendation tracking) from a 0005 database holding recommendations:
every recommendation keeps its fields and links and gets one history entry with its
current status (a deterministic uuid, the same in every office); the schema equals the models."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module

from alembic import command
from sqlalchemy import inspect
from test_core_migrations import migrate_to, schema_diffs

from hrdesk.safety import startup
from hrdesk.services.recommendations import HISTORY_NAMESPACE, RecommendationService
from hrdesk.storage.database import alembic_config, current_revision, head_revision, make_engine

STAMP = "2024-05-06 10:00:00.000000"
REC_UUIDS = ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"]


def _seed_0005(path):
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            run = conn.exec_driver_sql
            run("INSERT INTO offices (id, code, name, kind, country, uuid, created_at, updated_at, version) "
                "VALUES (1, 'GN', 'OHCHR Guinea', 'country_office', 'GIN', "
                "'99999999-9999-4999-8999-999999999999', ?, ?, 1)", (STAMP, STAMP))
            for i, (uuid, status, updated) in enumerate(zip(REC_UUIDS, ("in_progress", "implemented"),
                                                            ("2024-05-06 10:00:00.000000",
                                                             "2025-01-31 08:30:00.000000"), strict=True), start=1):
                run("INSERT INTO recommendations (id, uuid, mechanism, body, symbol, paragraph, country, text, "
                    "implementation_status, notes, search_text, origin_office_id, created_at, updated_at, version) "
                    "VALUES (?, ?, 'upr', 'Norway', 'A/HRC/47/9', ?, 'GIN', ?, ?, 'note', 'x', 1, ?, ?, 3)",
                    (i, uuid, f"136.{48 + i}", f"Abolish the death penalty {i} (Norway);", status, STAMP, updated))
            run("INSERT INTO settings (key, value) VALUES ('own_office_code', '\"GN\"')")
            run("INSERT INTO recommendation_themes (recommendation_id, theme) VALUES (1, 'Death penalty')")
            run("INSERT INTO recommendation_sdg_targets (recommendation_id, target, goal) VALUES (2, '16.3', 16)")
    finally:
        engine.dispose()


def test_0005_database_with_recommendations_upgrades_without_losing_anything(tmp_path):
    path = tmp_path / "old.sqlite"
    migrate_to(path, "0005")
    _seed_0005(path)
    with startup.open_database(path) as db:
        assert current_revision(db.engine) == head_revision()
        assert schema_diffs(db) == []
        service = RecommendationService(db)
        first, second = service.get(REC_UUIDS[0]), service.get(REC_UUIDS[1])
        assert (first["paragraph"], first["themes"], first["implementation_status"], first["version"]) == \
            ("136.49", ["Death penalty"], "in_progress", 3)
        assert second["sdg_targets"] == ["16.3"] and second["notes"] == "note"
        for name in ("cycle", "session", "year", "response", "cluster", "priority", "target_date"):
            assert first[name] is None, name
        assert first["affected_persons"] == [] and first["responsible_entities"] == []
        history = service.history(REC_UUIDS[1])
        assert [(h["kind"], str(h["date"]), h["status"]) for h in history] == \
            [("entry", "2025-01-31", "implemented")]
        assert history[0]["uuid"] == str(uuid_module.uuid5(HISTORY_NAMESPACE, f"{REC_UUIDS[1]}:initial"))
        # the current status stays in step: a new entry moves it, the old one is kept
        service.add_history(REC_UUIDS[1], {"date": dt.date(2025, 6, 1), "status": "partially_implemented",
                                           "note": "Backsliding"})
        assert service.get(REC_UUIDS[1])["implementation_status"] == "partially_implemented"
        assert [h["status"] for h in service.history(REC_UUIDS[1])] == ["partially_implemented", "implemented"]


def test_0006_downgrades_to_0005_keeping_the_recommendations(tmp_path):
    path = tmp_path / "down.sqlite"
    migrate_to(path, "0005")
    _seed_0005(path)
    migrate_to(path, "head")
    engine = make_engine(path)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            assert "recommendation_history" not in names and "recommendation_clusters" not in names
            assert "cycle" not in {c["name"] for c in inspect(conn).get_columns("recommendations")}
            assert conn.exec_driver_sql("SELECT uuid FROM recommendations ORDER BY id").scalars().all() == REC_UUIDS
            assert conn.exec_driver_sql("SELECT theme FROM recommendation_themes").scalar() == "Death penalty"
    finally:
        engine.dispose()
