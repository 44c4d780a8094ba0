"""The follow-up views of the Recommendations page: the clusters × status matrix (a click
filters the list to its cell) and the clusters dialog (create, rename, assign the selected
recommendations, see the suggestions and accept one).  Counts come from
:mod:`hrdesk.services.followup`, computed on the worker thread."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain import choices as C
from hrdesk.domain.errors import HRDeskError
from hrdesk.services import followup
from hrdesk.services import recommendations as recs
from hrdesk.services.queries import NONE
from hrdesk.ui.context import AppContext
from hrdesk.ui.labels import choice_label

TOTAL = "__total__"
HEADER_LINE = 16          # characters per line of a status heading
CLUSTER_NAME_WIDTH = 300  # pixels: longer cluster names are elided (whole in the tooltip)


class MatrixPanel(QWidget):
    """Clusters (rows) × current status (columns), with totals; ``cell_clicked(cluster,
    status)`` when a count is clicked (cluster ``NONE``: in no cluster; status None: all)."""

    cell_clicked = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("Follow-up matrix: click a count to list those recommendations."), self)
        self.caption.setObjectName("hint")
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAccessibleName(self.tr("Follow-up matrix"))
        self.table.cellClicked.connect(self._clicked)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.rows = rows
        statuses = list(followup.STATUSES)
        t = self.table
        t.clear()
        t.setColumnCount(len(statuses) + 1)
        labels = [choice_label(C.IMPLEMENTATION_STATUS, s) for s in statuses] + [self.tr("Total")]
        # long status names ("Partiellement mise en œuvre") on two lines rather than cut
        t.setHorizontalHeaderLabels([textwrap.fill(label, HEADER_LINE) for label in labels])
        t.setRowCount(len(rows) + 1)
        names = [r["name"] if r["cluster"] else self.tr("Not in a cluster") for r in rows] + [self.tr("Total")]
        # a long cluster name is elided here, with the headings' bold font (the header's own
        # eliding measures the plain font: the name was cut mid-word, without '…'); whole in its tooltip
        bold = QFont(t.verticalHeader().font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        t.setVerticalHeaderLabels([metrics.elidedText(name, Qt.TextElideMode.ElideRight, CLUSTER_NAME_WIDTH)
                                   for name in names])
        for i, text in enumerate(names):
            t.verticalHeaderItem(i).setToolTip(text)
        for i, r in enumerate(rows):
            for j, s in enumerate(statuses):
                self._set(i, j, r["counts"].get(s, 0), r["cluster"] or NONE, s)
            self._set(i, len(statuses), r["total"], r["cluster"] or NONE, None)
        for j, s in enumerate(statuses):
            self._set(len(rows), j, sum(r["counts"].get(s, 0) for r in rows), TOTAL, s)
        self._set(len(rows), len(statuses), sum(r["total"] for r in rows), TOTAL, None)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.resizeRowsToContents()
        # every row shown (the total row included) up to a third of a small screen
        height = t.horizontalHeader().sizeHint().height() + t.verticalHeader().length() + 2 * t.frameWidth() + 2
        t.setFixedHeight(min(height, 260))

    def _set(self, row: int, column: int, n: int, cluster: str, status: str | None) -> None:
        item = QTableWidgetItem(str(n))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(Qt.ItemDataRole.UserRole, (cluster, status))
        if not n:
            item.setForeground(Qt.GlobalColor.gray)
        self.table.setItem(row, column, item)

    def _clicked(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if item is not None:
            cluster, status = item.data(Qt.ItemDataRole.UserRole)
            self.cell_clicked.emit(None if cluster == TOTAL else cluster, status)


class ClusterDialog(QDialog):
    """Clusters: create, rename, assign the recommendations selected on the page (or take
    them out of any cluster), and the service's suggestions, one of which can be accepted
    (it becomes a cluster holding its recommendations).  Not modal: the list stays usable."""

    def __init__(self, ctx: AppContext, selected: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.selected = ctx, selected
        self.setWindowTitle(self.tr("Clusters"))
        self.resize(720, 480)
        grid = QGridLayout(self)
        self.clusters = QListWidget(self)
        self.clusters.setAccessibleName(self.tr("Clusters"))
        self.clusters.setWordWrap(True)   # a long name on two lines, not cut behind a scroll bar
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Cluster name"))
        self.name.setAccessibleName(self.tr("Cluster name"))
        self.create_button = QPushButton(self.tr("Create"), self)
        self.rename_button = QPushButton(self.tr("Rename"), self)
        self.assign_button = QPushButton(self.tr("Put the selected recommendations in this cluster"), self)
        self.unassign_button = QPushButton(self.tr("Take the selected recommendations out of their cluster"), self)
        self.suggestions = QListWidget(self)
        self.suggestions.setAccessibleName(self.tr("Suggestions"))
        self.suggestions.setWordWrap(True)
        for names in (self.clusters, self.suggestions):   # where one wrapped entry ends and the next begins
            names.setSpacing(2)
            names.setAlternatingRowColors(True)
        self.accept_button = QPushButton(self.tr("Accept the suggestion"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Clusters"), self))
        left.addWidget(self.clusters, 1)
        names = QHBoxLayout()
        names.addWidget(self.name, 1)
        names.addWidget(self.create_button)
        names.addWidget(self.rename_button)
        left.addLayout(names)
        left.addWidget(self.assign_button)
        left.addWidget(self.unassign_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Suggestions (recommendations not yet in a cluster)"), self))
        right.addWidget(self.suggestions, 1)
        right.addWidget(self.accept_button)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.message, 1, 0, 1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        grid.addWidget(buttons, 2, 0, 1, 2)
        self.clusters.currentItemChanged.connect(self._current_changed)
        self.create_button.clicked.connect(self.create)
        self.rename_button.clicked.connect(self.rename)
        self.assign_button.clicked.connect(self.assign)
        self.unassign_button.clicked.connect(lambda: self.assign(none=True))
        self.accept_button.clicked.connect(self.accept_suggestion)
        self.loaded = False
        self.reload()

    # -- data, on the worker thread ------------------------------------------------------
    def reload(self) -> None:
        self.loaded = False
        db = self.ctx.db
        self.ctx.worker.run(lambda _p: (recs.list_clusters(db), recs.suggest_clusters(db)), self._show,
                            self._failed)

    def _show(self, result) -> None:
        clusters, suggestions = result
        current = self.current_cluster()
        self.clusters.clear()
        for c in clusters:
            item = QListWidgetItem(self.tr("%1 (%Ln recommendation(s))", "", c["recommendations"]).replace(
                "%1", c["name"]), self.clusters)
            item.setData(Qt.ItemDataRole.UserRole, c)
            item.setToolTip(item.text())
            if current and c["uuid"] == current["uuid"]:
                self.clusters.setCurrentItem(item)
        self.suggestions.clear()
        for sgn in suggestions:
            item = QListWidgetItem(sgn.explanation, self.suggestions)
            item.setData(Qt.ItemDataRole.UserRole, sgn)
        self.loaded = True

    def _failed(self, exc: Exception) -> None:
        self.message.setText(str(exc))
        self.loaded = True

    def current_cluster(self) -> dict | None:
        item = self.clusters.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _current_changed(self, *_args) -> None:
        c = self.current_cluster()
        if c:
            self.name.setText(c["name"])

    # -- actions (one service call each, short: on the interface thread) -----------------------
    def _do(self, action: Callable[[], str]) -> None:
        try:
            self.message.setText(action())
        except HRDeskError as exc:
            self.message.setText(str(exc))
            return
        self.ctx.notify("recommendation")
        self.reload()

    def create(self) -> None:
        name = self.name.text().strip()
        self._do(lambda: self.tr("Cluster '%1' created.").replace(
            "%1", recs.create_cluster(self.ctx.db, {"name": name})["name"]))

    def rename(self) -> None:
        c = self.current_cluster()
        if c is None:
            self.message.setText(self.tr("Choose the cluster to rename."))
            return
        name = self.name.text().strip()
        self._do(lambda: self.tr("Cluster renamed to '%1'.").replace(
            "%1", recs.edit_cluster(self.ctx.db, c["uuid"], {"name": name})["name"]))

    def assign(self, *, none: bool = False) -> None:
        uuids = self.selected()
        c = None if none else self.current_cluster()
        if not uuids:
            self.message.setText(self.tr("Select recommendations in the list first."))
            return
        if c is None and not none:
            self.message.setText(self.tr("Choose a cluster first."))
            return
        self._do(lambda: self.tr("%Ln recommendation(s) changed.", "",
                                 recs.assign_cluster(self.ctx.db, uuids, c["uuid"] if c else None)))

    def accept_suggestion(self) -> None:
        item = self.suggestions.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a suggestion first."))
            return
        sgn = item.data(Qt.ItemDataRole.UserRole)
        name = self.name.text().strip() if self.name.text().strip() and self.current_cluster() is None else sgn.value
        self._do(lambda: self.tr("Cluster '%1' created with %Ln recommendation(s).", "",
                                 len(sgn.recommendations)).replace(
            "%1", recs.create_cluster(self.ctx.db, {"name": name[:200]}, sgn.recommendations)["name"]))
