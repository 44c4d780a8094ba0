"""The command line: exit codes, one-line messages (never a traceback), stats --json,
and demo data whose figures match SQL counts."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from hrdesk import __version__
from hrdesk.cli import main
from hrdesk.domain.records import ACTIVITY, PARTICIPANT, RECOMMENDATION
from hrdesk.domain.validation import validate
from hrdesk.storage import codec
from hrdesk.storage import models as m
from hrdesk.storage.database import Database

INIT = ["--office-code", "GN", "--office-name", "OHCHR Country Office in Guinea", "--country", "GIN",
        "--user", "Test User"]


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("hrdesk")
    assert "Traceback" not in err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip().startswith(f"HRDesk {__version__}")


def test_init_then_check(capsys, tmp_path):
    path = tmp_path / "office.sqlite"
    code, out, _err = run(capsys, "init", "--db", path, *INIT)
    assert code == 0 and "GN" in out and path.exists()
    code, out, _err = run(capsys, "check", "--db", path)
    assert code == 0
    assert "Integrity: ok" in out and out.strip().splitlines()[-1] == "Healthy"


def test_init_with_bad_values(capsys, tmp_path):
    code, _out, err = run(capsys, "init", "--db", tmp_path / "x.sqlite", "--office-code", "GN",
                          "--office-name", "Guinea", "--country", "XXX")
    assert code == 1
    one_line_error(err)
    assert "XXX" in err


def test_check_corrupt_file_exits_1(capsys, tmp_path):
    path = tmp_path / "office.sqlite"
    assert run(capsys, "init", "--db", path, *INIT)[0] == 0
    data = bytearray(path.read_bytes())
    assert len(data) > 4 * 4096
    data[2 * 4096:4 * 4096] = bytes((i * 37 + 11) % 256 for i in range(2 * 4096))
    path.write_bytes(bytes(data))
    code, out, _err = run(capsys, "check", "--db", path)
    assert code == 1
    assert out.strip().splitlines()[-1] == "Problems found"


def test_check_missing_database(capsys, tmp_path):
    code, _out, err = run(capsys, "check", "--db", tmp_path / "nowhere.sqlite")
    assert code == 1
    one_line_error(err)


def test_stats_missing_database_is_one_line(capsys, tmp_path):
    code, out, err = run(capsys, "stats", "--db", tmp_path / "nowhere.sqlite", "--json")
    assert code == 1 and out == ""
    one_line_error(err)
    assert "hrdesk init" in err


@pytest.mark.parametrize("date", ["2025-13-01", "yesterday", "31/12/2025"])
def test_bad_date_is_a_usage_error(capsys, tmp_path, date):
    with pytest.raises(SystemExit) as info:
        main(["stats", "--db", str(tmp_path / "x.sqlite"), "--from", date])
    assert info.value.code == 2
    err = capsys.readouterr().err
    one_line_error(err)
    assert date in err


def test_to_before_from(capsys, tmp_path):
    path = tmp_path / "office.sqlite"
    run(capsys, "init", "--db", path, *INIT)
    code, _out, err = run(capsys, "stats", "--db", path, "--from", "2025-12-31", "--to", "2025-01-01")
    assert code == 1
    one_line_error(err)


def test_foreign_file_is_one_line(capsys, tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database")
    code, _out, err = run(capsys, "stats", "--db", path)
    assert code == 1
    one_line_error(err)
    assert path.read_text() == "not a database"


# -- demo and stats ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--seed", "7"]) == 0
    return path


def sql(path: Path, query: str):
    con = sqlite3.connect(path)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


LIVE = ("FROM participations q JOIN participants p ON p.id = q.participant_id "
        "JOIN activities a ON a.id = q.activity_id "
        "WHERE q.deleted_at IS NULL AND p.deleted_at IS NULL AND a.deleted_at IS NULL")


def test_stats_json_is_one_object_matching_sql(capsys, demo_db):
    capsys.readouterr()
    code, out, _err = run(capsys, "stats", "--db", demo_db, "--json")
    assert code == 0
    figures = json.loads(out)  # the whole of stdout is one JSON object
    assert isinstance(figures, dict)
    for key in ("activities", "participants", "participations", "reach", "countries", "by_kind", "by_sex"):
        assert key in figures
    assert figures["activities"] == sql(demo_db, "SELECT count(*) FROM activities WHERE deleted_at IS NULL")[0][0] == 150
    assert figures["participations"] == sql(demo_db, f"SELECT count(*) {LIVE}")[0][0] == 3000
    assert figures["participants"] == sql(demo_db, f"SELECT count(DISTINCT q.participant_id) {LIVE}")[0][0]
    assert figures["participants"] == 1500
    assert figures["reach"] == sql(demo_db, "SELECT sum(reach_total) FROM activities WHERE deleted_at IS NULL")[0][0]
    assert figures["reach"] > 0
    assert figures["by_kind"] == dict(sql(demo_db, "SELECT kind, count(*) FROM activities GROUP BY kind"))
    assert figures["by_sex"] == dict(sql(demo_db, f"SELECT p.sex, count(DISTINCT p.id) {LIVE} GROUP BY p.sex"))
    countries = sql(demo_db, "SELECT country FROM activities UNION SELECT country FROM activity_countries")
    assert figures["countries"] == len(countries)


def test_stats_period_in_text_form(capsys, demo_db):
    code, out, _err = run(capsys, "stats", "--db", demo_db, "--from", "2025-01-01", "--to", "2025-12-31")
    assert code == 0
    n = sql(demo_db, "SELECT count(*) FROM activities WHERE start_date <= '2025-12-31' "
                     "AND coalesce(end_date, start_date) >= '2025-01-01'")[0][0]
    assert f"Activities: {n}" in out
    assert 0 < n < 150


def test_demo_data_are_varied_and_valid(demo_db):
    kinds = {k for (k,) in sql(demo_db, "SELECT DISTINCT kind FROM activities")}
    assert kinds == set(ACTIVITY["kind"].choices.codes)
    countries = {c for (c,) in sql(demo_db, "SELECT DISTINCT country FROM activities")}
    assert {"GIN", "SLE", "LBR", "CIV", "SEN", "MLI", "BDI", "COL", "PAN", "KHM"} <= countries
    years = {y for (y,) in sql(demo_db, "SELECT DISTINCT strftime('%Y', start_date) FROM activities")}
    assert years == {"2024", "2025"}
    names = " ".join(n for (n,) in sql(demo_db, "SELECT full_name FROM participants"))
    for sample in ("é", "ñ", "ễ", "О", "م"):  # French, Spanish, Vietnamese, Cyrillic, Arabic
        assert sample in names or sample.lower() in names, sample
    assert sql(demo_db, "SELECT count(*) FROM activity_reach")[0][0] > 0
    assert sql(demo_db, "SELECT count(*) FROM activity_recommendations")[0][0] > 0
    assert sql(demo_db, "SELECT count(*) FROM participations WHERE post_score IS NOT NULL")[0][0] > 100
    dup_keys = sql(demo_db, "SELECT name_key FROM participants GROUP BY name_key, country HAVING count(*) > 1")
    assert len(dup_keys) >= 5  # likely duplicates for the duplicates screen
    audited = sql(demo_db, "SELECT record_type, count(*) FROM audit_log WHERE detail = 'demo data' GROUP BY 1")
    assert dict(audited) == {"activity": 150, "participant": 1500, "participation": 3000, "recommendation": 60}
    with Database.open(demo_db) as db, db.read_session() as s:
        for record_type, model in ((ACTIVITY, m.Activity), (PARTICIPANT, m.Participant),
                                   (RECOMMENDATION, m.Recommendation)):
            for row in s.scalars(select(model)):
                values = codec.to_values(record_type, row)
                assert validate(record_type, values) == [], (record_type.name, row.uuid)


def test_demo_is_deterministic_and_refuses_a_non_empty_database(capsys, demo_db, tmp_path):
    again = tmp_path / "again.sqlite"
    assert run(capsys, "demo", "--db", again, "--seed", "7")[0] == 0
    query = "SELECT uuid, title, start_date FROM activities ORDER BY id"
    assert sql(again, query) == sql(demo_db, query)
    query = "SELECT uuid, full_name FROM participants ORDER BY id"
    assert sql(again, query) == sql(demo_db, query)
    code, _out, err = run(capsys, "demo", "--db", again)
    assert code == 1
    one_line_error(err)
    assert "already holds records" in err


def test_stats_json_through_a_real_process(demo_db):
    result = subprocess.run([sys.executable, "-m", "hrdesk", "stats", "--db", str(demo_db), "--json"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["activities"] == 150


def test_demo_with_indexes_built_at_the_end_gives_the_same_schema(tmp_path, monkeypatch):
    """The large scale drops and rebuilds indexes; forced here on the small scale."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from hrdesk.demo import fill as demo
    from hrdesk.demo import write as demo_write
    from hrdesk.services.health import check_database
    from hrdesk.storage.base import Base

    monkeypatch.setattr(demo_write, "REBUILD_INDEXES_FROM", 0)
    path = tmp_path / "rebuilt.sqlite"
    with Database.open(path) as db:
        assert demo.fill(db, "small", seed=3, check=False)["participations"] == 3000
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert check_database(path).healthy


def test_commands_speak_the_stored_language_unless_hrdesk_lang_says(capsys, db, monkeypatch):
    """Without HRDESK_LANG the command line follows the database's language setting (as the
    app does), for its messages and its reports; the language is restored afterwards."""
    from hrdesk import i18n
    from hrdesk.services import settings

    settings.put(db, settings.LANGUAGE, "fr")
    path = db.location
    db.close()
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    assert main(["verify", "HRD-AAAA-BBBB", "--db", path]) == 1
    assert "Aucun certificat avec le code HRD-AAAA-BBBB" in capsys.readouterr().err
    assert i18n.current().language == "en"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    assert main(["verify", "HRD-AAAA-BBBB", "--db", path]) == 1
    assert "No certificate with the code HRD-AAAA-BBBB" in capsys.readouterr().err


def test_a_rejected_import_says_each_problem_once_on_stderr(capsys, tmp_path):
    path = tmp_path / "office.sqlite"
    assert run(capsys, "init", "--db", path, *INIT)[0] == 0
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    code, out, err = run(capsys, "import", bad, "--db", path)
    assert code == 1
    assert out == ""                                   # nothing on stdout
    assert err.count("not a zip file") == 1 and "bad.xlsx: " in err


def test_help_says_the_desktop_app_takes_db_and_lang(capsys):
    from hrdesk.__main__ import main as entry

    assert entry(["--help"]) == 0
    out = capsys.readouterr().out
    assert "hrdesk [--db PATH] [--lang xx]" in out and "start the desktop app" in out
    assert "screenshots DIR" in out
