"""Imports in bounded memory (issue 19): a file is read in batches, twice (checks, then the
merge inside the one transaction), and stays all-or-nothing."""

from __future__ import annotations

import uuid as uuid_module

import openpyxl
import pytest
from test_exchange_support import db_hash, fill_sample, new_db, snapshot

from hrdesk.exchange import export_workbook, import_file
from hrdesk.exchange import merge as merge_module
from hrdesk.exchange import parse as parse_module


@pytest.fixture
def exported(tmp_path):
    db = new_db(tmp_path, "GN")
    fill_sample(db)
    path = tmp_path / "gn.xlsx"
    export_workbook(db, path, privacy="full")
    db.close()
    return path


def _cell(ws, row: int, column: str):
    header = [c.value for c in ws[1]]
    return ws.cell(row=row, column=header.index(column) + 1)


def test_an_import_failing_on_its_last_row_leaves_the_database_unchanged(tmp_path, exported, monkeypatch):
    """One record per batch: the activity changed in the file is written early in the
    transaction, then the file's last row (a new participation of a person already listed in
    that activity) contradicts the database: everything is rolled back."""
    region = new_db(tmp_path, "RO")
    assert import_file(region, exported).ok
    wb = openpyxl.load_workbook(exported)
    acts = wb["Activities"]
    version = int(_cell(acts, 2, "version").value)
    _cell(acts, 2, "title").value = "Changed in the field"
    _cell(acts, 2, "version").value = version + 1
    _cell(acts, 2, "versions").value = f"GN:{version + 1}"
    parts = wb["Participations"]
    last = parts.max_row
    assert last >= 3
    _cell(parts, last, "uuid").value = str(uuid_module.uuid4())  # same activity and person, new record
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)

    monkeypatch.setattr(parse_module, "BATCH_ROWS", 1)
    batches: list[tuple[str, int, int]] = []
    original = merge_module.Merger._batch

    def spy(self, sheet, incoming):
        original(self, sheet, incoming)
        batches.append((sheet.name, incoming[0]["_row"], self.counts["updated"]))

    monkeypatch.setattr(merge_module.Merger, "_batch", spy)
    before = db_hash(region)
    result = import_file(region, edited, accept_modified=True)
    assert result.status == "rejected", result.summary()
    assert "contradicts the database" in str(result.problems[0])
    assert ("Activities", 2, 1) in batches                 # the change was written, then undone
    assert batches[-1][0] == "Participations" and batches[-1][1] == last - 1  # the failing row's batch never ended
    assert db_hash(region) == before
    assert all(title != "Changed in the field" for title in
               (a["title"] for a in snapshot(region)["Activities"].values()))
    region.close()


@pytest.mark.parametrize("batch_rows", [1, 3])
def test_batches_merge_exactly_as_one_file_in_memory(tmp_path, exported, monkeypatch, batch_rows):
    """The same file imported in small batches and in one gives the same database content."""
    (tmp_path / "whole").mkdir()
    (tmp_path / "batched").mkdir()
    whole = new_db(tmp_path / "whole", "RO")
    assert import_file(whole, exported).ok
    monkeypatch.setattr(parse_module, "BATCH_ROWS", batch_rows)
    batched = new_db(tmp_path / "batched", "RO")
    result = import_file(batched, exported)
    assert result.ok, result.summary()
    assert snapshot(batched) == snapshot(whole)
    whole.close()
    batched.close()


def test_the_merge_pass_reads_each_sheet_in_batches(tmp_path, exported, monkeypatch):
    """No sheet is held whole: the merge receives at most ``BATCH_ROWS`` records at a time."""
    monkeypatch.setattr(parse_module, "BATCH_ROWS", 2)
    sizes: list[int] = []
    original = merge_module.Merger._batch

    def spy(self, sheet, incoming):
        sizes.append(len(incoming))
        original(self, sheet, incoming)

    monkeypatch.setattr(merge_module.Merger, "_batch", spy)
    region = new_db(tmp_path, "RO")
    assert import_file(region, exported).ok
    assert sizes and max(sizes) <= 2 and len(sizes) > 4
    region.close()
