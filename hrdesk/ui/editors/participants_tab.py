"""The Participants tab of an activity: find people in the registry as you type and add
them, create a person inline (warned when they resemble someone already registered), and
edit role / days attended / pre- and post-test scores.  Nothing is written until the
activity is saved (see ``ActivityEditor.save``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain import choices as C
from hrdesk.services import queries
from hrdesk.services.participants import ParticipantService
from hrdesk.storage.database import Database
from hrdesk.ui.icons import icon
from hrdesk.ui.labels import choice_label, country_name
from hrdesk.ui.widgets.country_picker import CountryPicker

UUID = Qt.ItemDataRole.UserRole
SEARCH_LIMIT = 30
NUMBER_COLUMNS = {3: "days_attended", 4: "pre_score", 5: "post_score"}
ROLE_CODE = Qt.ItemDataRole.UserRole + 1


class RoleDelegate(QStyledItemDelegate):
    """Edit a participation's role with a list of the roles."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for c in C.PARTICIPATION_ROLE:
            combo.addItem(choice_label(C.PARTICIPATION_ROLE, c.code), c.code)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(ROLE_CODE)), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        model.setData(index, editor.currentData(), ROLE_CODE)


@dataclass
class Row:
    """One person in the activity: an existing participant (uuid) or a new one (values)."""

    full_name: str
    organisation: str | None = None
    participant: str | None = None            # uuid of a registered person
    new_person: dict[str, Any] | None = None  # values of a person to create on save
    participation: str | None = None          # uuid of an existing participation
    version: int | None = None
    values: dict[str, Any] = field(default_factory=lambda: {"role": "participant"})


class ParticipantsTab(QWidget):
    edited = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[Row] = []
        self.removed: list[Row] = []
        self._similar: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        top.addWidget(self._search_box(), 3)
        top.addWidget(self._new_person_box(), 2)
        self.warning = QLabel(self)
        self.warning.setObjectName("warningBanner")
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout.addWidget(self.warning)
        buttons = QHBoxLayout()
        self.use_existing = QPushButton(self.tr("Use existing person"), self)
        self.add_anyway = QPushButton(self.tr("Add as a new person anyway"), self)
        for b in (self.use_existing, self.add_anyway):
            b.hide()
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove selected"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.remove_button)
        self.import_button = QPushButton(icon("import"), self.tr("Import attendance sheet…"), self)
        self.import_button.setToolTip(self.tr("Add everyone on a sign-in sheet (.xlsx, .xls, .ods, .csv)"))
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        self.use_existing.clicked.connect(self._use_existing)
        self.add_anyway.clicked.connect(lambda: self._add_new(force=True))
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Role"),
                                              self.tr("Days attended"), self.tr("Pre-test"),
                                              self.tr("Post-test")])
        self.table.setItemDelegateForColumn(2, RoleDelegate(self.table))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table,
                           context=Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.table.setAccessibleName(self.tr("People taking part"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((2, 130), (3, 110), (4, 90), (5, 90)):
            title = self.table.horizontalHeaderItem(col).text() if self.table.horizontalHeaderItem(col) else ""
            header.resizeSection(col, max(width, header.fontMetrics().horizontalAdvance(title) + 30))
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.itemChanged.connect(self._item_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("matchCount")
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._refresh_table()

    # -- search the registry ----------------------------------------------------------
    def _search_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Find a person in the registry"), self)
        v = QVBoxLayout(box)
        self.search = QLineEdit(box)
        self.search.setPlaceholderText(self.tr("Type a name, organisation or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the registry"))
        self.results = QListWidget(box)
        self.results.setMaximumHeight(130)
        self.add_button = QPushButton(self.tr("Add to the activity"), box)
        v.addWidget(self.search)
        v.addWidget(self.results)
        v.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemDoubleClicked.connect(self._add_found)
        self.add_button.clicked.connect(lambda: self._add_found(self.results.currentItem()))
        return box

    def run_search(self) -> None:
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            return
        page = queries.list_participants(self.db, queries.ParticipantFilter(text=text), limit=SEARCH_LIMIT)
        for r in page.rows:
            details = ", ".join(filter(None, [r["organisation"], country_name(r["country"])]))
            item = QListWidgetItem(f"{r['full_name']}" + (f" — {details}" if details else ""), self.results)
            item.setData(UUID, r)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _add_found(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        r = item.data(UUID)
        self.add_existing(r["uuid"], r["full_name"], r["organisation"])

    def add_existing(self, uuid: str, full_name: str, organisation: str | None) -> bool:
        if any(row.participant == uuid for row in self.rows):
            self._warn(self.tr("{name} is already listed.").format(name=full_name))
            return False
        again = next((r for r in self.removed if r.participant == uuid), None)
        if again is not None:
            self.removed.remove(again)
            self.rows.append(again)
        else:
            self.rows.append(Row(full_name, organisation, participant=uuid))
        self._refresh_table()
        self.edited.emit()
        return True

    # -- create a person inline -------------------------------------------------------
    def _new_person_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New person"), self)
        form = QFormLayout(box)
        self.new_name = QLineEdit(box)
        self.new_name.setMaxLength(200)
        self.new_sex = QComboBox(box)
        for c in C.SEX:
            self.new_sex.addItem(choice_label(C.SEX, c.code), c.code)
        self.new_org = QLineEdit(box)
        self.new_country = CountryPicker(box)
        self.new_add = QPushButton(self.tr("Create and add"), box)
        form.addRow(self.tr("Full name *"), self.new_name)
        form.addRow(self.tr("Sex"), self.new_sex)
        form.addRow(self.tr("Organisation"), self.new_org)
        form.addRow(self.tr("Country"), self.new_country)
        form.addRow("", self.new_add)
        self.new_add.clicked.connect(lambda: self._add_new(force=False))
        return box

    def new_person_values(self) -> dict[str, Any]:
        return {"full_name": self.new_name.text().strip(), "sex": self.new_sex.currentData(),
                "organisation": self.new_org.text().strip() or None, "country": self.new_country.value()}

    def _add_new(self, *, force: bool) -> None:
        values = self.new_person_values()
        if not values["full_name"]:
            self._warn(self.tr("Type the person's full name first."))
            self.new_name.setFocus()
            return
        if not force:
            self._similar = ParticipantService(self.db).similar(values, limit=5)
            self._similar = [p for p in self._similar if not any(r.participant == p["uuid"] for r in self.rows)]
            if self._similar:
                names = "; ".join(", ".join(filter(None, [p["full_name"], p["organisation"],
                                                           country_name(p["country"])]))
                                  for p in self._similar)
                self._warn(self.tr("This looks like a person already in the registry: {names}. "
                                   "Use the existing person to keep one record per person.").format(names=names),
                           offer=True)
                return
        self.rows.append(Row(values["full_name"], values["organisation"], new_person=values))
        self._clear_new()
        self._refresh_table()
        self.edited.emit()

    def _use_existing(self) -> None:
        if self._similar:
            p = self._similar[0]
            if self.add_existing(p["uuid"], p["full_name"], p["organisation"]):
                self._clear_new()

    def _clear_new(self) -> None:
        self.new_name.clear()
        self.new_org.clear()
        self.new_country.set_value(None)
        self._similar = []
        self._warn("")

    def _warn(self, text: str, *, offer: bool = False) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
        self.use_existing.setVisible(offer)
        self.add_anyway.setVisible(offer)

    # -- the grid ---------------------------------------------------------------------
    def set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self.removed = []
        self._refresh_table()

    def _refresh_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            name = row.full_name + ("  " + self.tr("(new)") if row.new_person else "")
            for col, text in ((0, name), (1, row.organisation or "")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, col, item)
            role = QTableWidgetItem(choice_label(C.PARTICIPATION_ROLE, row.values.get("role")))
            role.setData(ROLE_CODE, row.values.get("role"))
            role.setToolTip(self.tr("Double-click to change the role"))
            self.table.setItem(i, 2, role)
            for col, name_ in NUMBER_COLUMNS.items():
                item = QTableWidgetItem()
                value = row.values.get(name_)
                if value is not None:
                    item.setData(Qt.ItemDataRole.EditRole, float(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
        self.table.blockSignals(False)
        self.count_label.setText(self.tr("People listed: %n", "", len(self.rows)))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 2 and 0 <= item.row() < len(self.rows):
            self._set(self.rows[item.row()], "role", item.data(ROLE_CODE))
            return
        name = NUMBER_COLUMNS.get(item.column())
        if name is None or not 0 <= item.row() < len(self.rows):
            return
        value = item.data(Qt.ItemDataRole.EditRole)
        try:
            number = float(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            number = None
        self._set(self.rows[item.row()], name, number)

    def _set(self, row: Row, name: str, value: Any) -> None:
        row.values[name] = value
        self.edited.emit()

    def remove_selected(self) -> None:
        chosen = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for index in chosen:
            if 0 <= index < len(self.rows):
                row = self.rows.pop(index)
                if row.participation:
                    self.removed.append(row)
        if chosen:
            self._refresh_table()
            self.edited.emit()

    def remove(self, row: Row) -> None:
        self.rows.remove(row)
        if row.participation:
            self.removed.append(row)
        self._refresh_table()
        self.edited.emit()
