"""Page layout shared by HRDesk's PDF documents: A4 template, styles, header and footer
with "Page x of y", a personal-data marking, table of contents entries and PDF outline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from . import fonts
from .fonts import para

UN_BLUE = colors.HexColor("#0a4d8c")
LIGHT = colors.HexColor("#e8eef6")
GREY = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#b8c4d4")
ALERT = colors.HexColor("#b3261e")

PAGE_W, PAGE_H = A4
MARGIN = 2 * cm


def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("body", fontName=fonts.SANS, fontSize=9.5, leading=13.5, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    return {
        "body": base,
        "left": ParagraphStyle("left", parent=base, alignment=0),
        "numbered": ParagraphStyle("numbered", parent=base, leftIndent=0, firstLineIndent=0,
                                   bulletIndent=0, bulletFontName=fonts.SANS, bulletFontSize=9.5),
        "h1": ParagraphStyle("h1", parent=base, fontName=fonts.SANS_BOLD, fontSize=15, leading=19,
                             textColor=UN_BLUE, spaceBefore=4, spaceAfter=10, alignment=0),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.SANS_BOLD, fontSize=11.5, leading=15,
                             textColor=UN_BLUE, spaceBefore=10, spaceAfter=6, alignment=0, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=fonts.SANS_BOLD, fontSize=10, leading=13,
                             spaceBefore=6, spaceAfter=4, alignment=0, keepWithNext=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, alignment=0, spaceAfter=2),
        "note": ParagraphStyle("note", parent=base, fontSize=8, leading=10.5, alignment=0, spaceAfter=1,
                               leftIndent=12, bulletIndent=0, bulletFontName=fonts.SANS, bulletFontSize=7),
        "cell": ParagraphStyle("cell", fontName=fonts.CONDENSED, fontSize=8, leading=10),
        "cell_r": ParagraphStyle("cell_r", fontName=fonts.CONDENSED, fontSize=8, leading=10, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", fontName=fonts.CONDENSED_BOLD, fontSize=8, leading=10,
                               textColor=colors.white),
        "head_r": ParagraphStyle("head_r", fontName=fonts.CONDENSED_BOLD, fontSize=8, leading=10,
                                 textColor=colors.white, alignment=TA_RIGHT),
        "cover_title": ParagraphStyle("cover_title", fontName=fonts.SANS_BOLD, fontSize=24, leading=30,
                                      textColor=UN_BLUE, spaceAfter=14),
        "cover_sub": ParagraphStyle("cover_sub", fontName=fonts.SANS, fontSize=13, leading=18,
                                    textColor=colors.black, spaceAfter=8),
        "cover_meta": ParagraphStyle("cover_meta", fontName=fonts.SANS, fontSize=10, leading=14,
                                     textColor=GREY, spaceAfter=3),
        "alert": ParagraphStyle("alert", fontName=fonts.SANS_BOLD, fontSize=9, leading=12,
                                textColor=ALERT, alignment=TA_CENTER),
        "figure": ParagraphStyle("figure", fontName=fonts.SANS_BOLD, fontSize=20, leading=24,
                                 textColor=UN_BLUE, alignment=TA_CENTER),
        "figure_label": ParagraphStyle("figure_label", fontName=fonts.SANS, fontSize=8, leading=10,
                                       textColor=GREY, alignment=TA_CENTER),
        "toc1": ParagraphStyle("toc1", fontName=fonts.SANS_BOLD, fontSize=10, leading=16, leftIndent=0),
        "toc2": ParagraphStyle("toc2", fontName=fonts.SANS, fontSize=9.5, leading=14, leftIndent=16),
    }


class Heading(Paragraph):
    """A heading that goes into the table of contents and the PDF outline."""

    def __init__(self, text: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(para(text), style)
        self.toc_text, self.toc_level = text, level


def heading(text: str, st: dict[str, ParagraphStyle], level: int = 0) -> Heading:
    return Heading(text, st["h1" if level == 0 else "h2"], level)


def table_of_contents(st: dict[str, ParagraphStyle]) -> TableOfContents:
    toc = TableOfContents()
    toc.levelStyles = [st["toc1"], st["toc2"]]
    toc.dotsMinLevel = 0
    return toc


@dataclass
class PageInfo:
    """What the header and footer say."""

    left: str           # office
    right: str          # period
    footer_left: str    # generated on …
    page_text: Callable[[int, int], str]  # (page, total) → "Page x of y"
    personal_data: str = ""               # marking when names are included, "" otherwise
    first_page_plain: bool = True          # no header/footer on the cover


def decorate(canv: Canvas, info: PageInfo, page: int, total: int | None) -> None:
    """Draw the header, the footer ("Page x of y") and the personal-data marking."""
    if info.personal_data:
        canv.saveState()
        canv.setFillColor(ALERT)
        canv.setFont(fonts.SANS_BOLD, 7.5)
        canv.drawCentredString(PAGE_W / 2, PAGE_H - 0.9 * cm, fonts.visual(info.personal_data))
        canv.restoreState()
    if page == 1 and info.first_page_plain:
        return
    canv.saveState()
    canv.setFont(fonts.SANS, 7.5)
    canv.setFillColor(GREY)
    y = PAGE_H - MARGIN + 0.55 * cm
    canv.drawString(MARGIN, y, fonts.visual(info.left))
    canv.drawRightString(PAGE_W - MARGIN, y, fonts.visual(info.right))
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(MARGIN, y - 0.18 * cm, PAGE_W - MARGIN, y - 0.18 * cm)
    fy = MARGIN - 0.9 * cm
    canv.line(MARGIN, fy + 0.35 * cm, PAGE_W - MARGIN, fy + 0.35 * cm)
    canv.drawString(MARGIN, fy, fonts.visual(info.footer_left))
    if total:
        canv.drawRightString(PAGE_W - MARGIN, fy, info.page_text(page, total))
    canv.restoreState()


def numbered_canvas(info: PageInfo):
    """A canvas class that draws header and footer once the number of pages is known
    (for documents built in one pass; it keeps every page until the end)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                decorate(self, info, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class ReportDoc(BaseDocTemplate):
    """A4 portrait document whose headings feed the table of contents and the outline.
    ``check`` is called after each flowable (progress and cancel).  With ``info``, pages
    get header and footer as they are laid out; the total of "Page x of y" comes from the
    previous pass of ``multiBuild`` (the last pass lays out the same pages)."""

    def __init__(self, filename, *, check: Callable[[], None] | None = None, info: PageInfo | None = None,
                 **kwargs) -> None:
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN, **kwargs)
        frame = Frame(MARGIN, MARGIN, PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        options = {"onPageEnd": self._decorate} if info else {}
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], **options)])
        self._check = check
        self._info = info
        self._seq = 0
        self._total: int | None = None

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        decorate(canv, self._info, canv.getPageNumber(), self._total)

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._check:
            self._check()
        if isinstance(flowable, Heading):
            self._seq += 1
            key = f"h{self._seq}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, flowable.toc_level, closed=True)
            self.notify("TOCEntry", (flowable.toc_level, para(flowable.toc_text), self.page, key))

    def handle_documentBegin(self):
        self._seq = 0
        super().handle_documentBegin()

    def _endBuild(self):
        self._total = self.page  # pages of this pass: the total printed by the next one
        super()._endBuild()


WIDTH = PAGE_W - 2 * MARGIN


def _min_width(value: object, font: str, size: float = 8) -> float:
    """Width of the longest word of a cell (a column must not split words)."""
    if value is None or isinstance(value, Flowable):
        return 0
    items = value if isinstance(value, list | tuple) else [value]
    words = [w for item in items for w in fonts.visual(str(item)).split()]
    return max((stringWidth(w, font, size) for w in words), default=0)


def _fit_widths(widths: list[float], mins: list[float], total: float = 0) -> list[float]:
    """Scale ``widths`` to ``total`` (the frame) and widen columns narrower than their longest
    word, taking the room from the columns with the most slack."""
    scale = (total or WIDTH) / sum(widths)
    result = [w * scale for w in widths]
    for _round in range(3):
        deficit = sum(max(0, m - w) for w, m in zip(result, mins, strict=True))
        if deficit <= 0.5:
            break
        slack = [max(0, w - m) for w, m in zip(result, mins, strict=True)]
        total_slack = sum(slack)
        if total_slack <= 0:
            break
        take = min(deficit, total_slack)
        result = [max(w, m) if w < m else w - take * sl / total_slack
                  for w, m, sl in zip(result, mins, slack, strict=True)]
    return result


PAD = 3


def data_table(st: dict[str, ParagraphStyle], header: list[str], rows: list[list[object]],
               widths: list[float], *, numeric: set[int] = frozenset(), total_row: bool = False,
               width: float = 0) -> Table:
    """A table with a coloured repeated header, zebra rows and right-aligned numbers.
    Cells are plain text (escaped and shaped here), lists of lines, or flowables."""
    def cell(value: object, i: int, head: bool = False) -> object:
        if isinstance(value, Flowable):
            return value
        if i in numeric and not head and not isinstance(value, list | tuple):
            return "" if value is None else fonts.visual(str(value))  # plain strings draw fastest
        key = ("head" if head else "cell") + ("_r" if i in numeric else "")
        if isinstance(value, list | tuple):
            return Paragraph("<br/>".join(para(str(v)) for v in value), st[key])
        return Paragraph(para("" if value is None else str(value)), st[key])

    sample = rows[:50]
    mins = [max(_min_width(header[i], fonts.CONDENSED_BOLD),
                max((_min_width(r[i], fonts.CONDENSED) for r in sample), default=0)) + 2 * PAD + 1
            for i in range(len(header))]
    data = [[cell(h, i, True) for i, h in enumerate(header)]]
    data += [[cell(v, i) for i, v in enumerate(r)] for r in rows]
    t = Table(data, colWidths=_fit_widths(widths, mins, width), repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), UN_BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("FONT", (0, 1), (-1, -1), fonts.CONDENSED, 8, 10),
    ]
    for i in numeric:
        style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    for r in range(2, len(data), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), LIGHT))
    if total_row and len(data) > 1:
        style += [("LINEABOVE", (0, -1), (-1, -1), 0.8, UN_BLUE), ("BACKGROUND", (0, -1), (-1, -1), colors.white),
                  ("FONT", (0, -1), (-1, -1), fonts.CONDENSED_BOLD, 8, 10)]
        for c in data[-1]:
            if isinstance(c, Paragraph):
                c.style = ParagraphStyle("tot", parent=c.style, fontName=fonts.CONDENSED_BOLD)
    t.setStyle(TableStyle(style))
    return t
