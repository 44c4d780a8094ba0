"""Audit trail: who changed which record when, filterable by kind of record, record, user and
period.  Reads ``hrdesk.services.audit.entries`` on the worker thread, 200 entries at a time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.services import audit, settings
from hrdesk.ui.context import AppContext
from hrdesk.ui.labels import format_datetime
from hrdesk.ui.pages.base import Page

PAGE_SIZE = 200


class AuditPage(Page):
    key, icon_name = "audit", "info"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        subtitle = QLabel(self.tr("Every change to a record: who made it, when, and which fields changed "
                                  "(never the values)."), self)
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)
        layout.addWidget(subtitle)

        filters = QHBoxLayout()
        self.record_type = QComboBox(self)
        self.record_type.setAccessibleName(self.tr("Kind of record"))
        for code, label in self._record_types():
            self.record_type.addItem(label, code)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for code, label in ((None, self.tr("Any time")), (1, self.tr("Last 24 hours")),
                            (7, self.tr("Last 7 days")), (30, self.tr("Last 30 days")),
                            (365, self.tr("Last 12 months"))):
            self.period.addItem(label, code)
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(self.tr("User name"))
        self.user.setAccessibleName(self.tr("User name"))
        self.record = QLineEdit(self)
        self.record.setPlaceholderText(self.tr("Record id"))
        self.record.setAccessibleName(self.tr("Record id"))
        self.record.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        for label, widget in ((self.tr("Record"), self.record_type), (self.tr("Period"), self.period)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.user, 1)
        filters.addWidget(self.record, 2)
        filters.addWidget(self.clear_button)
        layout.addLayout(filters)

        self.table = QTableWidget(0, 7, self)
        self.table.setAccessibleName(self.tr("Changes recorded"))
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("User"), self.tr("Action"), self.tr("Record"), self.tr("Title"),
            self.tr("Version"), self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)   # long titles: elided, tooltip
        self.table.setColumnWidth(4, 380)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("Double-click a row to see the whole history of that record."))
        self.table.cellDoubleClicked.connect(self._history_of_row)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("pageSubtitle")
        self.more = QPushButton(self.tr("Show more"), self)
        self.more.clicked.connect(self.load_more)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more)
        layout.addLayout(bottom)

        self.record_type.currentIndexChanged.connect(self.reload)
        self.period.currentIndexChanged.connect(self.reload)
        self.user.editingFinished.connect(self.reload)
        self.record.editingFinished.connect(self.reload)

    def title(self) -> str:
        return self.tr("Audit trail")

    def _record_types(self) -> list[tuple[str | None, str]]:
        return [(None, self.tr("All records")), ("activity", self.tr("Activities")),
                ("participant", self.tr("Participants")), ("participation", self.tr("Participations")),
                ("recommendation", self.tr("Recommendations")), ("office", self.tr("Offices"))]

    def _action_label(self, action: str) -> str:
        labels = {"create": self.tr("Created"), "update": self.tr("Changed"), "delete": self.tr("Deleted"),
                  "restore": self.tr("Restored"), "merge": self.tr("Merged")}
        return labels.get(action, action)

    def _type_label(self, code: str) -> str:
        labels = {"activity": self.tr("Activity"), "participant": self.tr("Participant"),
                  "participation": self.tr("Participation"), "recommendation": self.tr("Recommendation"),
                  "office": self.tr("Office")}
        return labels.get(code, code)

    # -- filters and loading ---------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        days = self.period.currentData()
        since = (dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=days)) if days else None
        return {"record_type": self.record_type.currentData(), "record_uuid": self.record.text().strip() or None,
                "user_name": self.user.text().strip() or None, "since": since}

    def clear_filters(self) -> None:
        for combo in (self.record_type, self.period):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.user.clear()
        self.record.clear()
        self.reload()

    def show_record(self, record_uuid: str) -> None:
        """Show the history of one record (e.g. from an editor's "History" button)."""
        self.record.setText(record_uuid)
        self.reload()

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._load(0)

    def load_more(self) -> None:
        self._load(len(self.rows))

    def _load(self, offset: int) -> None:
        if self._loading:
            return
        self._loading = True
        db, query = self.ctx.db, self.filters()
        self.status.setText(self.tr("Loading…"))
        self.ctx.worker.run(lambda _progress: self._entries(db, offset, query),
                            lambda result: self._loaded(offset, result), self._failed)

    @staticmethod
    def _entries(db, offset: int, query: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
        """A page of entries, each with its record's title (a person's name only when the
        office's privacy level is full; their code otherwise)."""
        rows, total = audit.entries(db, offset=offset, limit=PAGE_SIZE, **query)
        names = settings.default_privacy(db).shows_names
        titles = audit.record_titles(db, [(r["record_type"], r["record_uuid"]) for r in rows], names=names)
        for r in rows:
            r["record_title"] = titles.get((r["record_type"], r["record_uuid"]), "")
        return rows, total

    def _loaded(self, offset: int, result: tuple[list[dict[str, Any]], int]) -> None:
        self._loading = False
        rows, self.total = result
        self.rows = (self.rows[:offset] if offset else []) + rows
        self.table.setRowCount(len(self.rows))
        for i in range(offset, len(self.rows)):
            self._fill_row(i, self.rows[i])
        self.status.setText(self.tr("Showing %Ln of %1 entries", "", len(self.rows)).replace(
            "%1", QLocale().toString(self.total)) if self.total else self.tr("No changes match these filters."))
        self.more.setEnabled(len(self.rows) < self.total)

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self.status.setText(self.tr("The audit trail could not be read: %1").replace("%1", str(exc)))

    def _fill_row(self, i: int, row: dict[str, Any]) -> None:
        at = row["at"].replace(tzinfo=dt.UTC).astimezone() if row["at"] else None
        uuid = row["record_uuid"] or ""
        title = row.get("record_title") or (self.tr("(no longer in the database)") if uuid else "")
        values = [format_datetime(at) if at else "", row["user_name"] or "",
                  self._action_label(row["action"]), self._type_label(row["record_type"]), title,
                  "" if row["version"] is None else str(row["version"]), row["detail"] or ""]
        for col, text in enumerate(values):
            item = QTableWidgetItem(text)
            if col in (3, 4):
                item.setToolTip("\n".join(filter(None, [title if col == 4 else "",
                                                         self.tr("Record id: {uuid}").format(uuid=uuid) if uuid else ""])))
                item.setData(Qt.ItemDataRole.UserRole, uuid)
            if col == 5:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, col, item)

    def _history_of_row(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.rows) and self.rows[row]["record_uuid"]:
            self.show_record(self.rows[row]["record_uuid"])
