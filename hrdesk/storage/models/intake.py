"""Provenance of records created from typed spreadsheets (activity-log template imports).

One row per spreadsheet row that created a record: the file it came from (the template's
embedded identifier, or the file name), the row's key inside that file (the activity
reference ``A1``; hashed keys for participants), the record it created and a fingerprint of
the row's content.  Re-importing the same file finds its rows here instead of creating
duplicates; a corrected row (new fingerprint) updates the record it created.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, utcnow


class ImportedRow(Base):
    __tablename__ = "imported_rows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_key: Mapped[str] = mapped_column(String(200))
    row_key: Mapped[str] = mapped_column(String(200))
    record_type: Mapped[str] = mapped_column(String(30))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    source_name: Mapped[str] = mapped_column(String(255), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("file_key", "row_key"),
        Index("ix_imported_rows_fingerprint", "record_type", "fingerprint"),
    )
