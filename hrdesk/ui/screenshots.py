"""``hrdesk screenshots DIR``: one PNG per main view, and the activity editor on a training
with participants, at 1366×768 — for the README and for reviews."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from hrdesk import paths
from hrdesk.domain.errors import HRDeskError
from hrdesk.services import offices, queries, settings
from hrdesk.services.filters import ActivityScope
from hrdesk.storage.database import Database, is_server_location
from hrdesk.ui.app import application
from hrdesk.ui.context import AppContext
from hrdesk.ui.editors.activity_editor import ActivityEditor
from hrdesk.ui.i18n import set_language
from hrdesk.ui.main_window import MainWindow

SIZE = (1366, 768)


def _settle(app: QApplication, ctx=None) -> None:
    for _ in range(3):
        if ctx is not None:
            ctx.worker.wait(10_000)  # counts of matches, figures computed in the background
        app.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path), "PNG")
    return path


def training_with_participants(db: Database) -> str | None:
    """The uuid of the training with the most participants (or any activity)."""
    with db.read_session() as s:
        for scope in (ActivityScope(kinds=("training",)), ActivityScope()):
            rows = queries.fetch_activities_in(s, scope, sort="participants", descending=True, limit=1)
            if rows:
                return rows[0]["uuid"]
    return None


def use_offscreen_without_a_screen(environ=os.environ, platform: str = sys.platform) -> None:
    """No screen to draw on (Linux without X or Wayland, or an X display that does not
    answer): draw the views off screen rather than abort with Qt's platform-plugin message.
    Must run before the QApplication is made; an explicit ``QT_QPA_PLATFORM`` is kept."""
    if environ.get("QT_QPA_PLATFORM") or not platform.startswith("linux"):
        return
    if environ.get("WAYLAND_DISPLAY"):
        return
    # a list of platforms: Qt tries each in turn (X first when there is a display)
    environ["QT_QPA_PLATFORM"] = "xcb;offscreen" if environ.get("DISPLAY") else "offscreen"


def take_screenshots(directory: str | Path, *, db: str | None = None, lang: str | None = None) -> int:
    out = Path(directory).expanduser()
    if QApplication.instance() is None:
        use_offscreen_without_a_screen()
    app = application()
    path = db if is_server_location(db) else (Path(db).expanduser() if db else paths.default_database_path())
    try:
        if not is_server_location(path) and not path.exists():
            raise HRDeskError(QCoreApplication.translate("Screenshots", "No database at {path}.").format(path=path))
        database = Database.open(path)
    except HRDeskError as exc:
        print(f"hrdesk: {exc}", file=sys.stderr)
        return 1
    try:
        if not offices.is_configured(database):
            print(f"hrdesk: {database.location}: no office is configured", file=sys.stderr)
            return 1
        set_language(lang or settings.get(database, settings.LANGUAGE))
        out.mkdir(parents=True, exist_ok=True)
        ctx = AppContext(database)
        window = MainWindow(ctx)
        window.setFixedSize(*SIZE)
        window.show()
        saved = []
        for number, key in enumerate(window.pages_by_key, start=1):
            window.show_page(key)
            _settle(app, ctx)
            saved.append(_save(window, out / f"{number:02d}-{key}.png"))
        uuid = training_with_participants(database)
        if uuid:
            editor = ActivityEditor(ctx, window, uuid)
            editor.setFixedSize(editor.size())   # the size users get (RecordEditor's own)
            editor.show()
            reach = editor.tabs.indexOf(editor.form.pages["reach"])
            for tab, name in ((0, "details"), (2, "sdg-targets"), (reach, "reach"),
                              (editor.participants_index, "participants")):
                editor.tabs.setCurrentIndex(tab)
                _settle(app)
                saved.append(_save(editor, out / f"{len(saved) + 1:02d}-activity-editor-{name}.png"))
            editor.dirty = False
            editor.close()
        window.close()
        for p in saved:
            print(p)
        return 0
    finally:
        database.close()
