"""The colours of the charts, declared once: the Dashboard (Qt), the Excel charts (openpyxl)
and the PDF (reportlab) all read them from here, so a category has the same colour on the
screen and on paper (Female and Male the same in the three).  Hex strings, "#rrggbb"."""

from __future__ import annotations

ACCENT = "#1f4e79"          # bars of a single series
TITLE = "#35506b"           # chart titles
GRID = "#e3e8ed"            # grid lines
AXIS = "#b8c4d4"            # axis lines

# slices of a breakdown without colours of its own, in order
SERIES = ("#1f4e79", "#e07b39", "#4a9d8f", "#b8546b", "#8a7bb8", "#d9b44a", "#6b8e23", "#7f8c8d")

# colours that belong to a category, whatever its rank in a chart
CATEGORY = {
    ("sex", "female"): "#b8546b",
    ("sex", "male"): "#1f4e79",
    ("sex", "other"): "#d9b44a",
    ("sex", "undisclosed"): "#7f8c8d",
}


def colour(choices: str | None, code: str | None, index: int) -> str:
    """The colour of ``code`` of the choice list named ``choices`` (e.g. ``"sex"``), or the
    ``index``-th colour of :data:`SERIES` for categories without one."""
    return CATEGORY.get((choices or "", code or ""), SERIES[index % len(SERIES)])


def colours(choices: str | None, codes: list[str | None]) -> list[str]:
    return [colour(choices, code, i) for i, code in enumerate(codes)]
