"""The Exchange page's review tabs: the exchange history and the conflicts to review
(both versions side by side, keep mine or theirs), with the table helpers the page shares."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk import exchange
from hrdesk.domain import choices as C
from hrdesk.domain.errors import HRDeskError
from hrdesk.exchange import format as F
from hrdesk.ui import preferences
from hrdesk.ui.context import AppContext
from hrdesk.ui.labels import choice_label, core, field_label

SHEET_OF_TYPE = {s.record_type.name: s for s in F.SHEETS}
CHANGED = QBrush(QColor("#fff4d6"))
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")


def make_table(parent: QWidget, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def cell(text, number: bool = False) -> QTableWidgetItem:
    if number and isinstance(text, int):
        text = QLocale().toString(text)   # "1,500" as everywhere else
    item = QTableWidgetItem("" if text is None else str(text))
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def when_text(value) -> str:
    if isinstance(value, dt.datetime):
        local = value.replace(tzinfo=dt.UTC).astimezone() if value.tzinfo is None else value.astimezone()
        return local.strftime("%Y-%m-%d %H:%M")
    return "" if value is None else str(value)


def value_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(map(str, value))
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    text = str(value)
    if STAMP.match(text):  # an exchange timestamp: to the second is enough to compare
        return text[:19].replace("T", " ")
    return text


def exchange_folder() -> Path:
    """The folder last used for exchange files, else Documents."""
    saved = preferences.EXCHANGE_FOLDER.get()
    if saved and Path(saved).is_dir():
        return Path(saved)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def remember_folder(folder: Path) -> None:
    preferences.EXCHANGE_FOLDER.set(str(folder))


class HistoryTab(QWidget):
    """Exported and imported files, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        self.table = make_table(self, [self.tr("When"), self.tr("Direction"), self.tr("File"), self.tr("Office"),
                                          self.tr("Recipient"), self.tr("Scope"), core("Privacy"),
                                          self.tr("Rows")], 7)
        self.table.setAccessibleName(self.tr("Exchange history"))
        self.empty = QLabel(self.tr("No file exported or imported yet."), self)
        self.empty.setObjectName("pageSubtitle")
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        rows = exchange.history(self.ctx.db)
        self.empty.setVisible(not rows)
        table = self.table
        table.setRowCount(len(rows))
        directions = {"export": self.tr("Exported"), "import": self.tr("Imported")}
        for i, h in enumerate(rows):
            scope = h["scope"] or ""
            if scope == "full" or scope.startswith("since 1970-01-01"):
                scope = self.tr("Everything")
            elif scope.startswith("since "):
                scope = self.tr("Changes since {date}").format(date=scope[6:16])
            counts = h["counts"] or {}
            if h["direction"] == "import":
                rows_text = self.tr("{inserted} inserted, {updated} updated, {conflicts} conflicts").format(
                    inserted=counts.get("inserted", 0), updated=counts.get("updated", 0),
                    conflicts=counts.get("conflicts", 0))
            else:
                rows_text = ", ".join(f"{k}: {v}" for k, v in counts.items())
            privacy = choice_label(C.PRIVACY_LEVEL, h["privacy"]) if h["privacy"] else ""
            if h["accepted_modified"]:
                privacy += " · " + self.tr("modified file accepted")
            values = [when_text(h["at"]), directions.get(h["direction"], h["direction"]), h["file_name"],
                      h["office_code"], h["recipient"], scope, privacy, rows_text]
            for col, v in enumerate(values):
                table.setItem(i, col, cell(v))


class ConflictsTab(QWidget):
    """Records changed on both sides: both versions side by side, keep mine or theirs."""

    counted = Signal(int)   # conflicts to review

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list[dict] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        self.conflicts_intro = QLabel(self)
        self.conflicts_intro.setWordWrap(True)
        self.conflicts_intro.setObjectName("pageSubtitle")
        layout.addWidget(self.conflicts_intro)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(splitter)
        self.list.setAccessibleName(self.tr("Conflicts to review"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._show_conflict)
        right = QFrame(splitter)
        side = QVBoxLayout(right)
        side.setContentsMargins(8, 0, 0, 0)
        self.conflict_title = QLabel(right)
        self.conflict_title.setObjectName("sectionTitle")
        self.conflict_title.setWordWrap(True)
        self.only_differences = QCheckBox(self.tr("Only the fields that differ"), right)
        self.only_differences.setChecked(True)
        self.only_differences.toggled.connect(lambda _c: self._show_conflict(self.list.currentRow()))
        self.versions = make_table(right, [self.tr("Field"), self.tr("This database (mine)"),
                                       self.tr("The file (theirs)")], 2)
        header = self.versions.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.versions.setWordWrap(True)
        self.versions.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.versions.setAccessibleName(self.tr("Both versions side by side"))
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep mine"), right)
        self.keep_theirs = QPushButton(self.tr("Keep theirs"), right)
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        side.addWidget(self.conflict_title)
        side.addWidget(self.only_differences)
        side.addWidget(self.versions, 1)
        side.addLayout(buttons)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 800])
        layout.addWidget(splitter, 1)

    def load(self) -> None:
        self.conflicts = exchange.list_conflicts(self.ctx.db)
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.conflicts:
            rt = SHEET_OF_TYPE[c["record_type"]].record_type
            mine, _theirs = self.sides(c)
            name = mine.get("title") or mine.get("full_name") or mine.get("symbol") or c["record_uuid"][:8]
            item = QListWidgetItem(self.tr("{kind}: {name}\nfrom {file}").format(
                kind=core(rt.label), name=name, file=c["source_file"]), self.list)
            item.setToolTip(c["record_uuid"])
        self.list.blockSignals(False)
        n = len(self.conflicts)
        self.counted.emit(n)
        self.conflicts_intro.setText(
            self.tr("These records were changed both here and in another office since you last agreed. HRDesk "
                    "kept the newer version; compare both and keep the right one.") if n else
            self.tr("No conflict to review. When a record was changed both here and in another office, "
                    "both versions are shown here side by side."))
        if n:
            self.list.setCurrentRow(min(max(current, 0), n - 1))
        self._show_conflict(self.list.currentRow())

    @staticmethod
    def sides(conflict: dict) -> tuple[dict, dict]:
        """(mine, theirs): the version of this database and the version of the file."""
        if conflict["kept_side"] == "local":
            return conflict["kept"], conflict["other"]
        return conflict["other"], conflict["kept"]

    def _show_conflict(self, row: int) -> None:
        has = 0 <= row < len(self.conflicts)
        self.keep_mine.setEnabled(has)
        self.keep_theirs.setEnabled(has)
        self.versions.setRowCount(0)
        if not has:
            self.conflict_title.setText("")
            return
        c = self.conflicts[row]
        sheet = SHEET_OF_TYPE[c["record_type"]]
        rt = sheet.record_type
        mine, theirs = self.sides(c)
        kept = self.tr("mine") if c["kept_side"] == "local" else self.tr("theirs")
        self.conflict_title.setText(self.tr("{kind} changed on both sides (found in {file} on {when}). "
                                            "Kept for now: {kept}.").format(
            kind=core(rt.label), file=c["source_file"], when=when_text(c["detected_at"]), kept=kept))
        names = [col.name for col in sheet.columns if not col.derived]
        names += [k for k in {**mine, **theirs} if k not in names]
        rows = []
        for name in names:
            a, b = value_text(mine.get(name)), value_text(theirs.get(name))
            if self.only_differences.isChecked() and a == b:
                continue
            label = field_label(rt[name]) if name in rt else self._meta_label(name)
            rows.append((label, a, b, a != b))
        self.versions.setRowCount(len(rows))
        for i, (label, a, b, differs) in enumerate(rows):
            for col, text in enumerate((label, a, b)):
                item = cell(text)
                item.setToolTip(text)
                if differs:
                    item.setBackground(CHANGED)
                self.versions.setItem(i, col, item)

    def _meta_label(self, name: str) -> str:
        return {"uuid": self.tr("Identifier"), "updated_at": self.tr("Last changed"),
                "version": self.tr("Version"), "origin_office": self.tr("Office of origin"),
                "deleted": self.tr("Deleted")}.get(name, name)

    def resolve(self, side: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        c = self.conflicts[row]
        mine_kept = c["kept_side"] == "local"
        choice = "kept" if (side == "mine") == mine_kept else "other"
        try:
            exchange.resolve_conflict(self.ctx.db, c["id"], choice)
        except HRDeskError as exc:
            QMessageBox.warning(self, self.tr("Conflict"), str(exc))
        else:
            self.ctx.message.emit(self.tr("Conflict resolved: kept {side}.").format(
                side=self.tr("mine") if side == "mine" else self.tr("theirs")))
            if choice == "other":
                self.ctx.notify(c["record_type"])
        self.load()
