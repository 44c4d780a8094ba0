"""Logs: a rotating file in the data folder, with no participant's name, e-mail or phone in it
after a scripted session on demo data (including errors with tracebacks)."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from hrdesk import logs, paths
from hrdesk.domain.errors import ValidationError
from hrdesk.logs import RedactingFilter, redact, setup_logging
from hrdesk.safety import backups, restore
from hrdesk.safety.backups import backup_before
from hrdesk.services.participants import ParticipantService
from hrdesk.storage import models as m
from hrdesk.storage.database import Database


@pytest.fixture
def log_dir():
    setup_logging(force=True)
    yield paths.logs_dir()
    for handler in list(logging.getLogger("hrdesk").handlers):
        handler.close()
        logging.getLogger("hrdesk").removeHandler(handler)
    logs._configured = False


def _personal_data(path):
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT full_name, email, phone FROM participants").fetchall()
    finally:
        conn.close()
    values = {v for row in rows for v in row if v}
    return values


def test_scripted_session_leaves_no_personal_data_in_the_log(log_dir, tmp_path, capsys):
    from hrdesk.cli import main

    path = tmp_path / "session.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    db = Database.open(path)
    people = ParticipantService(db)
    with db.read_session() as s:
        some = s.query(m.Participant).filter(m.Participant.deleted_at.is_(None)).limit(3).all()
        uuids = [p.uuid for p in some]
        named = [(p.full_name, p.email, p.phone) for p in some]
    people.update(uuids[0], {"notes": "met again"})
    people.merge(uuids[1], [uuids[2]], backup_first=backup_before)
    backups.backup_before(db, "merge")
    log = logging.getLogger("hrdesk.test")
    # errors carrying personal data, logged the way the CLI logs unexpected errors
    try:
        people.create({"full_name": named[0][0], "sex": "nonsense", "email": "not-an-email " + (named[0][1] or "")})
    except ValidationError:
        log.exception("validation failed")
    try:
        with db.session() as s:  # a real database error: same uuid twice
            s.add(m.Participant(uuid=uuids[0], full_name=named[0][0], email=named[0][1], phone=named[0][2],
                                origin_office_id=1))
    except Exception:
        log.exception("unexpected database error")
    try:
        raise KeyError(named[1][0])
    except KeyError:
        log.exception("unexpected error in command %s", "stats")
    log.warning("contact %s or %s", "someone@example.org", "+224 622 12 34 56")
    info = backups.make_backup(db)
    db.close()
    restore.restore_backup(info.path, path)
    for args in (["stats", "--db", str(path)], ["check", "--db", str(path)], ["backups", "--db", str(path)],
                 ["backup", "--db", str(path)]):
        assert main(args) == 0
    capsys.readouterr()
    for handler in logging.getLogger("hrdesk").handlers:
        handler.flush()
    files = logs.log_files()
    assert files and files[0].parent == paths.data_dir() / "logs"
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    assert "backup made" in text and "unexpected database error" in text and "Traceback" in text
    assert "KeyError" in text and logs.REDACTED in text
    personal = _personal_data(path) | {v for row in named for v in row if v}
    assert len(personal) > 100
    leaked = sorted(v for v in personal if v in text)
    assert leaked == []
    assert "someone@example.org" not in text and "622 12 34 56" not in text


def test_redaction_rules():
    assert redact("write to aminata.diallo@example.org today") == f"write to {logs.REDACTED} today"
    assert logs.REDACTED in redact("phone: +224 (0)622-12-34-56")
    assert redact("2026-11-28 11:36 backup of 348160 bytes, uuid 0b6f2d3e-1c2a-4b5d-8e9f-123456789abc") == \
        "2026-11-28 11:36 backup of 348160 bytes, uuid 0b6f2d3e-1c2a-4b5d-8e9f-123456789abc"
    assert "Diallo" not in redact("boom [parameters: ('Aminata Diallo', 'x')]")
    record = logging.LogRecord("hrdesk", logging.ERROR, __file__, 1, "person %s", ("a@b.org",), None)
    assert RedactingFilter().filter(record) and record.getMessage() == f"person {logs.REDACTED}"


def test_log_rotates(log_dir):
    handler = next(h for h in logging.getLogger("hrdesk").handlers if hasattr(h, "maxBytes"))
    handler.maxBytes = 2000
    log = logging.getLogger("hrdesk.test")
    for i in range(100):
        log.info("line %d of a long session with some padding to fill the file", i)
    assert len(logs.log_files()) >= 2
