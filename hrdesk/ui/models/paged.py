"""A table model over a paged query: it knows the number of matches and keeps only the
pages of rows that were looked at (never all rows), fetched on demand in sorted order.

The first page is fetched at once; when it is full, the number of matches is counted on the
database worker thread (``run_async``) and the rows appear meanwhile — so typing in a
search box never waits for a count over 100,000 rows."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication

PAGE_SIZE = 100
MAX_PAGES = 80   # at most 8,000 rows cached
ASYNC_SORT_ROWS = 5_000


@dataclass(frozen=True)
class Column:
    key: str                          # sort key for the service ("" = not sortable)
    title: Callable[[], str]          # translated at display time
    text: Callable[[dict[str, Any]], str]
    align_right: bool = False
    tooltip: Callable[[dict[str, Any]], str] | None = None   # None: the text itself


# count(filter) -> int ; fetch(filter, sort, descending, offset, limit) -> rows
CountFn = Callable[[Any], int]
FetchFn = Callable[[Any, str, bool, int, int], list[dict[str, Any]]]

ROW_ROLE = Qt.ItemDataRole.UserRole
DELETED_COLOUR = QColor("#8a96a3")


def _deleted_font() -> QFont:
    font = QFont()
    font.setItalic(True)
    font.setStrikeOut(True)
    return font


class PagedTableModel(QAbstractTableModel):
    counted = Signal(int)   # the number of matches is known

    def __init__(self, columns: Sequence[Column], count: CountFn, fetch: FetchFn, *,
                 sort: str, descending: bool, parent=None) -> None:
        super().__init__(parent)
        # run_async(fn, done): fn() on the database thread, done(result) back on this one
        self.run_async: Callable[[Callable[[], Any], Callable[[Any], None]], None] | None = None
        self.counting = False
        self.sorting = False
        self._generation = 0        # of the filter (counts arriving late are ignored)
        self._sort_generation = 0
        self._pending_sort: tuple[str, bool] | None = None
        self.columns = list(columns)
        self._count, self._fetch = count, fetch
        self.filter: Any = None
        self.sort_key, self.descending = sort, descending
        self._total = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()

    # -- what to show -------------------------------------------------------------------
    def set_filter(self, flt: Any) -> None:
        self.filter = flt
        self.reload()

    def reload(self, *, keep_total: bool = False) -> None:
        """Fetch again from the first page.  ``keep_total``: the same search after a change
        elsewhere — keep the row count until the new count arrives (the view keeps its place)."""
        previous = self._total
        self.beginResetModel()
        self._pages.clear()
        self._generation += 1
        self.counting = False
        if self._pending_sort is not None:  # a sort still running: this reload applies it
            (self.sort_key, self.descending), self._pending_sort = self._pending_sort, None
            self._sort_generation += 1
            self.sorting = False
        if self.filter is None:
            self._total = 0
        else:
            first = self._fetch(self.filter, self.sort_key, self.descending, 0, PAGE_SIZE)
            self._pages[0] = first
            if len(first) < PAGE_SIZE:
                self._total = len(first)
            elif self.run_async is None:
                self._total = self._count(self.filter)
            else:
                self._total = previous if keep_total and previous >= len(first) else len(first)
                self.counting = True
                generation, flt = self._generation, self.filter
                self.run_async(lambda: self._count(flt) if generation == self._generation else -1,
                               lambda n: self._count_arrived(generation, n))
        self.endResetModel()
        if not self.counting:
            self.counted.emit(self._total)

    def _count_arrived(self, generation: int, total: int) -> None:
        if generation != self._generation or total < 0:
            return  # a newer search replaced this one
        self.counting = False
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            self.endRemoveRows()
        self.counted.emit(self._total)

    @property
    def total(self) -> int:
        return self._total

    def row(self, index: int) -> dict[str, Any] | None:
        if not 0 <= index < self._total:
            return None
        number = index // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(self.filter, self.sort_key, self.descending, number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = index - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            row = self.row(index.row())
            column = self.columns[index.column()]
            if not row:
                return ""
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
                return column.tooltip(row)
            return column.text(row)
        if role == ROW_ROLE:
            return self.row(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row(index.row())
            if row and row.get("deleted_at"):
                return DELETED_COLOUR
        if role == Qt.ItemDataRole.FontRole:
            row = self.row(index.row())
            if row and row.get("deleted_at"):
                return _deleted_font()
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL.  Small lists re-sort at once; a long one (sorting 100,000 people on a
        column without an index takes a moment) is sorted on the database thread while the
        current rows stay on screen."""
        key = self.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if not key:
            return
        self._sort_generation += 1
        if self.filter is None:
            self.sort_key, self.descending = key, descending
            return
        if self.run_async is None or self._total <= ASYNC_SORT_ROWS:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                rows = self._fetch(self.filter, key, descending, 0, PAGE_SIZE)
                self._apply_sort(key, descending, rows)
            finally:
                QGuiApplication.restoreOverrideCursor()
            return
        generation, flt = self._sort_generation, self.filter
        self._pending_sort = (key, descending)
        self.sorting = True
        self.run_async(lambda: self._fetch(flt, key, descending, 0, PAGE_SIZE),
                       lambda rows: self._sort_arrived(generation, key, descending, rows))

    def _sort_arrived(self, generation: int, key: str, descending: bool, rows: list[dict[str, Any]]) -> None:
        if generation != self._sort_generation:
            return  # another sort or a new filter came since
        self._apply_sort(key, descending, rows)

    def _apply_sort(self, key: str, descending: bool, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.sort_key, self.descending = key, descending
        self._pending_sort = None
        self.sorting = False
        self._pages.clear()
        self._pages[0] = rows
        self.endResetModel()

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == self.sort_key), -1)
