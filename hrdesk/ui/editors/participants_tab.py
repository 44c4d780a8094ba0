"""The Participants tab of an activity: find people in the registry as you type and add
them, create a person inline (warned when they resemble someone already registered), and
edit in place each person's sex, age group, disability, organisation and country and
their role / days attended / pre- and post-test scores.  Nothing is written until the
activity is saved (see ``ActivityEditor.save``).  Rows pasted from Excel go through the
attendance-sheet import (see ``ActivityEditor.paste_rows``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
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
from hrdesk.domain.fields import Kind
from hrdesk.domain.records import (
    PARTICIPANT,
    PARTICIPATION,
    PARTICIPATION_LIST_FIELDS,
    PERSON_GRID_FIELDS,
)
from hrdesk.services import queries
from hrdesk.services.participants import ParticipantService
from hrdesk.storage.database import Database
from hrdesk.ui.icons import icon
from hrdesk.ui.labels import choice_label, country_name
from hrdesk.ui.widgets.country_picker import CountryPicker

UUID = Qt.ItemDataRole.UserRole
SEARCH_LIMIT = 30
CODE = Qt.ItemDataRole.UserRole + 1
UNSTATED = "undisclosed"

# The grid's columns: the person's own fields (saved to the registry), then the participation's.
COLUMNS = (*PERSON_GRID_FIELDS, *PARTICIPATION_LIST_FIELDS)
COL = {name: i for i, name in enumerate(COLUMNS)}
_FIELDS = [PARTICIPANT[n] for n in PERSON_GRID_FIELDS] + [PARTICIPATION[n] for n in PARTICIPATION_LIST_FIELDS]
PERSON_FIELDS = tuple(n for n in PERSON_GRID_FIELDS if n != "full_name")  # edited in place in the grid
CHOICE_FIELDS = {f.name: f.choices for f in _FIELDS if f.kind is Kind.CHOICE and f.choices is not None}
NUMBER_COLUMNS = {COL[f.name]: f.name for f in _FIELDS if f.kind is Kind.NUMBER}


class ChoiceDelegate(QStyledItemDelegate):
    """Edit a coded value (sex, age group, disability, role) with a list of its labels."""

    def __init__(self, choices, parent=None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for c in self.choices:
            combo.addItem(choice_label(self.choices, c.code), c.code)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(CODE)), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        model.setData(index, editor.currentData(), CODE)


class CountryDelegate(QStyledItemDelegate):
    """Edit a country with the searchable country picker."""

    def createEditor(self, parent, option, index):
        return CountryPicker(parent)

    def setEditorData(self, editor, index):
        editor.set_value(index.data(CODE))

    def setModelData(self, editor, model, index):
        code = editor.value()
        model.setData(index, country_name(code) if code else "", Qt.ItemDataRole.DisplayRole)
        model.setData(index, code, CODE)


def sex_counts_line(widget: QWidget, sexes: list[str | None]) -> str:
    """"41 person(s): 22 woman/women, 18 man/men, 1 not stated" (only the groups present)."""
    counts = {code: sexes.count(code) for code in ("female", "male", "other")}
    unstated = len(sexes) - sum(counts.values())
    parts = [text for n, text in (
        (counts["female"], widget.tr("%Ln woman/women", "", counts["female"])),
        (counts["male"], widget.tr("%Ln man/men", "", counts["male"])),
        (counts["other"], widget.tr("%Ln other", "", counts["other"])),
        (unstated, widget.tr("%Ln not stated", "", unstated))) if n]
    total = widget.tr("%Ln person(s)", "", len(sexes))
    if not parts:
        return total
    return widget.tr("{total}: {groups}").format(total=total, groups=", ".join(parts))


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
    person: dict[str, Any] = field(default_factory=dict)   # a registered person's fields, as loaded
    person_version: int | None = None
    person_changes: dict[str, Any] = field(default_factory=dict)  # edited here, saved with the activity

    def get(self, name: str) -> Any:
        """The person's value shown in the grid (edits included)."""
        if name == "full_name":
            return self.full_name
        if self.new_person is not None:
            return self.new_person.get(name)
        if name in self.person_changes:
            return self.person_changes[name]
        if name == "organisation" and "organisation" not in self.person:
            return self.organisation
        return self.person.get(name)

    def set(self, name: str, value: Any) -> None:
        if self.new_person is not None:
            self.new_person[name] = value
        elif self.person.get(name, self.organisation if name == "organisation" else None) == value:
            self.person_changes.pop(name, None)
        else:
            self.person_changes[name] = value
        if name == "organisation":
            self.organisation = value


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
        top.addWidget(self._search_box(), 1)
        top.addWidget(self._new_person_box(), 1)
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
        layout.addLayout(buttons)
        # the ways to add many people at once, on a row of their own (long labels in French)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.paste_button = QPushButton(icon("import"), self.tr("Paste rows from Excel"), self)
        self.paste_button.setToolTip(self.tr("Copy the rows of a list in Excel (with its heading row), "
                                             "then paste them here (Ctrl+V) to check and add them"))
        buttons.addWidget(self.paste_button)
        self.import_button = QPushButton(icon("import"), self.tr("Import attendance sheet…"), self)
        self.import_button.setToolTip(self.tr("Add everyone on a sign-in sheet (.xlsx, .xls, .ods, .csv)"))
        buttons.addWidget(self.import_button)
        self.phone_form_button = QPushButton(icon("exchange"), self.tr("Form for phones…"), self)
        self.phone_form_button.setToolTip(self.tr("Write the registration form (XLSForm) for KoboToolbox or ODK Central"))
        buttons.addWidget(self.phone_form_button)
        self.submissions_button = QPushButton(icon("import"), self.tr("Import submissions…"), self)
        self.submissions_button.setToolTip(self.tr("Import the data export of KoboToolbox or ODK Central"))
        buttons.addWidget(self.submissions_button)
        layout.addLayout(buttons)
        self.use_existing.clicked.connect(self._use_existing)
        self.add_anyway.clicked.connect(lambda: self._add_new(force=True))
        self.table = QTableWidget(0, len(COLUMNS), self)
        titles = {"full_name": self.tr("Name"), "sex": self.tr("Sex"), "age_group": self.tr("Age group"),
                  "disability": self.tr("Disability"), "organisation": self.tr("Organisation"),
                  "country": self.tr("Country"), "role": self.tr("Role"), "days_attended": self.tr("Days"),
                  "pre_score": self.tr("Pre-test"), "post_score": self.tr("Post-test")}
        self.table.setHorizontalHeaderLabels([titles[c] for c in COLUMNS])
        self.table.horizontalHeaderItem(COL["days_attended"]).setToolTip(self.tr("Days attended"))
        for name, choices in CHOICE_FIELDS.items():
            self.table.setItemDelegateForColumn(COL[name], ChoiceDelegate(choices, self.table))
        self.table.setItemDelegateForColumn(COL["country"], CountryDelegate(self.table))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
                                   | QTableWidget.EditTrigger.AnyKeyPressed)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table,
                           context=Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.paste_shortcut = QShortcut(QKeySequence.StandardKey.Paste, self.table,
                                        context=Qt.ShortcutContext.WidgetShortcut)
        self.paste_shortcut.activated.connect(self.paste_button.click)
        self.table.setAccessibleName(self.tr("People taking part"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL["full_name"], QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL["organisation"], QHeaderView.ResizeMode.Stretch)
        widths = {"sex": 84, "age_group": 84, "disability": 84, "country": 110, "role": 104,
                  "days_attended": 52, "pre_score": 68, "post_score": 72}
        for name, width in widths.items():
            item = self.table.horizontalHeaderItem(COL[name])
            header.resizeSection(COL[name], max(width, header.fontMetrics().horizontalAdvance(item.text()) + 24))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)   # one line per person; long organisations are elided
        self.table.setAlternatingRowColors(True)
        self.table.itemChanged.connect(self._item_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("matchCount")
        self.count_label.setAccessibleName(self.tr("People taking part, by sex"))
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
        self.results.setAccessibleName(self.tr("People found in the registry"))
        self.results.setMaximumHeight(96)
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
        self.add_existing(r["uuid"], r["full_name"], r["organisation"], r)

    def add_existing(self, uuid: str, full_name: str, organisation: str | None,
                     person: dict[str, Any] | None = None) -> bool:
        if any(row.participant == uuid for row in self.rows):
            self._warn(self.tr("{name} is already listed.").format(name=full_name))
            return False
        again = next((r for r in self.removed if r.participant == uuid), None)
        if again is not None:
            self.removed.remove(again)
            self.rows.append(again)
        else:
            person = person or ParticipantService(self.db).get(uuid)
            self.rows.append(Row(full_name, organisation, participant=uuid,
                                 person={k: person.get(k) for k in PERSON_FIELDS},
                                 person_version=person.get("version")))
        self._refresh_table()
        self.edited.emit()
        return True

    # -- create a person inline -------------------------------------------------------
    def _new_person_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New person"), self)
        grid = QGridLayout(box)
        self.new_name = QLineEdit(box)
        self.new_name.setMaxLength(200)
        self.new_sex = QComboBox(box)
        for c in C.SEX:
            self.new_sex.addItem(choice_label(C.SEX, c.code), c.code)
        self.new_sex.setCurrentIndex(self.new_sex.findData(UNSTATED))
        self.new_org = QLineEdit(box)
        self.new_country = CountryPicker(box)
        self.new_add = QPushButton(self.tr("Create and add"), box)
        labels = []
        for text, buddy in ((self.tr("Full name *"), self.new_name), (self.tr("Sex"), self.new_sex),
                            (self.tr("Country"), self.new_country), (self.tr("Organisation"), self.new_org)):
            label = QLabel(text, box)
            label.setBuddy(buddy)
            labels.append(label)
        grid.addWidget(labels[0], 0, 0)
        grid.addWidget(self.new_name, 0, 1, 1, 3)
        grid.addWidget(labels[1], 1, 0)
        grid.addWidget(self.new_sex, 1, 1)
        grid.addWidget(labels[2], 1, 2)
        grid.addWidget(self.new_country, 1, 3)
        grid.addWidget(labels[3], 2, 0)
        grid.addWidget(self.new_org, 2, 1, 1, 3)
        grid.addWidget(self.new_add, 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(4, 1)
        self.new_add.clicked.connect(lambda: self._add_new(force=False))
        return box

    def new_person_values(self) -> dict[str, Any]:
        return {"full_name": self.new_name.text().strip(), "sex": self.new_sex.currentData(),
                "age_group": "unknown", "disability": "undisclosed",
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
            if self.add_existing(p["uuid"], p["full_name"], p["organisation"], p):
                self._clear_new()

    def _clear_new(self) -> None:
        """Empty the form for the next person: nothing of the previous one is carried over
        (a sex left from the previous person would be saved for the next without anyone seeing)."""
        self.new_name.clear()
        self.new_sex.setCurrentIndex(self.new_sex.findData(UNSTATED))
        self.new_org.clear()
        self.new_country.set_value(None)
        self._similar = []
        self._warn("")
        self.new_name.setFocus()

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
            for col, name in enumerate(COLUMNS):
                self.table.setItem(i, col, self._cell(row, name))
        self.table.blockSignals(False)
        self._count()

    def _cell(self, row: Row, name: str) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if name == "full_name":
            item.setText(row.full_name + ("  " + self.tr("(new)") if row.new_person is not None else ""))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        elif name in CHOICE_FIELDS:
            code = row.values.get(name) if name == "role" else row.get(name)
            item.setText(choice_label(CHOICE_FIELDS[name], code) if code else "")
            item.setData(CODE, code)
        elif name == "country":
            item.setText(country_name(row.get(name)) if row.get(name) else "")
            item.setData(CODE, row.get(name))
        elif name == "organisation":
            item.setText(row.get(name) or "")
        else:
            value = row.values.get(name)
            if value is not None:
                item.setData(Qt.ItemDataRole.EditRole, float(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if name == "role":
            item.setToolTip(self.tr("Double-click to change the role"))
        if name in PERSON_FIELDS and row.participant and name in row.person_changes:
            item.setToolTip(self.tr("Changed here: saved to this person's record with the activity"))
        return item

    def _count(self) -> None:
        self.count_label.setText(sex_counts_line(self, [row.get("sex") for row in self.rows]))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not 0 <= item.row() < len(self.rows) or not 0 <= item.column() < len(COLUMNS):
            return
        row, name = self.rows[item.row()], COLUMNS[item.column()]
        if name == "role":
            self._set(row, "role", item.data(CODE))
        elif name in PERSON_FIELDS:
            if name == "organisation":
                value = " ".join(item.text().split()) or None
            else:
                value = item.data(CODE)
            if value == row.get(name):
                return
            row.set(name, value)
            self.edited.emit()
            if name == "sex":
                self._count()
        elif name in NUMBER_COLUMNS.values():
            value = item.data(Qt.ItemDataRole.EditRole)
            try:
                number = float(value) if value not in (None, "") else None
            except (TypeError, ValueError):
                number = None
            self._set(row, name, number)

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
