"""Encryption at rest: create, open, wrong passphrase, encrypt/decrypt an existing database,
encrypted backups unreadable by plain sqlite3, CLI passphrase sources."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from hrdesk.domain.errors import DatabaseError, HRDeskError
from hrdesk.safety import backups, crypto, restore
from hrdesk.services import offices
from hrdesk.services.participants import ParticipantService
from hrdesk.storage import database as dbmod
from hrdesk.storage.database import Database, PassphraseNeeded, WrongPassphrase

pytestmark = pytest.mark.skipif(not crypto.encryption_available(), reason="SQLCipher is not installed")

SECRET = "correct horse battery"
OFFICE = {"code": "GN", "name": "OHCHR Country Office in Guinea", "kind": "country_office", "country": "GIN"}
NAME = "Mariama Kouyaté"


def _state(path):
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size


def _unreadable_by_sqlite3(path):
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert NAME.encode() not in path.read_bytes()
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


@pytest.fixture
def enc_path(tmp_path):
    path = tmp_path / "secret.sqlite"
    with Database.open(path, passphrase=SECRET) as db:
        offices.configure(db, OFFICE, "Test User")
        ParticipantService(db).create({"full_name": NAME, "sex": "female", "email": "m.k@example.org"})
    return path


def test_create_and_open_encrypted(enc_path):
    _unreadable_by_sqlite3(enc_path)
    assert crypto.is_encrypted(enc_path) and crypto.check_passphrase(enc_path, SECRET)
    with Database.open(enc_path, passphrase=SECRET) as db:
        assert db.encrypted
        rows = ParticipantService(db).similar({"full_name": NAME})
        assert [r["full_name"] for r in rows] == [NAME]


def test_no_or_wrong_passphrase_is_clear_and_touches_nothing(enc_path):
    before = _state(enc_path)
    with pytest.raises(PassphraseNeeded, match="encrypted: a passphrase is needed"):
        Database.open(enc_path)
    with pytest.raises(WrongPassphrase, match="does not open"):
        Database.open(enc_path, passphrase="not the passphrase")
    assert not crypto.check_passphrase(enc_path, "nope")
    assert _state(enc_path) == before
    assert sorted(p.name for p in enc_path.parent.iterdir()) == ["secret.sqlite"]


def test_text_file_is_not_mistaken_for_an_encrypted_database(tmp_path):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("this is not a database")
    with pytest.raises(DatabaseError, match="not an HRDesk database") as caught:
        Database.open(notes)
    assert not isinstance(caught.value, PassphraseNeeded) and not crypto.is_encrypted(notes)


def test_plain_database_refuses_a_passphrase(db):
    with pytest.raises(DatabaseError, match="not encrypted"):
        Database.open(db.path, passphrase=SECRET)


def test_encrypted_backups_are_encrypted_and_restorable(enc_path):
    with Database.open(enc_path, passphrase=SECRET) as db:
        info = backups.make_backup(db)
    assert info.encrypted
    _unreadable_by_sqlite3(info.path)
    listed = backups.list_backups(enc_path, passphrase=SECRET)
    assert listed[0].counts["participants"] == 1
    assert backups.list_backups(enc_path)[0].counts is None  # without the passphrase: no counts
    with pytest.raises(PassphraseNeeded):
        restore.check_backup(info.path)
    with pytest.raises(WrongPassphrase):
        restore.restore_backup(info.path, enc_path, passphrase="wrong one!")
    restore.restore_backup(info.path, enc_path, passphrase=SECRET)
    with Database.open(enc_path, passphrase=SECRET) as db:
        assert offices.own_office(db)["code"] == "GN"


def test_encrypt_then_decrypt_existing_database(db):
    ParticipantService(db).create({"full_name": NAME, "sex": "female"})
    plain_backup = backups.make_backup(db)
    path = db.path
    db.close()
    with pytest.raises(HRDeskError, match="at least"):
        crypto.encrypt_database(path, "short")
    result = crypto.encrypt_database(path, SECRET)
    _unreadable_by_sqlite3(path)
    assert result.safety_backup is not None
    assert plain_backup.path in result.converted_backups and result.safety_backup in result.converted_backups
    for info in backups.list_backups(path, counts=False):
        _unreadable_by_sqlite3(info.path)  # no plain copy of the names is left behind
    with Database.open(path, passphrase=SECRET) as again:
        assert ParticipantService(again).similar({"full_name": NAME})[0]["full_name"] == NAME
    with pytest.raises(WrongPassphrase):
        crypto.decrypt_database(path, "wrong passphrase")
    result = crypto.decrypt_database(path, SECRET)
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert crypto.is_encrypted(result.safety_backup)
    with Database.open(path) as again:
        assert ParticipantService(again).similar({"full_name": NAME})[0]["full_name"] == NAME
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_change_passphrase(enc_path):
    crypto.change_passphrase(enc_path, SECRET, "another long secret")
    assert crypto.check_passphrase(enc_path, "another long secret")
    assert not crypto.check_passphrase(enc_path, SECRET)


def test_cli_encrypt_decrypt_with_passphrase_file_and_env(db, tmp_path, capsys, monkeypatch):
    from hrdesk.cli import main

    ParticipantService(db).create({"full_name": NAME, "sex": "female"})
    path = db.path
    db.close()
    secret_file = tmp_path / "pass.txt"
    secret_file.write_text(SECRET + "\n")
    assert main(["encrypt", "--db", str(path), "--passphrase-file", str(secret_file)]) == 0
    assert "now encrypted" in capsys.readouterr().out
    _unreadable_by_sqlite3(path)
    monkeypatch.delenv("HRDESK_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", None)  # no terminal: no prompt
    assert main(["stats", "--db", str(path)]) == 1
    assert "passphrase is needed" in capsys.readouterr().err
    monkeypatch.setenv("HRDESK_PASSPHRASE", "wrong passphrase")
    assert main(["stats", "--db", str(path)]) == 1
    assert "does not open" in capsys.readouterr().err
    monkeypatch.setenv("HRDESK_PASSPHRASE", SECRET)
    assert main(["stats", "--db", str(path)]) == 0
    assert main(["check", "--db", str(path)]) == 0
    assert "Integrity: ok" in capsys.readouterr().out
    assert main(["backup", "--db", str(path)]) == 0
    assert "encrypted" in capsys.readouterr().out
    assert main(["decrypt", "--db", str(path)]) == 0
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"


def test_without_sqlcipher_the_app_runs_unencrypted(db, monkeypatch, enc_path):
    monkeypatch.setattr(dbmod, "sqlcipher_module", lambda: None)
    assert not crypto.encryption_available()
    assert "not available" in crypto.encryption_status()
    with pytest.raises(DatabaseError, match="SQLCipher is not installed"):
        Database.open(enc_path)
    ParticipantService(db).create({"full_name": "Plain Person", "sex": "male"})  # plain databases still work
    with pytest.raises(HRDeskError, match="not available"):
        crypto.encrypt_database(db.path, SECRET)


def test_open_for_app_asks_the_passphrase_again_or_cancels(enc_path):
    from hrdesk.safety import startup

    asked = []

    def ask(path, retry):
        asked.append(retry)
        return "wrong passphrase" if not retry else SECRET

    session = startup.open_for_app(enc_path, ask, automatic_backup=False)
    try:
        assert asked == [False, True] and session.db.encrypted and not session.read_only
    finally:
        session.close()
    with pytest.raises(startup.Cancelled):
        startup.open_for_app(enc_path, lambda path, retry: None)
    with pytest.raises(PassphraseNeeded):
        startup.open_for_app(enc_path)


def test_restoring_over_an_encrypted_database_needs_its_passphrase(enc_path, tmp_path):
    plain = tmp_path / "plain.sqlite"
    with Database.open(plain) as db:
        offices.configure(db, OFFICE, "Test User")
        info = backups.make_backup(db)
    before = _state(enc_path)
    with pytest.raises(PassphraseNeeded, match="its passphrase is needed"):
        restore.restore_backup(info.path, enc_path)
    with pytest.raises(PassphraseNeeded):
        restore.restore_backup(info.path, enc_path, current_passphrase="not it at all")
    assert _state(enc_path) == before
    result = restore.restore_backup(info.path, enc_path, current_passphrase=SECRET)
    assert not crypto.is_encrypted(enc_path) and crypto.is_encrypted(result.safety_backup)
