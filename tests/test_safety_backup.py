"""Backups: online (while another connection writes), verified, named, rotated, copied to a
second folder, made before migrations; disk full and removed media fail cleanly."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from hrdesk.domain.errors import DatabaseError
from hrdesk.safety import atomic, backups, diskspace, startup
from hrdesk.safety.atomic import DiskError, atomic_write
from hrdesk.services.participants import ParticipantService
from hrdesk.storage import database as dbmod
from hrdesk.storage.database import Database, alembic_config, head_revision


def _people(db, n=3):
    svc = ParticipantService(db)
    return [svc.create({"full_name": f"Person {i}", "sex": "female"}) for i in range(n)]


def _count(path, table="participants"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_backup_is_online_verified_and_named(db):
    _people(db, 3)
    # another connection holds uncommitted changes while the backup runs: the copy has the committed state
    other = sqlite3.connect(db.path)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE participants SET notes = 'uncommitted'")
    info = backups.make_backup(db, "manual")
    other.rollback()
    other.close()
    assert info.path.parent == db.path.parent / "backups"
    meta = backups.parse_name(info.path.name)
    assert meta["stem"] == db.path.stem and meta["revision"] == head_revision() and meta["reason"] == "manual"
    assert info.revision == head_revision() and not info.encrypted
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM participants WHERE notes = 'uncommitted'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 3
    conn.close()
    assert not list(info.path.parent.glob("*.part*"))
    listed = backups.list_backups(db)
    assert [b.path for b in listed] == [info.path]
    assert listed[0].counts == {"activities": 0, "participants": 3, "participations": 0, "recommendations": 0}
    assert listed[0].size == info.path.stat().st_size


def test_backup_to_chosen_file_is_not_rotated(db, tmp_path):
    out = tmp_path / "elsewhere" / "copy.sqlite"
    info = backups.make_backup(db, out=out)
    assert info.path == out and _count(out, "offices") == 1
    assert backups.list_backups(db) == []
    with pytest.raises(DatabaseError):
        backups.make_backup(db, out=db.path)


def test_failed_verification_leaves_no_file(db, monkeypatch):
    real = backups.connect_raw

    class Liar:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *a):
            if "integrity_check" in sql:
                class R:
                    def fetchone(self):
                        return ("*** page 3 is never used",)
                return R()
            return self.conn.execute(sql, *a)

        def __getattr__(self, name):
            return getattr(self.conn, name)

    def fake(path, passphrase=None, *, read_only=False):
        conn = real(path, passphrase, read_only=read_only)
        return Liar(conn) if str(path).endswith(".part") and read_only else conn

    monkeypatch.setattr(backups, "connect_raw", fake)
    with pytest.raises(DatabaseError, match="integrity"):
        backups.make_backup(db)
    assert not any(backups.backup_folder(db).iterdir())


def test_rotation_keeps_daily_weekly_monthly(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    db_path = tmp_path / "office.sqlite"
    start = dt.datetime(2026, 11, 28, 9, 0)
    made = []
    for hours in range(0, 400 * 24, 12):  # two a day for 400 days
        when = start - dt.timedelta(hours=hours)
        p = folder / backups.backup_name(db_path, "0003", "auto", when)
        p.write_bytes(b"x")
        made.append(p)
    (folder / "other_20261128-090000_r0003_auto.sqlite").write_bytes(b"x")  # another database's backup
    policy = backups.BackupPolicy(daily=7, weekly=4, monthly=12, recent=3)
    removed = backups.rotate(folder, "office", policy, now=start)
    kept = sorted(p for p in made if p.exists())
    assert len(removed) == len(made) - len(kept)
    dates = sorted({backups.parse_name(p.name)["created"] for p in kept}, reverse=True)
    assert dates[0] == start  # the newest is always kept
    assert len({d.date() for d in dates}) >= 7
    assert len({(d.year, d.month) for d in dates}) == 12
    assert len(kept) <= 3 + 7 + 4 + 12
    assert (folder / "other_20261128-090000_r0003_auto.sqlite").exists()


def test_rotation_uses_settings(db):
    backups.set_policy(db, backups.BackupPolicy(daily=1, weekly=0, monthly=0, recent=2))
    for _ in range(4):
        backups.make_backup(db, "manual")
    assert len(backups.list_backups(db, counts=False)) == 2
    assert backups.policy(db).recent == 2


def test_second_folder_copy_when_present(db, tmp_path):
    usb = tmp_path / "usb"
    backups.set_policy(db, backups.BackupPolicy(second_folder=str(usb)))
    info = backups.make_backup(db)
    assert info.copied_to is None and "not available" in info.warning
    usb.mkdir()
    info = backups.make_backup(db)
    assert info.copied_to == usb / info.path.name and not info.warning
    assert info.copied_to.read_bytes() == info.path.read_bytes()


def test_backup_if_due_and_backup_before(db):
    first = backups.backup_if_due(db)
    assert first is not None and first.reason == "auto"
    assert backups.backup_if_due(db) is None  # younger than a day
    old = dt.datetime.now() - dt.timedelta(days=2)
    first.path.rename(first.path.with_name(backups.backup_name(db.path, "0003", "auto", old)))
    again = backups.backup_if_due(db)
    assert again is not None
    before = backups.backup_before(db, "Import")
    assert before.reason == "before-import" and before.path.exists()
    assert backups.parse_name(before.path.name)["reason"] == "before-import"


def test_migration_backs_up_through_the_safety_module(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = dbmod.make_engine(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    size = path.stat().st_size
    with pytest.raises(DatabaseError, match="no backup can be made first"):  # storage alone never upgrades
        Database.open(path)
    assert path.stat().st_size == size and backups.list_backups(path) == []
    with startup.open_database(path) as db:  # the one way of opening passes the backup
        assert dbmod.current_revision(db.engine) == head_revision()
    found = backups.list_backups(path)
    assert len(found) == 1 and found[0].reason == "before-upgrade" and found[0].revision == "0001"


def _enospc(*_a, **_k):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_on_backup_fails_cleanly(db, monkeypatch):
    monkeypatch.setattr(backups, "fsync_file", _enospc)
    with pytest.raises(DiskError, match="full"):
        backups.make_backup(db)
    folder = backups.backup_folder(db)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_full_disk_detected_before_writing(db, monkeypatch):
    monkeypatch.setattr(diskspace, "free_bytes", lambda _p: 10_000)
    with pytest.raises(DiskError, match="full"):
        backups.make_backup(db)
    assert backups.list_backups(db) == []
    assert "Only" in diskspace.free_space_warning(db.path)
    monkeypatch.undo()
    assert diskspace.free_space_warning(db.path, minimum=1) is None


def test_removed_second_folder_during_copy_is_a_warning(db, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.set_policy(db, backups.BackupPolicy(second_folder=str(usb)))

    def pulled_out(source, destination, *, action=None):
        with atomic_write(destination, action=action) as fh:
            fh.write(b"half a backup")
            raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backups, "atomic_copy", pulled_out)
    info = backups.make_backup(db)
    assert info.path.exists() and info.copied_to is None
    assert "cannot be written" in info.warning
    assert list(usb.iterdir()) == []


@pytest.fixture
def tiny_tmpfs(tmp_path):
    mount = tmp_path / "tiny"
    mount.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("needs root on Linux to mount a tmpfs")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", str(mount)], capture_output=True)


def test_real_full_disk_on_backup(db, tiny_tmpfs, monkeypatch):
    _people(db, 20)
    monkeypatch.setattr(diskspace, "free_bytes", lambda _p: 1 << 40)  # let it try: the disk really fills
    (tiny_tmpfs / "backup.sqlite").write_bytes(b"previous good backup")
    with pytest.raises(DiskError, match="full"):
        backups.make_backup(db, out=tiny_tmpfs / "backup.sqlite")
    assert (tiny_tmpfs / "backup.sqlite").read_bytes() == b"previous good backup"
    assert sorted(p.name for p in tiny_tmpfs.iterdir()) == ["backup.sqlite"]


def test_atomic_write_keeps_the_old_file_on_error(tmp_path, monkeypatch):
    target = tmp_path / "report.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target, "w", encoding="utf-8") as fh:
        fh.write("half")
        raise RuntimeError("boom")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["report.txt"]
    with atomic_write(target, "w", encoding="utf-8") as fh:
        fh.write("new")
    assert target.read_text() == "new"
    monkeypatch.setattr(atomic.os, "fsync", _enospc)
    with pytest.raises(DiskError, match="full"), atomic_write(target) as fh:
        fh.write(b"x" * 1000)
    assert target.read_text() == "new" and [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_atomic_write_on_removed_drive(tmp_path):
    with pytest.raises(DiskError), atomic_write(Path("/proc/hrdesk-no-such/x.xlsx")) as fh:
        fh.write(b"x")


def test_cli_backup_and_backups(db, tmp_path, capsys):
    from hrdesk.cli import main

    _people(db, 2)
    assert main(["backup", "--db", str(db.path)]) == 0
    assert "verified" in capsys.readouterr().out
    out = tmp_path / "mine.sqlite"
    assert main(["backup", "--db", str(db.path), "--out", str(out)]) == 0
    assert _count(out) == 2
    assert main(["backups", "--db", str(db.path)]) == 0
    listing = capsys.readouterr().out
    assert "2 participants" in listing and "manual" in listing
    assert main(["backup", "--db", str(tmp_path / "none.sqlite")]) == 1


def _fill(mount, leave=16 * 1024):
    import shutil

    free = shutil.disk_usage(mount).free
    (mount / "filler").write_bytes(b"\0" * max(0, free - leave))


@pytest.mark.parametrize("command", [
    ["export", "--privacy", "full", "--out"],
    ["report", "--period", "2024", "--xlsx"],
])
def test_real_full_disk_on_export_fails_cleanly(tiny_tmpfs, tmp_path, capsys, monkeypatch, command):
    import gc

    from hrdesk.cli import main

    # openpyxl's half-written objects complain when collected after the failure: not our concern here
    monkeypatch.setattr(sys, "unraisablehook", lambda _u: None)

    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    target = tiny_tmpfs / "out.xlsx"
    target.write_bytes(b"the previous export")
    _fill(tiny_tmpfs)
    capsys.readouterr()
    assert main([command[0], "--db", str(path), *command[1:], str(target)]) == 1
    err = capsys.readouterr().err
    assert "full" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tiny_tmpfs.iterdir()) == ["filler", "out.xlsx"]
    gc.collect()
    gc.collect()
