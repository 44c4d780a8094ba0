"""Shared fixtures: a fresh database per test, a configured office, isolated data folders."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

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


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "office.sqlite"


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory):
    """One empty database at the newest schema, copied by ``db`` (migrating takes ~0.5 s)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    Database.open(path).close()
    return path


@pytest.fixture
def db(db_path, _template_db):
    """An empty database with the Guinea office configured."""
    shutil.copyfile(_template_db, db_path)
    database = Database.open(db_path)
    offices.configure(database, {"code": "GN", "name": "OHCHR Country Office in Guinea",
                                 "kind": "country_office", "country": "GIN"}, "Test User")
    yield database
    database.close()
