"""Training report, certificates of participation and ``hrdesk verify``."""

from __future__ import annotations

import re

import pytest
import test_reports_sample as sample
from pypdf import PdfReader
from test_reports_figures import sql

from hrdesk.cli import main
from hrdesk.domain.errors import HRDeskError, NotFoundError
from hrdesk.reports import training
from hrdesk.safety.backups import backup_file

sample_db = sample.sample_db  # the module-scoped fixture


def text_of(path) -> str:
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(path).pages))


def test_training_report_figures_and_privacy(sample_db, tmp_path):
    db, ids = sample_db
    full = training.build_training_report(db, ids["training"][:8], tmp_path / "full.pdf")
    text = text_of(full)
    pre, post, imp = sql(db, "SELECT avg(pre_score), avg(post_score), avg(post_score - pre_score) FROM participations "
                             "q JOIN activities a ON a.id = q.activity_id WHERE a.uuid = ? AND q.role = 'participant' "
                             "AND q.deleted_at IS NULL", ids["training"])[0]
    assert f"Average pre-test score {pre:.1f}" in text and f"Average post-test score {post:.1f}" in text
    assert f"Average improvement {imp:.1f}" in text
    assert "Mamadou Diallo" in text and "Aminata Touré (Facilitator)" in text and "CONTAINS PERSONAL DATA" in text
    assert "Mamadou Diallo 40.0 75.0 35.0" not in text  # the row holds sex, category, organisation too
    pseudo = text_of(training.build_training_report(db, ids["training"], tmp_path / "p.pdf", privacy="pseudonymised"))
    assert not [n for n, *_rest in sample.PEOPLE.values() if n in pseudo]
    assert re.search(r"P-[0-9A-F]{6}", pseudo)


def test_activity_id_prefix(sample_db):
    db, ids = sample_db
    with db.read_session() as s:
        assert training.resolve_activity(s, ids["campaign"][:6].upper()).uuid == ids["campaign"]
        with pytest.raises(NotFoundError):
            training.resolve_activity(s, "ffffffff-0000")
        with pytest.raises(HRDeskError):
            training.resolve_activity(s, "ab")


def test_certificates_are_stored_and_verifiable(sample_db, tmp_path, capsys):
    db, ids = sample_db
    path = training.build_certificates(db, ids["ukraine"], tmp_path / "cert.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    rows = sql(db, "SELECT p.full_name, q.certificate_number, q.certificate_date, q.version FROM participations q "
                   "JOIN participants p ON p.id = q.participant_id JOIN activities a ON a.id = q.activity_id "
                   "WHERE a.uuid = ? ORDER BY p.full_name", ids["ukraine"])
    codes = {name: code for name, code, _d, _v in rows}
    assert all(re.fullmatch(r"HRD-[2-9A-Z]{4}-[2-9A-Z]{4}", c) for c in codes.values())
    assert all(v == 2 and d for _n, _c, d, v in rows)  # versioned change, dated
    page_texts = [p.extract_text() for p in reader.pages]
    assert any("Ольга Иванова" in t and codes["Ольга Иванова"] in t for t in page_texts)
    # a second run keeps the numbers
    training.build_certificates(db, ids["ukraine"], tmp_path / "again.pdf")
    assert {n: c for n, c in sql(db, "SELECT p.full_name, q.certificate_number FROM participations q JOIN "
                                              "participants p ON p.id = q.participant_id JOIN activities a ON "
                                              "a.id = q.activity_id WHERE a.uuid = ?", ids["ukraine"])} == codes
    # verify through the CLI, in this database and in a copy (as in a consolidated database)
    code = codes["Тарас Шевченко"]
    copy = tmp_path / "regional.sqlite"
    backup_file(db.path, copy)  # a live WAL database is copied with SQLite's backup API
    for database in (db.path, copy):
        assert main(["verify", code.lower().replace("-", " "), "--db", str(database)]) == 0
        out = capsys.readouterr().out
        assert "Тарас Шевченко" in out and "Documenting violations in detention" in out
        assert "Human Rights Monitoring Mission in Ukraine" in out
    assert main(["verify", "HRD-2222-2222", "--db", str(db.path)]) == 1
    assert "No certificate" in capsys.readouterr().err


def test_cli_report_and_training_report(sample_db, tmp_path, capsys):
    db, ids = sample_db
    assert main(["report", "--db", str(db.path), "--from", "2024-01-01", "--to", "2024-12-31", "--country", "GIN",
                 "--privacy", "aggregate", "--xlsx", str(tmp_path / "r.xlsx"), "--pdf", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.xlsx").stat().st_size and (tmp_path / "r.pdf").stat().st_size
    assert main(["report", "--db", str(db.path), "--period", "2010", "--pdf", str(tmp_path / "e.pdf")]) == 0
    assert "No activities in this period" in capsys.readouterr().out
    assert main(["report", "--db", str(db.path), "--period", "2024"]) == 1
    assert main(["training-report", ids["training"][:8], "--db", str(db.path), "--pdf", str(tmp_path / "t.pdf"),
                 "--certificates", str(tmp_path / "c.pdf")]) == 0
    assert len(PdfReader(tmp_path / "c.pdf").pages) == 8
