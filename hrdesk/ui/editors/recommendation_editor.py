"""A recommendation: every field of ``RECOMMENDATION`` (the follow-up fields on their own
tab), its implementation history with the activities linked to it as evidence, and those
activities."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain import choices as C
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.domain.records import RECOMMENDATION, RECOMMENDATION_HISTORY
from hrdesk.services.recommendations import RecommendationService
from hrdesk.ui.context import AppContext
from hrdesk.ui.editors.base_editor import RecordEditor
from hrdesk.ui.editors.record_form import RecordForm
from hrdesk.ui.labels import choice_label, field_label, format_date, show_status
from hrdesk.ui.widgets.field_widgets import make_field_widget

ENTRY_FIELDS = ("date", "status", "note")


class HistoryEntryDialog(QDialog):
    """Date, status and note of a new entry (the fields of ``RECOMMENDATION_HISTORY``)."""

    def __init__(self, status: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a history entry"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.widgets = {}
        for name in ENTRY_FIELDS:
            f = RECOMMENDATION_HISTORY[name]
            widget = make_field_widget(f, None, self)
            form.addRow(field_label(f) + (" *" if f.required else ""), widget)
            self.widgets[name] = widget
        self.widgets["date"].set_value(dt.date.today())
        self.widgets["status"].set_value(status)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {name: w.value() for name, w in self.widgets.items()}


class RecommendationEditor(RecordEditor):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, uuid: str | None = None) -> None:
        super().__init__(ctx, parent)
        self.resize(900, 640)
        self.setWindowTitle(self.tr("Recommendation"))
        follow_up = [f.name for f in RECOMMENDATION.group("follow_up")]
        main = [f.name for f in RECOMMENDATION.fields if f.name != "sdg_targets" and f.name not in follow_up]
        self.form = RecordForm(RECOMMENDATION, ctx.db, self.tabs, [
            ("general", self.tr("Recommendation"), main),
            ("follow_up", self.tr("Follow-up"), follow_up),
            ("sdg", self.tr("SDG targets"), ["sdg_targets"])])
        self.form.edited.connect(self.mark_dirty)
        self.history_page = QWidget(self)
        box = QVBoxLayout(self.history_page)
        bar = QHBoxLayout()
        self.history_status = QLabel(self.history_page)
        self.history_status.setWordWrap(True)
        self.add_entry_button = QPushButton(self.tr("&Add entry…"), self.history_page)
        self.add_entry_button.setAutoDefault(False)
        self.add_entry_button.clicked.connect(self.ask_history_entry)
        bar.addWidget(self.history_status, 1)
        bar.addWidget(self.add_entry_button)
        box.addLayout(bar)
        self.history_table = QTableWidget(0, 4, self.history_page)
        self.history_table.setAccessibleName(self.tr("Implementation history"))
        self.history_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Status"), self.tr("Entry"),
                                                      self.tr("Who")])
        self.history_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history_table.verticalHeader().hide()
        # rows as tall as their text at the table's real width (measured before the tab was
        # shown, a one-line entry took six lines)
        self.history_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_table.setWordWrap(True)
        self.history_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        box.addWidget(self.history_table, 1)
        self.history_tab = self.tabs.addTab(self.history_page, self.tr("History"))
        self.linked = QTableWidget(0, 3, self)
        self.linked.setAccessibleName(self.tr("Linked activities"))
        self.linked.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Activity"), self.tr("Kind")])
        self.linked.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.linked.verticalHeader().hide()
        self.linked.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.linked_tab = self.tabs.addTab(self.linked, self.tr("Linked activities"))
        self.load(uuid)

    def load(self, uuid: str | None) -> None:
        service = RecommendationService(self.ctx.db)
        if uuid:
            data = service.get(uuid)
            self.uuid, self.version = uuid, data["version"]
            rows = service.activities_of(uuid)
        else:
            data, rows = RECOMMENDATION.defaults(), []
            self.uuid = self.version = None
        self.form.set_values(data)
        self.set_header(", ".join(filter(None, [data.get("symbol"), data.get("paragraph")]))
                        or self.tr("New recommendation"))
        self.linked.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for col, text in enumerate([format_date(r["start_date"]), r["title"],
                                        choice_label(C.ACTIVITY_KIND, r["kind"])]):
                self.linked.setItem(i, col, QTableWidgetItem(text))
        self.tabs.setTabText(self.linked_tab, self.tr("Linked activities (%Ln)", "", len(rows)))
        self._show_history()
        self.dirty = False

    def _show_history(self) -> None:
        items = RecommendationService(self.ctx.db).history(self.uuid) if self.uuid else []
        self.history_table.setRowCount(len(items))
        for i, item in enumerate(items):
            if item["kind"] == "activity":
                status = choice_label(C.ACTIVITY_KIND, item["activity_kind"])
                entry = self.tr("Activity: {title}").format(title=item["note"])
            else:
                status = choice_label(C.IMPLEMENTATION_STATUS, item["status"])
                entry = item["note"] or ""
            for col, text in enumerate([format_date(item["date"]), status, entry, item["who"] or ""]):
                self.history_table.setItem(i, col, QTableWidgetItem(text))
        self.add_entry_button.setEnabled(self.uuid is not None)
        show_status(self.history_status, self.tr(
            "The current status is that of the newest entry; activities linked to the recommendation are "
            "listed as evidence.") if self.uuid else self.tr("Save the recommendation to start its history."))

    def ask_history_entry(self) -> None:
        dialog = HistoryEntryDialog(self.form.widgets["implementation_status"].value(), self)

        def accepted() -> None:
            v = dialog.values()
            self.add_history_entry(v["date"], v["status"], v["note"])

        dialog.accepted.connect(accepted)
        dialog.open()

    def add_history_entry(self, date, status: str | None, note: str | None) -> bool:
        """Add the entry (who: the user of the settings); the current status follows it.
        The form's other edits are kept."""
        if self.uuid is None:
            return False
        try:
            saved = RecommendationService(self.ctx.db).add_history(
                self.uuid, {"date": date, "status": status, "note": note})
        except ValidationError as exc:
            self.show_banner([p.message for p in exc.problems])
            return False
        except HRDeskError as exc:
            self.show_banner([str(exc)])
            return False
        self.version = saved["version"]
        widget = self.form.widgets["implementation_status"]
        widget.blockSignals(True)
        widget.set_value(saved["implementation_status"])
        widget.blockSignals(False)
        self._show_history()
        self.ctx.notify("recommendation")
        return True

    def write(self) -> bool:
        service = RecommendationService(self.ctx.db)
        try:
            if self.uuid:
                saved = service.update(self.uuid, self.form.values(), expected_version=self.version)
            else:
                saved = service.create(self.form.values())
        except ValidationError as exc:
            self.show_banner(self.form.show_problems(exc.problems))
            return False
        self.uuid, self.version = saved["uuid"], saved["version"]
        self.ctx.notify("recommendation")
        return True
