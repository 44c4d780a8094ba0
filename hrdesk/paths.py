"""Where HRDesk finds its shipped files and keeps the user's data.

Shipped files (``resources/``, ``forms/``) are looked up in this order:
a frozen bundle (PyInstaller's ``sys._MEIPASS``), an installed wheel (``hrdesk/resources``),
then a source checkout (``<repo>/resources``).

User data lives in the platform's data folder (platformdirs), or, in *portable mode*
(a ``portable.txt`` file next to the executable), in a ``data/`` folder beside it.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "HRDesk"
APP_AUTHOR = "HRDesk"
PORTABLE_MARKER = "portable.txt"
DB_FILENAME = "hrdesk.sqlite"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidate_roots() -> list[Path]:
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen) / "hrdesk")
        roots.append(Path(frozen))
    roots.append(_PACKAGE_DIR)
    roots.append(_PACKAGE_DIR.parent)
    return roots


@cache
def _find_dir(name: str) -> Path:
    for root in _candidate_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"HRDesk cannot find its '{name}' folder (looked in {_candidate_roots()})")


def resources_dir() -> Path:
    return _find_dir("resources")


def forms_dir() -> Path:
    return _find_dir("forms")


def resource(*parts: str) -> Path:
    """Path of a shipped resource file, e.g. ``resource("data", "sdg.json")``."""
    return resources_dir().joinpath(*parts)


def executable_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def is_portable() -> bool:
    return getattr(sys, "frozen", False) and (executable_dir() / PORTABLE_MARKER).exists()


def data_dir() -> Path:
    """Folder of the database, backups and logs (created on demand)."""
    override = os.environ.get("HRDESK_DATA_DIR")
    if override:
        path = Path(override)
    elif is_portable():
        path = executable_dir() / "data"
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get("HRDESK_CONFIG_DIR")
    if override:
        path = Path(override)
    elif is_portable() or os.environ.get("HRDESK_DATA_DIR"):
        path = data_dir() / "settings"
    else:
        path = Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
