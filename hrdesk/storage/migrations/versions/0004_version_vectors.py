"""version vectors on synced records; pseudonyms learnt from full exchange files

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

SYNCED = ("activities", "participants", "participations", "recommendations")


def upgrade() -> None:
    for table in SYNCED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("vv", sa.String(length=400), nullable=True))
            if table in ("participants", "participations"):
                batch.add_column(sa.Column("pseudonym", sa.String(length=40), nullable=True))
                batch.create_index(batch.f(f"ix_{table}_pseudonym"), ["pseudonym"], unique=False)


def downgrade() -> None:
    for table in SYNCED:
        with op.batch_alter_table(table) as batch:
            if table in ("participants", "participations"):
                batch.drop_index(batch.f(f"ix_{table}_pseudonym"))
                batch.drop_column("pseudonym")
            batch.drop_column("vv")
