"""The embedded Unicode font (DejaVu Sans, shipped in resources/fonts) and text shaping
for right-to-left scripts (Arabic letters joined with arabic-reshaper, reordered with
python-bidi) so that every name renders in a PDF."""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hrdesk import paths

SANS, SANS_BOLD, SANS_ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
CONDENSED, CONDENSED_BOLD = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"

_RTL = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")


@cache
def register() -> None:
    """Register the fonts with reportlab (once per process)."""
    for name in (SANS, SANS_BOLD, SANS_ITALIC, CONDENSED, CONDENSED_BOLD):
        pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", f"{name}.ttf"))))
    for family, regular, bold, italic in ((SANS, SANS, SANS_BOLD, SANS_ITALIC),
                                          (CONDENSED, CONDENSED, CONDENSED_BOLD, CONDENSED)):
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold)


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


def visual(text: str | None) -> str:
    """Text in the order it is drawn: Arabic joined and right-to-left, others unchanged."""
    if not text:
        return ""
    if not has_rtl(text):
        return text
    from bidi.algorithm import get_display  # start-up time: loaded only for right-to-left text
    return get_display(_reshaper().reshape(text))


@cache
def _reshaper():
    """An Arabic reshaper that only uses ligatures the embedded font can draw."""
    import arabic_reshaper  # start-up time: loaded only for Arabic text
    from arabic_reshaper.ligatures import LIGATURES

    glyphs = TTFont("probe", str(paths.resource("fonts", f"{SANS}.ttf"))).face.charToGlyph
    config = {name: False for name, (_match, forms) in LIGATURES
              if any(ch and any(ord(c) not in glyphs for c in ch) for ch in forms)}
    return arabic_reshaper.ArabicReshaper(configuration=config)


def para(text: str | None) -> str:
    """Escaped paragraph markup of plain text (shaped for RTL scripts)."""
    return escape(visual(text or ""))
