"""Interface preferences: what the interface remembers for this user between sessions
(window geometry, last page, chosen periods, last folders), kept in ``hrdesk-ui.ini`` in the
configuration folder (``QSettings``, INI format).

Every key is declared here once, with its default; widgets read and write them through
these objects, never with a key string of their own.  (Settings that belong to the data —
own office, report language, default privacy — live in the database:
:mod:`hrdesk.services.settings`.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths

from hrdesk import paths

FILE_NAME = "hrdesk-ui.ini"


def store() -> QSettings:
    """The preferences file (read and written at once; ``sync()`` forces it to disk)."""
    return QSettings(str(paths.config_dir() / FILE_NAME), QSettings.Format.IniFormat)


@dataclass(frozen=True)
class Preference:
    key: str
    default: Any = ""

    def get(self) -> Any:
        return store().value(self.key, self.default)

    def set(self, value: Any) -> None:
        store().setValue(self.key, value)


class FolderPreference(Preference):
    """The folder last used for one purpose (reports, exchange files, imports), where that
    purpose's file dialogs open; Documents (else the home folder) until one was used or
    when it is gone."""

    def folder(self) -> Path:
        saved = self.get()
        if saved and Path(saved).is_dir():
            return Path(saved)
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs and Path(docs).is_dir() else Path.home()

    def remember(self, path: str | Path) -> None:
        """Remember ``path``'s folder (``path`` itself when it is a folder)."""
        path = Path(path)
        self.set(str(path if path.is_dir() else path.parent))


MAIN_GEOMETRY = Preference("main/geometry", None)       # QMainWindow.saveGeometry()
MAIN_PAGE = Preference("main/page", "activities")       # key of the page shown last
LANGUAGE = Preference("main/language", "")  # the database's interface language last time: the
                                            # window is built in it before the database is open
DASHBOARD_PERIOD = Preference("dashboard/period", "")   # preset name of the dashboard's period
REPORTS_PERIOD = Preference("reports/period", "")       # preset name of the reports' period
REPORTS_FOLDER = FolderPreference("reports/folder", "")    # folder of the last report written
EXCHANGE_FOLDER = FolderPreference("exchange/folder", "")  # folder of the last exchange file
IMPORTS_FOLDER = FolderPreference("imports/folder", "")    # folder of the last attendance sheet, data
                                                           # export of phone forms or form saved
