"""participants.sort_key: the accent- and case-free name, so lists sort names in SQL
("Koïvogui" before "Kouassi", "Ávila" among the A's); filled for existing people

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa

from hrdesk.domain.text import sort_key

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("sort_key", sa.String(length=200), server_default="", nullable=False))
        batch.drop_index("ix_participants_deleted_name")
    conn = op.get_bind()
    people = sa.table("participants", sa.column("id", sa.Integer()), sa.column("full_name", sa.String()),
                      sa.column("sort_key", sa.String()))
    rows = conn.execute(sa.select(people.c.id, people.c.full_name)).all()
    update = (sa.update(people).where(people.c.id == sa.bindparam("pid"))
              .values(sort_key=sa.bindparam("key")))
    for start in range(0, len(rows), BATCH):
        conn.execute(update, [{"pid": pid, "key": sort_key(name)} for pid, name in rows[start:start + BATCH]])
    with op.batch_alter_table("participants") as batch:
        batch.create_index("ix_participants_deleted_name", ["deleted_at", "sort_key", "id", "search_text"],
                           unique=False)


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+) rather than copying the table: a copy would
    # drop the old table under the participations that refer to it (foreign keys are on).
    with op.batch_alter_table("participants", recreate="never") as batch:
        batch.drop_index("ix_participants_deleted_name")
        batch.drop_column("sort_key")
    with op.batch_alter_table("participants") as batch:
        batch.create_index("ix_participants_deleted_name", ["deleted_at", "full_name", "id", "search_text"],
                           unique=False)
