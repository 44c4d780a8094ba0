"""Free disk space: a warning for start-up and a check before big writes (backups).

Service API::

    free_space_warning(path) -> str | None     # None when there is room; else a sentence to show
    ensure_free_space(folder, needed, action)   # raises DiskError before writing when it cannot fit
"""

from __future__ import annotations

import shutil
from pathlib import Path

from hrdesk.i18n import _
from hrdesk.safety.atomic import DiskError

MIN_FREE_BYTES = 200 * 1024 * 1024   # warn below 200 MB…
DB_SIZE_FACTOR = 3                   # …or below three times the database (backups, upgrades)


def _existing(path: Path) -> Path:
    path = Path(path).expanduser().absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def free_bytes(path: Path | str) -> int:
    """Free bytes on the drive holding ``path`` (or its nearest existing parent folder)."""
    return shutil.disk_usage(_existing(Path(path))).free


def _human(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit in ("B", "KB") else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"  # pragma: no cover


def free_space_warning(path: Path | str, minimum: int | None = None) -> str | None:
    """A warning for start-up when the drive of the database ``path`` is nearly full."""
    path = Path(path)
    size = path.stat().st_size if path.is_file() else 0
    needed = minimum if minimum is not None else max(MIN_FREE_BYTES, DB_SIZE_FACTOR * size)
    try:
        free = free_bytes(path)
    except OSError:
        return _("HRDesk cannot tell how much space is left on the drive holding {path}.").format(path=path)
    if free >= needed:
        return None
    return _("Only {free} left on the drive holding {path}. Free some space soon: "
             "HRDesk needs room for backups and may be unable to save your work.").format(
                 free=_human(free), path=path)


def ensure_free_space(folder: Path | str, needed: int, action: str) -> None:
    """Raise :class:`DiskError` when ``needed`` bytes (plus a margin) cannot fit in ``folder``."""
    try:
        free = free_bytes(folder)
    except OSError:
        return  # cannot tell: try, and let the write fail cleanly if it must
    if free < needed + 1024 * 1024:
        raise DiskError(_("The disk holding {path} is full ({free} free, {needed} needed): {action} was not "
                          "saved. Free some space and try again; no existing file was overwritten.").format(
                              path=folder, free=_human(free), needed=_human(needed), action=action), folder)
