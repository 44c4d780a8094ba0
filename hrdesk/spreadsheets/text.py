"""User text in a workbook is always text.

A title such as ``=HYPERLINK("http://x","click")`` or a name such as ``-2+3`` or
``@SUM(A1)`` must reach the reader as typed: never stored as a formula (``<f>``), and
marked with quotePrefix so that editing the cell in Excel or LibreOffice keeps it text.
Characters a workbook cannot hold (control characters) are dropped the way the input
boundary drops them (:func:`hrdesk.domain.cleaning.clean_text`).

Every workbook HRDesk writes uses these functions:

- write-only workbooks: ``ws.append([cell_value(ws, v) for v in row])`` or
  :func:`text_cell` when the cell needs a style;
- ordinary workbooks: :func:`protect_workbook` once before saving.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hrdesk.domain.cleaning import clean_text

if TYPE_CHECKING:
    from openpyxl.cell import WriteOnlyCell

# What a spreadsheet program may take for the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    return bool(text) and text.startswith(FORMULA_STARTS)


def sheet_text(text: str) -> str:
    """``text`` as a workbook can hold it (no control characters but tab and line feed)."""
    return clean_text(text)


def mark_text(cell: Any) -> Any:
    """Make an openpyxl cell holding a string a literal text cell (never ``<f>``)."""
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def text_cell(ws: Any, text: str) -> WriteOnlyCell:
    """A write-only cell holding ``text`` as literal text (styles may be added to it)."""
    # start-up time: openpyxl loads when a workbook is written, not with the exchange format
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=sheet_text(text))
    if is_formula_like(cell.value):
        mark_text(cell)
    return cell


def cell_value(ws: Any, value: Any) -> Any:
    """What to append to a write-only sheet for ``value``: strings made safe (a marked
    text cell when they look like a formula), anything else unchanged."""
    if type(value) is not str:
        return value
    if not value.isprintable():
        value = sheet_text(value)
    if value and value.startswith(FORMULA_STARTS):
        # start-up time: openpyxl loads when a workbook is written (and this case is rare)
        from openpyxl.cell import WriteOnlyCell

        return mark_text(WriteOnlyCell(ws, value=value))
    return value


def protect_cell(cell: Any) -> None:
    """Make one cell of an ordinary (not write-only) workbook safe, styles kept."""
    value = cell.value
    if type(value) is not str:
        return
    if not value.isprintable():
        value = sheet_text(value)
        cell.value = value
    if value and value.startswith(FORMULA_STARTS):
        cell.value = value
        mark_text(cell)


def protect_workbook(wb: Any) -> None:
    """Every string cell of an ordinary workbook written as literal text."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                protect_cell(cell)
