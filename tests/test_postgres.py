"""Headquarters on a PostgreSQL server (issue 15), against a real server started by the tests
(``pg_cluster`` in conftest): the migrated schema, whole-database copies between backends,
concurrent consolidations, read-only roles, backups and what only a SQLite file has."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
import test_exchange_support as support
from sqlalchemy import create_engine, func, select

from hrdesk.cli import main
from hrdesk.exchange import export_workbook
from hrdesk.services import offices
from hrdesk.services.activities import ActivityService
from hrdesk.services.copying import tables
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.storage import models as m
from hrdesk.storage.database import Database, describe_url

pytestmark = pytest.mark.timeout(300)
ROOT = Path(__file__).resolve().parents[1]

# what may differ between two databases holding the same records: row ids, the time a row was
# made or received here, and which file last brought a record (it depends on the order)
VOLATILE = {"id", "created_at", "source_file", "received_at"}
PER_DATABASE = {"exchange_log", "exchange_record_state", "audit_log", "settings", "imported_rows",
                "exchange_recipients", "exchange_conflicts"}


def content(location: str, but_office: str = "") -> dict[str, list[tuple]]:
    """Every record table as sorted rows, ids replaced by the uuids (codes) they stand for."""
    with Database.open(location, migrate=False) as db, db.engine.connect() as conn:
        uuid_of = {t: dict(conn.execute(select(t.c.id, t.c.code if t.name == "offices" else t.c.uuid)).all())
                   for t in tables() if "uuid" in t.c and "id" in t.c}
        out: dict[str, list[tuple]] = {}
        for t in tables():
            if t.name in PER_DATABASE or t.name == "alembic_version":
                continue
            cols = [c for c in t.columns if c.name not in VOLATILE]
            rows = []
            for row in conn.execute(select(*cols)):
                values = []
                for c, v in zip(cols, row, strict=True):
                    if c.foreign_keys and v is not None:
                        target = next(iter(c.foreign_keys)).column.table
                        v = uuid_of[target][v]
                    values.append(v)
                if not (t.name == "offices" and row.code == but_office):
                    rows.append(tuple(values))
            out[t.name] = sorted(rows, key=repr)
    return out


def test_the_migrated_schema_equals_the_models(pg_cluster):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from hrdesk.storage.base import Base

    url = pg_cluster.create_database("schema_check")
    with Database.open(url) as db, db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert differences == []
    # the partial unique index (one live participation per person and activity) is partial here too
    defs = pg_cluster.psql("SELECT indexdef FROM pg_indexes WHERE indexname = 'uq_participations_live_pair'",
                           "schema_check")
    assert "WHERE (deleted_at IS NULL)" in defs


def test_copy_sqlite_to_postgresql_and_back_gives_identical_content(pg_cluster, tmp_path, capsys):
    source = tmp_path / "office.sqlite"
    assert main(["demo", "--db", str(source)]) == 0
    url = pg_cluster.create_database("copy_target")
    assert main(["copy", "--from", str(source), "--to", url]) == 0
    out = capsys.readouterr().out
    assert "every table's count and content checked" in out and "participations: 3,000" in out
    back = tmp_path / "snapshot.sqlite"
    assert main(["copy", "--from", url, "--to", str(back)]) == 0
    original, on_server, again = content(str(source)), content(url), content(str(back))
    assert original == on_server == again
    assert len(original["participations"]) == 3000
    # the copy is a working database: new records get new ids after the copied ones
    with Database.open(url) as db:
        ActivityService(db).create({"title": "After the copy", "kind": "workshop", "status": "planned",
                                    "start_date": dt.date(2026, 1, 5), "country": "GIN"})
    # a destination that holds data is refused, and so is an existing file
    assert main(["copy", "--from", str(source), "--to", url]) == 1
    assert "already holds data" in capsys.readouterr().err
    assert main(["copy", "--from", url, "--to", str(back)]) == 1
    assert "exists already" in capsys.readouterr().err


def _office_files(folder: Path) -> list[Path]:
    """Eight exchange files of three offices, successive exports with edits in between (so
    the files overlap: the same records at several versions), people shared between files."""
    files: list[Path] = []
    for code in ("GN", "SL", "RO"):
        db = support.new_db(folder, code)
        acts, people = ActivityService(db), ParticipantService(db)
        a = acts.create({"title": f"Training {code}", "kind": "training", "status": "completed",
                         "start_date": dt.date(2025, 3, 3), "country": "GIN", "location": "Conakry"})
        persons = [people.create({"full_name": f"Person {code} {i}", "sex": "female" if i % 2 else "male",
                                  "email": f"p{i}.{code.lower()}@example.org"}) for i in range(12)]
        for p in persons[:8]:
            ParticipationService(db).create({"activity": a["uuid"], "participant": p["uuid"], "role": "participant"})
        files.append(export_workbook(db, folder / f"{code}-1.xlsx").path)
        acts.update(a["uuid"], {"location": "Kankan"})
        for p in persons[8:]:
            ParticipationService(db).create({"activity": a["uuid"], "participant": p["uuid"], "role": "participant"})
        files.append(export_workbook(db, folder / f"{code}-2.xlsx").path)
        if code != "RO":
            people.update(persons[0]["uuid"], {"organisation": "Ministry of Justice"})
            files.append(export_workbook(db, folder / f"{code}-3.xlsx").path)
        db.close()
    return files


def _consolidate(url: str, files: list[Path]) -> subprocess.Popen:
    env = {**os.environ, "HRDESK_LANG": "en", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "hrdesk", "consolidate", "--db", url, *map(str, files)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _new_hq(pg_cluster, name: str) -> str:
    url = pg_cluster.create_database(name, template="hrdesk_template")
    with Database.open(url) as db:
        offices.configure(db, support.OFFICE_VALUES["RO"] | {"code": "HQ", "name": "Headquarters",
                                                             "kind": "headquarters"}, "HQ")
    return url


def test_four_concurrent_consolidations_equal_a_sequential_one(pg_cluster, tmp_path):
    files = _office_files(tmp_path)
    assert len(files) == 8
    sequential = _new_hq(pg_cluster, "hq_sequential")
    done = _consolidate(sequential, files)
    _out, err = done.communicate(timeout=240)
    assert done.returncode == 0, err
    parallel = _new_hq(pg_cluster, "hq_parallel")
    sets = [files[0:4], files[2:6], files[4:8], [files[7], files[0], files[5], files[3]]]
    runs = [_consolidate(parallel, s) for s in sets]
    for run in runs:
        _out, err = run.communicate(timeout=240)
        assert run.returncode == 0, err
        assert "Traceback" not in err
    # the headquarters' own office record is made separately in each database
    expected, got = content(sequential, but_office="HQ"), content(parallel, but_office="HQ")
    assert got == expected
    assert len(expected["participations"]) == 3 * 12 and len(expected["activities"]) == 3
    with Database.open(parallel) as db, db.read_session() as s:
        imported = s.scalars(select(m.ExchangeLog.file_hash).where(m.ExchangeLog.direction == "import")).all()
    assert len(imported) == len(set(imported)) == 8   # each file imported once, whoever came first
    # running any of them again changes nothing
    again = _consolidate(parallel, sets[1])
    _out, err = again.communicate(timeout=240)
    assert again.returncode == 0, err
    assert content(parallel, but_office="HQ") == expected


def test_a_role_that_may_only_read_gets_a_read_only_database(pg_cluster, tmp_path, capsys):
    url = _new_hq(pg_cluster, "hq_readers")
    pg_cluster.psql("CREATE ROLE reader LOGIN; GRANT USAGE ON SCHEMA public TO reader; "
                    "GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader", "hq_readers")
    reader_url = pg_cluster.url("hq_readers", user="reader")
    with Database.open(reader_url) as db:
        assert db.read_only and "may only read" in db.read_only_reason
        assert db.display_name == "hq_readers on localhost"
        with pytest.raises(Exception, match="may only read"):
            ActivityService(db).create({"title": "Not allowed", "kind": "workshop", "status": "planned",
                                        "start_date": dt.date(2026, 1, 5), "country": "GIN"})
    assert main(["stats", "--db", reader_url]) == 0
    assert "Activities: 0" in capsys.readouterr().out
    file = support.new_db(tmp_path, "GN")
    path = export_workbook(file, tmp_path / "gn.xlsx").path
    file.close()
    assert main(["import", str(path), "--db", reader_url]) != 0
    err = capsys.readouterr().err
    assert "may only read" in err and "Traceback" not in err
    with Database.open(url) as db, db.read_session() as s:
        assert s.scalar(select(m.Activity.id)) is None


def test_server_commands_back_up_with_pg_dump_and_refuse_what_only_a_file_has(pg_cluster, tmp_path, capsys):
    url = _new_hq(pg_cluster, "hq_commands")
    assert main(["check", "--db", url]) == 0
    assert "Schema version" in capsys.readouterr().out
    assert main(["backup", "--db", url, "--out", str(tmp_path)]) == 0
    dumps = list(tmp_path.glob("*.dump"))
    assert len(dumps) == 1
    listing = subprocess.run([str(pg_cluster.bin_dir / "pg_restore"), "--list", str(dumps[0])],
                             capture_output=True, text=True, check=True).stdout
    assert "TABLE DATA public participations" in listing
    assert main(["encrypt", "--db", url]) == 1
    assert "the database server's job" in capsys.readouterr().err
    assert main(["restore", str(dumps[0]), "--db", url]) == 1
    assert "pg_restore" in capsys.readouterr().err
    # a password never goes on the command line
    assert main(["stats", "--db", url.replace("hrdesk@", "hrdesk:secret@")]) == 1
    assert "Never put the password in --db" in capsys.readouterr().err
    # a server that does not answer: a clear message, no traceback
    assert main(["stats", "--db", "postgresql://nobody@/missing?host=/nonexistent"]) == 1
    err = capsys.readouterr().err
    assert "Cannot open the server database" in err and "Traceback" not in err


def test_the_desktop_app_opens_a_server_database(pg_cluster, qtbot):
    from hrdesk.safety.startup import open_for_app

    url = _new_hq(pg_cluster, "hq_app")
    session = open_for_app(url)
    try:
        assert session.db.is_server and not session.read_only and session.lock.acquired
        assert session.notices == []
    finally:
        session.close()


def test_a_url_names_the_database_in_hrdesk_database_url(pg_cluster, monkeypatch, capsys):
    url = _new_hq(pg_cluster, "hq_env")
    monkeypatch.setenv("HRDESK_DATABASE_URL", url)
    assert main(["stats"]) == 0
    assert "Activities: 0" in capsys.readouterr().out
    engine = create_engine(url.replace("postgresql+psycopg", "postgresql+psycopg"))
    engine.dispose()


def test_a_password_in_the_address_is_never_shown_and_a_bad_address_is_explained(pg_cluster, monkeypatch, capsys):
    url = _new_hq(pg_cluster, "hq_addresses")
    # libpq also reads a password from the address's query (…?password=…): refused on the command line too
    assert main(["stats", "--db", url + "&password=s3cretQ"]) == 1
    err = capsys.readouterr().err
    assert "Never put the password in --db" in err and "s3cretQ" not in err
    # in HRDESK_DATABASE_URL it is allowed, and never shown back (here: a database that does not exist)
    missing = pg_cluster.url("no_such_db") + "&password=s3cretQ"
    assert "s3cretQ" not in describe_url(missing)
    monkeypatch.setenv("HRDESK_DATABASE_URL", missing)
    assert main(["stats"]) == 1
    err = capsys.readouterr().err
    assert "Cannot open the server database" in err and "no_such_db" in err and "s3cretQ" not in err
    monkeypatch.delenv("HRDESK_DATABASE_URL")
    # an address SQLAlchemy cannot read (a port that is not a number): a clear message, not a crash,
    # and the password it holds is not repeated
    for given in (["stats", "--db", "postgresql://hq@db.example.org:54x2/hrdesk"],
                  ["copy", "--from", "postgresql://hq@db.example.org:54x2/hrdesk", "--to", "x.sqlite"]):
        assert main(given) == 1
        err = capsys.readouterr().err
        assert "is not a database address HRDesk understands" in err and "unexpected error" not in err
    monkeypatch.setenv("HRDESK_DATABASE_URL", "postgresql://hq:s3cretQ@db.example.org:54x2/hrdesk")
    assert main(["stats"]) == 1
    err = capsys.readouterr().err
    assert "is not a database address HRDesk understands" in err and "s3cretQ" not in err


def _cells(path: Path) -> list[tuple]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [(ws.title, row) for ws in book.worksheets for row in ws.iter_rows(values_only=True)]
    finally:
        book.close()


def test_names_sort_as_on_sqlite_on_a_server_with_a_language_collation(pg_cluster, tmp_path, capsys):
    """A real server's databases usually sort text by a language's rules (en_US.UTF-8, or ICU),
    which ignore spaces and punctuation ('Le Roux' after 'Leblanc'); SQLite compares bytes.
    HRDesk's lists and reports must come out in the same order on both."""
    from hrdesk.services.queries import list_activities, list_participants

    source = tmp_path / "office.sqlite"
    assert main(["demo", "--db", str(source)]) == 0
    try:
        pg_cluster.psql("CREATE DATABASE hq_icu LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8' "
                        "TEMPLATE template0")
    except subprocess.CalledProcessError:
        pytest.skip("this PostgreSQL has no ICU collations")
    url = pg_cluster.url("hq_icu")
    assert main(["copy", "--from", str(source), "--to", url]) == 0
    def lists(location: str) -> tuple[list[str], ...]:
        with Database.open(location) as db:
            return ([r["uuid"] for r in list_participants(db, limit=5000).rows],
                    [r["uuid"] for r in list_participants(db, sort="organisation", limit=5000).rows],
                    [r["uuid"] for r in list_activities(db, sort="title", limit=5000).rows])

    assert lists(url) == lists(str(source))
    for name, where in (("file", str(source)), ("server", url)):
        assert main(["report", "--db", where, "--from", "2024-01-01", "--to", "2025-12-31", "--privacy", "full",
                     "--xlsx", str(tmp_path / f"{name}.xlsx")]) == 0
    capsys.readouterr()
    assert _cells(tmp_path / "server.xlsx") == _cells(tmp_path / "file.xlsx")


def test_a_copy_of_an_encrypted_file_to_a_file_stays_encrypted(pg_cluster, tmp_path, capsys):
    """An office's encrypted file copied to a new file (a snapshot, or on its way to headquarters)
    must not become a readable file of names: the copy is encrypted with the same passphrase."""
    from hrdesk.safety import crypto
    from hrdesk.storage.database import WrongPassphrase, sqlcipher_module

    if sqlcipher_module() is None:
        pytest.skip("SQLCipher is not installed")
    source, secret = tmp_path / "office.sqlite", tmp_path / "secret.txt"
    secret.write_text("correct horse battery staple\n")
    assert main(["demo", "--db", str(source)]) == 0
    assert main(["encrypt", "--db", str(source), "--passphrase-file", str(secret)]) == 0
    copy = tmp_path / "copy.sqlite"
    assert main(["copy", "--from", str(source), "--to", str(copy), "--passphrase-file", str(secret)]) == 0
    assert "encrypted with the passphrase of" in capsys.readouterr().out
    assert crypto.is_encrypted(copy)
    with pytest.raises(WrongPassphrase):
        Database.open(str(copy), passphrase="not the passphrase")
    with Database.open(str(copy), passphrase="correct horse battery staple") as db, db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Participation)) == 3000
    # to a server, encryption at rest is the server's job: the copy is made, nothing said about it
    url = pg_cluster.create_database("from_encrypted")
    assert main(["copy", "--from", str(source), "--to", url, "--passphrase-file", str(secret)]) == 0
    assert "encrypted with the passphrase of" not in capsys.readouterr().out


def test_a_failed_pg_dump_says_why(pg_cluster, tmp_path, capsys):
    """pg_dump ends its message with the query it ran ('detail: Query was: …'): the user is
    told the reason (here: a reader role may not read the id sequences), not the query."""
    _new_hq(pg_cluster, "hq_dump_reader")
    pg_cluster.psql("CREATE ROLE dump_reader LOGIN; GRANT USAGE ON SCHEMA public TO dump_reader; "
                    "GRANT SELECT ON ALL TABLES IN SCHEMA public TO dump_reader", "hq_dump_reader")
    assert main(["backup", "--db", pg_cluster.url("hq_dump_reader", user="dump_reader"),
                 "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "permission denied" in err and "Query was" not in err
    assert not list(tmp_path.iterdir())   # no partial file left


def test_a_typed_password_opens_every_command_and_is_never_shown_or_logged(pg_cluster, monkeypatch, capsys):
    """A role whose password the server checks: ``check`` asks for it like the other commands,
    and the password typed appears in no message and no log file."""
    import getpass

    from hrdesk import logs

    _new_hq(pg_cluster, "hq_password")
    pg_cluster.psql("CREATE ROLE typed_pw LOGIN PASSWORD 'Typ3d-s3cret'; GRANT ALL ON SCHEMA public TO typed_pw; "
                    "GRANT ALL ON ALL TABLES IN SCHEMA public TO typed_pw; "
                    "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO typed_pw", "hq_password")
    hba = pg_cluster.root / "data" / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text("local all typed_pw scram-sha-256\n" + original)
    pg_cluster.psql("SELECT pg_reload_conf()")
    try:
        url = pg_cluster.url("hq_password", user="typed_pw")
        monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
        asked: list[str] = []
        monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or "Typ3d-s3cret")
        for command in (["check", "--db", url], ["stats", "--db", url]):
            assert main(command) == 0, capsys.readouterr().err
        out, err = capsys.readouterr()
        assert len(asked) == 2 and "Schema version" in out and "Activities: 0" in out
        assert "Typ3d-s3cret" not in out + err + "".join(asked)
        logged = "".join(p.read_text(errors="replace") for p in logs.log_files())
        assert "Typ3d-s3cret" not in logged
    finally:
        hba.write_text(original)
        pg_cluster.psql("SELECT pg_reload_conf()")


def test_a_wrong_password_in_hrdesk_database_url_is_said_plainly(pg_cluster, tmp_path, monkeypatch, capsys):
    """The server checks passwords (scram): a wrong one given in HRDESK_DATABASE_URL is
    reported as refused — not as a password nobody can type — and never shown."""
    _new_hq(pg_cluster, "hq_wrong_password")
    pg_cluster.psql("CREATE ROLE guarded LOGIN PASSWORD 'right-one'; GRANT ALL ON SCHEMA public TO guarded; "
                    "GRANT ALL ON ALL TABLES IN SCHEMA public TO guarded", "hq_wrong_password")
    hba = pg_cluster.root / "data" / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text("local all guarded scram-sha-256\n" + original)
    subprocess.run([*pgcluster_runner(), str(pg_cluster.bin_dir / "pg_ctl"), "-D", str(pg_cluster.root / "data"),
                    "reload"], check=True, capture_output=True)
    try:
        wrong = pg_cluster.url("hq_wrong_password", user="guarded:wrong-one")
        monkeypatch.setenv("HRDESK_DATABASE_URL", wrong)
        assert main(["stats"]) == 1
        err = capsys.readouterr().err
        assert "refused the password" in err and "wrong-one" not in err and "Traceback" not in err
        monkeypatch.setenv("HRDESK_DATABASE_URL", pg_cluster.url("hq_wrong_password", user="guarded:right-one"))
        assert main(["stats"]) == 0
        assert "right-one" not in capsys.readouterr().out
    finally:
        hba.write_text(original)
        subprocess.run([*pgcluster_runner(), str(pg_cluster.bin_dir / "pg_ctl"), "-D",
                        str(pg_cluster.root / "data"), "reload"], capture_output=True)


def pgcluster_runner() -> list[str]:
    import pgcluster

    return pgcluster._runner()[0]


def test_a_file_that_joins_records_already_here_takes_a_whole_turn(pg_cluster, tmp_path):
    """Files of different offices are merged at the same time on a server only when the merge
    reads nothing but their own offices' records: a full file whose people are here already
    under their pseudonyms (joined by pseudonym) waits for a whole turn, so no other import can
    change what it reads; a file whose records are all new takes its offices' turn."""
    from hrdesk.domain.progress import ensure
    from hrdesk.exchange import importer

    office = support.new_db(tmp_path, "GN")
    first = ActivityService(office).create({"title": "Training", "kind": "training", "status": "completed",
                                            "start_date": dt.date(2025, 3, 3), "country": "GIN"})
    person = ParticipantService(office).create({"full_name": "Aïssatou Diallo", "sex": "female"})
    ParticipationService(office).create({"activity": first["uuid"], "participant": person["uuid"]})
    pseudonymised = export_workbook(office, tmp_path / "pseudo.xlsx", privacy="pseudonymised").path
    full = export_workbook(office, tmp_path / "full.xlsx", privacy="full").path
    office.close()
    url = _new_hq(pg_cluster, "hq_turns")
    with Database.open(url) as hq:
        for path, escalates in ((pseudonymised, False), (full, True)):
            result = importer.FileResult(path)
            opened = importer._opened(path, None, result)
            assert opened.offices == ("GN",)
            outcome = importer._checked_and_merged(hq, path, opened, False, ensure(None), result, {"GN"})
            assert (outcome is importer.ESCALATE) is escalates
        result = importer.import_file(hq, full)   # under a whole turn: the people joined, not doubled
        assert result.status == importer.IMPORTED and result.joined >= 1
        with hq.read_session() as s:
            assert len(s.scalars(select(m.Participant.id)).all()) == 1
