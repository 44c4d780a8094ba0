"""What the Activities, Participants and Recommendations pages share: a heading with the
number of matches, a debounced search box, a filter bar, a lazy table, an empty state,
an undo banner after deletions, and the context menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.errors import HRDeskError
from hrdesk.ui.icons import icon
from hrdesk.ui.models.paged import ROW_ROLE, PagedTableModel
from hrdesk.ui.pages.base import EmptyState, Page
from hrdesk.ui.undo import DeleteCommand
from hrdesk.ui.widgets.compact import compact

SEARCH_DELAY_MS = 250


class ListPage(Page):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = model = self.make_model()
        model.run_async = lambda fn, done: ctx.worker.run(lambda _p: fn(), done)
        model.counted.connect(self._counted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(8)
        head = QHBoxLayout()
        self.heading = QLabel(self.title(), self)
        self.heading.setObjectName("pageTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("matchCount")
        self.new_button = QPushButton(self.new_label(), self)
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_record)
        head.addWidget(self.heading)
        head.addSpacing(12)
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        self.extra_buttons = QHBoxLayout()
        head.addLayout(self.extra_buttons)
        head.addWidget(self.new_button)
        layout.addLayout(head)

        bar = QFrame(self)
        bar.setObjectName("filterBar")
        self.filters = QGridLayout(bar)
        self.filters.setContentsMargins(10, 8, 10, 8)
        self.filters.setHorizontalSpacing(8)
        self.search = QLineEdit(bar)
        self.search.setPlaceholderText(self.search_hint())
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search"))
        self.filters.addWidget(self.search, 0, 0, 1, 2)
        layout.addWidget(bar)

        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("filterBar")
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(10, 4, 10, 4)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_button = QPushButton(icon("undo"), self.tr("Undo"), self.undo_bar)
        self.undo_button.clicked.connect(self.undo_delete)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)

        self.stack = QStackedWidget(self)
        self.table = QTableView(self.stack)
        self.table.setModel(model)
        # The indicator first: enabling sorting sorts by it at once, and Qt's default
        # indicator (descending) would otherwise open every list Z→A.
        self.table.horizontalHeader().setSortIndicator(
            model.sort_column(), Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda index: self.open_row(model.data(index, ROW_ROLE)))
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, context=Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self.open_row(model.data(self.table.currentIndex(), ROW_ROLE)))
        self.table.setAccessibleName(self.title())
        self.empty = EmptyState(self.icon_name, "", "", self.stack)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._deleted: list[str] = []
        self._loaded = False

    def _combo(self, any_text: str, items) -> QComboBox:
        """A filter list: 'any …' first (no filter), then (code, label) items."""
        combo = QComboBox(self)
        combo.addItem(any_text, None)
        for code, label in items:
            combo.addItem(label, code)
        return compact(combo)

    # -- subclass hooks ---------------------------------------------------------------------
    def make_model(self) -> PagedTableModel:  # pragma: no cover - subclasses
        raise NotImplementedError

    def new_label(self) -> str:
        return self.tr("New")

    def search_hint(self) -> str:
        return self.tr("Search")

    _pinned: tuple[Any, Any] | None = None

    def current_filter(self):
        """The filter bar's filter, or a figure's filter set by :meth:`pin` (a Dashboard or
        report click-through) until the bar changes."""
        bar = self.bar_filter()
        if self._pinned and self._pinned[0] == bar:
            return self._pinned[1]
        self._pinned = None
        return bar

    def pin(self, flt: Any) -> None:
        """Hold ``flt`` (what the filter bar can show of it already shown there) until the bar
        changes: what the bar cannot show (several kinds, a period's people…) holds too."""
        self._pinned = (self.bar_filter(), flt)

    def bar_filter(self):  # pragma: no cover - subclasses
        raise NotImplementedError

    def empty_texts(self, filtered: bool) -> tuple[str, str]:  # pragma: no cover
        raise NotImplementedError

    def count_text(self, n: int) -> str:  # pragma: no cover
        raise NotImplementedError

    def editor_class(self):  # pragma: no cover - subclasses
        """The editor dialog class of this page's records (imported lazily)."""
        raise NotImplementedError

    def new_record(self) -> None:
        self.open_editor(None)

    def open_row(self, row: dict | None) -> None:
        """Open the editor on a (live) row."""
        if row and not row.get("deleted_at"):
            self.open_editor(row["uuid"])

    def open_editor(self, uuid: str | None):
        editor = self.editor_class()(self.ctx, self.window(), uuid)
        editor.open()
        self.editor = editor
        return editor

    def context_actions(self, menu, rows: list[dict]) -> None:
        """Add actions to the context menu."""
        menu.addAction(self.tr("Open"), lambda: self.open_row(rows[0]))

    def delete_rows(self, uuids: list[str]) -> int:  # pragma: no cover
        raise NotImplementedError

    def restore_rows(self, uuids: list[str]) -> int:  # pragma: no cover
        raise NotImplementedError

    def is_filtered(self) -> bool:
        return bool(self.search.text().strip())

    # -- behaviour --------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded:
            self.apply_filter()

    def refresh(self) -> None:
        self.apply_filter()

    def apply_filter(self) -> None:
        self._timer.stop()
        self._loaded = True
        flt = self.current_filter()
        if self.model.filter is not None and flt == self.model.filter:   # same search: keep the place
            scroll = self.table.verticalScrollBar().value()
            current = self.table.currentIndex()
            self.model.reload(keep_total=True)
            if current.isValid() and current.row() < self.model.total:
                self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
            self.table.verticalScrollBar().setValue(scroll)
        else:
            self.model.set_filter(flt)
        if self.model.counting:
            self.count_label.setText(self.tr("Counting…"))
        n = self.model.total
        if n == 0:
            self.empty.set_text(*self.empty_texts(self.is_filtered()))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)

    def _counted(self, n: int) -> None:
        self.count_label.setText(self.count_text(n))

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_rows(self) -> list[dict]:
        rows = [self.model.row(i.row()) for i in self.table.selectionModel().selectedRows()]
        return [r for r in rows if r]

    def _context_menu(self, pos) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        rows = self.selected_rows()
        if not rows:
            return
        menu = QMenu(self)
        self.context_actions(menu, rows)
        if not any(r.get("deleted_at") for r in rows):
            menu.addSeparator()
            menu.addAction(icon("delete"), self.tr("Delete…"), self.delete_selected)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self._menu = menu

    def delete_selected(self) -> None:
        rows = [r for r in self.selected_rows() if not r.get("deleted_at")]
        if rows and self.confirm_delete(len(rows)):
            self.delete_uuids([r["uuid"] for r in rows])

    def confirm_delete(self, n: int) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete"), self.delete_question(n),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def delete_question(self, n: int) -> str:
        return self.tr("Delete %Ln record(s)? You can undo this.", "", n)

    def delete_uuids(self, uuids: list[str]) -> None:
        try:
            n = self.delete_rows(uuids)   # done first: a refusal (read-only…) leaves no undo step
        except HRDeskError as exc:
            self.report_error(exc)
            return
        # the page's tr(): lupdate 6.11 sees no plural in QCoreApplication.translate(…, n)
        self.ctx.undo_stack.push(DeleteCommand(self, uuids, n, self.tr("Delete %Ln record(s)", "", len(uuids))))

    def report_error(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not done"), str(exc))

    def after_delete(self, uuids: list[str], n: int) -> None:
        self._deleted = uuids
        self.undo_label.setText(self.deleted_text(n))
        self.undo_bar.show()
        self.apply_filter()

    def deleted_text(self, n: int) -> str:
        return self.tr("%Ln record(s) deleted.", "", n)

    def undo_delete(self) -> None:
        self.ctx.undo_stack.undo()

    def after_restore(self, n: int) -> None:
        self.undo_bar.hide()
        self.apply_filter()
        self.ctx.message.emit(self.tr("%Ln record(s) restored.", "", n))

    def resize_columns(self, widths: list[int]) -> None:
        """Column widths (0 = stretch), never narrower than the translated heading."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for i, w in enumerate(widths):
            if w <= 0:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            else:
                title = self.model.headerData(i, Qt.Orientation.Horizontal) or ""
                header.resizeSection(i, max(w, metrics.horizontalAdvance(title) + 34))
