"""Alembic environment: runs on the connection HRDesk hands over (never from a URL)."""

from __future__ import annotations

from alembic import context

import hrdesk.storage.models  # noqa: F401 - registers every table
from hrdesk.storage.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic` CLI for developers
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
