"""Restore: back to a backup's content, safety backup first, refusals leave everything as it was."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from hrdesk.domain.errors import DatabaseError, HRDeskError
from hrdesk.safety import backups, restore
from hrdesk.safety.lock import acquire_writer_lock
from hrdesk.services.participants import ParticipantService
from hrdesk.storage.database import Database


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT full_name FROM participants WHERE deleted_at IS NULL"))
    finally:
        conn.close()


@pytest.fixture
def backed_up(db):
    svc = ParticipantService(db)
    svc.create({"full_name": "Before One", "sex": "male"})
    info = backups.make_backup(db)
    svc.create({"full_name": "After Two", "sex": "female"})
    return db, info


def test_restore_roundtrip_with_safety_backup(backed_up):
    db, info = backed_up
    path = db.path
    db.close()
    result = restore.restore_backup(info.path, path)
    assert _names(path) == ["Before One"]
    assert result.restored.counts["participants"] == 1
    assert result.safety_backup is not None and _names(result.safety_backup) == ["After Two", "Before One"]
    assert backups.parse_name(result.safety_backup.name)["reason"] == "before-restore"
    assert not path.with_name(path.name + "-wal").exists() or path.with_name(path.name + "-wal").stat().st_size == 0
    with Database.open(path) as again:  # opens and writes normally
        ParticipantService(again).create({"full_name": "Third", "sex": "other"})
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    listed = backups.list_backups(path)
    assert {b.reason for b in listed} == {"manual", "before-restore"}
    assert all(b.counts is not None for b in listed)


def test_restore_refuses_a_corrupt_backup(backed_up):
    db, info = backed_up
    data = bytearray(info.path.read_bytes())
    data[4096 * 3: 4096 * 3 + 2000] = b"\xff" * 2000  # smash a page
    bad = info.path.with_name("smashed.sqlite")
    bad.write_bytes(bytes(data))
    db.close()
    before = _digest(db.path)
    with pytest.raises(DatabaseError, match=r"damaged|not an HRDesk|cannot be read"):
        restore.restore_backup(bad, db.path)
    assert _digest(db.path) == before
    garbage = info.path.with_name("garbage.sqlite")
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(HRDeskError):
        restore.restore_backup(garbage, db.path)
    assert _digest(db.path) == before


def test_restore_refuses_a_backup_from_a_newer_hrdesk(backed_up):
    db, info = backed_up
    conn = sqlite3.connect(info.path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    db.close()
    before = _digest(db.path)
    with pytest.raises(DatabaseError, match="newer version of HRDesk"):
        restore.restore_backup(info.path, db.path)
    assert _digest(db.path) == before
    assert [b.reason for b in backups.list_backups(db.path)] == ["manual"]  # no safety backup either


def test_restore_refuses_a_non_hrdesk_database(tmp_path, db):
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    db.close()
    with pytest.raises(DatabaseError, match="not an HRDesk backup"):
        restore.restore_backup(other, db.path)
    with pytest.raises(HRDeskError, match="No backup file"):
        restore.restore_backup(tmp_path / "missing.sqlite", db.path)


def test_restore_refused_while_another_hrdesk_writes(backed_up):
    db, info = backed_up
    holder = acquire_writer_lock(db.path)
    try:
        with pytest.raises(HRDeskError, match="already open"):
            restore.restore_backup(info.path, db.path)
        db.close()
        restore.restore_backup(info.path, db.path, lock=holder)  # the app passes its own lock
    finally:
        holder.release()
    assert _names(db.path) == ["Before One"]


def test_restore_into_a_new_place(backed_up, tmp_path):
    _db, info = backed_up
    target = tmp_path / "fresh" / "restored.sqlite"
    target.parent.mkdir()
    result = restore.restore_backup(info.path, target)
    assert result.safety_backup is None and _names(target) == ["Before One"]


def test_cli_restore(backed_up, capsys):
    from hrdesk.cli import main

    db, info = backed_up
    db.close()
    assert main(["restore", str(info.path), "--db", str(db.path)]) == 0
    out = capsys.readouterr().out
    assert "1 participants" in out and "before" in out
    assert _names(db.path) == ["Before One"]
    conn = sqlite3.connect(info.path)
    conn.execute("UPDATE alembic_version SET version_num = 'zz99'")
    conn.commit()
    conn.close()
    assert main(["restore", str(info.path), "--db", str(db.path)]) == 1
    assert "newer version" in capsys.readouterr().err
