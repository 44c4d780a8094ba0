"""Shared fixtures: a fresh database per test, a configured office, isolated data folders."""

from __future__ import annotations

import os

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


@pytest.fixture
def db(db_path):
    """An empty database with the Guinea office configured."""
    database = Database.open(db_path)
    offices.configure(database, {"code": "GN", "name": "OHCHR Country Office in Guinea",
                                 "kind": "country_office", "country": "GIN"}, "Test User")
    yield database
    database.close()
