"""Start-up loads only what the first window needs (issue 19): the first window of the app,
opened in a fresh interpreter on a configured database at the newest schema, imports no
report, exchange-workbook, intake or migration machinery; and it is painted before the
database layer (SQLAlchemy) loads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hrdesk.storage.database import (
    Database,
    _revision_graph,
    alembic_config,
    head_revision,
    known_revisions,
)

ROOT = Path(__file__).resolve().parent.parent

# Modules the first window must not import: they load when a page or command first needs them.
DENIED = (
    "reportlab", "openpyxl", "alembic", "qrcode", "msoffcrypto", "pandas",
    "hrdesk.reports", "hrdesk.exchange.export", "hrdesk.exchange.merge", "hrdesk.exchange.parse",
    "hrdesk.exchange.importer", "hrdesk.intake", "hrdesk.safety.backups", "hrdesk.ui.editors",
    "hrdesk.ui.pages.reports_page", "hrdesk.ui.pages.exchange_page", "hrdesk.ui.wizard",
)

# Modules the first paint (the window shown, before the database opens) must not import.
DENIED_BEFORE_PAINT = (*DENIED, "sqlalchemy", "hrdesk.storage", "hrdesk.services", "hrdesk.safety",
                       "hrdesk.cli", "hrdesk.exchange", "hrdesk.ui.opening")

PROBE = """
import json, sys, time
import hrdesk.__main__  # the entry point's own imports (not the command line)
from hrdesk.ui.app import start
app, window = start({"db": sys.argv[1]})
painted = sorted(sys.modules)  # the window is built and shown; the database opens after its first paint
waited = time.monotonic()
while window.ctx.db is None and window.isVisible() and time.monotonic() - waited < 60:
    app.processEvents()
window = window.ctx.window
modules = sorted(sys.modules)  # the first window is filled in
print(json.dumps({"title": window.windowTitle(), "page": window.current_page().key,
                  "modules": modules, "painted": painted}))
window.close()
"""


def _first_window_modules(db_path: Path, env_dirs: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "HRDESK_DATA_DIR": str(env_dirs / "data"), "HRDESK_CONFIG_DIR": str(env_dirs / "config")}
    result = subprocess.run([sys.executable, "-c", PROBE, str(db_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def _denied(modules: list[str], denied: tuple[str, ...] = DENIED) -> list[str]:
    return sorted(m for m in modules if any(m == d or m.startswith(d + ".") for d in denied))


def test_first_window_imports_no_denied_module(db, tmp_path):
    db.close()
    probe = _first_window_modules(db.path, tmp_path)
    assert probe["page"] == "activities" and "HRDesk" in probe["title"]
    assert _denied(probe["modules"]) == []


def test_first_paint_comes_before_the_database_layer(db, tmp_path):
    db.close()
    probe = _first_window_modules(db.path, tmp_path)
    assert "sqlalchemy" in probe["modules"] and "hrdesk.ui.opening" in probe["modules"]  # loaded after
    assert _denied(probe["painted"], DENIED_BEFORE_PAINT) == []


def test_the_probe_sees_a_denied_module(db, tmp_path):
    """The check is live: a page that does import a denied module is caught."""
    assert _denied(["hrdesk.ui.app", "reportlab.platypus", "alembic.command"]) == ["alembic.command",
                                                                                   "reportlab.platypus"]
    assert _denied(["hrdesk.ui.app", "sqlalchemy.orm"], DENIED_BEFORE_PAINT) == ["sqlalchemy.orm"]


def test_the_entry_point_tells_the_app_from_a_command_without_the_command_line():
    """``hrdesk`` (no command) decides on the desktop app without importing the command line
    and the database layer under it; a command still gets the command line."""
    code = ("import sys\nimport hrdesk.__main__\n"
            "print(sorted(m for m in sys.modules if m.startswith(('hrdesk.cli', 'sqlalchemy'))))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    from hrdesk.launch import gui_options, wants_gui

    assert wants_gui([]) and wants_gui(["--db", "x.sqlite", "--lang=fr"])
    assert not wants_gui(["stats"]) and not wants_gui(["-h"])
    assert gui_options(["--db", "x.sqlite", "--lang=fr"]) == {"db": "x.sqlite", "lang": "fr"}


def test_schema_check_without_alembic_agrees_with_alembic():
    """The revisions read from the migration scripts (no Alembic import at start-up) are
    Alembic's own."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {s.revision for s in script.walk_revisions()}
    assert all(isinstance(v, tuple) for v in _revision_graph().values())


def test_opening_a_database_at_head_does_not_import_alembic(db, tmp_path):
    db.close()
    code = ("import sys\nfrom hrdesk.storage.database import Database\n"
            "Database.open(sys.argv[1]).close()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n")
    result = subprocess.run([sys.executable, "-c", code, str(db.path)], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert Database.open(db.path).engine is not None


def test_status_bar_counts_skip_the_participation_join(db):
    """The status bar's counts leave out live participations (a join over every one of them,
    about a second on the large demo); the full counts still have them."""
    from hrdesk.services import queries

    full = queries.record_counts(db)
    quick = queries.record_counts(db, participations=False)
    assert "participations" in full and "participations" not in quick
    assert quick == {k: v for k, v in full.items() if k != "participations"}
