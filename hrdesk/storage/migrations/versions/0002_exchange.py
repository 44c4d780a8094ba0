"""exchange log, conflicts and recipients (filled in by the exchange work)

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exchange_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('export_id', sa.String(length=36), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_hash', sa.String(length=64), nullable=False),
    sa.Column('office_code', sa.String(length=12), nullable=False),
    sa.Column('recipient', sa.String(length=100), nullable=True),
    sa.Column('scope', sa.String(length=60), nullable=False),
    sa.Column('privacy', sa.String(length=20), nullable=False),
    sa.Column('accepted_modified', sa.Boolean(), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_log'))
    )
    with op.batch_alter_table('exchange_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_log_export_id'), ['export_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exchange_log_file_hash'), ['file_hash'], unique=False)

    op.create_table('exchange_recipients',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('last_export_at', sa.DateTime(), nullable=False),
    sa.Column('last_export_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_exchange_recipients'))
    )
    op.create_table('exchange_record_state',
    sa.Column('record_type', sa.String(length=30), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('agreed_version', sa.Integer(), nullable=False),
    sa.Column('agreed_updated_at', sa.DateTime(), nullable=False),
    sa.Column('agreed_hash', sa.String(length=64), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('record_type', 'uuid', name=op.f('pk_exchange_record_state'))
    )
    with op.batch_alter_table('exchange_record_state', schema=None) as batch_op:
        batch_op.create_index('ix_exchange_record_state_received', ['record_type', 'received_at'], unique=False)

    op.create_table('exchange_conflicts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('record_type', sa.String(length=30), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('source_file', sa.String(length=255), nullable=False),
    sa.Column('kept', sa.Text(), nullable=False),
    sa.Column('other', sa.Text(), nullable=False),
    sa.Column('kept_side', sa.String(length=10), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=10), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_conflicts'))
    )
    with op.batch_alter_table('exchange_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_conflicts_record_uuid'), ['record_uuid'], unique=False)

    op.create_table('exchange_listed_counts',
    sa.Column('activity_uuid', sa.String(length=36), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('women', sa.Integer(), nullable=False),
    sa.Column('men', sa.Integer(), nullable=False),
    sa.Column('other', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('activity_uuid', name=op.f('pk_exchange_listed_counts'))
    )


def downgrade() -> None:
    op.drop_table('exchange_listed_counts')
    with op.batch_alter_table('exchange_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_conflicts_record_uuid'))
    op.drop_table('exchange_conflicts')
    with op.batch_alter_table('exchange_record_state', schema=None) as batch_op:
        batch_op.drop_index('ix_exchange_record_state_received')
    op.drop_table('exchange_record_state')
    op.drop_table('exchange_recipients')
    with op.batch_alter_table('exchange_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_log_file_hash'))
        batch_op.drop_index(batch_op.f('ix_exchange_log_export_id'))
    op.drop_table('exchange_log')
