"""The command line never loses or leaks data: ``init`` never renames an office, every writing
command respects the one-writer lock, and the smaller traps of issue 12 (problem floods,
empty databases left behind, misleading messages)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from hrdesk.cli import common, main
from hrdesk.safety import backups
from hrdesk.safety.lock import acquire_writer_lock
from hrdesk.services import offices
from hrdesk.services.activities import ActivityService
from hrdesk.storage import database as dbmod
from hrdesk.storage.database import Database

ROOT = Path(__file__).resolve().parents[1]
INIT = ["--office-code", "GN", "--office-name", "OHCHR Country Office in Guinea", "--country", "GIN",
        "--user", "Test User"]
SECRET = "correct horse battery"
BUSY = "HRDesk is open on this database"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("hrdesk") and "Traceback" not in err
    return lines[0]


def content(path: Path) -> str:
    """A digest of every table's rows (the database's content, whatever the WAL holds)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        for line in conn.iterdump():
            h.update(line.encode())
        return h.hexdigest()
    finally:
        conn.close()


def add_activity(db: Database, title: str = "Training of judges") -> str:
    return ActivityService(db).create({
        "title": title, "kind": "training", "status": "completed", "start_date": dt.date(2025, 3, 4),
        "country": "GIN"})["uuid"]


@pytest.fixture
def office_db(tmp_path, capsys):
    path = tmp_path / "office.sqlite"
    assert run(capsys, "init", "--db", path, *INIT)[0] == 0
    with Database.open(path) as db:
        add_activity(db)
    return path


# -- item 4: init never renames an office ----------------------------------------------------

def test_init_on_an_initialised_database_refuses_and_changes_nothing(office_db, capsys):
    before = content(office_db)
    code, out, err = run(capsys, "init", "--db", office_db, "--office-code", "ZZ", "--office-name", "Other",
                         "--country", "SEN")
    assert code == 1 and out == ""
    line = one_line_error(err)
    assert "already set up for office GN" in line and "rename-office" in line
    assert content(office_db) == before
    with Database.open(office_db) as db:
        assert offices.own_office(db)["code"] == "GN"
        assert [o["code"] for o in offices.list_offices(db)] == ["GN"]
    # the same values again are refused too: init is for a new database only
    assert run(capsys, "init", "--db", office_db, *INIT)[0] == 1
    assert content(office_db) == before


def test_rename_office_changes_the_name_only(office_db, capsys):
    code, out, err = run(capsys, "rename-office", "--db", office_db, "--office-name", "Bureau de Conakry")
    assert code == 0, err
    assert "GN" in out and "Bureau de Conakry" in out
    with Database.open(office_db) as db:
        office = offices.own_office(db)
        assert (office["code"], office["name"], office["country"]) == ("GN", "Bureau de Conakry", "GIN")
        assert office["version"] == 2
    conn = sqlite3.connect(office_db)
    try:  # the office's records keep their origin
        assert conn.execute("SELECT count(*) FROM activities a JOIN offices o ON o.id = a.origin_office_id "
                            "WHERE o.code = 'GN'").fetchone()[0] == 1
    finally:
        conn.close()


def test_the_service_refuses_to_change_a_configured_office_code(db):
    from hrdesk.domain.errors import ValidationError

    with pytest.raises(ValidationError) as info:
        offices.configure(db, {"code": "ZZ", "name": "Other", "kind": "country_office", "country": "SEN"}, "X")
    assert info.value.problems[0].field == "code"
    assert offices.own_office(db)["code"] == "GN"
    assert [o["code"] for o in offices.list_offices(db)] == ["GN"]


# -- item 6: the one-writer lock -------------------------------------------------------------

@pytest.fixture
def short_wait(monkeypatch):
    monkeypatch.setattr(common, "LOCK_WAIT_SECONDS", 0.4)


def _exchange_file(tmp_path, capsys, code: str, country: str, title: str) -> Path:
    path = tmp_path / f"{code}.sqlite"
    assert run(capsys, "init", "--db", path, "--office-code", code, "--office-name", f"Office {code}",
               "--country", country)[0] == 0
    with Database.open(path) as db:
        add_activity(db, title)
    out = tmp_path / f"{code}.xlsx"
    code_, _out, err = run(capsys, "export", "--db", path, "--out", out, "--privacy", "full")
    assert code_ == 0, err
    return out


def _backup_file(db_path: Path, capsys) -> Path:
    code, _out, err = run(capsys, "backup", "--db", db_path, "--out", db_path.with_name("copy.sqlite"))
    assert code == 0, err
    return db_path.with_name("copy.sqlite")


WRITING_COMMANDS = {
    "init": lambda p, extra: ["init", "--db", p, *INIT],
    "demo": lambda p, extra: ["demo", "--db", p],
    "import": lambda p, extra: ["import", extra["xlsx"], "--db", p],
    "consolidate": lambda p, extra: ["consolidate", "--db", p, extra["xlsx"]],
    "import-activities": lambda p, extra: ["import-activities", extra["log"], "--db", p],
    "import-submissions": lambda p, extra: ["import-submissions", extra["sheet"], "--db", p],
    "import-attendance": lambda p, extra: ["import-attendance", extra["sheet"], "--activity", extra["activity"],
                                           "--db", p],
    "export": lambda p, extra: ["export", "--db", p, "--out", extra["out"]],
    "rename-office": lambda p, extra: ["rename-office", "--db", p, "--office-name", "New name"],
    "restore": lambda p, extra: ["restore", extra["backup"], "--db", p],
    "encrypt": lambda p, extra: ["encrypt", "--db", p, "--passphrase-file", extra["secret"]],
    "training-report": lambda p, extra: ["training-report", extra["activity"], "--db", p, "--pdf",
                                         extra["pdf"], "--certificates", extra["certs"]],
}


@pytest.mark.parametrize("command", sorted(WRITING_COMMANDS))
def test_every_writing_command_refuses_while_another_hrdesk_holds_the_lock(
        command, office_db, tmp_path, capsys, short_wait):
    from hrdesk.intake.template import write_template

    extra = {"xlsx": _exchange_file(tmp_path, capsys, "SN", "SEN", "Workshop in Dakar"),
             "log": write_template(tmp_path / "log.xlsx", "en"), "out": tmp_path / "out.xlsx",
             "backup": _backup_file(office_db, capsys), "secret": tmp_path / "secret.txt",
             "pdf": tmp_path / "t.pdf", "certs": tmp_path / "c.pdf", "sheet": tmp_path / "sheet.csv"}
    extra["sheet"].write_text("Nom,Prénom,Sexe\nKEÏTA,Alpha,H\nCAMARA,Fanta,F\n", encoding="utf-8")
    extra["secret"].write_text(SECRET)
    extra["activity"] = _first_activity(office_db)
    before = content(office_db)
    files_before = sorted(p.name for p in tmp_path.iterdir())
    with acquire_writer_lock(office_db) as holder:  # the app (or another command) is the writer
        assert holder.acquired
        started = time.monotonic()
        code, out, err = run(capsys, *WRITING_COMMANDS[command](office_db, extra))
        waited = time.monotonic() - started
    assert code == 1, (out, err)
    line = one_line_error(err)
    assert BUSY in line and "close it or try again" in line
    assert "does not exist" not in line
    assert waited >= 0.35  # it waited for the other writer before giving up
    assert content(office_db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no file written either


def _first_activity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT uuid FROM activities").fetchone()[0]
    finally:
        conn.close()


def test_a_writing_command_waits_for_the_other_writer(office_db, capsys, monkeypatch):
    monkeypatch.setattr(common, "LOCK_WAIT_SECONDS", 10)
    holder = acquire_writer_lock(office_db)
    assert holder.acquired
    timer = threading.Timer(0.8, holder.release)
    timer.start()
    try:
        code, _out, err = run(capsys, "rename-office", "--db", office_db, "--office-name", "After the wait")
    finally:
        timer.join()
    assert code == 0, err
    with Database.open(office_db) as db:
        assert offices.own_office(db)["name"] == "After the wait"


def test_reading_commands_do_not_need_the_lock(office_db, capsys, short_wait):
    with acquire_writer_lock(office_db):
        assert run(capsys, "stats", "--db", office_db)[0] == 0
        assert run(capsys, "check", "--db", office_db)[0] == 0


def test_two_imports_started_together_both_end_correctly(tmp_path, capsys):
    files = [_exchange_file(tmp_path, capsys, "SN", "SEN", "Workshop in Dakar"),
             _exchange_file(tmp_path, capsys, "ML", "MLI", "Seminar in Bamako")]
    regional = tmp_path / "regional.sqlite"
    assert run(capsys, "init", "--db", regional, "--office-code", "RO", "--office-name", "Region",
               "--country", "SEN", "--kind", "regional_office")[0] == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-m", "hrdesk", "import", str(f), "--db", str(regional)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
             for f in files]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    imported = []
    for (code, _out, err), f in zip(results, files, strict=True):
        assert "does not exist" not in err and "Traceback" not in err, err
        if code == 0:
            imported.append(f)
        else:  # the loser may only be told plainly that the other import holds the database
            assert code == 1 and BUSY in one_line_error(err), err
    assert imported, results
    conn = sqlite3.connect(regional)
    try:
        titles = {t for (t,) in conn.execute("SELECT title FROM activities")}
    finally:
        conn.close()
    expected = {"SN.xlsx": "Workshop in Dakar", "ML.xlsx": "Seminar in Bamako"}
    assert titles == {expected[f.name] for f in imported}


def test_a_backup_of_no_file_creates_no_file_named_none(tmp_path, monkeypatch):
    """A server database has no file (``db.path`` is None): a file backup of it is refused,
    instead of SQLite creating and copying an empty database named "None" where HRDesk runs."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TypeError):
        backups.backup_file(None, tmp_path / "backups" / "copy.sqlite")
    assert not (tmp_path / "None").exists()


@pytest.mark.sqlite_only   # a file's backup (a server's is pg_dump)
def test_a_backup_never_deletes_the_temporary_file_of_another_backup(db, tmp_path):
    """Two backups of the same second used to share ``NAME.part``: the second deleted the
    first one's file, which then failed with 'the folder … does not exist'."""
    destination = tmp_path / "backups" / "office_20250101-120000_r0003_manual.sqlite"
    destination.parent.mkdir()
    other = destination.with_name(destination.name + ".part")
    other.write_bytes(b"another backup being written")
    backups.backup_file(db.path, destination)
    assert other.read_bytes() == b"another backup being written"
    assert destination.exists()
    assert not [p for p in destination.parent.iterdir() if p.name.endswith(".part") and p != other]


# -- item 9: the smaller ones ----------------------------------------------------------------

def test_import_activities_recognises_an_exchange_file(office_db, tmp_path, capsys):
    xlsx = _exchange_file(tmp_path, capsys, "SN", "SEN", "Workshop in Dakar")
    before = content(office_db)
    code, out, err = run(capsys, "import-activities", xlsx, "--db", office_db)
    assert code == 1 and out == ""
    line = one_line_error(err)
    assert "exchange file" in line and "hrdesk import" in line
    assert content(office_db) == before


def test_import_activities_caps_the_problems_it_prints(office_db, tmp_path, capsys):
    rows = ["Title,Kind,Start date,Country"] + [f"Activity {i},Picnic,31/02/2024,Atlantis" for i in range(300)]
    bad = tmp_path / "wrong.csv"
    bad.write_text("\n".join(rows), encoding="utf-8")
    code, _out, err = run(capsys, "import-activities", bad, "--db", office_db)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) <= common.MAX_PROBLEMS_SHOWN + 2, len(lines)
    assert "more problems" in lines[-2]
    total = int(lines[-1].split("Nothing was imported: ")[1].split()[0])
    assert total > common.MAX_PROBLEMS_SHOWN
    assert lines[-2].strip() == f"… and {total - common.MAX_PROBLEMS_SHOWN} more problems"


@pytest.mark.parametrize("bad", [["--office-code", "R E"], ["--country", "XXX"]])
def test_consolidate_with_bad_office_values_leaves_no_database(tmp_path, capsys, bad):
    xlsx = _exchange_file(tmp_path, capsys, "SN", "SEN", "Workshop in Dakar")
    regional = tmp_path / "regional.sqlite"
    code, _out, err = run(capsys, "consolidate", "--db", regional, *bad, xlsx)
    assert code == 1
    assert "Traceback" not in err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("regional")]


def test_init_with_bad_values_leaves_no_database(tmp_path, capsys):
    path = tmp_path / "x.sqlite"
    assert run(capsys, "init", "--db", path, "--office-code", "GN", "--office-name", "G",
               "--country", "XXX")[0] == 1
    assert list(tmp_path.iterdir()) == []


def test_backups_of_a_missing_database_say_so(tmp_path, capsys):
    code, out, err = run(capsys, "backups", "--db", tmp_path / "nope.sqlite")
    assert code == 1 and out == ""
    assert "No database at" in one_line_error(err)


@pytest.fixture
def encrypted(office_db, tmp_path, capsys, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    monkeypatch.delenv("HRDESK_PASSPHRASE", raising=False)
    code, _out, err = run(capsys, "encrypt", "--db", office_db, "--passphrase-file", secret)
    assert code == 0, err
    return office_db, secret


def test_every_command_that_opens_a_database_takes_a_passphrase_file(encrypted, tmp_path, capsys):
    path, secret = encrypted
    xlsx = _exchange_file(tmp_path, capsys, "SN", "SEN", "Workshop in Dakar")
    for args in (["stats"], ["check"], ["export", "--out", tmp_path / "e.xlsx"], ["import", xlsx],
                 ["report", "--xlsx", tmp_path / "r.xlsx"], ["backups"], ["rename-office", "--office-name", "N"],
                 ["consolidate", xlsx]):
        code, _out, err = run(capsys, *args, "--db", path, "--passphrase-file", secret)
        assert code == 0, (args, err)
    # and the message shown without one names an option the command has
    code, _out, err = run(capsys, "stats", "--db", path)
    assert code == 1 and "--passphrase-file" in one_line_error(err)


def test_without_sqlcipher_an_encrypted_database_is_not_a_wrong_passphrase(encrypted, capsys, monkeypatch):
    path, secret = encrypted
    monkeypatch.setattr(dbmod, "sqlcipher_module", lambda: None)
    for args in (["stats", "--passphrase-file", secret], ["import-activities", secret]):
        monkeypatch.setenv("HRDESK_PASSPHRASE", SECRET)
        code, _out, err = run(capsys, *args, "--db", path)
        line = one_line_error(err)
        assert code == 1
        assert "no encryption support" in line and "sqlcipher3-binary" in line
        assert "passphrase does not open" not in line
    with pytest.raises(dbmod.DatabaseError, match="no encryption support") as info:
        Database.open(path, passphrase=SECRET)
    assert not isinstance(info.value, dbmod.WrongPassphrase)


def test_stats_and_report_refuse_unknown_offices_countries_and_goals(office_db, tmp_path, capsys):
    code, out, err = run(capsys, "stats", "--db", office_db, "--office", "ZZ")
    assert code == 1 and out == ""
    line = one_line_error(err)
    assert "ZZ" in line and "Known offices: GN" in line
    code, out, err = run(capsys, "report", "--db", office_db, "--office", "zz", "--xlsx", tmp_path / "r.xlsx")
    assert code == 1 and "Known offices: GN" in one_line_error(err)
    code, out, err = run(capsys, "report", "--db", office_db, "--country", "XXX", "--xlsx", tmp_path / "r.xlsx")
    assert code == 1
    line = one_line_error(err)
    assert "XXX is not a country code" in line and "GIN" in line
    with pytest.raises(SystemExit) as info:
        main(["report", "--db", str(office_db), "--sdg", "18", "--xlsx", str(tmp_path / "r.xlsx")])
    assert info.value.code == 2 and "choose from 1, 2" in capsys.readouterr().err
    assert not (tmp_path / "r.xlsx").exists()
    # a real country without activities is a legitimate, empty report
    assert run(capsys, "report", "--db", office_db, "--country", "SEN", "--xlsx", tmp_path / "r.xlsx")[0] == 0


def test_known_values_are_capped_with_how_many_more():
    codes = [f"C{i:02d}" for i in range(40)]
    text = common.known_values(codes)
    assert text.startswith("C00, C01") and "C14" in text and "C15" not in text
    assert text.endswith("(and 25 more)")
    assert common.known_values(["GN"]) == "GN"


def test_check_of_a_truncated_database_leaves_no_wal_or_shm(tmp_path, office_db, capsys):
    data = office_db.read_bytes()
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(data[: len(data) // 3])
    code, out, _err = run(capsys, "check", "--db", truncated)
    assert code == 1 and out.strip().splitlines()[-1] == "Problems found"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("truncated")) == ["truncated.sqlite"]
    code, out, _err = run(capsys, "check", "--db", office_db)
    assert code == 0
    assert not office_db.with_name(office_db.name + "-shm").exists()


def test_make_run_installs_encryption_where_a_wheel_exists():
    text = (ROOT / "Makefile").read_text()
    recipe = text.split("$(STAMP): pyproject.toml setup.py")[1].split("\n\n")[0]
    assert '".[crypto]"' in recipe and "--only-binary sqlcipher3-binary" in recipe
    assert "install -q -e .;" in recipe  # and still installs without it elsewhere
