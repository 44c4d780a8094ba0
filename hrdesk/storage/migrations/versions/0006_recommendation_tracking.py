"""recommendation tracking: cycle, session, year, response, cluster, priority, target date;
affected persons and responsible entities; clusters; the implementation history (every
existing recommendation gets one entry with its current status, so nothing is lost)

Revision ID: 0006
Revises: 0005
"""
import datetime as dt
import uuid as uuid_module

from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

BATCH = 5000
# The same namespace as hrdesk.services.recommendations.HISTORY_NAMESPACE: the first entry of a
# recommendation gets the same uuid in every office that migrates it, so entries do not double
# when their files meet at the region.
HISTORY_NAMESPACE = uuid_module.UUID("5b0c2f0e-6f1d-4c59-9a57-0d2a4c1e8f31")

NEW_COLUMNS = (
    ("cycle", sa.Integer()), ("session", sa.String(length=40)), ("year", sa.Integer()),
    ("response", sa.String(length=20)), ("cluster", sa.String(length=36)),
    ("priority", sa.String(length=10)), ("target_date", sa.Date()),
)


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("source_file", sa.String(length=255), nullable=True),
        sa.Column("vv", sa.String(length=400), nullable=True),
        sa.Column("origin_office_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    # ADD COLUMN in place (no copy of the table, which activities' links refer to)
    with op.batch_alter_table("recommendations", recreate="never") as batch:
        for name, kind in NEW_COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=True))
    with op.batch_alter_table("recommendations") as batch:
        batch.create_index(batch.f("ix_recommendations_cycle"), ["cycle"], unique=False)
        batch.create_index(batch.f("ix_recommendations_response"), ["response"], unique=False)
        batch.create_index(batch.f("ix_recommendations_cluster"), ["cluster"], unique=False)

    op.create_table(
        "recommendation_affected_persons",
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("person_group", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["recommendation_id"], ["recommendations.id"],
                                name=op.f("fk_recommendation_affected_persons_recommendation_id_recommendations"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("recommendation_id", "person_group", name=op.f("pk_recommendation_affected_persons")),
    )
    op.create_table(
        "recommendation_entities",
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["recommendation_id"], ["recommendations.id"],
                                name=op.f("fk_recommendation_entities_recommendation_id_recommendations"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("recommendation_id", "entity", name=op.f("pk_recommendation_entities")),
    )
    op.create_table(
        "recommendation_clusters",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(["origin_office_id"], ["offices.id"],
                                name=op.f("fk_recommendation_clusters_origin_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_clusters")),
        sa.UniqueConstraint("uuid", name=op.f("uq_recommendation_clusters_uuid")),
    )
    with op.batch_alter_table("recommendation_clusters") as batch:
        batch.create_index(batch.f("ix_recommendation_clusters_name"), ["name"], unique=False)
        batch.create_index(batch.f("ix_recommendation_clusters_origin_office_id"), ["origin_office_id"],
                           unique=False)
    op.create_table(
        "recommendation_history",
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("who", sa.String(length=200), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(["recommendation_id"], ["recommendations.id"],
                                name=op.f("fk_recommendation_history_recommendation_id_recommendations"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["origin_office_id"], ["offices.id"],
                                name=op.f("fk_recommendation_history_origin_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_history")),
        sa.UniqueConstraint("uuid", name=op.f("uq_recommendation_history_uuid")),
    )
    with op.batch_alter_table("recommendation_history") as batch:
        batch.create_index("ix_recommendation_history_rec_date", ["recommendation_id", "date"], unique=False)
        batch.create_index(batch.f("ix_recommendation_history_origin_office_id"), ["origin_office_id"],
                           unique=False)

    # one entry per existing recommendation: its current status, dated when it was last changed
    conn = op.get_bind()
    recs = sa.table("recommendations", sa.column("id", sa.Integer()), sa.column("uuid", sa.String()),
                    sa.column("implementation_status", sa.String()), sa.column("updated_at", sa.DateTime()),
                    sa.column("origin_office_id", sa.Integer()), sa.column("vv", sa.String()),
                    sa.column("version", sa.Integer()))
    history = sa.table("recommendation_history", *(sa.column(n) for n in (
        "recommendation_id", "date", "status", "note", "who", "origin_office_id", "uuid", "created_at",
        "updated_at", "version", "vv")))
    rows = conn.execute(sa.select(recs.c.id, recs.c.uuid, recs.c.implementation_status, recs.c.updated_at,
                                  recs.c.origin_office_id)).all()
    entries = []
    for rid, ruuid, status, updated, origin in rows:
        stamp = updated if isinstance(updated, dt.datetime) else dt.datetime.fromisoformat(str(updated))
        entries.append({"recommendation_id": rid, "date": stamp.date(), "status": status or "not_started",
                        "note": None, "who": None, "origin_office_id": origin,
                        "uuid": str(uuid_module.uuid5(HISTORY_NAMESPACE, f"{ruuid}:initial")),
                        "created_at": stamp, "updated_at": stamp, "version": 1, "vv": None})
    for start in range(0, len(entries), BATCH):
        conn.execute(sa.insert(history), entries[start:start + BATCH])


def downgrade() -> None:
    with op.batch_alter_table("recommendation_history") as batch:
        batch.drop_index(batch.f("ix_recommendation_history_origin_office_id"))
        batch.drop_index("ix_recommendation_history_rec_date")
    op.drop_table("recommendation_history")
    with op.batch_alter_table("recommendation_clusters") as batch:
        batch.drop_index(batch.f("ix_recommendation_clusters_origin_office_id"))
        batch.drop_index(batch.f("ix_recommendation_clusters_name"))
    op.drop_table("recommendation_clusters")
    op.drop_table("recommendation_entities")
    op.drop_table("recommendation_affected_persons")
    with op.batch_alter_table("recommendations") as batch:
        batch.drop_index(batch.f("ix_recommendations_cluster"))
        batch.drop_index(batch.f("ix_recommendations_response"))
        batch.drop_index(batch.f("ix_recommendations_cycle"))
    with op.batch_alter_table("recommendations", recreate="never") as batch:
        for name, _kind in reversed(NEW_COLUMNS):
            batch.drop_column(name)
