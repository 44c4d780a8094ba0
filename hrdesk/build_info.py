"""Which HRDesk this is: the version (single source: ``hrdesk.__version__``) and the build.

The build id is ``git describe`` of the commit a release was built from. ``packaging/hrdesk.spec``
writes it into the frozen bundle as ``hrdesk/BUILD``; a source checkout or an installed wheel
reports ``dev``. Qt-free, so both the ``--version`` option and the About dialog use it.
"""

from __future__ import annotations

import platform
import sys
from functools import cache
from pathlib import Path

from hrdesk import __version__

APP_NAME = "HRDesk"
BUILD_FILENAME = "BUILD"
DEV_BUILD = "dev"


def _build_file_candidates() -> list[Path]:
    candidates = [Path(__file__).resolve().with_name(BUILD_FILENAME)]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "hrdesk" / BUILD_FILENAME)
    return candidates


@cache
def build_id() -> str:
    """``git describe`` of the release build (e.g. ``v0.1.0`` or ``v0.1.0-3-g1a2b3c4``), else ``dev``."""
    for candidate in _build_file_candidates():
        try:
            text = candidate.read_text(encoding="utf-8").strip()
        except OSError:
            continue
        if text:
            return text.splitlines()[0][:80]
    return DEV_BUILD


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def version_string() -> str:
    """One line naming the exact version and build: ``HRDesk 0.1.0 (build v0.1.0-3-g1a2b3c4)``."""
    return f"{APP_NAME} {__version__} (build {build_id()})"


def details() -> dict[str, str]:
    """Facts for an About dialog or a bug report (no personal data)."""
    return {
        "version": __version__,
        "build": build_id(),
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "frozen": "yes" if is_frozen() else "no",
    }
