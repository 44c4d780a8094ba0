"""Shared fixtures: a fresh database per test, a configured office, isolated data folders."""

from __future__ import annotations

import itertools
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pgcluster import Cluster

from hrdesk.services import offices
from hrdesk.storage.database import Database


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Never touch the real user's data or config folders."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HRDESK_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("HRDESK_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xdg-config"))


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory):
    """One empty database at the newest schema, copied by ``db`` (migrating takes ~0.5 s)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    Database.open(path).close()
    return path


# Suites that run against both backends (issue 15): their tests using ``db`` (or ``db_url``)
# run once on a SQLite file and once on a PostgreSQL database of a throwaway cluster.
BOTH_BACKENDS = ("test_core_", "test_exchange_", "test_reports_", "test_cli", "test_intake_", "test_recommendations_")
_numbers = itertools.count(1)


def pytest_generate_tests(metafunc):
    if not metafunc.module.__name__.startswith(BOTH_BACKENDS) or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    # tests that make office databases with test_exchange_support.new_db run on both too
    uses_factory = getattr(metafunc.module, "new_db", None) is not None and "tmp_path" in metafunc.fixturenames
    if "backend" in metafunc.fixturenames or uses_factory:
        if "backend" not in metafunc.fixturenames:
            metafunc.fixturenames.append("backend")
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request):
    """``sqlite`` (the default) or ``postgresql`` for the suites of :data:`BOTH_BACKENDS`;
    on PostgreSQL, ``test_exchange_support.new_db`` makes its databases on the test cluster."""
    name = getattr(request, "param", "sqlite")
    if name == "postgresql":
        import test_exchange_support  # the helpers of the exchange suites

        test_exchange_support.SERVER = request.getfixturevalue("pg_cluster")
        yield name
        test_exchange_support.SERVER = None
        return
    yield name


@pytest.fixture(scope="session")
def pg_cluster():
    """One throwaway PostgreSQL cluster for the session (started on first use). Without
    PostgreSQL's server programs the PostgreSQL tests are skipped — except in CI, where a
    missing PostgreSQL is a failure."""
    cluster = Cluster.start()
    if cluster is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("PostgreSQL is not installed (CI=true): install Debian's postgresql package")
        pytest.skip("PostgreSQL is not installed here")
    try:
        template = "hrdesk_template"
        cluster.create_database(template)
        Database.open(cluster.url(template)).close()   # migrated once, copied by every test
        yield cluster
    finally:
        cluster.stop()


def new_pg_database(cluster) -> str:
    """A new database at the newest schema (a copy of the migrated template); its URL."""
    return cluster.create_database(f"t{os.getpid()}_{next(_numbers)}", template="hrdesk_template")


@pytest.fixture
def db_path(backend, request, tmp_path):
    """Where the test's database is: a SQLite file path (not created yet), or — for the
    PostgreSQL run of the suites of :data:`BOTH_BACKENDS` — the URL of a new database at
    the newest schema, with no office configured."""
    if backend == "postgresql":
        cluster = request.getfixturevalue("pg_cluster")
        url = new_pg_database(cluster)
        yield url
        cluster.drop_database(url.rsplit("/", 1)[1].split("?", 1)[0])
        return
    yield tmp_path / "office.sqlite"


@pytest.fixture
def db(db_path, backend, _template_db):
    """An empty database with the Guinea office configured."""
    if backend == "sqlite":
        shutil.copyfile(_template_db, db_path)
    database = Database.open(db_path)
    offices.configure(database, {"code": "GN", "name": "OHCHR Country Office in Guinea",
                                 "kind": "country_office", "country": "GIN"}, "Test User")
    yield database
    database.close()
