"""The one background-work protocol (hrdesk.domain.progress): every long job reports
``(done, total, message)`` up to done == total and a cancel through the same object raises
the one ``Cancelled`` and leaves nothing written or changed."""

from __future__ import annotations

import pytest
import test_reports_sample as sample
from sqlalchemy import text
from test_exchange_support import db_hash, fill_sample, new_db

from hrdesk.demo import fill as demo
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.progress import Cancelled, Progress
from hrdesk.exchange import export_workbook, import_files
from hrdesk.reports import service, training
from hrdesk.reports.scope import ReportScope
from hrdesk.safety.backups import backup_before

sample_db = sample.sample_db  # the module-scoped fixture


class Recorder(Progress):
    """Records every report; asks for a cancel after ``cancel_after`` reports."""

    def __init__(self, cancel_after: int | None = None, cancel_when=None) -> None:
        super().__init__(self._seen)
        self.seen: list[tuple[int, int, str]] = []
        self.cancel_after, self.cancel_when = cancel_after, cancel_when

    def _seen(self, done: int, total: int, message: str) -> None:
        self.seen.append((done, total, message))
        if self.cancel_after is not None and len(self.seen) >= self.cancel_after:
            self.cancel()
        if self.cancel_when is not None and self.cancel_when(done, total):
            self.cancel()

    def assert_grows_to_total(self) -> None:
        assert self.seen, "no progress reported"
        dones = [d for d, _t, _m in self.seen]
        assert dones == sorted(dones)
        assert all(0 <= d <= t for d, t, _m in self.seen)
        assert self.seen[-1][0] == self.seen[-1][1] > 0


def certificate_numbers(db) -> list:
    with db.read_session() as s:
        return s.execute(text("SELECT uuid, certificate_number, version FROM participations ORDER BY id")).all()


def test_progress_protocol():
    p = Progress()
    p.update(1, 2, "x")
    assert (p.done, p.total, p.message) == (1, 2, "x")
    p.cancel()
    with pytest.raises(Cancelled):
        p.update(2, 2)
    with pytest.raises(Cancelled):
        p.check()
    assert isinstance(Cancelled(), HRDeskError)
    p.finish()  # the work is done: never raises
    assert p.done == p.total == 2


def test_export_progress_and_cancel(tmp_path):
    db = new_db(tmp_path, "GN")
    fill_sample(db)
    rec = Recorder()
    export_workbook(db, tmp_path / "ok.xlsx", privacy="full", progress=rec)
    rec.assert_grows_to_total()
    assert rec.seen[-1][:2] == (10, 10)
    before = (tmp_path / "ok.xlsx").read_bytes()
    for cancel_after in (1, len(rec.seen)):  # at the first chunk, after the last one
        with pytest.raises(Cancelled):
            export_workbook(db, tmp_path / "no.xlsx", privacy="full", progress=Recorder(cancel_after))
        with pytest.raises(Cancelled):  # an interrupted export never damages an older file
            export_workbook(db, tmp_path / "ok.xlsx", privacy="full", progress=Recorder(cancel_after))
    assert (tmp_path / "ok.xlsx").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if ".xlsx" in p.name) == ["ok.xlsx"]
    db.close()


def test_import_progress_and_cancel_leave_the_database_unchanged(tmp_path):
    source = new_db(tmp_path, "GN")
    fill_sample(source)
    export_workbook(source, tmp_path / "a.xlsx", privacy="full")
    source.close()
    region = new_db(tmp_path, "RO")
    before = db_hash(region)
    cancel = Recorder(cancel_after=1)  # cancel while the first file is being imported
    with pytest.raises(Cancelled) as info:
        import_files(region, [tmp_path / "a.xlsx"], progress=cancel, backup_reason=None)
    assert info.value.partial == []
    assert db_hash(region) == before  # the file's transaction was rolled back
    rec, seen_files = Recorder(), []
    results = import_files(region, [tmp_path / "a.xlsx"], progress=rec, on_file=seen_files.append,
                           backup_reason=None)
    assert [r.status for r in results] == ["imported"] and seen_files == results
    rec.assert_grows_to_total()
    assert rec.seen[-1] == (1, 1, "a.xlsx")
    assert db_hash(region) != before
    region.close()


def test_report_progress_and_cancel_leave_no_file(sample_db, tmp_path):
    db, _ids = sample_db
    for build, name in ((service.build_pdf, "r.pdf"), (service.build_excel, "r.xlsx")):
        target = tmp_path / name
        rec = Recorder()
        build(db, ReportScope.year(2024), target, progress=rec)
        rec.assert_grows_to_total()
        written = target.read_bytes()
        for cancel_after in (1, 2, len(rec.seen) // 2):
            with pytest.raises(Cancelled):
                build(db, ReportScope.year(2024), target, progress=Recorder(cancel_after))
            assert target.read_bytes() == written
        assert not any(p.name.startswith(".") for p in tmp_path.iterdir())


def test_training_report_progress_and_cancel_leave_no_file(sample_db, tmp_path):
    db, ids = sample_db
    rec = Recorder()
    path = training.build_training_report(db, ids["training"], tmp_path / "t.pdf", progress=rec)
    rec.assert_grows_to_total()
    assert path.stat().st_size > 0 and len(rec.seen) > 5
    for cancel_after in (1, 2, len(rec.seen) - 1):
        with pytest.raises(Cancelled):
            training.build_training_report(db, ids["training"], tmp_path / "no.pdf", progress=Recorder(cancel_after))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.pdf"]


def test_certificates_cancel_store_no_number_and_leave_no_file(sample_db, tmp_path):
    db, ids = sample_db
    before = certificate_numbers(db)
    assert any(number is None for _u, number, _v in before)
    # at the first page, at the second, and after the last page before the file is renamed
    for progress in (Recorder(1), Recorder(2), Recorder(cancel_when=lambda done, total: done == total - 1)):
        with pytest.raises(Cancelled):
            training.build_certificates(db, ids["training"], tmp_path / "c.pdf", progress=progress)
        assert certificate_numbers(db) == before
        assert list(tmp_path.iterdir()) == []
    probe = Recorder()
    training.build_certificates(db, ids["training"], tmp_path / "c.pdf", progress=probe)
    probe.assert_grows_to_total()
    after = certificate_numbers(db)
    assert after != before and (tmp_path / "c.pdf").exists()


def test_demo_progress_and_cancel_leave_the_database_unchanged(db):
    before = db_hash(db)
    for cancel_after in (1, 2, 3):  # after generating, validating, and while writing
        with pytest.raises(Cancelled):
            demo.fill(db, "small", progress=Recorder(cancel_after))
        assert db_hash(db) == before
    rec = Recorder()
    counts = demo.fill(db, "small", progress=rec)
    rec.assert_grows_to_total()
    assert [m for _d, _t, m in rec.seen] == ["generating", "validating", "writing", ""]
    assert counts["activities"] > 0 and db_hash(db) != before


def test_merge_progress_and_cancel_merge_nothing(db):
    from hrdesk.services.participants import ParticipantService

    service = ParticipantService(db)
    keep, *others = (service.create({"full_name": "Mamadou Diallo", "sex": "male"})["uuid"] for _i in range(3))
    before = db_hash(db)
    with pytest.raises(Cancelled):
        service.merge(keep, others, backup_first=backup_before, progress=Recorder(1))
    assert db_hash(db) == before
    rec = Recorder()
    service.merge(keep, others, backup_first=backup_before, progress=rec)
    rec.assert_grows_to_total()
    with db.read_session() as s:
        live = s.execute(text("SELECT count(*) FROM participants WHERE deleted_at IS NULL")).scalar()
    assert live == 1
