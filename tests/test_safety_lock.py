"""One writer: a second HRDesk on the same database is told so and opens read-only."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap

import pytest

from hrdesk.domain.errors import DatabaseError
from hrdesk.safety.lock import acquire_writer_lock, lock_holder, lock_path
from hrdesk.services.participants import ParticipantService
from hrdesk.storage.database import Database

SECOND_INSTANCE = textwrap.dedent("""
    import sys
    from hrdesk.safety.lock import acquire_writer_lock
    from hrdesk.storage.database import Database
    from hrdesk.services.participants import ParticipantService
    lock = acquire_writer_lock(sys.argv[1])
    print("ACQUIRED" if lock.acquired else "REFUSED")
    print(lock.message)
    db = Database.open(sys.argv[1], read_only=not lock.acquired)
    try:
        ParticipantService(db).create({"full_name": "Second Instance", "sex": "male"})
        print("WROTE")
    except Exception as exc:
        print("WRITE FAILED", type(exc).__name__, exc)
    print("READ", len(ParticipantService(db).similar({"full_name": "First Person"})))
""")


def _second(path):
    done = subprocess.run([sys.executable, "-c", SECOND_INSTANCE, str(path)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_second_instance_is_refused_and_reads_only(db):
    ParticipantService(db).create({"full_name": "First Person", "sex": "female"})
    lock = acquire_writer_lock(db.path)
    assert lock.acquired and not lock.message
    holder = json.loads(lock_path(db.path).read_text())
    assert holder["pid"] == os.getpid() and holder["host"] == socket.gethostname()
    out = _second(db.path)
    assert out.startswith("REFUSED")
    assert f"process {os.getpid()}" in out and "already open in another HRDesk" in out
    assert "WRITE FAILED" in out and "WROTE" not in out and "READ 1" in out
    lock.release()
    out = _second(db.path)
    assert out.startswith("ACQUIRED") and "WROTE" in out


def test_same_process_second_lock_and_context_manager(db_path):
    with acquire_writer_lock(db_path) as first:
        second = acquire_writer_lock(db_path)
        assert first.acquired and not second.acquired
        assert second.holder["pid"] == os.getpid()
        assert lock_holder(db_path)["pid"] == os.getpid()
    assert lock_holder(db_path) is None
    assert acquire_writer_lock(db_path).acquired


def test_stale_lock_file_of_a_dead_process_does_not_block(db_path):
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        import os
        from hrdesk.safety.lock import acquire_writer_lock
        lock = acquire_writer_lock({str(db_path)!r})
        assert lock.acquired
        os._exit(0)   # dies holding the lock, without releasing it: like a crash
    """)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert lock_path(db_path).read_text()  # the dead process's details are still in the file
    lock = acquire_writer_lock(db_path)
    assert lock.acquired
    assert json.loads(lock_path(db_path).read_text())["pid"] == os.getpid()
    lock.release()


def test_pid_fallback_when_the_file_system_cannot_lock(db_path, monkeypatch):
    from hrdesk.safety import lock as lockmod

    def unsupported(_fd):
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(lockmod, "_try_lock", unsupported)
    lock_path(db_path).write_text(json.dumps({"pid": 999_999_999, "host": socket.gethostname(), "since": "x"}))
    taken = acquire_writer_lock(db_path)  # a dead process on this computer: stale, taken over
    assert taken.acquired
    taken._fd and os.close(taken._fd)
    taken._fd = None
    lock_path(db_path).write_text(json.dumps({"pid": 1, "host": "OTHER-LAPTOP", "since": "x"}))
    refused = acquire_writer_lock(db_path)
    assert not refused.acquired and "OTHER-LAPTOP" in refused.message


def test_read_only_database_refuses_writes_and_never_migrates(db):
    ParticipantService(db).create({"full_name": "First Person", "sex": "female"})
    with Database.open(db.path, read_only=True) as ro:
        assert ro.read_only
        assert len(ParticipantService(ro).similar({"full_name": "First Person"})) == 1
        with pytest.raises(DatabaseError, match="read-only because another HRDesk"):
            ParticipantService(ro).create({"full_name": "Nope", "sex": "male"})
    with pytest.raises(DatabaseError, match="No database"):
        Database.open(db.path.with_name("missing.sqlite"), read_only=True)


def test_open_for_app_second_instance_and_backup(db_path, monkeypatch):
    from hrdesk.safety import backups, diskspace, startup
    from hrdesk.services import offices

    monkeypatch.setattr(diskspace, "free_bytes", lambda _p: 1 << 40)
    first = startup.open_for_app(db_path)
    try:
        offices.configure(first.db, {"code": "GN", "name": "Guinea", "kind": "country_office",
                                     "country": "GIN"}, "Test User")
        assert not first.read_only and first.notices == []
        assert first.backup is not None and backups.list_backups(db_path)
        second = startup.open_for_app(db_path)
        assert second.read_only and "read-only" in second.notices[0] and second.backup is None
        assert offices.own_office(second.db)["code"] == "GN"
        second.close()
    finally:
        first.close()
    third = startup.open_for_app(db_path)
    assert not third.read_only and third.backup is None  # the last backup is recent
    third.close()
