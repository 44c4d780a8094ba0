"""The exchange export writes through the one atomic-write helper (hrdesk.safety.atomic):
a disk failure half-way becomes one clear DiskError, the previous file stays as it was and no
temporary file is left; an encrypted export still opens with its password only."""

from __future__ import annotations

import datetime as dt
import errno
import io

import msoffcrypto
import pytest
from openpyxl import load_workbook

from hrdesk.exchange import export as E
from hrdesk.exchange import export_workbook
from hrdesk.safety.atomic import DiskError
from hrdesk.services.activities import ActivityService


@pytest.fixture
def one_activity(db):
    ActivityService(db).create({"title": "Radio campaign", "kind": "training", "start_date": dt.date(2024, 3, 4),
                                "country": "GIN"})
    return db


def test_a_full_disk_during_the_export_leaves_the_old_file_and_no_temporary_file(one_activity, tmp_path,
                                                                                   monkeypatch):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "send.xlsx"
    out.write_bytes(b"the previous export")
    real_write = E._Writer.write

    def write_then_fail(self, path, meta):
        real_write(self, path, meta)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(E._Writer, "write", write_then_fail)
    with pytest.raises(DiskError) as err:
        export_workbook(one_activity, out, privacy="full")
    assert "full" in str(err.value) and str(out) in str(err.value)
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in out.parent.iterdir()) == ["send.xlsx"]


def test_an_encrypted_export_is_written_atomically_and_opens_with_its_password(one_activity, tmp_path):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "send.xlsx"
    result = export_workbook(one_activity, out, privacy="full", password="s3cret")
    assert result.encrypted
    assert sorted(p.name for p in out.parent.iterdir()) == ["send.xlsx"]
    with out.open("rb") as fh:
        office_file = msoffcrypto.OfficeFile(fh)
        assert office_file.is_encrypted()
        office_file.load_key(password="s3cret")
        plain = io.BytesIO()
        office_file.decrypt(plain)
    wb = load_workbook(plain)
    assert [c.value for c in wb["Activities"][2] if c.value == "Radio campaign"] == ["Radio campaign"]
