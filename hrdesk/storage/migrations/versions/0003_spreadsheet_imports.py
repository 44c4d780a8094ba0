"""spreadsheet import provenance: which file row created which record, with a fingerprint

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imported_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_key", sa.String(length=200), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("source_name", sa.String(length=255), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_rows")),
        sa.UniqueConstraint("file_key", "row_key", name=op.f("uq_imported_rows_file_key_row_key")),
    )
    with op.batch_alter_table("imported_rows") as batch:
        batch.create_index(batch.f("ix_imported_rows_record_uuid"), ["record_uuid"], unique=False)
        batch.create_index("ix_imported_rows_fingerprint", ["record_type", "fingerprint"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("imported_rows") as batch:
        batch.drop_index("ix_imported_rows_fingerprint")
        batch.drop_index(batch.f("ix_imported_rows_record_uuid"))
    op.drop_table("imported_rows")
