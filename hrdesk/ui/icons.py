"""Icons drawn as SVG in ``resources/icons`` (crisp at any screen scale)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from hrdesk import paths


@cache
def icon(name: str) -> QIcon:
    path = paths.resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("hrdesk")
